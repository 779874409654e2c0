// ScanNumbers: every number in free text, with byte spans and exact values — a general-purpose recognizer over raw
// (un-normalized) text, used by the conformance runner and usable by any extractor that needs "all figures".
//
//   std::vector<ScannedNumber> found;
//   ScanNumbers("增长百分之十二，约1.2万人，九成企业", &found);
//   // found[0]: kPercent  "百分之十二"  value 12      percent 12
//   // found[1]: kNumber   "1.2万"      value 12000
//   // found[2]: kTenths   "九成"       value 9       percent 90
//
// What it reads, beyond ParseNumber's forms: full-width digits and punctuation (１２．５％), spaces inside a numeral
// (一百 五 十 二, 7 万5 千4 百), signs (-5, 负三十二), 余/多/几 before a magnitude (十余万 = 100000), e-notation and
// powers (2e5, 2^5), k/M suffixes (40k), Chinese and Arabic fractions (三分之二, 一又二分之一, 3/5, 1 3/5),
// percent forms (12%, 百分之十二, 千分之五, ‰, 6个百分点, 2个千分点), tenths (九成, 七成五), discounts (八折, 九五折),
// dozens (一打) and approximate pairs (四五十). Words whose characters are numerals but that are not numbers (四川,
// 一切, 队伍, 收拾, 陆地 …) are skipped, and so is text inside URLs.
//
// Magnitudes without a digit (万, 百亿, 千万) are not reported: 千万 is also "by all means" and 百亿级 a class label;
// extractors that want 超百亿元 read it with ParseNumber next to its cue.
//
// Never fails: unparseable runs are skipped; absurd runs (10^7 digits) give one kOverflow item in linear time and
// memory. Texts of 4 GiB or more are not scanned.
#ifndef ZHFACTS_LIB_NUMBER_NUMBER_SCANNER_H_
#define ZHFACTS_LIB_NUMBER_NUMBER_SCANNER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "number/decimal.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

enum class ScannedKind {
  kNumber,           // 1,234.5 / 两千万 / 2e5
  kFraction,         // 三分之二 / 3/5 / 一又二分之一: value is the quotient (15 places)
  kPercent,          // 12% / 百分之十二: percent = value
  kPermille,         // 5‰ / 千分之五: percent = value / 10
  kPerMagnitude,     // 万分之三, 百万分之五: percent = value × 100 / denominator
  kPercentagePoint,  // 6个百分点: percent = value (a difference of percentages)
  kTenths,           // 九成: value 9, percent 90
  kDiscount,         // 八折: value 8, percent 80 (price as a share of the original)
  kApproxRange,      // 四五十: value_min 40, value_max 50 (value is value_min)
  kPermillePoint,    // 2个千分点: percent = value / 10 (a difference of permilles)
};

struct ScannedNumber {
  std::size_t begin = 0;  // byte span [begin, end) of the whole form in the scanned text
  std::size_t end = 0;
  std::size_t number_begin = 0;  // byte span of the numeral itself (百分之[十二], [6]个百分点)
  std::size_t number_end = 0;
  ScannedKind kind = ScannedKind::kNumber;
  NumberStatus status = NumberStatus::kOk;  // kOverflow: value is not usable
  Decimal value;
  Decimal percent;           // percent-like kinds: the figure as a percentage
  bool lower_bound = false;  // 十余万, 一千多万, 二十几万: written with 余/多/几, the value is a lower bound
  Decimal value_min;         // kApproxRange
  Decimal value_max;
  bool is_percent_like() const {
    return kind != ScannedKind::kNumber && kind != ScannedKind::kFraction && kind != ScannedKind::kApproxRange;
  }
};

// Appends the numbers of `text` (UTF-8; ill-formed bytes are treated as non-numeral characters) to `out`, in text
// order, non-overlapping.
void ScanNumbers(std::string_view text, std::vector<ScannedNumber>* out);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NUMBER_NUMBER_SCANNER_H_
