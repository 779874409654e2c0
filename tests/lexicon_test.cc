// User lexicons (issue 6: "user lexicon or rule files that are malicious or wrong"): a bad file is rejected whole
// with file:line, nothing of it is added, and a good one extends the built-in tables. Lexicon cells are literal
// words (rules quote them), so regex syntax in a cell is harmless text, never a pattern.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/lexicon.h"
#include "temp_file.h"
#include "zhfacts/zhfacts.h"

namespace {

constexpr const char kUnitsHeader[] = "word\tcode\tdimension\tfactor_to_base\tbase\tname\tcontext\tnot_before\n";

std::size_t Rows(const zhfacts::internal::Lexicons& lex) {
  std::size_t n = 0;
  for (const std::string& kind : lex.Kinds()) n += lex.Get(kind).rows.size();
  return n;
}

}  // namespace

TEST_CASE("bad user lexicons are rejected whole, with file:line", "[lexicon]") {
  struct Case {
    const char* what;
    std::string text;
    const char* where;  // expected prefix of the message
  };
  const std::string h = kUnitsHeader;
  const Case cases[] = {
      {"invalid UTF-8", h + "标箱\tTEU\tcount\t1\tTEU\tTEU\t\t\n\xff\xfe\tX\tcount\t1\tX\tX\t\t\n", "bad.tsv:3: invalid UTF-8"},
      {"too few columns", h + "标箱\tTEU\n", "bad.tsv:2: expected 8 columns, got 2"},
      {"empty key", h + "\tTEU\tcount\t1\tTEU\tTEU\t\t\n", "bad.tsv:2: first column"},
      {"unknown header", "foo\tbar\n标箱\tTEU\n", "bad.tsv:1: header matches no built-in lexicon"},
      {"no header at all", "# only a comment\n", "bad.tsv:1: no header row"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    auto lex = zhfacts::internal::Lexicons::Builtin();
    REQUIRE(lex.ok());
    std::size_t before = Rows(*lex);
    zhfacts::Status s = lex->AddText("bad.tsv", c.text);
    CHECK(s.code() == zhfacts::StatusCode::kInvalidLexicon);
    CHECK(s.message().rfind(c.where, 0) == 0);
    CHECK(Rows(*lex) == before);  // nothing of a rejected file is added
  }
}

TEST_CASE("an oversized lexicon file is rejected without being read whole", "[lexicon]") {
  std::string big(std::size_t{17} << 20, 'a');
  auto lex = zhfacts::internal::Lexicons::Builtin();
  REQUIRE(lex.ok());
  zhfacts::Status s = lex->AddText("big.tsv", big);
  CHECK(s.code() == zhfacts::StatusCode::kInvalidLexicon);
  CHECK(s.message().find("16 MiB") != std::string::npos);
}

TEST_CASE("regex syntax in a lexicon cell is a literal word", "[lexicon]") {
  // Backreferences, look-around, a{1001}, an alternation and an empty-match pattern: all plain text here.
  std::string text = kUnitsHeader;
  for (const char* w : {"(a)\\1", "(?=x)", "a{1001}", "x|y", "(?:)*", ".*"}) {
    text += std::string(w) + "\tWEIRD\tcount\t1\tWEIRD\tWeird\t\t\n";
  }
  zhfacts_test::TempFile file("weird_units.tsv", text);
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {file.path()};
  auto ex = zhfacts::Extractor::Create(options);
  REQUIRE(ex.ok());
  std::string doc = "园区新增5a{1001}设备,另有3.*工位。投资2亿元。";
  auto r = ex->Extract(doc);
  REQUIRE(r.ok());
  bool literal = false, money = false;
  for (const auto& rec : r->records) {
    CHECK(doc.substr(rec.byte_span.start, rec.byte_span.end - rec.byte_span.start) == rec.text);
    literal = literal || rec.text == "5a{1001}";
    money = money || rec.text == "2亿元";
  }
  CHECK(literal);
  CHECK(money);
}

TEST_CASE("a huge user lexicon either compiles or fails cleanly", "[lexicon]") {
  std::string text = kUnitsHeader;
  for (int i = 0; i < 50000; ++i) text += "单位" + std::to_string(i) + "号\tU\tcount\t1\tU\tU\t\t\n";
  zhfacts_test::TempFile file("huge_units.tsv", text);
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {file.path()};
  auto ex = zhfacts::Extractor::Create(options);
  if (ex.ok()) {
    auto r = ex->Extract("新增8单位49999号。");
    CHECK(r.ok());
  } else {
    CHECK((ex.status().code() == zhfacts::StatusCode::kInvalidRule ||
           ex.status().code() == zhfacts::StatusCode::kInvalidLexicon));
    CHECK(!ex.status().message().empty());
  }
}

TEST_CASE("a missing lexicon file is an io_error naming it", "[lexicon]") {
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {"/nonexistent/units.tsv"};
  auto ex = zhfacts::Extractor::Create(options);
  REQUIRE(!ex.ok());
  CHECK(ex.status().code() == zhfacts::StatusCode::kIoError);
  CHECK(ex.status().message().find("/nonexistent/units.tsv") != std::string::npos);
}

TEST_CASE("extractors with different lexicons used in turn on one thread", "[lexicon]") {
  // The engine keeps its working space per thread, shared by every Extractor: one with more units (more prefilter
  // atoms) and one without must not disturb each other, whatever the order of the calls.
  std::string text = kUnitsHeader;
  for (const char* w : {"工位", "机台", "标段"}) text += std::string(w) + "\tU\tcount\t1\tU\tU\t\t\n";
  zhfacts_test::TempFile file("turn_units.tsv", text);
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {file.path()};
  auto more = zhfacts::Extractor::Create(options);
  auto plain = zhfacts::Extractor::Create();
  REQUIRE(more.ok());
  REQUIRE(plain.ok());
  const std::vector<std::string> docs = {"园区新增12工位、3机台,完成7标段。2023年产值5亿元,同比增长8%。",
                                         "近五年来,全区规上企业达742家,今年1—9月营收突破千亿。"};
  auto texts = [](const zhfacts::Result<zhfacts::DocumentResult>& r) {
    std::vector<std::string> t;
    for (const auto& rec : r->records) t.push_back(rec.text + "|" + rec.value + "|" + rec.metric);
    return t;
  };
  std::vector<std::vector<std::string>> want_more, want_plain;
  for (const std::string& d : docs) want_more.push_back(texts(more->Extract(d)));
  for (const std::string& d : docs) want_plain.push_back(texts(plain->Extract(d)));
  CHECK(want_more[0].size() > want_plain[0].size());  // the user units are figures only with the lexicon
  for (int round = 0; round < 3; ++round) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      CHECK(texts(plain->Extract(docs[i])) == want_plain[i]);
      CHECK(texts(more->Extract(docs[i])) == want_more[i]);
    }
  }
}

