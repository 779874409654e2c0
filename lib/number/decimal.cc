#include "number/decimal.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace zhfacts::internal {

Decimal Decimal::FromInt(std::uint64_t v) {
  // The digits of v without its trailing zeros, which go to the exponent (what Trim() makes of std::to_string(v)).
  Decimal d;
  if (v == 0) return d;
  while (v % 10 == 0) {
    v /= 10;
    ++d.exponent_;
  }
  char buf[20];
  std::size_t k = sizeof(buf);
  for (; v > 0; v /= 10) buf[--k] = static_cast<char>('0' + v % 10);
  d.digits_.assign(buf + k, sizeof(buf) - k);
  return d;
}

bool Decimal::Parse(std::string_view s, Decimal* out) {
  // Linear in |s| and bounded in memory: the significant digits are collected on the stack and stored once; past
  // kMaxDigits the rest are only counted (the value is then flagged overflow), so a 10^7-digit run costs one pass
  // and ~400 bytes.
  char buf[kMaxDigits];
  std::size_t n = 0;
  bool seen_digit = false, seen_point = false, overflow = false;
  long frac = 0, dropped = 0;  // digits after the point; integer digits not stored
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (seen_point && frac <= kMaxExponent) ++frac;
      if (n == 0 && c == '0') continue;
      if (n < static_cast<std::size_t>(kMaxDigits)) {
        buf[n++] = c;
      } else {
        overflow = true;
        if (!seen_point && dropped <= kMaxExponent) ++dropped;
        if (seen_point) --frac;  // a dropped fractional digit does not move the point
      }
    } else if (c == '.' && !seen_point && seen_digit) {
      seen_point = true;
    } else if (c == ',' && seen_digit && !seen_point) {
      continue;
    } else {
      return false;
    }
  }
  if (!seen_digit || (seen_point && frac == 0 && !overflow)) return false;
  if (frac > kMaxExponent || dropped > kMaxExponent) overflow = true;
  // The exponent clamped just past its limit, then the trailing zeros moved into it (Trim() on the digits).
  int exponent = static_cast<int>(std::clamp<long>(dropped - frac, -kMaxExponent - 1, kMaxExponent + 1));
  while (n > 0 && buf[n - 1] == '0') {
    --n;
    ++exponent;
  }
  Decimal d;
  d.digits_.assign(buf, n);
  d.exponent_ = n ? exponent : 0;
  d.overflow_ = overflow || std::abs(d.exponent_) > kMaxExponent;
  *out = std::move(d);
  return true;
}

bool Decimal::Divide(const Decimal& divisor, int places, Decimal* out) const {
  // Long division of this (an integer mantissa scaled by 10^exponent) by an integer mantissa < 10^18: exact digits,
  // truncated at `places + 1` and then rounded half away from zero.
  if (divisor.digits_.empty() || divisor.digits_.size() > 18 || overflow_ || divisor.overflow_) return false;
  if (places < 0 || places > 60) return false;
  std::uint64_t den = 0;
  for (char c : divisor.digits_) den = den * 10 + static_cast<std::uint64_t>(c - '0');
  Decimal q;
  if (digits_.empty()) {
    *out = q;
    return true;
  }
  // value / divisor = (digits_ / den) * 10^(exponent_ - divisor.exponent_); produce digits to 10^-(places+1).
  long shift = static_cast<long>(exponent_) - divisor.exponent_;
  long extra = shift + places + 1;  // digits to append to the dividend so the quotient reaches 10^-(places+1)
  if (extra > kMaxDigits || static_cast<long>(digits_.size()) + extra > 2 * kMaxDigits) return false;
  std::string quotient;
  std::uint64_t rem = 0;
  long kept = static_cast<long>(digits_.size()) + extra;  // dividend digits used: extra < 0 drops some
  for (long i = 0; i < kept; ++i) {
    int digit = i < static_cast<long>(digits_.size()) ? digits_[static_cast<std::size_t>(i)] - '0' : 0;
    rem = rem * 10 + static_cast<std::uint64_t>(digit);
    quotient.push_back(static_cast<char>('0' + rem / den));
    rem %= den;
  }
  if (quotient.empty()) quotient = "0";
  q.digits_ = quotient;
  q.exponent_ = -(places + 1);
  q.Trim();
  q.Round(places);
  q.negative_ = !q.digits_.empty() && (negative_ != divisor.negative_);
  *out = std::move(q);
  return true;
}

void Decimal::Trim() {
  std::size_t lead = 0;
  while (lead < digits_.size() && digits_[lead] == '0') ++lead;
  digits_.erase(0, lead);
  while (!digits_.empty() && digits_.back() == '0') {
    digits_.pop_back();
    ++exponent_;
  }
  if (digits_.empty()) {
    exponent_ = 0;
    negative_ = false;
  }
  if (static_cast<int>(digits_.size()) > kMaxDigits || std::abs(exponent_) > kMaxExponent) overflow_ = true;
}

Decimal& Decimal::MulPow10(int k) {
  if (digits_.empty()) return *this;
  long e = static_cast<long>(exponent_) + k;
  if (e > kMaxExponent || e < -kMaxExponent) {
    overflow_ = true;
    e = std::clamp<long>(e, -kMaxExponent - 1, kMaxExponent + 1);
  }
  exponent_ = static_cast<int>(e);
  return *this;
}

