// The C API (zhfacts/zhfacts_c.h, issue 7): the same records as the C++ API, errors as status codes with messages,
// NULL-safe, nothing thrown.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

#include "temp_file.h"
#include "zhfacts/zhfacts.h"
#include "zhfacts/zhfacts_c.h"

namespace {

const std::string kText = "今年1—5月,溪南高新区规上工业总产值412.37亿元,同比增长8.6%;\n新增算力 ５００P,完成投资约96亿元。";

// Owns a C extractor for the length of a test.
struct CExtractor {
  explicit CExtractor(const zhfacts_options* options = nullptr) { status = zhfacts_extractor_new(options, &ex); }
  ~CExtractor() { zhfacts_extractor_free(ex); }
  zhfacts_extractor* ex = nullptr;
  zhfacts_status status;
};

std::string OrEmpty(const char* s) { return s ? s : ""; }

}  // namespace

TEST_CASE("C records equal the C++ records field by field", "[c_api]") {
  CExtractor c;
  REQUIRE(c.status == ZHFACTS_OK);
  zhfacts_document* doc = nullptr;
  REQUIRE(zhfacts_extract(c.ex, kText.data(), kText.size(), "2024-06-18", &doc) == ZHFACTS_OK);
  auto cpp = zhfacts::Extractor::Create();
  auto expected = cpp->Extract(kText, zhfacts::DocumentContext{"", "2024-06-18"});
  REQUIRE(expected.ok());
  REQUIRE(zhfacts_document_record_count(doc) == expected->records.size());
  REQUIRE(expected->records.size() >= 4);
  CHECK(OrEmpty(zhfacts_document_reference_date(doc)) == "2024-06-18");
  CHECK(std::string(zhfacts_document_reference_date_source(doc)) == "given");
  for (size_t i = 0; i < expected->records.size(); ++i) {
    const zhfacts_record* r = zhfacts_document_record(doc, i);
    const zhfacts::Record& e = expected->records[i];
    CHECK(std::string(zhfacts_record_type(r)) == zhfacts::RecordTypeName(e.type));
    CHECK(std::string(zhfacts_record_text(r)) == e.text);
    CHECK(zhfacts_record_span(r).start == e.span.start);
    CHECK(zhfacts_record_span(r).end == e.span.end);
    zhfacts_span bytes = zhfacts_record_byte_span(r);
    CHECK(kText.substr(bytes.start, bytes.end - bytes.start) == zhfacts_record_text(r));
    CHECK(OrEmpty(zhfacts_record_value(r)) == e.value);
    CHECK(OrEmpty(zhfacts_record_unit(r)) == e.unit);
    CHECK(std::string(zhfacts_record_qualifier(r)) == zhfacts::QualifierName(e.qualifier));
    CHECK(OrEmpty(zhfacts_record_metric(r)) == e.metric);
    CHECK(OrEmpty(zhfacts_record_period(r)) == e.period);
    CHECK(OrEmpty(zhfacts_record_rule(r)) == e.rule);
    CHECK(std::string(zhfacts_record_status(r)) == e.status);
    CHECK(zhfacts_record_qualifies(r) == e.qualifies);
    char* json = nullptr;
    REQUIRE(zhfacts_record_to_json(r, &json, nullptr) == ZHFACTS_OK);
    std::string want;
    zhfacts::AppendRecordJson(e, &want);
    CHECK(json == want);
    zhfacts_string_free(json);
  }
  CHECK(zhfacts_document_record(doc, expected->records.size()) == nullptr);
  zhfacts_document_free(doc);
}

