// Pattern fragments shared by the rules of several dimensions (RE2 syntax, no capturing groups).
#ifndef ZHFACTS_LIB_EXTRACT_PATTERNS_H_
#define ZHFACTS_LIB_EXTRACT_PATTERNS_H_

#include <string>
#include <vector>

namespace zhfacts::internal::patterns {

// "(?:w1|w2|…)" matching any of the words literally, longest first (RE2 alternation is leftmost-first, so 平方公里
// must be tried before 公里). Empty words are skipped; an empty list gives a pattern that never matches.
std::string Alternation(std::vector<std::string> words);

// An Arabic number: 1,234.5 / 253.63 / 80.
inline constexpr const char kArabic[] = R"((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)";
// Chinese numeral characters, digits and magnitudes.
inline constexpr const char kCnDigit[] = "[零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖]";
inline constexpr const char kCnNumeral[] = "[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+";
// A magnitude suffix after Arabic digits: 1.2万, 3千万, 2.5万亿.
inline constexpr const char kMagnitude[] = "[十百千万亿]*";
// Any number: Arabic with optional magnitude, or a Chinese numeral (possibly with 点: 三点五).
inline constexpr const char kNumber[] =
    R"((?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?[十百千万亿]*|[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?[万亿]*))";
// A range dash, after normalization (— – － ~ ～ are unified to "—" by the normalizer; 至 and 到 also join ranges).
inline constexpr const char kRangeJoin[] = "(?:—|-|~|至|到)";

}  // namespace zhfacts::internal::patterns

#endif  // ZHFACTS_LIB_EXTRACT_PATTERNS_H_
