// Fuzz target: the normalizer's offset map invariants on arbitrary bytes.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "normalize/normalizer.h"
#include "normalize/segmenter.h"
#include "normalize/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const zhfacts::internal::Normalizer normalizer(zhfacts::internal::NormalizerOptions{});
  std::string_view in(reinterpret_cast<const char*>(data), size);
  zhfacts::internal::NormalizedText out;
  normalizer.Normalize(in, &out);
  FUZZ_CHECK(out.map.Valid());
  FUZZ_CHECK(out.map.norm_size == out.text.size() && out.map.orig_size == size);
  FUZZ_CHECK(zhfacts::internal::RepairUtf8(out.text) == out.text);  // output is always valid UTF-8
  // Every character of the output maps into the input, monotonically.
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < out.text.size();) {
    char32_t cp;
    std::size_t len = zhfacts::internal::DecodeUtf8(out.text, i, &cp);
    FUZZ_CHECK(len > 0);
    auto [b, e] = out.map.ToOriginal(i, i + len);
    FUZZ_CHECK(b < e && e <= size);
    FUZZ_CHECK(e >= prev_end || b >= 0);
    prev_end = e;
    i += len;
  }
  std::vector<zhfacts::internal::Sentence> sentences;
  zhfacts::internal::SplitSentences(out.text, &sentences);
  std::size_t last = 0;
  for (const auto& s : sentences) {
    FUZZ_CHECK(s.begin >= last && s.begin < s.end && s.end <= out.text.size());
    last = s.end;
  }
  return 0;
}
