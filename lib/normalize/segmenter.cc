// Byte scanners over normalized text (see segmenter.h). The marks they look for are ASCII bytes or 3-byte
// sequences starting with E3 (。、) or EF (！？；，：), so a scan tests one byte per position and decodes nothing.
#include "normalize/segmenter.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace zhfacts::internal {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Bytes where a sentence may end: line breaks, ASCII ! ? ; and the lead bytes of 。 (E3) and ！？； (EF).
constexpr std::array<bool, 256> MakeSentenceMarks() {
  std::array<bool, 256> t{};
  for (int c : {0x0A, 0x21, 0x3F, 0x3B, 0xE3, 0xEF}) t[static_cast<std::size_t>(c)] = true;  // \n ! ? ; E3 EF
  return t;
}
constexpr std::array<bool, 256> kSentenceMarks = MakeSentenceMarks();

bool Is3(std::string_view t, std::size_t i, const char* s) {
  return i + 3 <= t.size() && std::memcmp(t.data() + i, s, 3) == 0;
}

// Length of the sentence terminator at text[i], or 0. ASCII ! ? ; end a sentence unless they sit between ASCII
// letters or digits (a URL query "a.php?id=1", "x;y").
std::size_t TerminatorAt(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '!' || c == '?' || c == ';') {
    bool inside = i > 0 && i + 1 < text.size() && IsAsciiAlnum(text[i - 1]) &&
                  (IsAsciiAlnum(text[i + 1]) || text[i + 1] == '=');
    return inside ? 0 : 1;
  }
  unsigned char u = static_cast<unsigned char>(c);
  if (u == 0xE3) return Is3(text, i, "。") ? 3 : 0;
  if (u == 0xEF) return Is3(text, i, "！") || Is3(text, i, "？") || Is3(text, i, "；") ? 3 : 0;
  return 0;
}

// Length of a closing quote or bracket at text[i] that still belongs to the sentence before it, or 0.
std::size_t CloserAt(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '"' || c == '\'' || c == ')') return 1;
  unsigned char u = static_cast<unsigned char>(c);
  if (u == 0xE2) return Is3(text, i, "”") || Is3(text, i, "’") ? 3 : 0;
  if (u == 0xE3) return Is3(text, i, "」") || Is3(text, i, "』") || Is3(text, i, "》") ? 3 : 0;
  if (u == 0xEF) return Is3(text, i, "）") ? 3 : 0;
  return 0;
}

// Offset of the first sentence mark (kSentenceMarks) among the 16 bytes at p, or 16: six byte compares over a
// vector (GCC/Clang vector extensions: SSE2 on x86-64, NEON on ARM).
std::size_t FirstSentenceMark16(const char* p) {
  typedef unsigned char V16 __attribute__((vector_size(16)));
  V16 v;
  std::memcpy(&v, p, 16);
  V16 hit = (v == 0x0A) | (v == 0x21) | (v == 0x3F) | (v == 0x3B) | (v == 0xE3) | (v == 0xEF);
  std::uint64_t halves[2];  // bytes of 0xFF where a mark is
  std::memcpy(halves, &hit, 16);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  if (halves[0]) return static_cast<std::size_t>(__builtin_clzll(halves[0])) / 8;
  if (halves[1]) return 8 + static_cast<std::size_t>(__builtin_clzll(halves[1])) / 8;
#else
  if (halves[0]) return static_cast<std::size_t>(__builtin_ctzll(halves[0])) / 8;
  if (halves[1]) return 8 + static_cast<std::size_t>(__builtin_ctzll(halves[1])) / 8;
#endif
  return 16;
}

// The high bit of each of the eight bytes of x that may be b: zero if none is; the lowest bit set marks the first
// byte that is b (bytes after it may be marked falsely, through the borrow).
std::uint64_t ByteMask(std::uint64_t x, unsigned char b) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  std::uint64_t v = x ^ (kOnes * b);  // a zero byte where x has b
  return (v - kOnes) & ~v & kHighs;
}

}  // namespace

