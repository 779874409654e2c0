// The C API (zhfacts/zhfacts_c.h): thin wrappers over Extractor. Every entry point catches everything, because a
// C caller cannot catch a C++ exception; zhfacts_record is never defined, it is a zhfacts::Record seen opaquely.
#include "zhfacts/zhfacts_c.h"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include <nlohmann/json.hpp>

#include "zhfacts/extractor.h"
#include "zhfacts/serialize.h"

struct zhfacts_options {
  zhfacts::ExtractorOptions options;
};

struct zhfacts_extractor {
  explicit zhfacts_extractor(zhfacts::Extractor e) : extractor(std::move(e)) {}
  zhfacts::Extractor extractor;
};

struct zhfacts_document {
  zhfacts::DocumentResult result;
};

namespace {

thread_local std::string last_error;

// Records the message of a failure. Never throws: without memory for the message, the message is empty.
zhfacts_status Fail(zhfacts_status status, const char* message) noexcept {
  try {
    last_error = message;
  } catch (...) {
    last_error.clear();
  }
  return status;
}

zhfacts_status Fail(zhfacts_status status, const std::string& message) noexcept {
  return Fail(status, message.c_str());
}

zhfacts_status Fail(const zhfacts::Status& status) noexcept {
  return Fail(static_cast<zhfacts_status>(status.code()), status.message());
}

// Runs body, turning any exception into ZHFACTS_INTERNAL.
template <typename Body>
zhfacts_status Guard(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(ZHFACTS_INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return Fail(ZHFACTS_INTERNAL, e.what());
  } catch (...) {
    return Fail(ZHFACTS_INTERNAL, "unknown exception");
  }
}

zhfacts_status NullArgument(const char* name) noexcept {
  try {
    return Fail(ZHFACTS_INVALID_ARGUMENT, std::string(name) + " is NULL");
  } catch (...) {
    return Fail(ZHFACTS_INVALID_ARGUMENT, "");
  }
}

// A malloc'd copy the caller frees with zhfacts_string_free.
zhfacts_status ReturnString(const std::string& s, char** out, size_t* len) {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (copy == nullptr) return Fail(ZHFACTS_INTERNAL, "out of memory");
  std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = '\0';
  *out = copy;
  if (len != nullptr) *len = s.size();
  return ZHFACTS_OK;
}

std::string IdJson(const char* id) {
  if (id == nullptr) return "null";
  return nlohmann::json(std::string(id)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const zhfacts::Record& Rec(const zhfacts_record* r) { return *reinterpret_cast<const zhfacts::Record*>(r); }

// NULL for "not applicable", as JSON null.
const char* OrNull(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

}  // namespace

extern "C" {

const char* zhfacts_version(void) { return zhfacts::Version(); }

const char* zhfacts_status_name(zhfacts_status status) {
  if (status < ZHFACTS_OK || status > ZHFACTS_INTERNAL) return "internal";
  return zhfacts::StatusCodeName(static_cast<zhfacts::StatusCode>(status));
}

const char* zhfacts_last_error(void) { return last_error.c_str(); }

zhfacts_options* zhfacts_options_new(void) { return new (std::nothrow) zhfacts_options(); }

void zhfacts_options_free(zhfacts_options* options) { delete options; }

zhfacts_status zhfacts_options_set_traditional_to_simplified(zhfacts_options* options, int enable) {
  if (options == nullptr) return NullArgument("options");
  options->options.traditional_to_simplified = enable != 0;
  return ZHFACTS_OK;
}

zhfacts_status zhfacts_options_add_lexicon_file(zhfacts_options* options, const char* path) {
  return Guard([&] {
    if (options == nullptr) return NullArgument("options");
    if (path == nullptr) return NullArgument("path");
    options->options.lexicon_files.emplace_back(path);
    return ZHFACTS_OK;
  });
}

zhfacts_status zhfacts_options_set_max_document_bytes(zhfacts_options* options, size_t max_bytes) {
  if (options == nullptr) return NullArgument("options");
  options->options.max_document_bytes = max_bytes;
  return ZHFACTS_OK;
}

zhfacts_status zhfacts_options_set_types(zhfacts_options* options, unsigned types) {
  if (options == nullptr) return NullArgument("options");
  if (types == 0 || types >= (1u << zhfacts::kRecordTypeCount)) {
    return Fail(ZHFACTS_INVALID_ARGUMENT, "types must be a non-empty set of the 7 record type bits");
  }
  options->options.types = types;
  return ZHFACTS_OK;
}

zhfacts_status zhfacts_extractor_new(const zhfacts_options* options, zhfacts_extractor** out) {
  return Guard([&] {
    if (out == nullptr) return NullArgument("out");
    *out = nullptr;
    zhfacts::Result<zhfacts::Extractor> ex =
        zhfacts::Extractor::Create(options ? options->options : zhfacts::ExtractorOptions{});
    if (!ex.ok()) return Fail(ex.status());
    *out = new zhfacts_extractor(std::move(ex.value()));
    return ZHFACTS_OK;
  });
}

void zhfacts_extractor_free(zhfacts_extractor* extractor) { delete extractor; }

zhfacts_status zhfacts_extract(const zhfacts_extractor* extractor, const char* utf8, size_t len,
                               const char* reference_date, zhfacts_document** out) {
  return Guard([&] {
    if (out == nullptr) return NullArgument("out");
    *out = nullptr;
    if (extractor == nullptr) return NullArgument("extractor");
    if (utf8 == nullptr && len != 0) return NullArgument("utf8");
    zhfacts::DocumentContext context;
    if (reference_date != nullptr) context.reference_date = reference_date;
    zhfacts::Result<zhfacts::DocumentResult> doc =
        extractor->extractor.Extract(std::string_view(utf8 ? utf8 : "", len), context);
    if (!doc.ok()) return Fail(doc.status());
    *out = new zhfacts_document{std::move(doc.value())};
    return ZHFACTS_OK;
  });
}

zhfacts_status zhfacts_extract_jsonl(const zhfacts_extractor* extractor, const char* utf8, size_t len,
                                     const char* reference_date, const char* id, char** json_out,
                                     size_t* json_len) {
  if (json_out == nullptr) return NullArgument("json_out");
  *json_out = nullptr;
  zhfacts_document* doc = nullptr;
  zhfacts_status status = zhfacts_extract(extractor, utf8, len, reference_date, &doc);
  if (status != ZHFACTS_OK) return status;
  status = zhfacts_document_to_jsonl(doc, id, json_out, json_len);
  zhfacts_document_free(doc);
  return status;
}

void zhfacts_string_free(char* s) { std::free(s); }

void zhfacts_document_free(zhfacts_document* document) { delete document; }

size_t zhfacts_document_record_count(const zhfacts_document* document) {
  return document ? document->result.records.size() : 0;
}

const zhfacts_record* zhfacts_document_record(const zhfacts_document* document, size_t i) {
  if (document == nullptr || i >= document->result.records.size()) return nullptr;
  return reinterpret_cast<const zhfacts_record*>(&document->result.records[i]);
}

const char* zhfacts_document_reference_date(const zhfacts_document* document) {
  return document ? OrNull(document->result.reference_date) : nullptr;
}

const char* zhfacts_document_reference_date_source(const zhfacts_document* document) {
  return zhfacts::ReferenceDateSourceName(document ? document->result.reference_date_source
                                                   : zhfacts::ReferenceDateSource::kNone);
}

size_t zhfacts_document_invalid_utf8(const zhfacts_document* document) {
  return document ? document->result.invalid_utf8 : 0;
}

zhfacts_status zhfacts_document_to_jsonl(const zhfacts_document* document, const char* id, char** json_out,
                                         size_t* json_len) {
  return Guard([&] {
    if (json_out == nullptr) return NullArgument("json_out");
    *json_out = nullptr;
    if (document == nullptr) return NullArgument("document");
    std::string line;
    zhfacts::AppendDocumentJsonl(document->result, IdJson(id), {}, &line);
    return ReturnString(line, json_out, json_len);
  });
}

const char* zhfacts_record_type(const zhfacts_record* r) { return zhfacts::RecordTypeName(Rec(r).type); }
const char* zhfacts_record_text(const zhfacts_record* r) { return Rec(r).text.c_str(); }
zhfacts_span zhfacts_record_span(const zhfacts_record* r) { return {Rec(r).span.start, Rec(r).span.end}; }
zhfacts_span zhfacts_record_byte_span(const zhfacts_record* r) {
  return {Rec(r).byte_span.start, Rec(r).byte_span.end};
}
const char* zhfacts_record_value(const zhfacts_record* r) { return OrNull(Rec(r).value); }
const char* zhfacts_record_unit(const zhfacts_record* r) { return OrNull(Rec(r).unit); }
const char* zhfacts_record_value_min(const zhfacts_record* r) { return OrNull(Rec(r).value_min); }
const char* zhfacts_record_value_max(const zhfacts_record* r) { return OrNull(Rec(r).value_max); }
const char* zhfacts_record_qualifier(const zhfacts_record* r) { return zhfacts::QualifierName(Rec(r).qualifier); }
const char* zhfacts_record_metric(const zhfacts_record* r) { return OrNull(Rec(r).metric); }
const char* zhfacts_record_metric_class(const zhfacts_record* r) { return OrNull(Rec(r).metric_class); }
const char* zhfacts_record_period(const zhfacts_record* r) { return OrNull(Rec(r).period); }
const char* zhfacts_record_subject(const zhfacts_record* r) { return OrNull(Rec(r).subject); }
const char* zhfacts_record_direction(const zhfacts_record* r) { return zhfacts::DirectionName(Rec(r).direction); }
const char* zhfacts_record_basis(const zhfacts_record* r) { return zhfacts::BasisName(Rec(r).basis); }
const char* zhfacts_record_granularity(const zhfacts_record* r) { return OrNull(Rec(r).granularity); }
const char* zhfacts_record_rule(const zhfacts_record* r) { return OrNull(Rec(r).rule); }
const char* zhfacts_record_value_canonical(const zhfacts_record* r) { return OrNull(Rec(r).value_canonical); }
const char* zhfacts_record_unit_canonical(const zhfacts_record* r) { return OrNull(Rec(r).unit_canonical); }
const char* zhfacts_record_precision(const zhfacts_record* r) { return OrNull(Rec(r).precision); }
const char* zhfacts_record_period_start(const zhfacts_record* r) { return OrNull(Rec(r).period_start); }
const char* zhfacts_record_period_end(const zhfacts_record* r) { return OrNull(Rec(r).period_end); }
const char* zhfacts_record_status(const zhfacts_record* r) { return Rec(r).status.c_str(); }
int64_t zhfacts_record_qualifies(const zhfacts_record* r) { return Rec(r).qualifies; }
size_t zhfacts_record_implied_count(const zhfacts_record* r) { return Rec(r).implied.size(); }
const char* zhfacts_record_implied(const zhfacts_record* r, size_t i) {
  return i < Rec(r).implied.size() ? Rec(r).implied[i].c_str() : nullptr;
}

zhfacts_status zhfacts_record_to_json(const zhfacts_record* record, char** json_out, size_t* json_len) {
  return Guard([&] {
    if (json_out == nullptr) return NullArgument("json_out");
    *json_out = nullptr;
    if (record == nullptr) return NullArgument("record");
    std::string json;
    zhfacts::AppendRecordJson(Rec(record), &json);
    return ReturnString(json, json_out, json_len);
  });
}

}  // extern "C"
