// Normalizer: one pass over UTF-8 input producing the text the rules match, plus a sparse map back to the input.
//
//   Normalizer n(NormalizerOptions{});
//   NormalizedText out;
//   n.Normalize("總產值１．５\n億元, 同比增長３%", &out);
//   // out.text == "总产值1.5亿元，同比增长3%"
//   auto [b, e] = out.map.ToOriginal(9, 18);  // "1.5亿元" → the input's "１．５\n億元", newline included
//
// What it does (docs/normalize.md has the why and the line-break heuristic):
//   - invalid UTF-8 → U+FFFD, one per maximal ill-formed subpart (as ICU's u_strFromUTF8WithSub), counted;
//   - BOM dropped; CRLF and lone CR → LF; NUL kept;
//   - full-width ASCII U+FF01–FF5E → ASCII (． → '.' between ASCII letters/digits, else 。), U+3000 and the
//     other Unicode spaces → space; zero width space, word joiner, soft hyphen and a BOM inside the text dropped;
//   - range dashes – ‒ ― ~ ～ (and － − between numbers) → —; － between digits → '-' (dates);
//   - ASCII , : ; ( ) ! ? and straight quotes next to Chinese (not between two digits) → ，：；（）！？ “” ‘’;
//   - spaces between Chinese characters, and between a number and Chinese, removed; others kept;
//   - OCR line breaks inside a sentence removed (numbers cut from their units included); headings, list items
//     and paragraph ends kept;
//   - traditional → simplified, one character to one (option, on by default);
//   - never creates digits: ①, ⒈, 10⁸, ½ are left alone (no NFKC).
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
  // Where line breaks inside a sentence were removed (OCR), as normalized offsets in increasing order: the break
  // stood right before text[joins[i]]. Columns interleaved by OCR show here (a verb at one join, its figures at a
  // later one).
  std::vector<std::uint32_t> joins;
  // Line breaks kept after a sentence's end that are most likely a column's wrap rather than a paragraph's end: in
  // text wrapped at a fixed column (newspaper OCR), the line before the break fills the column. As normalized
  // offsets of the break, increasing.
  std::vector<std::uint32_t> wraps;
};

struct NormalizerOptions {
  bool traditional_to_simplified = true;
  // Words of the domain (metric heads, units: 固定资产投资, 算力, 平方米). A line break inside one of them, between
  // two Chinese characters, is OCR damage and is removed even where the line widths suggest a heading
  // (…1700平 / 方米的教学空间, …先进智能算 / 力); so is one inside a Latin unit set apart from its number
  // (5.8 EF / LOPS). Empty: the layout alone decides.
  std::vector<std::string> words;
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
  NormalizerOptions options_;  // options_.words sorted, in simplified characters, two to kMaxWordChars long
  std::vector<std::string> latin_words_;  // the words of Latin letters, in capitals, sorted
  const FoldTable* table_;
  // Bit per BMP code point: it stands in some word before its last character (not_last_) / after its first
  // (not_first_). A break between two characters can only cut a word when both bits are set.
  std::vector<std::uint64_t> not_last_, not_first_;
};

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_NORMALIZE_NORMALIZER_H_
