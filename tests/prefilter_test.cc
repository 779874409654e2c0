// The prefilter may only skip rules that cannot match: on every sentence of every test document (and of the seed
// articles when ../shared is present), a rule the gate leaves out finds no match.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "normalize/segmenter.h"
#include "normalize/utf8.h"
#include "test_documents.h"

namespace {

std::vector<std::string> Texts() {
  std::vector<std::string> texts = {
      "2023年,园区规上工业总产值253.63亿元,同比增长2.08%。", "建成 500 PFlops 算力,约1.9万P。",
      "土地370亩,年发电量约800万度,GPU达万卡规模。", "今年以来,上半年,十四五期间,农历正月初一。",
      "新增企业一百二十家,投资两千万美元,占比七成。", "ＴＯＰＳ与TFLOPS@FP16并存,功耗35瓦。"};
  std::vector<std::string> documents = test_documents::All();
  texts.insert(texts.end(), documents.begin(), documents.end());
  return texts;
}

}  // namespace

TEST_CASE("every built-in rule has literal atoms", "[prefilter]") {
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  REQUIRE(engine.ok());
  const auto& rules = (*engine)->rules();
  for (int id : (*engine)->prefilter().unfiltered()) {
    INFO("rule " << rules[static_cast<std::size_t>(id)].name << " runs on every sentence: give it a gate pattern");
    CHECK(false);
  }
}

TEST_CASE("the prefilter never skips a rule that matches", "[prefilter]") {
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  REQUIRE(engine.ok());
  const auto& rules = (*engine)->rules();
  RE2::Options o;
  o.set_log_errors(false);
  std::vector<std::unique_ptr<RE2>> regexes;
  for (const auto& r : rules) regexes.push_back(std::make_unique<RE2>(r.pattern, o));
  zhfacts::internal::NormalizedText norm;
  std::vector<zhfacts::internal::Sentence> sentences;
  zhfacts::internal::Prefilter::Scratch gate;
  std::size_t checked = 0, skipped = 0;
  for (const std::string& text : Texts()) {
    (*engine)->normalizer().Normalize(text, &norm);
    zhfacts::internal::SplitSentences(norm.text, &sentences);
    for (const auto& s : sentences) {
      std::string_view sv(norm.text.data() + s.begin, s.end - s.begin);
      (*engine)->prefilter().Candidates(sv, &gate);
      for (std::size_t r = 0; r < rules.size(); ++r) {
        if (std::binary_search(gate.rules.begin(), gate.rules.end(), static_cast<int>(r))) continue;
        ++skipped;
        if (RE2::PartialMatch(re2::StringPiece(sv.data(), sv.size()), *regexes[r])) {
          FAIL("rule " << rules[r].name << " matches a sentence the prefilter skipped it on: " << sv);
        }
      }
      ++checked;
    }
  }
  CHECK(checked > 100);
  CHECK(skipped > checked);  // the gate does skip rules
}

TEST_CASE("atoms compared byte for byte are matched by no other code point", "[prefilter]") {
  using zhfacts::internal::Prefilter;
  // The prefilter compares an atom made of code points for which FoldsOnlyFromItself() holds with memcmp; that is
  // exact only if no other code point folds to one of them.
  for (char32_t t = 0; t < 0x110000; ++t) {
    if (t >= 0xD800 && t < 0xE000) continue;
    char32_t f = Prefilter::Fold(t);
    if (f == t) continue;
    INFO("U+" << std::hex << static_cast<unsigned>(t) << " folds to U+" << static_cast<unsigned>(f));
    CHECK_FALSE(Prefilter::FoldsOnlyFromItself(f));
    CHECK_FALSE(Prefilter::FoldsOnlyFromItself(t));
  }
  CHECK(Prefilter::FoldsOnlyFromItself(U'亿'));
  CHECK(Prefilter::FoldsOnlyFromItself(U'%'));
  CHECK_FALSE(Prefilter::FoldsOnlyFromItself(U'k'));
  CHECK_FALSE(Prefilter::FoldsOnlyFromItself(U'ｐ'));
  CHECK_FALSE(Prefilter::FoldsOnlyFromItself(0xFFFD));
  CHECK_FALSE(Prefilter::FoldsOnlyFromItself(0xAB70));  // folded from Cherokee U+13A0
}

