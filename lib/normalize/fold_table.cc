#include "normalize/fold_table.h"

#include <chrono>

namespace zhfacts::internal {

// The fold, generated at build time from ICU by lib/normalize/gen/fold_table_gen.cc (fold_pairs_icu.h says which
// pairs): (traditional, simplified), ascending.
extern const char16_t kFoldPairs[][2];
extern const std::size_t kFoldPairCount;

const FoldTable& FoldTable::Get(bool traditional_to_simplified) {
  static const FoldTable plain(false);
  if (!traditional_to_simplified) return plain;
  static const FoldTable folding(true);  // magic static: built once, thread-safe
  return folding;
}

FoldTable::FoldTable(bool traditional_to_simplified) {
  auto mark = [this](char32_t cp) { special_[cp >> 6] |= std::uint64_t{1} << (cp & 63); };
  for (char32_t cp = 0xFF01; cp <= 0xFF5E; ++cp) mark(cp);  // full-width ASCII
  for (char32_t cp : {0x00A0, 0x00AD, 0x2012, 0x2013, 0x2015, 0x202F, 0x205F, 0x2060, 0x2212, 0x3000, 0xFEFF}) {
    mark(cp);
  }
  for (char32_t cp = 0x2000; cp <= 0x200B; ++cp) mark(cp);  // en quad … hair space, zero width space
  for (char32_t cp : {U'干', U'方', U'乙', U'未'}) mark(cp);    // OCR's look-alikes of 千, 万, 亿, 末 (normalizer.cc)
  if (!traditional_to_simplified) return;

  auto start = std::chrono::steady_clock::now();
  simplified_.assign(kFoldLast - kFoldFirst + 1, 0);
  for (std::size_t i = 0; i < kFoldPairCount; ++i) {
    const char32_t cp = kFoldPairs[i][0];
    if (cp < kFoldFirst || cp > kFoldLast) continue;
    simplified_[cp - kFoldFirst] = kFoldPairs[i][1];
    mark(cp);
    ++folded_;
  }
  build_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace zhfacts::internal
