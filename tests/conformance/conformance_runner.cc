// Runs Microsoft Recognizers-Text's Chinese specs (../shared/conformance/recognizers-text-zh/*.jsonl) through
// zhfacts and prints, per file, passed/total, then a JSON summary. Exit status: 0 when every target is met, 1 when
// one is missed, 2 on a usage or data error, 77 (CTest "skipped") when the data directory is absent.
//
//   conformance_runner --data ../shared/conformance/recognizers-text-zh \
//       --exclusions tests/conformance/exclusions.tsv --units tests/conformance/units.tsv [--verbose] [--json FILE]
//
// Comparison rules (docs/conformance.md): a case passes when our results, sorted by start, are exactly as many as
// theirs and each has the same code-point span (their End + 1) and the same resolved value (numerically, relative
// tolerance 1e-9) and unit (spans only for IgnoreResolution cases). Cases flagged NotSupported for dotnet (the
// reference implementation) are skipped; cases listed in exclusions.tsv are reported but not counted. --enforce
// names the models whose target decides the exit status (default: all).
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/utf8.h"
#include "number/number_scanner.h"
#include "zhfacts/zhfacts.h"

namespace {

using nlohmann::json;
using zhfacts::internal::ScannedKind;
using zhfacts::internal::ScannedNumber;

constexpr int kSkipped = 77;

// One result as the runner compares it: a code-point span [start, end) and a value with its unit.
struct Found {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;  // decimal text; percent values without the "%"
  std::string unit;   // currency: ISO code; dimension: base unit; numbers: ""
};

struct Mapping {
  std::map<std::string, std::string> currency;                      // their name → ISO
  std::map<std::string, std::pair<std::string, double>> dimension;  // any name → (base, factor)
};

bool ReadTsv(const std::string& path, std::vector<std::vector<std::string>>* rows) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) cells.push_back(cell);
    rows->push_back(cells);
  }
  return true;
}

// Byte offset → code-point offset, for one input.
class CpIndex {
 public:
  explicit CpIndex(std::string_view s) : map_(s.size() + 1, 0) {
    std::size_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
      char32_t c;
      std::size_t len = zhfacts::internal::DecodeUtf8(s, i, &c);
      if (len == 0) len = zhfacts::internal::IllFormedLength(s, i);
      for (std::size_t k = 0; k < len; ++k) map_[i + k] = cp;
      i += len;
      ++cp;
    }
    map_[s.size()] = cp;
  }
  std::size_t operator()(std::size_t byte) const { return map_[std::min(byte, map_.size() - 1)]; }

 private:
  std::vector<std::size_t> map_;
};

