// UTF-8 decoding helpers shared by the normalizer, the segmenter and the serializers.
#ifndef ZHFACTS_LIB_NORMALIZE_UTF8_H_
#define ZHFACTS_LIB_NORMALIZE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace zhfacts::internal {

// The code point of the three bytes at p, assuming a lead byte E0–EF and two continuation bytes (the caller checks
// what it needs): the inline decode of the byte scanners' CJK fast paths.
inline char32_t Decode3(const unsigned char* p) {
  return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
}

// Whether the three bytes at p (the caller checks that three remain) are a well-formed sequence: U+0800–U+FFFF
// without the surrogates. The test of the byte scanners' CJK fast paths; anything else takes DecodeUtf8.
inline bool IsWellFormed3(const unsigned char* p) {
  const unsigned c = p[0];
  return (c & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (c != 0xE0 || p[1] >= 0xA0) &&
         (c != 0xED || p[1] < 0xA0);
}

// Whether `w` occurs in `text` at `pos` (which may lie past the end): text.compare(pos, w.size(), w) == 0 for
// a non-empty w, with the last bytes compared first, which sets most words apart (the last byte of a CJK
// character takes 64 values, its first few), so that the scans over word lists call memcmp rarely.
inline bool BytesAt(std::string_view text, std::size_t pos, std::string_view w) {
  return !w.empty() && pos <= text.size() && text.size() - pos >= w.size() &&
         text[pos + w.size() - 1] == w.back() && std::memcmp(text.data() + pos, w.data(), w.size() - 1) == 0;
}

// Decodes the well-formed sequence at s[i]; returns its length (1–4), or 0 if ill-formed.
inline std::size_t DecodeUtf8(std::string_view s, std::size_t i, char32_t* cp) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  std::size_t n = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    if (n < 2 || (p[1] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (c < 0xF0) {
    if (n < 3) return 0;
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  if (c < 0xF5) {
    if (n < 4) return 0;
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  return 0;
}

// Length of the maximal ill-formed subpart at s[i] (Unicode §3.9, the U+FFFD policy ICU follows): the longest
// prefix of a well-formed sequence, or 1 byte.
inline std::size_t IllFormedLength(std::string_view s, std::size_t i) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  std::size_t n = s.size() - i;
  unsigned char c = p[0];
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c < 0xE0) need = 2;
  else if (c >= 0xE0 && c < 0xF0) { need = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c < 0xF5) { need = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 1;
  std::size_t k = 1;
  if (k < n && p[k] >= lo && p[k] <= hi) {
    ++k;
    while (k < need && k < n && (p[k] & 0xC0) == 0x80) ++k;
  }
  return k;
}

// Number of code points in s, counting each maximal ill-formed subpart as one (as its U+FFFD would be).
inline std::size_t CountCodePoints(std::string_view s) {
  std::size_t count = 0, i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; ++count; continue; }
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    i += len ? len : IllFormedLength(s, i);
    ++count;
  }
  return count;
}

// CountCodePoints for valid UTF-8: the bytes that are not continuation bytes (a loop the compiler vectorizes).
inline std::size_t CountCodePointsValid(std::string_view s) {
  std::size_t count = 0;
  for (char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// s with its ASCII letters upper-cased (lexicon words and units are compared so: eflops → EFLOPS, gdp → GDP).
inline void ToAsciiUpper(std::string* s) {
  for (char& c : *s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
}

// Appends cp as UTF-8.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// True if all of s is well-formed UTF-8. Allocates nothing.
inline bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    if (p[i] < 0x80) {  // ASCII: eight bytes at a time where possible
      std::uint64_t w;
      if (n - i >= 8 && (std::memcpy(&w, p + i, 8), !(w & 0x8080808080808080u))) {
        i += 8;
      } else {
        ++i;
      }
      continue;
    }
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (!len) return false;
    i += len;
  }
  return true;
}

// s with every ill-formed subpart replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_UTF8_H_
