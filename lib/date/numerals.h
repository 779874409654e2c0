// The small numerals of dates: months and days (3, 03, 十二, 二十三, 廿三, 初五), and years written digit by digit
// (2024, 二〇二四, 二零二四). A closed grammar, kept apart from lib/number so that dates never depend on magnitude
// folding (两千年 is not a year here).
#ifndef ZHFACTS_LIB_DATE_NUMERALS_H_
#define ZHFACTS_LIB_DATE_NUMERALS_H_

#include <string_view>

namespace zhfacts::internal {

// 0–99 written as 1–2 ASCII digits, or Chinese 一…九, 十, 十一…十九, 二十…九十九, 廿一, 卅, with 〇/零 allowed as a
// digit (二〇 = 20 is not accepted: only 十-forms). -1 if s is not such a numeral.
int ParseSmallNumber(std::string_view s);

// A four-digit year written positionally: "2024", "二〇二四", "二零二四". -1 otherwise.
int ParseYearDigits(std::string_view s);

// A year read as a number of thousands: 两千 = 2000, 两千零四 = 2004, 二千零二十四 = 2024. -1 otherwise.
int ParseThousandsYear(std::string_view s);

// A two-digit year: 07 / 零七 → 2007, 98 → 1998 (00–49 → 20xx, 50–99 → 19xx). -1 otherwise.
int ParseShortYear(std::string_view s);

// A three-digit year written positionally: "789", "三六七". -1 otherwise.
int ParseThreeDigitYear(std::string_view s);

// A lunar day: 初一…初十, 十一…十九, 二十, 廿一…廿九, 二十一…二十九, 三十, or a plain small number. -1 otherwise.
int ParseLunarDay(std::string_view s);

// A lunar month name: 正月 = 1, 冬月 = 11, 腊月 = 12, else ParseSmallNumber of s (without 月). -1 otherwise.
int ParseLunarMonth(std::string_view s);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_DATE_NUMERALS_H_
