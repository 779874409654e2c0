// Civil (proleptic Gregorian) calendar arithmetic and ISO 8601 formatting for the date engine.
//
// Pure integer arithmetic on (year, month, day): nothing here reads the clock, the locale or the time zone, so a
// date resolves the same way on every machine. Day numbers count days since 1970-01-01 (Howard Hinnant's
// days_from_civil algorithm, the one std::chrono::year_month_day uses).
#ifndef ZHFACTS_LIB_DATE_CIVIL_H_
#define ZHFACTS_LIB_DATE_CIVIL_H_

#include <cstdint>
#include <string>

namespace zhfacts::internal {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

bool IsLeapYear(int year);
// 28–31 for month 1–12; 0 for any other month.
int DaysInMonth(int year, int month);
// True when the date exists: year 1–9999, month 1–12, day 1–DaysInMonth.
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before). Only meaningful for valid dates.
std::int64_t DaysFromCivil(const Ymd& d);
Ymd CivilFromDays(std::int64_t days);
Ymd AddDays(const Ymd& d, std::int64_t n);
// Shifts year/month by n months (month stays 1–12); the day is left as is.
void AddMonths(int* year, int* month, int n);
// 0 = Monday … 6 = Sunday.
int Weekday(const Ymd& d);

// "2024-03-22", "2024-03", "2024", "2024-Q1", "2024-H1". Years are written with four digits.
std::string IsoDay(const Ymd& d);
std::string IsoDay(int year, int month, int day);
std::string IsoMonth(int year, int month);
std::string IsoYear(int year);
std::string IsoQuarter(int year, int quarter);
std::string IsoHalf(int year, int half);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_DATE_CIVIL_H_
