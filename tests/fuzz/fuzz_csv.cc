// Fuzz target: a CSV row written by AppendRecordCsv parses back (RFC 4180) to the cells written, formula-protected.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "normalize/utf8.h"
#include "zhfacts/serialize.h"

namespace {

// A strict RFC 4180 parser of one record (CRLF-terminated).
std::vector<std::string> ParseRow(const std::string& s, char delim) {
  std::vector<std::string> cells(1);
  std::size_t i = 0;
  bool quoted = false;
  while (i < s.size()) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        cells.back() += '"';
        i += 2;
        continue;
      }
      if (c == '"') quoted = false;
      else cells.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == delim) {
      cells.emplace_back();
    } else if (c == '\r' && i + 2 == s.size() && s[i + 1] == '\n') {
      break;
    } else {
      cells.back() += c;
    }
    ++i;
  }
  return cells;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  zhfacts::Record r;
  r.text = in;
  r.metric = in.substr(0, in.size() / 2);
  r.value = "1.5";
  for (char delim : {',', '\t'}) {
    zhfacts::CsvOptions o;
    o.delimiter = delim;
    std::string row;
    zhfacts::AppendRecordCsv(r, in, o, &row);
    std::vector<std::string> cells = ParseRow(row, delim);
    FUZZ_CHECK(cells.size() == zhfacts::CsvColumns().size());
    std::string expect = zhfacts::internal::RepairUtf8(in);
    if (!expect.empty() && std::string("=+-@\t\r").find(expect[0]) != std::string::npos) expect = "'" + expect;
    if (!expect.empty() && expect[0] == '\0') expect = "'" + expect;
    FUZZ_CHECK(cells[0] == expect);  // doc_id
    FUZZ_CHECK(cells[2] == expect);  // text
    FUZZ_CHECK(cells[3] == "1.5");
  }
  return 0;
}
