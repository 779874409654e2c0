// Percentages that are not growth (lib/extract/percentage.cc): shares, rates, 成, fractions, ranges, lists.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "figures_test_util.h"

namespace {

using figures_test::Describe;
using figures_test::Extract;
using figures_test::OfType;
using zhfacts::Qualifier;
using zhfacts::RecordType;

struct PercentCase {
  const char* input;
  const char* text;
  const char* value;  // "min/max" for ranges
  const char* unit;
  Qualifier qualifier;
};

const PercentCase kPercentCases[] = {
    {"占全区规上工业总产值的64.48%。", "64.48%", "64.48", "percent", Qualifier::kExact},
    {"服务业增加值比重为43.2%，", "43.2%", "43.2", "percent", Qualifier::kExact},
    {"5G网络覆盖率达到６１.５％", "６１.５％", "61.5", "percent", Qualifier::kExact},
    {"集群贡献了全省规上工业营收的七成，", "七成", "70", "percent", Qualifier::kExact},
    {"民营企业数量占近九成", "近九成", "90", "percent", Qualifier::kApprox},
    {"入驻企业中约三成为省外企业", "约三成", "30", "percent", Qualifier::kApprox},  // 成 + 为 after a qualifier
    {"其中四成为外资企业", "四成", "40", "percent", Qualifier::kExact},
    {"本地配套率达到百分之十二", "百分之十二", "12", "percent", Qualifier::kExact},
    {"不良率控制在千分之五以内", "千分之五以内", "5", "permille", Qualifier::kAtMost},
    {"约占全市总数的三分之二", "三分之二", "66.6667", "percent", Qualifier::kApprox},  // 约 before 占 qualifies
    {"其中90%以上为新质生产力项目", "90%以上", "90", "percent", Qualifier::kOver},
    {"产品合格率在95%—98%之间，", "95%—98%", "95/98", "percent", Qualifier::kRange},
    {"良品率超过99.5%", "超过99.5%", "99.5", "percent", Qualifier::kOver},
    // Slash fractions after a share cue, and halves.
    {"分辨率只有头发丝直径的1/200。", "1/200", "0.5", "percent", Qualifier::kExact},
    {"6个算法通过备案，占全市总数2/3。", "2/3", "66.6667", "percent", Qualifier::kExact},
    {"全区有3家企业通过备案，占全省总数一半。", "一半", "50", "percent", Qualifier::kExact},
    {"目前过半房间已被预订。", "过半", "50", "percent", Qualifier::kOver},
    {"超过半数企业实现盈利", "超过半数", "50", "percent", Qualifier::kOver},
    {"一半以上的项目已开工", "一半以上", "50", "percent", Qualifier::kOver},
    {"数字化改造覆盖率\n85%", "85%", "85", "percent", Qualifier::kExact},
    {"10月份全市CPI2.1%，", "2.1%", "2.1", "percent", Qualifier::kExact},  // a metric's letters, no code
    {"全市CPI低于3%的年度调控目标。", "3%", "3", "percent", Qualifier::kExact},  // a target compared with
};

TEST_CASE("percentage: shares and rates", "[percentage]") {
  for (const PercentCase& c : kPercentCases) {
    INFO(c.input);
    std::vector<zhfacts::Record> records = Extract(c.input);
    std::vector<zhfacts::Record> p = OfType(records, RecordType::kPercentage);
    INFO(Describe(records));
    REQUIRE(p.size() == 1);
    CHECK(p[0].text == c.text);
    std::string value = p[0].qualifier == Qualifier::kRange ? p[0].value_min + "/" + p[0].value_max : p[0].value;
    CHECK(value == c.value);
    CHECK(p[0].unit == c.unit);
    CHECK(p[0].qualifier == c.qualifier);
    CHECK(OfType(records, RecordType::kGrowthRate).empty());
  }
}

TEST_CASE("percentage: enumerated shares give one record each", "[percentage][list]") {
  std::vector<zhfacts::Record> p =
      OfType(Extract("两者占规模以上工业增加值的比重分别为67.1%和33.3%，均高于上年。"), RecordType::kPercentage);
  INFO(Describe(p));
  REQUIRE(p.size() == 2);
  CHECK(p[0].value == "67.1");
  CHECK(p[1].value == "33.3");
  CHECK(p[0].metric == "占规模以上工业增加值的比重");  // what it is a share of, from 占
  CHECK(p[1].metric == "占规模以上工业增加值的比重");
}

TEST_CASE("percentage: a percentage after a growth verb is growth", "[percentage]") {
  std::vector<zhfacts::Record> records = Extract("制造业投资增长14.1%，占比达到35%。");
  INFO(Describe(records));
  REQUIRE(OfType(records, RecordType::kGrowthRate).size() == 1);
  REQUIRE(OfType(records, RecordType::kPercentage).size() == 1);
  CHECK(OfType(records, RecordType::kPercentage)[0].value == "35");
}

const char* const kNotPercentage[] = {
    "多年来一成不变的格局",
    "这三成为什么没有落实",  // 成为 after a word: dropped
    "刚性落实'两个15%'政策",
    "支持第一成长梯队企业",
    "采用X5%掺混方案",
};

TEST_CASE("percentage: words and quoted slogans are not percentages", "[percentage][negative]") {
  for (const char* input : kNotPercentage) {
    INFO(input);
    CHECK(OfType(Extract(input), RecordType::kPercentage).empty());
  }
}

}  // namespace
