// Streaming input (lib/io): the line reader across chunk boundaries, and one JSONL line → one document or one
// error with a stable code (issue 6).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "io/jsonl_reader.h"
#include "io/line_reader.h"
#include "normalize/utf8.h"

namespace {

using zhfacts::StatusCode;
using zhfacts::internal::InputLine;
using zhfacts::internal::JsonlDocument;
using zhfacts::internal::LineReader;

// Feeds `data` through a pipe (written by a child thread of the kernel's buffer: small inputs only).
std::vector<InputLine> ReadLines(const std::string& data, std::size_t max_line, std::size_t chunk) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], data.data(), data.size()) == static_cast<ssize_t>(data.size()));
  ::close(fds[1]);
  LineReader reader(fds[0], max_line, chunk);
  std::vector<InputLine> lines;
  InputLine line;
  while (reader.Next(&line)) lines.push_back(line);
  CHECK(reader.status().ok());
  CHECK(reader.bytes_read() == data.size());
  ::close(fds[0]);
  return lines;
}

}  // namespace

TEST_CASE("line reader: LF, CRLF, a last line without LF, blank lines, a BOM, any chunk size", "[io]") {
  const std::string data = "\xEF\xBB\xBF{\"text\":\"一\"}\r\n\n  \n{\"text\":\"二\"}\n{\"text\":\"三\"}";
  for (std::size_t chunk : {1, 2, 3, 5, 64, 1 << 20}) {
    INFO("chunk " << chunk);
    auto lines = ReadLines(data, 100, chunk);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].text == "{\"text\":\"一\"}");
    CHECK(lines[1].text.empty());
    CHECK(lines[2].text == "  ");
    CHECK(lines[3].text == "{\"text\":\"二\"}");
    CHECK(lines[4].text == "{\"text\":\"三\"}");
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(lines[i].number == i + 1);
      CHECK_FALSE(lines[i].too_large);
    }
  }
  CHECK(ReadLines("a\n", 10, 4).size() == 1);  // a final LF does not start another line
  CHECK(ReadLines("", 10, 4).empty());
}

TEST_CASE("line reader: a line over the cap is skipped without being kept, the next line is read", "[io]") {
  std::string big(1000, 'x');
  for (std::size_t chunk : {7, 4096}) {
    auto lines = ReadLines("ok\n" + big + "\r\n" + std::string(10, 'y') + "\n" + std::string(11, 'z'), 10, chunk);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "ok");
    CHECK(lines[1].too_large);
    CHECK(lines[1].text.empty());
    CHECK(lines[1].size == 1000);  // the CR of CRLF is not counted
    CHECK(lines[1].number == 2);
    CHECK_FALSE(lines[2].too_large);  // exactly at the cap
    CHECK(lines[2].text == std::string(10, 'y'));
    CHECK(lines[3].too_large);
    CHECK(lines[3].number == 4);
  }
}

TEST_CASE("line reader: opening a missing file or a directory fails with io_error", "[io]") {
  auto missing = zhfacts::internal::OpenInput("/nonexistent/zhfacts/input.jsonl");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kIoError);
  CHECK(missing.status().message().find("No such file or directory") != std::string::npos);
  auto dir = zhfacts::internal::OpenInput("/");
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.status().message() == "/: Is a directory");
}

