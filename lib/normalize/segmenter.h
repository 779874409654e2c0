// Segmenter: splits normalized text into paragraphs, sentences and clauses without leaving UTF-8.
#ifndef ZHFACTS_LIB_NORMALIZE_SEGMENTER_H_
#define ZHFACTS_LIB_NORMALIZE_SEGMENTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace zhfacts::internal {

// Byte ranges [begin, end) into the normalized text.
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;  // index of the paragraph (separated by line breaks that survived normalization)
};

// Sentences end at 。！？； and ! ? ; (not inside numbers), and at line breaks. Terminators stay in the sentence.
// Appends to *out (cleared first). Empty or whitespace-only sentences are skipped.
void SplitSentences(std::string_view text, std::vector<Sentence>* out);

// Clause boundaries inside [s.begin, s.end): positions just after each ，, : ： (not inside a number like 1,234).
void SplitClauses(std::string_view text, const Sentence& s, std::vector<std::size_t>* boundaries);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_SEGMENTER_H_
