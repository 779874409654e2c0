// How an exact decimal ("25363000000", "2.08") becomes a JSON number. Shared by the DOM form (json.cc) and the
// streaming writer (json_writer.cc), so both classify every value the same way.
#ifndef ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_
#define ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_

#include <nlohmann/json.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace zhfacts::internal {

// True for -?[0-9]+(\.[0-9]+)?, the plain notation of Record::value.
bool IsPlainDecimal(std::string_view s);

// What a decimal string is written as.
struct DecimalToken {
  enum Kind { kUnsigned, kSigned, kDouble, kString } kind = kString;
  std::uint64_t u = 0;  // kUnsigned
  std::int64_t i = 0;   // kSigned (negative values only)
  double d = 0;         // kDouble
};

// Only plain decimals (-?[0-9]+(\.[0-9]+)?) become numbers: an integer that fits in 64 bits stays an integer, any
// other decimal becomes the nearest double. Anything else — a value beyond double range (10^400), exponent or hex
// notation, stray spaces — is kept as a string (never Inf, NaN or null); records flag overflow with status
// "overflow". Locale-independent.
DecimalToken ClassifyDecimal(std::string_view decimal);

// The DOM form of ClassifyDecimal.
nlohmann::ordered_json DecimalToJson(const std::string& decimal);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_
