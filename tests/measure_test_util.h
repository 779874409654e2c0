// Shared by compute_test.cc and quantity_test.cc: run one sentence through the public API and pick the records of
// one type, checking provenance (the original sliced at byte_span and at span equals text) for every record.
#ifndef ZHFACTS_TESTS_MEASURE_TEST_UTIL_H_
#define ZHFACTS_TESTS_MEASURE_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "zhfacts/zhfacts.h"

namespace measure_test {

// One expected figure. Empty strings mean "must be empty (null)"; kAny skips the check.
struct Expected {
  const char* input;
  const char* text;  // the record's text in the original input
  const char* value;
  const char* value_min;
  const char* value_max;
  const char* unit;
  const char* qualifier;
  const char* value_canonical;
  const char* unit_canonical;
  const char* precision;
};

inline const zhfacts::Extractor& SharedExtractor() {
  static const zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  return *ex;
}

// Slices s by code points [start, end).
inline std::string SliceCodePoints(const std::string& s, std::size_t start, std::size_t end) {
  std::size_t cp = 0, b = 0, from = std::string::npos;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cp == start) from = i;
      if (cp == end) {
        b = i;
        break;
      }
      ++cp;
    }
  }
  return from == std::string::npos ? std::string("<bad span>") : s.substr(from, b - from);
}

// All records of `type` in `input`; every record of every type is checked for exact provenance.
inline std::vector<zhfacts::Record> RecordsOf(const std::string& input, zhfacts::RecordType type) {
  auto doc = SharedExtractor().Extract(input);
  REQUIRE(doc.ok());
  std::vector<zhfacts::Record> out;
  for (const zhfacts::Record& r : doc->records) {
    INFO("record " << r.text << " rule " << r.rule);
    CHECK(input.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
    CHECK(SliceCodePoints(input, r.span.start, r.span.end) == r.text);
    if (r.type == type) out.push_back(r);
  }
  return out;
}

inline void CheckExpected(const Expected& e, zhfacts::RecordType type) {
  INFO("input: " << e.input);
  std::vector<zhfacts::Record> got = RecordsOf(e.input, type);
  const zhfacts::Record* r = nullptr;
  std::string found;
  for (const zhfacts::Record& g : got) {
    found += "[" + g.text + "] ";
    if (g.text == e.text) r = &g;
  }
  INFO("found: " << found);
  REQUIRE(r != nullptr);
  CHECK(r->value == e.value);
  CHECK(r->value_min == e.value_min);
  CHECK(r->value_max == e.value_max);
  CHECK(r->unit == e.unit);
  CHECK(std::string(zhfacts::QualifierName(r->qualifier)) == e.qualifier);
  CHECK(r->value_canonical == e.value_canonical);
  CHECK(r->unit_canonical == e.unit_canonical);
  CHECK(r->precision == e.precision);
}

// `input` yields no record of `type`.
inline void CheckNone(const char* input, zhfacts::RecordType type) {
  INFO("input: " << input);
  std::vector<zhfacts::Record> got = RecordsOf(input, type);
  std::string found;
  for (const zhfacts::Record& r : got) found += "[" + r.text + "] ";
  INFO("found: " << found);
  CHECK(got.empty());
}

}  // namespace measure_test

#endif  // ZHFACTS_TESTS_MEASURE_TEST_UTIL_H_
