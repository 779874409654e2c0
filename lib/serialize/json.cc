// The DOM form of a record (zhfacts/json.h); the streaming writer in json_writer.cc must produce the same bytes.
#include "zhfacts/json.h"

#include "normalize/utf8.h"
#include "serialize/number_json.h"

namespace zhfacts {

namespace {

nlohmann::ordered_json Str(const std::string& s) {
  if (s.empty()) return nullptr;
  return internal::RepairUtf8(s);
}

}  // namespace

nlohmann::ordered_json ToJson(const Record& r, const std::string* doc_id) {
  nlohmann::ordered_json j;
  bool numeric = r.type != RecordType::kDate;
  auto num = [&](const std::string& v) -> nlohmann::ordered_json {
    if (v.empty()) return nullptr;
    return numeric ? internal::DecimalToJson(v) : nlohmann::ordered_json(internal::RepairUtf8(v));
  };
  if (doc_id) j["doc_id"] = internal::RepairUtf8(*doc_id);
  j["type"] = RecordTypeName(r.type);
  j["text"] = internal::RepairUtf8(r.text);
  j["span"] = {{"start", r.span.start}, {"end", r.span.end}};
  j["byte_span"] = {{"start", r.byte_span.start}, {"end", r.byte_span.end}};
  j["value"] = num(r.value);
  j["unit"] = Str(r.unit);
  j["value_min"] = num(r.value_min);
  j["value_max"] = num(r.value_max);
  j["qualifier"] = QualifierName(r.qualifier);
  j["metric"] = Str(r.metric);
  j["metric_class"] = Str(r.metric_class);
  j["period"] = Str(r.period);
  j["subject"] = Str(r.subject);
  const char* dir = DirectionName(r.direction);
  j["direction"] = dir ? nlohmann::ordered_json(dir) : nlohmann::ordered_json(nullptr);
  const char* basis = BasisName(r.basis);
  j["basis"] = basis ? nlohmann::ordered_json(basis) : nlohmann::ordered_json(nullptr);
  j["granularity"] = Str(r.granularity);
  j["rule"] = Str(r.rule);
  j["value_canonical"] = r.value_canonical.empty() ? nlohmann::ordered_json(nullptr)
                                                   : internal::DecimalToJson(r.value_canonical);
  j["unit_canonical"] = Str(r.unit_canonical);
  j["precision"] = Str(r.precision);
  if (r.type == RecordType::kDate) {
    nlohmann::ordered_json implied = nlohmann::ordered_json::array();
    for (const std::string& f : r.implied) implied.push_back(internal::RepairUtf8(f));
    j["implied"] = std::move(implied);
  } else {
    j["implied"] = nullptr;
  }
  j["period_start"] = Str(r.period_start);
  j["period_end"] = Str(r.period_end);
  j["qualifies"] = r.qualifies >= 0 ? nlohmann::ordered_json(r.qualifies) : nlohmann::ordered_json(nullptr);
  j["status"] = Str(r.status);
  if (!r.sentence.empty()) j["sentence"] = internal::RepairUtf8(r.sentence);
  return j;
}

}  // namespace zhfacts
