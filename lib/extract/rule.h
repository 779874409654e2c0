// A rule is a name, an RE2 pattern and a production, kept together in one file per dimension
// (money.cc, growth.cc, percentage.cc, compute.cc, quantity.cc, date.cc). The engine (engine.h) compiles every
// pattern once and gates them with a literal-atom prefilter (prefilter.h) so that a sentence runs only the rules
// that can match it, then calls the production of each matching rule for every match, which turns it into zero or
// more Candidates.
//
// RE2 syntax only: no look-around, no backreferences. Context checks that a pattern cannot express (what precedes
// the match) are done in the production, which sees the whole normalized text.
#ifndef ZHFACTS_LIB_EXTRACT_RULE_H_
#define ZHFACTS_LIB_EXTRACT_RULE_H_

#include <re2/stringpiece.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "normalize/segmenter.h"
#include "zhfacts/record.h"

namespace zhfacts::internal {

// What every production may read about the document. Offsets are normalized-text byte offsets.
struct DocContext {
  std::string_view text;                   // the whole normalized document
  const std::vector<Sentence>* sentences;  // in order
  bool has_reference_date = false;         // the reference date (given, or from a dateline)
  int ref_year = 0, ref_month = 0, ref_day = 0;
  const Lexicons* lexicons = nullptr;
  const struct LinkerWords* linker = nullptr;  // prepared once per Engine (dimensions.h)
  // Where the normalizer removed line breaks inside sentences (NormalizedText::joins); null when unknown.
  const std::vector<std::uint32_t>* joins = nullptr;
  // Line breaks after a sentence's end that most likely wrap a column (NormalizedText::wraps); null when unknown.
  const std::vector<std::uint32_t>* wraps = nullptr;
  // Scratch state a dimension keeps for one document (date.cc: what its look-back for a year has already read);
  // empty with each new DocContext, so nothing leaks from one document to the next.
  mutable std::shared_ptr<void> date_scratch;
};

// One match of one rule. Group 0 is the whole match; an unmatched group has matched(i) == false.
struct RuleMatch {
  std::string_view text;  // the whole normalized document
  const Sentence* sentence;
  std::size_t sentence_index;
  const std::string_view* groups;  // ngroups entries, each a view into text (data() == nullptr: unmatched)
  int ngroups;

  bool matched(int i) const { return i < ngroups && groups[i].data() != nullptr; }
  std::string_view group(int i) const { return matched(i) ? groups[i] : std::string_view(); }
  std::size_t begin(int i = 0) const { return static_cast<std::size_t>(groups[i].data() - text.data()); }
  std::size_t end(int i = 0) const { return begin(i) + groups[i].size(); }
};

// Candidate::anchor of a figure that stands where it belongs.
inline constexpr std::size_t kInPlace = static_cast<std::size_t>(-1);

// A figure a production proposes. The engine fills record.text/span/byte_span/rule from [begin, end) and resolves
// overlaps: higher priority first, then the longer candidate, then the earlier one.
struct Candidate {
  Record record;
  std::size_t begin = 0, end = 0;  // normalized byte range of the figure itself (qualifiers included)
  int priority = 0;
  std::size_t sentence_index = 0;   // set by the engine
  std::int64_t id = -1;             // set by the engine: position in the document's candidate list
  std::int64_t qualifies_id = -1;   // set by the linker: id of the candidate this one qualifies
  // Enumerated figures (分别增长7.0%和6.3%): position in the list and the list's length, for the linker to pair
  // them with enumerated metrics (高新技术产业、战略性新兴产业增加值). -1 / 0 outside a list.
  int list_index = -1;
  int list_size = 0;
  // Where the figure belongs when OCR moved it away from its words (interleaved columns: …增加值分别增长 | other
  // column | 7.0%和6.3%): the linker reads metric, period and subject as if the figure stood there. npos: in place.
  std::size_t anchor = kInPlace;
};

using Production = std::function<void(const RuleMatch&, const DocContext&, std::vector<Candidate>*)>;

struct Rule {
  std::string name;     // "money.amount": dimension, dot, what it matches
  RecordType type;      // the type its candidates usually have (productions may change it)
  std::string pattern;  // RE2 syntax
  Production produce;
  int priority = 0;     // default priority of its candidates
  // Optional: literals of which every match contains at least one (for a number + unit rule, its unit words).
  // The prefilter then runs the rule only on sentences containing one of them. Needed where RE2's own analysis of
  // the pattern finds no atoms (large alternations factor into character classes it cannot use), which would run
  // the rule on every sentence; the prefilter test fails for such rules.
  std::vector<std::string> gate;
  // Optional, for speed: a rule whose pattern holds large alternatives that a given text can rule out (the words of
  // a lexicon of units, a number in Arabic digits when the text has no digit) can say how to rebuild the pattern for
  // one text. Entry i of `lexicon` occurs in a text when one of its strings does; `restrict(present)` returns the
  // pattern with every alternative dropped that needs an entry i with !present[i], and nothing else changed: same
  // groups, the other alternatives in the same order. On the text of one match, that pattern has exactly the same
  // matching paths in the same priority order (a path cannot use a word the text lacks), so RE2 reports the same
  // groups, from a far smaller program (restricted.h). Both or neither.
  std::vector<std::vector<std::string>> lexicon;
  std::function<std::string(const std::vector<bool>& present)> restrict;
  bool restricted_from_pattern = false;  // lexicon and restrict were read from the pattern (AutoRestrict)
  // A rule gated by literals runs only on sentences with a numeral, unless its matches need none (过半, 一半数).
  bool needs_numeral = true;
  // Optional, for speed: the groups of a whole match (groups[0] is the match, the rest to be filled: data() null
  // for a group that took no part) read without RE2, for matches of a shape whose parse is certain (quantity.measure,
  // date.ymd and date.recent: a match with exactly one reading). False leaves the match to the pattern. Must give exactly the groups RE2 gives
  // (restricted_test compares them on every match of the test texts).
  std::function<bool(re2::StringPiece* groups, int ngroups)> quick_groups;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_RULE_H_
