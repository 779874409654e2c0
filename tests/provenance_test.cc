// Provenance as a property (issue 2, "The record contract"): for every record of every test document, the original
// text sliced at byte_span (bytes) and at span (code points) equals the record's text, and spans lie inside the
// document in order. Checked on the project's own articles, the sample article, the real seeds when ../shared is
// present, and a few thousand randomized damaged variants of them (seeded, so a failure replays).
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "zhfacts/zhfacts.h"

namespace {

namespace fs = std::filesystem;

// Length of the code point at s[i], or of the maximal ill-formed subpart there (Unicode §3.9, Table 3-7: the longest
// prefix of a well-formed sequence, at least one byte). Written independently of lib/normalize/utf8.h on purpose:
// this is the oracle the library is tested against.
std::size_t CodePointLength(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = byte(0);
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  std::size_t k = 1;
  if (i + k >= s.size() || byte(k) < lo || byte(k) > hi) return 1;
  for (++k; k < need; ++k) {
    if (i + k >= s.size() || (byte(k) & 0xC0) != 0x80) return k;
  }
  return need;
}

bool WellFormedAt(std::string_view s, std::size_t i, std::size_t len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t need = c < 0x80 ? 1 : c <= 0xDF ? 2 : c <= 0xEF ? 3 : 4;
  return (c < 0x80 || (c >= 0xC2 && c <= 0xF4)) && len == need;
}

// Byte offset of every code point boundary: b[k] is where code point k starts, b.back() == s.size().
std::vector<std::size_t> Boundaries(std::string_view s) {
  std::vector<std::size_t> b;
  for (std::size_t i = 0; i < s.size(); i += CodePointLength(s, i)) b.push_back(i);
  b.push_back(s.size());
  return b;
}

// The first violation of the provenance contract in `doc` for `text`, or "" when there is none.
std::string ProvenanceViolation(std::string_view text, const zhfacts::DocumentResult& doc) {
  std::vector<std::size_t> b = Boundaries(text);
  std::uint64_t code_points = b.size() - 1;
  std::ostringstream why;
  for (std::size_t k = 0; k < doc.records.size(); ++k) {
    const zhfacts::Record& r = doc.records[k];
    why << "record " << k << " (" << zhfacts::RecordTypeName(r.type) << " \"" << r.text << "\" span " << r.span.start
        << "-" << r.span.end << " bytes " << r.byte_span.start << "-" << r.byte_span.end << "): ";
    if (r.span.start >= r.span.end || r.span.end > code_points) return why.str() + "span outside the document";
    if (r.byte_span.start >= r.byte_span.end || r.byte_span.end > text.size()) return why.str() + "byte_span outside";
    if (text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) != r.text) {
      return why.str() + "text differs from the slice at byte_span";
    }
    if (b[r.span.start] != r.byte_span.start || b[r.span.end] != r.byte_span.end) {
      return why.str() + "span (code points) and byte_span disagree";
    }
    for (std::uint64_t cp = r.span.start; cp < r.span.end; ++cp) {
      if (!WellFormedAt(text, b[cp], b[cp + 1] - b[cp])) return why.str() + "ill-formed UTF-8 inside the span";
    }
    if (k > 0) {
      const zhfacts::Span& prev = doc.records[k - 1].span;
      if (std::make_pair(prev.start, prev.end) > std::make_pair(r.span.start, r.span.end)) {
        return why.str() + "records not ordered by span";
      }
    }
    why.str("");
  }
  return "";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Document {
  std::string name;
  std::string text;
};

void AddTextFiles(const fs::path& dir, std::vector<Document>* docs) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) docs->push_back({f.filename().string(), ReadFile(f)});
}

// The project's articles and sample, plus the real seeds when ../shared is present.
const std::vector<Document>& Corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> d;
    AddTextFiles(fs::path(ZHFACTS_TEST_DATA) / "articles", &d);
    d.push_back({"sample_article.txt", ReadFile(fs::path(ZHFACTS_SOURCE_DIR) / "examples/data/sample_article.txt")});
    AddTextFiles(fs::path(ZHFACTS_SHARED_DIR) / "corpus/seeds", &d);
    return d;
  }();
  return docs;
}

const zhfacts::Extractor& TheExtractor() {
  static const zhfacts::Extractor ex = std::move(zhfacts::Extractor::Create().value());
  return ex;
}

// The same without the traditional-to-simplified step, whose offset map is one more place a span can slip.
const zhfacts::Extractor& LiteralExtractor() {
  static const zhfacts::Extractor ex = [] {
    zhfacts::ExtractorOptions options;
    options.traditional_to_simplified = false;
    return std::move(zhfacts::Extractor::Create(options).value());
  }();
  return ex;
}

// ------------------------------------------------------------------------------------------- randomized damage
std::vector<std::string> SplitCodePoints(std::string_view s) {
  std::vector<std::string> cps;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = CodePointLength(s, i);
    cps.emplace_back(s.substr(i, n));
    i += n;
  }
  return cps;
}

