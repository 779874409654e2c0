// Numeral parsing driven by one table of digit and magnitude characters (kNumerals).
#include "number/number_parser.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// The closed grammar of Chinese numerals: digits, and magnitudes that multiply what precedes them.
// Small magnitudes (十百千) scale one digit; section magnitudes (万亿) scale everything since the last larger one.
struct Numeral {
  char32_t cp;
  int digit;      // 0–9, or -1
  int magnitude;  // power of ten for 十百千万亿, or 0
};
constexpr Numeral kNumerals[] = {
    {U'零', 0, 0}, {U'〇', 0, 0}, {U'○', 0, 0}, {U'一', 1, 0}, {U'二', 2, 0}, {U'两', 2, 0}, {U'三', 3, 0},
    {U'四', 4, 0}, {U'五', 5, 0}, {U'六', 6, 0}, {U'七', 7, 0}, {U'八', 8, 0}, {U'九', 9, 0}, {U'壹', 1, 0},
    {U'贰', 2, 0}, {U'貳', 2, 0}, {U'叁', 3, 0}, {U'參', 3, 0}, {U'肆', 4, 0}, {U'伍', 5, 0}, {U'陆', 6, 0},
    {U'陸', 6, 0}, {U'柒', 7, 0}, {U'捌', 8, 0}, {U'玖', 9, 0}, {U'幺', 1, 0}, {U'兩', 2, 0},
    {U'十', -1, 1}, {U'拾', -1, 1}, {U'百', -1, 2}, {U'佰', -1, 2}, {U'千', -1, 3}, {U'仟', -1, 3},
    {U'万', -1, 4}, {U'萬', -1, 4}, {U'亿', -1, 8}, {U'億', -1, 8}, {U'兆', -1, 12},
};

const Numeral* Lookup(char32_t cp) {
  for (const Numeral& n : kNumerals) {
    if (n.cp == cp) return &n;
  }
  return nullptr;
}

// Parses a run of Chinese numeral characters and magnitudes, with an optional Arabic prefix already parsed into
// `lead` (1.2万: lead = 1.2). `point` handles 三点五 (digits after 点 are positional decimals).
ParsedNumber ParseChinese(std::string_view s, std::size_t i, bool has_lead, Decimal lead) {
  ParsedNumber r;
  Decimal total;    // completed 亿-sections
  Decimal section;  // current 万-section
  Decimal small;    // current sub-万 group
  Decimal number = lead;
  bool have_number = has_lead;
  bool any = has_lead;
  bool positional = true;  // only digits so far (二〇二四)
  std::string positional_digits;
  int last_small_mag = 99;
  while (i < s.size()) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) return r;
    if (cp == U'点' || cp == U'點') {  // decimal point: following digits are fractional
      if (!have_number && !positional_digits.empty()) return r;
      std::size_t j = i + len;
      std::string frac;
      while (j < s.size()) {
        char32_t c2;
        std::size_t l2 = DecodeUtf8(s, j, &c2);
        const Numeral* n2 = l2 ? Lookup(c2) : nullptr;
        if (!n2 || n2->digit < 0) break;
        frac.push_back(static_cast<char>('0' + n2->digit));
        j += l2;
      }
      if (frac.empty()) return r;
      Decimal f;
      Decimal::Parse("0." + frac, &f);
      if (!have_number) number = Decimal();
      number.Add(f);
      have_number = true;
      positional = false;
      i = j;
      continue;
    }
    const Numeral* n = Lookup(cp);
    if (!n) return r;
    any = true;
    if (n->digit >= 0) {
      if (positional) positional_digits.push_back(static_cast<char>('0' + n->digit));
      if (n->digit == 0) {
        have_number = false;
        number = Decimal();
      } else {
        if (have_number && !positional) return r;  // two digits in a row outside a positional numeral
        number = Decimal::FromInt(static_cast<std::uint64_t>(n->digit));
        have_number = true;
      }
    } else if (n->magnitude < 4) {
      if (positional && positional_digits.size() > 1) return r;  // 二〇十: not a numeral
      positional = false;
      if (n->magnitude >= last_small_mag) return r;             // 百千: out of order
      last_small_mag = n->magnitude;
      Decimal unit = have_number ? number : Decimal::FromInt(1);  // 十 alone = 10
      unit.MulPow10(n->magnitude);
      small.Add(unit);
      number = Decimal();
      have_number = false;
    } else {
      if (positional && positional_digits.size() > 1 && !has_lead) return r;
      positional = false;
      Decimal group = small;
      if (have_number) group.Add(number);
      if (group.is_zero() && section.is_zero() && total.is_zero()) group = Decimal::FromInt(1);  // 万亿 as 1万亿? no
      if (n->magnitude == 4) {
        section.Add(group);
        section.MulPow10(4);
      } else {  // 亿, 兆: scale everything so far (一万亿 = 10^12)
        total.Add(section);
        total.Add(group);
        total.MulPow10(n->magnitude);
        section = Decimal();
      }
      small = Decimal();
      number = Decimal();
      have_number = false;
      last_small_mag = 99;
    }
    i += len;
  }
  if (!any) return r;
  if (positional && !has_lead) {
    if (positional_digits.empty()) return r;
    Decimal::Parse(positional_digits, &r.value);
  } else {
    r.value = total;
    r.value.Add(section);
    r.value.Add(small);
    if (have_number) {
      // 一万五: a trailing digit after a magnitude means one step below it (一万五 = 15000, 三千五 = 3500).
      if (last_small_mag != 99 && last_small_mag > 0 && !has_lead) {
        number.MulPow10(last_small_mag - 1);
      }
      r.value.Add(number);
    }
  }
  r.status = r.value.overflow() ? NumberStatus::kOverflow : NumberStatus::kOk;
  return r;
}

}  // namespace

ParsedNumber ParseNumber(std::string_view s) {
  ParsedNumber r;
  if (s.empty()) return r;
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ',')) ++i;
  if (i == 0) return ParseChinese(s, 0, false, Decimal());
  Decimal lead;
  if (!Decimal::Parse(s.substr(0, i), &lead)) return r;
  if (i == s.size()) {
    r.value = lead;
    r.status = lead.overflow() ? NumberStatus::kOverflow : NumberStatus::kOk;
    return r;
  }
  return ParseChinese(s, i, true, lead);
}

ParsedNumber ParseFraction(std::string_view s) {
  ParsedNumber r;
  static constexpr std::string_view kOf = "分之";
  std::size_t p = s.find(kOf);
  if (p == std::string_view::npos) return r;
  std::string_view den = s.substr(0, p), num = s.substr(p + kOf.size());
  ParsedNumber d = ParseNumber(den), n = ParseNumber(num);
  if (!d.ok() || !n.ok()) return r;
  if (den == "百" || den == "千" || den == "万") {  // 百分之十二 → 12 (percent), 千分之五 → 5 (permille)
    r = n;
    return r;
  }
  // a/b to 6 places by long division on doubles is enough for shares like 三分之二.
  double dv = d.value.ToDouble();
  if (dv == 0) return r;
  double v = n.value.ToDouble() / dv;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  Decimal::Parse(buf, &r.value);
  r.status = NumberStatus::kOk;
  return r;
}

}  // namespace zhfacts::internal
