// Normalizer: one pass over UTF-8 input producing the text the rules match, plus a sparse map back to the input.
//
// What it does (see normalizer.cc for the why of each):
//   - invalid UTF-8 → U+FFFD, one per maximal ill-formed subpart (as ICU's u_strFromUTF8WithSub), counted;
//   - BOM dropped; CRLF and lone CR → LF;
//   - full-width ASCII U+FF01–FF5E → ASCII, U+3000 → space; range dashes (— – － ~ ～) unified;
//   - ASCII , : ; ( ) ! ? and straight quotes between CJK characters → full-width Chinese forms;
//   - OCR line breaks inside a sentence removed; spaces between CJK characters / number and CJK unit removed;
//   - traditional → simplified characters (optional);
//   - never creates digits: ①, ⒈, 10⁸, ½ are left alone.
#ifndef ZHFACTS_LIB_NORMALIZE_NORMALIZER_H_
#define ZHFACTS_LIB_NORMALIZE_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zhfacts::internal {

// Sparse map from normalized byte offsets to original byte offsets.
//
// Chunk i covers normalized bytes [chunks[i].norm, chunks[i+1].norm) (the last one up to norm_size) and came from
// original bytes [orig_begin, orig_end). A verbatim chunk was copied byte for byte, so offsets inside it map
// linearly; any other chunk is atomic (a full-width digit, a folded traditional character): a position inside it
// maps to its start, an end inside it to its end. Deleted input (a space between 亿 and 元) lies between chunks
// and never belongs to a span.
struct OffsetMap {
  struct Chunk {
    std::uint32_t norm;
    std::uint32_t orig_begin;
    std::uint32_t orig_end;
    bool verbatim;
  };
  std::vector<Chunk> chunks;
  std::uint32_t norm_size = 0;
  std::uint32_t orig_size = 0;

  // The original byte range [begin, end) of the normalized range [nbegin, nend), nbegin < nend <= norm_size.
  std::pair<std::size_t, std::size_t> ToOriginal(std::size_t nbegin, std::size_t nend) const;
  // Checks the invariants (sorted, in bounds, non-overlapping sources); for tests and fuzzers.
  bool Valid() const;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;
  std::size_t invalid_utf8 = 0;  // replaced ill-formed subparts
};

struct NormalizerOptions {
  bool traditional_to_simplified = true;
};

class FoldTable;

// Thread-safe: Normalize is const and keeps its state on the stack. Construction with traditional_to_simplified
// builds the process-wide fold table on first use (about 25 ms, once).
class Normalizer {
 public:
  explicit Normalizer(const NormalizerOptions& options);
  // Overwrites *out (its buffers are reused). Input must be < 4 GiB.
  void Normalize(std::string_view input, NormalizedText* out) const;

 private:
  NormalizerOptions options_;
  const FoldTable* table_;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_NORMALIZER_H_
