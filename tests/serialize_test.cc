// Serializers: the streaming JSON writer against nlohmann's dump() of ToJson() (the reference), JSONL documents,
// CSV/TSV quoting and formula protection (parsed back), and how decimals become JSON numbers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/utf8.h"
#include "serialize/json_writer.h"
#include "serialize/number_json.h"
#include "zhfacts/json.h"
#include "zhfacts/zhfacts.h"

namespace {

using zhfacts::Record;
using zhfacts::RecordType;

constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;

std::string Reference(const Record& r, const std::string* doc_id = nullptr) {
  return zhfacts::ToJson(r, doc_id).dump(-1, ' ', false, kReplace);
}

std::string Streamed(const Record& r, const std::string* doc_id = nullptr) {
  std::string out;
  zhfacts::AppendRecordJson(r, &out, doc_id);
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Realistic news text written for these tests: OCR line breaks, full-width digits, stray spaces, a control
// character, quotes and backslashes that must be escaped.
const std::vector<std::string> kTexts = {
    "本报讯 今年1—4月,全区规上工业总产值２５３.６３亿元,同比增长2.08%,增速比一季度提高0.6个百分点。",
    "2023年,园区实现营业收入1.2万亿元,比上年增长12%;固定资产投资约96亿\n元,其中工业投资占比达64.48%。",
    "截至2024年3月底,智算中心算力规模达到808P,预计年底前突破1500PFLOPS,\"E级算力\"目标提前实现。",
    "发布时间:2024-11-22 10:56:48\n\n去年9月,新区签约项目42个,总投资逾300亿元;新增用地370亩,年发电量约800万度。",
    "“十四五”期间,全县GDP年均增长6%左右,2023—2025年新产品产值翻一番。\t表\\1 数据\x01来源:统计局",
    "上半年,区内企业销售额同比下降3.5%,环比增长1.5倍;高新技术企业1280家,从业人员超过2万人。",
};

std::vector<Record> Extract(const std::string& text, bool explain) {
  static auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-06-18";
  ctx.explain = explain;
  auto doc = ex->Extract(text, ctx);
  REQUIRE(doc.ok());
  return doc->records;
}

// A random string mixing ASCII, escapes, CJK, full-width forms and ill-formed UTF-8.
std::string RandomString(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", "0", "9", ".", "-", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", std::string(1, '\0'),
      "\x01", "\x1f", "\x7f", "亿元", "增长", "２", "％", "\xEF\xBF\xBD", "😀", "\xC3\xA9",
      // ill-formed: stray continuation, truncated sequences, overlong, surrogate, beyond U+10FFFF
      "\x80", "\xBF", "\xC3", "\xE4\xBA", "\xF0\x9F\x98", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
      "\xF4\x90\x80\x80",
      "\xFF", "\xFE"};
  std::string s;
  int n = static_cast<int>(rng() % 12);
  for (int i = 0; i < n; ++i) s += kPieces[rng() % kPieces.size()];
  return s;
}

std::string RandomDecimal(std::mt19937_64& rng) {
  switch (rng() % 10) {
    case 0: return std::to_string(rng());                                   // may exceed int64, fits uint64
    case 1: return "-" + std::to_string(rng() >> (rng() % 64));             // negative
    case 2: return std::string(20 + rng() % 400, '9');                       // beyond 64 bits or double range
    case 3: {                                                                 // a double's shortest text
      double d = std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 200) - 100);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(rng() % 20), d);
      return buf;
    }
    case 4: return std::to_string(rng() % 100000) + "." + std::to_string(rng() % 1000000);
    case 5: return "0." + std::string(rng() % 30, '0') + std::to_string(rng() % 1000);
    case 6: {
      static const std::vector<std::string> kOdd = {"1e5", " 5", "+5", "inf", "nan", "0x10", "1.", ".5", "-",
                                                    "1.2.3", "亿", "-0", "-0.0", "00012", "1,234"};
      return kOdd[rng() % kOdd.size()];
    }
    case 7: return "";
    default: return std::to_string(rng() % 1000) + "." + std::to_string(rng() % 100);
  }
}

