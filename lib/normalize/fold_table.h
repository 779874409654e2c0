// Character tables the normalizer's hot path reads: which BMP code points need more than a verbatim copy, and
// the traditional → simplified fold. Built once per process (thread-safe static init), read-only afterwards.
#ifndef ZHFACTS_LIB_NORMALIZE_FOLD_TABLE_H_
#define ZHFACTS_LIB_NORMALIZE_FOLD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace zhfacts::internal {

class FoldTable {
 public:
  // The table for the given option, built on first use from arrays (the fold was computed from ICU's "Hant-Hans"
  // transliterator at build time, see gen/fold_pairs_icu.h); later calls return the same object.
  static const FoldTable& Get(bool traditional_to_simplified);

  // True when the BMP code point cp is not copied verbatim: full-width forms, U+3000 and the other spaces,
  // invisible characters (zero width space, word joiner, soft hyphen, BOM), dashes, the characters OCR reads for
  // a unit's or date's (干 for 千, 方 for 万, 乙 for 亿, 未 for 末) and, with the fold on, traditional characters.
  bool Special(char32_t cp) const { return cp < 0x10000 && (special_[cp >> 6] >> (cp & 63)) & 1; }
  // The simplified form of cp, or 0 when cp is not folded (always 0 for the table without the fold).
  char32_t Simplified(char32_t cp) const {
    return cp >= kFoldFirst && cp - kFoldFirst < simplified_.size() ? simplified_[cp - kFoldFirst] : 0;
  }
  // Number of folded code points (0 when the fold is off, or when ICU had no transliteration data at build time).
  std::size_t folded() const { return folded_; }
  // Wall time the build took, in milliseconds (0 for the table without the fold).
  double build_ms() const { return build_ms_; }

 private:
  static constexpr char32_t kFoldFirst = 0x3400, kFoldLast = 0xFAFF;
  explicit FoldTable(bool traditional_to_simplified);

  std::uint64_t special_[0x10000 / 64] = {};
  std::vector<char16_t> simplified_;
  std::size_t folded_ = 0;
  double build_ms_ = 0;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_FOLD_TABLE_H_
