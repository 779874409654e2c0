#include "extract/prefilter.h"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include <unicode/uchar.h>

#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// FilteredRE2 lower-cases its atoms (ASCII and Unicode case folding alike); CJK text has no case, so only code
// points below U+3000 and the full-width Latin letters need ICU's mapping.
char32_t Lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  if (cp < 0x3000 || (cp >= 0xFF21 && cp <= 0xFF3A)) return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  return cp;
}

// The code point at s[i] (ill-formed bytes read as U+FFFD), and its length.
std::size_t Next(std::string_view s, std::size_t i, char32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  std::size_t len = DecodeUtf8(s, i, cp);
  if (len) return len;
  *cp = 0xFFFD;
  return 1;
}

// Numerals that can start a figure: ASCII digits and Chinese digits and magnitudes.
constexpr std::u32string_view kNumerals = U"0123456789零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩萬億";

// Reads the formula `filter` (holding one pattern, not yet compiled) derives for its pattern as clauses over `atoms`
// (indices into them). Unfiltered (no clause can be read: the formula holds without any atom) when *unfiltered is
// set.
//
// The formula f is monotone in the atoms present. A clause C is kept only when f is false on all atoms but C (so
// every match contains an atom of C). It is found from a set X on which f is false but which meets every clause
// kept so far: X grows, one atom at a time, while f stays false, and C is the atoms left out. Such an X is searched
// among the sets picking one atom of each clause; when f holds on all of them it holds wherever the clauses do
// (monotone), and the clauses are exactly f. Each kept clause is sound by itself, so stopping at the probe budget
// only leaves the gate looser.
void ReadClauses(re2::FilteredRE2& filter, std::vector<std::string>* atoms, std::vector<std::vector<int>>* clauses,
                 bool* unfiltered) {
  filter.Compile(atoms);
  const int n = static_cast<int>(atoms->size());
  std::vector<int> ids, potentials;
  int budget = 400;  // probes per rule: beyond a few hundred, the gate gets no tighter on real text
  auto holds = [&](const std::vector<char>& in) {
    --budget;
    ids.clear();
    for (int a = 0; a < n; ++a) {
      if (in[static_cast<std::size_t>(a)]) ids.push_back(a);
    }
    filter.AllPotentials(ids, &potentials);
    return !potentials.empty();
  };
  std::vector<char> x(static_cast<std::size_t>(n), 0);
  *unfiltered = holds(x);
  if (*unfiltered) return;
  clauses->clear();
  for (bool found = true; found && budget > 0;) {
    // Grow the counterexample x to a set on which f is false and no atom can be added: the rest is a clause.
    for (int a = 0; a < n && budget > 0; ++a) {
      if (x[static_cast<std::size_t>(a)]) continue;
      x[static_cast<std::size_t>(a)] = 1;
      if (holds(x)) x[static_cast<std::size_t>(a)] = 0;
    }
    // (Should the budget stop the growth early, f is still false on x: the clause is sound, only longer.)
    std::vector<int> clause;
    for (int a = 0; a < n; ++a) {
      if (!x[static_cast<std::size_t>(a)]) clause.push_back(a);
    }
    if (clause.empty()) {
      // f is false even with every atom: no text can match. Keep "some atom of the rule", which is never wrong.
      for (int a = 0; a < n; ++a) clause.push_back(a);
      clauses->push_back(std::move(clause));
      return;
    }
    clauses->push_back(std::move(clause));
    if (budget <= 0) break;
    // Next counterexample: a set picking one atom of each clause on which f is false.
    found = false;
    std::vector<std::size_t> pick(clauses->size(), 0);
    while (!found && budget > 0) {
      std::fill(x.begin(), x.end(), 0);
      for (std::size_t c = 0; c < clauses->size(); ++c) x[static_cast<std::size_t>((*clauses)[c][pick[c]])] = 1;
      if (!holds(x)) {
        found = true;
        break;
      }
      std::size_t c = 0;
      while (c < pick.size() && ++pick[c] == (*clauses)[c].size()) pick[c++] = 0;
      if (c == pick.size()) break;  // every pick holds: the clauses are the formula
    }
  }
}

}  // namespace

