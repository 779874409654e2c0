// growth_table — a folder of articles → one CSV growth table: each figure with the growth rate reported for it.
//
//   usage: growth_table DIR [REFERENCE-DATE] > growth.csv
//
// Columns: article,subject,metric,period,value,unit,growth,growth_unit,basis. A growth rate is paired with the
// figure it qualifies (Record::qualifies); when the extractor did not link one, with the nearest money or output
// value before it in the same sentence. Articles are read in file-name order, so the table is reproducible.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <zhfacts/zhfacts.h>

namespace {

bool IsFigure(const zhfacts::Record& r) {
  return r.type == zhfacts::RecordType::kOutputValue || r.type == zhfacts::RecordType::kMoney;
}

// True when the original text between two records ends a sentence (。；！？ or a line break).
bool SentenceBreakBetween(const std::string& text, const zhfacts::Record& a, const zhfacts::Record& b) {
  if (a.byte_span.end >= b.byte_span.start) return false;  // adjacent or overlapping
  std::string_view gap(text.data() + a.byte_span.end, b.byte_span.start - a.byte_span.end);
  for (std::string_view stop : {"。", "；", ";", "！", "？", "\n"}) {
    if (gap.find(stop) != std::string_view::npos) return true;
  }
  return false;
}

// The figure a growth rate belongs to, or -1.
long FigureFor(const std::vector<zhfacts::Record>& records, std::size_t g, const std::string& text) {
  const zhfacts::Record& growth = records[g];
  if (growth.qualifies >= 0 && IsFigure(records[growth.qualifies])) return growth.qualifies;
  for (long i = static_cast<long>(g) - 1; i >= 0; --i) {
    if (SentenceBreakBetween(text, records[i], growth)) return -1;
    if (IsFigure(records[i])) return i;
  }
  return -1;
}

std::string Csv(const std::string& cell) {
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return std::cerr << "usage: growth_table DIR [REFERENCE-DATE]\n", 2;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1], ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  if (ec) return std::cerr << "growth_table: " << argv[1] << ": " << ec.message() << "\n", 2;
  std::sort(files.begin(), files.end());

  auto ex = zhfacts::Extractor::Create();
  if (!ex.ok()) return std::cerr << ex.status().ToString() << "\n", 1;
  std::cout << "article,subject,metric,period,value,unit,growth,growth_unit,basis\n";
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    zhfacts::DocumentContext ctx;
    if (argc > 2) ctx.reference_date = argv[2];
    auto doc = ex->Extract(text, ctx);
    if (!doc.ok()) {
      std::cerr << path.filename().string() << ": " << doc.status().ToString() << "\n";
      continue;
    }
    const auto& records = doc->records;
    for (std::size_t g = 0; g < records.size(); ++g) {
      if (records[g].type != zhfacts::RecordType::kGrowthRate) continue;
      long f = FigureFor(records, g, text);
      if (f < 0) continue;
      const zhfacts::Record& fig = records[f];
      const zhfacts::Record& growth = records[g];
      const char* basis = zhfacts::BasisName(growth.basis);
      std::string rate = (growth.direction == zhfacts::Direction::kDown ? "-" : "") + growth.value;
      std::cout << Csv(path.filename().string()) << "," << Csv(fig.subject) << ","
                << Csv(fig.metric.empty() ? growth.metric : fig.metric) << ","
                << Csv(fig.period.empty() ? growth.period : fig.period) << "," << fig.value << "," << fig.unit << ","
                << rate << "," << growth.unit << "," << (basis ? basis : "") << "\n";
    }
  }
}
