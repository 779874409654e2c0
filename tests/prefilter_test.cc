// The prefilter may only skip rules that cannot match: on every sentence of every test document (and of the seed
// articles when ../shared is present), a rule the gate leaves out finds no match.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/engine.h"
#include "normalize/segmenter.h"
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
