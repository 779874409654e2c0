// Numeral parsing driven by one table of digit and magnitude characters (kNumerals).
#include "number/number_parser.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// The closed grammar of Chinese numerals: digits, and magnitudes that multiply what precedes them.
// Small magnitudes (十百千) scale one digit; big magnitudes (万亿兆) scale everything before them that is smaller or
// equal (一万亿 = 10^12, 四万万 = 4×10^8, 五亿一万 = 500010000). 兆 is 10^12 here, as in Recognizers-Text and
// Taiwan usage; 兆瓦/兆帕 are units and never reach the parser as numerals (see patterns.h).
struct Numeral {
  char32_t cp;
  int digit;      // 0–9, or -1
  int magnitude;  // power of ten for 十百千万亿兆, or 0
};
constexpr Numeral kNumerals[] = {
    {U'零', 0, 0},  {U'〇', 0, 0},  {U'○', 0, 0},   {U'一', 1, 0},  {U'二', 2, 0},   {U'两', 2, 0},  {U'三', 3, 0},
    {U'四', 4, 0},  {U'五', 5, 0},  {U'六', 6, 0},  {U'七', 7, 0},  {U'八', 8, 0},   {U'九', 9, 0},  {U'壹', 1, 0},
    {U'贰', 2, 0},  {U'貳', 2, 0},  {U'叁', 3, 0},  {U'參', 3, 0},  {U'肆', 4, 0},   {U'伍', 5, 0},  {U'陆', 6, 0},
    {U'陸', 6, 0},  {U'柒', 7, 0},  {U'捌', 8, 0},  {U'玖', 9, 0},  {U'幺', 1, 0},   {U'兩', 2, 0},  {U'俩', 2, 0},
    {U'倆', 2, 0},  {U'十', -1, 1}, {U'拾', -1, 1}, {U'百', -1, 2}, {U'佰', -1, 2},  {U'千', -1, 3}, {U'仟', -1, 3},
    {U'万', -1, 4}, {U'萬', -1, 4}, {U'亿', -1, 8}, {U'億', -1, 8}, {U'兆', -1, 12},
};
constexpr char32_t kPoints[] = {U'点', U'點'};

const Numeral* Lookup(char32_t cp) {
  for (const Numeral& n : kNumerals) {
    if (n.cp == cp) return &n;
  }
  return nullptr;
}

bool IsPoint(char32_t cp) { return cp == kPoints[0] || cp == kPoints[1]; }
bool IsTwoColloquial(char32_t cp) { return cp == U'两' || cp == U'兩' || cp == U'俩' || cp == U'倆'; }

// Reads an Arabic number at s[i] ("1,234.5"): digits, comma groups of exactly three, one point. Returns the end (i
// when there is no digit).
std::size_t ArabicEnd(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  if (j == i) return i;
  if (j < s.size() && s[j] == ',') {
    // Groups of exactly three after the first comma; otherwise the number ends before the first comma (12,34).
    std::size_t first = j;
    bool grouped = j - i <= 3;
    while (grouped && j < s.size() && s[j] == ',') {
      std::size_t g = j + 1;
      while (g < s.size() && s[g] >= '0' && s[g] <= '9') ++g;
      grouped = g - j - 1 == 3;
      if (grouped) j = g;
    }
    if (!grouped) return first;
  }
  if (j + 1 < s.size() && s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
    ++j;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  }
  return j;
}

