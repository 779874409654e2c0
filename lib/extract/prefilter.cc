#include "extract/prefilter.h"

#include <algorithm>

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

}  // namespace

Status Prefilter::Build(const std::vector<std::string>& patterns,
                        const std::vector<std::vector<std::string>>& gates, const RE2::Options& options,
                        const std::vector<bool>& numeral_free) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    // A rule gated by literals is represented in FilteredRE2 by its first literal; the rest are matched here.
    bool literal = i < gates.size() && !gates[i].empty();
    std::string pattern = literal ? RE2::QuoteMeta(gates[i][0]) : patterns[i];
    int id = -1;
    RE2::ErrorCode code = filter_.Add(pattern, options, &id);
    if (code != RE2::NoError || id != static_cast<int>(i)) {
      return Status(StatusCode::kInvalidRule, "pattern " + std::to_string(i) + " rejected by the prefilter");
    }
  }
  if (patterns.empty()) return Status::Ok();
  filter_.Compile(&atoms_);
  std::vector<int> none;
  filter_.AllPotentials(none, &unfiltered_);
  std::sort(unfiltered_.begin(), unfiltered_.end());
  derived_atoms_ = atoms_.size();
  literal_rule_first_.assign(patterns.size(), false);
  for (std::size_t i = 0; i < gates.size() && i < patterns.size(); ++i) literal_rule_first_[i] = !gates[i].empty();
  numeral_free_.assign(patterns.size(), false);
  for (std::size_t i = 0; i < numeral_free.size() && i < patterns.size(); ++i) numeral_free_[i] = numeral_free[i];
  for (std::size_t i = 0; i < gates.size(); ++i) {
    for (const std::string& word : gates[i]) {
      std::string lowered;
      for (std::size_t k = 0; k < word.size();) {
        char32_t cp;
        k += Next(word, k, &cp);
        AppendUtf8(Lower(cp), &lowered);
      }
      atoms_.push_back(lowered);
      literal_rule_.push_back(static_cast<int>(i));
    }
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
    buckets_[(bmp_[cp] & ~kNumeralBit) - 1].push_back(static_cast<int>(a));
  } else {
    auto it = std::find_if(astral_.begin(), astral_.end(), [cp](const auto& p) { return p.first == cp; });
    if (it == astral_.end()) {
      buckets_.emplace_back();
      astral_.emplace_back(cp, static_cast<int>(buckets_.size() - 1));
      it = astral_.end() - 1;
    }
    buckets_[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(a));
  }
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

void Prefilter::Candidates(std::string_view s, Scratch* scratch) const {
  scratch->atoms.clear();
  scratch->rules.clear();
  bool numeral = false;
  if (bmp_.empty()) return;  // no rules
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = Next(s, i, &cp);
    int bucket = -1;
    if (cp < 0x3000) cp = Lower(cp);  // CJK has no case: skip the mapping on the hot path
    if (cp < 0x10000) {
      std::uint16_t info = bmp_[cp];
      if (!info && cp >= 0xFF21) info = bmp_[Lower(cp)];
      numeral = numeral || (info & kNumeralBit);
      bucket = static_cast<int>(info & ~kNumeralBit) - 1;
    } else {
      for (const auto& [first, b] : astral_) {
        if (first == cp) bucket = b;
      }
    }
    if (bucket >= 0) {
      for (int a : buckets_[static_cast<std::size_t>(bucket)]) {
        const std::size_t id = static_cast<std::size_t>(a);
        if (exact_[id] ? s.compare(i, atoms_[id].size(), atoms_[id]) != 0 : !AtomAt(s, i, id)) continue;
        if (static_cast<std::size_t>(a) < derived_atoms_) {
          scratch->atoms.push_back(a);
        } else {
          scratch->rules.push_back(literal_rule_[static_cast<std::size_t>(a) - derived_atoms_]);
        }
      }
    }
    i += len;
  }
  std::sort(scratch->atoms.begin(), scratch->atoms.end());
  scratch->atoms.erase(std::unique(scratch->atoms.begin(), scratch->atoms.end()), scratch->atoms.end());
  // With no atoms, FilteredRE2 returns just the unfiltered rules; it always includes them.
  scratch->potentials.clear();
  if (scratch->atoms.empty()) {
    scratch->potentials = unfiltered_;  // what AllPotentials returns for no atoms (Build asked it)
  } else {
    filter_.AllPotentials(scratch->atoms, &scratch->potentials);
  }
  for (int r : scratch->potentials) {
    // Rules gated by literals were matched above; their stand-in pattern in FilteredRE2 is not the whole gate.
    if (r < static_cast<int>(literal_rule_first_.size()) && literal_rule_first_[static_cast<std::size_t>(r)]) continue;
    scratch->rules.push_back(r);
  }

  if (!numeral) {
    // Rules without atoms and rules gated by unit words still need a numeral: they start from a number (unless a
    // rule says it needs none).
    scratch->rules.erase(std::remove_if(scratch->rules.begin(), scratch->rules.end(),
                                        [this](int r) {
                                          auto i = static_cast<std::size_t>(r);
                                          return (literal_rule_first_[i] && !numeral_free_[i]) ||
                                                 std::binary_search(unfiltered_.begin(), unfiltered_.end(), r);
                                        }),
                         scratch->rules.end());
  }
  std::sort(scratch->rules.begin(), scratch->rules.end());
  scratch->rules.erase(std::unique(scratch->rules.begin(), scratch->rules.end()), scratch->rules.end());
}

}  // namespace zhfacts::internal
