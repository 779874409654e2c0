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
      "增长", "，", "。", "元", "%", "P", "PFLOPS", "张", "卡", "以内", "内", "之多", "上下", "名", "人次", "点", "兆瓦",
      "过去的", "过去", "未来的", "最近", "星期", "個", "上", "下", "今后", "之后",
      // money, growth and date words, for the rules restricted from their own patterns (AutoRestrict)
      "亿元", "万元", "美元", "人民币", "港元", "产值", "营收", "投资", "总额", "同比", "比上年", "下降", "减少",
      "个百分点", "提高", "回落", "倍", "2024", "2023年", "6月", "18日", "号", "上半年", "前三季度", "一季度", "截至",
      "底", "末", "春节", "国庆", "农历", "正月", "初一", "今年", "去年", "期间", "以来", "第", "周", "星期一",
      "十四五", "期末", "分别", "和", "、", "达", "突破", "实现", "约合", "美元/吨", "￥", "$"};
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

// Figures of the rules restricted from their own patterns (AutoRestrict), varied: amounts in yuan and jiao,
// months between, lunar dates, dates "as of", amounts and growth with the usual words around them.
std::vector<std::string> RuleSamples() {
  const std::vector<std::string> numbers = {"3", "12", "1.5", "一百", "两", "二十三", "800", "0.75"};
  const std::vector<std::string> years = {"", "2023年", "2024年", "今年", "去年", "二〇二四年"};
  const std::vector<std::string> months = {"1", "3", "6", "11", "十二", "五"};
  const std::vector<std::string> templates = {
      "{n}元{j}{n}角{n}分", "人民币{n}元零{n}分", "在{y}{m}月和{y}{m}月之间", "{m}月与{m}月间", "农历{y}正月初{d}",
      "{y}农历腊月二十{d}", "农历甲辰年{m}月十{d}日", "农历龙年闰{m}月初{d}", "截至{y}{m}月底", "截止到{y}{m}月{d}日",
      "截至目前", "截至发稿时", "到年末", "{y}规上工业总产值{n}亿元，同比增长{n}%", "营收突破{n}亿",
      "投资{n}万美元", "比上年下降{n}个百分点", "{y}{m}月{d}日", "{y}上半年", "{y}前三季度实现产值{n}亿元",
      "春节期间", "国庆假期", "{y}第{d}季度", "增长{n}倍", "提高{n}%和{n}%", "约合人民币{n}万元",
      "{y}的前{d}个月", "{y}第{d}周", "{y}最后{d}天", "新华社北京{m}月{d}日电", "{y}{m}月{d}日电",
      "增速高出全市平均水平约{n}个百分点", "比全国低近{n}个百分点", "分别高于全省{n}和{n}个百分点",
      "同比增长百分之五", "比上年下降千分之三", "营收上调百分之十二点五", "利润回落约百分之八",
      "超算峰值达每秒{n}亿亿次", "算力约每秒{n}亿亿次双精度浮点运算", "最高每秒{n}亿亿次计算",
      "产量是上年同期的{n}倍", "出口额相当于2020年的约{n}倍多", "为去年的近{n}倍以上"};
  std::mt19937 rng(618);
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  std::vector<std::string> out;
  for (int round = 0; round < 12; ++round) {
    for (const std::string& t : templates) {
      std::string s;
      for (std::size_t i = 0; i < t.size();) {
        if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
          char slot = t[i + 1];
          s += slot == 'n' ? pick(numbers) : slot == 'y' ? pick(years) : slot == 'm' ? pick(months)
               : slot == 'd' ? std::to_string(1 + rng() % 9) : std::string(rng() % 2 ? "又" : "");
          i += 3;
        } else {
          s += t[i++];
        }
      }
      out.push_back("据统计，" + s + "。");
    }
  }
  return out;
}

// What the group comparisons run on: the test documents normalized, the generated strings and the sample figures.
std::vector<std::string> TestTexts(const zhfacts::internal::Engine& engine) {
  std::vector<std::string> texts;
  zhfacts::internal::NormalizedText norm;
  for (const std::string& d : Documents()) {
    engine.normalizer().Normalize(d, &norm);
    texts.push_back(norm.text);
  }
  for (std::string& g : Generated(3000)) texts.push_back(std::move(g));
  for (std::string& g : RuleSamples()) texts.push_back(std::move(g));
  return texts;
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
  const std::vector<std::string> texts = TestTexts(**engine);
  std::size_t from_pattern = 0;
  for (const Rule& rule : (*engine)->rules()) {
    if (!rule.restrict) continue;
    from_pattern += rule.restricted_from_pattern;
    RE2 full(rule.pattern, o);
    REQUIRE(full.ok());
    auto matcher = RestrictedMatcher::Create(rule, 1 + full.NumberOfCapturingGroups(), o);
    INFO(rule.name);
    REQUIRE(matcher);
    std::size_t compared = 0;
    for (const std::string& t : texts) compared += Compare(full, *matcher, t, rule.name);
    INFO(rule.name);
    // Rules with their own lexicon have test texts made for them; a restriction read from the pattern is the same
    // mechanism and only needs enough matches to show its groups agree.
    CHECK(compared > (rule.restricted_from_pattern ? 20u : 500u));
    CHECK(matcher->variant_count() <= RestrictedMatcher::kMaxVariants);
  }
  CHECK(from_pattern >= 8);  // money, growth and date rules (AutoRestrict, engine.cc)
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
  const std::vector<std::string> texts = TestTexts(**engine);
  std::size_t rules = 0, fallbacks = 0;
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
    fallbacks += matches - compared;
  }
  CHECK(rules >= 3);
  CHECK(fallbacks > 100);  // matches with more than one reading still go to RE2
}

TEST_CASE("restrictions read from a pattern", "[restricted]") {
  using zhfacts::internal::AutoRestrict;
  const std::string units = "(?:亿元|万元|元|美元|欧元|日元|港元|英镑|卢布|韩元|泰铢|新台币|澳元)";
  Rule rule;
  rule.pattern = "([0-9]+) ?" + units + "(?:左右|以上)?\\(?:x|y\\)";
  REQUIRE(AutoRestrict(&rule));
  CHECK(rule.restricted_from_pattern);
  REQUIRE(rule.lexicon.size() == 15);  // 13 currencies and 2 qualifiers; "\(?:x|y\)" is escaped text, no group
  CHECK(rule.restrict(std::vector<bool>(15, true)) == rule.pattern);
  std::vector<bool> present(15, false);
  present[1] = present[3] = true;  // 万元, 美元
  CHECK(rule.restrict(present) == "([0-9]+) ?(?:万元|美元)" + std::string(zhfacts::internal::patterns::kNever) +
                                      "?\\(?:x|y\\)");
  CHECK_FALSE(AutoRestrict(&rule));  // already restricted

  Rule few;
  few.pattern = "([0-9]+)(?:元|美元)";  // too few words to gain anything
  CHECK_FALSE(AutoRestrict(&few));
  Rule caseless;
  caseless.pattern = "(?i)([0-9]+) ?" + units;
  CHECK_FALSE(AutoRestrict(&caseless));
  Rule classes;
  classes.pattern = "([0-9]+)(?:[元角分]|美元|欧元|日元|港元|英镑|卢布|韩元|泰铢|新台币|澳元|亿元|万元)";
  CHECK_FALSE(AutoRestrict(&classes));  // an alternation with a character class is not plain literals
}
