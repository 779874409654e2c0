// Numerals as written in Chinese news: Arabic (1,234.5), Chinese (两千万, 一百二十亿, 壹佰), mixed (1.2万, 2.5万亿),
// positional years (二〇二四), percent (12%, 百分之十二), permille (‰, 千分之五), fractions (三分之二), tenths (九成)
// and approximate pairs (四五十).
//
//   ParsedNumber n = ParseNumber("253.63亿");   // n.ok(), n.value.ToString() == "25363000000"
//   ParseNumber("一万五").value                 // 15000 (a digit after a magnitude is one step below it)
//   ParseNumber("一万零五").value               // 10005
//   ParseNumber("一号").status                  // kInvalid: 号 is not a numeral
//   ParseNumber(std::string(400, '9') + "0")   // kOverflow, in one linear pass
#ifndef ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_
#define ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_

#include <cstddef>
#include <string_view>

#include "number/decimal.h"

namespace zhfacts::internal {

enum class NumberStatus {
  kOk,
  kInvalid,   // not a numeral
  kOverflow,  // a numeral, but beyond Decimal's limits (10^400, 九千九百九十九亿亿…亿): value is not usable
};

struct ParsedNumber {
  NumberStatus status = NumberStatus::kInvalid;
  Decimal value;
  bool ok() const { return status == NumberStatus::kOk; }
};

// The numeral table (kNumerals): the digit 0–9 of a numeral character or -1; its magnitude (power of ten of
// 十百千万亿兆) or 0. For scanners that need to know where a numeral may start or continue.
int NumeralDigit(char32_t cp);
int NumeralMagnitude(char32_t cp);

// Parses the whole of s as one number; kInvalid unless all of s is consumed. Accepted:
//   Arabic     80, 253.63, 1,234.5 (groups of three after the first comma)
//   Chinese    零〇一二两三四五六七八九 十百千万亿兆, financial 壹贰叁肆伍陆柒捌玖拾佰仟, traditional 萬億兩貳陸…;
//              十 alone or leading (十二 = 12), 一万五 = 15000, 三千五 = 3500, 一万零五 = 10005, 四万万 = 4×10^8,
//              亿 alone = 10^8 (超亿元), 三点五 = 3.5, 三点五亿 = 350000000, 两千万点五 = 20000000.5
//   positional 二〇二四 = 2024 (two or more digits with no magnitude; 两 is not positional)
//   mixed      1.2万, 3千万, 2.5万亿, 5万4千6百, 3万4000
// Not accepted: signs, spaces, units, 余/多/几, 四五十 (see ParseApproxRange), digits of both scripts in one numeral
// (1万三), a 零 before 百千万亿 or at the end (一千零), 点 after Arabic digits. No allocation for short Arabic
// numbers; linear time and bounded memory for any input.
ParsedNumber ParseNumber(std::string_view s);

// The longest prefix of s that ParseNumber accepts, in one left-to-right pass: *consumed is its length in bytes
// (0 and kInvalid when there is none). "五十千" → 50 (6 bytes); "12,34" → 12; "1.2万人" → 12000.
ParsedNumber ParseNumberPrefix(std::string_view s, std::size_t* consumed);

// Fractions "X分之Y", optionally "A又X分之Y" (A + Y/X). When X is a bare magnitude (百, 千, 万, 百万 …) the result is
// Y itself: "百分之十二" → 12 (percent), "千分之五" → 5 (permille); the caller knows the unit from the text.
// Otherwise Y/X rounded to `places` digits after the point: "三分之二" → 0.666667. kInvalid for anything else
// (a zero or over-long denominator included).
ParsedNumber ParseFraction(std::string_view s, int places = 6);

// Tenths as a percentage: "九成" → 90, "七成五" → 75, "三成半" → 35, "半成" → 5, "9.5成" → 95, "十成" → 100.
// Qualifiers (多, 左右) are the caller's business: "三成多" is kInvalid.
ParsedNumber ParseTenths(std::string_view s);

// Approximate figures written as two adjacent digits: "四五十" → [40, 50], "三四百万" → [3000000, 4000000],
// "十七八" → [17, 18], "一两百" → [100, 200], "七八" → [7, 8]. Returns false (outputs untouched) unless s is exactly
// one such form.
bool ParseApproxRange(std::string_view s, Decimal* min, Decimal* max);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_