// The per-sentence scan against a plain oracle: rules gated by literals pass exactly when one of their literals
// occurs in the text read code point by code point (an ill-formed byte reads as U+FFFD) and lower-cased, and, for a
// rule that needs one, the text has a numeral. Random texts mix ASCII (with capitals), Chinese, two- and four-byte
// code points, ill-formed bytes and numerals, at lengths that cross the scan's blocks and end in every way.
TEST_CASE("the prefilter's scan agrees with a plain search for its literals", "[prefilter]") {
  using zhfacts::internal::Prefilter;
  const std::vector<std::string> alphabet = {
      "a", "B", "k", "K", "p", "%", " ", ".", "1", "7", "年", "亿", "元", "增", "长", "万", "一", "园", "区",
      "产", "值", "é", "É", "Ω", "ω", "\xF0\xA0\x80\x80" /* U+20000 */, "\xF0\x9F\x98\x80" /* U+1F600 */, "Ｐ",
      "ｋ", "\x80", "\xE4\xBA", "\xC3", "\xED\xA0\x80" /* a surrogate */, "\xE0\x80\x80" /* overlong */, "\xE0\x81\xAB" /* overlong k */,
      "\xFF"};
  // Lower-case, well-formed literals built from the same code points (as the rules' gate words are).
  const std::vector<std::string> literals = {
      "a",  "k",   "p%",  "1",   "年",  "亿元", "增长", "园区", "产值", "é",    "ω",    "\xF0\xA0\x80\x80",
      "kw", "年增", "值1", "ωé", "区\xF0\x9F\x98\x80", "7年", "万一", "bk", "pp", " 亿", "元."};
  auto is_numeral = [](char32_t cp) {
    return (cp >= U'0' && cp <= U'9') || cp == U'一' || cp == U'万' || cp == U'亿';
  };
  std::mt19937 rng(20261206);
  std::vector<std::string> patterns;
  std::vector<std::vector<std::string>> gates;
  std::vector<bool> numeral_free;
  for (int r = 0; r < 40; ++r) {
    std::vector<std::string> gate;
    for (int k = 0, words = 1 + static_cast<int>(rng() % 3); k < words; ++k) gate.push_back(literals[rng() % literals.size()]);
    gates.push_back(gate);
    patterns.push_back(RE2::QuoteMeta(gate[0]));
    numeral_free.push_back(r % 2 == 0);
  }
  Prefilter prefilter;
  RE2::Options options;
  options.set_log_errors(false);
  REQUIRE(prefilter.Build(patterns, gates, options, numeral_free).ok());
  Prefilter::Scratch scratch;
  std::size_t passed = 0, total = 0;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    const std::size_t pieces = rng() % 4 == 0 ? rng() % 8 : rng() % 220;
    for (std::size_t k = 0; k < pieces; ++k) text += alphabet[rng() % alphabet.size()];
    // The oracle: decode, lower-case, re-encode; a literal occurs iff it is a substring of that.
    std::string folded;
    bool numeral = false;
    for (std::size_t i = 0; i < text.size();) {
      char32_t cp;
      std::size_t len = zhfacts::internal::DecodeUtf8(text, i, &cp);
      if (!len) cp = 0xFFFD, len = 1;
      numeral = numeral || is_numeral(cp);
      zhfacts::internal::AppendUtf8(Prefilter::Fold(cp), &folded);
      i += len;
    }
    {  // on well-formed text (the text repaired), the scan that trusts it decides the same
      const std::string repaired = zhfacts::internal::RepairUtf8(text);
      prefilter.Candidates(repaired, &scratch, true);
      const std::vector<int> trusted = scratch.rules;
      prefilter.Candidates(repaired, &scratch);
      REQUIRE(trusted == scratch.rules);
    }
    prefilter.Candidates(text, &scratch);
    for (std::size_t r = 0; r < gates.size(); ++r) {
      bool expect = numeral_free[r] || numeral;
      bool any = false;
      for (const std::string& w : gates[r]) any = any || folded.find(w) != std::string::npos;
      expect = expect && any;
      bool got = std::binary_search(scratch.rules.begin(), scratch.rules.end(), static_cast<int>(r));
      INFO("text of " << text.size() << " bytes, rule " << r << " gated by " << gates[r][0]);
      REQUIRE(got == expect);
      passed += got;
      ++total;
    }
  }
  CHECK(passed > total / 10);
  CHECK(passed < total - total / 10);
}