TEST_CASE("JSONL lines: documents and stable error codes", "[io]") {
  struct Case {
    std::string line;
    StatusCode code;
    std::string id_json, text, date;
  };
  const std::string long_id(zhfacts::internal::kMaxIdBytes + 1, 'i');
  const std::vector<Case> cases = {
      {R"({"id":"a1","text":"产值253.63亿元","date":"2024-06-18"})", StatusCode::kOk, "\"a1\"", "产值253.63亿元",
       "2024-06-18"},
      {R"({"text":"x","id":17})", StatusCode::kOk, "17", "x", ""},
      {R"({"text":"x","id":-1.50})", StatusCode::kOk, "-1.50", "x", ""},  // a number id as written
      {R"({"text":"x","id":null,"date":null,"extra":{"a":[1,2,{"b":null}]}})", StatusCode::kOk, "null", "x", ""},
      {R"(  {"text":"\u4ebf\n\"q\""}  )", StatusCode::kOk, "null", "亿\n\"q\"", ""},
      {R"({"text":"a","text":"b"})", StatusCode::kOk, "null", "b", ""},  // the last duplicate wins
      {R"({"text":""})", StatusCode::kOk, "null", "", ""},
      {"", StatusCode::kInvalidJson, "null", "", ""},  // blank lines are errors: one output line per input line
      {" \t", StatusCode::kInvalidJson, "null", "", ""},
      {R"({"text":"a"})" R"({"text":"b"})", StatusCode::kInvalidJson, "null", "", ""},  // two objects
      {R"({"text":"trunc)", StatusCode::kInvalidJson, "null", "", ""},
      {R"({"text":"a",})", StatusCode::kInvalidJson, "null", "", ""},
      {R"(["text"])", StatusCode::kInvalidJson, "null", "", ""},
      {R"("text")", StatusCode::kInvalidJson, "null", "", ""},
      {R"({"text":"\ud800"})", StatusCode::kInvalidJson, "null", "", ""},  // a lone surrogate escape
      {std::string(100, '[') + std::string(100, ']'), StatusCode::kInvalidJson, "null", "", ""},  // too deep
      {"{\"text\":\"\xE4\xBA\"}", StatusCode::kInvalidUtf8, "null", "", ""},
      {"{\"id\":\"\xFF\",\"text\":\"a\"}", StatusCode::kInvalidUtf8, "null", "", ""},
      {R"({"id":"k"})", StatusCode::kMissingText, "\"k\"", "", ""},
      {R"({"id":"k","text":12})", StatusCode::kMissingText, "\"k\"", "", ""},
      {R"({"id":"k","text":null})", StatusCode::kMissingText, "\"k\"", "", ""},
      {R"({"id":{"a":1},"text":"x"})", StatusCode::kInvalidField, "null", "", ""},
      {R"({"id":[1],"text":"x"})", StatusCode::kInvalidField, "null", "", ""},
      {R"({"id":true,"text":"x"})", StatusCode::kInvalidField, "null", "", ""},
      {"{\"id\":\"" + long_id + "\",\"text\":\"x\"}", StatusCode::kInvalidField, "null", "", ""},
      {R"({"id":"k","text":"x","date":20240618})", StatusCode::kInvalidField, "\"k\"", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.line.substr(0, 80));
    JsonlDocument doc;
    zhfacts::Status s = zhfacts::internal::ParseJsonlLine(c.line, &doc);
    CHECK(s.code() == c.code);
    CHECK(doc.id_json == c.id_json);
    if (s.ok()) {
      CHECK(doc.text == c.text);
      CHECK(doc.date == c.date);
    } else {
      CHECK_FALSE(s.message().empty());
      CHECK(s.message().size() < 200);
    }
  }
}

TEST_CASE("JSONL lines: random damage to valid lines gives a stable code, never a crash", "[io]") {
  const std::vector<std::string> seeds = {
      R"({"id":"n-1","text":"今年1—4月,规上工业总产值253.63亿元,同比增长2.08%。","date":"2024-05-20"})",
      R"({"id":7,"text":"算力规模808P\n\"E级\"","extra":[1,{"a":null}]})",
  };
  const std::string bytes = "{}[]\",:\\ \x01\xff\xe4\xba\x80tfn0-.eE\n";
  std::mt19937_64 rng(5);
  for (int i = 0; i < 20000; ++i) {
    std::string line = seeds[rng() % seeds.size()];
    for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k) {
      std::size_t at = rng() % (line.size() + 1);
      switch (rng() % 3) {
        case 0: line.insert(at, 1, bytes[rng() % bytes.size()]); break;
        case 1: if (at < line.size()) line.erase(at, 1 + rng() % 8); break;
        default: line.resize(at); break;  // truncated
      }
    }
    JsonlDocument doc;
    zhfacts::Status s = zhfacts::internal::ParseJsonlLine(line, &doc);
    bool stable = s.ok() || s.code() == StatusCode::kInvalidJson || s.code() == StatusCode::kInvalidUtf8 ||
                  s.code() == StatusCode::kInvalidField || s.code() == StatusCode::kMissingText;
    REQUIRE(stable);
    REQUIRE(s.message().size() < 200);
    if (s.ok()) {
      REQUIRE(nlohmann::json::parse(line).is_object());  // what we accept, nlohmann accepts
      REQUIRE(zhfacts::internal::RepairUtf8(doc.text) == doc.text);  // and it is valid UTF-8
      REQUIRE(zhfacts::internal::RepairUtf8(doc.id) == doc.id);
    }
  }
}

