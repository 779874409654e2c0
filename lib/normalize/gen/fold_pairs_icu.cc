#include "normalize/gen/fold_pairs_icu.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace zhfacts::internal {

namespace {

// Characters ICU folds on their own (著 → 着, 乾 → 干) that are standard in simplified text as well (通用规范汉字表:
// 显著, 乾坤, 瞭望, 狼藉, 大阪, 昇腾 …). Most input is simplified and the fold is on by default, so these stay as
// written; ICU's phrase rules would keep them in context, which a per-character table cannot see. 於 is not among
// them: in simplified news it is only a rare surname, while traditional text writes every 于 so (高於, 位於, 截至…於).
constexpr char16_t kAlsoSimplified[] = u"著乾瞭藉夥徵昇阪祕";

bool AlsoSimplified(char32_t cp) {
  for (char16_t c : kAlsoSimplified) {
    if (c != 0 && c == cp) return true;
  }
  return false;
}

}  // namespace

std::vector<std::pair<char16_t, char16_t>> ComputeFoldPairs() {
  std::vector<std::pair<char16_t, char16_t>> pairs;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> hant_hans(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || !hant_hans || !nfc) return pairs;  // no ICU data: no fold

  // One transliteration of every candidate, each on its own line, instead of 28,000 calls. A compatibility
  // ideograph (U+F900–FAFF) first becomes its unified form (its canonical decomposition).
  std::vector<char32_t> sources;
  icu::UnicodeString batch;
  auto add_range = [&](char32_t first, char32_t last) {
    for (char32_t cp = first; cp <= last; ++cp) {
      sources.push_back(cp);
      icu::UnicodeString one(static_cast<UChar32>(cp));
      if (cp >= 0xF900) {
        UErrorCode s = U_ZERO_ERROR;
        icu::UnicodeString n = nfc->normalize(one, s);
        if (U_SUCCESS(s)) one = n;
      }
      batch.append(one).append(static_cast<UChar>(u'\n'));
    }
  };
  add_range(0x3400, 0x9FFF);
  add_range(0xF900, 0xFAFF);
  hant_hans->transliterate(batch);

  std::size_t k = 0;
  int32_t seg_start = 0;
  for (int32_t pos = 0; pos < batch.length() && k < sources.size(); ++pos) {
    if (batch[pos] != u'\n') continue;
    icu::UnicodeString seg(batch, seg_start, pos - seg_start);
    seg_start = pos + 1;
    char32_t cp = sources[k++];
    // Only one-to-one folds inside the BMP: a character that becomes several keeps its offsets simple by staying.
    if (seg.length() != 1) continue;
    char32_t to = seg.charAt(0);
    if (to == cp || U16_IS_SURROGATE(to) || AlsoSimplified(cp)) continue;
    pairs.emplace_back(static_cast<char16_t>(cp), static_cast<char16_t>(to));
  }
  if (k != sources.size()) pairs.clear();  // the batch did not split as expected: better no fold than a shifted one
  return pairs;
}

}  // namespace zhfacts::internal