int Prefilter::AtomId(const std::string& lowered) {
  auto it = std::find(atoms_.begin(), atoms_.end(), lowered);
  if (it != atoms_.end()) return static_cast<int>(it - atoms_.begin());
  atoms_.push_back(lowered);
  return static_cast<int>(atoms_.size() - 1);
}

Status Prefilter::Build(const std::vector<std::string>& patterns,
                        const std::vector<std::vector<std::string>>& gates, const RE2::Options& options,
                        const std::vector<bool>& numeral_free) {
  std::vector<std::unique_ptr<re2::FilteredRE2>> owned;
  std::vector<re2::FilteredRE2*> filters;
  for (const std::string& pattern : patterns) {
    owned.push_back(std::make_unique<re2::FilteredRE2>(1));
    int id = -1;
    if (owned.back()->Add(pattern, options, &id) != RE2::NoError) {
      return Status(StatusCode::kInvalidRule, "pattern " + std::to_string(filters.size()) + " rejected by the prefilter");
    }
    filters.push_back(owned.back().get());
  }
  return Build(filters, gates, numeral_free);
}

Status Prefilter::Build(const std::vector<re2::FilteredRE2*>& filters,
                        const std::vector<std::vector<std::string>>& gates, const std::vector<bool>& numeral_free) {
  clause_begin_.assign(1, 0);
  needs_numeral_.assign(filters.size(), false);
  for (std::size_t i = 0; i < filters.size(); ++i) {
    const bool literal = i < gates.size() && !gates[i].empty();
    const bool free = i < numeral_free.size() && numeral_free[i];
    if (literal) {  // one clause: the gate's literals
      std::vector<int> clause;
      for (const std::string& word : gates[i]) {
        std::string lowered;
        for (std::size_t k = 0; k < word.size();) {
          char32_t cp;
          k += Next(word, k, &cp);
          AppendUtf8(Lower(cp), &lowered);
        }
        clause.push_back(AtomId(lowered));
      }
      clauses_.push_back(std::move(clause));
      needs_numeral_[i] = !free;
    } else {
      std::vector<std::string> atoms;
      std::vector<std::vector<int>> clauses;
      bool unfiltered = false;
      if (!filters[i] || filters[i]->NumRegexps() != 1) {
        return Status(StatusCode::kInvalidRule, "pattern " + std::to_string(i) + " has no filter of its own");
      }
      ReadClauses(*filters[i], &atoms, &clauses, &unfiltered);
      if (unfiltered) {
        unfiltered_.push_back(static_cast<int>(i));
        needs_numeral_[i] = true;
      }
      for (const std::vector<int>& local : clauses) {
        std::vector<int> clause;
        for (int a : local) clause.push_back(AtomId(atoms[static_cast<std::size_t>(a)]));
        clauses_.push_back(std::move(clause));
      }
    }
    clause_begin_.push_back(clauses_.size());
  }
  first_clause_rules_.assign(atoms_.size(), {});
  for (std::size_t r = 0; r < filters.size(); ++r) {
    if (clause_begin_[r] == clause_begin_[r + 1]) continue;  // unfiltered
    for (int a : clauses_[clause_begin_[r]]) first_clause_rules_[static_cast<std::size_t>(a)].push_back(static_cast<int>(r));
  }

  // Atoms whose every code point can only be matched by itself are compared as bytes (see FoldsOnlyFromItself).
  exact_.assign(atoms_.size(), false);
  for (std::size_t a = 0; a < atoms_.size(); ++a) {
    const std::string& atom = atoms_[a];
    bool exact = IsValidUtf8(atom);
    for (std::size_t k = 0; exact && k < atom.size();) {
      char32_t cp = 0;
      k += DecodeUtf8(atom, k, &cp);
      exact = FoldsOnlyFromItself(cp);
    }
    exact_[a] = exact;
  }
  bmp_.assign(0x10000, 0);
  for (char32_t n : kNumerals) bmp_[n] |= kNumeralBit;
  for (std::size_t a = 0; a < atoms_.size(); ++a) Index(a);
  // Fold at build time: a code point that Lower() changes starts the atoms its image starts (atoms are lower-case,
  // so it starts none of its own). Numerals are their own images.
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (cp >= 0x3000 && !(cp >= 0xFF21 && cp <= 0xFF3A)) continue;
    char32_t low = Lower(cp);
    if (low == cp || low >= 0x10000) continue;
    bmp_[cp] = static_cast<std::uint16_t>((bmp_[cp] & kNumeralBit) | (bmp_[low] & ~kNumeralBit));
  }
  flat_.clear();
  refs_.clear();
  for (const Bucket& b : buckets_) {
    FlatBucket f;
    f.begin = static_cast<std::uint32_t>(refs_.size());
    for (const std::vector<int>* list : {&b.always, &b.multi}) {
      if (list == &b.multi) f.multi = static_cast<std::uint32_t>(refs_.size());
      for (int a : *list) {
        const std::size_t id = static_cast<std::size_t>(a);
        AtomRef r;
        r.id = static_cast<std::uint32_t>(id);
        r.size = static_cast<std::uint32_t>(atoms_[id].size());
        if (atoms_[id].size() <= 8) {
          char bytes[8] = {}, mask[8] = {};
          std::memcpy(bytes, atoms_[id].data(), atoms_[id].size());
          std::memset(mask, 0xFF, atoms_[id].size());
          std::memcpy(&r.word, bytes, 8);
          std::memcpy(&r.mask, mask, 8);
        }
        char32_t first = 0;
        const std::size_t first_len = DecodeUtf8(atoms_[id], 0, &first);
        if (!exact_[id]) {
          r.compare = Compare::kFolded;
        } else if (atoms_[id].size() == first_len) {
          r.compare = Compare::kFound;
        } else {
          r.compare = atoms_[id].size() <= 8 ? Compare::kWord : Compare::kBytes;
        }
        refs_.push_back(r);
      }
    }
    f.end = static_cast<std::uint32_t>(refs_.size());
    f.follow = b.follow;
    flat_.push_back(f);
  }
  hot_.assign(0x10000 / 64, 0);
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (bmp_[cp]) hot_[cp / 64] |= std::uint64_t{1} << (cp % 64);
  }
  return Status::Ok();
}

