// Pieces shared by the money, growth and percentage rules: the qualifier lexicon (qualifiers.tsv), amounts with
// magnitudes written apart from their number (1000余万元), and lists of figures (7.0%和6.3%, 10.0、5.2和0.5).
#ifndef ZHFACTS_LIB_EXTRACT_FIGURES_H_
#define ZHFACTS_LIB_EXTRACT_FIGURES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rule.h"
#include "lexicon/lexicon.h"
#include "normalize/utf8.h"
#include "number/decimal.h"
#include "zhfacts/record.h"
#include "zhfacts/status.h"

namespace zhfacts::internal {

// qualifiers.tsv, compiled: the qualifier of each word and one alternation pattern per position.
struct QualifierWords {
  struct Entry {
    std::string word;
    Qualifier qualifier;
    std::string position;  // prefix | infix | suffix | measure-infix | measure-suffix
  };
  std::vector<Entry> entries;
  std::string prefix;  // "(?:超过|超|…)" (longest first; never matches if the table has no such rows)
  std::string infix;
  std::string suffix;
  // The words of quantities and compute power (measure.h): the prefix rows, and the suffix rows with the
  // measure-suffix ones (3吨多, 3公里内), in the table's order.
  std::vector<std::string> measure_prefixes, measure_suffixes;

  // The qualifier of `word` at `position`; kExact if it is not listed (or empty).
  Qualifier Find(std::string_view word, std::string_view position) const;
  // The qualifier of `word` in any position (a measure's prefix, infix or suffix); kExact if not listed.
  Qualifier Any(std::string_view word) const;
};

// Reads qualifiers.tsv. kInvalidLexicon naming the row (file:line) on an unknown qualifier or position.
Result<std::shared_ptr<const QualifierWords>> LoadQualifierWords(const Lexicons& lex);

// Qualifier from its record name ("approx"); false if unknown.
bool QualifierFromName(std::string_view name, Qualifier* q);

// The qualifier of a figure with an optional prefix word and suffix word: the suffix wins when both are given
// (约…以上 is still "over"), except that neither overrides a range.
Qualifier CombineQualifiers(Qualifier prefix, Qualifier suffix);

// Multiplies *value by the magnitude characters in `magnitudes` (十百千万亿, in any combination: 千万 = 10^7).
// False if `magnitudes` holds anything else.
bool ApplyMagnitudes(std::string_view magnitudes, Decimal* value);

// Parses a number (patterns::kNumber) followed by separately written magnitudes: ("1000", "万") → 10000000.
bool ParseAmount(std::string_view number, std::string_view magnitudes, Decimal* value);

// The trailing magnitude characters of an Arabic number with magnitudes ("10亿" → "亿", "5千万" → "千万"), or of a
// Chinese numeral its trailing 万/亿 ("十亿" → "亿"). Used to give the first end of 5—10亿元 its magnitude.
std::string_view TrailingMagnitude(std::string_view number);

// The metric words of metrics.tsv written in Latin letters (GDP, CPI), upper-cased and sorted. Letters right before a
// number are a code (A320, GB/T4754) unless they spell one of these: 长沙市GDP1.5万亿元 is an amount.
std::shared_ptr<const std::vector<std::string>> LatinMetricWords(const Lexicons& lex);
// Whether the ASCII letters ending at `pos` spell one of `words` (LatinMetricWords), with no letter or digit before.
bool LatinMetricEndsAt(std::string_view text, std::size_t pos, const std::vector<std::string>& words);

// v as record value text; marks the record "overflow" (record.h) when v is beyond double range.
std::string ValueText(const Decimal& v, Record* r);

// The minus signs before a number: ASCII, U+2212, and the dash the normalizer makes of a full-width minus (－).
inline constexpr std::string_view kMinusSigns[] = {"-", "\u2212", "\u2014"};

// The length of a minus sign (kMinusSigns) standing right before `pos` after a word that introduces a figure (为, 是,
// 达, a colon, an opening bracket, a comma …): 净利润为-1.28亿元, 上年同期为－0.5亿元. 0 if none; never after a digit
// or letter (2023-2024, GB-1), nor in a Chinese dash (——).
std::size_t MinusSignBefore(std::string_view text, std::size_t pos);

// True if the number has no digit at all (百亿, 千万, 亿): a bare magnitude.
bool IsBareMagnitude(std::string_view number);

// True if the number is written in Chinese numerals only (no Arabic digit).
bool IsChineseNumeral(std::string_view number);

// One item of an enumerated list of figures: [begin, end) in the normalized text, the number and its unit word
// (empty when the unit is only written after the last item, as in 10.0、5.2和0.5个百分点).
struct ListItem {
  std::size_t begin = 0, end = 0;
  std::string_view number;
  std::string_view unit;
  std::string_view verb;  // a verb of its own before the number (分别增长2.1%、6.7%和下降3.4%), or empty
};

// Splits text[begin, end) — "7.0%和6.3%", "10.0、5.2和0.5个百分点" — at 、 和 与 及 into items of a number and an
// optional unit from `units` (tried in order, so list longer words first). Items without a unit take the unit of
// the last item. An item may keep a measure word the last unit opens with (1.3个和2.0个百分点), and an item after a
// separator may open with one of `item_verbs` (ListItem::verb). False unless every piece is such an item and there
// are at least two.
bool SplitFigureList(std::string_view text, std::size_t begin, std::size_t end,
                     const std::vector<std::string>& units, std::vector<ListItem>* items,
                     const std::vector<std::string>& item_verbs = {});

// The code point just before `pos` / at `pos` in text (0 at either end of the text, and for ill-formed bytes).
// Inline: the linker and the productions ask for a character at almost every step.
inline char32_t CodePointBefore(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  std::size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  char32_t cp = 0;
  return DecodeUtf8(text, p, &cp) == pos - p ? cp : 0;
}
inline char32_t CodePointAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  char32_t cp = 0;
  return DecodeUtf8(text, pos, &cp) ? cp : 0;
}

// CJK ideograph (the Unified Ideographs blocks used by Chinese text).
bool IsHan(char32_t cp);

// True if text[pos…] starts with any of `words`.
bool StartsWithAny(std::string_view text, std::size_t pos, const std::vector<std::string_view>& words);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_FIGURES_H_
