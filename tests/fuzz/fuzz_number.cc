// Fuzz target: the numeral parser never crashes, never loops, and gives JSON-ready decimals.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "number/number_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  zhfacts::internal::ParsedNumber n = zhfacts::internal::ParseNumber(in);
  if (n.ok()) {
    std::string s = n.value.ToString();
    FUZZ_CHECK(!s.empty());
    for (char c : s) FUZZ_CHECK((c >= '0' && c <= '9') || c == '.' || c == '-');
    FUZZ_CHECK(!n.value.overflow());
  }
  zhfacts::internal::ParseFraction(in);
  return 0;
}
