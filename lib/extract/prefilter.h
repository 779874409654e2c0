// Prefilter: which rules can match a sentence, decided from cheap literal atoms, so that a sentence runs only the
// rules that can match it.
//
// re2::FilteredRE2 derives, for a pattern, a boolean formula over literal "atoms" (年, 亿元, %, pflops …) that any
// match must contain. In Build() each rule's formula is read back from a FilteredRE2 of that rule alone, by
// asking it about sets of atoms, as a conjunction of clauses (each clause: at least one of these atoms occurs).
// Per sentence we find the atoms present with one pass over its bytes (an 8 KiB bitmap of the code points that
// start an atom, then a byte comparison of the few atoms starting with that code point) and test the clauses of
// the rules whose first clause an atom hits: no FilteredRE2 call on the hot path. Rules gated by literals have one
// clause, their literals. Rules without atoms (a pattern that starts and ends in character classes) run on every
// sentence that contains a numeral. Measured on the seed articles: the RE2::Set of all 47 rules scanned 36 MB/s;
// this gate scans several hundred MB/s and leaves about one or two rules per sentence.
//
// Why the clauses are sound however the reading stops: a clause C is kept only when the formula is false on all
// atoms but C's, so every match contains an atom of C; any set of such clauses lets through at least the sentences
// the formula lets through (see ReadClauses in prefilter.cc).
#ifndef ZHFACTS_LIB_EXTRACT_PREFILTER_H_
#define ZHFACTS_LIB_EXTRACT_PREFILTER_H_

#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "zhfacts/status.h"

namespace re2 {
class FilteredRE2;
}

namespace zhfacts::internal {

class Prefilter {
 public:
  // Compiles the gate for `patterns` (rule i = patterns[i]). A rule with a non-empty gates[i] is gated by those
  // literals instead of its pattern's atoms. A rule gated by literals runs only on sentences with a numeral unless
  // numeral_free[i] (default: none is). Fails with kInvalidRule on a pattern RE2 rejects.
  Status Build(const std::vector<std::string>& patterns, const std::vector<std::vector<std::string>>& gates,
               const RE2::Options& options, const std::vector<bool>& numeral_free = {});
  // The same from FilteredRE2s already holding rule i's pattern alone (filters[i], id 0, not yet compiled; the
  // engine matches with their RE2s, so that each pattern is parsed and compiled once). Compiles the filters of the
  // rules without literals.
  Status Build(const std::vector<re2::FilteredRE2*>& filters, const std::vector<std::vector<std::string>>& gates,
               const std::vector<bool>& numeral_free = {});

  // Scratch space for Candidates(); one per thread.
  struct Scratch {
    std::vector<int> atoms;            // atoms present (ids, unordered, without repeats)
    std::vector<int> rules;
    std::vector<std::uint64_t> present;  // bit per atom id: present in the sentence (all clear between calls)
    std::vector<std::uint64_t> seen;     // bit per rule: already tested for this sentence (all clear between calls)
  };
  // The rules (ascending ids) that may match `sentence`. With valid_utf8 the caller vouches that the sentence is
  // well-formed UTF-8 (normalized text is), which spares the scan testing every sequence; the result is the same.
  void Candidates(std::string_view sentence, Scratch* scratch, bool valid_utf8 = false) const;

  std::size_t atom_count() const { return atoms_.size(); }
  // Rules the atoms cannot exclude (they run on every sentence with a numeral).
  const std::vector<int>& unfiltered() const { return unfiltered_; }

  // The case folding atoms are compared under (FilteredRE2 lower-cases its atoms), and whether a code point is the
  // fold of itself only, so that an atom made of such code points can be compared byte for byte.
  static char32_t Fold(char32_t cp);
  static bool FoldsOnlyFromItself(char32_t cp);

 private:
  bool AtomAt(std::string_view s, std::size_t pos, std::size_t atom) const;
  void CompareAtoms(std::string_view s, std::size_t i, std::size_t len, int bucket, Scratch* scratch) const;
  void Index(std::size_t atom);
  struct Bucket;
  void AddToBucket(Bucket& b, std::size_t atom, std::size_t first_len) const;
  int AtomId(const std::string& lowered);

  std::vector<std::string> atoms_;           // lower-cased literals (FilteredRE2 lower-cases its atoms)
  std::vector<char> exact_;                  // atoms_[i] can be compared byte for byte (see AtomAt)
  // Per BMP code point (folded at build time: a capital shares its lower-case letter's entry): kNumeralBit if it is
  // a numeral, and in the low bits 1 + the index into buckets_ of the atoms starting with it (0: none).
  static constexpr std::uint16_t kNumeralBit = 0x8000;
  std::vector<std::uint16_t> bmp_;
  std::vector<std::uint64_t> hot_;           // bit cp: bmp_[cp] != 0 (8 KiB, stays in the first-level cache)
  // Atom ids starting with the same code point: `always` (one code point, or compared under folding) and `multi`
  // (exact atoms of several code points), which are compared only when the code point after the match has its bit
  // (its low six bits) in `follow`.
  struct Bucket {
    std::vector<int> always, multi;
    std::uint64_t follow = 0;
  };
  std::vector<Bucket> buckets_;  // as built; the scan reads flat_ and refs_
  // The buckets flattened for the scan: bucket b's atoms are refs_[flat_[b].begin, flat_[b].end), those from
  // flat_[b].multi on compared only when the next code point's low six bits are in flat_[b].follow. Each AtomRef
  // holds what comparing its atom needs, in one place.
  enum class Compare : std::uint8_t { kFound, kWord, kBytes, kFolded };
  struct AtomRef {
    std::uint64_t word = 0, mask = 0;  // the atom as a word, and its bytes' mask (atoms of at most 8 bytes)
    std::uint32_t id = 0, size = 0;
    // kFound: one code point compared byte for byte, the one the bucket was found by; kWord: exact, at most 8
    // bytes; kBytes: exact, longer; kFolded: compared under folding (AtomAt).
    Compare compare = Compare::kFolded;
  };
  struct FlatBucket {
    std::uint32_t begin = 0, multi = 0, end = 0;
    std::uint64_t follow = 0;
  };
  std::vector<AtomRef> refs_;
  std::vector<FlatBucket> flat_;
  std::vector<std::pair<char32_t, int>> astral_;  // first code point outside the BMP → bucket
  // Rule r passes when each of its clauses holds an atom present: clauses_[clause_begin_[r], clause_begin_[r + 1]).
  std::vector<std::vector<int>> clauses_;    // atom ids of a clause
  std::vector<std::size_t> clause_begin_;
  std::vector<std::vector<int>> first_clause_rules_;  // atom id → rules with that atom in their first clause
  std::vector<int> unfiltered_;              // rules the atoms cannot exclude
  std::vector<bool> needs_numeral_;          // rule r is skipped on sentences without a numeral
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_PREFILTER_H_
