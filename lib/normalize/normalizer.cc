// First-depth normalizer: UTF-8 repair, BOM, line endings and full-width ASCII. See normalizer.h.
#include "normalize/normalizer.h"

#include <algorithm>

#include "normalize/utf8.h"

namespace zhfacts::internal {

std::pair<std::size_t, std::size_t> OffsetMap::ToOriginal(std::size_t nbegin, std::size_t nend) const {
  auto chunk_of = [this](std::size_t pos) {
    auto it = std::upper_bound(chunks.begin(), chunks.end(), pos,
                               [](std::size_t p, const Chunk& c) { return p < c.norm; });
    return it - chunks.begin() - 1;
  };
  const Chunk& b = chunks[chunk_of(nbegin)];
  const Chunk& e = chunks[chunk_of(nend - 1)];
  std::size_t ob = b.verbatim ? b.orig_begin + (nbegin - b.norm) : b.orig_begin;
  std::size_t oe = e.verbatim ? e.orig_begin + (nend - e.norm) : e.orig_end;
  return {ob, oe};
}

bool OffsetMap::Valid() const {
  if (norm_size == 0) return true;
  if (chunks.empty() || chunks.front().norm != 0) return false;
  std::uint32_t prev_orig_end = 0;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const Chunk& c = chunks[i];
    std::uint32_t next_norm = i + 1 < chunks.size() ? chunks[i + 1].norm : norm_size;
    if (next_norm <= c.norm) return false;
    if (c.orig_begin < prev_orig_end || c.orig_end < c.orig_begin || c.orig_end > orig_size) return false;
    if (c.verbatim && c.orig_end - c.orig_begin != next_norm - c.norm) return false;
    prev_orig_end = c.orig_end;
  }
  return true;
}

Normalizer::Normalizer(const NormalizerOptions& options) : options_(options) {}

namespace {

// Appends normalized bytes, merging verbatim copies of adjacent source bytes into one chunk.
class MapBuilder {
 public:
  MapBuilder(NormalizedText* out) : out_(out) {}
  void Verbatim(std::string_view src, std::size_t orig_begin) {
    OffsetMap& m = out_->map;
    if (!m.chunks.empty() && m.chunks.back().verbatim && m.chunks.back().orig_end == orig_begin) {
      m.chunks.back().orig_end += static_cast<std::uint32_t>(src.size());
    } else {
      m.chunks.push_back({static_cast<std::uint32_t>(out_->text.size()), static_cast<std::uint32_t>(orig_begin),
                          static_cast<std::uint32_t>(orig_begin + src.size()), true});
    }
    out_->text.append(src);
  }
  void Replace(std::string_view repl, std::size_t orig_begin, std::size_t orig_end) {
    out_->map.chunks.push_back({static_cast<std::uint32_t>(out_->text.size()),
                                static_cast<std::uint32_t>(orig_begin), static_cast<std::uint32_t>(orig_end),
                                false});
    out_->text.append(repl);
  }

 private:
  NormalizedText* out_;
};

}  // namespace

void Normalizer::Normalize(std::string_view in, NormalizedText* out) const {
  out->text.clear();
  out->text.reserve(in.size());
  out->map.chunks.clear();
  out->invalid_utf8 = 0;
  MapBuilder b(out);
  std::size_t i = 0;
  if (in.size() >= 3 && in.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < in.size()) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\r') {
        std::size_t end = (i + 1 < in.size() && in[i + 1] == '\n') ? i + 2 : i + 1;
        b.Replace("\n", i, end);
        i = end;
      } else {
        b.Verbatim(in.substr(i, 1), i);
        ++i;
      }
      continue;
    }
    char32_t cp;
    std::size_t len = DecodeUtf8(in, i, &cp);
    if (len == 0) {  // ill-formed: one U+FFFD per maximal subpart
      std::size_t bad = IllFormedLength(in, i);
      b.Replace("\xEF\xBF\xBD", i, i + bad);
      ++out->invalid_utf8;
      i += bad;
      continue;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      char ascii = static_cast<char>(cp - 0xFF01 + 0x21);
      b.Replace(std::string_view(&ascii, 1), i, i + len);
    } else if (cp == 0x3000) {
      b.Replace(" ", i, i + len);
    } else {
      b.Verbatim(in.substr(i, len), i);
    }
    i += len;
  }
  out->map.norm_size = static_cast<std::uint32_t>(out->text.size());
  out->map.orig_size = static_cast<std::uint32_t>(in.size());
}

}  // namespace zhfacts::internal
