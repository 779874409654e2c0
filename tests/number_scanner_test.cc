// ScanNumbers: every figure in free text with exact byte spans, as tables; lookalikes yield nothing.
#include "number/number_scanner.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "number/number_parser.h"

namespace zhfacts::internal {
namespace {

struct Expect {
  const char* text;  // the form's surface text, sliced from the input at [begin, end)
  ScannedKind kind;
  const char* value;    // value, or value_min for ranges
  const char* percent;  // percent-like kinds; "" otherwise
};

struct Case {
  const char* input;
  std::vector<Expect> found;
};

const std::vector<Case> kCases = {
    {"全区规上工业总产值253.63亿元，同比增长2.08%。",
     {{"253.63亿", ScannedKind::kNumber, "25363000000", ""}, {"2.08%", ScannedKind::kPercent, "2.08", "2.08"}}},
    {"固定资产投资１２．５亿元，占比６４．４８％",
     {{"１２．５亿", ScannedKind::kNumber, "1250000000", ""},
      {"６４．４８％", ScannedKind::kPercent, "64.48", "64.48"}}},
    {"新增企业一百二 十家，约 1.2 万人",
     {{"一百二 十", ScannedKind::kNumber, "120", ""}, {"1.2 万", ScannedKind::kNumber, "12000", ""}}},
    {"不良率下降2个千分点", {{"2个千分点", ScannedKind::kPermillePoint, "2", "0.2"}}},
    {"比重提高1.5个百分点，九成企业盈利，七成五的项目开工",
     {{"1.5个百分点", ScannedKind::kPercentagePoint, "1.5", "1.5"},
      {"九成", ScannedKind::kTenths, "9", "90"},
      {"七成五", ScannedKind::kTenths, "7", "75"}}},
    {"百分之十二的企业，千分之五的误差，三分之二的产能",
     {{"百分之十二", ScannedKind::kPercent, "12", "12"},
      {"千分之五", ScannedKind::kPermille, "5", "0.5"},
      {"三分之二", ScannedKind::kFraction, "0.666666666666667", ""}}},
    {"四五十人参加，三四百万元投资",
     {{"四五十", ScannedKind::kApproxRange, "40", ""}, {"三四百万", ScannedKind::kApproxRange, "3000000", ""}}},
    {"超亿元项目十余万个，下降-3.5%",
     {{"十余万", ScannedKind::kNumber, "100000", ""}, {"-3.5%", ScannedKind::kPercent, "-3.5", "-3.5"}}},
    {"二〇二四年，负三十二度，八折优惠",
     {{"二〇二四", ScannedKind::kNumber, "2024", ""},
      {"负三十二", ScannedKind::kNumber, "-32", ""},
      {"八折", ScannedKind::kDiscount, "8", "80"}}},
    {"版本2.3.1发布，电话0571",
     {{"2", ScannedKind::kNumber, "2", ""},
      {"3", ScannedKind::kNumber, "3", ""},
      {"1", ScannedKind::kNumber, "1", ""},
      {"0571", ScannedKind::kNumber, "571", ""}}},
    {"节能约5%—15%，重1.4千克，装机120万千瓦",
     {{"5%", ScannedKind::kPercent, "5", "5"},
      {"15%", ScannedKind::kPercent, "15", "15"},
      {"1.4", ScannedKind::kNumber, "1.4", ""},
      {"120万", ScannedKind::kNumber, "1200000", ""}}},
    {"温度-5度，增长－3%，2023-2025年",
     {{"-5", ScannedKind::kNumber, "-5", ""},
      {"－3%", ScannedKind::kPercent, "-3", "-3"},
      {"2023", ScannedKind::kNumber, "2023", ""},
      {"2025", ScannedKind::kNumber, "2025", ""}}},
    // lookalikes: nothing
    {"实现“十四五”规划，十三五期间", {}},
    {"四川的陆地上，队伍收拾行装，一切就绪", {}},
    {"千方百计推动万物互联", {}},
    {"详见 http://example.com/a?q=30%25 页面", {}},
    {"订单号A202107211321可查", {}},
    {"两两相对", {}},
    {"万", {}},
};

TEST_CASE("ScanNumbers finds every figure with its exact span and value", "[number][scanner]") {
  for (const Case& c : kCases) {
    std::string in = c.input;
    INFO(in);
    std::vector<ScannedNumber> got;
    ScanNumbers(in, &got);
    REQUIRE(got.size() == c.found.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      const ScannedNumber& n = got[i];
      const Expect& e = c.found[i];
      CHECK(in.substr(n.begin, n.end - n.begin) == e.text);
      CHECK(n.kind == e.kind);
      CHECK(n.begin <= n.number_begin);
      CHECK(n.number_end <= n.end);
      CHECK(n.value.ToString() == e.value);
      if (*e.percent) CHECK(n.percent.ToString() == e.percent);
    }
  }
}

TEST_CASE("ScanNumbers reads a numeral in running text as ParseNumber reads it alone", "[number][scanner]") {
  const std::vector<const char*> numerals = {
      "253.63亿", "1,234.5",  "3千万",    "2.5万亿",    "5万4千6百", "两千万",         "一百二十亿",
      "十亿",     "一万五",   "三千五",   "一万零五",   "二〇二四",  "三点五亿",       "两千万点五五四四",
      "十二",     "壹佰伍拾", "肆佰陸拾", "九十二万四", "四万万",    "四百亿点零五零", "一千零十二",
  };
  for (const char* numeral : numerals) {
    std::string text = std::string("据统计，全年完成") + numeral + "元。";
    INFO(text);
    std::vector<ScannedNumber> got;
    ScanNumbers(text, &got);
    REQUIRE(got.size() == 1);
    CHECK(text.substr(got[0].begin, got[0].end - got[0].begin) == numeral);
    CHECK(got[0].value.ToString() == ParseNumber(numeral).value.ToString());
  }
}

TEST_CASE("ScanNumbers flags 余/多/几 figures as lower bounds", "[number][scanner]") {
  std::vector<ScannedNumber> got;
  ScanNumbers("十余万人，一千多万元，二十几万，三百万", &got);
  REQUIRE(got.size() == 4);
  CHECK(got[0].lower_bound);
  CHECK(got[0].value.ToString() == "100000");
  CHECK(got[1].lower_bound);
  CHECK(got[1].value.ToString() == "10000000");
  CHECK(got[2].lower_bound);
  CHECK_FALSE(got[3].lower_bound);
}

TEST_CASE("ScanNumbers survives absurd input", "[number][scanner][overflow]") {
  std::string run(1'000'000, '9');
  std::vector<ScannedNumber> got;
  ScanNumbers("约" + run + "元", &got);
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == NumberStatus::kOverflow);
  // Long runs of numeral characters that are not one numeral: each match looks at a bounded window.
  for (const char* unit : {"十", "九", "亿", "点", "两"}) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += unit;
    got.clear();
    ScanNumbers(text, &got);
    for (const ScannedNumber& n : got) CHECK((n.begin < n.end && n.end <= text.size()));
  }
  got.clear();
  std::string bad = "12\xff\xfe亿\xc0元 三\xe4\xb8";  // ill-formed bytes never join a figure
  ScanNumbers(bad, &got);
  REQUIRE(got.size() == 2);
  CHECK(got[0].value.ToString() == "12");
  CHECK(got[1].value.ToString() == "3");
}

}  // namespace
}  // namespace zhfacts::internal
