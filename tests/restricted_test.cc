// RestrictedMatcher (lib/extract/restricted.h) must report exactly the groups the full pattern reports: checked
// match by match on the test documents (and the seed articles when ../shared is present) and on generated strings
// made of the pieces the restricted rules are built from.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "extract/patterns.h"
#include "extract/restricted.h"
#include "test_documents.h"

namespace {

using zhfacts::internal::RestrictedMatcher;
using zhfacts::internal::Rule;

std::vector<std::string> Documents() { return test_documents::All(); }

// Strings of random pieces: numbers in both scripts, unit and qualifier words, range joins, and noise.
std::vector<std::string> Generated(std::size_t n) {
  const std::vector<std::string> pieces = {
      "1", "23", "4.5", "1,234", "0", "万", "亿", "千", "百", "十", "一", "两", "三", "四五", "〇", "二〇二四", "点",
      "五", "兆", "约", "近", "超过", "不到", "以上", "左右", "多", "余", "来", "半", "负", "—", "-", "~", "至", "到",
      "/", " ", "年", "吨", "千克", "克", "米", "平方米", "平方公里", "公里", "千瓦", "瓦", "千瓦时", "家", "个",
      "人", "亩", "度", "GW", "MW", "kWh", "m", "km", "小时", "天", "月", "个月", "台套", "时间", "级", "的",
      "增长", "，", "。", "元", "%", "P", "PFLOPS", "张", "卡"};
  std::mt19937 rng(20240618);  // fixed: the test is deterministic
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), len(1, 10);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string s;
    for (std::size_t k = len(rng); k > 0; --k) s += pieces[pick(rng)];
    out.push_back(s);
  }
  return out;
}

// Every match of `full` in `text`, the groups compared with the matcher's. Returns the matches compared.
std::size_t Compare(const RE2& full, const RestrictedMatcher& restricted, const std::string& text,
                    const std::string& rule) {
  const int ngroups = 1 + full.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> want(static_cast<std::size_t>(ngroups)), got(static_cast<std::size_t>(ngroups));
  RestrictedMatcher::Scratch scratch;
  re2::StringPiece whole(text);
  std::size_t pos = 0, compared = 0;
  while (pos < text.size() && full.Match(whole, pos, text.size(), RE2::UNANCHORED, want.data(), ngroups)) {
    if (!want[0].empty() && restricted.Captures(want[0], got.data(), &scratch)) {
      ++compared;
      for (int g = 0; g < ngroups; ++g) {
        INFO(rule << " on \"" << text.substr(static_cast<std::size_t>(want[0].data() - text.data()), want[0].size())
                  << "\", group " << g);
        CHECK(got[static_cast<std::size_t>(g)].data() == want[static_cast<std::size_t>(g)].data());
        CHECK(got[static_cast<std::size_t>(g)].size() == want[static_cast<std::size_t>(g)].size());
      }
    }
    std::size_t end = static_cast<std::size_t>(want[0].data() - text.data()) + want[0].size();
    pos = end > pos ? end : pos + 1;
  }
  return compared;
}

}  // namespace

TEST_CASE("kNumber is its Arabic and Chinese alternatives", "[restricted]") {
  namespace p = zhfacts::internal::patterns;
  CHECK(p::Number(true, true) == p::kNumber);
  CHECK(p::Number(true, false) == std::string("(?:") + p::kNumberArabic + ")");
  CHECK(p::Number(false, true) == std::string("(?:") + p::kNumberChinese + ")");
  RE2 never(p::Number(false, false));
  CHECK(never.ok());
  CHECK_FALSE(RE2::PartialMatch("123 一二三", never));
}

TEST_CASE("a restriction with every entry present is the rule's own pattern", "[restricted]") {
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  REQUIRE(engine.ok());
  std::size_t restricted = 0;
  for (const Rule& rule : (*engine)->rules()) {
    CHECK(rule.lexicon.empty() == !rule.restrict);
    if (!rule.restrict) continue;
    ++restricted;
    INFO(rule.name);
    CHECK(rule.restrict(std::vector<bool>(rule.lexicon.size(), true)) == rule.pattern);
  }
  CHECK(restricted >= 1);
}

