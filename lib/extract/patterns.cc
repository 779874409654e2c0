#include "extract/patterns.h"

#include <re2/re2.h>

#include <algorithm>

namespace zhfacts::internal::patterns {

std::string Alternation(std::vector<std::string> words) {
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (words.empty()) return kNever;
  std::string alt = "(?:";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) alt += '|';
    alt += RE2::QuoteMeta(words[i]);
  }
  alt += ')';
  return alt;
}

std::string Number(bool arabic, bool chinese) {
  if (arabic && chinese) return std::string("(?:") + kNumberArabic + "|" + kNumberChinese + ")";
  if (arabic) return std::string("(?:") + kNumberArabic + ")";
  if (chinese) return std::string("(?:") + kNumberChinese + ")";
  return kNever;
}

}  // namespace zhfacts::internal::patterns
