// Helpers shared by the figure tests (money, growth, percentage, linker, negative corpus): one Extractor for all,
// extraction with the provenance invariant checked on every record.
#ifndef ZHFACTS_TESTS_FIGURES_TEST_UTIL_H_
#define ZHFACTS_TESTS_FIGURES_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "zhfacts/zhfacts.h"

namespace figures_test {

inline const zhfacts::Extractor& TheExtractor() {
  static const zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  return ex.value();
}

// Counts code points the way span does (valid UTF-8 input only).
inline std::size_t CodePoints(const std::string& s, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < end; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// Extracts `text` (reference date 2024-03-05) and checks, for every record, that the original sliced at
// byte_span and at span equals its text.
inline std::vector<zhfacts::Record> Extract(const std::string& text) {
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-03-05";
  zhfacts::Result<zhfacts::DocumentResult> doc = TheExtractor().Extract(text, ctx);
  REQUIRE(doc.ok());
  for (const zhfacts::Record& r : doc->records) {
    INFO(r.rule << " " << r.text);
    REQUIRE(r.byte_span.end <= text.size());
    CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
    CHECK(CodePoints(text, r.byte_span.start) == r.span.start);
    CHECK(CodePoints(text, r.byte_span.end) == r.span.end);
  }
  return doc->records;
}

inline std::vector<zhfacts::Record> OfType(const std::vector<zhfacts::Record>& records, zhfacts::RecordType type) {
  std::vector<zhfacts::Record> out;
  for (const zhfacts::Record& r : records) {
    if (r.type == type) out.push_back(r);
  }
  return out;
}

// The records of the types this suite owns: money, output_value, growth_rate, percentage.
inline std::vector<zhfacts::Record> Figures(const std::vector<zhfacts::Record>& records) {
  std::vector<zhfacts::Record> out;
  for (const zhfacts::Record& r : records) {
    if (r.type == zhfacts::RecordType::kMoney || r.type == zhfacts::RecordType::kOutputValue ||
        r.type == zhfacts::RecordType::kGrowthRate || r.type == zhfacts::RecordType::kPercentage) {
      out.push_back(r);
    }
  }
  return out;
}

inline std::string Describe(const std::vector<zhfacts::Record>& records) {
  std::string s;
  for (const zhfacts::Record& r : records) {
    s += std::string(zhfacts::RecordTypeName(r.type)) + " '" + r.text + "' " + r.value + " [" + r.rule + "]\n";
  }
  return s;
}

}  // namespace figures_test

#endif  // ZHFACTS_TESTS_FIGURES_TEST_UTIL_H_
