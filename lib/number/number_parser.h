// Numerals as written in Chinese news: Arabic (1,234.5), Chinese (两千万, 一百二十亿, 壹佰), mixed (1.2万, 2.5万亿),
// positional years (二〇二四), percent (12%, 百分之十二), permille (‰, 千分之五) and fractions (三分之二).
#ifndef ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_
#define ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_

#include <string_view>

#include "number/decimal.h"

namespace zhfacts::internal {

enum class NumberStatus {
  kOk,
  kInvalid,   // not a numeral
  kOverflow,  // a numeral, but beyond Decimal's limits (10^400, 九千九百九十九亿亿亿…亿): value is not usable
};

struct ParsedNumber {
  NumberStatus status = NumberStatus::kInvalid;
  Decimal value;
  bool ok() const { return status == NumberStatus::kOk; }
};

// Parses the whole of s as one number: "253.63亿" → 25363000000; "两千万" → 20000000; "1,234.5"; "二〇二四" → 2024.
// Magnitude characters (十百千万亿) are folded in. Returns kInvalid unless all of s is consumed.
ParsedNumber ParseNumber(std::string_view s);

// "百分之十二" → 12; "千分之五" → 5 (the caller knows the unit from the text); "三分之二" → 0.666… (rounded to
// 6 places). Returns kInvalid when s is not such a form.
ParsedNumber ParseFraction(std::string_view s);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NUMBER_NUMBER_PARSER_H_
