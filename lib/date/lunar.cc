#include "date/lunar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace zhfacts::internal {

namespace {

// Chinese calendar extended years count from 2637 BCE: the lunar year starting in Gregorian 2024 is 4661.
constexpr int kChineseEpochOffset = 2637;

// The conversion itself. *settled is false when ICU failed (an answer that a later call might not give).
std::optional<Ymd> Convert(int year, int month, bool leap, int day, bool* settled) {
  *settled = false;
  UErrorCode status = U_ZERO_ERROR;
  // A new calendar per call: ICU calendars are not thread-safe, and lunar dates are rare in the text.
  std::unique_ptr<icu::Calendar> chinese(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
  if (U_FAILURE(status) || !chinese) return std::nullopt;
  chinese->setLenient(false);
  chinese->clear();
  chinese->set(UCAL_EXTENDED_YEAR, year + kChineseEpochOffset);
  chinese->set(UCAL_MONTH, month - 1);
  chinese->set(UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
  chinese->set(UCAL_DATE, day);
  UDate when = chinese->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  // Non-lenient calendars reject some overflows but not all: check the fields survive the round trip.
  if (chinese->get(UCAL_MONTH, status) != month - 1 || chinese->get(UCAL_DATE, status) != day ||
      (chinese->get(UCAL_IS_LEAP_MONTH, status) != 0) != leap || U_FAILURE(status)) {
    *settled = U_SUCCESS(status);  // the day does not exist
    return std::nullopt;
  }
  icu::GregorianCalendar gregorian(icu::TimeZone::getGMT()->clone(), icu::Locale::getRoot(), status);
  if (U_FAILURE(status)) return std::nullopt;
  gregorian.setTime(when, status);
  Ymd r;
  r.year = gregorian.get(UCAL_YEAR, status);
  r.month = gregorian.get(UCAL_MONTH, status) + 1;
  r.day = gregorian.get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  *settled = true;
  return r;
}

}  // namespace

std::optional<Ymd> LunarToGregorian(int year, int month, bool leap, int day) {
  if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  // One conversion costs about 370,000 instructions (a Chinese and a Gregorian calendar created and computed), as
  // much as extracting a whole paragraph, and news repeat the same few holidays (春节, 中秋) and lunar dates. The
  // answers are memoized process-wide: the function is pure, so the cache changes no result. Conversions run under
  // the same lock: ICU's calendar code fills process-wide caches of its own on first use, which TSan saw race
  // between two threads converting at once (tier 3), and conversions are too rare for the lock to cost anything.
  static std::mutex mu;
  static std::unordered_map<std::uint32_t, std::optional<Ymd>> cache;
  constexpr std::size_t kMaxCached = 4096;
  const std::uint32_t key = static_cast<std::uint32_t>(year) << 11 | static_cast<std::uint32_t>(month) << 6 |
                            (leap ? 32u : 0u) | static_cast<std::uint32_t>(day);
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  bool settled = false;
  std::optional<Ymd> r = Convert(year, month, leap, day, &settled);
  if (settled && cache.size() < kMaxCached) cache.emplace(key, r);
  return r;
}

int SexagenaryYear(int stem, int branch, int near_year) {
  if (stem < 0 || stem > 9 || branch < 0 || branch > 11 || (stem % 2) != (branch % 2)) return -1;
  // 1984 was 甲子 (stem 0, branch 0); the cycle index of year y is (y - 1984) mod 60.
  int index = -1;
  for (int i = 0; i < 60; ++i) {
    if (i % 10 == stem && i % 12 == branch) index = i;
  }
  int base = near_year - ((((near_year - 1984) % 60) + 60) % 60);  // the 甲子 year at or before near_year
  int y = base + index;
  if (y - near_year > 30) y -= 60;
  if (near_year - y > 30) y += 60;
  return y;
}

int ZodiacYear(int branch, int near_year) {
  if (branch < 0 || branch > 11) return -1;
  int offset = ((((near_year - 1984) % 12) + 12) % 12);  // branch of near_year
  int delta = branch - offset;
  if (delta > 6) delta -= 12;
  if (delta < -5) delta += 12;
  return near_year + delta;
}

}  // namespace zhfacts::internal
