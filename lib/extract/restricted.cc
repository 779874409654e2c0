#include "extract/restricted.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/patterns.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// True when the pattern may contain an empty-width assertion that looks at the text around a match. Purely
// textual and conservative: "[^" or an escaped \$ also count, which only turns the optimization off.
bool MayLookOutside(const std::string& pattern) {
  if (pattern.find_first_of("^$") != std::string::npos) return true;
  for (const char* op : {"\\b", "\\B", "\\A", "\\z"}) {
    if (pattern.find(op) != std::string::npos) return true;
  }
  return false;
}

// One piece of a pattern: verbatim text, or a literal alternation (its words unescaped, in order).
struct Piece {
  std::string text;                // verbatim, or the group as written
  std::vector<std::string> words;  // non-empty for an alternation
};

bool IsMeta(char c) { return std::string_view("\\()[]{}*+?.^$|").find(c) != std::string_view::npos; }

// The literal alternation starting at pattern[i] ("(?:"), or false; *end is past its ")".
bool ReadAlternation(const std::string& pattern, std::size_t i, std::vector<std::string>* words, std::size_t* end) {
  if (pattern.compare(i, 3, "(?:") != 0) return false;
  words->assign(1, std::string());
  for (std::size_t k = i + 3; k < pattern.size(); ++k) {
    char c = pattern[k];
    if (c == ')') {
      *end = k + 1;
      for (const std::string& w : *words) {
        if (w.empty()) return false;
      }
      // Followed by a quantifier is fine: the group stays one group.
      return words->size() >= 2;
    }
    if (c == '|') {
      words->emplace_back();
    } else if (c == '\\') {
      // QuoteMeta escapes an ASCII punctuation character with a backslash; anything else (\d, \x00…) is not literal.
      if (k + 1 >= pattern.size()) return false;
      char e = pattern[k + 1];
      if (static_cast<unsigned char>(e) >= 0x80 || std::isalnum(static_cast<unsigned char>(e))) return false;
      words->back() += e;
      ++k;
    } else if (IsMeta(c)) {
      return false;
    } else {
      words->back() += c;
    }
  }
  return false;
}