TEST_CASE("lexicon cells are NFC: decomposed cells are composed, composed ones kept", "[lexicon]") {
  // Most cells are NFC already and skip Boost.Locale (lexicon.cc: Nfc); the others must still be composed.
  const std::string decomposed = "cafe\xCC\x81";                 // e + U+0301 COMBINING ACUTE
  const std::string composed = "caf\xC3\xA9";                    // U+00E9
  const std::string jamo = "\xE1\x84\x80\xE1\x85\xA1";           // U+1100 U+1161 → U+AC00
  auto lex = zhfacts::internal::Lexicons::Builtin();
  REQUIRE(lex.ok());
  const std::string rest = "\tcount\t1\tX\tX\t\t\n";
  REQUIRE(lex->AddText("nfc.tsv", std::string(kUnitsHeader) + decomposed + "\tA" + rest + composed + "\tB" + rest +
                                      jamo + "\tC" + rest + "标箱\t" + decomposed + rest)
              .ok());
  const zhfacts::internal::LexiconTable* units = nullptr;
  for (const std::string& kind : lex->Kinds()) {
    if (lex->Get(kind).columns.size() == 8) units = &lex->Get(kind);
  }
  REQUIRE(units != nullptr);
  REQUIRE(units->rows.size() >= 4);
  const auto& rows = units->rows;
  const std::size_t n = rows.size();
  CHECK(rows[n - 4][0] == composed);
  CHECK(rows[n - 3][0] == composed);
  CHECK(rows[n - 2][0] == "\xEA\xB0\x80");
  CHECK(rows[n - 1][0] == "标箱");
  CHECK(rows[n - 1][1] == composed);
}
