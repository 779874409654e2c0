// Date engine: table-driven cases through the public API. Every case states its reference date ("" = none).
// Expected records are written "text|value|granularity|qualifier|implied|period_start|period_end" (implied joined by
// commas; period fields may be left off when the case is about something else).
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "zhfacts/zhfacts.h"

namespace {

struct Case {
  const char* ref;
  const char* text;
  std::vector<const char*> expected;
};

const zhfacts::Extractor& DateExtractor(bool invalid_dates = false) {
  auto make = [](bool invalid) {
    zhfacts::ExtractorOptions o;
    o.types = 1u << static_cast<unsigned>(zhfacts::RecordType::kDate);
    o.invalid_dates = invalid;
    auto ex = zhfacts::Extractor::Create(o);
    REQUIRE(ex.ok());
    return std::move(ex.value());
  };
  static const zhfacts::Extractor plain = make(false);
  static const zhfacts::Extractor with_invalid = make(true);
  return invalid_dates ? with_invalid : plain;
}

std::string Describe(const zhfacts::Record& r, bool periods) {
  std::ostringstream s;
  s << r.text << "|" << r.value << "|" << r.granularity << "|" << zhfacts::QualifierName(r.qualifier) << "|";
  for (std::size_t i = 0; i < r.implied.size(); ++i) s << (i ? "," : "") << r.implied[i];
  if (periods) s << "|" << r.period_start << "|" << r.period_end;
  return s.str();
}

std::size_t CodePoints(const std::string& s, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < end; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// Provenance: the original sliced at byte_span and at span (code points) equals the record's text.
void CheckProvenance(const std::string& text, const zhfacts::Record& r) {
  CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
  CHECK(CodePoints(text, r.byte_span.start) == r.span.start);
  CHECK(CodePoints(text, r.byte_span.end) == r.span.end);
}

void Run(const std::vector<Case>& cases, bool invalid_dates = false) {
  for (const Case& c : cases) {
    zhfacts::DocumentContext ctx;
    ctx.reference_date = c.ref;
    auto doc = DateExtractor(invalid_dates).Extract(c.text, ctx);
    REQUIRE(doc.ok());
    std::vector<std::string> got;
    for (const auto& r : doc->records) {
      CheckProvenance(c.text, r);
      bool periods = false;
      for (const char* e : c.expected) {
        std::string exp = e;
        if (exp.rfind(r.text + "|", 0) == 0 && std::count(exp.begin(), exp.end(), '|') == 6) periods = true;
      }
      got.push_back(Describe(r, periods) + (r.status == "ok" ? "" : " [" + r.status + "]"));
    }
    std::vector<std::string> want(c.expected.begin(), c.expected.end());
    INFO("ref " << c.ref << ": " << c.text);
    CHECK(got == want);
  }
}

}  // namespace

TEST_CASE("issue 4: a day the reference period lacks moves to the nearest period that has it", "[date]") {
  Run({
      {"2017-03-22", "2月29日", {"2月29日|2016-02-29|day|exact|year"}},
      {"2019-03-22", "2月29日", {"2月29日|2020-02-29|day|exact|year"}},
      {"2018-02-10", "29日你去吃饭吗", {"29日|2018-01-29|day|exact|year,month"}},
      {"2018-02-10", "2月份会议安排在29日。", {"2月份|2018-02|month|exact|year"}},  // the month is stated: invalid
      {"2017-03-22", "下次的12号,在789年", {"12号|2017-03-12|day|exact|year,month", "789年|0789|year|exact|"}},
  });
}

TEST_CASE("issue 4: absolute and partial dates", "[date]") {
  Run({
      {"2024-05-20", "2024年3月4日,全市召开动员大会。", {"2024年3月4日|2024-03-04|day|exact||2024-03-04|2024-03-04"}},
      {"2024-05-20", "二〇二四年三月四日下午,项目正式签约。", {"二〇二四年三月四日|2024-03-04|day|exact|"}},
      {"", "发布时间:2024-11-22 10:56:48 来源:开发区管委会",
       {"2024-11-22 10:56:48|2024-11-22T10:56:48|datetime|exact||2024-11-22|2024-11-22"}},
      {"2024-05-20", "数据更新于2024/11/22,以官网为准。", {"2024/11/22|2024-11-22|day|exact|"}},
      {"2024-05-20", "会议定于2024.3.4召开,版本号1.2.3不是日期。", {"2024.3.4|2024-03-04|day|exact|"}},
      {"2024-05-20", "3月22日,园区新签约项目12个。", {"3月22日|2024-03-22|day|exact|year"}},
      {"2024-05-20", "2023年,全区规上工业总产值增长;3月22日完成验收。",
       {"2023年|2023|year|exact|", "3月22日|2023-03-22|day|exact|year"}},
      {"2024-05-20", "今年3月以来,企业陆续复产,22日全部达产。",
       {"今年3月以来|2024-03-01/2024-05-20|range|exact|", "22日|2024-03-22|day|exact|year,month"}},
      {"2024-05-20", "截至22日,累计接待游客8万人次。", {"22日|2024-05-22|day|exact|year,month"}},
      {"2024-05-20", "2023年11月,该项目开工建设。", {"2023年11月|2023-11|month|exact||2023-11-01|2023-11-30"}},
      {"2024-05-20", "11月份,出口额回升。", {"11月份|2024-11|month|exact|year"}},
      {"2024-05-20", "全年规上工业总产值增长5%,2023年 12月 实现翻番。", {"2023年 12月|2023-12|month|exact|"}},
      {"2024-05-20", "２０２４年５月１６日，记者走进车间。", {"２０２４年５月１６日|2024-05-16|day|exact|"}},
      {"2024-05-20", "2024年2月29日为闰日,2000年2月29日也是。",
       {"2024年2月29日|2024-02-29|day|exact|", "2000年2月29日|2000-02-29|day|exact|"}},
      {"2024-05-20", "6月15号起执行新标准。", {"6月15号起|2024-06-15|day|at_least|year"}},
      {"2024-05-20", "2021年3月项目立项,同年10月开工,次年6月投产;当年的小作坊已成历史。",
       {"2021年3月|2021-03|month|exact|", "同年10月|2021-10|month|exact|year", "次年6月|2022-06|month|exact|year"}},
      {"2024-05-20", "2023年底,全区共有高新技术企业120家。",
       {"2023年底|2023-12|month|exact||2023-12-01|2023-12-31"}},
      {"2024-05-20", "5月上旬,首批订单交付。", {"5月上旬|2024-05-01/2024-05-10|range|exact|year"}},
  });
}

TEST_CASE("issue 4: relative to the reference date", "[date]") {
  Run({
      {"2024-05-20", "今年以来,全区新增市场主体3000户。",
       {"今年以来|2024-01-01/2024-05-20|range|exact||2024-01-01|2024-05-20"}},
      {"2024-05-20", "去年9月,该公司完成B轮融资。", {"去年9月|2023-09|month|exact||2023-09-01|2023-09-30"}},
      {"2024-05-20", "今年4月17日,项目一期投产。", {"今年4月17日|2024-04-17|day|exact|"}},
      {"2024-05-20", "前年、明年和后年", {"前年|2022|year|exact|", "明年|2025|year|exact|", "后年|2026|year|exact|"}},
      {"2024-05-20", "本年度预算执行良好。", {"本年度|2024|year|exact|"}},
      {"2024-03-31", "上月完成投资,本月开工,下月竣工。",
       {"上月|2024-02|month|exact||2024-02-01|2024-02-29", "本月|2024-03|month|exact|",
        "下月|2024-04|month|exact|"}},
      {"2024-01-01", "昨天、今天、明天", {"昨天|2023-12-31|day|exact|", "今天|2024-01-01|day|exact|",
                                           "明天|2024-01-02|day|exact|"}},
      {"2024-05-22", "上周签约,本周开工。",
       {"上周|2024-05-13/2024-05-19|range|exact||2024-05-13|2024-05-19",
        "本周|2024-05-20/2024-05-26|range|exact|"}},
      {"2024-05-20", "过去一年,园区营收增长。", {"过去一年|2023/2024|range|exact|"}},
      {"2024-05-20", "近三年来,研发投入年均增长12%。", {"近三年来|2021/2024|range|exact||2021-05-20|2024-05-19"}},
      // A span of years reaches as far as its larger end.
      {"2024-05-20", "未来3至5年带动投资1000亿元以上。", {"未来3至5年|2024/2029|range|exact||2024-05-21|2029-05-20"}},
      // Issue 4 (gold): rolling windows without a prefix, named by the units they touch; OCR space inside.
      {"2024-03-04", "半 年来,新质生产力被频频提起;五年来,产值翻番。",
       {"半 年来|2023-09/2024-03|range|exact||2023-09-04|2024-03-03", "五年来|2019/2024|range|exact|"}},
      {"2024-03-04", "从上半年来看,2010年来华投资,十多年来", {"上半年|2024-H1|half|exact|year", "2010年|2010|year|exact|"}},
      {"2024-03-04", "三个月来订单饱满;3月来华", {"三个月来|2023-12/2024-03|range|exact|", "3月|2024-03|month|exact|year"}},
      {"2024-11-22", "开年以来,各地主动谋划;开年第一会", {"开年以来|2024-01-01/2024-11-22|range|exact|year"}},
      {"2024-05-20", "年内将建成5G基站200个,年底前全部投用。",
       {"年内|2024|year|exact|year", "年底前|2024-12|month|at_most|year"}},
      {"2024-05-20", "2025年年初,新厂区将投入使用。", {"2025年年初|2025-01|month|exact|"}},
      {"2024-05-20", "今年年中,二期开工。", {"今年年中|2024-06/2024-07|range|exact|"}},
      {"2024-05-20", "二期预计明年年中建成。", {"明年年中|2025-06/2025-07|range|exact|"}},  // a verb follows
      {"2024-05-20", "比上月增长3.1%,本月10日发布。", {"本月10日|2024-05-10|day|exact|"}},
      {"2024-05-20", "去年本月十日,项目签约。", {"去年本月十日|2023-05-10|day|exact|"}},
      {"2024-01-20", "上季度营收增长,本季度持平。", {"上季度|2023-Q4|quarter|exact||2023-10-01|2023-12-31",
                                                  "本季度|2024-Q1|quarter|exact|"}},
      {"", "今年以来,去年9月,上月", {}},  // no reference date: relative dates stay unresolved
  });
}

TEST_CASE("issue 4: periods, ranges and as-of", "[date]") {
  Run({
      {"2024-08-10", "上半年,全区实现地区生产总值253亿元;下半年力争再上台阶。",
       {"上半年|2024-H1|half|exact|year|2024-01-01|2024-06-30", "下半年|2024-H2|half|exact|year|2024-07-01|2024-12-31"}},
      {"2024-08-10", "2023年一季度、今年第二季度和Q3",
       {"2023年一季度|2023-Q1|quarter|exact||2023-01-01|2023-03-31", "今年第二季度|2024-Q2|quarter|exact|",
        "Q3|2024-Q3|quarter|exact|year"}},
      {"2024-11-10", "前三季度,规上工业增加值同比增长6%。",
       {"前三季度|2024-01/2024-09|range|exact|year|2024-01-01|2024-09-30"}},
      {"2024-11-10", "1—10月,全市固定资产投资增长4%;1-10月份出口下降。",
       {"1—10月|2024-01/2024-10|range|exact|year|2024-01-01|2024-10-31", "1-10月份|2024-01/2024-10|range|exact|year"}},
      {"2024-11-10", "2023—2025年,计划投资100亿元。", {"2023—2025年|2023/2025|range|exact||2023-01-01|2025-12-31"}},
      {"2024-11-10", "2023年至2025年期间", {"2023年至2025年|2023/2025|range|exact|"}},
      {"2024-11-10", "3月至5月,共举办招聘会12场。", {"3月至5月|2024-03/2024-05|range|exact|year"}},
      // Two dates that only a range's joint stands between are one range, in days.
      {"2024-11-10", "9月下旬至10月中旬,发放消费券。", {"9月下旬至10月中旬|2024-09-21/2024-10-20|range|exact|year"}},
      {"2024-11-10", "12月至明年元旦期间,投放消费券。", {"12月至明年元旦期间|2024-12-01/2025-01-01|range|exact|year"}},
      {"2024-11-10", "2023年12月至2024年3月", {"2023年12月至2024年3月|2023-12/2024-03|range|exact|"}},
      {"2024-11-10", "3月4日至6日,展会在杭州举行;3月28日到4月15日为申报期。",
       {"3月4日至6日|2024-03-04/2024-03-06|range|exact|year", "3月28日到4月15日|2024-03-28/2024-04-15|range|exact|year"}},
      {"2024-11-10", "到2027年,算力规模将超过100EFLOPS。", {"到2027年|2027|year|at_most|||2027-12-31"}},
      {"2024-11-10", "截至2023年底,全省累计建成5G基站10万个。",
       {"截至2023年底|2023-12-31|day|as_of|||2023-12-31"}},
      {"2024-11-10", "截至目前,已完成年度任务的90%。", {}},  // 目前 is vague (gold guidelines)
      // An as-of month of the last months before the reference date is the latest one, after a past year too; an
      // older month takes the year in context.
      {"2024-12-05", "园区2021年3月挂牌。截至11月底,入驻企业86家。",
       {"2021年3月|2021-03|month|exact|", "截至11月底|2024-11-30|day|as_of|year||2024-11-30"}},
      // A clause looking ahead is of the reference year, not of a past year before it, once that year is well
      // under way.
      {"2024-12-05", "2023年全市CPI上涨0.2%。预计12月份食品价格将小幅上涨。",
       {"2023年|2023|year|exact|", "12月份|2024-12|month|exact|year"}},
      {"2024-01-10", "2023年全市CPI上涨0.2%。预计12月份食品价格将小幅上涨。",
       {"2023年|2023|year|exact|", "12月份|2023-12|month|exact|year"}},
      {"2024-12-05", "2021年,园区产值增长。截至6月底,入驻企业86家。",
       {"2021年|2021|year|exact|", "截至6月底|2021-06-30|day|as_of|year||2021-06-30"}},
      {"2024-11-10", "截至今天,订单已排至9月。", {"截至今天|2024-11-10|day|as_of|", "9月|2024-09|month|exact|year"}},
      {"2024-11-10", "截至三季度末,贷款余额增长;2023年二季度末持平。",
       {"截至三季度末|2024-09-30|day|as_of|year||2024-09-30", "2023年二季度末|2023-06-30|day|exact||2023-06-30|2023-06-30"}},
      {"2024-11-10", "前10个月,全市外贸进出口增长;2023年前三个月持平。",
       {"前10个月|2024-01/2024-10|range|exact|year|2024-01-01|2024-10-31", "2023年前三个月|2023-01/2023-03|range|exact|"}},
      {"2025-09-20", "外贸方面，前8个月全省进出口总额达5680亿元。", {"前8个月|2025-01/2025-08|range|exact|year"}},
      // before the verb of what is reported; 前N月 without 个 (headlines)
      {"2025-11-20", "全区前10个月实现地区生产总值560亿元。", {"前10个月|2025-01/2025-10|range|exact|year"}},
      {"2025-11-20", "湖州市前10个月外贸进出口1428亿元。", {"前10个月|2025-01/2025-10|range|exact|year"}},
      {"2025-11-20", "前10月宁川外贸进出口总值突破千亿元", {"前10月|2025-01/2025-10|range|exact|year"}},
      // Nor is the start of a change (由2020年的18%提高到41.5%).
      {"2026-11-30", "先进封装占比由2020年的18%提高到41.5%。一条封装产线于9月投产。",
       {"2020年|2020|year|exact|", "9月|2026-09|month|exact|year"}},
      // 前N个月 anywhere in the title is the headline's time.
      {"2026-11-30", "蒲江县双轮驱动 前10个月农产品网络零售额增长21.4%\n\n11月20日，记者从蒲江县获悉。",
       {"前10个月|2026-01/2026-10|range|exact|year", "11月20日|2026-11-20|day|exact|year"}},
      // A target year in the title (锚定2027年目标) is no year the text is in.
      {"2026-11-30", "锚定2027年目标\n11月26日，宜昌市召开新闻发布会。",
       {"2027年|2027|year|exact|", "11月26日|2026-11-26|day|exact|year"}},
      // …and opening a clause that reports a figure, whatever stands before the figure (a place, a metric).
      {"2026-11-30", "外贸方面，前10个月杭州市进出口3286.7亿元。", {"前10个月|2026-01/2026-10|range|exact|year"}},
      {"2026-11-30", "投资方面，前10个月投资增长3%。", {"前10个月|2026-01/2026-10|range|exact|year"}},
      {"2026-11-30", "设备调试顺利，前3个月试运行期间运行稳定。", {}},
      // Hong Kong and Taiwan write 第三季 and 前三季 (四季 alone is the four seasons).
      {"2025-11-20", "第三季營收年增6%，前三季累計成長。四季如春。",
       {"第三季|2025-Q3|quarter|exact|year", "前三季|2025-01/2025-09|range|exact|year"}},
      // Since the end of a month or year.
      {"2025-11-20", "9月底以来，价格回落；2024年底以来，出口增长。",
       {"9月底以来|2025-09-30/2025-11-20|range|exact|year", "2024年底以来|2024-12-31/2025-11-20|range|exact|"}},
      // A quoted holiday with its suffix; quoted alone it is a word.
      {"2025-11-20", "“五一”假期接待游客96.8万人次，“五一”成为热词。", {"“五一”假期|2025-05-01/2025-05-05|range|exact|year"}},
      // 恢复至 a base: the year is no end point.
      {"2025-11-20", "旅游收入恢复至2019年同期的126%。", {"2019年|2019|year|exact|"}},
      {"2025-11-20", "企业数量增加到2024年的350家。", {"2024年|2024|year|exact|"}},  // 增加到: no end point
      {"2024-11-10", "2024年 3月 4日,全线贯通。", {"2024年 3月 4日|2024-03-04|day|exact|"}},
      {"2024-11-10", "一至三季度和二、三季度,5月中旬", {"一至三季度|2024-01/2024-09|range|exact|year",
                                                       "二、三季度|2024-04/2024-09|range|exact|year",
                                                       "5月中旬|2024-05-11/2024-05-20|range|exact|year"}},
      {"2024-11-10", "今年夏天客流高峰,2024年冬季供暖;科技的春天。",
       {"今年夏天|2024-06/2024-08|range|exact||2024-06-01|2024-08-31",
        "2024年冬季|2024-12/2025-02|range|exact||2024-12-01|2025-02-28"}},
      {"2024-11-10", "2024Q1营收与2024H1利润", {"2024Q1|2024-Q1|quarter|exact|", "2024H1|2024-H1|half|exact|"}},
  });
}

TEST_CASE("issue 4: plan periods, holidays and the lunar calendar", "[date]") {
  Run({
      {"2024-05-20", "“十四五”期间,全区累计投资超千亿元。", {"“十四五”期间|2021/2025|range|exact||2021-01-01|2025-12-31"}},
      {"2024-05-20", "十四五时期是关键五年,十三五期间打下了基础。",
       {"十四五时期|2021/2025|range|exact|", "十三五期间|2016/2020|range|exact|"}},
      {"2024-05-20", "2021年是十四五开局之年。", {"2021年|2021|year|exact|", "十四五开局之年|2021|year|exact|"}},
      {"2024-05-20", "“十四五”以来,新增高企200家。", {"“十四五”以来|2021-01-01/2024-05-20|range|exact|"}},
      {"2024-05-20", "十五五期间", {"十五五期间|2026/2030|range|exact|"}},
      {"2024-05-20", "全区认真落实“十四五”规划,编制十四五规划纲要。", {}},
      {"2024-05-20", "春节期间,全市接待游客120万人次。",
       {"春节期间|2024-02-10/2024-02-16|range|exact|year|2024-02-10|2024-02-16"}},
      {"2024-05-20", "2023年春节、2025年春节", {"2023年春节|2023-01-22|day|exact|", "2025年春节|2025-01-29|day|exact|"}},
      {"2024-05-20", "国庆假期和五一期间客流创新高。",
       {"国庆假期|2024-10-01/2024-10-07|range|exact|year", "五一期间|2024-05-01/2024-05-05|range|exact|year"}},
      // Two holidays named as one are the span of both (中秋 2025 is 10月6日, inside 国庆's week).
      {"2025-11-20", "国庆中秋假期，全县接待游客86.5万人次。", {"国庆中秋假期|2025-10-01/2025-10-07|range|exact|year"}},
      {"2024-11-20", "中秋、国庆假期客流创新高。", {"中秋、国庆假期|2024-09-17/2024-10-07|range|exact|year"}},
      // A holiday's suffix cut by an OCR line break on a short line stays whole.
      {"2024-05-20", "文旅消费表现亮眼。国庆假\n期期间，全市共接待游客826.5万人次，实现旅游收入61.2亿元，按可比口径分别增长"
                     "9.3%、11.7%，两项指标均创历史新高，其中国庆当天接待游客超过一百二十万人次。",
       {"国庆假\n期|2024-10-01/2024-10-07|range|exact|year", "国庆当天|2024-10-01|day|exact|year"}},
      {"2024-05-20", "端午期间,龙舟赛如期举行。", {"端午期间|2024-06-10|day|approx|year"}},
      {"2024-05-20", "农历正月初一,庙会开幕。", {"农历正月初一|2024-02-10|day|exact|year"}},
      {"2024-05-20", "农历甲辰龙年春节前夕", {"农历甲辰龙年春节|2024-02-10|day|exact|"}},
      {"2024-05-20", "今年除夕和中秋节", {"今年除夕|2024-02-09|day|exact|", "中秋节|2024-09-17|day|exact|year"}},
      {"2024-05-20", "农历2015年十月初一", {"农历2015年十月初一|2015-11-12|day|exact|"}},
      {"2024-05-20", "农历2023年闰二月初一", {"农历2023年闰二月初一|2023-03-22|day|exact|"}},
      {"2024-05-20", "大年初一和大年三十", {"大年初一|2024-02-10|day|exact|year", "大年三十|2024-02-09|day|exact|year"}},
      // Lunar day ranges: within a month, to a named month, across the new year; a range back in time is its first day.
      {"2024-05-20", "正月初二至初五,景区客流增长。", {"正月初二至初五|2024-02-11/2024-02-14|range|exact|year"}},
      {"2024-05-20", "农历2025年正月初一到正月初七", {"农历2025年正月初一到正月初七|2025-01-29/2025-02-04|range|exact|"}},
      {"2024-05-20", "大年初一至初六,商圈销售额增长。", {"大年初一至初六|2024-02-10/2024-02-15|range|exact|year"}},
      {"2024-05-20", "腊月二十八到正月初六", {"腊月二十八到正月初六|2025-01-27/2025-02-03|range|exact|year"}},
      {"2024-05-20", "正月初五至初二", {"正月初五|2024-02-14|day|exact|year"}},
      {"2024-05-20", "五一路和国庆75周年", {}},
      {"2024-05-20", "明日我们将迎来《明日之后》周年庆,明日之星", {"明日|2024-05-21|day|exact|"}},
      {"2024-05-20", "会议定于本月28号召开,增速高于上月。", {"本月28号|2024-05-28|day|exact|"}},
      // The year in context stays in its paragraph, and in its document (the look-back memo is per document).
      {"2024-05-20", "2022年,产值增长。3月5日,项目开工。\n\n3月6日,项目投产;6日,2021年4月,7日。",
       {"2022年|2022|year|exact|", "3月5日|2022-03-05|day|exact|year", "3月6日|2024-03-06|day|exact|year",
        "6日|2024-03-06|day|exact|year,month", "2021年4月|2021-04|month|exact|", "7日|2021-04-07|day|exact|year,month"}},
      {"2024-05-20", "3月5日,项目开工。", {"3月5日|2024-03-05|day|exact|year"}},
      // A month's tens cut after a full stop by a line break (…6.9%。1 / 0月份) is joined.
      {"2024-05-20", "销售额下降6.9%。1\n0月份，全市商品房销售面积86.2万平方米。", {"1\n0月份|2024-10|month|exact|year"}},
      // 前N个月 opening the text is a headline's time; opening a later paragraph before no reporting verb it is not.
      {"2024-11-20", "前10个月江澄关区进出口总值突破1.2万亿元\n\n前3个月试运行期间，项目运转平稳。",
       {"前10个月|2024-01/2024-10|range|exact|year"}},
      // A year ahead named relatively is no year in context: the day after it is this year's.
      {"2024-05-20", "会议指出，明年要稳字当头。11月27日，会议闭幕。",
       {"明年|2025|year|exact|", "11月27日|2024-11-27|day|exact|year"}},
      {"2024-07-15", "基站较上年末增加2万个,上年初以来", {}},
      // Issue 4 (gold): 农历新年; the official holiday around a lunar festival changes yearly: the festival's day.
      {"2024-05-20", "杭州市农历新年召开的第一场会议", {"农历新年|2024-02-10|day|exact|year"}},
      {"2024-05-20", "农历甲辰龙年春节假期,大模型横空出世。", {"农历甲辰龙年春节|2024-02-10|day|exact|"}},
      {"2024-05-20", "2015年农历正月初一是春节", {"2015年农历正月初一|2015-02-19|day|exact|"}},
      {"2024-05-20", "十一黄金周,双十一期间,十一五期间",
       {"十一黄金周|2024-10-01/2024-10-07|range|exact|year", "双十一期间|2024-11-11|day|approx|year",
        "十一五期间|2006/2010|range|exact|"}},
  });
}

TEST_CASE("issue 4: weekdays, decades, rolling intervals and open bounds", "[date]") {
  Run({
      {"2024-05-22", "周一签约,上周五开工,下下周日验收,这个星期三复盘。",
       {"周一|2024-05-20|day|exact|", "上周五|2024-05-17|day|exact|", "下下周日|2024-06-09|day|exact|",
        "这个星期三|2024-05-22|day|exact|"}},
      {"2024-05-22", "下周末举办招聘会。", {"下周末|2024-06-01/2024-06-02|range|exact|"}},
      // 周末 alone is weekends in general.
      {"2024-05-22", "每逢周末，“周末游”订单增长。", {}},
      // The weekday of the date before it is no date of its own (it would be read in the reference week).
      {"2024-05-22", "2023年3月5日 星期日，项目开工；3月8日（周三）投产。",
       {"2023年3月5日|2023-03-05|day|exact|", "3月8日|2023-03-08|day|exact|year"}},
      {"2024-05-22", "上世纪90年代建成的老厂房,九十年代末改造。",
       {"上世纪90年代|1990/1999|range|exact||1990-01-01|1999-12-31", "九十年代|1990/1999|range|exact|"}},
      {"2024-05-22", "5天前完成验收,三年前启动建设,10天后投产。",
       {"5天前|2024-05-17|day|exact|", "三年前|2021|year|exact|", "10天后|2024-06-01|day|exact|"}},
      {"2024-05-22", "未来两天有雨,前1周降温。",
       {"未来两天|2024-05-23/2024-05-24|range|exact|", "前1周|2024-05-15/2024-05-21|range|exact|"}},
      {"2024-05-22", "2018年以前、2018年之后、2015年起、自2020年",
       {"2018年以前|2018|year|under|||2017-12-31", "2018年之后|2018|year|over||2019-01-01|",
        "2015年起|2015|year|at_least||2015-01-01|", "自2020年|2020|year|at_least||2020-01-01|"}},
      {"2024-05-22", "2010-01-10及以后", {"2010-01-10及以后|2010-01-10|day|at_least||2010-01-10|"}},
      {"2024-05-22", "3月底前完成评估,2035年前基本实现。", {"3月底前|2024-03|month|at_most|year||2024-03-31",
                                                          "2035年前|2035|year|under|||2034-12-31"}},
      {"2024-05-22", "8月至2月为采暖季。", {"8月至2月|2024-08/2025-02|range|exact|year"}},
      {"2024-05-22", "十月的第一周,10/1/2018-10/7/2018", {"十月的第一周|2024-10-07/2024-10-13|range|exact|year",
                                                        "10/1/2018-10/7/2018|2018-01-10/2018-07-10|range|exact|"}},
      {"2024-05-22", "2015年农历正月初一,三月初一", {"2015年农历正月初一|2015-02-19|day|exact|",
                                                     "三月初一|2015-04-19|day|exact|year"}},
      {"2024-05-22", "一月二十三的晚上,八月十五", {"一月二十三|2024-01-23|day|exact|year", "八月十五|2024-08-15|day|exact|year"}},
      {"2024-05-22", "三六七年一月一日", {"三六七年一月一日|0367-01-01|day|exact|"}},
      {"2024-05-22", "康熙三年五月,民国元年", {"康熙三年五月|1664-05|month|exact|", "民国元年|1912|year|exact|"}},
      {"2024-05-22", "07年以后,两千零四年八月十五", {"07年以后|2007|year|over||2008-01-01|",
                                                     "两千零四年八月十五|2004-08-15|day|exact|"}},
  });
  // Regression guards for the rules above (issue 4: no invented dates).
  Run({
      {"2024-05-22", "一周一次,每周一例会,四周年庆。", {}},
      {"2024-05-22", "项目前3年免租,其后两年减半,前3个月试运行。", {}},
      {"2024-05-22", "项目竣工前3个月完成验收。", {}},  // counted back from an event
      {"2024-05-22", "工作15年,两千年的历史,三月一次。", {"三月|2024-03|month|exact|year"}},
      {"2024-05-22", "今日头条和《明日之后》", {}},
      {"2024-05-22", "2023年前三季度", {"2023年前三季度|2023-01/2023-09|range|exact|"}},
  });
}

TEST_CASE("issue 4: datelines give the reference date", "[date]") {
  struct DatelineCase {
    const char* text;
    const char* reference;
    zhfacts::ReferenceDateSource source;
    const char* first;  // first record, as Describe without periods
  };
  const DatelineCase cases[] = {
      {"发布时间:2024-11-22 10:56:48\n今年以来,全区实现产值200亿元。", "2024-11-22",
       zhfacts::ReferenceDateSource::kDateline, "2024-11-22 10:56:48|2024-11-22T10:56:48|datetime|exact|"},
      {"2025-03-27 08:22 来源:市发改委\n去年,全市GDP增长5%。", "2025-03-27", zhfacts::ReferenceDateSource::kDateline,
       "2025-03-27 08:22|2025-03-27T08:22|datetime|exact|"},
      {"新华社北京2024年3月4日电 今年政府工作报告提出……", "2024-03-04", zhfacts::ReferenceDateSource::kDateline,
       "2024年3月4日|2024-03-04|day|exact|"},
      // A paragraph opening with an event's date is not a publication line.
      {"2023年5月12日,第三届数字经济博览会开幕。今年以来,签约项目20个。", "", zhfacts::ReferenceDateSource::kNone,
       "2023年5月12日|2023-05-12|day|exact|"},
      // A year-less dateline with no other year source: no reference date, nothing resolved.
      {"本报北京3月4日电 今年以来,各地加快发展。", "", zhfacts::ReferenceDateSource::kNone, nullptr},
      // The year comes from a page header with the same month and day.
      {"2024年3月4日 星期一\n本报北京3月4日电 今年以来,各地加快发展。", "2024-03-04",
       zhfacts::ReferenceDateSource::kDateline, "2024年3月4日|2024-03-04|day|exact|"},
      // 讯 as well as 电; a lead whose date is followed by 本报讯 (the space between them is dropped as OCR noise).
      {"人民网北京2024年10月21日讯 今年前三季度,全省GDP增长5.1%。", "2024-10-21",
       zhfacts::ReferenceDateSource::kDateline, "2024年10月21日|2024-10-21|day|exact|"},
      {"2024年10月21日 本报讯(记者 王明)今年以来,全市新增企业1200家。", "2024-10-21",
       zhfacts::ReferenceDateSource::kDateline, "2024年10月21日|2024-10-21|day|exact|"},
      {"本报讯 10月21日讯 今年以来,各地加快发展。", "", zhfacts::ReferenceDateSource::kNone, nullptr},
      // A source line with the date later on it; 来源 in running text is no source line.
      {"澜山经济稳中有进\n来源：澜山日报 | 2024年10月21日\n\n今年以来,全县增长5%。", "2024-10-21",
       zhfacts::ReferenceDateSource::kDateline, "2024年10月21日|2024-10-21|day|exact|"},
      {"资金来源于2023年3月设立的基金,今年以来增长5%。", "", zhfacts::ReferenceDateSource::kNone,
       "2023年3月|2023-03|month|exact|"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto doc = DateExtractor().Extract(c.text);
    REQUIRE(doc.ok());
    CHECK(doc->reference_date == c.reference);
    CHECK(doc->reference_date_source == c.source);
    if (c.first) {
      REQUIRE(!doc->records.empty());
      CHECK(Describe(doc->records.front(), false) == c.first);
    } else {
      CHECK(doc->records.empty());
    }
  }
  // A given reference date wins over the dateline, and the dateline is still a date record.
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-03-05";
  auto doc = DateExtractor().Extract("中新网兰州3月4日电 今天,兰州新区举行签约仪式。", ctx);
  REQUIRE(doc.ok());
  CHECK(doc->reference_date_source == zhfacts::ReferenceDateSource::kGiven);
  REQUIRE(doc->records.size() == 2);
  CHECK(Describe(doc->records[0], false) == "3月4日|2024-03-04|day|exact|year");
  CHECK(doc->records[0].rule == "date.dateline");
  CHECK(Describe(doc->records[1], false) == "今天|2024-03-05|day|exact|");
}

TEST_CASE("issue 4: no invented dates: negative corpus", "[date]") {
  Run({
      {"2024-05-20", "2023年2月30日,13月,32日", {}},
      {"2024-05-20", "《东莞市机器人产业行动计划(2023—2025年)》发布", {}},  // a title's dates are its name
      {"2024-05-20", "石虎山18号,3号楼,12号线", {}},
      {"2024-05-20", "2023年2月29日不存在,1900年2月29日也不存在。", {}},
      {"2024-05-20", "新建厂房1700平方米,列入一号工程。", {}},
      {"2024-05-20", "长征五号运载火箭发射成功。", {}},
      {"2024-05-20", "三时纪公司负责人表示十分满意。", {}},
      {"2024-05-20", "三年级学生参观了展馆。", {}},
      {"2024-05-20", "经过9年研发,50分钟内完成,10天交付。", {}},
      {"2024-05-20", "历时近3年,项目终于落地;三年内不再调整。", {}},
      {"2024-05-20", "项目工期近20个月，通行时间缩短近1年。", {}},
      {"2024-05-20", "历时22日完成抢修,这座古城拥有2000年历史,约1500年前建城。", {}},
      {"2024-05-20", "石虎山18号,电话0571-88888888。", {}},
      {"2024-05-20", "初步统计,一日游客流量增长。", {}},
      {"2024-05-20", "AQ1型号与Q5车型", {}},
      {"2024-05-20", "芯片通过AEC-Q100认证，采用Q2-2型号", {}},  // codes, not quarters
      {"2024-05-20", "版本2024.3.45发布", {}},
      // Bases of comparisons (GUIDELINES): relative words after 比/较, or between 与 and 相比.
      {"2024-05-20", "出口比去年同期增长6.8%,亩产较去年提高18公斤,存款比年初增加1.1万亿元。", {}},
      {"2024-05-20", "与去年相比,产量增长5%;增速较上半年加快0.5个百分点。", {}},
  });
}

TEST_CASE("issue 4: a dateline takes its year from the reference date, not from the title", "[date]") {
  // The title names the year reported on; the dateline is the day of publication, at most a week after the
  // reference date (a reference date just before the new year reads 1月2日电 as the next year's).
  Run({{"2025-11-20", "华芯科技发布2024年年报\n\n本报深圳3月28日电 华芯科技昨日发布年度报告。",
        {"2024年|2024|year|exact|", "3月28日|2025-03-28|day|exact|year", "昨日|2025-11-19|day|exact|"}},
       {"2026-01-02", "本报北京12月30日电 会议召开。", {"12月30日|2025-12-30|day|exact|year"}},
       {"2025-12-30", "本报北京1月2日电 会议召开。", {"1月2日|2026-01-02|day|exact|year"}}});
}

TEST_CASE("issue 4: a title's forecast is no year in context", "[date]") {
  // 预计2026年6月投产 announces an event; the article's 前三季度 is the reference date's year.
  Run({{"2025-11-20", "光伏组件项目开工 预计2026年6月投产\n\n前三季度，公司营收增长。",
        {"2026年6月|2026-06|month|exact|", "前三季度|2025-01/2025-09|range|exact|year|2025-01-01|2025-09-30"}}});
}

TEST_CASE("issue 4: a deadline is no year in context", "[date]") {
  // 第四季度 after 力争到2027年 is this year's; the end of a range still is one (2023年至2025年 … 12月 → 2025).
  Run({{"2025-11-20", "力争到2027年，占比达到10%。负责人表示，第四季度将开工。",
        {"到2027年|2027|year|at_most|", "第四季度|2025-Q4|quarter|exact|year"}},
       {"2024-05-20", "2021年至2023年，园区扩建。12月投产。",
        {"2021年至2023年|2021/2023|range|exact|", "12月|2023-12|month|exact|year"}}});
}

TEST_CASE("issue 4: a comparison's base is no year in context", "[date]") {
  // 年底 and 10月 are this year's, not the compared year's; a base written with its year is still a date record.
  Run({{"2024-05-20", "出口比去年同期增长6.8%。年底前建成投产,10月产值增长5%。",
        {"年底前|2024-12|month|at_most|year", "10月|2024-10|month|exact|year"}},
       {"2024-05-20", "产值比2023年增长5%。10月投产。", {"2023年|2023|year|exact|", "10月|2024-10|month|exact|year"}}});
}

TEST_CASE("issue 4: impossible dates are kept with status invalid when asked", "[date]") {
  Run({{"2024-05-20", "2023年2月30日,13月,32日",
        {"2023年2月30日|2023-02-30|day|exact| [invalid]", "13月|2023-13|month|exact|year [invalid]",
         "32日|2023-02-32|day|exact|year,month [invalid]"}}},
      true);
}

TEST_CASE("issue 4: provenance on OCR-damaged input", "[date]") {
  // Line breaks inside dates, full-width digits, stray spaces, invalid UTF-8: whatever the normalizer joins, every
  // date record must slice back to its text, and nothing may span the damage.
  const char* texts[] = {
      "２０２４年３月\n４日,全市召开大会。今年\n\n以来,产值增长。",
      "截至2023年\n底,累计建成5G基站。1 — 10月,出口增长。",
      "2024年 3 月 4 日 上午,“十四五”\n期间的重点项目签约。",
      "发布时间：２０２４－１１－２２ 10:56:48\n去年9月\xff,农历正月初一。",
  };
  for (const char* text : texts) {
    INFO(text);
    zhfacts::DocumentContext ctx;
    ctx.reference_date = "2024-05-20";
    auto doc = DateExtractor().Extract(text, ctx);
    REQUIRE(doc.ok());
    CHECK(!doc->records.empty());
    for (const auto& r : doc->records) {
      CheckProvenance(text, r);
      CHECK(r.text.find("\xff") == std::string::npos);
      CHECK(r.status == "ok");
    }
  }
}

TEST_CASE("issue 4: the month and year in context are found however far back in the paragraph", "[date]") {
  // The look-back widens in steps; wherever a step's start falls (inside 12, or inside 2023), the nearest stated
  // month or year is read whole.
  for (int filler = 0; filler < 600; ++filler) {
    std::string text = "2023年12月," + std::string(filler % 3, 'x') + "园区";
    for (int i = 0; i < filler / 3; ++i) text += "产";
    text += "5日开工,3月投产。";
    zhfacts::DocumentContext ctx;
    ctx.reference_date = "2024-05-20";
    auto doc = DateExtractor().Extract(text, ctx);
    REQUIRE(doc.ok());
    std::vector<std::string> got;
    for (const auto& r : doc->records) got.push_back(r.text + "|" + r.value);
    INFO("filler " << filler);
    CHECK(got == std::vector<std::string>{"2023年12月|2023-12", "5日|2023-12-05", "3月|2023-03"});
  }
}

TEST_CASE("the title's one year is the year in context of a paragraph that states none", "[date]") {
  Run({
      // A bulletin published in 2026 about 2025: its 年末 and 前三季度 are 2025's.
      {"2026-03-18", "2025年全市人口发展情况\n\n年末全市常住人口520.3万人，前三季度出生人口2.9万人。",
       {"2025年|2025|year|exact|", "年末|2025-12|month|exact|year", "前三季度|2025-01/2025-09|range|exact|year"}},
      // A year in the paragraph comes first; relative words keep the reference date.
      {"2026-03-18", "2025年全市人口发展情况\n\n2024年末常住人口517.2万人，今年3月起实施新政。",
       {"2025年|2025|year|exact|", "2024年末|2024-12|month|exact|", "今年3月起|2026-03|month|at_least|"}},
      // A title naming two years, or a first line that is a sentence, names no year of the document.
      {"2026-03-18", "2024—2025年工作回顾\n\n年末全市常住人口520.3万人。",
       {"2024—2025年|2024/2025|range|exact|", "年末|2026-12|month|exact|year"}},
      {"2026-03-18", "2025年，全市经济运行稳中有进。\n\n年末全市常住人口520.3万人。",
       {"2025年|2025|year|exact|", "年末|2026-12|month|exact|year"}},
      // A decimal amount in the title (1286.4万人次, 2608.4亿元) is no year: not the document's, nor a second one.
      {"2026-11-30", "春节假期全市接待游客1286.4万人次\n\n年末全市常住人口520.3万人。",
       {"春节|2026-02-17|day|exact|year", "年末|2026-12|month|exact|year"}},
      {"2026-11-30", "2025年全市出口2608.4亿元\n\n年末全市常住人口520.3万人。",
       {"2025年|2025|year|exact|", "年末|2025-12|month|exact|year"}},
      // A year after the reference date's in the title is a plan's, not the text's.
      {"2026-12-05", "2027年全省地区生产总值预期增长5%左右\n\n12月2日，会议听取报告。前三季度，全省经济平稳。",
       {"2027年|2027|year|exact|", "12月2日|2026-12-02|day|exact|year", "前三季度|2026-01/2026-09|range|exact|year"}},
      // A relative year in the title is the reference date's business; a bracket after the title dates the
      // publication.
      {"2026-03-18", "去年全市经济运行回顾\n\n年末全市常住人口520.3万人。",
       {"去年|2025|year|exact|", "年末|2026-12|month|exact|year"}},
      {"2026-03-18", "2025年全市统计公报（2026年3月18日）\n\n年末全市常住人口520.3万人，比上年末增加4.3万人，其中城镇常住"
                     "人口增加较多，城镇化水平继续提高，人口结构持续优化。",
       {"2025年|2025|year|exact|", "2026年3月18日|2026-03-18|day|exact|", "年末|2025-12|month|exact|year"}},
      // OCR text wrapped at a narrow column under a title set wider: the title is still its own line.
      {"2026-04-02", "某某新材料发布2025年年报：营收利润双增长 研发投入再创新高\n\n本报杭州4月1日电 某某新\n材料公司昨日"
                     "晚间发布年\n度业绩公告。\n\n分季度看,公司第四\n季度营收达到12.6亿元。\n",
       {"2025年|2025|year|exact|", "4月1日|2026-04-01|day|exact|year", "昨日|2026-04-01|day|exact|",
        "第四\n季度|2025-Q4|quarter|exact|year"}},
  });
}

TEST_CASE("后年 and 前年 after a word that 后/前 ends, or before a word that 年 opens, are no dates", "[date]") {
  Run({
      {"2026-09-10", "全部投产后年均发电量约38亿千瓦时，建成后年产值达10亿元，此前年均增长5%。", {}},
      {"2026-09-10", "预计后年投产，前年实现营收5亿元。", {"后年|2028|year|exact|", "前年|2024|year|exact|"}},
  });
}
