// The traditional → simplified fold computed from ICU's "Hant-Hans" transliterator. Runs at build time only (see
// fold_table_gen.cc): building it costs ~500 M instructions (0.15 s), which every process paid at start-up when
// the library computed it at run time.
#ifndef ZHFACTS_LIB_NORMALIZE_GEN_FOLD_PAIRS_ICU_H_
#define ZHFACTS_LIB_NORMALIZE_GEN_FOLD_PAIRS_ICU_H_

#include <utility>
#include <vector>

namespace zhfacts::internal {

// (traditional, simplified) pairs in ascending order of the first, for U+3400–9FFF and the compatibility
// ideographs U+F900–FAFF: only one-to-one folds inside the BMP, and not the characters that are standard in
// simplified text too. Empty when ICU has no transliteration data.
std::vector<std::pair<char16_t, char16_t>> ComputeFoldPairs();

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_GEN_FOLD_PAIRS_ICU_H_
