// The streaming JSON writer's tokens: byte-for-byte what nlohmann's dump() writes for the same values, without
// building a DOM (issue 5: a DOM per record halves end-to-end throughput).
#ifndef ZHFACTS_LIB_SERIALIZE_JSON_WRITER_H_
#define ZHFACTS_LIB_SERIALIZE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace zhfacts::internal {

// A JSON string literal, quotes included. Escapes as nlohmann does with ensure_ascii=false: \" \\ \b \f \n \r \t,
// other control characters as \u00xx (lower-case hex), everything else raw; ill-formed UTF-8 becomes U+FFFD, one
// per maximal ill-formed subpart (RepairUtf8), so the output is always valid UTF-8.
void AppendJsonString(std::string_view s, std::string* out);

// A JSON string, or null when s is empty (the record contract's "not applicable").
void AppendJsonStringOrNull(std::string_view s, std::string* out);

// An exact decimal as ClassifyDecimal decides: an integer, nlohmann's shortest round-trip double, or a string.
// Empty: null.
void AppendJsonDecimal(std::string_view decimal, std::string* out);

void AppendJsonUint(std::uint64_t v, std::string* out);
void AppendJsonInt(std::int64_t v, std::string* out);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_SERIALIZE_JSON_WRITER_H_