void Prefilter::Index(std::size_t a) {
  char32_t cp = 0;
  std::size_t len = DecodeUtf8(atoms_[a], 0, &cp);
  if (!len) return;  // an atom that is not valid UTF-8 cannot occur in normalized text
  if (cp < 0x10000) {
    if (!(bmp_[cp] & ~kNumeralBit)) {
      buckets_.emplace_back();
      bmp_[cp] |= static_cast<std::uint16_t>(buckets_.size());
    }
    AddToBucket(buckets_[(bmp_[cp] & ~kNumeralBit) - 1], a, len);
  } else {
    auto it = std::find_if(astral_.begin(), astral_.end(), [cp](const auto& p) { return p.first == cp; });
    if (it == astral_.end()) {
      buckets_.emplace_back();
      astral_.emplace_back(cp, static_cast<int>(buckets_.size() - 1));
      it = astral_.end() - 1;
    }
    AddToBucket(buckets_[static_cast<std::size_t>(it->second)], a, len);
  }
}

void Prefilter::AddToBucket(Bucket& b, std::size_t a, std::size_t first_len) const {
  const std::string& atom = atoms_[a];
  char32_t next = 0;
  if (!exact_[a] || atom.size() == first_len || !DecodeUtf8(atom, first_len, &next)) {
    b.always.push_back(static_cast<int>(a));
    return;
  }
  b.multi.push_back(static_cast<int>(a));
  b.follow |= std::uint64_t{1} << (next & 63);
}

char32_t Prefilter::Fold(char32_t cp) { return Lower(cp); }

