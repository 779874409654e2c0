// zhfacts/status.h — errors as values.
//
// Nothing in zhfacts throws across the API and nothing logs. Every operation that can fail returns a Status, or a
// Result<T> holding either a value or a Status. Codes are stable (they appear in JSON output as snake_case names);
// messages say where the problem is ("units.tsv:17: unit column is empty").
//
//   zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create({});
//   if (!ex.ok()) { std::cerr << ex.status().ToString() << "\n"; return 2; }
#ifndef ZHFACTS_STATUS_H_
#define ZHFACTS_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace zhfacts {

// Stable error codes. New codes are only ever appended.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // "invalid_argument": a bad option or reference date
  kInvalidLexicon,    // "invalid_lexicon": a lexicon file failed validation
  kInvalidRule,       // "invalid_rule": a rule pattern failed to compile
  kIoError,           // "io_error": a file could not be read or written
  kInvalidJson,       // "invalid_json": a JSONL line is not one JSON object
  kMissingText,       // "missing_text": a JSONL object has no string "text"
  kInvalidField,      // "invalid_field": a JSONL field has the wrong type (object id, non-string date)
  kDocTooLarge,       // "doc_too_large": a document exceeds ExtractorOptions::max_document_bytes
  kInvalidUtf8,       // "invalid_utf8": bytes that are not UTF-8 (a warning on documents, an error elsewhere)
  kInternal,          // "internal": a bug; please report it
};

// The snake_case name of a code, e.g. "doc_too_large".
const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "doc_too_large: document is 20000000 bytes, the limit is 16777216"; "ok" when ok().
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-ok Status. value() on an error Result is a programming error (checked by assert).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                        // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}                // NOLINT: implicit by design
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace zhfacts

#endif  // ZHFACTS_STATUS_H_