// Simplified → traditional for characters that are common in economic news (產值, 億元, 萬, 營收, 長 …).
const std::vector<std::pair<std::string, std::string>>& TraditionalPairs() {
  static const std::vector<std::pair<std::string, std::string>> pairs = {
      {"产", "產"}, {"亿", "億"}, {"万", "萬"}, {"营", "營"}, {"长", "長"}, {"总", "總"}, {"业", "業"}, {"区", "區"},
      {"发", "發"}, {"电", "電"}, {"计", "計"}, {"实", "實"}, {"现", "現"}, {"资", "資"}, {"额", "額"}, {"项", "項"},
      {"个", "個"}, {"为", "為"}, {"规", "規"}, {"亩", "畝"}, {"度", "度"}, {"于", "於"}, {"与", "與"}, {"达", "達"},
      {"际", "際"}, {"经", "經"}, {"济", "濟"}, {"开", "開"}, {"时", "時"}, {"间", "間"}, {"务", "務"}, {"新", "新"}};
  return pairs;
}

// Damage of the kinds OCR and copy-paste produce, each applied with some probability.
std::string Damage(const std::string& source, std::mt19937* rng) {
  std::uniform_real_distribution<double> u(0, 1);
  auto chance = [&](double p) { return u(*rng) < p; };
  double p_break = chance(0.7) ? 0.03 : 0, p_space = chance(0.6) ? 0.04 : 0, p_wide = chance(0.5) ? 0.3 : 0;
  double p_trad = chance(0.3) ? 0.5 : 0, p_bad = chance(0.3) ? 0.01 : 0, p_look = chance(0.3) ? 0.2 : 0;
  bool crlf = chance(0.25);
  static const std::vector<std::string> kBadBytes = {
      "\x80", "\xBF", "\xC0\xAF", "\xC3", "\xE4\xB8", "\xED\xA0\x80", "\xF0\x9F\x98", "\xF4\x90\x80\x80", "\xFF",
      "\xFE", "\xE0\x80\xAF", "\xF8\x88\x80\x80\x80"};
  std::string out = chance(0.1) ? "\xEF\xBB\xBF" : "";
  for (const std::string& cp : SplitCodePoints(source)) {
    if (chance(p_break)) out += chance(0.5) ? "\n" : "\n\n";
    if (chance(p_space)) out += chance(0.8) ? " " : "\u3000";
    if (chance(p_bad)) out += kBadBytes[(*rng)() % kBadBytes.size()];
    unsigned char c = static_cast<unsigned char>(cp[0]);
    if (cp.size() == 1 && (c == '0' || c == '1') && chance(p_look)) {  // OCR's letters for digits
      out += c == '0' ? (chance(0.5) ? "O" : "o") : (chance(0.5) ? "l" : "I");
      continue;
    }
    if (cp.size() == 1 && c >= 0x21 && c <= 0x7E && chance(p_wide)) {
      char32_t wide = 0xFEE0 + c;  // U+FF01–FF5E, three bytes in UTF-8
      out += static_cast<char>(0xE0 | (wide >> 12));
      out += static_cast<char>(0x80 | ((wide >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (wide & 0x3F));
      continue;
    }
    if (p_trad > 0 && cp.size() == 3 && chance(p_trad)) {
      auto& pairs = TraditionalPairs();
      auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == cp; });
      if (it != pairs.end()) {
        out += it->second;
        continue;
      }
    }
    if (crlf && cp == "\n") {
      out += "\r\n";
      continue;
    }
    out += cp;
  }
  return out;
}

// A window of 40–1200 code points of a corpus document, cut at code-point boundaries.
std::string RandomWindow(const std::string& text, std::mt19937* rng) {
  std::vector<std::size_t> b = Boundaries(text);
  std::size_t n = b.size() - 1;
  std::size_t len = std::min<std::size_t>(n, 40 + (*rng)() % 1160);
  std::size_t start = n > len ? (*rng)() % (n - len + 1) : 0;
  return text.substr(b[start], b[start + len] - b[start]);
}

}  // namespace

TEST_CASE("the test's own code-point oracle counts maximal ill-formed subparts", "[provenance]") {
  struct Case {
    std::string input;
    std::vector<std::size_t> boundaries;
  };
  const std::vector<Case> cases = {
      {"", {0}},
      {"a1", {0, 1, 2}},
      {"产值", {0, 3, 6}},
      {"\xE4\xB8", {0, 2}},                    // truncated 中: one subpart
      {"a\xE4\xB8" "b", {0, 1, 3, 4}},         // truncated, then ASCII
      {"\xC0\xAF", {0, 1, 2}},                 // overlong lead: two
      {"\xE0\x80\xAF", {0, 1, 2, 3}},          // E0 needs A0–BF: three
      {"\xED\xA0\x80", {0, 1, 2, 3}},          // surrogate: three
      {"\xF4\x90\x80\x80", {0, 1, 2, 3, 4}},   // beyond U+10FFFF: four
      {"\xF0\x9F\x98", {0, 3}},                // truncated emoji: one
      {"\xF0\x9F\x98\x80", {0, 4}},            // emoji
      {"\x80\xBF", {0, 1, 2}},                 // lone continuations
      {"\xFF\xE4\xB8\xAD", {0, 1, 4}},         // bad byte, then 中
  };
  for (const Case& c : cases) {
    INFO("input bytes: " << c.input.size());
    CHECK(Boundaries(c.input) == c.boundaries);
  }
}

