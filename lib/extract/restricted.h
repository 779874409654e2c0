// RestrictedMatcher: the groups of one match of a rule, from the rule's pattern rebuilt for the lexicon words that
// occur in the match (Rule::lexicon, Rule::restrict).
//
// Why: RE2 finds a match with its DFAs, then runs a submatch engine over the matched text. A pattern with a large
// literal alternation (quantity.measure: ~180 unit words, three times) compiles to thousands of instructions, too
// many for RE2's backtracker (512) and not one-pass, so the submatches come from its NFA, which enters the whole
// alternation at every position where a unit could start: about 28,000 instructions per match, a quarter of the
// pipeline. Cut down to the two or three words present, the same pattern is small enough for the backtracker.
//
// Why the groups are the same: on the matched text, a path through an alternation of literals can only use a word
// that occurs in that text, so dropping the other words keeps every matching path, and keeping the order of the
// rest keeps their priority order; RE2 returns the highest-priority path that spans the match exactly, whatever the
// engine. The match itself always comes from the full pattern (the caller's DFA pass). A pattern that may test the
// text around the match (^ $ \b \B \A \z) is not restricted, since the variant sees only the match.
#ifndef ZHFACTS_LIB_EXTRACT_RESTRICTED_H_
#define ZHFACTS_LIB_EXTRACT_RESTRICTED_H_

#include <re2/re2.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/rule.h"

namespace zhfacts::internal {

// Gives a rule without its own Rule::lexicon/restrict one read from its pattern: every non-capturing group that is
// an alternation of plain literals, (?:w1|w2|…) as patterns::Alternation writes them, with at least kMinWords words
// in all such groups, becomes restrictable (an entry per distinct word; a group with no word present becomes a
// group that never matches). Returns whether the rule got one. Patterns with case-insensitive parts are left
// alone (a word could then occur in another case).
bool AutoRestrict(Rule* rule);
inline constexpr std::size_t kAutoRestrictMinWords = 12;

class RestrictedMatcher {
 public:
  // Null when the rule has no restriction or its pattern may look outside the match. `ngroups` counts group 0.
  static std::unique_ptr<RestrictedMatcher> Create(const Rule& rule, int ngroups, const RE2::Options& options);

  // Scratch space for Captures(); one per thread.
  struct Scratch {
    std::vector<bool> present;
    std::string key;
  };

  // Matches the restricted pattern against exactly `match` (a whole match of the rule's full pattern) and fills
  // groups[0, ngroups) with views into the same text. False when no variant is available (the cache is full or the
  // variant did not compile): the caller then takes the groups from the full pattern.
  bool Captures(re2::StringPiece match, re2::StringPiece* groups, Scratch* scratch) const;

  // Variants compiled so far (for the tests).
  std::size_t variant_count() const;

  // Variants kept per rule; beyond this, matches with a new word set use the full pattern.
  static constexpr std::size_t kMaxVariants = 512;

 private:
  RestrictedMatcher() = default;
  // Marks in scratch->present the lexicon entries occurring in `text`, and builds the cache key from them.
  void FindWords(std::string_view text, Scratch* scratch) const;
  const RE2* Variant(const Scratch& scratch) const;

  std::vector<std::string> strings_;  // the strings of all Rule::lexicon entries
  std::vector<int> entry_of_;         // strings_[k] belongs to entry entry_of_[k]
  std::size_t entries_ = 0;
  std::function<std::string(const std::vector<bool>&)> restrict_;  // Rule::restrict
  int ngroups_ = 0;
  RE2::Options options_;
  // Ids into strings_ by first code point, sorted by code point.
  std::vector<std::pair<char32_t, std::vector<int>>> by_first_;

  mutable std::mutex mu_;
  // Key (a bit per lexicon entry) → compiled variant; null when it failed. Entries are never removed, so a pointer
  // taken under the lock stays valid (RE2 matching is thread-safe).
  mutable std::unordered_map<std::string, std::unique_ptr<RE2>> variants_;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_RESTRICTED_H_
