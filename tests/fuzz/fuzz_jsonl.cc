// Fuzz target: the JSONL line reader. Any line is answered with a document or one stable error code; accepted
// documents round-trip (their text re-encoded and parsed again gives the same text), and nothing throws. A line the
// plain-line fast path accepts gives the same document through the full parser.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "io/jsonl_reader.h"
#include "normalize/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  zhfacts::internal::JsonlDocument fast, full;
  if (zhfacts::internal::ParsePlainJsonlLine(line, &fast)) {
    FUZZ_CHECK(zhfacts::internal::ParseJsonlLineFull(line, &full).ok());
    FUZZ_CHECK(fast.id == full.id && fast.id_json == full.id_json && fast.text == full.text &&
               fast.date == full.date);
  }
  zhfacts::internal::JsonlDocument doc;
  zhfacts::Status s = zhfacts::internal::ParseJsonlLine(line, &doc);
  if (!s.ok()) {
    using zhfacts::StatusCode;
    FUZZ_CHECK(s.code() == StatusCode::kInvalidJson || s.code() == StatusCode::kInvalidUtf8 ||
               s.code() == StatusCode::kInvalidField || s.code() == StatusCode::kMissingText);
    FUZZ_CHECK(!s.message().empty());
    return 0;
  }
  FUZZ_CHECK(zhfacts::internal::RepairUtf8(doc.text) == doc.text);
  FUZZ_CHECK(doc.id.size() <= zhfacts::internal::kMaxIdBytes);
  nlohmann::json again = {{"id", doc.id}, {"text", doc.text}};
  zhfacts::internal::JsonlDocument doc2;
  FUZZ_CHECK(zhfacts::internal::ParseJsonlLine(again.dump(), &doc2).ok());
  FUZZ_CHECK(doc2.text == doc.text && doc2.id == doc.id);
  return 0;
}