std::optional<double> Number(std::string v) {
  if (!v.empty() && v.back() == '%') v.pop_back();
  if (v.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() + v.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

bool SameValue(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::optional<double> x = Number(a), y = Number(b);
  if (!x || !y) return false;
  double scale = std::max({std::fabs(*x), std::fabs(*y), 1e-300});
  return std::fabs(*x - *y) <= 1e-9 * scale;
}

// ---- how each model is run ----------------------------------------------------------------------------------------

// One pass of the scanner; `keep` turns a scanned figure into a result or returns false to drop it.
std::vector<Found> Scan(const std::string& input, const std::function<bool(const ScannedNumber&, Found*)>& keep) {
  std::vector<ScannedNumber> scanned;
  zhfacts::internal::ScanNumbers(input, &scanned);
  CpIndex cp(input);
  std::vector<Found> out;
  for (const ScannedNumber& n : scanned) {
    Found f;
    if (n.status != zhfacts::internal::NumberStatus::kOk || !keep(n, &f)) continue;
    f.start = cp(f.start);
    f.end = cp(f.end);
    out.push_back(f);
  }
  return out;
}

// NumberModel reports every number, but not percentages written with a suffix (2%, 九成, 八折), and for 百分之十二 /
// 6个百分点 only the numeral itself.
std::vector<Found> RunNumber(const std::string& input, const zhfacts::Extractor&, const Mapping&) {
  return Scan(input, [](const ScannedNumber& n, Found* f) {
    bool number = n.kind == ScannedKind::kNumber || n.kind == ScannedKind::kFraction;
    bool prefixed = n.is_percent_like() && n.number_begin > n.begin;  // 百分之[十二]
    bool points = n.kind == ScannedKind::kPercentagePoint;            // [6]个百分点
    if (!number && !prefixed && !points) return false;
    *f = number ? Found{n.begin, n.end, n.value.ToString(), ""}
                : Found{n.number_begin, n.number_end, n.value.ToString(), ""};
    return true;
  });
}

// PercentModel: percent, permille, per-ten-thousand, percentage points, tenths and discounts, as a percentage.
std::vector<Found> RunPercent(const std::string& input, const zhfacts::Extractor&, const Mapping&) {
  return Scan(input, [](const ScannedNumber& n, Found* f) {
    if (!n.is_percent_like()) return false;
    *f = Found{n.begin, n.end, n.percent.ToString(), ""};
    return true;
  });
}

// The public Extractor's records of some types, each turned into a result by `convert`.
std::vector<Found> Extract(const std::string& input, const zhfacts::Extractor& ex,
                           const std::function<bool(const zhfacts::Record&, Found*)>& convert) {
  std::vector<Found> out;
  zhfacts::Result<zhfacts::DocumentResult> doc = ex.Extract(input);
  if (!doc.ok()) return out;
  for (const zhfacts::Record& r : doc->records) {
    Found f{r.span.start, r.span.end, r.value, r.unit};
    if (convert(r, &f)) out.push_back(f);
  }
  return out;
}

// Our span of a figure includes its qualifier word (近一吨, 超过250m: record contract, issue 3); theirs starts at
// the number. For a qualified record the comparison starts after the leading Chinese characters that are not numerals
// (the qualifier word), at the number or at a currency symbol (约US$1.5亿 → US$1.5亿).
void StartAtNumber(const zhfacts::Record& r, Found* f) {
  if (r.qualifier == zhfacts::Qualifier::kExact || r.qualifier == zhfacts::Qualifier::kRange) return;
  static const std::u32string kNumeral = U"零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖兩拾佰仟萬億";
  std::size_t cps = 0;
  for (std::size_t i = 0; i < r.text.size(); ++cps) {
    char32_t c;
    std::size_t len = zhfacts::internal::DecodeUtf8(r.text, i, &c);
    if (len == 0) return;
    bool qualifier_char = c >= 0x4E00 && c <= 0x9FFF && kNumeral.find(c) == std::u32string::npos;  // 近, 超过
    if (!qualifier_char) break;  // a numeral, a digit or a symbol ($, ￥) starts the figure
    i += len;
  }
  if (r.span.start + cps < r.span.end) f->start = r.span.start + cps;
}

// CurrencyModel: money and output_value records (value in the currency's base unit, unit an ISO code).
std::vector<Found> RunCurrency(const std::string& input, const zhfacts::Extractor& ex, const Mapping&) {
  return Extract(input, ex, [](const zhfacts::Record& r, Found* f) {
    StartAtNumber(r, f);
    return r.type == zhfacts::RecordType::kMoney || r.type == zhfacts::RecordType::kOutputValue;
  });
}

// DimensionModel: quantity records with a unit of measure, converted to a base unit through units.tsv (our unit as
// written, else value_canonical in unit_canonical). Counts (10万人, 3家: no unit_canonical) are left out: their
// DimensionModel reports no counts, and ours are figures in their own right.
std::vector<Found> RunDimension(const std::string& input, const zhfacts::Extractor& ex, const Mapping& map) {
  return Extract(input, ex, [&map](const zhfacts::Record& r, Found* f) {
    if (r.type != zhfacts::RecordType::kQuantity || r.unit_canonical.empty()) return false;
    StartAtNumber(r, f);
    auto it = map.dimension.find(r.unit);
    std::optional<double> v = Number(r.value);
    if (it == map.dimension.end()) {
      it = map.dimension.find(r.unit_canonical);
      v = Number(r.value_canonical);
    }
    if (it == map.dimension.end() || !v) {
      f->unit = "?" + r.unit;  // unmapped: reported, and fails the comparison
      return true;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", *v * it->second.second);
    f->value = buf;
    f->unit = it->second.first;
    return true;
  });
}

// DateExtractor / DatePeriodExtractor (span-only specs): date records, spans compared, values not.
std::vector<Found> RunDateSpans(const std::string& input, const zhfacts::Extractor& ex, const Mapping&) {
  return Extract(input, ex, [](const zhfacts::Record& r, Found* f) {
    f->value.clear();
    f->unit.clear();
    return r.type == zhfacts::RecordType::kDate;
  });
}

// Their expected results in the same form.
std::vector<Found> Expected(const json& c, const std::string& model, const Mapping& map) {
  std::vector<Found> out;
  for (const json& e : c["expected"]) {
    Found f;
    f.start = e["start"].get<std::size_t>();
    f.end = e["end"].get<std::size_t>() + 1;  // their End is inclusive
    const json& res = e["resolution"];
    if (res.is_object() && res.contains("value") && res["value"].is_string()) f.value = res["value"];
    if (model == "CurrencyModel") {
      if (res.contains("isoCurrency") && res["isoCurrency"].is_string()) {
        f.unit = res["isoCurrency"];
      } else if (res.contains("unit") && res["unit"].is_string()) {
        auto it = map.currency.find(res["unit"].get<std::string>());
        f.unit = it == map.currency.end() ? res["unit"].get<std::string>() : it->second;
      }
    } else if (model == "DimensionModel" && res.contains("unit") && res["unit"].is_string()) {
      auto it = map.dimension.find(res["unit"].get<std::string>());
      std::optional<double> v = Number(f.value);
      if (it != map.dimension.end() && v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.15g", *v * it->second.second);
        f.value = buf;
        f.unit = it->second.first;
      } else {
        f.unit = "?" + res["unit"].get<std::string>();
      }
    }
    out.push_back(f);
  }
  return out;
}

bool Passes(std::vector<Found> got, std::vector<Found> want, bool spans_only) {
  auto by_start = [](const Found& a, const Found& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; };
  std::sort(got.begin(), got.end(), by_start);
  std::sort(want.begin(), want.end(), by_start);
  if (got.size() != want.size()) return false;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i].start != want[i].start || got[i].end != want[i].end) return false;
    if (spans_only) continue;  // IgnoreResolution cases
    if (!SameValue(got[i].value, want[i].value) || got[i].unit != want[i].unit) return false;
  }
  return true;
}

