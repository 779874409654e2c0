// The built-in lexicon files, embedded by cmake/embed_lexicons.cmake.
#ifndef ZHFACTS_LIB_LEXICON_EMBEDDED_H_
#define ZHFACTS_LIB_LEXICON_EMBEDDED_H_

namespace zhfacts::internal {

struct EmbeddedFile {
  const char* name;  // "units.tsv"
  const char* text;
};
extern const EmbeddedFile kEmbeddedLexicons[];
extern const int kEmbeddedLexiconCount;

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_LEXICON_EMBEDDED_H_
