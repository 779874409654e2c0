#include "date/civil.h"

#include <cstdio>

namespace zhfacts::internal {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month);
}

std::int64_t DaysFromCivil(const Ymd& d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (d.month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  Ymd r;
  r.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.year = static_cast<int>(yoe + era * 400 + (r.month <= 2 ? 1 : 0));
  return r;
}

Ymd AddDays(const Ymd& d, std::int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

void AddMonths(int* year, int* month, int n) {
  int total = *year * 12 + (*month - 1) + n;
  *year = total / 12;
  *month = total % 12 + 1;
}

int Weekday(const Ymd& d) {
  std::int64_t z = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

namespace {

// n as at least `width` digits, zero-padded, like printf's %0*d (a minus sign first when negative), written at p
// (at most 16 bytes for the widths used here); returns the end. The Iso* strings are built in one go from these.
char* WritePadded(int n, int width, char* p) {
  if (n < 0) {
    *p++ = '-';
    --width;  // printf counts the sign in the width
    n = -n;   // years are far from INT_MIN
  }
  char digits[16];
  int k = 0;
  do {
    digits[k++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0);
  for (int pad = width - k; pad > 0; --pad) *p++ = '0';
  while (k > 0) *p++ = digits[--k];
  return p;
}

}  // namespace

std::string IsoDay(int year, int month, int day) {
  char buf[64];
  char* p = WritePadded(year, 4, buf);
  *p++ = '-';
  p = WritePadded(month, 2, p);
  *p++ = '-';
  p = WritePadded(day, 2, p);
  return std::string(buf, p);
}
std::string IsoDay(const Ymd& d) { return IsoDay(d.year, d.month, d.day); }

std::string IsoMonth(int year, int month) {
  char buf[64];
  char* p = WritePadded(year, 4, buf);
  *p++ = '-';
  p = WritePadded(month, 2, p);
  return std::string(buf, p);
}

std::string IsoYear(int year) {
  char buf[32];
  return std::string(buf, WritePadded(year, 4, buf));
}

std::string IsoQuarter(int year, int quarter) { return IsoYear(year) + "-Q" + std::to_string(quarter); }
std::string IsoHalf(int year, int half) { return IsoYear(year) + "-H" + std::to_string(half); }

}  // namespace zhfacts::internal