Decimal& Decimal::Add(const Decimal& o) {
  overflow_ = overflow_ || o.overflow_;
  if (o.digits_.empty()) return *this;
  if (digits_.empty()) {
    bool ov = overflow_;
    *this = o;
    overflow_ = ov || o.overflow_;
    return *this;
  }
  int e = std::min(exponent_, o.exponent_);
  long len_a = static_cast<long>(digits_.size()) + (exponent_ - e);
  long len_b = static_cast<long>(o.digits_.size()) + (o.exponent_ - e);
  if (std::max(len_a, len_b) > kMaxDigits + 2) {
    overflow_ = true;
    return *this;
  }
  std::string a = digits_ + std::string(exponent_ - e, '0');
  std::string b = o.digits_ + std::string(o.exponent_ - e, '0');
  if (a.size() < b.size()) std::swap(a, b);
  int carry = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::size_t ia = a.size() - 1 - i;
    int s = (a[ia] - '0') + carry + (i < b.size() ? b[b.size() - 1 - i] - '0' : 0);
    a[ia] = static_cast<char>('0' + s % 10);
    carry = s / 10;
  }
  if (carry) a.insert(a.begin(), '1');
  digits_ = std::move(a);
  exponent_ = e;
  Trim();
  return *this;
}

Decimal& Decimal::Mul(const Decimal& o) {
  overflow_ = overflow_ || o.overflow_;
  if (digits_.empty() || o.digits_.empty()) {
    digits_.clear();
    exponent_ = 0;
    negative_ = false;
    return *this;
  }
  if (digits_.size() + o.digits_.size() > kMaxDigits + 2) {
    overflow_ = true;
    return *this;
  }
  std::vector<int> r(digits_.size() + o.digits_.size(), 0);
  for (std::size_t i = digits_.size(); i-- > 0;) {
    for (std::size_t j = o.digits_.size(); j-- > 0;) {
      r[i + j + 1] += (digits_[i] - '0') * (o.digits_[j] - '0');
    }
  }
  for (std::size_t k = r.size(); k-- > 1;) {
    r[k - 1] += r[k] / 10;
    r[k] %= 10;
  }
  std::string s;
  s.reserve(r.size());
  for (int v : r) s.push_back(static_cast<char>('0' + v));
  digits_ = std::move(s);
  negative_ = negative_ != o.negative_;
  long e = static_cast<long>(exponent_) + o.exponent_;
  exponent_ = static_cast<int>(std::clamp<long>(e, -kMaxExponent - 1, kMaxExponent + 1));
  Trim();
  return *this;
}

Decimal& Decimal::Round(int places) {
  if (digits_.empty() || exponent_ >= -places) return *this;
  long drop = static_cast<long>(-exponent_) - places;  // digits to drop from the right
  if (drop > static_cast<long>(digits_.size())) {
    digits_.clear();
    Trim();
    return *this;
  }
  bool up = digits_[digits_.size() - drop] >= '5';
  digits_.resize(digits_.size() - drop);
  exponent_ = -places;
  if (up) {
    Decimal one = FromInt(1);
    one.exponent_ = -places;
    bool neg = negative_;
    negative_ = false;
    Add(one);
    negative_ = neg && !digits_.empty();
  }
  Trim();
  return *this;
}

int Decimal::Compare(const Decimal& o) const {
  if (negative_ != o.negative_) return negative_ ? -1 : 1;
  int sign = negative_ ? -1 : 1;
  if (digits_.empty() || o.digits_.empty()) {
    if (digits_.empty() && o.digits_.empty()) return 0;
    return digits_.empty() ? -sign : sign;
  }
  long ma = static_cast<long>(digits_.size()) + exponent_;  // magnitude (position of the leading digit)
  long mb = static_cast<long>(o.digits_.size()) + o.exponent_;
  if (ma != mb) return ma < mb ? -sign : sign;
  std::size_t n = std::max(digits_.size(), o.digits_.size());
  for (std::size_t i = 0; i < n; ++i) {
    char a = i < digits_.size() ? digits_[i] : '0';
    char b = i < o.digits_.size() ? o.digits_[i] : '0';
    if (a != b) return a < b ? -sign : sign;
  }
  return 0;
}

std::string Decimal::ToString() const {
  if (digits_.empty()) return "0";
  long n = static_cast<long>(digits_.size());
  std::string s = negative_ ? "-" : "";
  if (exponent_ >= 0) {
    s += digits_;
    s.append(static_cast<std::size_t>(exponent_), '0');
  } else if (-exponent_ >= n) {
    s += "0.";
    s.append(static_cast<std::size_t>(-exponent_ - n), '0');
    s += digits_;
  } else {
    s.append(digits_, 0, static_cast<std::size_t>(n + exponent_));
    s += '.';
    s.append(digits_, static_cast<std::size_t>(n + exponent_), std::string::npos);
  }
  return s;
}

bool Decimal::fits_double() const {
  if (overflow_) return false;
  long mag = static_cast<long>(digits_.size()) + exponent_;
  return digits_.empty() || (mag <= 308 && mag >= -300);
}

double Decimal::ToDouble() const {
  if (!fits_double()) return 0.0;
  std::string s = negative_ ? "-" : "";
  s += digits_.empty() ? "0" : digits_;
  s += "e" + std::to_string(exponent_);
  return std::strtod(s.c_str(), nullptr);
}

}  // namespace zhfacts::internal
