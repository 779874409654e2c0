// JSONL documents and CSV/TSV rows, streamed; records come from AppendRecordJson (json_writer.cc).
#include "zhfacts/serialize.h"

#include "normalize/utf8.h"
#include "serialize/json_writer.h"
#include "serialize/number_json.h"

namespace zhfacts {

void AppendErrorJson(const ErrorEntry& e, std::string* out) {
  out->append("{\"code\":");
  internal::AppendJsonString(e.code, out);
  out->append(",\"message\":");
  internal::AppendJsonString(e.message, out);
  out->append(",\"file\":");
  internal::AppendJsonStringOrNull(e.file, out);
  out->append(",\"line\":");
  if (e.line) {
    internal::AppendJsonUint(e.line, out);
  } else {
    out->append("null");
  }
  out->push_back('}');
}

void AppendDocumentJsonl(const DocumentResult& doc, std::string_view id_json, const std::vector<ErrorEntry>& errors,
                         std::string* out) {
  out->append("{\"schema_version\":\"");
  out->append(kSchemaVersion);
  out->append("\",\"id\":");
  out->append(id_json.empty() ? std::string_view("null") : id_json);
  out->append(",\"reference_date\":");
  internal::AppendJsonStringOrNull(doc.reference_date, out);
  out->append(",\"reference_date_source\":\"");
  out->append(ReferenceDateSourceName(doc.reference_date_source));
  out->append("\",\"invalid_utf8\":");
  internal::AppendJsonUint(doc.invalid_utf8, out);
  out->append(",\"records\":[");
  for (std::size_t i = 0; i < doc.records.size(); ++i) {
    if (i) out->push_back(',');
    AppendRecordJson(doc.records[i], out);
  }
  out->append("],\"errors\":[");
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (i) out->push_back(',');
    AppendErrorJson(errors[i], out);
  }
  out->append("]}\n");
}

const std::vector<std::string>& CsvColumns() {
  static const std::vector<std::string> kColumns = {
      "doc_id",     "type",         "text",       "value",      "unit",        "value_min",       "value_max",
      "qualifier",  "metric",       "metric_class", "period",   "period_start", "period_end",     "subject",
      "direction",  "basis",        "granularity", "value_canonical", "unit_canonical", "precision", "span_start",
      "span_end",   "byte_start",   "byte_end",   "rule",       "status"};
  return kColumns;
}

namespace {

// Cells that spreadsheets would evaluate as formulas (CWE-1236 / OWASP "CSV injection").
bool IsFormulaTrigger(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
}

void AppendCell(std::string_view v, bool text_cell, const CsvOptions& o, std::string* out) {
  std::string cell = internal::RepairUtf8(v);
  // A number cell holds a plain decimal (-3.5 stays a number); anything else in it is treated as text.
  if (!text_cell && !cell.empty() && !internal::IsPlainDecimal(cell)) text_cell = true;
  if (text_cell && o.formula_protection && !cell.empty() && IsFormulaTrigger(cell[0])) {
    cell.insert(cell.begin(), '\'');
  }
  bool quote = cell.find_first_of(std::string("\"\r\n") + o.delimiter) != std::string::npos;
  if (!quote) {
    out->append(cell);
    return;
  }
  out->push_back('"');
  for (char c : cell) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

void AppendCsvHeader(const CsvOptions& o, std::string* out) {
  const auto& cols = CsvColumns();
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (i) out->push_back(o.delimiter);
    out->append(cols[i]);
  }
  out->append("\r\n");
}

void AppendRecordCsv(const Record& r, std::string_view doc_id, const CsvOptions& o, std::string* out) {
  auto text = [&](std::string_view v) {
    AppendCell(v, true, o, out);
    out->push_back(o.delimiter);
  };
  auto number = [&](std::string_view v) {
    AppendCell(v, false, o, out);
    out->push_back(o.delimiter);
  };
  bool numeric = r.type != RecordType::kDate;
  text(doc_id);
  text(RecordTypeName(r.type));
  text(r.text);
  numeric ? number(r.value) : text(r.value);
  text(r.unit);
  numeric ? number(r.value_min) : text(r.value_min);
  numeric ? number(r.value_max) : text(r.value_max);
  text(QualifierName(r.qualifier));
  text(r.metric);
  text(r.metric_class);
  text(r.period);
  text(r.period_start);
  text(r.period_end);
  text(r.subject);
  const char* dir = DirectionName(r.direction);
  text(dir ? dir : "");
  const char* basis = BasisName(r.basis);
  text(basis ? basis : "");
  text(r.granularity);
  number(r.value_canonical);
  text(r.unit_canonical);
  text(r.precision);
  number(std::to_string(r.span.start));
  number(std::to_string(r.span.end));
  number(std::to_string(r.byte_span.start));
  number(std::to_string(r.byte_span.end));
  text(r.rule);
  AppendCell(r.status, true, o, out);
  out->append("\r\n");
}

}  // namespace zhfacts