// One generic pass over digits, magnitudes and 点. `parts` holds the scaled groups not yet absorbed by a bigger
// magnitude, with strictly decreasing levels, so it never holds more than a handful.
class Accumulator {
 public:
  bool Digit(int d, bool colloquial_two) {
    if (terminal_) return false;
    if (d > 0 && arabic_seen_) return false;  // 1万三: one numeral uses one script for its digits (零 aside)
    if (d > 0) {
      cn_digit_seen_ = true;
      last_was_zero_ = false;
    }
    if (has_pending_) {
      // Two digits in a row: only a positional numeral (二〇二四) with no magnitude at all.
      if (nparts_ > 0 || !pending_cn_ || pending_fraction_ || seen_magnitude_ || colloquial_two || two_seen_)
        return false;
      positional_ = true;
      AppendPositional(d);
      return true;
    }
    if (d == 0) {
      if (last_was_zero_ && !leading_zero_) return false;  // 一千零零五
      zero_ = true;
      last_was_zero_ = true;
      if (nparts_ == 0 && !seen_magnitude_) {  // 〇 as the first digit of 〇五 or 零点五
        positional_digits_.clear();
        AppendPositional(0);
        leading_zero_ = true;
      }
      return true;
    }
    if (leading_zero_ && !seen_magnitude_) {  // 〇五: positional
      positional_ = true;
      AppendPositional(d);
      has_pending_ = true;
      pending_cn_ = true;
      return true;
    }
    pending_ = Decimal::FromInt(static_cast<std::uint64_t>(d));
    has_pending_ = true;
    pending_cn_ = true;
    two_seen_ = colloquial_two;
    abbrev_level_ = (!zero_ && last_was_magnitude_) ? last_level_ : 0;
    positional_digits_.clear();
    AppendPositional(d);
    last_was_magnitude_ = false;
    return true;
  }

  bool Arabic(const Decimal& v) {
    if (terminal_ || has_pending_ || positional_ || cn_digit_seen_) return false;
    if (!arabic_seen_ && (nparts_ > 0 || zero_ || leading_zero_)) return false;  // 万12, 〇112: not one numeral
    arabic_seen_ = true;
    last_was_zero_ = false;
    pending_ = v;
    has_pending_ = true;
    pending_cn_ = false;
    abbrev_level_ = 0;
    last_was_magnitude_ = false;
    return true;
  }

  bool Magnitude(int level) {
    if (terminal_ || positional_) return false;
    if (last_was_zero_ && level >= 2) return false;  // 零 stands before a digit or 十 (一千零十二), not 百千万亿
    last_was_zero_ = false;
    seen_magnitude_ = true;
    Decimal unit;
    int stored = level;  // the power the part stands at: 万亿 is 10^12, so 一万亿二千亿 adds 二千亿 to it
    if (level < 4) {
      if (nparts_ > 0 && parts_[nparts_ - 1].level <= level) return false;  // 五十千, 百千
      if (has_pending_) {
        unit = pending_;
      } else if (level == 1 || (nparts_ == 0 && !zero_)) {
        unit = Decimal::FromInt(1);  // 十二, 零十, 百三, 千三
      } else {
        return false;
      }
    } else {
      bool any = has_pending_;
      if (has_pending_) unit = pending_;
      // A magnitude right after another scales the part that one made, however high (百亿亿 = 10^18).
      bool next_to = last_was_magnitude_ && !has_pending_;
      while (nparts_ > 0 && (parts_[nparts_ - 1].level <= level || next_to)) {
        next_to = false;
        stored = std::max(stored, level + parts_[nparts_ - 1].level);
        unit.Add(parts_[--nparts_].value);
        any = true;
      }
      if (!any) {
        if (nparts_ > 0 || zero_) return false;
        unit = Decimal::FromInt(1);  // 亿 alone (超亿元), 万亿
      }
    }
    unit.MulPow10(level);
    if (nparts_ == static_cast<int>(parts_.size())) return false;
    parts_[nparts_++] = {unit, stored};
    has_pending_ = false;
    pending_fraction_ = false;
    zero_ = false;
    leading_zero_ = false;
    last_was_magnitude_ = true;
    last_level_ = level;
    return true;
  }