std::string Show(const std::vector<Found>& v) {
  std::string s = "[";
  for (const Found& f : v) {
    if (s.size() > 1) s += ", ";
    s += std::to_string(f.start) + "-" + std::to_string(f.end) + "=" + f.value + (f.unit.empty() ? "" : " " + f.unit);
  }
  return s + "]";
}

using RunFn = std::function<std::vector<Found>(const std::string&, const zhfacts::Extractor&, const Mapping&)>;

struct Model {
  const char* file;
  const char* model;
  double target;  // fraction of counted cases that must pass; 0: reported only
  RunFn run;      // empty: not run yet (a hook for the datetime files)
};

// The files the runner knows. Date extractor specs are compared on spans only and reported without a target; the
// DateTimeModel entry is a hook: give it a RunFn (mapping date records to their timex resolution) and a target when
// the date extractor is ready.
const std::vector<Model>& Models() {
  static const std::vector<Model> models = {
      {"number-NumberModel.jsonl", "NumberModel", 0.95, RunNumber},
      {"number-PercentModel.jsonl", "PercentModel", 0.95, RunPercent},
      {"numberwithunit-CurrencyModel.jsonl", "CurrencyModel", 0.90, RunCurrency},
      {"numberwithunit-DimensionModel.jsonl", "DimensionModel", 0.90, RunDimension},
      {"datetime-DateExtractor.jsonl", "DateExtractor", 0.0, RunDateSpans},
      {"datetime-DatePeriodExtractor.jsonl", "DatePeriodExtractor", 0.0, RunDateSpans},
      {"datetime-DateTimeModel.jsonl", "DateTimeModel", 0.0, nullptr},
  };
  return models;
}

