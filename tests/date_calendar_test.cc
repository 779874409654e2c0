// lib/date: civil arithmetic checked exhaustively against ICU's Gregorian calendar, the lunar calendar against
// known 春节 dates, and the whole date engine against the machine's time zone.
#include <catch2/catch.hpp>

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "date/civil.h"
#include "date/lunar.h"
#include "date/numerals.h"
#include "zhfacts/json.h"
#include "zhfacts/zhfacts.h"

namespace {

using zhfacts::internal::Ymd;

// The reference validity: ICU's non-lenient GregorianCalendar (an implementation independent of lib/date, with the
// same proleptic rules as std::chrono::year_month_day::ok() for these years; 1900 is not leap, 2000 is).
class IcuValidity {
 public:
  IcuValidity() {
    UErrorCode status = U_ZERO_ERROR;
    cal_ = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), status);
    REQUIRE(U_SUCCESS(status));
    cal_->setLenient(false);
    cal_->setGregorianChange(-1e300, status);  // proleptic Gregorian, as std::chrono
  }
  bool Valid(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) return false;
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(y, m - 1, d);
    cal_->getTime(status);
    return U_SUCCESS(status);
  }

 private:
  std::unique_ptr<icu::GregorianCalendar> cal_;
};

}  // namespace

TEST_CASE("every Y年M月D日 from 1900 to 2100 agrees with calendar validity", "[date][exhaustive]") {
  IcuValidity reference;
  zhfacts::ExtractorOptions o;
  o.types = 1u << static_cast<unsigned>(zhfacts::RecordType::kDate);
  o.invalid_dates = true;
  auto ex = zhfacts::Extractor::Create(o);
  REQUIRE(ex.ok());
  int mismatches = 0, valid = 0;
  for (int y = 1900; y <= 2100; ++y) {
    // One document per year, one date per line: the whole extractor runs, not only the validity function.
    std::string text;
    for (int m = 0; m <= 13; ++m) {
      for (int d = 0; d <= 32; ++d) {
        text += std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日\n";
      }
    }
    auto doc = ex->Extract(text);
    REQUIRE(doc.ok());
    REQUIRE(doc->records.size() == 14u * 33u);
    std::size_t i = 0;
    for (int m = 0; m <= 13; ++m) {
      for (int d = 0; d <= 32; ++d, ++i) {
        bool expect = reference.Valid(y, m, d);
        bool lib = zhfacts::internal::IsValidDate(y, m, d);
        const zhfacts::Record& r = doc->records[i];
        bool extracted = r.status == "ok" && r.granularity == "day" &&
                         r.value == zhfacts::internal::IsoDay(y, m, d) &&
                         r.text == std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
        valid += expect;
        if (expect != lib || expect != extracted) {
          if (++mismatches < 10) FAIL_CHECK(y << "-" << m << "-" << d << " reference " << expect << " lib " << lib
                                              << " extracted " << r.value << " " << r.status);
        }
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(valid == 73414);  // days from 1900-01-01 to 2100-12-31
}

TEST_CASE("ISO date strings are printf's zero-padded fields", "[date]") {
  using zhfacts::internal::IsoDay;
  using zhfacts::internal::IsoMonth;
  using zhfacts::internal::IsoYear;
  char buf[64];
  for (int y : {-12345, -2024, -5, 0, 7, 99, 999, 1000, 2024, 9999, 10000, 123456}) {
    for (int m : {0, 1, 9, 10, 12, 123}) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, m + 3);
      CHECK(IsoDay(y, m, m + 3) == buf);
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      CHECK(IsoMonth(y, m) == buf);
    }
    std::snprintf(buf, sizeof buf, "%04d", y);
    CHECK(IsoYear(y) == buf);
  }
}

TEST_CASE("civil arithmetic", "[date]") {
  using namespace zhfacts::internal;
  CHECK(DaysFromCivil({1970, 1, 1}) == 0);
  CHECK(IsoDay(CivilFromDays(DaysFromCivil({2024, 2, 28}) + 1)) == "2024-02-29");
  CHECK(IsoDay(AddDays({2023, 12, 31}, 1)) == "2024-01-01");
  CHECK(IsoDay(AddDays({2024, 3, 1}, -1)) == "2024-02-29");
  CHECK(Weekday({2024, 5, 20}) == 0);  // a Monday
  CHECK(Weekday({2024, 5, 26}) == 6);
  int y = 2024, m = 1;
  AddMonths(&y, &m, -1);
  CHECK((y == 2023 && m == 12));
  AddMonths(&y, &m, 14);
  CHECK((y == 2025 && m == 2));
  CHECK(IsoQuarter(2024, 1) == "2024-Q1");
  CHECK(IsoHalf(2024, 2) == "2024-H2");
  CHECK(IsoYear(789) == "0789");
}

TEST_CASE("date numerals", "[date]") {
  using namespace zhfacts::internal;
  struct {
    const char* s;
    int v;
  } small[] = {{"3", 3}, {"03", 3}, {"31", 31}, {"十", 10}, {"十二", 12}, {"二十", 20}, {"二十三", 23},
               {"三十一", 31}, {"廿一", 21}, {"九", 9}, {"一十", -1}, {"十十", -1}, {"123", -1}, {"", -1}, {"零", -1}};
  for (const auto& c : small) {
    INFO(c.s);
    CHECK(ParseSmallNumber(c.s) == c.v);
  }
  CHECK(ParseYearDigits("2024") == 2024);
  CHECK(ParseYearDigits("二〇二四") == 2024);
  CHECK(ParseYearDigits("二零二四") == 2024);
  CHECK(ParseYearDigits("两千零四") == -1);
  CHECK(ParseYearDigits("202") == -1);
  CHECK(ParseLunarDay("初一") == 1);
  CHECK(ParseLunarDay("初十") == 10);
  CHECK(ParseLunarDay("廿九") == 29);
  CHECK(ParseLunarDay("三十") == 30);
  CHECK(ParseLunarDay("初十一") == -1);
  CHECK(ParseLunarMonth("正") == 1);
  CHECK(ParseLunarMonth("腊") == 12);
}

TEST_CASE("lunar calendar through ICU", "[date]") {
  using namespace zhfacts::internal;
  // 春节 (正月初一) of known years.
  struct {
    int year;
    const char* spring_festival;
  } cases[] = {{1900, "1900-01-31"}, {2000, "2000-02-05"}, {2020, "2020-01-25"}, {2023, "2023-01-22"},
               {2024, "2024-02-10"}, {2025, "2025-01-29"}, {2026, "2026-02-17"}, {2033, "2033-01-31"}};
  for (const auto& c : cases) {
    INFO(c.year);
    auto d = LunarToGregorian(c.year, 1, false, 1);
    REQUIRE(d);
    CHECK(IsoDay(*d) == c.spring_festival);
  }
  CHECK(IsoDay(*LunarToGregorian(2024, 8, false, 15)) == "2024-09-17");  // 中秋节
  CHECK(IsoDay(*LunarToGregorian(2023, 2, true, 1)) == "2023-03-22");    // 闰二月初一
  CHECK(!LunarToGregorian(2024, 2, true, 1));                            // 2024 has no 闰二月
  CHECK(!LunarToGregorian(2024, 1, false, 30));                          // 正月 2024 has 29 days
  // Months whose first day ICU's new moons misplace (lunar_corrections.inc): the new moon of 2027-02-06 is at 23:56
  // in China, that of 2030-02-03 at 00:07.
  CHECK(IsoDay(*LunarToGregorian(2027, 1, false, 1)) == "2027-02-06");   // 春节 2027
  CHECK(IsoDay(*LunarToGregorian(2027, 1, false, 15)) == "2027-02-20");  // 元宵节 2027
  CHECK(IsoDay(*LunarToGregorian(2030, 1, false, 1)) == "2030-02-03");   // 春节 2030
  CHECK(IsoDay(*LunarToGregorian(2026, 12, false, 29)) == "2027-02-05"); // 除夕 2027
  CHECK(!LunarToGregorian(2026, 12, false, 30));                         // 腊月 2026 has 29 days
  CHECK(IsoDay(*LunarToGregorian(2018, 10, false, 1)) == "2018-11-08");  // 十月初一 2018
  CHECK(SexagenaryYear(0, 4, 2024) == 2024);                             // 甲辰
  CHECK(SexagenaryYear(0, 0, 2024) == 2044);                             // 甲子: nearest to 2024
  CHECK(SexagenaryYear(0, 1, 2024) == -1);                               // 甲丑 does not exist
  CHECK(ZodiacYear(4, 2024) == 2024);                                    // 龙
  CHECK(ZodiacYear(5, 2024) == 2025);                                    // 蛇
}

TEST_CASE("lunar conversions are memoized without changing an answer", "[date]") {
  using namespace zhfacts::internal;
  // Asked twice (the second answer from the cache), every day of three lunar years, leap months included, gives
  // the same answer, and the answers stay consistent: consecutive lunar days are consecutive civil days.
  for (int pass = 0; pass < 2; ++pass) {
    for (int year : {2023, 2024, 2025}) {
      int converted = 0;
      for (int month = 1; month <= 12; ++month) {
        for (bool leap : {false, true}) {
          for (int day = 1; day <= 30; ++day) {
            auto a = LunarToGregorian(year, month, leap, day);
            auto b = LunarToGregorian(year, month, leap, day);
            INFO(year << "-" << month << (leap ? "L" : "") << "-" << day);
            REQUIRE(a.has_value() == b.has_value());
            if (!a) continue;
            ++converted;
            CHECK(IsoDay(*a) == IsoDay(*b));
            if (day > 1) {
              auto prev = LunarToGregorian(year, month, leap, day - 1);
              REQUIRE(prev);
              CHECK(DaysFromCivil(*a) == DaysFromCivil(*prev) + 1);
            }
          }
        }
      }
      CHECK(converted >= 353);  // a lunar year has 353–355 days, 383–385 with a leap month
    }
  }
  CHECK(IsoDay(*LunarToGregorian(2024, 1, false, 1)) == "2024-02-10");
  CHECK(!LunarToGregorian(2024, 2, true, 1));
}

TEST_CASE("results do not depend on the machine's time zone", "[date]") {
  const std::string text =
      "2025-03-27 08:22 来源:市统计局\n"
      "今年以来,全市规上工业增加值增长6%。春节期间接待游客120万人次,农历正月初一至初七客流最高;"
      "农历乙巳蛇年端午节、中秋节和国庆假期预计再创新高。截至2024年底,累计投资超百亿元;"
      "“十四五”以来,昨天,上周,近三年,1—2月。";
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  auto run = [&](const char* tz) {
    setenv("TZ", tz, 1);
    tzset();
    // Make ICU re-read the zone too, so that a calendar left in the default zone would show the difference.
    icu::TimeZone::adoptDefault(icu::TimeZone::detectHostTimeZone());
    auto doc = ex->Extract(text);
    REQUIRE(doc.ok());
    std::string out;
    for (const auto& r : doc->records) out += zhfacts::ToJson(r).dump() + "\n";
    return out + doc->reference_date;
  };
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  std::string utc = run("UTC");
  std::string shanghai = run("Asia/Shanghai");
  std::string kiritimati = run("Pacific/Kiritimati");  // UTC+14
  std::string honolulu = run("Pacific/Honolulu");      // UTC-10
  if (old) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  icu::TimeZone::adoptDefault(icu::TimeZone::detectHostTimeZone());
  CHECK(utc.find("\"2025-01-29\"") != std::string::npos);  // 春节 2025, through ICU
  CHECK(utc.find("\"2025-05-31\"") != std::string::npos);  // 端午 2025
  CHECK(utc == shanghai);
  CHECK(utc == kiritimati);
  CHECK(utc == honolulu);
}

TEST_CASE("issue 4: date extraction is the same from many threads at once", "[date]") {
  // Lunar dates create ICU calendars per call; contexts, tables and RE2 objects are shared read-only.
  const std::string text = "农历甲辰龙年春节期间,今年以来,上半年,3月22日,“十四五”以来,农历2023年闰二月初一。";
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-05-20";
  auto dump = [&] {
    std::string out;
    auto doc = ex->Extract(text, ctx);
    if (!doc.ok()) return out;
    for (const auto& r : doc->records) out += zhfacts::ToJson(r).dump() + "\n";
    return out;
  };
  const std::string expected = dump();
  REQUIRE(!expected.empty());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 20; ++k) results[i] = dump();
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == expected);
}
