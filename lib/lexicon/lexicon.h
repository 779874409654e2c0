// Lexicons: open vocabularies (units, currencies, compute units, metric words, relative-date words) as TSV data.
//
// File format (built-in files in lib/lexicon/data/, user files through ExtractorOptions::lexicon_files):
//   # comment lines: what the file holds and where it came from
//   column_a<TAB>column_b<TAB>…        ← the header row: names the columns
//   value<TAB>value<TAB>…               ← one entry per line; empty lines ignored
// A table's kind is the stem of its built-in file ("units" for units.tsv). A user file joins the kind whose
// header it repeats exactly, and its rows are appended after the built-in rows. Every cell must be valid UTF-8; it
// is NFC-normalized (Boost.Locale, ICU backend). Errors name the place: "my_units.tsv:17: expected 4 columns, got 3".
#ifndef ZHFACTS_LIB_LEXICON_LEXICON_H_
#define ZHFACTS_LIB_LEXICON_LEXICON_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "zhfacts/status.h"

namespace zhfacts::internal {

struct LexiconTable {
  std::string kind;                               // "units"
  std::vector<std::string> columns;               // header row
  std::vector<std::vector<std::string>> rows;     // each of columns.size() cells
  std::vector<std::string> sources;               // per row: "units.tsv:12", for error messages

  // Index of a column by name, or -1.
  int Column(std::string_view name) const;
};

class Lexicons {
 public:
  // The built-in tables; fails only if an embedded file is malformed (a build bug, reported as kInternal).
  static Result<Lexicons> Builtin();

  // Parses a user file and appends its rows to the table whose header it matches. kInvalidLexicon on any error
  // (nothing is added then), kIoError if the file cannot be read. Files over 16 MiB are rejected.
  Status AddFile(const std::string& path);
  // Same, for text already in memory; `name` is used in messages.
  Status AddText(std::string_view name, std::string_view text);

  // The table of a kind; an empty table (no columns) if there is none.
  const LexiconTable& Get(std::string_view kind) const;
  std::vector<std::string> Kinds() const;

 private:
  static Result<LexiconTable> Parse(std::string_view name, std::string_view text);
  std::map<std::string, LexiconTable, std::less<>> tables_;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_LEXICON_LEXICON_H_
