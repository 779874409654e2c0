#include "extract/restricted.h"

#include <algorithm>

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

}  // namespace

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