TEST_CASE("C accessors give NULL where the JSON has null", "[c_api]") {
  CExtractor c;
  const std::string text = "新增企业1280家";
  zhfacts_document* doc = nullptr;
  REQUIRE(zhfacts_extract(c.ex, text.data(), text.size(), nullptr, &doc) == ZHFACTS_OK);
  REQUIRE(zhfacts_document_record_count(doc) == 1);
  const zhfacts_record* r = zhfacts_document_record(doc, 0);
  CHECK(std::string(zhfacts_record_type(r)) == "quantity");
  CHECK(zhfacts_record_direction(r) == nullptr);
  CHECK(zhfacts_record_basis(r) == nullptr);
  CHECK(zhfacts_record_granularity(r) == nullptr);
  CHECK(zhfacts_record_value_min(r) == nullptr);
  CHECK(zhfacts_record_implied_count(r) == 0);
  CHECK(zhfacts_record_implied(r, 0) == nullptr);
  CHECK(zhfacts_document_reference_date(doc) == nullptr);
  CHECK(std::string(zhfacts_document_reference_date_source(doc)) == "none");
  zhfacts_document_free(doc);
}

TEST_CASE("zhfacts_extract_jsonl is the CLI's document line", "[c_api]") {
  CExtractor c;
  char* line = nullptr;
  size_t len = 0;
  REQUIRE(zhfacts_extract_jsonl(c.ex, kText.data(), kText.size(), "2024-06-18", "a\"b", &line, &len) == ZHFACTS_OK);
  auto cpp = zhfacts::Extractor::Create();
  auto doc = cpp->Extract(kText, zhfacts::DocumentContext{"", "2024-06-18"});
  std::string want;
  zhfacts::AppendDocumentJsonl(*doc, "\"a\\\"b\"", {}, &want);
  CHECK(std::string(line, len) == want);
  CHECK(std::strlen(line) == len);
  zhfacts_string_free(line);
  REQUIRE(zhfacts_extract_jsonl(c.ex, "", 0, nullptr, nullptr, &line, nullptr) == ZHFACTS_OK);
  CHECK(std::string(line).find("\"id\":null,") != std::string::npos);
  zhfacts_string_free(line);
}

