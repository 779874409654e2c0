// zhfacts/extractor.h — build once, extract from many documents, from many threads.
//
//   #include <zhfacts/zhfacts.h>
//
//   zhfacts::Result<zhfacts::Extractor> ex = zhfacts::Extractor::Create(zhfacts::ExtractorOptions{});
//   if (!ex.ok()) return Fail(ex.status());
//   zhfacts::DocumentContext ctx;
//   ctx.reference_date = "2024-05-20";          // the article's publication date
//   zhfacts::Result<zhfacts::DocumentResult> doc = ex->Extract("今年1—4月,规上工业总产值253.63亿元", ctx);
//   for (const zhfacts::Record& r : doc->records) std::cout << r.text << " " << r.value << r.unit << "\n";
//
// Create() compiles every rule and lexicon once; configuration errors (a bad user lexicon) surface there, with
// file:line. Extract() is const and safe to call from any number of threads on one Extractor at once.
#ifndef ZHFACTS_EXTRACTOR_H_
#define ZHFACTS_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "zhfacts/record.h"
#include "zhfacts/status.h"

namespace zhfacts {

namespace internal {
class Engine;
}

// Options fixed for the life of an Extractor.
//
//   field                      default      meaning
//   -------------------------  -----------  ---------------------------------------------------------------
//   traditional_to_simplified  true         fold traditional characters (產值, 億元) to simplified before
//                                           matching; offsets still index the original
//   lexicon_files              {}           user TSV lexicons, same format as the built-in ones (README)
//   max_document_bytes         16 MiB       larger documents fail with kDocTooLarge
//   types                      all          which record types to emit (bit i = RecordType i)
//   invalid_dates              false        emit impossible dates (2023年2月30日) with status "invalid"
//                                           instead of dropping them
struct ExtractorOptions {
  bool traditional_to_simplified = true;
  std::vector<std::string> lexicon_files;
  std::size_t max_document_bytes = std::size_t{16} << 20;
  unsigned types = (1u << kRecordTypeCount) - 1;
  bool invalid_dates = false;
};

// Where the reference date used to resolve relative dates came from.
enum class ReferenceDateSource {
  kGiven,     // "given": DocumentContext::reference_date
  kDateline,  // "dateline": a dateline or publication line in the text (发布时间:2024-11-22, 本报北京3月4日电)
  kNone,      // "none": no reference date; relative dates (今年, 去年) are not resolved
};
const char* ReferenceDateSourceName(ReferenceDateSource source);

// Per-document context: travels with each call, not with the Extractor.
struct DocumentContext {
  std::string id;              // copied to the result; not interpreted
  std::string reference_date;  // "YYYY-MM-DD", the article's publication date; empty: find a dateline, else none
  bool explain = false;        // fill Record::sentence with the normalized sentence of each record
};

struct DocumentResult {
  std::string id;
  std::vector<Record> records;  // ordered by span.start, then span.end
  std::string reference_date;   // the date used ("" when none)
  ReferenceDateSource reference_date_source = ReferenceDateSource::kNone;
  std::size_t invalid_utf8 = 0;  // ill-formed UTF-8 subparts replaced by U+FFFD (a warning, not an error)
};

class Extractor {
 public:
  // Compiles the rules and lexicons. Fails with kInvalidLexicon (file:line: reason) or kInvalidRule.
  static Result<Extractor> Create(const ExtractorOptions& options = ExtractorOptions{});

  // Extracts the facts of one document (UTF-8; invalid bytes are replaced and counted, never fatal).
  // Fails only with kDocTooLarge or kInvalidArgument (a malformed reference date).
  Result<DocumentResult> Extract(std::string_view text, const DocumentContext& context = DocumentContext{}) const;

  const ExtractorOptions& options() const;

 private:
  explicit Extractor(std::shared_ptr<const internal::Engine> engine) : engine_(std::move(engine)) {}
  std::shared_ptr<const internal::Engine> engine_;
};

// The library version, "0.1.0".
const char* Version();

}  // namespace zhfacts

#endif  // ZHFACTS_EXTRACTOR_H_
