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

// YYYY-MM-DD: written bare so that spreadsheets import a real date.
bool IsFullDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

enum class Cell { kText, kNumber, kDate };

// Numbers (plain decimals) and full dates are written bare; anything else is text: neutralized when it starts with
// a formula trigger, and quoted when it must be or, for CSV, always — so that importers which honour quotes
// (LibreOffice's "quoted field as text") keep 8.6% and 2023-11 as the text they are.
void AppendCell(std::string_view v, Cell kind, const CsvOptions& o, std::string* out) {
  if (v.empty()) return;  // not applicable: an empty cell
  std::string cell = internal::RepairUtf8(v);
  if ((kind == Cell::kNumber && internal::IsPlainDecimal(cell)) || (kind == Cell::kDate && IsFullDate(cell))) {
    out->append(cell);
    return;
  }
  if (o.formula_protection && IsFormulaTrigger(cell[0])) cell.insert(cell.begin(), '\'');
  bool quote = o.quote_text || cell.find_first_of(std::string("\"\r\n") + o.delimiter) != std::string::npos;
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
  bool first = true;
  auto cell = [&](Cell kind, std::string_view v) {
    if (!first) out->push_back(o.delimiter);
    first = false;
    AppendCell(v, kind, o, out);
  };
  auto text = [&](const char* v) { cell(Cell::kText, v ? v : ""); };
  // Dates keep value, value_min and value_max as ISO text at their granularity (2023-11); the full dates are in
  // period_start and period_end.
  Cell value = r.type == RecordType::kDate ? Cell::kText : Cell::kNumber;
  cell(Cell::kText, doc_id);
  text(RecordTypeName(r.type));
  cell(Cell::kText, r.text);
  cell(value, r.value);
  cell(Cell::kText, r.unit);
  cell(value, r.value_min);
  cell(value, r.value_max);
  text(QualifierName(r.qualifier));
  cell(Cell::kText, r.metric);
  cell(Cell::kText, r.metric_class);
  cell(Cell::kText, r.period);
  cell(Cell::kDate, r.period_start);
  cell(Cell::kDate, r.period_end);
  cell(Cell::kText, r.subject);
  text(DirectionName(r.direction));
  text(BasisName(r.basis));
  cell(Cell::kText, r.granularity);
  cell(Cell::kNumber, r.value_canonical);
  cell(Cell::kText, r.unit_canonical);
  cell(Cell::kText, r.precision);
  cell(Cell::kNumber, std::to_string(r.span.start));
  cell(Cell::kNumber, std::to_string(r.span.end));
  cell(Cell::kNumber, std::to_string(r.byte_span.start));
  cell(Cell::kNumber, std::to_string(r.byte_span.end));
  cell(Cell::kText, r.rule);
  cell(Cell::kText, r.status);
  out->append("\r\n");
}

}  // namespace zhfacts
