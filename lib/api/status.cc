#include "zhfacts/status.h"

namespace zhfacts {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInvalidLexicon: return "invalid_lexicon";
    case StatusCode::kInvalidRule: return "invalid_rule";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kInvalidJson: return "invalid_json";
    case StatusCode::kMissingText: return "missing_text";
    case StatusCode::kInvalidField: return "invalid_field";
    case StatusCode::kDocTooLarge: return "doc_too_large";
    case StatusCode::kInvalidUtf8: return "invalid_utf8";
    case StatusCode::kInternal: return "internal";
  }
  return "internal";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace zhfacts
