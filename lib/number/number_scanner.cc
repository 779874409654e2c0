// A hand-written scanner over code points: find where a numeral may start, take the longest run that ParseNumber
// accepts, then read what follows it (分之, %, 个百分点, 成, 折, 打). Values always come from ParseNumber, so the
// scanner and the rule patterns agree on what a numeral is.
#include "number/number_scanner.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/embedded.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// Words written with numeral characters that are not numbers: lib/lexicon/data/numeral_lookalikes.tsv, embedded at
// build time, decoded once.
const std::vector<std::u32string>& LookalikeWords() {
  static const std::vector<std::u32string>* const words = [] {
    auto* out = new std::vector<std::u32string>();
    for (int f = 0; f < kEmbeddedLexiconCount; ++f) {
      if (std::string_view(kEmbeddedLexicons[f].name) != "numeral_lookalikes.tsv") continue;
      std::string_view text = kEmbeddedLexicons[f].text;
      bool header = true;
      while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (line.empty() || line[0] == '#') continue;
        if (header) {  // the column names
          header = false;
          continue;
        }
        std::string_view word = line.substr(0, line.find('\t'));
        std::u32string w;
        for (std::size_t i = 0; i < word.size();) {
          char32_t c;
          std::size_t len = DecodeUtf8(word, i, &c);
          if (len == 0) break;
          w.push_back(c);
          i += len;
        }
        if (!w.empty()) out->push_back(std::move(w));
      }
    }
    return out;
  }();
  return *words;
}

// Characters across which spaces are dropped inside a figure (一百 五 十 二, 百 分 之 2.4, 7 万5 千4 百).
bool IsFigureChar(char32_t c) {
  if ((c >= '0' && c <= '9') || c == '.' || c == '%' || c == 'k' || c == 'K' || c == 'M') return true;
  if (NumeralDigit(c) >= 0 || NumeralMagnitude(c) > 0) return true;
  switch (c) {
    case U'点':
    case U'點':
    case U'分':
    case U'之':
    case U'个':
    case U'個':
    case U'成':
    case U'折':
    case U'余':
    case U'多':
    case U'几':
    case U'幾':
    case U'又':
    case U'负':
    case U'負':
      return true;
    default:
      return false;
  }
}

char32_t Fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII
  if (c == 0x3000) return ' ';
  if (c == 0x2212) return '-';  // minus sign; dashes (— –) join ranges and stay as they are
  return c;
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char32_t c) { return c == ' ' || c == '\t'; }
bool IsNeg(char32_t c) { return c == U'负' || c == U'負'; }
bool IsApproxFiller(char32_t c) { return c == U'余' || c == U'多' || c == U'几' || c == U'幾'; }
bool IsPointCp(char32_t c) { return c == U'点' || c == U'點'; }
bool IsNumeralCp(char32_t c) { return NumeralDigit(c) >= 0 || NumeralMagnitude(c) > 0; }
bool IsTwo(char32_t c) { return c == U'两' || c == U'兩'; }

// 千 and 兆 are magnitudes only when they are not the prefix of a unit (千克, 千瓦, 兆瓦, 兆赫, 兆字节 …):
// 1.4千克 is 1.4 kg, 120万千瓦 is 1.2 million kW.
bool IsUnitAfterPrefix(char32_t c) {
  switch (c) {
    case U'瓦':
    case U'赫':
    case U'帕':
    case U'字':
    case U'比':
    case U'焦':
    case U'欧':
    case U'伏':
    case U'位':
    case U'克':
    case U'米':
    case U'升':
    case U'卡':
    case U'b':
    case U'B':
      return true;
    default:
      return false;
  }
}

// Verbs and nouns that follow 打 when it is not "dozen" (一打开, 打造, 打通 …).
bool IsVerbAfterDa(char32_t c) {
  switch (c) {
    case U'开':
    case U'造':
    case U'通':
    case U'破':
    case U'算':
    case U'工':
    case U'击':
    case U'响':
    case U'电':
    case U'球':
    case U'扫':
    case U'车':
    case U'卡':
    case U'印':
    case U'折':
    case U'包':
    case U'下':
    case U'出':
    case U'入':
    case U'进':
    case U'好':
    case U'得':
    case U'了':
    case U'着':
    case U'过':
    case U'架':
    case U'针':
      return true;
    default:
      return false;
  }
}

