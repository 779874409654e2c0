// ParseNumber, ParseFraction, ParseTenths, ParseApproxRange and the kNumber pattern, as tables.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {
namespace {

struct Case {
  const char* input;
  const char* expected;  // Decimal::ToString()
};

// Everything ParseNumber accepts; kNumber must match each of these whole.
const std::vector<Case> kPositive = {
    // Arabic
    {"0", "0"},
    {"80", "80"},
    {"007", "7"},
    {"253.63", "253.63"},
    {"2.08", "2.08"},
    {"1,234.5", "1234.5"},
    {"1,234,567", "1234567"},
    {"10,000.233", "10000.233"},
    {"4.800", "4.8"},
    {"0.05", "0.05"},
    // Arabic with magnitudes
    {"253.63亿", "25363000000"},
    {"1.2万", "12000"},
    {"3千万", "30000000"},
    {"2.5万亿", "2500000000000"},
    {"80亿", "8000000000"},
    {"1.5亿", "150000000"},
    {"1.9万", "19000"},
    {"800万", "8000000"},
    {"4.78萬億", "4780000000000"},
    {"10万万", "1000000000"},
    {"1,100万", "11000000"},
    {"1,100.9亿", "110090000000"},
    {"5万4千6百", "54600"},
    {"3万4000", "34000"},
    {"25万6千", "256000"},
    {"1千零20", "1020"},
    {"5佰", "500"},
    {"1万零十", "10010"},
    {"2千零30万", "20300000"},
    {"5亿1万4千6百", "500014600"},
    {"20万亿", "20000000000000"},
    // Chinese digits and small magnitudes
    {"零", "0"},
    {"〇", "0"},
    {"一", "1"},
    {"二", "2"},
    {"两", "2"},
    {"九", "9"},
    {"十", "10"},
    {"十二", "12"},
    {"拾", "10"},
    {"二十", "20"},
    {"一百一十", "110"},
    {"一百", "100"},
    {"一百零一", "101"},
    {"九百九十九", "999"},
    {"四百五", "450"},
    {"九百九", "990"},
    {"一千零五十", "1050"},
    {"一千零五", "1005"},
    {"一千零十二", "1012"},
    {"三千五", "3500"},
    {"两千四百五", "2450"},
    {"百三", "130"},
    {"千三", "1300"},
    {"零十", "10"},
    // big magnitudes
    {"亿", "100000000"},
    {"万亿", "1000000000000"},
    {"十亿", "1000000000"},
    {"百亿", "10000000000"},
    {"千亿", "100000000000"},
    {"一万五", "15000"},
    {"一万零五", "10005"},
    {"两千万", "20000000"},
    {"一百二十亿", "12000000000"},
    {"九十二万四", "924000"},
    {"一万二百五十", "10250"},
    {"一万零二百五十", "10250"},
    {"四千万零六千", "40006000"},
    {"五亿零六", "500000006"},
    {"七十八万五佰零六", "780506"},
    {"四万万", "400000000"},
    {"一百零十万", "1100000"},
    {"一万五千亿", "1500000000000"},
    {"四千三百亿", "430000000000"},
    {"二十一万亿", "21000000000000"},
    {"三百五十一万亿", "351000000000000"},
    // A part 万亿 made stands at 10^12: a later 亿 adds to it, not scales it; a magnitude right after another scales it.
    {"一万亿二千亿", "1200000000000"},
    {"1万亿2000亿", "1200000000000"},
    {"三千万亿", "3000000000000000"},
    {"一亿五千万", "150000000"},
    {"四亿五千六百四十二万零一十五", "456420015"},
    {"五兆六十二亿四万五千二", "5006200045200"},
    {"一亿五", "150000000"},
    {"四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", "4569831148725382"},
    // financial and traditional forms
    {"壹佰伍拾", "150"},
    {"肆佰陸拾", "460"},
    {"壹仟贰佰叁拾肆", "1234"},
    {"拾万零五十六", "100056"},
    {"十万柒仟捌佰伍拾肆", "107854"},
    {"壹萬三", "13000"},
    {"兩千四百五", "2450"},
    {"五億零六", "500000006"},
    {"玖佰玖拾玖億", "99900000000"},
    // positional
    {"二〇二四", "2024"},
    {"二〇〇八", "2008"},
    {"一九九七", "1997"},
    {"九九", "99"},
    // 点
    {"三点五", "3.5"},
    {"零点五", "0.5"},
    {"十五点七", "15.7"},
    {"十点二三三", "10.233"},
    {"两千点零", "2000"},
    {"两千三点一", "2300.1"},
    {"两千万点五五四四", "20000000.5544"},
    {"四百亿点零五零", "40000000000.05"},
    {"三点五亿", "350000000"},
    // A whole number below 万 ending in its units, then its fraction, scaled as one.
    {"二十六点四亿", "2640000000"},
    {"一百二十六点四亿", "12640000000"},
    {"一百二十点五万", "1205000"},
    {"十二点五万", "125000"},
    {"二十六点四", "26.4"},
    {"二点五万亿", "2500000000000"},
    {"一百五十四點零", "154"},
    // exact values where a double would drift
    {"0.1", "0.1"},
    {"9007199254740993", "9007199254740993"},
    {"12345678901234567890.123456789", "12345678901234567890.123456789"},
    {"九千九百九十九亿亿亿", "9999000000000000000000000000"},
};

TEST_CASE("ParseNumber accepts every numeral form of Chinese news, exactly", "[number]") {
  REQUIRE(kPositive.size() >= 80);
  for (const Case& c : kPositive) {
    INFO(c.input);
    ParsedNumber n = ParseNumber(c.input);
    REQUIRE(n.status == NumberStatus::kOk);
    CHECK(n.value.ToString() == c.expected);
  }
}

TEST_CASE("kNumber matches the whole of every form ParseNumber accepts", "[number][patterns]") {
  RE2::Options opt;
  opt.set_log_errors(false);
  RE2 number(patterns::kNumber, opt);
  REQUIRE(number.ok());
  for (const Case& c : kPositive) {
    std::string s = c.input;
    INFO(s);
    CHECK(RE2::FullMatch(s, number));
  }
}

TEST_CASE("kNumber stops where ParseNumber stops", "[number][patterns]") {
  RE2::Options opt;
  opt.set_log_errors(false);
  RE2 number(std::string("(") + patterns::kNumber + ")", opt);
  REQUIRE(number.ok());
  struct Prefix {
    const char* text;
    const char* match;  // leftmost-longest is not RE2's default; this is what the pattern takes from the start
  };
  const std::vector<Prefix> cases = {
      {"253.63亿元", "253.63亿"},
      {"一道新能源", "一"},
      {"万物互联", "万"},
      {"1,234.5家", "1,234.5"},
      {"三点五个", "三点五"},
      {"一点两小时", "一"},
      {"100兆瓦", "100"},
      {"12,34", "12"},
      {"2024年3月", "2024"},
      {"五兆瓦", "五"},
      {"四十九兆九千五百九十二億元", "四十九兆九千五百九十二億"},
      {"三千五百万元", "三千五百万"},
      {"5G基站", "5"},
  };
  for (const Prefix& c : cases) {
    INFO(c.text);
    std::string m;
    REQUIRE(RE2::PartialMatch(c.text, number, &m));
    CHECK(m == c.match);
    CHECK(ParseNumber(m).ok());
  }
}

TEST_CASE("ParseNumber rejects what is not one numeral", "[number]") {
  const std::vector<const char*> invalid = {
      "",         "一号",       "号",       "十分",     "五十千",       "百千",     "两两",    "二两", "四五十",
      "三四百万", "二〇十",     "1,23",     "1234,567", "12,3456",      "1.",       ".5",      "1..2", "1.2.3",
      "三点",     "点五",       "一点两",   "2.5点三",  "5五",          "五5",      "一万 五", "１２", "12%",
      "-5",       "负五",       "三成",     "十来",     "几十",         "千方百计", "万物",    "一道", "5G",
      "2024年",   "一二三四十", "1e5",      "12k",      "二〇二四点五", "零亿",     "1万三",   "万12", "一千零零五",
      "一千零",   "2亿点五",    "一百零万", "〇112",    "\xff\xfe",
  };
  for (const char* s : invalid) {
    INFO(s);
    CHECK(ParseNumber(s).status == NumberStatus::kInvalid);
  }
}

TEST_CASE("ParseNumberPrefix takes the longest numeral at the start, in one pass", "[number]") {
  struct PrefixCase {
    const char* input;
    std::size_t consumed;
    const char* value;
  };
  const std::vector<PrefixCase> cases = {
      {"五十千", 6, "50"},      {"12,34", 2, "12"},
      {"1.2万人", 6, "12000"},  {"253.63亿元", 9, "25363000000"},
      {"一点两小时", 3, "1"},   {"两千三点一分", 15, "2300.1"},
      {"1,234.5", 7, "1234.5"}, {"三千五百万元", 15, "35000000"},
  };
  for (const PrefixCase& c : cases) {
    INFO(c.input);
    std::size_t consumed = 99;
    ParsedNumber n = ParseNumberPrefix(c.input, &consumed);
    REQUIRE(n.ok());
    CHECK(consumed == c.consumed);
    CHECK(n.value.ToString() == c.value);
  }
  for (const char* s : {"", "号", "元", ",5"}) {
    std::size_t consumed = 99;
    CHECK_FALSE(ParseNumberPrefix(s, &consumed).ok());
    CHECK(consumed == 0);
  }
}

TEST_CASE("an Arabic number with one magnitude parses as through the general token loop", "[number]") {
  // ParseNumber takes these by a fast path; ParseNumberPrefix runs the token loop on the same text.
  for (const char* s : {"300万", "1.5亿", "0万", "0.0亿", "12十", "7百", "20千", "1,100萬", "2.5億", "5兆", "007万",
                        "4.800亿", "3拾", "9佰", "6仟", "1,10万", "12,345.6789兆"}) {
    INFO(s);
    std::size_t consumed = 0;
    ParsedNumber fast = ParseNumber(s), loop = ParseNumberPrefix(s, &consumed);
    if (consumed == std::string_view(s).size()) {
      CHECK(fast.status == loop.status);
      CHECK(fast.ok());
      CHECK(fast.value.ToString() == loop.value.ToString());
      CHECK(fast.value.Compare(loop.value) == 0);
    } else {
      CHECK_FALSE(fast.ok());
    }
  }
  std::string huge = "9" + std::string(10, '0') + "兆";
  huge.insert(0, std::string(395, '1'));  // 406 digits: overflows either way
  std::size_t consumed = 0;
  CHECK(ParseNumber(huge).status == NumberStatus::kOverflow);
  CHECK(ParseNumberPrefix(huge, &consumed).status == NumberStatus::kOverflow);
}

TEST_CASE("absurd numerals overflow with a status, in linear time and bounded memory", "[number][overflow]") {
  std::string big = "1" + std::string(400, '0');  // 10^400
  CHECK(ParseNumber(big).status == NumberStatus::kOverflow);
  std::string run(10'000'000, '7');  // a 10^7-digit run: one pass, ~400 digits kept
  ParsedNumber n = ParseNumber(run);
  CHECK(n.status == NumberStatus::kOverflow);
  CHECK(n.value.overflow());
  std::string tiny = "0." + std::string(5000, '0') + "1";
  CHECK(ParseNumber(tiny).status == NumberStatus::kOverflow);

  std::string yi_run = "九";
  for (int i = 0; i < 600; ++i) yi_run += "亿";  // 9 × 10^4800
  CHECK(ParseNumber(yi_run).status == NumberStatus::kOverflow);
  std::string cn_digits;
  for (int i = 0; i < 100'000; ++i) cn_digits += "九";  // positional, 10^5 digits
  CHECK(ParseNumber(cn_digits).status == NumberStatus::kOverflow);

  // A finite value is exact: no rounding through double.
  ParsedNumber ok = ParseNumber("九千九百九十九亿亿亿");
  REQUIRE(ok.ok());
  CHECK(ok.value.ToString().size() == 28);
  CHECK(ok.value.fits_double());
}

TEST_CASE("ParseFraction: percent and permille prefixes keep the numerator; others divide exactly", "[number]") {
  const std::vector<Case> cases = {
      {"百分之十二", "12"},
      {"百分之五十五点五", "55.5"},
      {"百分之2.08", "2.08"},
      {"千分之五", "5"},
      {"万分之三", "3"},
      {"百分之百", "100"},
      {"三分之二", "0.666667"},
      {"二分之一", "0.5"},
      {"五分之一", "0.2"},
      {"四分之三", "0.75"},
      {"一百分之二", "0.02"},
      {"16分之5", "0.3125"},
      {"十一又十四分之一", "11.071429"},
      {"3又一千分之23", "3.023"},
      {"二十五分之一百四十四", "5.76"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    ParsedNumber n = ParseFraction(c.input);
    REQUIRE(n.ok());
    CHECK(n.value.ToString() == c.expected);
  }
  CHECK(ParseFraction("三分之一", 15).value.ToString() == "0.333333333333333");
  for (const char* s : {"分之一", "三分之", "零分之一", "三分之两两", "三分二", "百分比", "百分之十二%"}) {
    INFO(s);
    CHECK_FALSE(ParseFraction(s).ok());
  }
}

TEST_CASE("ParseTenths: 成 as a percentage", "[number]") {
  const std::vector<Case> cases = {
      {"九成", "90"},  {"七成五", "75"}, {"三成半", "35"}, {"半成", "5"},      {"9.5成", "95"},
      {"十成", "100"}, {"两成", "20"},   {"2成", "20"},    {"八点五成", "85"}, {"1成", "10"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    ParsedNumber n = ParseTenths(c.input);
    REQUIRE(n.ok());
    CHECK(n.value.ToString() == c.expected);
  }
  for (const char* s : {"成", "三成多", "完成", "十一成", "成五", "三成五五", "半成半", "一成不变"}) {
    INFO(s);
    CHECK_FALSE(ParseTenths(s).ok());
  }
}

TEST_CASE("ParseApproxRange: two adjacent digits are an approximate range", "[number]") {
  struct RangeCase {
    const char* input;
    const char* min;
    const char* max;
  };
  const std::vector<RangeCase> cases = {
      {"四五十", "40", "50"},
      {"三四百万", "3000000", "4000000"},
      {"十七八", "17", "18"},
      {"一两百", "100", "200"},
      {"七八", "7", "8"},
      {"二三十", "20", "30"},
      {"五六千亿", "500000000000", "600000000000"},
      {"两三", "2", "3"},
  };
  for (const RangeCase& c : cases) {
    INFO(c.input);
    Decimal lo, hi;
    REQUIRE(ParseApproxRange(c.input, &lo, &hi));
    CHECK(lo.ToString() == c.min);
    CHECK(hi.ToString() == c.max);
  }
  for (const char* s : {"四十", "二〇二四", "九九", "五四十", "一二三", "四五十六七", "四五号", "三四五十"}) {
    INFO(s);
    Decimal lo, hi;
    CHECK_FALSE(ParseApproxRange(s, &lo, &hi));
  }
}

}  // namespace
}  // namespace zhfacts::internal