TEST_CASE("JSONL lines: the plain-line fast path reads what the full parser reads", "[io]") {
  using zhfacts::internal::ParseJsonlLineFull;
  using zhfacts::internal::ParsePlainJsonlLine;
  std::vector<std::string> lines = {
      R"({"id":"a1","text":"产值253.63亿元","date":"2024-06-18"})",
      R"({"id": "0-1", "text": "同比增长5%。", "date": "2024-06-18"})",  // Python's json.dumps spacing
      // Escapes, as json.dumps writes an article (line breaks, quotes, \uXXXX with ensure_ascii, a surrogate pair).
      R"({"id": 17, "text": "\u4ea7\u503c\u0035\u4ebf\u5143\n\n\u540c\u6bd4 \"\u589e\u957f\" 5%\ud83d\ude00\\\/\t\r\b\f"})",
      R"({"id":0,"text":"第一段\n第二段「引号」\"x\"\\","date":"2024\u002d06-18"})",
      R"({"text":"a\"b"})", R"({"text":"a","id":7})", R"({"text":"\u0000 and \u00e9 and \u20AC"})",
      "{\"text\":\"raw \xC3\xA9, \xF0\x9F\x98\x80, \xEF\xBF\xBD, \xE4\xBA\xBF\"}",
      " \t{ \"text\" : \"x\" }\r",
      R"({"text":"","id":""})",
      R"({"date":"not a date","text":"x"})",
      R"({"text":"DEL \u007f and \x7f"})",
      "{\"text\":\"\x7f\"}",
      "{\"text\":\"" + std::string(zhfacts::internal::kMaxIdBytes, 'x') + "\",\"id\":\"" +
          std::string(zhfacts::internal::kMaxIdBytes, 'i') + "\"}",
  };
  // Shapes the fast path must leave to the full parser.
  const std::vector<std::string> others = {
      R"({"text":"a","text":"b"})", R"({"text":"a","extra":"b"})", R"({"text":"a","id":07})",
      R"({"text":"a","id":-7})", R"({"text":"a","id":7.5})", R"({"text":"a","id":1e3})", R"({"text":"a","id":7 7})",
      R"({"text":"a","id":1234567890123456789012})", R"({"text":"\ud800"})", R"({"text":"\udc00\ud800"})",
      R"({"text":"\ud800\u0041"})", R"({"text":"\u12g4"})", R"({"text":"\x41"})", R"({"text":"\U0041"})",
      R"({"text":"a\)",
      "{\"text\":\"\xED\xA0\x80\"}", "{\"text\":\"\xE0\x80\x80\"}", "{\"text\":\"\xC0\xAF\"}",
      "{\"text\":\"\xF4\x90\x80\x80\"}", "{\"text\":\"\xE4\xBA\"}", "{\"text\":\"x\xE4\\n\"}",
      R"({"text":"a","id":null})", R"({"id":"k"})", R"({"text":"a",})", R"({"text":"a"} x)", R"({"text":"a"}{})",
      "{\"text\":\"a\tb\"}", "{\"text\":\"\xE4\xBA\"}", "\xEF\xBB\xBF{\"text\":\"a\"}", "{\"text\":\"a\"}\x0B",
      "{\"id\":\"" + std::string(zhfacts::internal::kMaxIdBytes + 1, 'i') + "\",\"text\":\"x\"}", R"({"te\u0078t":"a"})",
      "", "{", R"({"text")", R"({"text":)", R"({"text":"a")"};
  for (const std::string& o : others) {
    INFO(o.substr(0, 80));
    JsonlDocument doc;
    CHECK_FALSE(ParsePlainJsonlLine(o, &doc));
  }
  // Random damage to plain lines: whenever the fast path accepts, the full parser agrees field by field.
  const std::string bytes = "{}[]\",:\\ \t\r\x01\x7f\xff\xe4\xba\x80tfnu0-.idtextdateD8dc9aF";
  std::mt19937_64 rng(11);
  for (int i = 0; i < 30000; ++i) {
    std::string line = lines[rng() % 7];
    for (int k = static_cast<int>(rng() % 4); k > 0; --k) {
      std::size_t at = rng() % (line.size() + 1);
      if (rng() % 2) {
        line.insert(at, 1, bytes[rng() % bytes.size()]);
      } else if (at < line.size()) {
        line.erase(at, 1 + rng() % 4);
      }
    }
    lines.push_back(line);
  }
  std::size_t plain = 0;
  for (const std::string& line : lines) {
    JsonlDocument fast, full;
    if (!ParsePlainJsonlLine(line, &fast)) continue;
    ++plain;
    zhfacts::Status s = ParseJsonlLineFull(line, &full);
    INFO(line.substr(0, 120));
    REQUIRE(s.ok());
    CHECK(fast.id == full.id);
    CHECK(fast.id_json == full.id_json);
    CHECK(fast.text == full.text);
    CHECK(fast.date == full.date);
  }
  CHECK(plain > 1000);
}
