// zhfacts — the command-line extractor. First depth: whole files, one thread. See `zhfacts --help`.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "zhfacts/json.h"
#include "zhfacts/zhfacts.h"

namespace {

constexpr const char kUsage[] = R"(usage: zhfacts extract [options] [FILE...]

Extracts typed, source-linked facts from Chinese economic and technology news.
Each FILE is one document (stdin when no FILE or "-").

options:
  --input-format text|jsonl   jsonl: one document per line {"id":…, "text":…, "date":"YYYY-MM-DD"}
  --format jsonl|json|csv|tsv output format (default jsonl: one line per document)
  --reference-date YYYY-MM-DD default reference date (the article's publication date)
  -h, --help                  this help
  --version                   print the version

examples:
  zhfacts extract article.txt
  zhfacts extract --input-format jsonl --format csv news.jsonl > facts.csv
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  std::string input_format = "text", format = "jsonl", reference_date;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string command = argv[1];
  if (command == "-h" || command == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("zhfacts %s\n", zhfacts::Version());
    return 0;
  }
  if (command != "extract") {
    std::fprintf(stderr, "zhfacts: unknown command '%s'\n%s", command.c_str(), kUsage);
    return 2;
  }
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "zhfacts: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      *out = argv[++i];
    };
    if (a == "--input-format") value(&input_format);
    else if (a == "--format") value(&format);
    else if (a == "--reference-date") value(&reference_date);
    else if (a == "-h" || a == "--help") { std::fputs(kUsage, stdout); return 0; }
    else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "zhfacts: unknown option '%s'\n", a.c_str());
      return 2;
    } else files.push_back(a);
  }
  if (files.empty()) files.push_back("-");
  auto ex = zhfacts::Extractor::Create();
  if (!ex.ok()) {
    std::fprintf(stderr, "zhfacts: %s\n", ex.status().ToString().c_str());
    return 2;
  }
  std::string out;
  bool first_json = true;
  if (format == "json") out += "[";
  zhfacts::CsvOptions csv;
  if (format == "tsv") csv.delimiter = '\t';
  if (format == "csv" || format == "tsv") zhfacts::AppendCsvHeader(csv, &out);
  int rc = 0;
  auto emit = [&](const std::string& id_json, const std::string& id, const std::string& text, const std::string& date,
                  std::vector<zhfacts::ErrorEntry> errors) {
    zhfacts::DocumentContext ctx;
    ctx.id = id;
    ctx.reference_date = date.empty() ? reference_date : date;
    zhfacts::DocumentResult doc;
    auto r = ex->Extract(text, ctx);
    if (r.ok()) doc = std::move(r.value());
    else errors.push_back({zhfacts::StatusCodeName(r.status().code()), r.status().message(), "", 0});
    if (!errors.empty()) rc = 1;
    if (format == "jsonl") {
      zhfacts::AppendDocumentJsonl(doc, id_json, errors, &out);
    } else if (format == "json") {
      for (const auto& rec : doc.records) {
        if (!first_json) out += ",";
        first_json = false;
        out += "\n";
        zhfacts::AppendRecordJson(rec, &out, &id);
      }
    } else {
      for (const auto& rec : doc.records) zhfacts::AppendRecordCsv(rec, id, csv, &out);
    }
  };
  for (const std::string& f : files) {
    std::string data;
    if (f == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      data = ss.str();
    } else {
      std::ifstream in(f, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "zhfacts: %s: cannot open\n", f.c_str());
        emit(nlohmann::json(f).dump(), f, "", "", {{"io_error", "cannot open", f, 0}});
        continue;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      data = ss.str();
    }
    if (input_format == "jsonl") {
      std::istringstream lines(data);
      std::string line;
      std::uint64_t n = 0;
      while (std::getline(lines, line)) {
        ++n;
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
          emit("null", "", "", "", {{"invalid_json", "not a JSON object with a string text", f, n}});
          continue;
        }
        std::string id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump()) : "";
        std::string id_json = j.contains("id") ? j["id"].dump() : "null";
        std::string date = j.contains("date") && j["date"].is_string() ? j["date"].get<std::string>() : "";
        emit(id_json, id, j["text"].get<std::string>(), date, {});
      }
    } else {
      emit(nlohmann::json(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), f, data, "", {});
    }
  }
  if (format == "json") out += "\n]\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return rc;
}
