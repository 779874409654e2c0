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

// Sentences end at 。！？； and ! ? ; (ASCII ones not between ASCII letters or digits, as in a URL "a.php?id=1";
// '.' never ends a sentence, so 3.5 and URLs stay whole), and at line breaks. Terminators stay in the sentence,
// and so do further terminators and closing quotes or brackets right after them: 他说：“很好！” is one sentence.
// A run of line breaks (blank lines included) starts the next paragraph. Appends to *out (cleared first); empty
// or whitespace-only sentences are skipped; sentences are trimmed of spaces and tabs.
//
//   "总产值253.63亿元。\n\n同比增长2%！”下一句" → [总产值253.63亿元。 p0] [同比增长2%！” p1] [下一句 p1]
void SplitSentences(std::string_view text, std::vector<Sentence>* out);

// Clause boundaries inside [s.begin, s.end): positions just after each ，, : ： (ASCII ones not between two digits:
// 1,234 and 12:30 are numbers). The enumeration comma 、 is not a boundary (高新技术产业、战略性新兴产业 is one
// subject). Clears *boundaries first.
void SplitClauses(std::string_view text, const Sentence& s, std::vector<std::size_t>* boundaries);

// Whether a news lead opens the text at pos (spaces and tabs skipped): an agency's or paper's dateline
// (新华社成都11月26日电, 本报讯（记者 …）, 证券时报网讯), that is its name then 电, 讯 or 记者 within a few
// characters of the same line (not 据新华社报道). A lead opens a paragraph: the title above it is a line of its own.
bool NewsLeadAt(std::string_view text, std::size_t pos);

// The length of the news agency's or paper's name at pos (本报, 新华社, 中新网 …), or 0.
std::size_t NewsSourceAt(std::string_view text, std::size_t pos);
// Whether such a name ends right at pos (本报|合肥12月3日讯).
bool NewsSourceEndingAt(std::string_view text, std::size_t pos);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_SEGMENTER_H_