std::string Escaped(const std::string& word) {
  std::string out;
  for (char c : word) {
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

}  // namespace

bool AutoRestrict(Rule* rule) {
  if (rule->restrict || !rule->lexicon.empty()) return false;
  const std::string& pattern = rule->pattern;
  if (pattern.find("(?i") != std::string::npos || pattern.find("(?-") != std::string::npos) return false;
  // A variant matched on the figure alone could not see what an anchor or a word boundary looks at.
  if (MayLookOutside(pattern)) return false;
  std::vector<Piece> pieces;
  std::size_t words = 0;
  for (std::size_t i = 0; i < pattern.size();) {
    std::vector<std::string> alt;
    std::size_t end = 0;
    // A "(?:" that is itself escaped ("\\(?:") is not a group: an escape consumes the next character.
    if (pattern[i] == '\\') {
      if (pieces.empty() || !pieces.back().words.empty()) pieces.emplace_back();
      pieces.back().text.append(pattern, i, std::min<std::size_t>(2, pattern.size() - i));
      i += 2;
      continue;
    }
    if (ReadAlternation(pattern, i, &alt, &end)) {
      pieces.push_back({pattern.substr(i, end - i), alt});
      words += alt.size();
      i = end;
      continue;
    }
    if (pieces.empty() || !pieces.back().words.empty()) pieces.emplace_back();
    pieces.back().text += pattern[i++];
  }
  if (words < kAutoRestrictMinWords) return false;
  // Rebuilding with every word reproduces the pattern exactly only if the words were written as Escaped() writes
  // them; otherwise leave the rule alone.
  std::vector<std::string> entries;
  for (const Piece& p : pieces) {
    if (p.words.empty()) continue;
    std::string group = "(?:";
    for (std::size_t k = 0; k < p.words.size(); ++k) group += (k ? "|" : "") + Escaped(p.words[k]);
    if (group + ")" != p.text) return false;
    for (const std::string& w : p.words) {
      if (std::find(entries.begin(), entries.end(), w) == entries.end()) entries.push_back(w);
    }
  }
  std::vector<std::vector<std::string>> lexicon;
  for (const std::string& w : entries) lexicon.push_back({w});
  rule->lexicon = std::move(lexicon);
  rule->restricted_from_pattern = true;
  rule->restrict = [pieces, entries](const std::vector<bool>& present) {
    std::string out;
    for (const Piece& p : pieces) {
      if (p.words.empty()) {
        out += p.text;
        continue;
      }
      std::string kept;
      for (const std::string& w : p.words) {
        std::size_t e = static_cast<std::size_t>(std::find(entries.begin(), entries.end(), w) - entries.begin());
        if (!present[e]) continue;
        kept += (kept.empty() ? "" : "|") + Escaped(w);
      }
      out += kept.empty() ? std::string(patterns::kNever) : "(?:" + kept + ")";
    }
    return out;
  };
  return true;
}

std::unique_ptr<RestrictedMatcher> RestrictedMatcher::Create(const Rule& rule, int ngroups,
                                                             const RE2::Options& options) {
  if (!rule.restrict || rule.lexicon.empty() || MayLookOutside(rule.pattern)) return nullptr;
  std::unique_ptr<RestrictedMatcher> m(new RestrictedMatcher());
  m->restrict_ = rule.restrict;
  m->ngroups_ = ngroups;
  m->options_ = options;
  m->entries_ = rule.lexicon.size();
  for (std::size_t e = 0; e < rule.lexicon.size(); ++e) {
    for (const std::string& s : rule.lexicon[e]) {
      char32_t cp;
      if (s.empty() || !DecodeUtf8(s, 0, &cp)) continue;  // never occurs in the (valid UTF-8) text
      auto it = std::lower_bound(m->by_first_.begin(), m->by_first_.end(), cp,
                                 [](const auto& x, char32_t c) { return x.first < c; });
      if (it == m->by_first_.end() || it->first != cp) it = m->by_first_.insert(it, {cp, {}});
      it->second.push_back(static_cast<int>(m->strings_.size()));
      m->strings_.push_back(s);
      m->entry_of_.push_back(static_cast<int>(e));
    }
  }
  return m;
}

void RestrictedMatcher::FindWords(std::string_view text, Scratch* scratch) const {
  scratch->present.assign(entries_, false);
  scratch->key.assign((entries_ + 7) / 8, '\0');
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(text, i, &cp);
    if (!len) {  // an ill-formed byte starts no string (they are valid UTF-8)
      ++i;
      continue;
    }
    auto it = std::lower_bound(by_first_.begin(), by_first_.end(), cp,
                               [](const auto& x, char32_t c) { return x.first < c; });
    if (it != by_first_.end() && it->first == cp) {
      for (int k : it->second) {
        const std::string& s = strings_[static_cast<std::size_t>(k)];
        if (text.compare(i, s.size(), s) != 0) continue;
        std::size_t e = static_cast<std::size_t>(entry_of_[static_cast<std::size_t>(k)]);
        scratch->present[e] = true;
        scratch->key[e / 8] = static_cast<char>(scratch->key[e / 8] | (1u << (e % 8)));
      }
    }
    i += len;
  }
}

const RE2* RestrictedMatcher::Variant(const Scratch& scratch) const {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = variants_.find(scratch.key);
    if (it != variants_.end()) return it->second.get();
    if (variants_.size() >= kMaxVariants) return nullptr;
  }
  // Compiled outside the lock; if two threads race on the same key, the first one stored wins.
  auto re = std::make_unique<RE2>(restrict_(scratch.present), options_);
  if (!re->ok() || 1 + re->NumberOfCapturingGroups() != ngroups_) re.reset();
  std::lock_guard<std::mutex> lock(mu_);
  if (variants_.size() >= kMaxVariants) return nullptr;
  auto [it, inserted] = variants_.emplace(scratch.key, std::move(re));
  return it->second.get();
}

bool RestrictedMatcher::Captures(re2::StringPiece match, re2::StringPiece* groups, Scratch* scratch) const {
  FindWords(std::string_view(match.data(), match.size()), scratch);
  const RE2* re = Variant(*scratch);
  // The text handed to RE2 is exactly the match (no context is needed: see MayLookOutside), which lets it skip its
  // DFA and go straight to the backtracker for a match this short.
  return re && re->Match(match, 0, match.size(), RE2::ANCHOR_BOTH, groups, ngroups_);
}

std::size_t RestrictedMatcher::variant_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return variants_.size();
}

}  // namespace zhfacts::internal