Record RandomRecord(std::mt19937_64& rng) {
  Record r;
  r.type = static_cast<RecordType>(rng() % zhfacts::kRecordTypeCount);
  r.text = RandomString(rng);
  r.span = {rng() % 1000, rng()};
  r.byte_span = {rng(), rng() % 7};
  bool date = r.type == RecordType::kDate;
  r.value = date ? RandomString(rng) : RandomDecimal(rng);
  r.unit = RandomString(rng);
  r.value_min = date ? RandomString(rng) : RandomDecimal(rng);
  r.value_max = RandomDecimal(rng);
  r.qualifier = static_cast<zhfacts::Qualifier>(rng() % 8);
  r.metric = RandomString(rng);
  r.metric_class = RandomString(rng);
  r.period = RandomString(rng);
  r.subject = RandomString(rng);
  r.direction = static_cast<zhfacts::Direction>(rng() % 3);
  r.basis = static_cast<zhfacts::Basis>(rng() % 4);
  r.granularity = RandomString(rng);
  r.rule = RandomString(rng);
  r.value_canonical = RandomDecimal(rng);
  r.unit_canonical = RandomString(rng);
  r.precision = RandomString(rng);
  for (int i = static_cast<int>(rng() % 3); i > 0; --i) r.implied.push_back(RandomString(rng));
  r.period_start = RandomString(rng);
  r.period_end = RandomString(rng);
  r.qualifies = static_cast<std::int64_t>(rng() % 5) - 1;
  r.status = RandomString(rng);
  if (rng() % 2) r.sentence = RandomString(rng);
  return r;
}

// RFC 4180 parsing, for reading our CSV back.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s, char delim) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && cell.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == delim) {
      rows.back().push_back(cell);
      cell.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(cell);
      cell.clear();
      was_quoted = false;
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("the streaming writer equals nlohmann's dump of ToJson on real extractions", "[serialize]") {
  std::vector<std::string> texts = kTexts;
  texts.push_back(ReadFile(std::string(ZHFACTS_SOURCE_DIR) + "/examples/data/sample_article.txt"));
  std::filesystem::path seeds = std::string(ZHFACTS_SHARED_DIR) + "/corpus/seeds";
  if (std::filesystem::is_directory(seeds)) {
    for (const auto& e : std::filesystem::directory_iterator(seeds)) texts.push_back(ReadFile(e.path().string()));
  }
  std::size_t records = 0;
  const std::string doc_id = "新闻-\"01\"\n";
  for (const std::string& text : texts) {
    for (bool explain : {false, true}) {
      for (const Record& r : Extract(text, explain)) {
        INFO(r.text);
        CHECK(Streamed(r) == Reference(r));
        CHECK(Streamed(r, &doc_id) == Reference(r, &doc_id));
        ++records;
      }
    }
  }
  CHECK(records > 50);  // the texts do produce records of every kind
}

TEST_CASE("the streaming writer equals nlohmann's dump of ToJson on random records", "[serialize]") {
  std::mt19937_64 rng(20241122);
  for (int i = 0; i < 20000; ++i) {
    Record r = RandomRecord(rng);
    std::string id = RandomString(rng);
    std::string ref = Reference(r, &id);
    REQUIRE(Streamed(r, &id) == ref);
    REQUIRE_NOTHROW(nlohmann::json::parse(ref));  // always valid JSON and valid UTF-8
  }
}

TEST_CASE("decimals: 10^5 random values are written as nlohmann writes them", "[serialize]") {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 100000; ++i) {
    std::string v;
    if (i % 2) {
      v = RandomDecimal(rng);
    } else {  // the shortest round-trip text of a random finite double
      double d;
      do {
        std::uint64_t bits = rng();
        std::memcpy(&d, &bits, sizeof d);
      } while (!std::isfinite(d));
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(rng() % 25), d);
      v = buf;
    }
    std::string streamed;
    zhfacts::internal::AppendJsonDecimal(v, &streamed);
    std::string ref = v.empty() ? "null" : zhfacts::internal::DecimalToJson(v).dump(-1, ' ', false, kReplace);
    REQUIRE(streamed == ref);
  }
}