  // 点 followed by its fractional digits (already collected as "0.xyz").
  bool Point(const Decimal& fraction) {
    if (terminal_ || pending_fraction_ || arabic_seen_) return false;  // Arabic numerals use "."
    last_was_zero_ = false;
    if (has_pending_ && !pending_cn_) return false;  // 2.5点三
    if (has_pending_ && !positional_ && abbrev_level_ == 0) {
      pending_.Add(fraction);  // 三点五, which a magnitude may still scale (三点五亿)
      pending_fraction_ = true;
      return true;
    }
    if (has_pending_ && positional_) return false;
    // 二十六点四亿, 一百二十点五万, 十二点五万: a whole number below 万 ending in its units (a digit after 十, or 十
    // itself) and the fraction make one number, which a magnitude may still scale.
    bool below_wan = true;
    for (int i = 0; i < nparts_; ++i) below_wan = below_wan && parts_[i].level < 4;
    const bool units_digit = has_pending_ && pending_cn_ && abbrev_level_ == 1;
    const bool ends_in_ten = !has_pending_ && last_was_magnitude_ && last_level_ == 1;
    if (below_wan && !zero_ && (units_digit || ends_in_ten)) {
      Flush();
      Decimal whole = fraction;
      for (int i = 0; i < nparts_; ++i) whole.Add(parts_[i].value);
      nparts_ = 0;
      pending_ = whole;
      has_pending_ = true;
      pending_cn_ = true;
      pending_fraction_ = true;
      abbrev_level_ = 0;
      last_was_magnitude_ = false;
      return true;
    }
    if (!has_pending_ && nparts_ == 0 && !zero_) return false;
    // 两千三点一 (abbreviation first), 两千万点五, 零点五: the fraction ends the numeral.
    Flush();
    Decimal f = fraction;
    parts_[nparts_++] = {f, -1};
    terminal_ = true;
    return true;
  }

  bool Finish(Decimal* out) {
    if (positional_) {
      if (!Decimal::Parse(positional_digits_, out)) return false;
      if (positional_overflow_) *out = Overflowed();
      return true;
    }
    if (leading_zero_ && !has_pending_ && nparts_ == 0) {  // 零 / 〇
      *out = Decimal();
      return true;
    }
    if (!has_pending_ && nparts_ == 0) return false;
    if (last_was_zero_ && nparts_ > 0) return false;  // 一千零: a 零 must be followed by what it stands before
    Flush();
    Decimal total;
    for (int i = 0; i < nparts_; ++i) total.Add(parts_[i].value);
    *out = total;
    return true;
  }

 private:
  struct Part {
    Decimal value;
    int level = 0;
  };

  static Decimal Overflowed() {
    Decimal d = Decimal::FromInt(1);
    d.MulPow10(Decimal::kMaxExponent + 1);
    return d;
  }

  void AppendPositional(int d) {
    if (static_cast<int>(positional_digits_.size()) > Decimal::kMaxDigits) {
      positional_overflow_ = true;
      return;
    }
    positional_digits_.push_back(static_cast<char>('0' + d));
  }

  // Moves the pending number into the parts; 一万五 / 三千五 / 百三: a lone digit right after a magnitude is one
  // step below it.
  void Flush() {
    if (!has_pending_) return;
    Decimal v = pending_;
    if (pending_cn_ && abbrev_level_ > 0 && !pending_fraction_) v.MulPow10(abbrev_level_ - 1);
    parts_[nparts_++] = {v, abbrev_level_ > 0 ? abbrev_level_ - 1 : 0};
    has_pending_ = false;
  }

  std::array<Part, 12> parts_;
  int nparts_ = 0;
  Decimal pending_;
  bool has_pending_ = false;
  bool pending_cn_ = false;        // pending_ is one Chinese digit
  bool pending_fraction_ = false;  // pending_ has a 点 fraction
  bool two_seen_ = false;          // pending_ was written 两
  bool zero_ = false;              // a 零 since the last magnitude
  bool leading_zero_ = false;
  bool seen_magnitude_ = false;
  bool last_was_magnitude_ = false;
  int last_level_ = 0;
  int abbrev_level_ = 0;
  bool positional_ = false;
  bool positional_overflow_ = false;
  std::string positional_digits_;
  bool terminal_ = false;  // a fraction after a magnitude ended the numeral
  bool arabic_seen_ = false;
  bool cn_digit_seen_ = false;
  bool last_was_zero_ = false;  // the previous token was 零
};

// The fractional digits after 点: Chinese digits (两 is not one: 一点两小时 is 一 … 两). Returns the end.
std::size_t FractionDigits(std::string_view s, std::size_t i, std::string* frac) {
  while (i < s.size()) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    const Numeral* n = len ? Lookup(cp) : nullptr;
    if (!n || n->digit < 0 || IsTwoColloquial(cp)) break;
    if (frac->size() <= static_cast<std::size_t>(Decimal::kMaxDigits))
      frac->push_back(static_cast<char>('0' + n->digit));
    i += len;
  }
  return i;
}

