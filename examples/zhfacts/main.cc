// zhfacts — the command-line extractor. See `zhfacts --help` and the README.
//
// Data goes to stdout (or -o FILE), diagnostics to stderr. Exit status: 0 success, 1 finished but more than
// --max-errors inputs had errors, 2 usage, output or system error.
#include <sched.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "options.h"
#include "output.h"
#include "pipeline.h"
#include "zhfacts/zhfacts.h"

namespace zhfacts::cli {
namespace {

constexpr const char kUsage[] = R"(usage: zhfacts extract [options] [FILE...]
       zhfacts --help | --version

Extracts typed, source-linked facts (output values, money, growth rates, percentages, compute power, quantities,
dates) from Chinese economic and technology news. Each FILE is one document; with no FILE, or "-", stdin.

input:
  --input-format text|jsonl   text (default): each FILE is one document
                              jsonl: one document per line {"id": …, "text": …, "date": "YYYY-MM-DD"}
  --reference-date DATE       default reference date (YYYY-MM-DD, the article's publication date) for documents
                              without one; without it a dateline in the text is used, if any
  --max-doc-bytes N[K|M|G]    larger documents become a doc_too_large error (default 16M)
  --lexicon FILE.tsv          add a user lexicon (repeatable; same TSV format as the built-in ones)

output:
  --format jsonl|json|csv|tsv jsonl (default): one line per input document, in input order
                              json: one array of records, each with its doc_id (Excel Power Query)
                              csv/tsv: one row per record, fixed columns, UTF-8 with a BOM
  -o, --output FILE           write FILE (through a temporary file, renamed when complete)
  --no-bom                    csv/tsv without the UTF-8 byte order mark
  --no-formula-protection     csv/tsv: do not prefix text cells starting with = + - @ TAB CR with '
  --explain                   print each record with its rule and normalized sentence (with --format
                              jsonl|json: add a "sentence" key to each record instead)

running:
  --threads N                 worker threads (default: the number of cores); output is identical for any N
  --max-errors N              exit 0 when at most N inputs had errors (default 0)
  --no-progress               no progress line (shown only when stderr is a terminal)
  -h, --help                  this help
  --version                   the version

exit status: 0 success; 1 finished, but more than --max-errors inputs had errors (each is reported in the output
or on stderr); 2 usage error, bad lexicon, or an output or system error.

examples:
  zhfacts extract --reference-date 2024-06-18 article.txt
  zhfacts extract --input-format jsonl news.jsonl > facts.jsonl
  zhfacts extract --input-format jsonl --format csv -o facts.csv news.jsonl
  cat article.txt | zhfacts extract --explain
  parallel --pipe --keep-order -N 1000 zhfacts extract --input-format jsonl --threads 1 < news.jsonl
)";

// The cores this process may run on (taskset, cgroup cpusets), not all the machine's.
unsigned UsableCores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return static_cast<unsigned>(CPU_COUNT(&set));
  unsigned cores = std::thread::hardware_concurrency();
  return cores ? cores : 1;
}

[[noreturn]] void UsageError(const std::string& message) {
  Diagnose(message + " (see zhfacts --help)");
  std::exit(kExitFailure);
}

std::uint64_t ParseCount(const std::string& flag, const std::string& v, bool suffixes) {
  char* end = nullptr;
  errno = 0;
  if (v.empty() || v[0] < '0' || v[0] > '9') UsageError(flag + " needs a number, not '" + v + "'");
  unsigned long long n = std::strtoull(v.c_str(), &end, 10);
  std::string suffix = end;
  unsigned shift = 0;
  if (suffixes && (suffix == "K" || suffix == "k")) shift = 10;
  else if (suffixes && suffix == "M") shift = 20;
  else if (suffixes && suffix == "G") shift = 30;
  else if (!suffix.empty()) UsageError(flag + " needs a number, not '" + v + "'");
  if (errno == ERANGE || (shift && n > (~0ULL >> shift))) UsageError(flag + " is out of range: " + v);
  return n << shift;
}

CliOptions ParseArgs(int argc, char** argv) {
  CliOptions o;
  o.threads = UsableCores();
  bool format_given = false, only_files = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (only_files || a == "-" || a.empty() || a[0] != '-') {
      o.files.push_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
      continue;
    }
    std::string inline_value;
    bool has_inline = false;
    if (a.compare(0, 2, "--") == 0 && a.find('=') != std::string::npos) {
      inline_value = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
      has_inline = true;
    }
    auto value = [&]() -> std::string {
      if (has_inline) return inline_value;
      if (i + 1 >= argc) UsageError(a + " needs a value");
      return argv[++i];
    };
    if (a == "--input-format") {
      std::string v = value();
      if (v == "text") o.input_format = InputFormat::kText;
      else if (v == "jsonl") o.input_format = InputFormat::kJsonl;
      else UsageError("--input-format must be text or jsonl, not '" + v + "'");
    } else if (a == "--format") {
      std::string v = value();
      format_given = true;
      if (v == "jsonl") o.format = OutputFormat::kJsonl;
      else if (v == "json") o.format = OutputFormat::kJson;
      else if (v == "csv") o.format = OutputFormat::kCsv;
      else if (v == "tsv") o.format = OutputFormat::kTsv;
      else UsageError("--format must be jsonl, json, csv or tsv, not '" + v + "'");
    } else if (a == "--reference-date") {
      o.reference_date = value();
    } else if (a == "--threads") {
      std::uint64_t n = ParseCount(a, value(), false);
      if (n < 1 || n > 1024) UsageError("--threads must be between 1 and 1024");
      o.threads = static_cast<unsigned>(n);
    } else if (a == "--max-doc-bytes") {
      o.max_doc_bytes = ParseCount(a, value(), true);
      if (o.max_doc_bytes == 0) UsageError("--max-doc-bytes must be at least 1");
    } else if (a == "--max-errors") {
      o.max_errors = ParseCount(a, value(), false);
    } else if (a == "-o" || a == "--output") {
      o.output_file = value();
      if (o.output_file.empty() || o.output_file == "-") o.output_file.clear();
    } else if (a == "--lexicon") {
      o.lexicons.push_back(value());
    } else if (a == "--no-bom" && !has_inline) {
      o.bom = false;
    } else if (a == "--no-formula-protection" && !has_inline) {
      o.formula_protection = false;
    } else if (a == "--explain" && !has_inline) {
      o.explain = true;
    } else if (a == "--no-progress" && !has_inline) {
      o.progress = false;
    } else if ((a == "-h" || a == "--help") && !has_inline) {
      std::fputs(kUsage, stdout);
      std::exit(kExitOk);
    } else {
      UsageError("unknown option '" + std::string(argv[i]) + "'");
    }
  }
  if (o.explain && !format_given) o.format = OutputFormat::kExplain;
  if (o.files.empty()) o.files.push_back("-");
  return o;
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitFailure;
  }
  std::string command = argv[1];
  if (command == "-h" || command == "--help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::printf("zhfacts %s (schema %s)\n", Version(), kSchemaVersion);
    return kExitOk;
  }
  if (command != "extract") UsageError("unknown command '" + command + "'");
  CliOptions o = ParseArgs(argc, argv);
  InstallSignalHandlers();

  ExtractorOptions eo;
  eo.lexicon_files = o.lexicons;
  eo.max_document_bytes = o.max_doc_bytes;
  Result<Extractor> ex = Extractor::Create(eo);
  if (!ex.ok()) {
    Diagnose(ex.status().ToString());
    return kExitFailure;
  }
  if (!o.reference_date.empty()) {
    DocumentContext probe;
    probe.reference_date = o.reference_date;
    Result<DocumentResult> r = ex->Extract("", probe);
    if (!r.ok()) UsageError("--reference-date: " + r.status().message());
  }
  Output out;
  if (!out.Open(o.output_file)) {
    Diagnose(out.error());
    return kExitFailure;
  }
  return Run(o, *ex, &out);
}

}  // namespace
}  // namespace zhfacts::cli

int main(int argc, char** argv) { return zhfacts::cli::Main(argc, argv); }
