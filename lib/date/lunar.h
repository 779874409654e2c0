// The Chinese lunisolar calendar (农历) through ICU's Chinese calendar (icu::ChineseCalendar, obtained with the
// "@calendar=chinese" locale keyword; its class header is not public).
//
// Both the Chinese and the Gregorian calendar are pinned to GMT, so a lunar date maps to the same civil day on
// every machine whatever TZ says: ICU computes new moons at China's meridian internally, and reading both
// calendars in one zone turns its instant back into that civil day. The months whose first day ICU's low-precision
// new moons misplace (春节 2027 is 2027-02-06, not ICU's 02-07) are corrected from a table generated against
// PyEphem (lunar_corrections.inc).
#ifndef ZHFACTS_LIB_DATE_LUNAR_H_
#define ZHFACTS_LIB_DATE_LUNAR_H_

#include <optional>

#include "date/civil.h"

namespace zhfacts::internal {

// The Gregorian date of lunar `month` (1–12; `leap` for 闰月) day `day` (1–30) of the lunar year that begins in
// Gregorian year `year` (农历2024年 = 甲辰年, from 2024-02-10). nullopt if that day does not exist (a 30th in a
// 29-day month, a leap month the year lacks) or ICU fails.
std::optional<Ymd> LunarToGregorian(int year, int month, bool leap, int day);

// The Gregorian year, nearest to `near_year`, whose lunar year has the sexagenary name (stem 0–9 = 甲…癸,
// branch 0–11 = 子…亥); -1 if stem and branch do not belong together (they must have the same parity).
int SexagenaryYear(int stem, int branch, int near_year);
// Nearest year to `near_year` with the given earthly branch (the zodiac animal: 0 = 子/鼠 … 11 = 亥/猪).
int ZodiacYear(int branch, int near_year);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_DATE_LUNAR_H_
