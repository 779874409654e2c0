// First-depth segmenter: sentence ends are 。！？； ! ? ; and line breaks. See segmenter.h.
#include "normalize/segmenter.h"

#include <cstring>

namespace zhfacts::internal {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Length of the sentence terminator at text[i], or 0.
std::size_t TerminatorAt(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '!' || c == '?' || c == ';') return 1;
  if (static_cast<unsigned char>(c) == 0xE3 && i + 2 < text.size() && text.compare(i, 3, "。") == 0) return 3;
  if (static_cast<unsigned char>(c) == 0xEF && i + 2 < text.size() &&
      (text.compare(i, 3, "！") == 0 || text.compare(i, 3, "？") == 0 || text.compare(i, 3, "；") == 0)) {
    return 3;
  }
  return 0;
}

}  // namespace

void SplitSentences(std::string_view text, std::vector<Sentence>* out) {
  out->clear();
  std::size_t start = 0, paragraph = 0;
  auto emit = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out->push_back({b, e, paragraph});
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      emit(i);
      ++paragraph;
      start = ++i;
      continue;
    }
    std::size_t t = TerminatorAt(text, i);
    if (t) {
      i += t;
      emit(i);
      start = i;
      continue;
    }
    ++i;
  }
  emit(text.size());
}

void SplitClauses(std::string_view text, const Sentence& s, std::vector<std::size_t>* boundaries) {
  boundaries->clear();
  for (std::size_t i = s.begin; i < s.end;) {
    if (text.compare(i, 3, "，") == 0 || text.compare(i, 3, "：") == 0) {
      i += 3;
      boundaries->push_back(i);
      continue;
    }
    if (text[i] == ',' || text[i] == ':') {
      bool digit_before = i > s.begin && text[i - 1] >= '0' && text[i - 1] <= '9';
      bool digit_after = i + 1 < s.end && text[i + 1] >= '0' && text[i + 1] <= '9';
      if (!(digit_before && digit_after)) boundaries->push_back(i + 1);
    }
    ++i;
  }
}

}  // namespace zhfacts::internal