TEST_CASE("decimals become integers, doubles or strings", "[serialize]") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"25363000000", "25363000000"},
      {"18446744073709551615", "18446744073709551615"},  // uint64 max
      {"18446744073709551616", "1.8446744073709552e+19"},
      {"-9223372036854775808", "-9223372036854775808"},
      {"-3.5", "-3.5"},
      {"2.08", "2.08"},
      {"0.1", "0.1"},
      {"100.0", "100.0"},
      {"-0", "0"},
      {"1" + std::string(400, '0'), "\"1" + std::string(400, '0') + "\""},  // beyond double range: exact text
      {"0." + std::string(400, '0') + "1", "\"0." + std::string(400, '0') + "1\""},
      {"1e5", "\"1e5\""},    // not plain notation
      {" 5", "\" 5\""},
      {"inf", "\"inf\""},
      {"nan", "\"nan\""},
      {"0x10", "\"0x10\""},
      {"1,234", "\"1,234\""},
      {"", "null"},
  };
  for (const Case& c : cases) {
    std::string out;
    zhfacts::internal::AppendJsonDecimal(c.in, &out);
    CHECK(out == c.out);
  }
}

TEST_CASE("strings are escaped as nlohmann escapes them, ill-formed UTF-8 as U+FFFD", "[serialize]") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"亿元", "\"亿元\""},
      {"a\"b\\c/d", "\"a\\\"b\\\\c/d\""},
      {"\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\""},
      {std::string("\0\x01\x1f\x7f", 4), "\"\\u0000\\u0001\\u001f\x7f\""},
      {"\xE4\xBA", "\"\xEF\xBF\xBD\""},                                           // truncated: one U+FFFD
      {"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},               // surrogate: three
      {"\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},                               // overlong: two
      {"1\x80" "2", "\"1\xEF\xBF\xBD" "2\""},                                     // stray continuation
  };
  for (const Case& c : cases) {
    std::string out;
    zhfacts::internal::AppendJsonString(c.in, &out);
    CHECK(out == c.out);
  }
  // On raw ill-formed input the writer also matches nlohmann's own error_handler_t::replace.
  std::mt19937_64 rng(3);
  for (int i = 0; i < 20000; ++i) {
    std::string s = RandomString(rng);
    std::string out;
    zhfacts::internal::AppendJsonString(s, &out);
    REQUIRE(out == nlohmann::json(s).dump(-1, ' ', false, kReplace));
  }
}

TEST_CASE("a JSONL document line has the contract's keys in order", "[serialize]") {
  zhfacts::DocumentResult doc;
  doc.reference_date = "2024-06-18";
  doc.reference_date_source = zhfacts::ReferenceDateSource::kGiven;
  doc.invalid_utf8 = 2;
  doc.records = Extract(kTexts[0], false);
  std::vector<zhfacts::ErrorEntry> errors = {{"invalid_field", "\"date\": bad \xFF", "news.jsonl", 7},
                                             {"io_error", "gone", "", 0}};
  std::string out;
  zhfacts::AppendDocumentJsonl(doc, "\"a-1\"", errors, &out);
  REQUIRE(out.back() == '\n');
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);
  auto j = nlohmann::ordered_json::parse(out);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"schema_version", "id", "reference_date", "reference_date_source",
                                         "invalid_utf8", "records", "errors"});
  CHECK(j["schema_version"] == zhfacts::kSchemaVersion);
  CHECK(j["id"] == "a-1");
  CHECK(j["invalid_utf8"] == 2);
  CHECK(j["records"].size() == doc.records.size());
  CHECK(j["errors"][0] == nlohmann::ordered_json::parse(
                              R"({"code":"invalid_field","message":"\"date\": bad �","file":"news.jsonl","line":7})"));
  CHECK(j["errors"][1]["file"].is_null());
  CHECK(j["errors"][1]["line"].is_null());
}

