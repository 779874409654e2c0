// Growth rates (lib/extract/growth.cc): verbs, bases, units, multiples, doubling, ranges and enumerations.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "figures_test_util.h"

namespace {

using figures_test::Describe;
using figures_test::Extract;
using figures_test::OfType;
using zhfacts::Basis;
using zhfacts::Direction;
using zhfacts::Qualifier;
using zhfacts::RecordType;

struct GrowthCase {
  const char* input;
  const char* text;
  const char* value;  // "min/max" for ranges
  const char* unit;
  Direction direction;
  Basis basis;
  Qualifier qualifier;
};

const GrowthCase kGrowthCases[] = {
    {"全年营业收入同比增长2.08%。", "2.08%", "2.08", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    {"各县中黔南州收入增幅最高，达9.3%。", "9.3%", "9.3", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    // A growth noun with 保持在/控制在 before its figure (a target).
    {"预计全年外贸增速保持在3%左右。", "3%左右", "3", "percent", Direction::kUp, Basis::kNone, Qualifier::kApprox},
    {"居民消费价格涨幅控制在3%以内。", "3%以内", "3", "percent", Direction::kUp, Basis::kNone, Qualifier::kAtMost},
    // Basis points are hundredths of a percentage point.
    {"贷款加权平均利率比上年同期下降38个基点。", "38个基点", "0.38", "percentage_point", Direction::kDown, Basis::kYoy,
     Qualifier::kExact},
    {"一年期LPR累计下调35BP。", "35BP", "0.35", "percentage_point", Direction::kDown, Basis::kNone, Qualifier::kExact},
    // The change in the clause before names the basis of its restatement in percent; a plain figure does not.
    {"粮食总产量比上年增加1.2亿斤，增长8.9%。", "8.9%", "8.9", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"集装箱吞吐量3560万标箱，增长8.1%。", "8.1%", "8.1", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"工业用电量比上年下降3.5%，", "3.5%", "3.5", "percent", Direction::kDown, Basis::kYoy, Qualifier::kExact},
    // a named base year: year on year after the next year, else a change over several years
    {"2024年，全市规上工业增加值比2023年增长5.2%。", "5.2%", "5.2", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"到2030年，单位工业增加值能耗较2025年下降15%。", "15%", "15", "percent", Direction::kDown, Basis::kNone,
     Qualifier::kExact},
    // …and, with no year in the sentence, against the reference date (2024-03-05): 2019 is too far back
    {"国庆假期门票收入比2019年同期增长21.4%。", "21.4%", "21.4", "percent", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"全市规上工业增加值比2023年增长5.2%。", "5.2%", "5.2", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"社会消费品零售总额较去年同期增长８.１％", "８.１％", "8.1", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"三月份出口额环比增长1.2%。", "1.2%", "1.2", "percent", Direction::kUp, Basis::kMom, Qualifier::kExact},
    // An adverb or a note between the basis and the verb.
    {"居民人均可支配收入同比名义增长5.2%。", "5.2%", "5.2", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    {"地区生产总值比上年实际增长5.3%。", "5.3%", "5.3", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    {"出口比去年同期（下同）增长6.8%。", "6.8%", "6.8", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    // Revisions, and Hong Kong and Taiwan's 成長.
    {"全年增速预测较8月上调1.36个百分点。", "1.36个百分点", "1.36", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"營收較上年同期成長9.1%。", "9.1%", "9.1", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    // Limits floated up or down, times cut.
    {"多子女家庭贷款额度可再上浮20%。", "20%", "20", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"贷款利率下浮10%。", "10%", "10", "percent", Direction::kDown, Basis::kNone, Qualifier::kExact},
    {"整体通关时间压缩10%—15%。", "10%—15%", "10/15", "percent", Direction::kDown, Basis::kNone, Qualifier::kRange},
    {"审批时限缩短30%以上。", "30%以上", "30", "percent", Direction::kDown, Basis::kNone, Qualifier::kOver},
    {"全县接待游客186.3万人次，按可比口径增长9.2%。", "9.2%", "9.2", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    // A growth noun before 在 (涨幅在…左右, 增速在…之间).
    {"全年全市CPI涨幅在0.5%左右。", "0.5%左右", "0.5", "percent", Direction::kUp, Basis::kNone, Qualifier::kApprox},
    // A change named by a noun after its figure.
    {"明年营业收入将实现10%的增长。", "10%", "10", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"力争保持6%左右的增速。", "6%左右", "6", "percent", Direction::kUp, Basis::kNone, Qualifier::kApprox},
    {"预计四季度营收仍将保持30%—40%的同比增速。", "30%—40%", "30/40", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kRange},
    {"单位能耗实现3个百分点的降幅。", "3个百分点", "3", "percentage_point", Direction::kDown, Basis::kNone,
     Qualifier::kExact},
    {"营业收入将保持15%—20%的增长。", "15%—20%", "15/20", "percent", Direction::kUp, Basis::kNone, Qualifier::kRange},
    {"企业利润总额减少12%", "12%", "12", "percent", Direction::kDown, Basis::kNone, Qualifier::kExact},
    // 年增 / 月減 (Taiwan and Hong Kong reports) name their basis.
    {"鴻海10月營收6,500億元，年增8.1%。", "8.1%", "8.1", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    {"鴻海10月營收6,500億元，月減3.2%。", "3.2%", "3.2", "percent", Direction::kDown, Basis::kMom, Qualifier::kExact},
    // 按年 / 按月 (Hong Kong reports) are year on year and month on month.
    {"集團營業額按年增長18%。", "18%", "18", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
    {"零售銷貨額按月下跌2.5%。", "2.5%", "2.5", "percent", Direction::kDown, Basis::kMom, Qualifier::kExact},
    {"单位能耗回落0.8%，", "0.8%", "0.8", "percent", Direction::kDown, Basis::kNone, Qualifier::kExact},
    // A signed figure turns the verb round (statistics tables write a fall as 增长-2.3%).
    {"全市软件业务收入同比增长-2.3%，", "-2.3%", "2.3", "percent", Direction::kDown, Basis::kYoy, Qualifier::kExact},
    {"嵌入式软件收入增长－1.5%。", "－1.5%", "1.5", "percent", Direction::kDown, Basis::kNone, Qualifier::kExact},
    {"亏损额下降-0.4个百分点。", "-0.4个百分点", "0.4", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"研发投入占比提高1.2个百分点", "1.2个百分点", "1.2", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"不良贷款率下降0.5个千分点", "0.5个千分点", "0.5", "permille_point", Direction::kDown, Basis::kNone,
     Qualifier::kExact},
    {"五年来出口额实现翻番，", "翻番", "100", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"经济总量翻一番", "翻一番", "100", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"力争十年内产值翻两番", "翻两番", "300", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"新能源汽车产量增长1.5倍", "1.5倍", "150", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    // A level as a multiple of a base: (N − 1) × 100 percent; against a year further back, no basis.
    {"一季度新能源汽车产量是上年同期的2.3倍。", "2.3倍", "130", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"2024年集成电路出口额相当于2020年的3倍多。", "3倍多", "200", "percent", Direction::kUp, Basis::kNone,
     Qualifier::kOver},
    {"今年全市工业用电量为去年的约两倍。", "约两倍", "100", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kApprox},
    // …against a year's end or start: grown since then, no basis; 约为 says approx.
    {"全省新型储能装机规模达到5.8GW，约为上年末的1.7倍。", "1.7倍", "70", "percent", Direction::kUp, Basis::kNone,
     Qualifier::kApprox},
    {"园区企业数量是年初的2倍。", "2倍", "100", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"战略性新兴产业增加值增长10%以上", "10%以上", "10", "percent", Direction::kUp, Basis::kNone,
     Qualifier::kOver},
    {"利润同比增长约5%", "约5%", "5", "percent", Direction::kUp, Basis::kYoy, Qualifier::kApprox},
    {"预计销售额增长5%—8%", "5%—8%", "5/8", "percent", Direction::kUp, Basis::kNone, Qualifier::kRange},
    // Differences in points from another region or period.
    {"增幅高于全省3.1个百分点", "3.1个百分点", "3.1", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"增速高出全市平均水平约2.9个百分点。", "约2.9个百分点", "2.9", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kApprox},
    // The comparand's rate named before the difference (GDP增速) is no growth of its own.
    {"增速高于全省GDP增速6.2个百分点。", "6.2个百分点", "6.2", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kExact},
    {"全市GDP增速比全国平均水平低0.4个百分点。", "0.4个百分点", "0.4", "percentage_point", Direction::kDown,
     Basis::kNone, Qualifier::kExact},
    {"研发强度比上年高出0.2个百分点", "0.2个百分点", "0.2", "percentage_point", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    // A saving is a fall of what is consumed; the approximation word stays in the span of the range.
    {"新空压站可节能约5%—15%，", "约5%—15%", "5/15", "percent", Direction::kDown, Basis::kNone, Qualifier::kRange},
    {"改造后同比节电8.5%", "8.5%", "8.5", "percent", Direction::kDown, Basis::kYoy, Qualifier::kExact},
    {"占比提高5至10个百分点", "5至10个百分点", "5/10", "percentage_point", Direction::kUp, Basis::kNone,
     Qualifier::kRange},
    {"线上销售额增长三成", "三成", "30", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"居民收入增速为6.1%", "6.1%", "6.1", "percent", Direction::kUp, Basis::kNone, Qualifier::kExact},
    {"服务业增速比上月加快0.8个百分点", "0.8个百分点", "0.8", "percentage_point", Direction::kUp, Basis::kMom,
     Qualifier::kExact},
    {"出口增速放缓1.5个百分点", "1.5个百分点", "1.5", "percentage_point", Direction::kDown, Basis::kNone,
     Qualifier::kExact},
    {"外贸出口同比增长百分之五点二", "百分之五点二", "5.2", "percent", Direction::kUp, Basis::kYoy,
     Qualifier::kExact},
    {"工业投资同比增长 14.1%", "14.1%", "14.1", "percent", Direction::kUp, Basis::kYoy, Qualifier::kExact},
};

TEST_CASE("growth: verbs, bases, units and qualifiers", "[growth]") {
  for (const GrowthCase& c : kGrowthCases) {
    INFO(c.input);
    std::vector<zhfacts::Record> records = Extract(c.input);
    std::vector<zhfacts::Record> growth = OfType(records, RecordType::kGrowthRate);
    INFO(Describe(records));
    REQUIRE(growth.size() == 1);
    const zhfacts::Record& r = growth[0];
    CHECK(r.text == c.text);
    std::string value = r.qualifier == Qualifier::kRange ? r.value_min + "/" + r.value_max : r.value;
    CHECK(value == c.value);
    CHECK(r.unit == c.unit);
    CHECK(r.direction == c.direction);
    CHECK(r.basis == c.basis);
    CHECK(r.qualifier == c.qualifier);
    CHECK(OfType(records, RecordType::kPercentage).empty());
  }
}

TEST_CASE("growth: enumerations give one record per figure", "[growth][list]") {
  std::vector<zhfacts::Record> g = OfType(
      Extract("据统计，2023年，全省高新技术产业、战略性新兴产业增加值分别增长7.0%和6.3%，均高于上年。"),
      RecordType::kGrowthRate);
  INFO(Describe(g));
  REQUIRE(g.size() == 2);
  CHECK(g[0].value == "7");
  CHECK(g[0].metric == "高新技术产业增加值");
  CHECK(g[1].value == "6.3");
  CHECK(g[1].metric == "战略性新兴产业增加值");
  CHECK(g[0].metric_class == "value_added");
  CHECK(g[1].period == "2023");

  g = OfType(Extract("三项指标同比分别提高10.0、5.2和0.5个百分点。"), RecordType::kGrowthRate);
  INFO(Describe(g));
  REQUIRE(g.size() == 3);
  CHECK(g[0].text == "10.0");
  CHECK(g[0].value == "10");
  CHECK(g[2].text == "0.5个百分点");
  for (const zhfacts::Record& r : g) {
    CHECK(r.unit == "percentage_point");
    CHECK(r.basis == Basis::kYoy);
  }

  // An item with a verb of its own (分别增长2.1%、6.7%和下降3.4%) stays in the list, with its own direction.
  g = OfType(Extract("三大行业营业收入同比分别增长2.1%、6.7%和下降3.4%。"), RecordType::kGrowthRate);
  INFO(Describe(g));
  REQUIRE(g.size() == 3);
  CHECK(g[2].text == "3.4%");
  CHECK(g[1].direction == Direction::kUp);
  CHECK(g[2].direction == Direction::kDown);
  for (const zhfacts::Record& r : g) CHECK(r.basis == Basis::kYoy);

  // The measure word said with each item (1.3个和2.0个百分点), not a count of 1.3.
  std::vector<zhfacts::Record> all = Extract("税收降幅比上月分别收窄1.3个和2.0个百分点。");
  INFO(Describe(all));
  CHECK(OfType(all, RecordType::kQuantity).empty());
  g = OfType(all, RecordType::kGrowthRate);
  REQUIRE(g.size() == 2);
  CHECK(g[0].text == "1.3个");
  CHECK(g[0].value == "1.3");
  CHECK(g[1].text == "2.0个百分点");
  CHECK(g[0].unit == "percentage_point");
  CHECK(g[1].unit == "percentage_point");
}

// OCR interleaved two columns: the verb ends a line of one column, its figures open a line further down, after a
// sentence of the other column (growth.continued). They are growth rates linked where the verb stands.
TEST_CASE("growth: figures moved away from their verb by interleaved columns", "[growth][ocr]") {
  std::vector<zhfacts::Record> records = Extract(
      "据统计，2023年，全省高新技术产业、战略性新兴产业增加值同比分别增长\n\n"
      "另一栏的文字在这里继续讲述园区的发展历程。\n\n"
      "这一栏在此处被截断，推动企业加快数字化改\n\n"
      "7.0%和6.3%，均高于上年。");
  std::vector<zhfacts::Record> g = OfType(records, RecordType::kGrowthRate);
  INFO(Describe(records));
  REQUIRE(g.size() == 2);
  CHECK(OfType(records, RecordType::kPercentage).empty());
  CHECK(g[0].text == "7.0%");
  CHECK(g[0].metric == "高新技术产业增加值");
  CHECK(g[1].metric == "战略性新兴产业增加值");
  for (const zhfacts::Record& r : g) {
    CHECK(r.rule == "growth.continued");
    CHECK(r.direction == Direction::kUp);
    CHECK(r.basis == Basis::kYoy);
    CHECK(r.period == "2023");
  }

  // A figure with its own cue stays what it is, and a verb followed by its figure is in place.
  records = Extract(
      "全市规上工业增加值同比增长\n\n较快，态势良好。\n\n其中高技术制造业占比\n\n45.6%，同比增长\n\n8.1%。");
  INFO(Describe(records));
  g = OfType(records, RecordType::kGrowthRate);
  std::vector<zhfacts::Record> p = OfType(records, RecordType::kPercentage);
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "45.6%");
  REQUIRE(g.size() == 1);
  CHECK(g[0].text == "8.1%");
  CHECK(g[0].rule == "growth.verb");

  // Without a sentence of the other column in between there is no interleaving: nothing is moved.
  records = Extract("营收增长\n\n明显，园区企业\n\n35%来自外地。");
  INFO(Describe(records));
  CHECK(OfType(records, RecordType::kGrowthRate).empty());

  // 的 before the line break keeps the figure in its own sentence (完成年度预算的 ⏎ 78.4%).
  records = Extract("各县收入增幅\n超过10%。\n全省支出4762.8亿元，完成年度预算的\n78.4%。");
  INFO(Describe(records));
  p = OfType(records, RecordType::kPercentage);
  REQUIRE(!p.empty());
  CHECK(p.back().text == "78.4%");

  // …and so do 在 and 于 (控制在 ⏎ 5.5%以内), however far back a growth verb ends a line.
  records = Extract("全年人口自然增长率为负，户籍人口同比增长\n\n较慢。各项指标平稳，城镇调查失业率控制在\n5.5%以内。");
  INFO(Describe(records));
  CHECK(OfType(records, RecordType::kGrowthRate).empty());
  p = OfType(records, RecordType::kPercentage);
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "5.5%以内");
}

// 下同 states the basis once for the rest of the text.
TEST_CASE("growth: a basis stated with 下同 holds for the later rates without one", "[growth]") {
  std::vector<zhfacts::Record> g = OfType(
      Extract("1—10月，全省出口比上年同期（下同）增长8.6%，进口增长5.1%。\n\n民营企业进出口增长3.2%，环比增长1%。"),
      RecordType::kGrowthRate);
  REQUIRE(g.size() == 4);
  CHECK(g[0].basis == Basis::kYoy);
  CHECK(g[1].basis == Basis::kYoy);
  CHECK(g[2].basis == Basis::kYoy);
  CHECK(g[3].basis == Basis::kMom);  // a basis of its own stays
  g = OfType(Extract("出口增长8.6%，进口增长5.1%。"), RecordType::kGrowthRate);
  REQUIRE(g.size() == 2);
  CHECK(g[1].basis == Basis::kNone);
}

TEST_CASE("growth: comparisons in points, one record per figure of a list", "[growth][list]") {
  std::vector<zhfacts::Record> records =
      Extract("营收和利润分别增长11.2%和20.5%，增幅分别高于全省3.1和6.8个百分点。合格率高于全国5%。");
  INFO(Describe(records));
  std::vector<zhfacts::Record> g = OfType(records, RecordType::kGrowthRate);
  REQUIRE(g.size() == 4);
  CHECK(g[2].text == "3.1");
  CHECK(g[2].unit == "percentage_point");
  CHECK(g[3].text == "6.8个百分点");
  CHECK(g[3].rule == "growth.compare");
  // 高于全国5% is a level, not a difference.
  std::vector<zhfacts::Record> p = OfType(records, RecordType::kPercentage);
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "5%");
}

// A level reached (增长至, 提高到) is not a growth rate; neither are codes and names.
const char* const kNotGrowth[] = {
    "研发投入强度提高到3.2%",
    "市场份额增长至60%",
    "同比增长明显",
    "推进5G网络建设",
    "翻开新的一页",
    "产量是上年的1倍",            // no growth
    "本地学生是外地学生的3倍",    // no base period: a ratio, not a growth
};

TEST_CASE("growth: levels, names and bare verbs are not growth rates", "[growth][negative]") {
  for (const char* input : kNotGrowth) {
    INFO(input);
    CHECK(OfType(Extract(input), RecordType::kGrowthRate).empty());
  }
}

}  // namespace