void SplitSentences(std::string_view text, std::vector<Sentence>* out) {
  out->clear();
  std::size_t start = 0, paragraph = 0;
  bool paragraph_has_text = false;
  auto emit = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) {
      out->push_back({b, e, paragraph});
      paragraph_has_text = true;
    }
  };
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 16 <= n) {  // most of the text: 16 bytes at a time, to the next mark
      std::size_t skip = FirstSentenceMark16(text.data() + i);
      i += skip;
      if (skip == 16) continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!kSentenceMarks[c]) {
      ++i;
      continue;
    }
    if (c == '\n') {
      emit(i);
      while (i < n && (text[i] == '\n' || IsSpace(text[i]))) ++i;  // blank lines: one paragraph break
      if (paragraph_has_text) ++paragraph;
      paragraph_has_text = false;
      start = i;
      continue;
    }
    std::size_t t = TerminatorAt(text, i);
    if (t == 0) {
      ++i;
      continue;
    }
    i += t;
    // Runs of terminators (？！, 。。) and the closing quotes after them end the same sentence: 他说：“好。”
    for (;;) {
      if (i >= n) break;
      if (std::size_t more = TerminatorAt(text, i)) {
        i += more;
      } else if (std::size_t closer = CloserAt(text, i)) {
        i += closer;
      } else {
        break;
      }
    }
    emit(i);
    start = i;
  }
  emit(n);
}

void SplitClauses(std::string_view text, const Sentence& s, std::vector<std::size_t>* boundaries) {
  boundaries->clear();
  for (std::size_t i = s.begin; i < s.end;) {
    // Eight bytes at a time over text without a mark (the linker splits every sentence that holds a figure).
    if (i + 8 <= s.end) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      std::uint64_t marks = ByteMask(x, 0xEF) | ByteMask(x, ',') | ByteMask(x, ':');
      if (!marks) {
        i += 8;
        continue;
      }
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      // Straight to the first byte that may be a mark (the lowest marked byte is one): none before it is.
      i += static_cast<std::size_t>(__builtin_ctzll(marks)) / 8;
#endif
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xEF && (Is3(text, i, "，") || Is3(text, i, "：")) && i + 3 <= s.end) {
      i += 3;
      boundaries->push_back(i);
      continue;
    }
    if (c == ',' || c == ':') {  // not inside a number: 1,234 / 12:30
      bool digit_before = i > s.begin && IsDigit(text[i - 1]);
      bool digit_after = i + 1 < s.end && IsDigit(text[i + 1]);
      if (!(digit_before && digit_after)) boundaries->push_back(i + 1);
    }
    ++i;
  }
}

std::size_t NewsSourceAt(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kSources[] = {"本报", "新华社", "中新社", "中新网", "人民网", "新华网",
                                                   "央视网", "央广网", "证券时报", "财联社", "澎湃新闻"};
  if (text.size() < pos + 6) return 0;
  const std::string_view rest = text.substr(pos);
  // Every source is Chinese: its first three bytes are compared before the rest (a name found is rarely a source).
  for (std::string_view w : kSources) {
    if (rest[0] == w[0] && rest[1] == w[1] && rest[2] == w[2] && rest.size() >= w.size() &&
        std::memcmp(rest.data(), w.data(), w.size()) == 0) {
      return w.size();
    }
  }
  return 0;
}

bool NewsSourceEndingAt(std::string_view text, std::size_t pos) {
  for (std::size_t len : {6, 9, 12}) {  // the sources are two to four Chinese characters
    if (pos >= len && NewsSourceAt(text, pos - len) == len) return true;
  }
  return false;
}

bool NewsLeadAt(std::string_view text, std::size_t pos) {
  constexpr std::size_t kMaxDatelineBytes = 36;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= text.size()) return false;
  const std::size_t source = NewsSourceAt(text, pos);
  if (!source) return false;
  std::string_view head = text.substr(pos + source, kMaxDatelineBytes);
  head = head.substr(0, head.find_first_of("\r\n"));
  return head.find("电") != std::string_view::npos || head.find("讯") != std::string_view::npos ||
         head.find("记者") != std::string_view::npos;
}

}  // namespace zhfacts::internal