ParsedNumber Result(Decimal v) {
  ParsedNumber r;
  r.status = v.overflow() ? NumberStatus::kOverflow : NumberStatus::kOk;
  r.value = std::move(v);
  return r;
}

}  // namespace

int NumeralDigit(char32_t cp) {
  const Numeral* n = Lookup(cp);
  return n ? n->digit : -1;
}

int NumeralMagnitude(char32_t cp) {
  const Numeral* n = Lookup(cp);
  return n ? n->magnitude : 0;
}

namespace {

// The one token loop behind ParseNumber and ParseNumberPrefix. With `prefix` set it stops at the first token the
// grammar rejects and returns the longest prefix that is a whole numeral (its length in *consumed).
ParsedNumber Parse(std::string_view s, bool prefix, std::size_t* consumed) {
  ParsedNumber invalid, best;
  *consumed = 0;
  if (s.empty()) return invalid;
  // Fast path: a plain Arabic number, parsed in place.
  std::size_t end = ArabicEnd(s, 0);
  if (end == s.size()) {
    Decimal v;
    if (!Decimal::Parse(s, &v)) return invalid;
    *consumed = s.size();
    return Result(std::move(v));
  }
  // Fast path: an Arabic number and one magnitude (300万, 1.5亿, 20千), the commonest mixed numeral. The token loop
  // below makes it the Arabic value scaled by the magnitude, as here, without building an Accumulator.
  if (!prefix && end > 0) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, end, &cp);
    const Numeral* n = len && end + len == s.size() ? Lookup(cp) : nullptr;
    if (n && n->magnitude > 0) {
      Decimal v;
      if (!Decimal::Parse(s.substr(0, end), &v)) return invalid;
      v.MulPow10(n->magnitude);
      *consumed = s.size();
      return Result(std::move(v));
    }
  }
  Accumulator acc;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    bool ok = false;
    if (s[i] >= '0' && s[i] <= '9') {
      next = ArabicEnd(s, i);
      Decimal v;
      ok = next > i && Decimal::Parse(s.substr(i, next - i), &v) && acc.Arabic(v);
    } else {
      char32_t cp;
      std::size_t len = DecodeUtf8(s, i, &cp);
      const Numeral* n = len ? Lookup(cp) : nullptr;
      if (len && IsPoint(cp)) {
        std::string frac = "0.";
        next = FractionDigits(s, i + len, &frac);
        Decimal f;
        ok = next > i + len && Decimal::Parse(frac, &f) && acc.Point(f);
      } else if (n) {
        next = i + len;
        ok = n->digit >= 0 ? acc.Digit(n->digit, IsTwoColloquial(cp)) : acc.Magnitude(n->magnitude);
      }
    }
    if (!ok) break;
    i = next;
    if (prefix) {
      Accumulator done = acc;
      Decimal v;
      if (done.Finish(&v)) {
        best = Result(std::move(v));
        *consumed = i;
      }
    }
  }
  if (prefix) return best;
  Decimal v;
  if (i < s.size() || !acc.Finish(&v)) return invalid;
  *consumed = s.size();
  return Result(std::move(v));
}

}  // namespace

ParsedNumber ParseNumber(std::string_view s) {
  std::size_t consumed;
  return Parse(s, false, &consumed);
}

ParsedNumber ParseNumberPrefix(std::string_view s, std::size_t* consumed) { return Parse(s, true, consumed); }

namespace {

// A denominator written as magnitudes only (百, 千, 万, 百万, 万万): the figure is then "per hundred/thousand/…".
bool BareMagnitude(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    const Numeral* n = len ? Lookup(cp) : nullptr;
    if (!n || n->magnitude < 2) return false;
    i += len;
  }
  return true;
}

}  // namespace

