// zhfacts/serialize.h — records out as JSON, JSONL, CSV and TSV, streamed into a caller's buffer.
//
//   std::string out;
//   for (const zhfacts::Record& r : doc.records) zhfacts::AppendRecordJson(r, &out);
//
// The writers never throw and never fail: invalid UTF-8 in any string is written as U+FFFD, so the output is
// always valid UTF-8 and valid JSON. Key order is fixed (README, schemas/record.schema.json) and only ever
// appended to. Byte-for-byte, AppendRecordJson equals nlohmann's dump() of ToJson() (zhfacts/json.h).
#ifndef ZHFACTS_SERIALIZE_H_
#define ZHFACTS_SERIALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zhfacts/extractor.h"
#include "zhfacts/record.h"

namespace zhfacts {

// The version of schemas/*.schema.json that the JSON output follows; written as "schema_version".
inline constexpr const char* kSchemaVersion = "1.0";

// One problem with one input: a bad JSONL line, an unreadable file, a document over the size cap.
struct ErrorEntry {
  std::string code;     // stable: StatusCodeName(), e.g. "invalid_json", "io_error", "doc_too_large"
  std::string message;  // short, human-readable
  std::string file;     // input file name, "-" for stdin
  std::uint64_t line = 0;  // 1-based JSONL line number; 0 when not line-based (written as null)
};

// One record as a JSON object. With doc_id non-null, "doc_id" is the first key (the --format json form).
void AppendRecordJson(const Record& record, std::string* out, const std::string* doc_id = nullptr);

// One error entry: {"code","message","file","line"}; file and line are null when not applicable (empty, 0).
void AppendErrorJson(const ErrorEntry& error, std::string* out);

// One line of --format jsonl, newline included:
//   {"schema_version","id","reference_date","reference_date_source","invalid_utf8","records":[…],"errors":[…]}
// id_json is the document id already encoded as JSON (a string or number token), or "null".
void AppendDocumentJsonl(const DocumentResult& doc, std::string_view id_json, const std::vector<ErrorEntry>& errors,
                         std::string* out);

// CSV/TSV: one row per record, RFC 4180, CRLF line ends, fixed column order (CsvColumns(), only ever appended
// to). Number cells are plain decimals and full-date cells (period_start, period_end) are YYYY-MM-DD, both written
// bare; every other cell is text. Empty cells: not applicable.
//
//   field               default  meaning
//   ------------------  -------  ------------------------------------------------------------------------------
//   delimiter           ','      '\t' for TSV
//   formula_protection  true     prefix text cells starting with = + - @ TAB CR NUL with ' (numbers untouched)
//   quote_text          true     quote every text cell, so importers that honour quotes keep "8.6%" as text;
//                                false: quote only cells holding a quote, CR, LF or the delimiter (for TSV)
struct CsvOptions {
  char delimiter = ',';
  bool formula_protection = true;
  bool quote_text = true;
};
const std::vector<std::string>& CsvColumns();
void AppendCsvHeader(const CsvOptions& options, std::string* out);
void AppendRecordCsv(const Record& record, std::string_view doc_id, const CsvOptions& options, std::string* out);

}  // namespace zhfacts

#endif  // ZHFACTS_SERIALIZE_H_