TEST_CASE("restricted patterns report the groups of the full pattern", "[restricted]") {
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  REQUIRE(engine.ok());
  RE2::Options o;
  o.set_log_errors(false);
  std::vector<std::string> texts;
  zhfacts::internal::NormalizedText norm;
  for (const std::string& d : Documents()) {
    (*engine)->normalizer().Normalize(d, &norm);
    texts.push_back(norm.text);
  }
  for (std::string& g : Generated(3000)) texts.push_back(std::move(g));
  for (const Rule& rule : (*engine)->rules()) {
    if (!rule.restrict) continue;
    RE2 full(rule.pattern, o);
    REQUIRE(full.ok());
    auto matcher = RestrictedMatcher::Create(rule, 1 + full.NumberOfCapturingGroups(), o);
    REQUIRE(matcher);
    std::size_t compared = 0;
    for (const std::string& t : texts) compared += Compare(full, *matcher, t, rule.name);
    INFO(rule.name);
    CHECK(compared > 500);
    CHECK(matcher->variant_count() <= RestrictedMatcher::kMaxVariants);
  }
}

TEST_CASE("a pattern that may look around its match is not restricted", "[restricted]") {
  Rule rule;
  rule.pattern = "\\b([0-9]+)(吨)";
  rule.lexicon = {{"吨"}};
  rule.restrict = [](const std::vector<bool>&) { return std::string("\\b([0-9]+)(吨)"); };
  CHECK_FALSE(RestrictedMatcher::Create(rule, 3, RE2::Options()));
  rule.pattern = "([0-9]+)(吨)";
  CHECK(RestrictedMatcher::Create(rule, 3, RE2::Options()));
  rule.restrict = nullptr;
  CHECK_FALSE(RestrictedMatcher::Create(rule, 3, RE2::Options()));
}

TEST_CASE("quick groups are the groups of the full pattern", "[restricted]") {
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  REQUIRE(engine.ok());
  RE2::Options o;
  o.set_log_errors(false);
  std::vector<std::string> texts;
  zhfacts::internal::NormalizedText norm;
  for (const std::string& d : Documents()) {
    (*engine)->normalizer().Normalize(d, &norm);
    texts.push_back(norm.text);
  }
  for (std::string& g : Generated(3000)) texts.push_back(std::move(g));
  std::size_t rules = 0;
  for (const Rule& rule : (*engine)->rules()) {
    if (!rule.quick_groups) continue;
    ++rules;
    RE2 full(rule.pattern, o);
    REQUIRE(full.ok());
    const int ngroups = 1 + full.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> want(static_cast<std::size_t>(ngroups)), got(static_cast<std::size_t>(ngroups));
    std::size_t compared = 0, matches = 0;
    for (const std::string& text : texts) {
      re2::StringPiece whole(text);
      std::size_t pos = 0;
      while (pos < text.size() && full.Match(whole, pos, text.size(), RE2::UNANCHORED, want.data(), ngroups)) {
        ++matches;
        got[0] = want[0];
        if (!want[0].empty() && rule.quick_groups(got.data(), ngroups)) {
          ++compared;
          for (int g = 0; g < ngroups; ++g) {
            INFO(rule.name << " on \"" << std::string(want[0].data(), want[0].size()) << "\", group " << g);
            CHECK(got[static_cast<std::size_t>(g)].data() == want[static_cast<std::size_t>(g)].data());
            CHECK(got[static_cast<std::size_t>(g)].size() == want[static_cast<std::size_t>(g)].size());
          }
        }
        std::size_t end = static_cast<std::size_t>(want[0].data() - text.data()) + want[0].size();
        pos = end > pos ? end : pos + 1;
      }
    }
    INFO(rule.name << ": " << compared << " of " << matches << " matches read quickly");
    CHECK(compared > 300);
    CHECK(compared < matches);  // the others still go to RE2
  }
  CHECK(rules >= 1);
}