ParsedNumber ParseFraction(std::string_view s, int places) {
  ParsedNumber invalid;
  static constexpr std::string_view kOf = "分之";
  static constexpr std::string_view kAnd = "又";
  std::size_t p = s.find(kOf);
  if (p == std::string_view::npos) return invalid;
  std::string_view den = s.substr(0, p), num = s.substr(p + kOf.size());
  Decimal whole;
  std::size_t a = den.find(kAnd);
  if (a != std::string_view::npos) {
    ParsedNumber w = ParseNumber(den.substr(0, a));
    if (!w.ok()) return invalid;
    whole = w.value;
    den = den.substr(a + kAnd.size());
  }
  ParsedNumber n = ParseNumber(num);
  if (!n.ok()) return invalid;
  if (a == std::string_view::npos && BareMagnitude(den)) return n;  // 百分之十二 → 12, 千分之五 → 5
  ParsedNumber d = ParseNumber(den);
  if (!d.ok()) return invalid;
  Decimal q;
  if (!n.value.Divide(d.value, places, &q)) return invalid;
  q.Add(whole);
  return Result(q);
}

ParsedNumber ParseTenths(std::string_view s) {
  ParsedNumber invalid;
  static constexpr std::string_view kTenth = "成";
  static constexpr std::string_view kHalf = "半";
  std::size_t p = s.find(kTenth);
  if (p == std::string_view::npos || p == 0) return invalid;
  std::string_view head = s.substr(0, p), tail = s.substr(p + kTenth.size());
  Decimal tenths;
  if (head == kHalf) {
    tenths = Decimal::FromInt(5);
    tenths.MulPow10(-1);
  } else {
    ParsedNumber h = ParseNumber(head);
    if (!h.ok() || h.value.Compare(Decimal::FromInt(10)) > 0) return invalid;
    tenths = h.value;
  }
  Decimal percent = tenths;
  percent.MulPow10(1);
  if (!tail.empty()) {  // 七成五 = 75, 三成半 = 35: one more digit of tenths
    if (!tenths.is_zero() && head != kHalf && tenths.Compare(Decimal::FromInt(10)) < 0) {
      ParsedNumber t = ParseNumber(tail);
      if (tail == kHalf) {
        percent.Add(Decimal::FromInt(5));
      } else if (t.ok() && t.value.Compare(Decimal::FromInt(9)) <= 0 && t.value.Compare(Decimal::FromInt(1)) >= 0 &&
                 tail.size() == 3) {
        percent.Add(t.value);
      } else {
        return invalid;
      }
    } else {
      return invalid;
    }
  }
  return Result(percent);
}

bool ParseApproxRange(std::string_view s, Decimal* min, Decimal* max) {
  // Find the one pair of adjacent Chinese digits d, d+1 (一两 and 两三 included); replace it by each digit alone.
  std::size_t pair_at = std::string_view::npos, pair_len = 0;
  constexpr int kAfterPair = -2;
  int prev_digit = -1;
  std::size_t prev_at = 0, prev_len = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) return false;
    const Numeral* n = Lookup(cp);
    int d = n ? n->digit : -1;
    if (d > 0 && prev_digit == kAfterPair) return false;  // 一二三: not a pair
    if (d > 0 && prev_digit > 0) {
      if (d != prev_digit + 1 || pair_at != std::string_view::npos) return false;
      pair_at = prev_at;
      pair_len = prev_len + len;
      d = kAfterPair;
    }
    prev_digit = d;
    prev_at = i;
    prev_len = len;
    i += len;
  }
  if (pair_at == std::string_view::npos) return false;
  std::string_view pair = s.substr(pair_at, pair_len);
  std::size_t first_len = 0;
  char32_t cp;
  first_len = DecodeUtf8(pair, 0, &cp);
  std::string low(s.substr(0, pair_at)), high(s.substr(0, pair_at));
  low.append(pair.substr(0, first_len));
  high.append(pair.substr(first_len));
  low.append(s.substr(pair_at + pair_len));
  high.append(s.substr(pair_at + pair_len));
  ParsedNumber lo = ParseNumber(low), hi = ParseNumber(high);
  if (!lo.ok() || !hi.ok() || lo.value.Compare(hi.value) >= 0) return false;
  *min = lo.value;
  *max = hi.value;
  return true;
}

}  // namespace zhfacts::internal
