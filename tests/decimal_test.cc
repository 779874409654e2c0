// Decimal: exact parsing, arithmetic, rounding and plain-notation output.
#include "number/decimal.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace zhfacts::internal {
namespace {

Decimal D(const char* s) {
  Decimal d;
  REQUIRE(Decimal::Parse(s, &d));
  return d;
}

TEST_CASE("Decimal::Parse and ToString round-trip in plain notation", "[decimal]") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"0", "0"},
      {"000", "0"},
      {"0.0", "0"},
      {"1", "1"},
      {"100", "100"},
      {"2.08", "2.08"},
      {"2.080", "2.08"},
      {"0.5", "0.5"},
      {"0.05", "0.05"},
      {"1,234.5", "1234.5"},
      {"007.10", "7.1"},
      {"123456789012345678901234567890", "123456789012345678901234567890"},
      {"0.000000000000000000001", "0.000000000000000000001"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(D(c.input).ToString() == c.expected);
  }
  Decimal d;
  for (const char* bad : {"", ".", "1.", ".5", "a", "1.2.3", "1e5", "-1", "1 2", ",1"}) {
    INFO(bad);
    CHECK_FALSE(Decimal::Parse(bad, &d));
  }
}

TEST_CASE("Decimal arithmetic is exact", "[decimal]") {
  // 253.63亿 is exactly 25363000000.
  CHECK(D("253.63").MulPow10(8).ToString() == "25363000000");
  CHECK(D("0.1").Add(D("0.2")).ToString() == "0.3");
  CHECK(D("999.999").Add(D("0.001")).ToString() == "1000");
  CHECK(D("1.5").Mul(D("1.5")).ToString() == "2.25");
  CHECK(D("12").MulInt(12).ToString() == "144");
  CHECK(D("2.5").MulPow10(-3).ToString() == "0.0025");
  CHECK(D("0.5").Mul(D("0")).ToString() == "0");
  Decimal neg = D("3");
  neg.set_negative(true);
  CHECK(neg.ToString() == "-3");
  CHECK(neg.Mul(D("0.5")).ToString() == "-1.5");
  // 2^64 + 1: beyond uint64 and double precision, still exact.
  CHECK(D("18446744073709551616").Add(D("1")).ToString() == "18446744073709551617");
}

TEST_CASE("Decimal::Round rounds half away from zero", "[decimal]") {
  CHECK(D("2.085").Round(2).ToString() == "2.09");
  CHECK(D("2.084").Round(2).ToString() == "2.08");
  CHECK(D("0.6").Round(0).ToString() == "1");
  CHECK(D("0.06").Round(0).ToString() == "0");
  CHECK(D("9.995").Round(2).ToString() == "10");
  CHECK(D("12").Round(2).ToString() == "12");
  Decimal n = D("1.25");
  n.set_negative(true);
  CHECK(n.Round(1).ToString() == "-1.3");
}

TEST_CASE("Decimal::Divide is exact long division", "[decimal]") {
  Decimal q;
  REQUIRE(D("2").Divide(D("3"), 6, &q));
  CHECK(q.ToString() == "0.666667");
  REQUIRE(D("1").Divide(D("4200"), 18, &q));
  CHECK(q.ToString() == "0.000238095238095238");
  REQUIRE(D("144").Divide(D("25"), 6, &q));
  CHECK(q.ToString() == "5.76");
  REQUIRE(D("1").Divide(D("0.5"), 2, &q));
  CHECK(q.ToString() == "2");
  REQUIRE(D("25").Divide(D("500000"), 10, &q));
  CHECK(q.ToString() == "0.00005");
  CHECK_FALSE(D("1").Divide(Decimal(), 2, &q));
  CHECK_FALSE(D("1").Divide(D("1234567890123456789"), 2, &q));
}

TEST_CASE("Decimal overflow is a flag, never a wrong finite value or a crash", "[decimal][overflow]") {
  Decimal big = D("1");
  big.MulPow10(Decimal::kMaxExponent + 5);
  CHECK(big.overflow());
  CHECK_FALSE(big.fits_double());
  CHECK(big.ToDouble() == 0.0);  // callers must check overflow() first; never Inf
  Decimal d = D(std::string(Decimal::kMaxDigits, '9').c_str());
  CHECK_FALSE(d.overflow());
  d.Mul(D("99"));
  CHECK(d.overflow());
  Decimal e = D(std::string(Decimal::kMaxDigits + 1, '1').c_str());
  CHECK(e.overflow());
  CHECK(D("1").Compare(D("1.0")) == 0);
  CHECK(D("2").Compare(D("10")) < 0);
  CHECK(D("0.3").fits_double());
  CHECK(D("0.3").ToDouble() == Approx(0.3));
}

}  // namespace
}  // namespace zhfacts::internal
