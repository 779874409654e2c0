// Pattern fragments shared by the rules of several dimensions (RE2 syntax, no capturing groups).
#ifndef ZHFACTS_LIB_EXTRACT_PATTERNS_H_
#define ZHFACTS_LIB_EXTRACT_PATTERNS_H_

#include <string>
#include <string_view>
#include <vector>

namespace zhfacts::internal::patterns {

// "(?:w1|w2|…)" matching any of the words literally, longest first (RE2 alternation is leftmost-first, so 平方公里
// must be tried before 公里). Empty words are skipped; an empty list gives a pattern that never matches.
std::string Alternation(std::vector<std::string> words);

// An Arabic number: 1,234.5 / 253.63 / 80.
inline constexpr const char kArabic[] = R"((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)";
// Chinese numeral characters (the table kNumerals in lib/number/number_parser.cc): digits, and digits + magnitudes.
// 兆 is left out of these classes on purpose: in mainland news it is the unit prefix of 兆瓦/兆帕 far more often
// than 10^12. kNumber takes 兆 = 10^12 only inside a longer numeral (四十九兆九千五百九十二亿, Taiwan usage).
inline constexpr const char kCnDigit[] = "[零〇○一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖兩]";
inline constexpr const char kCnNumeral[] =
    "[零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億]+";
// A magnitude suffix after Arabic digits: 1.2万, 3千万, 2.5万亿.
inline constexpr const char kMagnitude[] = "[十百千万亿萬億]*";
// Any number ParseNumber accepts, and nothing wider:
//   Arabic, optionally with magnitudes and more Arabic groups: 1,234.5 / 1.2万 / 3千万 / 5万4千6百 / 1千零20;
//   Chinese, optionally with 点 and fractional digits (two is not a fractional digit), which magnitudes may still
//   follow: 两千万 / 一百二十亿 / 三点五 / 三点五亿 / 二〇二四.
// It matches a lone 一 (一道, 一号) or 万 (万物) too: rules must require a unit or a cue next to it, and the
// production must check ParseNumber's status (千方百计 matches 千 and 百 as text but never carries a unit).
inline constexpr const char kNumber[] =
    R"((?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:[十百千万亿拾佰仟萬億]+(?:[零〇][十拾])?[零〇]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)*)"
    R"((?:[十百千万亿拾佰仟萬億]+(?:[零〇][十拾])?)?)"
    R"(|(?:[零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億]+兆)?)"
    R"([零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億]+)"
    R"((?:[点點][零〇○一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]+[十百千万亿萬億]*)?))";
// kNumber's two alternatives, for a rule that rebuilds its pattern for one text (Rule::restrict): the Arabic one
// needs an ASCII digit, the Chinese one a character of kNumberChineseChars. kNumber is "(?:" + kNumberArabic + "|" +
// kNumberChinese + ")" (tested), and Number(true, true) is kNumber.
inline constexpr const char kNumberArabic[] =
    R"((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:[十百千万亿拾佰仟萬億]+(?:[零〇][十拾])?[零〇]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)*)"
    R"((?:[十百千万亿拾佰仟萬億]+(?:[零〇][十拾])?)?)";
inline constexpr const char kNumberChinese[] =
    R"((?:[零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億]+兆)?)"
    R"([零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億]+)"
    R"((?:[点點][零〇○一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]+[十百千万亿萬億]*)?)";
inline constexpr const char kNumberChineseChars[] = "零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億";
// kNumber with only the alternatives asked for, in the same order; neither: a pattern that never matches.
std::string Number(bool arabic, bool chinese);
// The words joining a range's two ends in normalized text (the normalizer unifies the dashes to —): 50亿元至100亿元,
// 9月下旬至10月中旬.
inline constexpr std::string_view kRangeJoints[] = {"至", "到", "—", "-", "~"};
// Characters before 近 + a span of time that make it a duration, not a recent period (历时近3年, 工期近20个月,
// 缩短近20分钟): date.recent reads no date after them, and a quantity keeps its qualifier 近.
inline constexpr std::u32string_view kDurationBefore = U"时了达经用耗历续约期短长";
// A pattern that never matches (an empty character class).
inline constexpr const char kNever[] = "(?:[^\\x00-\\x{10FFFF}])";
// An approximate pair of adjacent digits, 四五十 / 三四百万 / 十七八 / 一两百: validate with ParseApproxRange (the
// pattern cannot check that the two digits are consecutive).
inline constexpr const char kApproxRange[] =
    "(?:[零一二两三四五六七八九十百千万亿]*[一两二三四五六七八九]{2}[十百千万亿]*)";
// Tenths (九成 = 90 percent, 七成五, 三成半, 半成, 9.5成): validate with ParseTenths.
inline constexpr const char kTenths[] =
    R"((?:(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]|半)成(?:[一二三四五六七八九]|半)?))";
// Per-hundred/-thousand/-ten-thousand prefixes: 百分之十二 (percent), 千分之五 (permille), 万分之三.
inline constexpr const char kPerPrefix[] = "(?:百分之|千分之|万分之|萬分之)";
// A range dash, after normalization (— – － ~ ～ are unified to "—" by the normalizer; 至 and 到 also join ranges).
inline constexpr const char kRangeJoin[] = "(?:—|-|~|至|到)";

}  // namespace zhfacts::internal::patterns

#endif  // ZHFACTS_LIB_EXTRACT_PATTERNS_H_
