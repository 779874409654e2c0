// Decimal: an exact, unbounded-precision decimal for figures (253.63亿 is exactly 25363000000).
//
// Stored as a digit string (no leading zeros) and a power-of-ten exponent: value = digits × 10^exponent.
// Arithmetic is exact; a result whose digit count or exponent exceeds the limits below is flagged overflow()
// rather than wrapped or rounded. Never produces Inf or NaN.
#ifndef ZHFACTS_LIB_NUMBER_DECIMAL_H_
#define ZHFACTS_LIB_NUMBER_DECIMAL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace zhfacts::internal {

class Decimal {
 public:
  static constexpr int kMaxDigits = 400;     // more significant digits than this: overflow
  static constexpr int kMaxExponent = 4000;  // |exponent| beyond this: overflow

  Decimal() = default;  // zero
  static Decimal FromInt(std::uint64_t v);
  // Parses [0-9]+(\.[0-9]+)? (commas ignored; callers check grouping); returns false on anything else. Linear time,
  // bounded memory: more than kMaxDigits significant digits give a value flagged overflow().
  static bool Parse(std::string_view s, Decimal* out);

  bool is_zero() const { return digits_.empty(); }
  bool negative() const { return negative_; }
  bool overflow() const { return overflow_; }
  void set_negative(bool n) { negative_ = n && !digits_.empty(); }

  Decimal& MulPow10(int k);
  Decimal& Add(const Decimal& other);  // both must have the same sign (magnitudes are added)
  Decimal& Mul(const Decimal& other);
  Decimal& MulInt(std::uint64_t v) { return Mul(FromInt(v)); }
  // this / divisor rounded to `places` digits after the point (half away from zero): exact long division. Returns
  // false (out untouched) for a zero divisor, a divisor of more than 18 significant digits, overflow, or places
  // outside 0–60.
  bool Divide(const Decimal& divisor, int places, Decimal* out) const;
  // Rounds to at most `places` digits after the point (half away from zero).
  Decimal& Round(int places);

  int Compare(const Decimal& other) const;  // -1, 0, 1
  // Plain notation, no exponent, no trailing zeros after the point: "25363000000", "2.08", "0.5", "-3".
  // Valid JSON number text whenever !overflow(); on overflow the exact digits are still written.
  std::string ToString() const;
  // Nearest double; HUGE_VAL never: callers check overflow()/fits_double() first.
  double ToDouble() const;
  bool fits_double() const;

 private:
  void Trim();
  std::string digits_;  // most significant first, no leading zeros; empty = 0
  int exponent_ = 0;
  bool negative_ = false;
  bool overflow_ = false;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NUMBER_DECIMAL_H_
