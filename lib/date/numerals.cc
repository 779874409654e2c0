#include "date/numerals.h"

#include <algorithm>

#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

int CnDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'○': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

// The code points of a date numeral, which has at most four: on the stack, no allocation.
struct CodePoints {
  static constexpr std::size_t kMax = 4;
  char32_t cp[kMax];
  std::size_t n = 0;  // kMax + 1: more than kMax (every parser here rejects those)
  std::size_t size() const { return n; }
  bool empty() const { return n == 0; }
  char32_t operator[](std::size_t i) const { return cp[i]; }
  const char32_t* begin() const { return cp; }
  const char32_t* end() const { return cp + std::min(n, kMax); }
};

// False if s is ill-formed UTF-8 in its first kMax code points; a longer s stops there, with size() kMax + 1.
bool Decode(std::string_view s, CodePoints* out) {
  out->n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (out->n == CodePoints::kMax) {
      out->n = CodePoints::kMax + 1;
      return true;
    }
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (!len) return false;
    out->cp[out->n++] = cp;
    i += len;
  }
  return true;
}

// All of s as ASCII digits; -1 otherwise.
int AsciiNumber(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

}  // namespace

int ParseSmallNumber(std::string_view s) {
  if (s.empty()) return -1;
  if (s[0] >= '0' && s[0] <= '9') {
    return s.size() <= 2 ? AsciiNumber(s) : -1;
  }
  CodePoints cps;
  if (!Decode(s, &cps) || cps.empty() || cps.size() > 3) return -1;
  if (cps[0] == U'廿' || cps[0] == U'卅') {
    int tens = cps[0] == U'廿' ? 20 : 30;
    if (cps.size() == 1) return tens;
    int d = cps.size() == 2 ? CnDigit(cps[1]) : -1;
    return d >= 1 ? tens + d : -1;
  }
  std::size_t ten = cps.size();
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] == U'十' || cps[i] == U'拾') ten = i;
  }
  if (ten == cps.size()) {  // a single digit
    if (cps.size() != 1) return -1;
    int d = CnDigit(cps[0]);
    return d >= 1 ? d : -1;
  }
  int tens = 1;
  if (ten == 1) {
    tens = CnDigit(cps[0]);
    if (tens < 2) return -1;  // 一十 and 〇十 are not written in dates
  } else if (ten != 0) {
    return -1;
  }
  int units = 0;
  if (ten + 1 < cps.size()) {
    if (ten + 2 != cps.size()) return -1;
    units = CnDigit(cps[ten + 1]);
    if (units < 1) return -1;
  }
  return tens * 10 + units;
}

int ParseYearDigits(std::string_view s) {
  if (s.size() == 4 && s[0] >= '0' && s[0] <= '9') return AsciiNumber(s);
  CodePoints cps;
  if (!Decode(s, &cps) || cps.size() != 4) return -1;
  int v = 0;
  for (char32_t c : cps) {
    int d = CnDigit(c);
    if (d < 0 || c == U'两') return -1;
    v = v * 10 + d;
  }
  return v;
}

int ParseThousandsYear(std::string_view s) {
  static constexpr std::string_view kQian = "千";
  std::size_t q = s.find(kQian);
  if (q == std::string_view::npos || q == 0) return -1;
  CodePoints head;
  if (!Decode(s.substr(0, q), &head) || head.size() != 1) return -1;
  int thousands = CnDigit(head[0]);
  if (thousands < 1) return -1;
  std::string_view rest = s.substr(q + kQian.size());
  static constexpr std::string_view kLing = "零";
  if (rest.substr(0, kLing.size()) == kLing) rest.remove_prefix(kLing.size());
  int tail = rest.empty() ? 0 : ParseSmallNumber(rest);
  if (tail < 0 || (tail > 0 && tail < 10 && s.find(kLing) == std::string_view::npos)) return -1;  // 两千四 is 2400
  return thousands * 1000 + tail;
}

int ParseShortYear(std::string_view s) {
  int v = -1;
  if (s.size() == 2) {
    v = AsciiNumber(s);
  } else {
    CodePoints cps;
    if (!Decode(s, &cps) || cps.size() != 2) return -1;
    int a = CnDigit(cps[0]), b = CnDigit(cps[1]);
    if (a < 0 || b < 0) return -1;
    v = a * 10 + b;
  }
  if (v < 0) return -1;
  return v < 50 ? 2000 + v : 1900 + v;
}

int ParseThreeDigitYear(std::string_view s) {
  if (s.size() == 3 && s[0] >= '1' && s[0] <= '9') return AsciiNumber(s);
  CodePoints cps;
  if (!Decode(s, &cps) || cps.size() != 3) return -1;
  int v = 0;
  for (char32_t c : cps) {
    int d = CnDigit(c);
    if (d < 0 || c == U'两') return -1;
    v = v * 10 + d;
  }
  return v >= 100 ? v : -1;
}

int ParseLunarDay(std::string_view s) {
  static constexpr std::string_view kChu = "初";
  if (s.substr(0, kChu.size()) == kChu) {
    std::string_view rest = s.substr(kChu.size());
    int v = ParseSmallNumber(rest);
    return v >= 1 && v <= 10 ? v : -1;
  }
  int v = ParseSmallNumber(s);
  return v >= 1 && v <= 30 ? v : -1;
}

int ParseLunarMonth(std::string_view s) {
  if (s == "正") return 1;
  if (s == "冬") return 11;
  if (s == "腊") return 12;
  int v = ParseSmallNumber(s);
  return v >= 1 && v <= 12 ? v : -1;
}

}  // namespace zhfacts::internal