TEST_CASE("CSV: fixed columns, RFC 4180 quoting, formula protection, parsed back intact", "[serialize]") {
  const auto& cols = zhfacts::CsvColumns();
  REQUIRE(cols.size() == 26);
  CHECK(cols.front() == "doc_id");
  CHECK(cols[3] == "value");

  Record r;
  r.type = RecordType::kGrowthRate;
  r.text = "-3.5%";
  r.value = "-3.5";
  r.unit = "percent";
  r.metric = "=HYPERLINK(\"http://x\",\"营收\")";
  r.subject = "@SUM(A1)";
  r.period = "+2024";
  r.rule = "growth, \"quoted\"\nline";
  r.precision = std::string("\0x", 2);
  r.unit_canonical = "\tT";
  r.metric_class = "\rR";
  r.value_canonical = "1e5";  // not a plain decimal: treated as text
  r.period_start = "2024-01-01";  // a full date: written bare
  r.period_end = "2024-1-31";     // not YYYY-MM-DD: text
  for (char delim : {',', '\t'}) {
    for (bool protect : {true, false}) {
      zhfacts::CsvOptions o;
      o.delimiter = delim;
      o.formula_protection = protect;
      o.quote_text = delim == ',';
      std::string out;
      zhfacts::AppendCsvHeader(o, &out);
      zhfacts::AppendRecordCsv(r, "文档,1", o, &out);
      auto rows = ParseCsv(out, delim);
      REQUIRE(rows.size() == 2);
      CHECK(rows[0] == cols);
      REQUIRE(rows[1].size() == cols.size());
      auto cell = [&](const std::string& name) {
        return rows[1][static_cast<std::size_t>(std::find(cols.begin(), cols.end(), name) - cols.begin())];
      };
      std::string p = protect ? "'" : "";
      CHECK(cell("doc_id") == "文档,1");
      CHECK(cell("text") == p + "-3.5%");
      CHECK(cell("value") == "-3.5");  // a number stays a number
      CHECK(cell("metric") == p + r.metric);
      CHECK(cell("subject") == p + r.subject);
      CHECK(cell("period") == p + r.period);
      CHECK(cell("rule") == r.rule);
      CHECK(cell("precision") == p + r.precision);
      CHECK(cell("unit_canonical") == p + r.unit_canonical);
      CHECK(cell("metric_class") == p + r.metric_class);
      CHECK(cell("value_canonical") == "1e5");
      CHECK(cell("value_min").empty());
      CHECK(cell("direction").empty());
      CHECK(cell("status") == "ok");
      CHECK(cell("period_start") == "2024-01-01");
      CHECK(cell("period_end") == "2024-1-31");
      // Numbers and full dates bare; with quote_text every text cell quoted, otherwise only where needed.
      std::string row = out.substr(out.find("\r\n") + 2);
      std::string d(1, delim);
      CHECK(row.find(d + "-3.5" + d) != std::string::npos);
      CHECK(row.find(d + "2024-01-01" + d) != std::string::npos);
      CHECK((row.find(d + "\"percent\"" + d) != std::string::npos) == o.quote_text);
      CHECK((row.find(d + "percent" + d) != std::string::npos) == !o.quote_text);
      CHECK(row.find(d + d + d) != std::string::npos);  // empty cells stay empty, never ""
    }
  }
}

TEST_CASE("CSV rows of real extractions parse back to the record values", "[serialize]") {
  zhfacts::CsvOptions o;
  for (const std::string& text : kTexts) {
    std::string out;
    auto records = Extract(text, false);
    for (const Record& r : records) zhfacts::AppendRecordCsv(r, "d", o, &out);
    auto rows = ParseCsv(out, ',');
    REQUIRE(rows.size() == records.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      REQUIRE(rows[i].size() == zhfacts::CsvColumns().size());
      CHECK(rows[i][2] == records[i].text);
      CHECK(rows[i][3] == records[i].value);
      CHECK(rows[i][20] == std::to_string(records[i].span.start));
    }
  }
}

TEST_CASE("CSV of random records parses back to the repaired cell values", "[serialize]") {
  std::mt19937_64 rng(11);
  for (bool quote_text : {true, false}) {
    zhfacts::CsvOptions o;
    o.quote_text = quote_text;
    o.formula_protection = false;  // so that every cell must come back exactly
    std::vector<Record> records;
    std::vector<std::string> ids;
    std::string out;
    for (int i = 0; i < 2000; ++i) {
      records.push_back(RandomRecord(rng));
      ids.push_back(RandomString(rng));
      zhfacts::AppendRecordCsv(records.back(), ids.back(), o, &out);
    }
    auto rows = ParseCsv(out, ',');
    REQUIRE(rows.size() == records.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      REQUIRE(rows[i].size() == zhfacts::CsvColumns().size());
      CHECK(rows[i][0] == zhfacts::internal::RepairUtf8(ids[i]));
      CHECK(rows[i][2] == zhfacts::internal::RepairUtf8(records[i].text));
      CHECK(rows[i][8] == zhfacts::internal::RepairUtf8(records[i].metric));
      CHECK(rows[i][24] == zhfacts::internal::RepairUtf8(records[i].rule));
    }
  }
}