bool Prefilter::FoldsOnlyFromItself(char32_t cp) {
  // Lower() changes only code points below U+3000 and the full-width capitals; their images are the code points
  // that some other code point folds to (a from A, k from K and U+212A KELVIN SIGN, U+AB70 from Cherokee U+13A0…).
  static const std::vector<char32_t> kImages = [] {
    std::vector<char32_t> images;
    auto add = [&images](char32_t t) {
      if (Lower(t) != t) images.push_back(Lower(t));
    };
    for (char32_t t = 0; t < 0x3000; ++t) add(t);
    for (char32_t t = 0xFF21; t <= 0xFF3A; ++t) add(t);
    std::sort(images.begin(), images.end());
    images.erase(std::unique(images.begin(), images.end()), images.end());
    return images;
  }();
  // U+FFFD is also what an ill-formed byte reads as.
  return cp != 0xFFFD && Lower(cp) == cp && !std::binary_search(kImages.begin(), kImages.end(), cp);
}

bool Prefilter::AtomAt(std::string_view s, std::size_t pos, std::size_t id) const {
  const std::string& atom = atoms_[id];
  // Byte equality is code point equality for valid UTF-8 (the atom is; an ill-formed byte of s reads as U+FFFD,
  // which an exact atom does not contain), and the fold is the identity on an exact atom's code points.
  if (exact_[id]) return s.compare(pos, atom.size(), atom) == 0;
  std::size_t a = 0;
  while (a < atom.size()) {
    if (pos >= s.size()) return false;
    char32_t want, got;
    a += Next(atom, a, &want);
    pos += Next(s, pos, &got);
    if (Lower(got) != want) return false;
  }
  return true;
}

// The atoms of `bucket` (-1: none) found at s[i], the code point there being `len` bytes long, are marked present.
void Prefilter::CompareAtoms(std::string_view s, std::size_t i, std::size_t len, int bucket,
                             Scratch* scratch) const {
  if (bucket < 0) return;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const FlatBucket& b = flat_[static_cast<std::size_t>(bucket)];
  // The atoms of several code points only when the next code point may continue one of them.
  std::uint32_t stop = b.multi;
  if (b.end > b.multi && i + len < n) {
    const std::size_t j = i + len;
    const unsigned d = bytes[j];
    char32_t next = d;
    if (d >= 0x80) {
      if ((d & 0xF0) == 0xE0 && j + 2 < n) {
        next = Decode3(bytes + j);
      } else {
        next = 0xFFFFFFFF;  // not decoded here: compare them all
      }
    }
    if (next == 0xFFFFFFFF || ((b.follow >> (next & 63)) & 1)) stop = b.end;
  }
  for (std::uint32_t k = b.begin; k < stop; ++k) {
    const AtomRef& r = refs_[k];
    std::uint64_t& word = scratch->present[r.id / 64];
    const std::uint64_t bit = std::uint64_t{1} << (r.id % 64);
    if (word & bit) continue;
    bool found;
    switch (r.compare) {
      case Compare::kFound:
        found = true;
        break;
      case Compare::kWord:
        if (n - i >= 8) {  // one masked word while 8 bytes of text remain
          std::uint64_t text;
          std::memcpy(&text, bytes + i, 8);
          found = (text & r.mask) == r.word;
          break;
        }
        [[fallthrough]];
      case Compare::kBytes:
        found = r.size <= n - i && std::memcmp(bytes + i, atoms_[r.id].data(), r.size) == 0;
        break;
      default:
        found = AtomAt(s, i, r.id);
    }
    if (!found) continue;
    // First the list, then the bit: a bit is set only for an atom in the list (see Clear).
    scratch->atoms.push_back(static_cast<int>(r.id));
    word |= bit;
  }
}