TEST_CASE("C errors are codes with messages, never crashes", "[c_api]") {
  CExtractor c;
  zhfacts_document* doc = reinterpret_cast<zhfacts_document*>(&c);  // must be reset to NULL on failure
  SECTION("bad reference date") {
    CHECK(zhfacts_extract(c.ex, "增长3%", 8, "2024-02-30", &doc) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(std::string(zhfacts_last_error()).find("2024-02-30") != std::string::npos);
    CHECK(doc == nullptr);
  }
  SECTION("NULL pointers") {
    CHECK(zhfacts_extract(nullptr, "x", 1, nullptr, &doc) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(std::string(zhfacts_last_error()) == "extractor is NULL");
    CHECK(zhfacts_extract(c.ex, nullptr, 3, nullptr, &doc) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(zhfacts_extract(c.ex, "x", 1, nullptr, nullptr) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(zhfacts_extractor_new(nullptr, nullptr) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(zhfacts_options_add_lexicon_file(nullptr, "x.tsv") == ZHFACTS_INVALID_ARGUMENT);
    CHECK(zhfacts_document_record_count(nullptr) == 0);
    CHECK(zhfacts_document_record(nullptr, 0) == nullptr);
    CHECK(zhfacts_extract(c.ex, nullptr, 0, nullptr, &doc) == ZHFACTS_OK);  // an empty document
    CHECK(zhfacts_document_record_count(doc) == 0);
    zhfacts_document_free(doc);
    zhfacts_document_free(nullptr);
    zhfacts_extractor_free(nullptr);
    zhfacts_options_free(nullptr);
  }
  SECTION("document over max_document_bytes") {
    zhfacts_options* o = zhfacts_options_new();
    REQUIRE(zhfacts_options_set_max_document_bytes(o, 8) == ZHFACTS_OK);
    CExtractor small(o);
    zhfacts_options_free(o);
    REQUIRE(small.status == ZHFACTS_OK);
    CHECK(zhfacts_extract(small.ex, kText.data(), kText.size(), nullptr, &doc) == ZHFACTS_DOC_TOO_LARGE);
    CHECK(std::string(zhfacts_status_name(ZHFACTS_DOC_TOO_LARGE)) == "doc_too_large");
    CHECK(std::string(zhfacts_last_error()).find("limit is 8") != std::string::npos);
  }
  SECTION("types") {
    zhfacts_options* o = zhfacts_options_new();
    CHECK(zhfacts_options_set_types(o, 0) == ZHFACTS_INVALID_ARGUMENT);
    CHECK(zhfacts_options_set_types(o, 1u << 7) == ZHFACTS_INVALID_ARGUMENT);
    REQUIRE(zhfacts_options_set_types(o, 1u << static_cast<int>(zhfacts::RecordType::kGrowthRate)) == ZHFACTS_OK);
    CExtractor growth_only(o);
    zhfacts_options_free(o);
    REQUIRE(zhfacts_extract(growth_only.ex, kText.data(), kText.size(), nullptr, &doc) == ZHFACTS_OK);
    REQUIRE(zhfacts_document_record_count(doc) == 1);
    CHECK(std::string(zhfacts_record_type(zhfacts_document_record(doc, 0))) == "growth_rate");
    zhfacts_document_free(doc);
  }
  SECTION("unknown status values have a name") {
    CHECK(std::string(zhfacts_status_name(static_cast<zhfacts_status>(99))) == "internal");
    CHECK(std::string(zhfacts_status_name(ZHFACTS_OK)) == "ok");
  }
}

TEST_CASE("C lexicon errors say file:line, a good lexicon adds a currency", "[c_api]") {
  struct Case {
    std::string content;
    zhfacts_status status;
    std::string message;  // a substring of zhfacts_last_error()
  };
  const Case cases[] = {
      {"word\tcode\n比特币\n", ZHFACTS_INVALID_LEXICON, "c_api_lexicon.tsv:2: "},
      {"", ZHFACTS_INVALID_LEXICON, "c_api_lexicon.tsv"},
      {"# ok\nword\tcode\n比特币\tXBT\n", ZHFACTS_OK, ""},
  };
  for (const Case& c : cases) {
    zhfacts_test::TempFile file("c_api_lexicon.tsv", c.content);
    zhfacts_options* o = zhfacts_options_new();
    REQUIRE(zhfacts_options_add_lexicon_file(o, file.path().c_str()) == ZHFACTS_OK);
    CExtractor ex(o);
    zhfacts_options_free(o);
    INFO(c.content);
    CHECK(ex.status == c.status);
    if (c.status != ZHFACTS_OK) {
      CHECK(ex.ex == nullptr);
      CHECK(std::string(zhfacts_last_error()).find(c.message) != std::string::npos);
      continue;
    }
    const std::string text = "融资2亿比特币";
    zhfacts_document* doc = nullptr;
    REQUIRE(zhfacts_extract(ex.ex, text.data(), text.size(), nullptr, &doc) == ZHFACTS_OK);
    REQUIRE(zhfacts_document_record_count(doc) == 1);
    CHECK(OrEmpty(zhfacts_record_unit(zhfacts_document_record(doc, 0))) == "XBT");
    zhfacts_document_free(doc);
  }
  zhfacts_options* o = zhfacts_options_new();
  zhfacts_options_add_lexicon_file(o, (std::filesystem::temp_directory_path().string() + "/no_such_lexicon.tsv").c_str());
  CExtractor missing(o);
  zhfacts_options_free(o);
  CHECK(missing.status == ZHFACTS_IO_ERROR);
}

TEST_CASE("zhfacts_last_error is per thread", "[c_api]") {
  CExtractor c;
  zhfacts_document* doc = nullptr;
  REQUIRE(zhfacts_extract(c.ex, "x", 1, "bad-date", &doc) == ZHFACTS_INVALID_ARGUMENT);
  std::string other;
  std::thread([&] { other = zhfacts_last_error(); }).join();
  CHECK(other.empty());
  CHECK(std::string(zhfacts_last_error()).find("bad-date") != std::string::npos);
  CHECK(std::string(zhfacts_version()) == zhfacts::Version());
}
