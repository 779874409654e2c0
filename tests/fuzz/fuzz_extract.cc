// Fuzz target: arbitrary bytes through the whole pipeline. Checks provenance for every record, that every field
// can be read, and that the JSON output parses.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"
#include "zhfacts/zhfacts.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const zhfacts::Extractor* ex = [] {
    auto r = zhfacts::Extractor::Create();
    FUZZ_CHECK(r.ok());
    return new zhfacts::Extractor(std::move(r.value()));
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-06-18";
  ctx.explain = size % 2 == 0;
  auto doc = ex->Extract(text, ctx);
  if (!doc.ok()) return 0;
  std::string out;
  for (const zhfacts::Record& r : doc->records) {
    FUZZ_CHECK(r.byte_span.start < r.byte_span.end && r.byte_span.end <= text.size());
    FUZZ_CHECK(text.compare(r.byte_span.start, r.byte_span.end - r.byte_span.start, r.text) == 0);
    FUZZ_CHECK(r.span.start < r.span.end);
    FUZZ_CHECK(r.qualifies < static_cast<std::int64_t>(doc->records.size()));
    FUZZ_CHECK(zhfacts::RecordTypeName(r.type) != nullptr && zhfacts::QualifierName(r.qualifier) != nullptr);
    FUZZ_CHECK(r.value.size() + r.unit.size() + r.metric.size() + r.period.size() + r.subject.size() +
                   r.value_min.size() + r.value_max.size() + r.rule.size() < 10 * size + 1000);
  }
  zhfacts::AppendDocumentJsonl(*doc, "\"fuzz\"", {}, &out);
  auto parsed = nlohmann::json::parse(out, nullptr, false);
  FUZZ_CHECK(!parsed.is_discarded());
  FUZZ_CHECK(parsed["records"].size() == doc->records.size());
  return 0;
}
