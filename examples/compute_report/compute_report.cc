// compute_report — compute-power announcements in a set of articles: facility, PFLOPS, date.
//
//   usage: compute_report [--reference-date YYYY-MM-DD] FILE... > report.tsv
//
// One row per compute_power record: article, facility (the record's subject), value in PFLOPS (or TOPS for
// integer operations), qualifier, and the date of the announcement — the nearest date record in the same sentence,
// else the article's reference date.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <zhfacts/zhfacts.h>

namespace {

bool SameSentence(const std::string& text, std::uint64_t from, std::uint64_t to) {
  if (from > to) std::swap(from, to);
  std::string_view gap(text.data() + from, to - from);
  for (std::string_view stop : {"。", "！", "？", "\n\n"}) {
    if (gap.find(stop) != std::string_view::npos) return false;
  }
  return true;
}

// The closest date record in the same sentence as record i (before it preferred), or nullptr.
const zhfacts::Record* DateFor(const std::vector<zhfacts::Record>& records, std::size_t i, const std::string& text) {
  for (std::size_t d = i; d-- > 0;) {
    if (!SameSentence(text, records[d].byte_span.end, records[i].byte_span.start)) break;
    if (records[d].type == zhfacts::RecordType::kDate) return &records[d];
  }
  for (std::size_t d = i + 1; d < records.size(); ++d) {
    if (!SameSentence(text, records[i].byte_span.end, records[d].byte_span.start)) break;
    if (records[d].type == zhfacts::RecordType::kDate) return &records[d];
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  std::string reference_date;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reference-date" && i + 1 < argc) reference_date = argv[++i];
    else files.push_back(a);
  }
  if (files.empty()) return std::cerr << "usage: compute_report [--reference-date YYYY-MM-DD] FILE...\n", 2;
  auto ex = zhfacts::Extractor::Create();
  if (!ex.ok()) return std::cerr << ex.status().ToString() << "\n", 1;

  std::cout << "article\tfacility\tvalue\tunit\tqualifier\tdate\ttext\n";
  int rc = 0;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "compute_report: " << file << ": cannot open\n";
      rc = 1;
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    zhfacts::DocumentContext ctx;
    ctx.reference_date = reference_date;
    auto doc = ex->Extract(text, ctx);
    if (!doc.ok()) {
      std::cerr << file << ": " << doc.status().ToString() << "\n";
      rc = 1;
      continue;
    }
    std::string name = file.substr(file.find_last_of('/') + 1);
    for (std::size_t i = 0; i < doc->records.size(); ++i) {
      const zhfacts::Record& r = doc->records[i];
      if (r.type != zhfacts::RecordType::kComputePower) continue;
      const zhfacts::Record* date = DateFor(doc->records, i, text);
      std::string when = date ? date->value : doc->reference_date;
      std::cout << name << "\t" << (r.subject.empty() ? "-" : r.subject) << "\t" << r.value << "\t" << r.unit << "\t"
                << zhfacts::QualifierName(r.qualifier) << "\t" << (when.empty() ? "-" : when) << "\t" << r.text
                << "\n";
    }
  }
  return rc;
}