bool IsDir(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, exclusions_path, units_path, json_path, enforce = "all";
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](std::string* v) {
      if (i + 1 >= argc) return false;
      *v = argv[++i];
      return true;
    };
    if ((a == "--data" && next(&data)) || (a == "--exclusions" && next(&exclusions_path)) ||
        (a == "--units" && next(&units_path)) || (a == "--json" && next(&json_path)) ||
        (a == "--enforce" && next(&enforce))) {
      continue;
    }
    if (a == "--verbose") {
      verbose = true;
      continue;
    }
    std::cerr << "usage: conformance_runner --data DIR [--exclusions TSV] [--units TSV] [--json FILE] [--verbose]\n"
                 "       [--enforce all|MODEL,MODEL…]  (models whose target decides the exit status)\n";
    return 2;
  }
  if (data.empty() || !IsDir(data)) {
    std::cout << "conformance data not found (" << data << "): skipped\n";
    return kSkipped;
  }
  std::vector<std::vector<std::string>> exclusion_rows, unit_rows;
  for (auto [path, rows] : {std::pair{&exclusions_path, &exclusion_rows}, std::pair{&units_path, &unit_rows}}) {
    if (!path->empty() && !ReadTsv(*path, rows)) {
      std::cerr << *path << ": cannot read\n";
      return 2;
    }
  }
  std::map<std::string, std::string> excluded;  // id → reason
  for (const auto& r : exclusion_rows) {
    if (r.size() >= 2) excluded[r[0]] = r[1];
  }
  Mapping map;
  for (const auto& r : unit_rows) {
    if (r.size() < 4) continue;
    if (r[0] == "currency") map.currency[r[1]] = r[2];
    if (r[0] == "dimension") map.dimension[r[1]] = {r[2], std::strtod(r[3].c_str(), nullptr)};
  }
  zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create();
  if (!ex.ok()) {
    std::cerr << "Extractor::Create: " << ex.status().ToString() << "\n";
    return 2;
  }

  json summary = json::object();
  bool all_met = true;
  std::size_t excluded_seen = 0;
  for (const Model& m : Models()) {
    std::string path = data + "/" + m.file;
    std::ifstream in(path);
    if (!in) {
      std::cerr << path << ": cannot read\n";
      return 2;
    }
    if (!m.run) {
      std::cout << m.model << ": not run (hook for the date extractor)\n";
      continue;
    }
    int passed = 0, total = 0, skipped = 0, excl = 0;
    std::string line;
    std::vector<std::string> failures, failed_ids;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      json c = json::parse(line, nullptr, false);
      if (c.is_discarded()) {
        std::cerr << path << ": bad JSON line\n";
        return 2;
      }
      std::string id = c["id"];
      const json& ns = c["not_supported"];
      if (ns.is_array() && std::find(ns.begin(), ns.end(), "dotnet") != ns.end()) {
        ++skipped;
        continue;
      }
      std::vector<Found> got = m.run(c["input"].get<std::string>(), *ex, map);
      std::vector<Found> want = Expected(c, m.model, map);
      bool ok = Passes(got, want, c.value("ignore_resolution", false));
      if (excluded.count(id)) {
        ++excl;
        ++excluded_seen;
        if (verbose) std::cout << "  excluded " << id << (ok ? " (passes anyway)" : "") << "\n";
        continue;
      }
      ++total;
      if (ok) {
        ++passed;
      } else {
        failed_ids.push_back(id);
        failures.push_back(id + "  " + c["input"].get<std::string>() + "\n      want " + Show(want) + "\n      got  " +
                           Show(got));
      }
    }
    double rate = total ? static_cast<double>(passed) / total : 1.0;
    bool met = rate + 1e-12 >= m.target;
    bool enforced =
        enforce == "all" || ("," + enforce + ",").find(std::string(",") + m.model + ",") != std::string::npos;
    if (enforced) all_met = all_met && met;
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.1f%%", 100.0 * rate);
    std::string target =
        m.target > 0 ? ", target " + std::to_string(static_cast<int>(m.target * 100 + 0.5)) + "%" : ", no target";
    std::cout << m.file << ": " << passed << "/" << total << " passed (" << pct << target
              << (met        ? ""
                  : enforced ? ", MISSED"
                             : ", missed, not enforced")
              << "), " << excl << " excluded, " << skipped << " not supported by the reference\n";
    if (verbose) {
      for (const std::string& f : failures) std::cout << "  FAIL " << f << "\n";
    }
    summary[m.model] = {{"file", m.file},       {"passed", passed},
                        {"total", total},       {"rate", std::round(rate * 10000) / 10000},
                        {"target", m.target},   {"met", met},
                        {"enforced", enforced}, {"excluded", excl},
                        {"failed", failed_ids}, {"skipped_not_supported", skipped}};
  }
  if (excluded_seen != excluded.size()) {
    std::cerr << "warning: " << excluded.size() - excluded_seen << " excluded ids were not found in the data\n";
  }
  std::string text = summary.dump(2);
  std::cout << text << "\n";
  if (!json_path.empty()) std::ofstream(json_path) << text << "\n";
  return all_met ? 0 : 1;
}