// Longest run of numeral characters a single match examines (a real numeral is under 40 characters).
constexpr std::size_t kMaxRun = 256;

struct Cp {
  char32_t c;
  std::uint32_t b, e;  // byte span in the original text (ScanNumbers scans at most 4 GiB)
};

struct Numeral {
  bool ok = false;
  std::size_t end = 0;  // cp index past the numeral
  NumberStatus status = NumberStatus::kOk;
  Decimal value;
  bool has_digit = false;   // some digit, not only magnitudes (万, 百)
  bool ten_led = false;     // starts with 十/拾 (十, 十五: a number even without a digit)
  bool arabic_int = false;  // ASCII digits only
  bool arabic = false;      // ASCII digits, commas, point only
  bool has_point = false;
  bool filler = false;  // 余/多/几 inside (十余万)
  bool approx = false;  // 四五十
  Decimal lo, hi;
};

Decimal FromDouble(double v) {
  // 15 significant digits, as the reference resolutions print them; plain notation through Decimal.
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15e", std::fabs(v));
  std::string s(buf);
  std::size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::atoi(s.c_str() + e + 1);
  Decimal d;
  Decimal::Parse(mant, &d);
  d.MulPow10(exp);
  d.set_negative(v < 0);
  return d;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      char32_t c;
      std::size_t len = DecodeUtf8(text, i, &c);
      if (len == 0) {
        len = IllFormedLength(text, i);
        c = 0xFFFD;
      }
      cps_.push_back({Fold(c), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)});
      i += len;
    }
    // Drop spaces inside a figure, except between two Arabic digits (1 3/5 is a mixed fraction, 7 2 two numbers).
    // In place: the decision reads only what is already written (w - 1) and what is not yet read (j >= r).
    std::size_t w = 0;
    for (std::size_t r = 0; r < cps_.size(); ++r) {
      if (IsSpace(cps_[r].c) && w > 0 && IsFigureChar(cps_[w - 1].c)) {
        std::size_t j = r;
        while (j < cps_.size() && IsSpace(cps_[j].c)) ++j;
        char32_t prev = cps_[w - 1].c;
        if (j < cps_.size() && IsFigureChar(cps_[j].c) && !(IsAsciiDigit(prev) && IsAsciiDigit(cps_[j].c)) &&
            prev != '.' && cps_[j].c != '.') {
          r = j - 1;
          continue;
        }
      }
      cps_[w++] = cps_[r];
    }
    cps_.resize(w);
    blocked_.assign(cps_.size(), false);
    BlockWords();
    BlockUrls();
  }

  void Run(std::vector<ScannedNumber>* out) {
    std::size_t i = 0;
    while (i < cps_.size()) {
      ScannedNumber n;
      std::size_t end = 0;
      if (!blocked_[i] && Match(i, &n, &end)) {
        out->push_back(n);
        i = end;
      } else if (IsAsciiLetter(C(i)) || (IsAsciiDigit(C(i)) && i > 0 && IsAsciiLetter(C(i - 1)))) {
        while (i < cps_.size() && (IsAsciiLetter(C(i)) || IsAsciiDigit(C(i)))) ++i;  // A2021…, GB4754
      } else {
        ++i;
      }
    }
  }

 private:
  char32_t C(std::size_t i) const { return i < cps_.size() ? cps_[i].c : 0; }

  void BlockWords() {
    for (std::size_t i = 0; i < cps_.size(); ++i) {
      if (cps_[i].c < 0x80) continue;  // every word is CJK
      for (const std::u32string& w : LookalikeWords()) {
        if (i + w.size() > cps_.size()) continue;
        bool eq = true;
        for (std::size_t k = 0; k < w.size() && eq; ++k) eq = cps_[i + k].c == w[k];
        if (!eq) continue;
        // Inside a longer numeral the word is not meant (一百零一万一千 holds 万一).
        bool in_numeral = (i > 0 && IsNumeralCp(C(i - 1)) && !blocked_[i - 1]) || NumeralMagnitude(C(i + w.size())) > 0;
        if (!in_numeral) {
          for (std::size_t k = 0; k < w.size(); ++k) blocked_[i + k] = true;
        }
      }
    }
  }

  void BlockUrls() {
    static constexpr std::u32string_view kStarts[] = {U"http://", U"https://", U"www."};
    for (std::size_t i = 0; i < cps_.size(); ++i) {
      if (cps_[i].c != 'h' && cps_[i].c != 'w') continue;
      for (std::u32string_view w : kStarts) {
        if (i + w.size() > cps_.size()) continue;
        bool eq = true;
        for (std::size_t k = 0; k < w.size() && eq; ++k) eq = cps_[i + k].c == w[k];
        if (!eq) continue;
        std::size_t j = i;
        while (j < cps_.size() && cps_[j].c > ' ' && cps_[j].c < 0x80) blocked_[j++] = true;
        i = j;
        break;
      }
    }
  }

  // May a numeral continue at cp k (a run started at a)?
  bool Continues(std::size_t a, std::size_t k, bool no_point) const {
    char32_t c = C(k);
    if (IsAsciiDigit(c)) return true;
    if (c == ',') return k > a && IsAsciiDigit(C(k - 1)) && IsAsciiDigit(C(k + 1));
    if (c == '.') return !no_point && IsAsciiDigit(C(k + 1)) && (k == a || IsAsciiDigit(C(k - 1)));
    if (c == U'兆') return k > a && !IsUnitAfterPrefix(C(k + 1));
    if (c == U'千' && IsUnitAfterPrefix(C(k + 1)) && k > a) return false;
    if (NumeralDigit(c) >= 0 || NumeralMagnitude(c) > 0) return true;
    if (IsPointCp(c)) return k > a && NumeralDigit(C(k + 1)) >= 0 && !IsTwo(C(k + 1));
    if (IsApproxFiller(c)) return k > a && NumeralMagnitude(C(k + 1)) > 0;
    return false;
  }

  Numeral ReadNumeral(std::size_t a) const {
    Numeral n;
    if (a >= cps_.size() || blocked_[a]) return n;
    bool no_point = a >= 2 && C(a - 1) == '.' && IsAsciiDigit(C(a - 2));  // 2222.2222.222: dots separate
    // The run of characters a numeral may use, at most kMaxRun of them, except that an all-Arabic run is taken whole
    // (10^7 digits: one overflow item, linear). Each match then costs O(kMaxRun) at most.
    std::size_t r = a;
    int points = 0;
    bool arabic_only = true;
    while (r < cps_.size() && !blocked_[r] && Continues(a, r, no_point) && (arabic_only || r - a < kMaxRun)) {
      char32_t c = C(r);
      if (c == '.') ++points;
      arabic_only = arabic_only && (IsAsciiDigit(c) || c == ',' || c == '.');
      if (!arabic_only && r - a >= kMaxRun) break;
      ++r;
    }
    if (points >= 2) {  // a dotted chain (version numbers, 2222.2222.222): the integer part only
      r = a;
      while (r < cps_.size() && C(r) != '.' && Continues(a, r, true)) ++r;
    }
    if (r == a) return n;
    // The run as one string, fillers (余多几) left out; prefix_end[k] = bytes of s after cp a+k.
    std::string s;
    std::vector<std::size_t> prefix_end;
    prefix_end.reserve(std::min<std::size_t>(r - a, kMaxRun));
    for (std::size_t k = a; k < r; ++k) {
      char32_t c = C(k);
      if (k == a && c == '.') s += '0';
      if (!IsApproxFiller(c)) {
        AppendUtf8(c, &s);
      } else if (k > a && (C(k - 1) == U'零' || C(k - 1) == U'〇')) {
        s.resize(s.size() - 3);  // 一百零几万: the 零 stood before the unknown digit, so it goes with it
        if (!prefix_end.empty()) prefix_end.back() = s.size();
      }
      if (r - a <= kMaxRun) prefix_end.push_back(s.size());
    }
    std::size_t end = r;
    ParsedNumber p;
    if (r - a > kMaxRun) {  // all Arabic: whole or nothing
      p = ParseNumber(s);
    } else {
      std::size_t consumed = 0;
      p = ParseNumberPrefix(s, &consumed);
      Decimal lo, hi;
      if (consumed < s.size() && r - a <= 16 && ParseApproxRange(s, &lo, &hi)) {  // 四五十, 三四百万
        n.ok = true;
        n.approx = true;
        n.lo = lo;
        n.hi = hi;
        n.end = r;
        n.has_digit = true;
        return n;
      }
      if (p.status == NumberStatus::kInvalid) return n;
      end = a +
            static_cast<std::size_t>(std::lower_bound(prefix_end.begin(), prefix_end.end(), consumed) -
                                     prefix_end.begin()) +
            1;
    }
    if (p.status == NumberStatus::kInvalid) return n;
    n.ok = true;
    n.end = end;
    n.status = p.status;
    n.value = p.value;
    n.arabic = true;
    n.arabic_int = true;
    for (std::size_t k = a; k < end; ++k) {
      char32_t c = C(k);
      if (IsAsciiDigit(c) || NumeralDigit(c) >= 0) n.has_digit = true;
      if (!IsAsciiDigit(c)) n.arabic_int = false;
      if (!IsAsciiDigit(c) && c != ',' && c != '.') n.arabic = false;
      if (c == '.' || IsPointCp(c)) n.has_point = true;
      if (IsApproxFiller(c)) n.filler = true;
    }
    n.ten_led = C(a) == U'十' || C(a) == U'拾';
    if (n.arabic && n.status == NumberStatus::kOk) ArabicSuffix(&n);
    return n;
  }

  // 2e5, 2.7890e-1, 2^5, 1.1^+23, 40k, 2.5M: only right after an Arabic number, never glued to a word.
  void ArabicSuffix(Numeral* n) const {
    std::size_t k = n->end;
    char32_t c = C(k);
    if (c == 'e' || c == 'E' || c == '^') {
      std::size_t j = k + 1;
      int neg = 0;
      while (C(j) == '-' || C(j) == '+') neg += C(j++) == '-';
      if (c != '^' && j > k + 2) return;
      std::size_t d = j;
      long exp = 0;
      while (IsAsciiDigit(C(j)) && exp < 100000) exp = exp * 10 + static_cast<long>(C(j++) - '0');
      if (j == d || IsAsciiLetter(C(j)) || IsAsciiDigit(C(j))) return;
      if (neg % 2) exp = -exp;
      if (c == '^') {
        if (!n->value.fits_double()) return;
        double v = std::pow(n->value.ToDouble(), static_cast<double>(exp));
        if (!std::isfinite(v)) return;
        n->value = FromDouble(v);
      } else {
        n->value.MulPow10(static_cast<int>(exp));
        if (n->value.overflow()) n->status = NumberStatus::kOverflow;
      }
      n->end = j;
      return;
    }
    if ((c == 'k' || c == 'K' || c == 'M') && !IsAsciiLetter(C(k + 1))) {
      n->value.MulPow10(c == 'M' ? 6 : 3);
      n->end = k + 1;
    }
  }

  bool SignAt(std::size_t i) const {
    char32_t c = C(i);
    if (IsNeg(c)) return true;
    if (c != '-') return false;
    if (i > 0) {
      char32_t p = C(i - 1);
      // After a figure a dash joins a range (5%-15%, 2023-2025), it is not a sign.
      if (IsAsciiDigit(p) || IsAsciiLetter(p) || IsFigureChar(p) || p == '-' || p == ')' || p == U'‰') return false;
    }
    return IsAsciiDigit(C(i + 1)) || (C(i + 1) == '.' && IsAsciiDigit(C(i + 2)));
  }

  bool At(std::size_t k, std::u32string_view w) const {
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (C(k + i) != w[i]) return false;
    }
    return true;
  }

  void Fill(std::size_t a, std::size_t na, std::size_t nb, std::size_t end, ScannedNumber* out) const {
    out->begin = cps_[a].b;
    out->end = cps_[end - 1].e;
    out->number_begin = cps_[na].b;
    out->number_end = cps_[nb - 1].e;
  }

  static Decimal Percent(const Decimal& v, const Decimal& per) {  // v × 100 / per
    Decimal hundred = v;
    hundred.MulPow10(2);
    Decimal q;
    if (!hundred.Divide(per, 20, &q)) return Decimal();
    return q;
  }

  bool Match(std::size_t i, ScannedNumber* out, std::size_t* end) const {
    char32_t c = C(i);
    // 半百, 半成, 半折, (打)对折
    if (c == U'半' || c == U'对' || c == U'對') {
      char32_t next = C(i + 1);
      bool half = c == U'半';
      if (half && next == U'百') {
        out->value = Decimal::FromInt(50);
      } else if (half && next == U'成') {
        out->kind = ScannedKind::kTenths;
        out->value = Decimal::FromInt(5);
        out->value.MulPow10(-1);
        out->percent = Decimal::FromInt(5);
      } else if (next == U'折' && (half || (i > 0 && C(i - 1) == U'打'))) {
        out->kind = ScannedKind::kDiscount;
        out->value = Decimal::FromInt(5);
        out->percent = Decimal::FromInt(50);
      } else {
        return false;
      }
      Fill(i, i, i + 2, i + 2, out);
      *end = i + 2;
      return true;
    }
    bool neg = false;
    std::size_t j = i;
    if (SignAt(i)) {
      neg = true;
      ++j;
    } else if (c == '.' && i > 0 && (IsAsciiDigit(C(i - 1)) || C(i - 1) == '.')) {
      return false;
    }
    if (j > i && !(IsAsciiDigit(C(j)) || C(j) == '.' || NumeralDigit(C(j)) >= 0 || NumeralMagnitude(C(j)) > 0))
      return false;
    Numeral n = ReadNumeral(j);
    if (!n.ok) return false;
    std::size_t k = n.end;

    if (n.approx) {
      out->kind = ScannedKind::kApproxRange;
      out->value = n.lo;
      out->value_min = n.lo;
      out->value_max = n.hi;
      if (At(k, U"个百分点") || At(k, U"個百分點") || C(k) == '%' || C(k) == U'成') ++k;  // not a percent figure
      Fill(i, j, n.end, n.end, out);
      *end = n.end;
      return true;
    }

    // X分之Y: a fraction, or per-hundred/thousand when X is bare magnitudes.
    if (At(k, U"分之")) {
      std::size_t m0 = k + 2;
      bool neg2 = IsNeg(C(m0));
      Numeral m = ReadNumeral(neg2 ? m0 + 1 : m0);
      bool bare = !n.has_digit && !n.ten_led && !n.arabic;
      if (m.ok && !m.approx && m.status == NumberStatus::kOk && n.status == NumberStatus::kOk &&
          (m.has_digit || m.ten_led || m.value.Compare(Decimal::FromInt(100)) == 0)) {
        if (bare && !neg) {
          out->value = m.value;
          out->value.set_negative(neg2);
          int per = n.value.Compare(Decimal::FromInt(100)) == 0    ? 100
                    : n.value.Compare(Decimal::FromInt(1000)) == 0 ? 1000
                                                                   : 0;
          out->kind = per == 100    ? ScannedKind::kPercent
                      : per == 1000 ? ScannedKind::kPermille
                                    : ScannedKind::kPerMagnitude;
          out->percent = Percent(m.value, n.value);
          out->percent.set_negative(neg2);
          Fill(i, m0, m.end, m.end, out);
          *end = m.end;
          return true;
        }
        if (!bare) {
          Decimal q;
          if (m.value.Divide(n.value, 15, &q)) {
            out->kind = ScannedKind::kFraction;
            out->value = q;
            out->value.set_negative(neg != neg2);
            Fill(i, i, m.end, m.end, out);
            *end = m.end;
            return true;
          }
        }
      }
      if (bare) return false;
    }
    if (n.status == NumberStatus::kOk && C(k) == U'又') {  // 一又二分之一, 3又一千分之23
      Numeral b = ReadNumeral(k + 1);
      if (b.ok && !b.approx && At(b.end, U"分之")) {
        Numeral m = ReadNumeral(b.end + 2);
        Decimal q;
        if (m.ok && !m.approx && b.has_digit && m.value.Divide(b.value, 15, &q)) {
          out->kind = ScannedKind::kFraction;
          out->value = n.value;
          out->value.Add(q);
          out->value.set_negative(neg);
          Fill(i, i, m.end, m.end, out);
          *end = m.end;
          return true;
        }
      }
    }
    if (n.arabic_int && n.status == NumberStatus::kOk) {  // 3/5, 1 3/5
      std::size_t b0 = k;
      Decimal whole;
      bool mixed = false;
      if (IsSpace(C(k)) && IsAsciiDigit(C(k + 1))) {
        Numeral b = ReadNumeral(k + 1);
        if (b.ok && b.arabic_int && C(b.end) == '/') {
          whole = n.value;
          mixed = true;
          n = b;
          b0 = b.end;
        }
      }
      if (C(b0) == '/' && IsAsciiDigit(C(b0 + 1))) {
        Numeral d = ReadNumeral(b0 + 1);
        Decimal q;
        if (d.ok && d.arabic_int && n.value.Divide(d.value, 15, &q)) {
          out->kind = ScannedKind::kFraction;
          out->value = q;
          if (mixed) out->value.Add(whole);
          out->value.set_negative(neg);
          Fill(i, i, d.end, d.end, out);
          *end = d.end;
          return true;
        }
      }
      if (mixed) return false;
    }

    // A plain numeral and its suffix.
    if (!n.has_digit && !n.ten_led && !n.arabic) return false;  // 万, 万万: magnitudes alone are not figures
    out->status = n.status;
    out->lower_bound = n.filler;
    out->value = n.value;
    out->value.set_negative(neg);
    out->number_begin = cps_[j].b;
    std::size_t e = k;
    if (C(k) == '%') {
      out->kind = ScannedKind::kPercent;
      out->percent = out->value;
      e = k + 1;
    } else if (C(k) == U'‰') {
      out->kind = ScannedKind::kPermille;
      out->percent = out->value;
      out->percent.MulPow10(-1);
      e = k + 1;
    } else if (At(k, U"个百分点") || At(k, U"個百分點") || At(k, U"百分点") || At(k, U"百分點")) {
      out->kind = ScannedKind::kPercentagePoint;
      out->percent = out->value;
      e = k + (C(k) == U'百' ? 3 : 4);
    } else if (At(k, U"个千分点") || At(k, U"個千分點")) {
      out->kind = ScannedKind::kPermillePoint;
      out->percent = out->value;
      out->percent.MulPow10(-1);
      e = k + 4;
    } else if (C(k) == U'成' && !neg) {
      std::string head;
      for (std::size_t t = j; t < k; ++t) AppendUtf8(C(t), &head);
      std::string with_tail = head + "成";
      bool tail = NumeralDigit(C(k + 1)) > 0 || C(k + 1) == U'半';
      if (tail) AppendUtf8(C(k + 1), &with_tail);
      ParsedNumber t = ParseTenths(with_tail);
      if (!t.ok() && tail) {
        tail = false;
        t = ParseTenths(head + "成");
      }
      if (t.ok()) {
        out->kind = ScannedKind::kTenths;
        out->percent = t.value;
        e = k + (tail ? 2 : 1);
      }
    } else if (C(k) == U'折' && !neg && n.status == NumberStatus::kOk) {
      Decimal ten = Decimal::FromInt(10);
      if (n.value.Compare(ten) < 0 && !n.value.is_zero()) {  // 八折, 9.9折, 三点一折
        out->kind = ScannedKind::kDiscount;
        out->percent = n.value;
        out->percent.MulPow10(1);
        e = k + 1;
      } else if (n.value.Compare(ten) > 0 && n.value.Compare(Decimal::FromInt(100)) < 0 && !n.has_point) {
        out->kind = ScannedKind::kDiscount;  // 75折, 九五折
        out->percent = n.value;
        e = k + 1;
      }
    } else if (C(k) == U'打' && !IsVerbAfterDa(C(k + 1)) && n.status == NumberStatus::kOk && !n.has_point &&
               n.value.Compare(Decimal::FromInt(1000)) < 0) {  // 一打 = 12
      out->value.MulInt(12);
      e = k + 1;
    }
    out->number_end = cps_[k - 1].e;
    out->begin = cps_[i].b;
    out->end = cps_[e - 1].e;
    *end = e;
    return true;
  }

  std::vector<Cp> cps_;
  std::vector<bool> blocked_;
};

}  // namespace

void ScanNumbers(std::string_view text, std::vector<ScannedNumber>* out) {
  if (text.size() >= UINT32_MAX) return;
  Scanner scanner(text);
  scanner.Run(out);
}

}  // namespace zhfacts::internal
