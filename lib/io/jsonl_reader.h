// One JSONL input line → one document: {"id": …, "text": …, "date": "YYYY-MM-DD"}.
//
// Every line is parsed on its own (a bad line never affects the next one, unlike jq). Outcomes, with stable codes:
//   ok             an object with a string "text"; "id" a string (≤ kMaxIdBytes) or a number, or absent/null;
//                  "date" a string or absent/null (checked later, by the Extractor); other keys ignored
//   invalid_utf8   the line is not valid UTF-8 (RFC 8259 requires it; nothing is guessed)
//   invalid_json   not exactly one JSON value (bad syntax, truncated, two objects), not an object, a blank line,
//                  or nesting deeper than kMaxDepth
//   invalid_field  "id" is an object, array or boolean, or longer than kMaxIdBytes; "date" is not a string
//   missing_text   no "text", or a "text" that is not a string
// Parsing is SAX-style (no DOM), so a hostile line costs time and memory linear in its size.
#ifndef ZHFACTS_LIB_IO_JSONL_READER_H_
#define ZHFACTS_LIB_IO_JSONL_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "zhfacts/status.h"

namespace zhfacts::internal {

inline constexpr std::size_t kMaxIdBytes = 1024;
inline constexpr int kMaxDepth = 64;

struct JsonlDocument {
  std::string id;       // the id as text ("17" for a numeric id); empty when absent or null
  std::string id_json;  // the id as a JSON token, as written in the input for numbers; "null" when absent
  std::string text;
  std::string date;     // empty when absent or null
};

// Parses one line (without its terminator). On error, doc->id/id_json hold the id when it could be read.
Status ParseJsonlLine(std::string_view line, JsonlDocument* doc);

// The two paths ParseJsonlLine takes, exposed for the tests. ParsePlainJsonlLine reads the common shape by hand —
// one flat object with keys among "id", "text" (required) and "date", each at most once and written without
// escapes; string values with the usual escapes (\uXXXX and surrogate pairs included) but no raw control
// characters, valid UTF-8; an id of at most kMaxIdBytes, or a plain integer of up to 18 digits — and returns false,
// leaving *doc in an unspecified state, for anything else. ParseJsonlLineFull is the SAX parser behind nlohmann::json; on every line the
// plain path accepts, it gives the same document (tested). For one-sentence documents the JSON parse was a sixth of
// the work per line.
bool ParsePlainJsonlLine(std::string_view line, JsonlDocument* doc);
Status ParseJsonlLineFull(std::string_view line, JsonlDocument* doc);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_IO_JSONL_READER_H_
