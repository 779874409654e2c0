// What the two measure dimensions (quantity.cc, compute.cc) share: unit tables loaded from their TSV lexicons,
// qualifier words, unit conversion with exact decimals, and the context checks that keep names, ordinals and
// codes (第3个, GB/T4754—2017, A100) from becoming figures.
#ifndef ZHFACTS_LIB_EXTRACT_MEASURE_H_
#define ZHFACTS_LIB_EXTRACT_MEASURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/rule.h"
#include "lexicon/lexicon.h"
#include "number/decimal.h"
#include "zhfacts/status.h"

namespace zhfacts::internal::measure {

// One row of units.tsv (see the file's header for the columns).
struct Unit {
  std::string word, code, dimension, factor, base, name;
  std::vector<std::string> context;     // one must occur in the sentence; empty: no condition
  std::vector<std::string> not_before;  // none may directly follow the unit
  bool is_count() const { return dimension == "count"; }
};

// Loads units.tsv (kind "units"). Fails with the row's file:line on a missing column or a bad factor.
Status LoadUnits(const LexiconTable& table, std::vector<Unit>* units);

// True when `factor` is a plain decimal ("0.001") or a fraction of two ("2000/3").
bool ValidFactor(std::string_view factor);
// value × factor, exact for a decimal factor; a fraction's quotient is rounded to 4 places. False on overflow.
bool Scale(const Decimal& value, std::string_view factor, Decimal* out);

// "w1|w2" → {"w1", "w2"} (empty cells give an empty list).
std::vector<std::string> SplitBars(std::string_view cell);
// True when one of `words` occurs in the sentence of `m` (an empty list is always satisfied).
bool SentenceHasAny(const RuleMatch& m, const std::vector<std::string>& words);
// Same, in the sentence of `m` or the sentence before it in the same paragraph (算力中心建成。首批部署808P。).
bool NearbyHasAny(const RuleMatch& m, const DocContext& doc, const std::vector<std::string>& words);
// True when text[pos…] starts with one of `words`.
bool StartsWithAny(std::string_view text, std::size_t pos, const std::vector<std::string>& words);

// Qualifier words come from qualifiers.tsv (figures.h QualifierWords: measure_prefixes, measure_suffixes, Any).
// A one-character prefix that is really the end of a word: 签约28个 (签约, not 约), 最近3年, 赶超. Then the prefix is
// no qualifier and the figure starts at the number.
bool PrefixInWord(const RuleMatch& m, std::size_t prefix_begin, std::string_view prefix);
// The same, given the character before the prefix (0: none).
bool PrefixInWord(char32_t before, std::string_view prefix);

// The code point before `pos` (0 at the start of the sentence) and the one at `pos` (0 at its end).
char32_t CharBefore(const RuleMatch& m, std::size_t pos);
char32_t CharAt(const RuleMatch& m, std::size_t pos);
// A number that starts at `pos` is part of a code, a name or an ordinal rather than a figure when what precedes it
// is an ASCII letter or digit, a code punctuation (. / # _ - — ~ +), or 第/前/每/编号 (ordinals, rankings, rates).
bool BadLeftContext(const RuleMatch& m, std::size_t pos);
// A figure ending at `pos` continues into an identifier (5PB after 5P, 5G…): an ASCII letter or digit follows.
bool AsciiWordContinues(const RuleMatch& m, std::size_t pos);
// The figure [begin, end) is a definition, not a figure: "(P指每秒千万亿次浮点运算)", "1P=1000T", "指…"; a figure of
// value 1 (`unit_value`) followed by 相当于/等于/指 defines its unit too (1P算力相当于…).
bool IsDefinition(const RuleMatch& m, std::size_t begin, std::size_t end, bool unit_value);

// A Chinese numeral made only of magnitudes (百, 千万): a class or an idiom (千家万户), not a figure, in most places.
bool OnlyMagnitudes(std::string_view numeral);
// True when s contains a Chinese numeral character (so it was not written in Arabic digits).
bool HasChineseNumeral(std::string_view s);
// 四五十 → [40, 50], 三四百 → [300, 400]: two consecutive digits before a magnitude, an approximate range.
bool ParseAdjacentPair(std::string_view s, Decimal* lo, Decimal* hi);

// Number of trailing magnitude characters (十百千万亿) of a numeral, in bytes, for each count 0…n: moving them
// into the unit gives 1.4千克 (千克) rather than 1.4千 + 克. Returns the byte offsets where the unit may start,
// longest unit first.
std::vector<std::size_t> UnitSplitPoints(std::string_view number_and_unit, std::size_t unit_begin);
// The first of those points, without building the list: the split points are it and every kMagnitudeBytes after it,
// up to and including unit_begin (each magnitude character is kMagnitudeBytes long in UTF-8).
inline constexpr std::size_t kMagnitudeBytes = 3;
std::size_t FirstUnitSplitPoint(std::string_view number_and_unit, std::size_t unit_begin);

}  // namespace zhfacts::internal::measure

#endif  // ZHFACTS_LIB_EXTRACT_MEASURE_H_