void Prefilter::Candidates(std::string_view s, Scratch* scratch, bool valid_utf8) const {
  scratch->atoms.clear();
  scratch->rules.clear();
  if (bmp_.empty()) return;  // no rules
  scratch->present.resize((atoms_.size() + 63) / 64, 0);
  scratch->seen.resize((needs_numeral_.size() + 63) / 64, 0);
  // Leave the bit sets clear for the next sentence, also when an allocation throws: every bit set belongs to an
  // atom of scratch->atoms (present) or to a rule of such an atom's first clause (seen).
  struct Clear {
    const Prefilter* p;
    Scratch* scratch;
    ~Clear() {
      for (int a : scratch->atoms) {
        scratch->present[static_cast<std::size_t>(a) / 64] = 0;
        for (int r : p->first_clause_rules_[static_cast<std::size_t>(a)]) {
          scratch->seen[static_cast<std::size_t>(r) / 64] = 0;
        }
      }
    }
  } clear{this, scratch};
  bool numeral = false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  // Two phases per block of text: the positions of the code points that start an atom or are numerals ("hits",
  // about a third of the code points of Chinese news) are collected without a branch on the bitmap test, then each
  // hit's atoms are compared. A branch per code point on "hot or not" mispredicted at that rate.
  constexpr std::size_t kBlock = 64;
  std::uint32_t hits[kBlock + 1];
  std::size_t i = 0;
  while (i < n) {
    std::size_t k = 0;
    // ASCII and well-formed three-byte sequences (all but a few code points of Chinese text) stay in this loop;
    // anything else, and the last two bytes, take the careful decode below.
    // In text known to be valid, a lead byte 1110xxxx is a whole three-byte sequence.
    while (k < kBlock && i + 2 < n) {
      const unsigned c = bytes[i];
      const bool ascii = c < 0x80;
      if (!ascii && (valid_utf8 ? (c & 0xF0) != 0xE0 : !IsWellFormed3(bytes + i))) break;
      const char32_t cp = ascii ? c : Decode3(bytes + i);
      hits[k] = static_cast<std::uint32_t>(i);
      k += (hot_[cp / 64] >> (cp % 64)) & 1;
      i += ascii ? 1 : 3;
    }
    for (std::size_t h = 0; h < k; ++h) {
      const std::size_t at = hits[h];
      const unsigned c = bytes[at];
      const std::size_t len = c < 0x80 ? 1 : 3;
      const std::uint16_t info = bmp_[c < 0x80 ? c : Decode3(bytes + at)];
      numeral = numeral || (info & kNumeralBit);
      CompareAtoms(s, at, len, static_cast<int>(info & ~kNumeralBit) - 1, scratch);
    }
    if (k == kBlock || i >= n) continue;
    if (i + 2 < n) {
      // Stopped by the block only if this sequence is well formed; else decoded below.
      if (bytes[i] < 0x80 || (valid_utf8 ? (bytes[i] & 0xF0) == 0xE0 : IsWellFormed3(bytes + i))) continue;
    }
    // One code point the fast loop does not take: two- and four-byte sequences, ill-formed bytes, the tail.
    char32_t cp;
    const std::size_t len = Next(s, i, &cp);
    int bucket = -1;
    if (cp < 0x10000) {
      const std::uint16_t info = bmp_[cp];
      numeral = numeral || (info & kNumeralBit);
      bucket = static_cast<int>(info & ~kNumeralBit) - 1;
    } else {
      for (const auto& [first, b] : astral_) {
        if (first == cp) bucket = b;
      }
    }
    CompareAtoms(s, i, len, bucket, scratch);
    i += len;
  }
  auto has = [scratch](int a) {
    return (scratch->present[static_cast<std::size_t>(a) / 64] >> (static_cast<std::size_t>(a) % 64)) & 1;
  };
  for (int a : scratch->atoms) {
    for (int r : first_clause_rules_[static_cast<std::size_t>(a)]) {
      const std::size_t ru = static_cast<std::size_t>(r);
      std::uint64_t& word = scratch->seen[ru / 64];
      const std::uint64_t bit = std::uint64_t{1} << (ru % 64);
      if (word & bit) continue;
      word |= bit;
      if (needs_numeral_[ru] && !numeral) continue;
      bool pass = true;
      for (std::size_t k = clause_begin_[ru] + 1; pass && k < clause_begin_[ru + 1]; ++k) {
        pass = std::any_of(clauses_[k].begin(), clauses_[k].end(), has);
      }
      if (pass) scratch->rules.push_back(r);
    }
  }
  if (numeral) scratch->rules.insert(scratch->rules.end(), unfiltered_.begin(), unfiltered_.end());
  std::sort(scratch->rules.begin(), scratch->rules.end());
}

}  // namespace zhfacts::internal
