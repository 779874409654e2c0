#include "extract/patterns.h"

#include <re2/re2.h>

#include <algorithm>

namespace zhfacts::internal::patterns {

std::string Alternation(std::vector<std::string> words) {
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (words.empty()) return "(?:[^\\x00-\\x{10FFFF}])";  // matches nothing
  std::string alt = "(?:";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) alt += '|';
    alt += RE2::QuoteMeta(words[i]);
  }
  alt += ')';
  return alt;
}

}  // namespace zhfacts::internal::patterns
