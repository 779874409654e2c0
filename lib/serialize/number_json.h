// How an exact decimal ("25363000000", "2.08") becomes a JSON number.
#ifndef ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_
#define ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

namespace zhfacts::internal {

// An integer that fits in 64 bits stays an integer; anything else becomes the nearest double. A value beyond double
// range (10^400) is kept as its exact decimal string (never Inf, NaN or null); records flag it with status
// "overflow".
nlohmann::ordered_json DecimalToJson(const std::string& decimal);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_SERIALIZE_NUMBER_JSON_H_