TEST_CASE("the provenance check rejects wrong offsets", "[provenance]") {
  std::string text = "总产值253.63亿元";
  zhfacts::DocumentResult doc;
  zhfacts::Record r;
  r.text = "253.63亿元";
  r.span = {3, 11};
  r.byte_span = {9, 21};
  doc.records.push_back(r);
  CHECK(ProvenanceViolation(text, doc).empty());
  doc.records[0].span = {3, 10};  // one code point short
  CHECK_FALSE(ProvenanceViolation(text, doc).empty());
  doc.records[0].span = {3, 11};
  doc.records[0].byte_span = {9, 20};  // cuts 元 in half
  CHECK_FALSE(ProvenanceViolation(text, doc).empty());
  doc.records[0].byte_span = {9, 21};
  doc.records.push_back(r);
  doc.records[1].span = {0, 11};  // starts before its predecessor
  doc.records[1].byte_span = {0, 21};
  doc.records[1].text = text;
  CHECK_FALSE(ProvenanceViolation(text, doc).empty());
}

TEST_CASE("every record of every test document has exact provenance", "[provenance]") {
  const auto& corpus = Corpus();
  REQUIRE(corpus.size() >= 6);  // five articles + the sample, at least
  std::size_t records = 0;
  for (const Document& d : corpus) {
    for (const zhfacts::Extractor* ex : {&TheExtractor(), &LiteralExtractor()}) {
      for (const char* date : {"", "2024-05-20"}) {
        zhfacts::DocumentContext ctx;
        ctx.reference_date = date;
        ctx.explain = true;
        auto doc = ex->Extract(d.text, ctx);
        INFO(d.name << " reference date '" << date << "' traditional_to_simplified "
                    << ex->options().traditional_to_simplified);
        REQUIRE(doc.ok());
        CHECK(ProvenanceViolation(d.text, *doc) == "");
        records += doc->records.size();
      }
    }
  }
  CHECK(records > 0);
}

TEST_CASE("randomized damaged variants keep exact provenance", "[provenance]") {
  const auto& corpus = Corpus();
  std::mt19937 rng(20240417);
  constexpr int kVariants = 3000;
  int failures = 0, with_invalid_utf8 = 0;
  std::size_t records = 0;
  for (int i = 0; i < kVariants && failures < 5; ++i) {
    const Document& d = corpus[i % corpus.size()];
    std::string text = Damage(RandomWindow(d.text, &rng), &rng);
    auto doc = (i % 4 == 3 ? LiteralExtractor() : TheExtractor()).Extract(text);
    REQUIRE(doc.ok());
    records += doc->records.size();
    if (doc->invalid_utf8 > 0) ++with_invalid_utf8;
    std::string why = ProvenanceViolation(text, *doc);
    if (!why.empty()) {
      ++failures;
      FAIL_CHECK("variant " << i << " of " << d.name << ": " << why);
    }
  }
  CHECK(failures == 0);
  // The variants must exercise what they claim: many records, and invalid UTF-8 in a good share of them.
  CHECK(records > std::size_t{kVariants});
  CHECK(with_invalid_utf8 > kVariants / 10);
}

// The engine matches a long document in chunks of sentences, rule by rule within a chunk (engine.cc): a document
// of many articles, far longer than one chunk, must give each article the records it gives alone (the rule's
// reading of each figure; the linker's context fields may differ, since the articles now have neighbours).
TEST_CASE("a document of many chunks reads every figure as its parts do alone", "[provenance]") {
  const auto& corpus = Corpus();
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-05-20";
  std::string whole;
  std::vector<std::size_t> offsets;
  while (whole.size() < (200u << 10)) {
    for (const Document& d : corpus) {
      offsets.push_back(whole.size());
      whole += d.text;
      whole += "\n\n";
    }
  }
  auto all = TheExtractor().Extract(whole, ctx);
  REQUIRE(all.ok());
  CHECK(ProvenanceViolation(whole, *all) == "");
  auto key = [](const zhfacts::Record& r, std::size_t shift) {
    return r.rule + "|" + r.text + "|" + std::to_string(r.byte_span.start - shift) + "|" + r.value + "|" + r.unit +
           "|" + r.value_min + "|" + r.value_max;
  };
  std::vector<std::string> expected, got;
  for (std::size_t k = 0; k < offsets.size(); ++k) {
    auto part = TheExtractor().Extract(corpus[k % corpus.size()].text, ctx);
    REQUIRE(part.ok());
    for (const auto& r : part->records) expected.push_back(key(r, 0) + "@" + std::to_string(k));
  }
  for (const auto& r : all->records) {
    std::size_t k = static_cast<std::size_t>(std::upper_bound(offsets.begin(), offsets.end(), r.byte_span.start) -
                                             offsets.begin()) - 1;
    got.push_back(key(r, offsets[k]) + "@" + std::to_string(k));
  }
  CHECK(got.size() > 1000);
  CHECK(got == expected);
}
