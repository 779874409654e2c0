// End-to-end smoke tests of the public API.
#include <catch2/catch.hpp>

#include "zhfacts/zhfacts.h"

TEST_CASE("extracts money, growth and a date with exact provenance", "[extractor]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  std::string text = "2023年,全区规上工业总产值253.63亿元,同比增长2.08%。";
  auto doc = ex->Extract(text);
  REQUIRE(doc.ok());
  REQUIRE(doc->records.size() >= 3);
  for (const auto& r : doc->records) {
    CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
  }
}
