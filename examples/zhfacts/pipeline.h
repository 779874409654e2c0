// zhfacts CLI: read inputs in batches, extract on N threads, write in input order.
//
//   reader (this thread) ──batches──▶ N workers ──▶ reorder by sequence number ──▶ writer thread ──▶ Output
//
// At most 4·N batches (each ≤ 256 documents and ~1 MiB of input, or one larger document) are in flight between
// reading and writing, so memory stays flat however large the input. Output bytes do not depend on N.
#ifndef ZHFACTS_EXAMPLES_ZHFACTS_PIPELINE_H_
#define ZHFACTS_EXAMPLES_ZHFACTS_PIPELINE_H_

#include "options.h"
#include "output.h"
#include "zhfacts/extractor.h"

namespace zhfacts::cli {

// Extracts every input and writes the chosen format to out. Returns the exit status (options.h).
int Run(const CliOptions& options, const Extractor& extractor, Output* out);

// "zhfacts: " + message on stderr; "error:" in red when stderr is a terminal and NO_COLOR is unset.
void Diagnose(const std::string& message, bool is_error = true);

}  // namespace zhfacts::cli

#endif  // ZHFACTS_EXAMPLES_ZHFACTS_PIPELINE_H_
