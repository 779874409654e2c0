// zhfacts CLI: the parsed command line.
#ifndef ZHFACTS_EXAMPLES_ZHFACTS_OPTIONS_H_
#define ZHFACTS_EXAMPLES_ZHFACTS_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace zhfacts::cli {

enum class InputFormat { kText, kJsonl };
enum class OutputFormat { kJsonl, kJson, kCsv, kTsv, kExplain };

struct CliOptions {
  std::vector<std::string> files;  // "-" is stdin
  InputFormat input_format = InputFormat::kText;
  OutputFormat format = OutputFormat::kJsonl;
  std::string reference_date;      // default for documents without a date
  unsigned threads = 1;
  std::size_t max_doc_bytes = std::size_t{16} << 20;
  std::uint64_t max_errors = 0;    // input errors tolerated with exit status 0
  std::string output_file;         // -o; empty: stdout
  bool bom = true;                 // csv/tsv
  bool formula_protection = true;  // csv/tsv
  bool explain = false;
  bool progress = true;            // still only when stderr is a terminal
  std::vector<std::string> lexicons;
};

// Exit statuses (docs/readme/cli.md).
inline constexpr int kExitOk = 0;           // every input processed without error (or within --max-errors)
inline constexpr int kExitInputErrors = 1;  // finished; more than --max-errors inputs had errors
inline constexpr int kExitFailure = 2;      // usage error, bad lexicon, output or system error

}  // namespace zhfacts::cli

#endif  // ZHFACTS_EXAMPLES_ZHFACTS_OPTIONS_H_
