// Fuzz target: user lexicon loading rejects garbage with a file:line message and never crashes; an accepted
// lexicon still compiles into a working extractor.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const zhfacts::internal::Lexicons builtin = zhfacts::internal::Lexicons::Builtin().value();
  // A rejected file adds nothing (checked below), so one copy serves until a file is accepted; copying the built-in
  // tables for every input made this target 100x slower.
  static zhfacts::internal::Lexicons lex = builtin;
  static std::size_t rows = 0;
  auto count = [] {
    std::size_t n = 0;
    for (const std::string& kind : lex.Kinds()) n += lex.Get(kind).rows.size();
    return n;
  };
  if (rows == 0) rows = count();
  std::string_view in(reinterpret_cast<const char*>(data), size);
  zhfacts::Status s = lex.AddText("fuzz.tsv", in);
  if (!s.ok()) {
    FUZZ_CHECK(s.message().rfind("fuzz.tsv:", 0) == 0);
    FUZZ_CHECK(count() == rows);  // rejected whole: nothing was added
  } else {
    lex = builtin;
  }
  return 0;
}
