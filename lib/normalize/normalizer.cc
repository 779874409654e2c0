// One pass over UTF-8: copy runs of ordinary characters verbatim (one map chunk per run), rewrite the few
// characters that need it as atomic chunks, and delete what must go (a BOM, spaces between CJK characters, OCR
// line breaks) by leaving it between chunks. See normalizer.h for the list and the map's contract.
#include "normalize/normalizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/fold_table.h"
#include "normalize/segmenter.h"
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

namespace {

constexpr char32_t kStart = 0;       // "previous character" before any text
// Lines at least this wide (in half-width columns) are never taken for headings, whatever the document's typical
// width: 32 Chinese characters is longer than a newspaper headline.
constexpr std::size_t kHeadingWidth = 64;
constexpr char32_t kLineBreak = '\n';

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char32_t c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool IsAsciiAlpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Han ideographs (〇 included) and kana: the letters of the text.
bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007 || (c >= 0x3040 && c <= 0x30FF);
}
// Chinese punctuation: CJK symbols, full-width forms left after folding, curly quotes, the dashes, …, ·.
bool IsCjkPunct(char32_t c) {
  return (c >= 0x3001 && c <= 0x303F && c != 0x3007) || (c >= 0xFF01 && c <= 0xFF65) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c == 0x2014 || c == 0x2015 || (c >= 0x2018 && c <= 0x201D) ||
         c == 0x2026 || c == 0x00B7;
}
bool IsCjk(char32_t c) { return IsHan(c) || IsCjkPunct(c); }

// Spaces other than ASCII: ideographic, no-break, en/em/thin/hair, narrow no-break, medium mathematical.
bool IsUnicodeSpace(char32_t c) {
  return c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}
// Characters without a glyph that scraped text scatters inside words and numbers (253\u200B.63): zero width
// space, word joiner, soft hyphen, a BOM after the start. They are deleted. (The joiners U+200C/D stay: emoji.)
bool IsInvisible(char32_t c) { return c == 0x200B || c == 0x2060 || c == 0xAD || c == 0xFEFF; }

// What a character becomes for the context tests: full-width ASCII as ASCII, any space as a space.
char32_t Fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (IsUnicodeSpace(c)) return ' ';
  return c;
}

bool IsSentenceEnd(char32_t c) {
  switch (c) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0xFF1A: case 0x2026:
    case '!': case '?': case ';': case ':':
      return true;
    default:
      return false;
  }
}
bool IsClosing(char32_t c) {
  switch (c) {
    case 0x201D: case 0x2019: case '"': case '\'': case 0xFF09: case ')': case 0x300D: case 0x300F:
    case 0x300B: case 0x3011: case 0x3015:
      return true;
    default:
      return false;
  }
}
bool IsOpening(char32_t c) {
  switch (c) {
    case 0x201C: case 0x2018: case 0xFF08: case '(': case '[': case 0x300C: case 0x300E: case 0x300A:
    case 0x3010: case 0x3014:
      return true;
    default:
      return false;
  }
}
// Punctuation inside a sentence that separates parts of it.
bool IsSeparator(char32_t c) {
  return c == 0xFF0C || c == 0x3001 || c == 0xFF1A || c == 0xFF1B || c == ',' || c == ':' || c == ';';
}
// A line cannot start a paragraph with these: a line starting with one continues the one before.
bool IsContinuationStart(char32_t c) {
  return IsSeparator(c) || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF09 || c == ')' || c == '%' ||
         c == 0xFF05 || c == 0x2030 || c == 0x201D || c == 0x300B || c == '.' || c == '!' || c == '?';
}

// The Chinese form of an ASCII punctuation mark, or 0.
char32_t ChineseForm(char a) {
  switch (a) {
    case ',': return 0xFF0C;
    case ':': return 0xFF1A;
    case ';': return 0xFF1B;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    case '!': return 0xFF01;
    case '?': return 0xFF1F;
    default: return 0;
  }
}

// ASCII bytes copied verbatim without a second look (everything except whitespace, the punctuation that the
// context rules may rewrite and the letters OCR confuses with digits: O o l I). NUL is data.
constexpr std::array<bool, 128> MakePlainAscii() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = true;
  for (char c : {' ', '\t', '\n', '\v', '\f', '\r', ',', ':', ';', '(', ')', '!', '?', '"', '\'', '~', 'O', 'o', 'l', 'I'}) {
    t[static_cast<unsigned char>(c)] = false;
  }
  return t;
}
constexpr std::array<bool, 128> kPlainAscii = MakePlainAscii();

// Display width of a line: 1 per printable ASCII byte, 2 per non-ASCII character (every lead byte), 0 for
// control bytes (so a joined CRLF counts like a joined LF). Branch-free so that the pre-pass vectorizes.
std::size_t Width(const unsigned char* p, std::size_t n) {
  std::uint32_t w = 0;  // a line of 4 GiB is beyond the input limit
  for (std::size_t k = 0; k < n; ++k) w += (p[k] >= 0x20 && p[k] < 0x80) + 2 * (p[k] >= 0xC0);
  return w;
}

// Every printable character is at least half a column per byte (4 bytes, 2 columns), so a line of this many
// bytes is taken as at least limit columns wide (unless it is mostly joined line breaks, which is rare).
std::size_t BytesForWidth(std::size_t limit) { return 2 * limit + 4; }

// Whether the line p[0, n) is narrower than limit columns. Looks at no more than BytesForWidth(limit) bytes, so
// that testing a long (joined) line at every break stays linear.
bool NarrowerThan(const unsigned char* p, std::size_t n, std::size_t limit) {
  return n < BytesForWidth(limit) && Width(p, n) < limit;
}

// The document's layout, from one pre-pass (memchr plus a vectorized byte count).
struct Layout {
  // The median display width of the lines (lines narrower than 3 columns ignored): the column width of newspaper
  // OCR, the paragraph length of web text. Line-break decisions compare lines against it.
  std::size_t typical_width = 0;
  // Whether paragraphs are separated by blank lines (at least half of the lines are followed by one). Then a
  // single line break is never a paragraph end, and a heading is a short line with a blank line after it.
  bool blank_lines = false;
  // Whether the text is wrapped at a fixed column: at least half of the lines are within kColumnSlack columns of
  // the typical width, which is that of a newspaper column (at most kMaxColumnWidth).
  bool column = false;
};

constexpr std::size_t kColumnSlack = 2;
constexpr std::size_t kMaxColumnWidth = 80;

Layout ScanLayout(std::string_view s) {
  constexpr std::size_t kCap = 2047;
  std::array<std::uint32_t, kCap + 1> histogram{};
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t lines = 0, nonempty = 0, before_blank = 0;
  bool prev_nonempty = false;
  auto add_line = [&](std::size_t b, std::size_t e) {
    std::size_t w = Width(p + b, e - b);
    if (w >= 3) {
      ++histogram[std::min(w, kCap)];
      ++lines;
    }
    if (w == 0) {
      before_blank += prev_nonempty;
      prev_nonempty = false;
    } else {
      ++nonempty;
      prev_nonempty = true;
    }
  };
  for (std::size_t start = 0; start < n;) {  // a final line break opens no line
    const void* nl = std::memchr(p + start, '\n', n - start);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const unsigned char*>(nl) - p) : n;
    for (std::size_t line = start;;) {  // a lone CR also ends a line (old Mac files)
      const void* cr = std::memchr(p + line, '\r', end - line);
      std::size_t k = cr ? static_cast<std::size_t>(static_cast<const unsigned char*>(cr) - p) : end;
      add_line(line, k);
      if (!cr || k + 1 == end) break;  // CRLF ends one line
      line = k + 1;
    }
    start = end + 1;
  }
  Layout layout;
  layout.blank_lines = before_blank * 2 >= nonempty && nonempty > 0;
  // A handful of lines says little about the layout: take the widest, so that only clearly short lines count as
  // headings.
  bool few = lines < 5;
  std::size_t seen = 0;
  for (std::size_t w = 0; w <= kCap; ++w) {
    seen += histogram[w];
    if (few ? seen == lines : seen * 2 > lines) {
      layout.typical_width = w;
      break;
    }
  }
  if (!few && layout.typical_width <= kMaxColumnWidth) {
    std::size_t near = 0;
    for (std::size_t w = layout.typical_width > kColumnSlack ? layout.typical_width - kColumnSlack : 0;
         w <= layout.typical_width + kColumnSlack; ++w) {
      near += histogram[w];
    }
    layout.column = near * 2 >= lines;
  }
  return layout;
}

// The longest word of NormalizerOptions::words looked for across a line break, in characters.
constexpr std::size_t kMaxWordChars = 8;

// One normalization pass. Ordinary characters accumulate in a pending verbatim run [run_begin_, pos_); a
// character that changes flushes the run and becomes its own chunk.
class Pass {
 public:
  // not_last / not_first: see Normalizer (empty when there are no words).
  Pass(std::string_view in, const FoldTable& table, const std::vector<std::string>& words,
       const std::vector<std::string>& latin_words, const std::vector<std::uint64_t>& not_last,
       const std::vector<std::uint64_t>& not_first, NormalizedText* out)
      : in_(in), p_(reinterpret_cast<const unsigned char*>(in.data())), n_(in.size()), table_(table), words_(words),
        latin_words_(latin_words), not_last_(not_last), not_first_(not_first), out_(out) {}

  void Run() {
    if (n_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) pos_ = run_begin_ = last_special_end_ = 3;
    layout_begin_ = pos_;
    physical_line_start_ = pos_;
    line_start_ = pos_;
    while (pos_ < n_) {
      ScanOrdinary();
      if (pos_ >= n_) break;
      UpdatePrev();
      HandleSpecial();
      last_special_end_ = pos_;
    }
    Flush();
    out_->map.norm_size = static_cast<std::uint32_t>(out_->text.size());
    out_->map.orig_size = static_cast<std::uint32_t>(n_);
  }

 private:
  enum class Break { kKeep, kJoin, kJoinWithSpace };

  // Advances pos_ over characters copied as they are.
  void ScanOrdinary() {
    while (pos_ < n_) {
      unsigned char c = p_[pos_];
      if (c < 0x80) {
        if (!kPlainAscii[c]) return;
        ++pos_;
        continue;
      }
      if ((c & 0xF0) == 0xE0 && pos_ + 2 < n_) {  // the common case, a 3-byte character, decoded inline
        if (!IsWellFormed3(p_ + pos_) || table_.Special(Decode3(p_ + pos_))) return;
        pos_ += 3;
        continue;
      }
      char32_t cp = 0;
      std::size_t len = DecodeUtf8(in_, pos_, &cp);
      if (len == 0 || table_.Special(cp)) return;
      pos_ += len;
    }
  }

  // prev_ = the character just before pos_ when ordinary characters were copied since the last special one.
  void UpdatePrev() {
    if (pos_ > last_special_end_) prev_ = CharBefore(pos_);
  }

  // The (well-formed, ordinary) character ending at end.
  char32_t CharBefore(std::size_t end) const {
    std::size_t b = end - 1;
    while (b > 0 && end - b < 4 && (p_[b] & 0xC0) == 0x80) --b;
    char32_t cp = 0;
    return DecodeUtf8(in_, b, &cp) == end - b ? Fold(cp) : 0xFFFD;
  }

  // The character at j folded, or U+FFFD for ill-formed input; *len its length.
  char32_t CharAt(std::size_t j, std::size_t* len) const {
    char32_t cp = 0;
    std::size_t l = DecodeUtf8(in_, j, &cp);
    if (l == 0) {
      *len = IllFormedLength(in_, j);
      return 0xFFFD;
    }
    *len = l;
    return Fold(cp);
  }

  // Length of the inline space (not a line break) or invisible character at j, or 0.
  std::size_t InlineSpaceAt(std::size_t j) const {
    unsigned char c = p_[j];
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return 1;
    if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
    char32_t cp = 0;
    std::size_t len = DecodeUtf8(in_, j, &cp);
    return len && (IsUnicodeSpace(cp) || IsInvisible(cp)) ? len : 0;
  }

  // The next character from j on, inline spaces skipped: kLineBreak at a line break, kStart at the end.
  char32_t PeekNext(std::size_t j) const {
    while (j < n_) {
      std::size_t s = InlineSpaceAt(j);
      if (s == 0) break;
      j += s;
    }
    if (j >= n_) return kStart;
    if (p_[j] == '\n' || p_[j] == '\r') return kLineBreak;
    std::size_t len;
    return CharAt(j, &len);
  }

  // The next character from j on, all whitespace (line breaks included) skipped; kStart at the end.
  char32_t PeekPastWhitespace(std::size_t j) const {
    while (j < n_) {
      if (std::size_t s = InlineSpaceAt(j)) {
        j += s;
      } else if (p_[j] == '\n' || p_[j] == '\r') {
        ++j;
      } else {
        std::size_t len;
        return CharAt(j, &len);
      }
    }
    return kStart;
  }

  void Flush() {
    if (pos_ > run_begin_) {
      OffsetMap& m = out_->map;
      std::size_t len = pos_ - run_begin_;
      if (!m.chunks.empty() && m.chunks.back().verbatim && m.chunks.back().orig_end == run_begin_) {
        m.chunks.back().orig_end += static_cast<std::uint32_t>(len);
      } else {
        m.chunks.push_back({static_cast<std::uint32_t>(out_->text.size()), static_cast<std::uint32_t>(run_begin_),
                            static_cast<std::uint32_t>(pos_), true});
      }
      out_->text.append(in_.data() + run_begin_, len);
    }
    run_begin_ = pos_;
  }

  // Input [pos_, end) becomes repl, an atomic chunk.
  void Replace(std::string_view repl, std::size_t end) {
    Flush();
    out_->map.chunks.push_back({static_cast<std::uint32_t>(out_->text.size()), static_cast<std::uint32_t>(pos_),
                                static_cast<std::uint32_t>(end), false});
    out_->text.append(repl);
    pos_ = run_begin_ = end;
  }

  // Input [pos_, end) is dropped: it lies between chunks.
  void Delete(std::size_t end) {
    Flush();
    pos_ = run_begin_ = end;
  }

  // Input [pos_, end) becomes the character cp; if that is what the input says already, it stays in the run.
  void Emit(char32_t cp, std::size_t end) {
    char buf[4];
    std::size_t len = EncodeUtf8(cp, buf);
    if (len == end - pos_ && std::memcmp(buf, p_ + pos_, len) == 0) {
      pos_ = end;
    } else {
      Replace(std::string_view(buf, len), end);
    }
    prev_ = cp;
  }

  static std::size_t EncodeUtf8(char32_t cp, char* buf) {
    if (cp < 0x80) {
      buf[0] = static_cast<char>(cp);
      return 1;
    }
    if (cp < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (cp >> 6));
      buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
      return 2;
    }
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }

  void HandleSpecial() {
    unsigned char c = p_[pos_];
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') {
        Whitespace();
      } else if (IsDigitLookalike(c)) {
        Emit(ReadsAsDigit(pos_, pos_ + 1) ? LookalikeDigit(c) : c, pos_ + 1);
      } else {
        Punctuation(static_cast<char>(c), pos_ + 1);
      }
      return;
    }
    char32_t cp = 0;
    std::size_t len = DecodeUtf8(in_, pos_, &cp);
    if (len == 0) {  // one U+FFFD per maximal ill-formed subpart, as ICU's u_strFromUTF8WithSub
      Replace("\xEF\xBF\xBD", pos_ + IllFormedLength(in_, pos_));
      ++out_->invalid_utf8;
      prev_ = 0xFFFD;
      return;
    }
    std::size_t end = pos_ + len;
    if (IsUnicodeSpace(cp) || IsInvisible(cp)) {
      Whitespace();
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      char a = static_cast<char>(cp - 0xFEE0);
      if (IsDigitLookalike(static_cast<unsigned char>(a))) {
        Emit(ReadsAsDigit(pos_, end) ? LookalikeDigit(a) : static_cast<char32_t>(a), end);
      } else if (kPlainAscii[static_cast<unsigned char>(a)] && a != '.' && a != '-') {
        Emit(static_cast<char32_t>(a), end);
      } else if (a == ';' || a == '!' || a == '?') {
        // A full-width semicolon, exclamation or question mark ends a Chinese clause or sentence wherever it stands
        // (85GWh；1—10月…: not an ASCII ; between a unit and a digit, which would end nothing).
        Emit(ChineseForm(a), end);
      } else {
        Punctuation(a, end);
      }
    } else if (cp == 0x2012 || cp == 0x2013 || cp == 0x2015) {
      Emit(0x2014, end);
    } else if (cp == 0x2212) {  // minus: a range dash between numbers, else an ASCII minus
      Emit((IsDigit(prev_) || prev_ == '%') && IsDigit(PeekNext(end)) ? 0x2014 : '-', end);
    } else if (char32_t simplified = table_.Simplified(cp)) {
      Emit(simplified, end);
    } else {
      Emit(UnitLookalike(cp, end), end);
    }
  }

  // OCR's Chinese look-alikes in a figure's unit or a date: 干 for 千 after a number before a unit's second
  // character (120万干瓦), 方 for 万 and 乙 for 亿 right after digits before a unit (23.5方人次, 12.6乙元), 未 for 末
  // after a month or year before punctuation (截至10月未，). Elsewhere each is itself (干部, 地方, 甲乙, 未来).
  char32_t UnitLookalike(char32_t cp, std::size_t end) const {
    // (The character before is tested first: most of these characters, 方 above all, stand in words.)
    const bool after_number = IsDigit(prev_) || (cp == U'干' && (prev_ == U'万' || prev_ == U'亿'));
    const bool after_date = cp == U'未' && (prev_ == U'月' || prev_ == U'年');
    if (!after_number && !after_date) return cp;
    const char32_t next = end < n_ ? PeekNext(end) : kStart;
    auto next_in = [next](std::u32string_view set) { return set.find(next) != std::u32string_view::npos; };
    switch (cp) {
      case U'干':
        return next_in(U"瓦克米伏帕焦卡赫") ? U'千' : cp;
      case U'方':
        return next_in(U"人元吨千户家辆台亩平标头套个件株张只美公立") ? U'万' : cp;
      case U'乙':
        return next_in(U"元美千人吨立度股份") ? U'亿' : cp;
      case U'未':
        return after_date && (next == kStart || next == kLineBreak || next < 0x80 || next_in(U"，。；、）")) ? U'末'
                                                                                                           : cp;
      default:
        return cp;
    }
  }

  // OCR's letter-for-digit confusions (2O24年, 1O0.5亿元, 增长l2.5%, 1O%, 1—1O月, 13l条, 1OO亿个): O or o inside a
  // number is 0, l or I inside or at the start of one is 1. The run of digits, points and such letters around it
  // holds a digit, touches no Latin letter (I2C, COVID-19, H1O stay), follows no letters and hyphen (GPT-4o,
  // AEC-Q100) and does not open with O (O2O); in it, the letter has the run on both sides, or (l and I) starts it
  // before a digit or another of them (ll26), or ends it before a Chinese character (a unit: 6O兆瓦, 1O月) or a
  // percent sign. A run that ends in such a letter before anything else is no number.
  static bool IsDigitLookalike(unsigned char c) { return c == 'O' || c == 'o' || c == 'l' || c == 'I'; }
  static char32_t LookalikeDigit(char c) { return c == 'O' || c == 'o' ? '0' : '1'; }
  bool ReadsAsDigit(std::size_t pos, std::size_t end) const {
    auto lookalike = [](char32_t c) { return c < 0x80 && IsDigitLookalike(static_cast<unsigned char>(c)); };
    auto in_run = [&](char32_t c) { return IsDigit(c) || c == '.' || lookalike(c); };
    std::size_t len = 0;
    const char32_t self = CharAt(pos, &len);
    const char32_t left = pos > 0 ? CharBefore(pos) : kStart;
    // A line break between two parts of the run (23O / ０余家, 45l / 2.6亿元) is read through: OCR cuts numbers.
    auto past_break = [&](std::size_t j) {
      std::size_t k = j;
      if (k < n_ && p_[k] == '\r') ++k;
      if (k < n_ && p_[k] == '\n') ++k;
      if (k == j) return j;
      std::size_t l = 0;
      return k < n_ && in_run(CharAt(k, &l)) ? k : j;
    };
    const char32_t right = end < n_ ? CharAt(past_break(end), &len) : kStart;
    // The run around it: a digit in it, no Latin letter at either end, no code (letters and a hyphen) before it.
    bool digit = false;
    std::size_t b = pos;
    for (int k = 0; k < 32 && b > 0 && in_run(CharBefore(b)); ++k) {
      digit = digit || IsDigit(CharBefore(b));
      do --b; while (b > 0 && (p_[b] & 0xC0) == 0x80);
    }
    if (b > 0 && IsAsciiAlpha(CharBefore(b))) return false;
    if (b > 1 && CharBefore(b) == '-' && IsAsciiAlnum(CharBefore(b - 1))) return false;
    std::size_t e = past_break(end);
    char32_t last = self;
    for (int k = 0; k < 32 && e < n_; ++k) {
      char32_t c = CharAt(e, &len);
      if (!in_run(c)) break;
      digit = digit || IsDigit(c);
      last = c;
      e += len;
    }
    const char32_t after = e < n_ ? CharAt(e, &len) : kStart;
    // A Latin letter after the run is a unit (2O00P, 8O0MW, l200PFLOPS) or a code (A1O0B): the run is a number
    // only before a unit word of the lexicons or a one-letter unit of compute or power. A unit may stand one space
    // apart (2O EFLOPS); a word that is no unit there leaves the run to the tests below.
    bool latin_unit = false;
    const bool spaced = after == ' ' && e + 1 < n_ && IsAsciiAlpha(p_[e + 1]);
    if (IsAsciiAlpha(after) || spaced) {
      std::size_t f = spaced ? e + 1 : e;
      std::string word;
      while (f < n_ && word.size() < 12 && IsAsciiAlpha(p_[f])) word += static_cast<char>(p_[f++]);
      ToAsciiUpper(&word);
      latin_unit = (f == n_ || !IsAsciiAlpha(p_[f])) &&
                   ((word.size() == 1 && std::string_view("PTEGMKW").find(word[0]) != std::string_view::npos) ||
                    std::binary_search(latin_words_.begin(), latin_words_.end(), word));
      if (!latin_unit && !spaced) return false;
    }
    if (!digit) return false;
    const char32_t first = b < pos ? CharAt(b, &len) : self;
    // No number starts with 0 written so (O2O), but a decimal below one (O.37个百分点, 不足O.3EFLOPS).
    if ((first == 'O' || first == 'o') && !(b + 2 < n_ && p_[b + 1] == '.' && IsDigit(p_[b + 2]))) return false;
    const bool unit_after = after == '%' || after == 0x2030 || IsHan(after) || latin_unit;
    if (lookalike(last) && !unit_after) return false;
    const bool inside = in_run(left) && left != kStart && in_run(right) && right != kStart && b < pos;
    // (ll26万千瓦: two of them open the run; the run holds a digit. l.6亿元, O.37: a decimal point after one.)
    const bool one_opens =
        (self == 'l' || self == 'I') && (IsDigit(right) || right == 'l' || right == 'I' || right == '.');
    const bool zero_opens = (self == 'O' || self == 'o') && right == '.';
    const bool leading = b == pos && (one_opens || zero_opens);
    const bool trailing = b < pos && e == end && unit_after;
    return inside || leading || trailing;
  }

  // ASCII punctuation (or its full-width form) at pos_, ending at end.
  void Punctuation(char a, std::size_t end) {
    char32_t next = PeekNext(end);
    switch (a) {
      case '"':
      case '\'':
        Quote(a, next, end);
        return;
      case '~':  // a range dash, except in a path or URL (~/bin, /~user) or after a letter
        Emit(IsAsciiAlpha(prev_) || prev_ == '/' || next == '/' ? '~' : 0x2014, end);
        return;
      case '.': {  // U+FF0E: a decimal point or URL dot between ASCII letters/digits (253．⏎63 too), else 。
        bool point = IsAsciiAlnum(prev_) && (IsAsciiAlnum(next) || (next == kLineBreak && IsDigit(prev_) &&
                                                                    IsDigit(PeekPastWhitespace(end))));
        Emit(point ? '.' : 0x3002, end);
        return;
      }
      case '-':  // U+FF0D: a hyphen between digits (２０２４－１１－２２ stays a date), else a range dash
        Emit(IsDigit(prev_) && IsDigit(next) ? '-' : 0x2014, end);
        return;
      default:
        break;
    }
    // "Between CJK": a Chinese character or Chinese punctuation on at least one side, and not digits on both. One
    // side is enough because OCR puts ASCII punctuation next to Latin words and numbers inside Chinese sentences
    // (增长5%,同比 has 同 after it; AI,西湖 has 西); digits on both sides are numeric context (1,234 / 12:30).
    bool chinese = (IsCjk(prev_) || IsCjk(next)) && !(IsDigit(prev_) && IsDigit(next));
    Emit(chinese ? ChineseForm(a) : static_cast<char32_t>(a), end);
  }

  // Straight quotes between CJK become “ ” / ‘ ’. The side is clear after a separator or opening bracket
  // (open) or before a separator, closing bracket or line end (close); otherwise the quotes alternate.
  void Quote(char a, char32_t next, std::size_t end) {
    if (!IsCjk(prev_) && !IsCjk(next)) {
      Emit(static_cast<char32_t>(a), end);
      return;
    }
    bool& open = a == '"' ? double_open_ : single_open_;
    bool opening;
    if (prev_ == kStart || prev_ == kLineBreak || IsOpening(prev_) || IsSeparator(prev_)) {
      opening = true;
    } else if (next == kStart || next == kLineBreak || IsClosing(next) || IsSeparator(next) ||
               IsSentenceEnd(next) || next == 0x3002) {
      opening = false;
    } else if (!open && (IsSentenceEnd(prev_) || prev_ == 0x3002)) {
      // After a terminator with no quote known to be open (its opening was lost to OCR or to a paragraph break),
      // `。"新质生产力"是` opens a quoted term, `。"负责人说` closes a speech: quotes pair up inside a sentence, so
      // an odd number of them after this one means this one opens.
      opening = QuotesLeftInSentence(a, end) % 2 == 1;
    } else {
      opening = !open;
    }
    open = opening;
    Emit(a == '"' ? (opening ? 0x201C : 0x201D) : (opening ? 0x2018 : 0x2019), end);
  }

  // How many quotes a (or their full-width form) follow from j on before the sentence or the line ends. Called
  // only after a terminator, so the scans cover disjoint sentences: linear overall.
  std::size_t QuotesLeftInSentence(char a, std::size_t j) const {
    std::size_t count = 0;
    for (std::size_t len; j < n_; j += len) {
      char32_t c = CharAt(j, &len);
      if (c == static_cast<char32_t>(a)) ++count;
      if (c == '\n' || c == '\r' || IsSentenceEnd(c) || c == 0x3002) break;
    }
    return count;
  }

  // A run of whitespace at pos_: inline spaces, or line breaks with the spaces around them.
  void Whitespace() {
    std::size_t begin = pos_, j = pos_;
    int breaks = 0;
    while (j < n_) {
      if (std::size_t s = InlineSpaceAt(j)) {
        j += s;
      } else if (p_[j] == '\n' || p_[j] == '\r') {
        ++breaks;
        j += (p_[j] == '\r' && j + 1 < n_ && p_[j + 1] == '\n') ? 2 : 1;
      } else {
        break;
      }
    }
    std::size_t len;
    char32_t next = j < n_ ? CharAt(j, &len) : kStart;
    // OCR's l or I for 1 opening the next line of a number (约1 / l80亿港元) is a digit for the break's decision.
    if (breaks > 0 && next < 0x80 && IsDigitLookalike(static_cast<unsigned char>(next)) && ReadsAsDigit(j, j + 1)) {
      next = LookalikeDigit(static_cast<char>(next));
    }
    if (breaks == 0) {
      // Spaces go between Chinese characters and between a number and a Chinese unit (本 报 讯, 1700平 方米,
      // 2024 年, 5% 左右), and inside a number OCR spaced out (3 2 . 5, 8 . 2 %); spaces between Latin words, or a
      // Latin word and Chinese (AI 西湖, 500 P), stay.
      bool drop = prev_ != kStart && prev_ != kLineBreak &&
                  ((IsCjk(prev_) && (IsCjk(next) || IsDigit(next))) ||
                   (IsDigit(prev_) && IsCjk(next) && !RowNumberEndsAt(begin)) || (prev_ == '%' && IsCjk(next)) ||
                   SpaceInsideNumber(begin, j, next) || SpaceBesideUnitSlash(begin, j, next));
      if (drop && !past_first_line_ && IsHan(next) && HeadlineSpace(begin, j)) drop = false;
      if (drop) {
        Delete(j);
      } else {
        KeepWhitespace(j);
      }
      return;
    }
    Flush();  // the line's text is in out_ for Unbalanced()
    Break decision = DecideBreak(begin, j, next, breaks);
    past_first_line_ = past_first_line_ || (prev_ != kStart && prev_ != kLineBreak &&
                                            (decision == Break::kKeep || breaks >= 2));
    if (decision != Break::kKeep) out_->joins.push_back(static_cast<std::uint32_t>(out_->text.size()));
    if (decision == Break::kJoin) {
      Delete(j);
    } else if (decision == Break::kJoinWithSpace) {
      Replace(" ", j);
    } else {
      // A sentence's end on a line that fills the column of column-wrapped text: most likely a wrap.
      if (breaks == 1 && (IsSentenceEnd(prev_) || prev_ == 0x3002) && !layout().blank_lines && layout().column &&
          !NarrowerThan(p_ + physical_line_start_, begin - physical_line_start_, layout().typical_width)) {
        out_->wraps.push_back(static_cast<std::uint32_t>(out_->text.size()));
      }
      KeepWhitespace(j);
      prev_ = kLineBreak;
      double_open_ = single_open_ = false;
      // A joined line continues the one before: only a kept break starts a new line for the width tests.
      line_start_ = j;
      line_out_start_ = out_->text.size();
    }
    physical_line_start_ = j;
  }

  // Whether the spaces [begin, j) sit beside the slash of a unit per unit (4.5万吨/ 年, 4.5万吨 /年): Chinese
  // characters on both sides of the slash, as the line break's rule for a unit cut after its slash.
  bool SpaceBesideUnitSlash(std::size_t begin, std::size_t j, char32_t next) const {
    if (prev_ == '/') return IsHan(next) && begin >= 2 && IsHan(CharBefore(begin - 1));
    return next == '/' && IsHan(prev_) && j + 1 < n_ && IsHan(PeekNext(j + 1)) && InlineSpaceAt(j + 1) == 0;
  }

  // Whether the number ending at `begin` is a table cell: a tab, an ideographic space or two spaces before it.
  bool TableCellEndsAt(std::size_t begin) const {
    std::size_t b = begin;
    while (b > line_start_ && (IsDigit(CharBefore(b)) || CharBefore(b) == '.')) {
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    if (b == line_start_ || b == begin) return false;
    if (p_[b - 1] == '\t') return true;
    const bool ideographic_space = b >= line_start_ + 3 && p_[b - 3] == 0xE3 && p_[b - 2] == 0x80 && p_[b - 1] == 0x80;
    if (ideographic_space) return true;
    return p_[b - 1] == ' ' && b >= line_start_ + 2 && p_[b - 2] == ' ';
  }

  // Whether the digits before `begin` are the row number of a numbered table row (NumberedRow).
  bool RowNumberEndsAt(std::size_t begin) const {
    std::size_t b = begin;
    while (b > line_start_ && IsDigit(CharBefore(b))) {
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    for (std::size_t k = line_start_; k < b; ++k) {
      if (p_[k] != ' ' && p_[k] != '\t') return false;
    }
    return b < begin && NumberedRow(line_start_);
  }

  // Whether the spaces [begin, j) sit inside a number OCR spaced out (3 2 . 5 亿元, 8 . 2 %): before a percent sign,
  // on both sides of a decimal point between digits (not a list number: 1. 2024年), or between two digits that each
  // stand alone (not 2023 2024: two numbers).
  bool SpaceInsideNumber(std::size_t begin, std::size_t j, char32_t next) const {
    std::size_t len = 0;
    auto spaced_digit_before = [&](std::size_t pos) {  // spaces, then a digit, before pos
      if (pos == 0 || (p_[pos - 1] != ' ' && p_[pos - 1] != '\t')) return false;
      while (pos > 0 && (p_[pos - 1] == ' ' || p_[pos - 1] == '\t')) --pos;
      return pos > 0 && IsDigit(CharBefore(pos));
    };
    auto spaced_digit_after = [&](std::size_t pos) {  // the character at pos, then spaces, then a digit
      CharAt(pos, &len);
      return pos + len < n_ && (p_[pos + len] == ' ' || p_[pos + len] == '\t') && IsDigit(PeekNext(pos + len));
    };
    if (IsDigit(prev_)) {
      if (next == '%') return true;
      if (next == '.') return spaced_digit_after(j) || SpacedNumberInProse(begin, j);
      if (!IsDigit(next)) return false;
      if (SpacedNumberInProse(begin, j)) return true;
      // Both digits alone: the one before begin has no digit or point before it, the one at j none after it.
      std::size_t b = begin;
      do --b; while (b > 0 && (p_[b] & 0xC0) == 0x80);
      char32_t before_left = b > 0 ? CharBefore(b) : kStart;
      CharAt(j, &len);
      char32_t after_right = j + len < n_ ? CharAt(j + len, &len) : kStart;
      return !IsDigit(before_left) && before_left != '.' && !IsDigit(after_right) && after_right != ',' &&
             !IsAsciiAlpha(before_left) && !IsAsciiAlpha(after_right);
    }
    if (prev_ == '.' && IsDigit(next)) {
      std::size_t b = begin;
      do --b; while (b > 0 && (p_[b] & 0xC0) == 0x80);  // the point
      return spaced_digit_before(b) || SpacedNumberInProse(begin, j);
    }
    return false;
  }

  // Whether the spaces [begin, j) cut one number of running Chinese text (达12 3.5亿元, 超过68 00人, 增长6 .1%,
  // 收入98. 4亿元): the number before them follows a Chinese character or punctuation mark, the one after them ends
  // before a Chinese character or a percent sign, and a decimal point is on one side at most. Two numbers do not
  // stand side by side in prose; in a table the cells have spaces on both sides (产值 120 135亿元), and a year
  // before 年 stays a year (2023 2024年). Next to the point (和 6. 3%), spaces may stand before the number too: no
  // table cell ends or starts with a point. A line break before `begin` that was joined is part of the number.
  bool SpacedNumberInProse(std::size_t begin, std::size_t j) const {
    if (j - begin > 3) return false;  // one space (an ideographic one is three bytes)
    auto numeric = [](char32_t c) { return IsDigit(c) || c == '.' || c == ','; };
    std::size_t b = begin;
    int points = 0, left_digits = 0;
    while (b > line_start_) {
      char32_t c = CharBefore(b);
      // A break joined inside the number (达到2⏎3 386元, 7⏎. 26亿千瓦时).
      if ((c == '\n' || c == '\r') && (left_digits > 0 || points > 0)) {
        --b;
        continue;
      }
      if (!numeric(c)) break;
      points += c == '.';
      left_digits += IsDigit(c);
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    std::size_t len = 0;
    const bool at_point = CharBefore(begin) == '.' || (j < n_ && CharAt(j, &len) == '.');
    while (at_point && b > line_start_ && (p_[b - 1] == ' ' || p_[b - 1] == '\t')) --b;
    if (b > line_start_ && CharBefore(b) == '-' && MinusSignEndsAt(b)) --b;  // 为-6 500万元
    if (left_digits == 0 || b <= line_start_ || !IsCjk(CharBefore(b))) return false;
    std::size_t e = j;
    int right_digits = 0;
    char32_t c = 0;
    while (e < n_) {
      c = CharAt(e, &len);
      if (!IsDigit(c) && c != '.') break;
      points += c == '.';
      right_digits += IsDigit(c);
      e += len;
    }
    // 达６ .⏎8%: the point alone before a line break, the digits after it.
    if (e < n_ && right_digits == 0 && e == j + 1 && points == 1 && (c == '\n' || c == '\r') &&
        IsDigit(PeekPastWhitespace(e))) {
      return true;
    }
    if (e >= n_ || right_digits == 0 || points > 1) return false;
    if (c == U'年' && right_digits == 4) return false;
    // What follows is the number's unit: a Chinese character or a percent sign, a Latin unit (3 00GW, 40 00P), or
    // one of those after spaces or a line break OCR put before the unit too (85 00⏎亿元, 1 50 家).
    if (IsAsciiAlpha(c)) return true;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      const bool decimal_cut = CharBefore(e) == '.';  // 21 5.⏎7万标箱: the number goes on after the break
      std::size_t f = e;
      bool line_break = false;
      for (; f < n_ && (p_[f] == ' ' || p_[f] == '\t' || p_[f] == '\n' || p_[f] == '\r'); ++f) {
        line_break = line_break || p_[f] == '\n' || p_[f] == '\r';
      }
      c = PeekPastWhitespace(e);
      if (decimal_cut && IsDigit(c)) return true;
      // 2 03⏎1万人次: a digit group cut by a line break too, the unit after the digits on the next line.
      if (line_break && IsDigit(c) && UnitAfterDigits(f)) return true;
    }
    return IsHan(c) || c == '%' || c == 0x2030;
  }

  // Copies whitespace [pos_, end): CR and CRLF become LF, other spaces a space, invisible characters go, the rest
  // stays.
  void KeepWhitespace(std::size_t end) {
    while (pos_ < end) {
      unsigned char c = p_[pos_];
      if (c == '\r') {
        Replace("\n", pos_ + 1 < n_ && p_[pos_ + 1] == '\n' ? pos_ + 2 : pos_ + 1);
      } else if (c >= 0x80) {
        char32_t cp = 0;
        std::size_t len = DecodeUtf8(in_, pos_, &cp);
        if (IsInvisible(cp)) {
          Delete(pos_ + len);
        } else {
          Replace(" ", pos_ + len);
        }
      } else {
        ++pos_;
      }
    }
  }

  // Whether the spaces [begin, end) on the document's first line part the clauses of a headline (稳中有进 规上工业增加值
  // 增长6.2%; 包河区新登记经营主体2.31万户 营商环境持续优化): the line is a title (its physical line no wider than
  // kTitleChars, without a full stop, with one run of spaces and a line break after it), and at least three
  // characters stand on either side of the spaces before the next space or the line's ends, so a word OCR spaced out
  // letter by letter (本 报 讯) is not one.
  bool HeadlineSpace(std::size_t begin, std::size_t end) const {
    constexpr std::size_t kTitleChars = 48;
    if (physical_line_start_ != layout_begin_) return false;  // the document's first line only
    std::size_t eol = end;
    const std::size_t limit = std::min(n_, end + 4 * kTitleChars);
    while (eol < limit && p_[eol] != '\n' && p_[eol] != '\r') ++eol;
    if (eol == limit) return false;  // no line break within a title's width: no title (or a text of one line)
    const std::string_view line = in_.substr(physical_line_start_, eol - physical_line_start_);
    if (line.find("。") != std::string_view::npos || CountCodePoints(line) > kTitleChars) return false;
    // One run of spaces between its clauses: a line of several is a table's header (序号 项目名称 总投资).
    std::size_t runs = 0;
    for (std::size_t k = physical_line_start_; k < eol;) {
      std::size_t space = InlineSpaceAt(k);
      if (!space) {
        ++k;
        continue;
      }
      if (++runs > 1) return false;
      for (; space; space = k < eol ? InlineSpaceAt(k) : 0) k += space;
    }
    std::size_t before = 0, after = 0;
    for (std::size_t k = begin; k > physical_line_start_ && before < 3; ++before) {
      do --k; while (k > physical_line_start_ && (p_[k] & 0xC0) == 0x80);
      if (InlineSpaceAt(k)) break;
    }
    for (std::size_t k = end, len = 0; k < eol && after < 3 && !InlineSpaceAt(k); k += len ? len : 1, ++after) {
      CharAt(k, &len);
    }
    return before >= 3 && after >= 3;
  }

  // Whether the line breaks in [begin, end) go (breaks: how many). The heuristic, in order:
  //  1. the previous line ends a sentence (。！？；：… or one of them before a closing quote): keep;
  //  2. a number cut from its unit or digits (80 / 亿人, 1.5 / 亿元, 253. / 63亿元, 2 / 000个, 20 / 24年): join.
  //     When digits follow, only if a unit rather than a date word follows them (after a space and a group of three
  //     digits too: 2 / 3 386元), or the halves make a four-digit year, so "5." at a paragraph end before "3月…" is
  //     not read as 5.3 (and the break stays), and never after a table cell (三期　　85　　22 / 12英寸…); digits
  //     ending an ASCII token (sp20241122), a time or a date (10:56:48, 2024-11-22) are not a number;
  //     Latin letters after the digits (12.5 / EFLOPS) are the number's unit: join with a space;
  //     2a. a date cut between its parts (2026年3月 / 18日): join;
  //     2b. a range cut after its dash or 至 (1— / 5月, 5%— / 6%, 2023年至 / 2025年): join, even across a blank line;
  //     2c. a magnitude cut from its unit (412亿 / 元, not 破千亿): join;
  //     2d. ASCII letters right after a number (12.5EFl / ops, 18EF / L / OPS, ３２ＴＯ / ＰＳ: a unit cut): join
  //         without a space;
  //     2e. a Chinese character before, a percentage, a change in points or a share in tenths after (同比增长 /
  //         6.1%, 提高 / 1.2、0.9个百分点, 增超 / 四成): join;
  //  3. the next line opens a list item or a heading mark (#, ●, 一、, （一）, 1.): keep;
  //  4. the next line starts with punctuation that cannot open a paragraph (，。、) …) or with a word that ends a
  //     phrase (以来, 以上, 左右 …), or the previous line ends with a comma or 、 (no heading ends so): join;
  //  5. the previous line is a markdown heading: keep;
  //  6. the previous line is short against the document's typical line width (< 80% of the median and
  //     < kHeadingWidth: titles, bylines, captions, section heads) with its brackets and quotes balanced, or the
  //     next line is short and does not end a sentence (a heading after a paragraph cut by OCR), while the previous
  //     one does not hold a clause boundary (，；) and end in a character (the middle of a sentence: 房地产市场方面，
  //     全省房地产开发 / 投资3926.4亿元): keep — but in a document whose paragraphs are separated by blank lines,
  //     only when a blank line follows;
  //     5 and 6 keep no break inside a word of the lexicons (NormalizerOptions::words: 先进智能算 / 力);
  //  7. otherwise the break is inside a sentence: join (with a space between two Latin words or two numbers).
  Break DecideBreak(std::size_t begin, std::size_t end, char32_t next, int breaks) const {
    if (prev_ == kStart || prev_ == kLineBreak || end >= n_) return Break::kKeep;
    char32_t last = prev_;
    char32_t before = begin > line_start_ ? CharBeforeChar(begin) : kStart;
    // A semicolon ends a clause, not a paragraph: after one line break the sentence goes on (…同比增长22.7%； / 其中
    // 纯电动车型…), unless the next line opens a list item (（一）…； / （二）…).
    if ((last == 0xFF1B || last == ';') && breaks == 1) {
      return StartsListItem(end) || NumberedRow(end) ? Break::kKeep : Break::kJoin;
    }
    // (OCR may set the point apart from its digits: 研发投入强度达６ . / 8%.)
    const bool spaced_point = last == '.' && before == ' ' && begin >= line_start_ + 3 && p_[begin - 2] == ' ' &&
                              IsDigit(CharBeforeChar(begin - 1));
    if (IsSentenceEnd(last) || last == 0x3002 || (IsClosing(last) && (IsSentenceEnd(before) || before == 0x3002)) ||
        (last == '.' && !IsDigit(before) && !spaced_point)) {
      return Break::kKeep;
    }
    bool decimal_cut = last == '.' && (IsDigit(before) || spaced_point);
    // (A look-alike letter the pass read as a digit ends the number as one: 45l / 2.6亿元.)
    const bool lookalike_end = IsDigit(last) && begin > line_start_ && IsDigitLookalike(p_[begin - 1]);
    if ((IsDigit(last) || decimal_cut) && NumberEndsAt(lookalike_end ? begin - 1 : begin)) {
      if (IsHan(next)) return Break::kJoin;
      if (IsDigit(next)) {
        if (TableCellEndsAt(begin)) return Break::kKeep;  // …三期　　85　　22 / 12英寸晶圆…: two cells, two rows
        return UnitAfterDigits(end) || (!decimal_cut && (YearCut(begin, end) || DatePartCut(begin, end)))
                   ? Break::kJoin
                   : Break::kKeep;
      }
      // A Latin unit on the next line (12.5 / EFLOPS, 3 / GW): the number's, set apart by a space.
      if (IsAsciiAlpha(next) && !decimal_cut) return Break::kJoinWithSpace;
      // A decimal point opening the next line (7 / . 26亿千瓦时): the number goes on.
      if (next == '.' && !decimal_cut && DigitAfterPoint(end)) return Break::kJoin;
      // A range whose dash opens the next line (1 / —9月, 2023 / -2025年).
      if (!decimal_cut && IsRangeDash(next) && DigitAfterDash(end)) return Break::kJoin;
    }
    // A unit per unit cut after its slash (4万片/ / 月): no line of prose ends in one.
    if (last == '/' && IsHan(before) && IsHan(next)) return Break::kJoin;
    // A Chinese numeral cut from its unit of time or count (过去一 / 年, 近三 / 个月).
    if (IsChineseDigit(last) && std::u32string_view(U"年月日天周季个").find(next) != std::u32string_view::npos) {
      return Break::kJoin;
    }
    // …or from its magnitude (超六 / 百万人次, 两 / 千亿元): no line ends inside a Chinese number.
    if (IsChineseDigit(last) && std::u32string_view(U"十百千万亿").find(next) != std::u32string_view::npos) {
      return Break::kJoin;
    }
    // 2a. a date cut between its parts (2026年3月 / 18日, 2024年 / 5月): join.
    if ((last == U'年' || last == U'月') && IsDigit(next) && IsDigit(before) && DatePartAfterDigits(end)) {
      return Break::kJoin;
    }
    // 2b. a range cut after its dash or 至 (1— / 5月, 5%— / 6%, 2024— / 2025年, 2023年至 / 2025年), even across a
    // blank line: no line ends there.
    bool dash = IsRangeDash(last);
    bool to = last == U'至' && (IsDigit(before) || before == U'年' || before == U'月' || before == U'日');
    if (((dash && (IsDigit(before) || before == '%')) || to) && IsDigit(next)) return Break::kJoin;
    // 2c. a magnitude cut from its unit (412亿 / 元, 3.62亿 / 美元): a line never ends in a number's magnitude.
    if ((last == U'万' || last == U'亿') && IsHan(next) && MagnitudeOfNumberEndsAt(begin)) return Break::kJoin;
    // …and a number's 余/多 cut from its unit (2300余 / 个, 1.2万多 / 家).
    if ((last == U'余' || last == U'多') && IsHan(next) && begin > line_start_) {
      std::size_t b = begin;
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);  // the 余 or 多
      if (b > line_start_ && (IsDigit(CharBefore(b)) ? NumberEndsAt(b) : MagnitudeOfNumberEndsAt(b))) {
        return Break::kJoin;
      }
    }
    // 2d. a unit cut after its number (12.5EFl / ops), or set apart from it by a space and cut into two halves that
    // make a unit word (5.8 EF / LOPS): join without a space.
    if (IsAsciiAlpha(last) && IsAsciiAlpha(next) && (AsciiWordAfterDigit(begin) || SpacedUnitCut(begin, end))) {
      return Break::kJoin;
    }
    // …and a Latin token set in Chinese text (占全省GD / P比重, 高效N型TOP / Con电池): one word, however short the line.
    if (IsAsciiAlpha(last) && IsAsciiAlpha(next) && LatinTokenInChinese(begin, end)) return Break::kJoin;
    // 2e. a percentage cut from the words before it (同比增长 / 6.1%): join; no heading ends right before one.
    if (IsHan(last) && IsDigit(next) && PercentAfterDigits(end)) return Break::kJoin;
    // …and so is a share in tenths (环比增超 / 四成, 近 / 两成).
    if (IsHan(last) && IsChineseDigit(next) && TenthsAt(end)) return Break::kJoin;
    if (StartsListItem(end) || NumberedRow(end)) return Break::kKeep;
    // A byline is a line of its own, after a title and before the text; the last character of one wrapped onto a
    // line of its own (通讯员 张 / 禾) is still its own.
    if (breaks == 1 && IsHan(last) && IsHan(next) && (BylineAt(end) || BylineAt(line_start_))) {
      return BylineAt(line_start_) && OneCharLine(end) ? Break::kJoin : Break::kKeep;
    }
    // A news lead opens a paragraph: the title above it stays a line of its own. So does a lead that opens with its
    // day (11月14日，中国人民银行…) under the document's first line when that line holds no clause or sentence
    // boundary (江澄市10月末本外币贷款余额同比增长9.6%): a title, however wide.
    if (NewsLeadAt(in_, end)) return Break::kKeep;
    if (!past_first_line_ && DayLeadAt(end) && !HoldsBoundary(line_start_, begin)) return Break::kKeep;
    // A line of one Chinese character is no heading: a drop cap, or OCR cutting a paragraph's first word (过 /
    // 去一年，全县…).
    if (breaks == 1 && IsHan(last) && IsHan(next) && before == kStart) return Break::kJoin;
    if (IsContinuationStart(next) || IsSeparator(last) || StartsContinuationWord(end)) return Break::kJoin;
    // A word of the domain cut in two (先进智能算 / 力, 1700平 / 方米) is no heading end, whatever the widths say.
    // (Looked up only where a break would be kept: most breaks are decided before.)
    auto no_word_cut = [&] { return !(IsHan(last) && IsHan(next) && WordSpansBreak(begin, end)); };
    if (p_[line_start_] == '#') return no_word_cut() ? Break::kKeep : Break::kJoin;
    // A numbered heading (一、2025年主要预期目标 / 地区生产总值增长6%左右): a line that opens with a list marker and
    // ends in a character, without a clause boundary, no wider than a heading. Joined, its words would grow into
    // the metric of the first figure below. A heading that a sentence follows on its line ((一)工业生产。一季度园区规
    // / 上工业增加值…) ends there: the line ends inside that sentence.
    if (IsHan(last) && StartsListItem(line_start_) && !HoldsBoundary(line_start_, begin) &&
        NarrowerThan(p_ + line_start_, begin - line_start_, kHeadingWidth + 1) && !Unbalanced() && no_word_cut()) {
      return Break::kKeep;
    }
    // The document's first line before a blank line (with the lines OCR wrapped it into), holding no clause or
    // sentence boundary and no wider than two headings, is its title (华芯科技发布2024年年报：营收净利双增长
    // 研发投入占比创新高) when blank lines set the paragraphs apart (not every line: double-spaced text), or when it
    // is clearly wider than the lines of the text (so not one that OCR wrapped at the column). Joined, the title's
    // year would no longer be read as the year the article is about.
    if (breaks >= 2 && !past_first_line_) {
      const std::size_t len = begin - line_start_;
      if ((!layout().blank_lines || !NarrowerThan(p_ + line_start_, len, layout().typical_width * 5 / 4 + 1)) &&
          NarrowerThan(p_ + line_start_, len, 2 * kHeadingWidth + 1) && !HoldsBoundary(line_start_, begin) &&
          !Unbalanced() && no_word_cut()) {
        return Break::kKeep;
      }
    }
    if (breaks >= 2 || !layout().blank_lines) {
      std::size_t short_width = std::min<std::size_t>(layout().typical_width * 8 / 10, kHeadingWidth);
      // (Not a line that holds a clause boundary and ends in a character: the middle of a sentence, as below; a
      // heading of two clauses has a blank line after it: 聚企成“链”，构建特色产业体系.)
      auto mid_sentence = [&] { return IsHan(last) && HoldsClauseBoundary(line_start_, begin); };
      if (NarrowerThan(p_ + line_start_, begin - line_start_, short_width) && !Unbalanced() &&
          !(breaks == 1 && mid_sentence()) && no_word_cut()) {
        return Break::kKeep;
      }
      // A narrow next line is a heading, unless this line is the middle of a sentence: it holds a clause
      // boundary (，；) and ends in a character, as OCR leaves text cut anywhere (…；第二产业增加 / 值2418.9亿元).
      std::size_t eol = end;
      while (eol < n_ && eol - end < BytesForWidth(short_width) && p_[eol] != '\n' && p_[eol] != '\r') ++eol;
      if (NarrowerThan(p_ + end, eol - end, short_width) && !LineEndsSentence(end, eol) && !mid_sentence() &&
          no_word_cut()) {
        return Break::kKeep;
      }
    }
    if ((IsAsciiAlpha(last) && IsAsciiAlpha(next)) || (IsDigit(last) && IsDigit(next))) {
      return Break::kJoinWithSpace;  // two words, or two numbers rule 2 could not tie together
    }
    return Break::kJoin;
  }

  // Whether the Latin letters ending the line at `end_of_line` and those opening the next at `next_line` are one
  // token set in Chinese text: a Chinese character before the first and after the last.
  bool LatinTokenInChinese(std::size_t end_of_line, std::size_t next_line) const {
    std::size_t b = end_of_line;
    while (b > line_start_ && IsAsciiAlpha(CharBefore(b))) --b;
    if (b == line_start_ || !IsCjk(CharBefore(b))) return false;
    std::size_t e = next_line, len = 0;
    char32_t c = kStart;
    while (e < n_ && IsAsciiAlpha(c = CharAt(e, &len))) e += len;
    return e < n_ && IsCjk(c);
  }

  // Whether the output since the start of the line opens more brackets or quotes than it closes: 时空节拍（杭 or
  // 人大代表“大调研 is a sentence cut by OCR, never a heading.
  bool Unbalanced() const {
    const std::string& t = out_->text;
    int depth = 0;
    for (std::size_t k = line_out_start_; k + 2 < t.size(); ++k) {
      if (t[k] != '\xE2' && t[k] != '\xEF' && t[k] != '\xE3') continue;
      std::string_view c(t.data() + k, 3);
      if (c == "“" || c == "（" || c == "《" || c == "「") ++depth;
      if (c == "”" || c == "）" || c == "》" || c == "」") --depth;
    }
    return depth > 0;
  }

  // The character before the one that ends at end (the second-to-last of a line), folded.
  char32_t CharBeforeChar(std::size_t end) const {
    std::size_t b = end - 1;
    while (b > line_start_ && (p_[b] & 0xC0) == 0x80) --b;
    return b > line_start_ ? CharBefore(b) : kStart;
  }

  // Whether the line at j is a byline: it opens with a reporter's credit (本报记者 李秋实 通讯员 张禾, 记者 王敏) and
  // holds nothing of a sentence: no digit, no punctuation, none of the verbs a sentence about the reporter has
  // (记者从市统计局获悉: 从, 获悉 …), and it is no wider than a heading.
  bool BylineAt(std::size_t j) const {
    static constexpr std::string_view kOpeners[] = {"本报记者", "本报通讯员", "特约记者", "见习记者", "新华社记者",
                                                     "记者", "通讯员"};
    static constexpr std::string_view kSentenceWords[] = {"从", "获悉", "了解", "表示", "采访", "介绍", "报道",
                                                          "日电", "，", "。", "；", "：", "、"};
    while (j < n_ && (p_[j] == ' ' || p_[j] == '\t')) ++j;
    const std::string_view rest(reinterpret_cast<const char*>(p_) + j, n_ - j);
    if (std::none_of(std::begin(kOpeners), std::end(kOpeners),
                     [&rest](std::string_view w) { return rest.substr(0, w.size()) == w; })) {
      return false;
    }
    std::size_t eol = j;
    while (eol < n_ && eol - j < BytesForWidth(kHeadingWidth) && p_[eol] != '\n' && p_[eol] != '\r') ++eol;
    const std::string_view line = rest.substr(0, eol - j);
    if (!NarrowerThan(p_ + j, eol - j, kHeadingWidth + 1) || line.find_first_of("0123456789,.;:") != line.npos) {
      return false;
    }
    return std::none_of(std::begin(kSentenceWords), std::end(kSentenceWords),
                        [&line](std::string_view w) { return line.find(w) != std::string_view::npos; });
  }

  // Whether the line at j is one character wide at most (a character OCR wrapped onto a line of its own).
  bool OneCharLine(std::size_t j) const {
    std::size_t eol = j;
    while (eol < n_ && eol - j < 8 && p_[eol] != '\n' && p_[eol] != '\r') ++eol;
    return (eol == n_ || p_[eol] == '\n' || p_[eol] == '\r') && Width(p_ + j, eol - j) <= 2;
  }

  bool LineEndsSentence(std::size_t begin, std::size_t end) const {
    while (end > begin && (p_[end - 1] == ' ' || p_[end - 1] == '\t')) --end;
    if (end == begin) return false;
    char32_t last = CharBefore(end);
    if (IsSentenceEnd(last) || last == 0x3002) return true;
    if (!IsClosing(last)) return false;
    std::size_t b = end - 1;
    while (b > begin && (p_[b] & 0xC0) == 0x80) --b;
    if (b <= begin) return false;
    char32_t before = CharBefore(b);
    return IsSentenceEnd(before) || before == 0x3002;
  }

  // Whether the '.' at j is followed by a digit, across one OCR space (. 26).
  bool DigitAfterPoint(std::size_t j) const {
    std::size_t k = j + 1;
    if (k < n_ && p_[k] == ' ') ++k;
    return k < n_ && IsDigit(p_[k]);
  }

  // Whether the digits (and decimal point) ending at end form a number: not the tail of an ASCII token such as an
  // ID (sp20241122) or a model name, nor of a time or date (10:56:48, 2024-11-22, 2024/11/22) closing a dateline.
  bool NumberEndsAt(std::size_t end) const {
    for (std::size_t b = end; b > line_start_;) {
      char32_t c = CharBefore(b);
      // A look-alike letter between two digits reads as one (6l2 / 家, 1O5 / 亿元: the pass reads them 612, 105).
      if (b < end && b - 1 > line_start_ && c < 0x80 && IsDigitLookalike(static_cast<unsigned char>(c)) &&
          IsDigit(CharBefore(b - 1))) {
        --b;
        continue;
      }
      if (!IsDigit(c) && c != '.' && c != ',') {
        return !IsAsciiAlpha(c) && c != ':' && c != '/' && (c != '-' || MinusSignEndsAt(b));
      }
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    return true;
  }

  // Whether the - ending at `end` is a minus sign: a Chinese character before it (上年同期为-65 / 00万元), not a
  // digit or letter of a code or date (2024-11, GB-2).
  bool MinusSignEndsAt(std::size_t end) const {
    return end - 1 > line_start_ && IsCjk(CharBefore(end - 1));
  }

  // Whether the line at j starts with a word that never opens a sentence or heading: it ends the phrase before the
  // break (“十四五” / 以来, 开年 / 以来, 25个 / 以上), or it is the particle 的 (恢复至2019年同期 / 的126%; not 的确).
  bool StartsContinuationWord(std::size_t j) const {
    static constexpr std::string_view kWords[] = {"以来", "以上", "以下", "以内", "左右", "期间", "之间"};
    std::string_view rest(reinterpret_cast<const char*>(p_) + j, n_ - j);
    for (std::string_view w : kWords) {
      if (rest.substr(0, w.size()) == w) return true;
    }
    return rest.substr(0, 3) == "的" && rest.substr(3, 3) != "确";
  }

  // Whether a word of words_ is the end of the line before `begin` followed by the start of the next line at `end`
  // (Chinese characters only, simplified, up to kMaxWordChars in all).
  bool WordSpansBreak(std::size_t begin, std::size_t end) const {
    if (words_.empty()) return false;
    auto has = [](const std::vector<std::uint64_t>& bits, char32_t c) {
      return c < 0x10000 && (bits[c >> 6] >> (c & 63)) & 1;
    };
    char32_t tail[kMaxWordChars], head[kMaxWordChars];
    std::size_t tails = 0, heads = 0;
    // Spaces between the characters are OCR's (生 / 产 总值): stepped over, as Whitespace drops them.
    for (std::size_t b = begin; b > line_start_ && tails + 1 < kMaxWordChars;) {
      if (tails > 0 && (p_[b - 1] == ' ' || p_[b - 1] == '\t')) {
        --b;
        continue;
      }
      char32_t c = CharBefore(b);
      if (char32_t simplified = table_.Simplified(c)) c = simplified;
      if (!IsHan(c) || (tails == 0 && !has(not_last_, c))) break;
      tail[tails++] = c;
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    for (std::size_t j = end, len = 0; j < n_ && heads + 1 < kMaxWordChars; j += len) {
      if (heads > 0 && (p_[j] == ' ' || p_[j] == '\t')) {
        len = 1;
        continue;
      }
      char32_t c = CharAt(j, &len);
      if (char32_t simplified = table_.Simplified(c)) c = simplified;
      if (!IsHan(c) || (heads == 0 && !has(not_first_, c))) break;
      head[heads++] = c;
    }
    std::string key;
    for (std::size_t a = 1; a <= tails; ++a) {
      for (std::size_t b = 1; b <= heads && a + b <= kMaxWordChars; ++b) {
        key.clear();
        for (std::size_t k = a; k-- > 0;) AppendUtf8(tail[k], &key);
        for (std::size_t k = 0; k < b; ++k) AppendUtf8(head[k], &key);
        if (std::binary_search(words_.begin(), words_.end(), key)) return true;
      }
    }
    return false;
  }

  // Whether the line at j opens with a day and a comma (11月14日，…): a news lead's.
  bool DayLeadAt(std::size_t j) const {
    std::size_t len = 0;
    auto digits = [&](std::size_t* at) {
      std::size_t n = 0;
      while (*at < n_ && n < 3 && IsDigit(CharAt(*at, &len))) *at += len, ++n;
      return n >= 1 && n <= 2;
    };
    if (!digits(&j) || j >= n_ || CharAt(j, &len) != U'月') return false;
    j += len;
    if (!digits(&j) || j >= n_ || CharAt(j, &len) != U'日') return false;
    j += len;
    if (j >= n_) return false;
    const char32_t c = CharAt(j, &len);
    return c == U'，' || c == ',';
  }

  // Whether digits at j are followed by a date part (月 日 号): 18日, 5月.
  bool DatePartAfterDigits(std::size_t j) const {
    std::size_t len, digits = 0;
    char32_t c = kStart;
    for (; j < n_ && digits <= 2; j += len, ++digits) {
      c = CharAt(j, &len);
      if (!IsDigit(c)) break;
    }
    return digits >= 1 && digits <= 2 && (c == U'月' || c == U'日' || c == U'号');
  }

  // Whether input [b, e) holds a clause or sentence boundary (，；。): what a title or a heading never holds.
  bool HoldsBoundary(std::size_t b, std::size_t e) const {
    return HoldsClauseBoundary(b, e) ||
           std::string_view(reinterpret_cast<const char*>(p_) + b, e - b).find("。") != std::string_view::npos;
  }

  // Whether input [b, e) holds a clause boundary: ， or ；(full-width or ASCII).
  bool HoldsClauseBoundary(std::size_t b, std::size_t e) const {
    std::string_view line(reinterpret_cast<const char*>(p_) + b, e - b);
    return line.find("，") != std::string_view::npos || line.find("；") != std::string_view::npos ||
           line.find(',') != std::string_view::npos || line.find(';') != std::string_view::npos;
  }

  // Whether the 万 or 亿 ending at end closes a number written in digits (412亿, 1.2万亿, 3.6 亿; not 破千亿).
  bool MagnitudeOfNumberEndsAt(std::size_t end) const {
    std::size_t b = end;
    for (int magnitudes = 0; b > line_start_ && magnitudes < 3; ++magnitudes) {
      char32_t c = CharBefore(b);
      if (c != U'万' && c != U'亿' && c != U'千') break;
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    if (b == end) return false;
    // 3.6 亿 / 股: OCR sets the magnitude apart.
    while (b > line_start_ && (p_[b - 1] == ' ' || p_[b - 1] == '\t')) --b;
    return b > line_start_ && IsDigit(CharBefore(b)) && NumberEndsAt(b);
  }

  // Whether the digits before end_of_line and the digits from next_line on make a four-digit year: 20 / 24年.
  bool YearCut(std::size_t end_of_line, std::size_t next_line) const {
    std::size_t digits = 0;
    for (std::size_t b = end_of_line; b > line_start_ && digits <= 4; ++digits) {
      if (!IsDigit(CharBefore(b))) break;
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    std::size_t len = 0, j = next_line;
    char32_t c = kStart;
    for (; j < n_ && digits <= 4; j += len, ++digits) {
      c = CharAt(j, &len);
      if (!IsDigit(c)) break;
    }
    // 2025年, and the first year of a range (（202 / 5—2027年）).
    return digits == 4 && (c == U'年' || (IsRangeDash(c) && DigitAfterDash(j)));
  }

  // A month or day number cut in two (2025年1 / 1月06日, 11月1 / 8日): one digit after 年 or 月 before the break, one
  // after it, and together a month before 月 (at most 12) or a day before 日/号 (at most 31).
  bool DatePartCut(std::size_t end_of_line, std::size_t next_line) const {
    if (end_of_line <= line_start_ + 1 || !IsDigit(CharBefore(end_of_line))) return false;
    const char32_t unit_before = CharBefore(end_of_line - 1);
    std::size_t len;
    const char32_t second = CharAt(next_line, &len);
    if (!IsDigit(second) || next_line + len >= n_) return false;
    const char32_t unit_after = CharAt(next_line + len, &len);
    const int value = static_cast<int>(CharBefore(end_of_line) - '0') * 10 + static_cast<int>(second - '0');
    if (unit_before == U'年' && unit_after == U'月') return value >= 1 && value <= 12;
    // 10月, 11月, 12月 after a clause or sentence boundary, a preposition or a range's dash (受国庆假期带动，1 /
    // 0月1日至7日, 1—1 / 0月, …和6.9%。1 / 0月份，…).
    if (unit_after == U'月' && value >= 10 && value <= 12 &&
        std::u32string_view(U",:;、。!?自从至到和及与—–-~～").find(unit_before) != std::u32string_view::npos) {
      return true;
    }
    if (unit_before == U'月' && (unit_after == U'日' || unit_after == U'号')) return value >= 1 && value <= 31;
    return false;
  }

  // Digits at j followed by a unit or magnitude rather than a date or list word (年月日号时点).
  bool UnitAfterDigits(std::size_t j) const {
    std::size_t len;
    char32_t c = kStart;
    for (; j < n_; j += len) {
      c = CharAt(j, &len);
      if (!IsDigit(c) && c != '.' && c != ',') break;
    }
    if (j >= n_) return false;
    if (c == ' ' && j + 1 < n_) {  // 2.35 亿元, 500 GW: a space before a magnitude or Latin unit (not 2 台州…: a row)
      c = CharAt(j + 1, &len);
      if (IsDigit(c)) {  // 2 / 3 386元, 2 / 86 0亩: digits set apart by OCR's space, then the unit
        std::size_t k = j + 1;
        while (k < n_ && IsDigit(c = CharAt(k, &len))) k += len;
        return k < n_ && (c == '%' || (IsHan(c) && !IsDateWord(c)));
      }
      // 1 / 0 家，: a one-character unit that ends the clause (a table row goes on: 2 台州智能制造产业园).
      if (IsHan(c) && !IsDateWord(c) && j + 1 + len < n_) {
        std::size_t after_len = 0;
        const char32_t after = CharAt(j + 1 + len, &after_len);
        // (CharAt folds: the full-width comma and semicolon read as ASCII.)
        if (after == ',' || after == ';' || after == 0xFF0C || after == 0xFF1B || after == 0x3002 || after == 0x3001) {
          return true;
        }
      }
      return c == U'亿' || c == U'万' || c == U'元' || c == '%' || IsAsciiAlpha(c);
    }
    if (c == '%' || c == 0x2030 || IsAsciiAlpha(c)) return true;  // 10%, 808P, 2GW
    return IsHan(c) && !IsDateWord(c);
  }

  // The characters after digits that make them a date, a time, an ordinal or an edition rather than an amount.
  static bool IsDateWord(char32_t c) {
    for (char32_t no : {U'年', U'月', U'日', U'号', U'时', U'点', U'届', U'次', U'版'}) {
      if (c == no) return true;
    }
    return false;
  }

  // Whether the ASCII letters that end at `end` directly follow a digit (12.5EFl, 808P): a unit, not a word.
  bool AsciiWordAfterDigit(std::size_t end) const {
    // CharBefore folds full-width letters and digits (３２ＴＯ / ＰＳ, ３．５EFLO / PS).
    // Line breaks already joined inside the word are crossed (18EF / L / OPS).
    std::size_t b = end;
    bool letters = false;
    while (b > line_start_) {
      char32_t c = CharBefore(b);
      if (IsAsciiAlpha(c)) {
        letters = true;
      } else if (c != '\n' && c != '\r') {
        break;
      }
      do --b; while (b > line_start_ && (p_[b] & 0xC0) == 0x80);
    }
    return b > line_start_ && letters && IsDigit(CharBefore(b));
  }

  // Whether the Latin letters before `begin` follow a number and a space, and make a word of latin_words_ (a unit)
  // with the letters from `end` on, compared in capitals: 5.8 EF / LOPS. (Not 5 AI / chips: no such word.)
  bool SpacedUnitCut(std::size_t begin, std::size_t end) const {
    constexpr std::size_t kMaxLetters = 12;
    std::size_t b = begin;
    while (b > line_start_ && begin - b < kMaxLetters && IsAsciiAlpha(static_cast<unsigned char>(p_[b - 1]))) --b;
    std::size_t s = b;
    while (s > line_start_ && (p_[s - 1] == ' ' || p_[s - 1] == '\t')) --s;
    if (s == b || s == line_start_ || !IsDigit(CharBefore(s))) return false;
    std::size_t e = end;
    while (e < n_ && e - end < kMaxLetters && IsAsciiAlpha(static_cast<unsigned char>(p_[e]))) ++e;
    std::string word(reinterpret_cast<const char*>(p_) + b, begin - b);
    word.append(reinterpret_cast<const char*>(p_) + end, e - end);
    ToAsciiUpper(&word);
    return std::binary_search(latin_words_.begin(), latin_words_.end(), word);
  }

  static bool IsRangeDash(char32_t c) { return c == 0x2014 || c == 0x2013 || c == '-' || c == '~' || c == 0x301C; }
  static bool IsChineseDigit(char32_t c) {
    return std::u32string_view(U"一二两三四五六七八九十").find(c) != std::u32string_view::npos;
  }

  // Whether the dash at j is followed by a digit (—9月).
  bool DigitAfterDash(std::size_t j) const {
    std::size_t len;
    CharAt(j, &len);
    return j + len < n_ && IsDigit(PeekNext(j + len));
  }

  // Whether the digits from j on are a percentage or a change in points: 6.1%, 6.1％, 5‰, 1.2个百分点.
  bool PercentAfterDigits(std::size_t j) const {
    std::size_t len;
    char32_t c = kStart;
    for (; j < n_; j += len) {
      c = CharAt(j, &len);
      if (!IsDigit(c) && c != '.' && c != 0x3001) break;  // 1.2、0.9个百分点: an enumeration of them
    }
    if (j >= n_) return false;
    if (c == '%' || c == 0xFF05 || c == 0x2030) return true;
    std::string_view rest(reinterpret_cast<const char*>(p_) + j, n_ - j);
    return rest.substr(0, 12) == "个百分点" || rest.substr(0, 9) == "百分点";
  }

  // Whether a share in tenths opens j: a Chinese numeral of one or two characters, then 成 (四成, 七八成).
  bool TenthsAt(std::size_t j) const {
    std::size_t len;
    for (int k = 0; k < 3 && j < n_; ++k, j += len) {
      const char32_t c = CharAt(j, &len);
      if (c == U'成') return k > 0;
      if (!IsChineseDigit(c)) return false;
    }
    return false;
  }

  // A list item or heading mark at j: # * • ● ○ ■ □ ▲ △ ◆ ◇ ★ ☆ 【 〔, 一、 / 1、 / 1. / （一） / (1).
  // The row number at the start of the line at j (spaces skipped): 1 to 3 digits followed by an inline space, or -1.
  long RowNumberAt(std::size_t j) const {
    while (j < n_ && (p_[j] == ' ' || p_[j] == '\t')) ++j;
    long n = 0;
    std::size_t digits = 0, len = 0;
    for (char32_t c; j < n_ && digits <= 3 && IsDigit(c = CharAt(j, &len)); j += len, ++digits) n = n * 10 + (c - '0');
    return digits >= 1 && digits <= 3 && j < n_ && InlineSpaceAt(j) ? n : -1;
  }

  // Whether the line starting at j is a numbered row of a table (1 年产20万吨高端铝材项目 35.6): a row number
  // whose neighbour line carries the next or the previous number. Its number is no figure: the space after it is
  // kept, and so is the line break before it.
  bool NumberedRow(std::size_t j) const {
    const long n = RowNumberAt(j);
    if (n < 0) return false;
    const void* nl = std::memchr(p_ + j, '\n', n_ - j);
    if (nl) {
      std::size_t next = static_cast<std::size_t>(static_cast<const unsigned char*>(nl) - p_) + 1;
      if (RowNumberAt(next) == n + 1) return true;
    }
    std::size_t e = j;  // the end of the line before
    while (e > 0 && (p_[e - 1] == ' ' || p_[e - 1] == '\t')) --e;
    if (e == 0 || (p_[e - 1] != '\n' && p_[e - 1] != '\r')) return false;
    --e;
    if (e > 0 && p_[e] == '\n' && p_[e - 1] == '\r') --e;
    std::size_t b = e;
    while (b > 0 && p_[b - 1] != '\n' && p_[b - 1] != '\r') --b;
    return n > 0 && RowNumberAt(b) == n - 1;
  }

  bool StartsListItem(std::size_t j) const {
    std::size_t len;
    char32_t c = CharAt(j, &len);
    switch (c) {
      case '#': case '*': case 0x2022: case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1: case 0x25B2:
      case 0x25B3: case 0x25C6: case 0x25C7: case 0x2605: case 0x2606: case 0x3010: case 0x3014:
        return true;
      default:
        break;
    }
    auto numeral = [](char32_t d) {
      return IsDigit(d) || std::u32string_view(U"一二三四五六七八九十").find(d) != std::u32string_view::npos;
    };
    std::size_t k = j;
    if (c == '(' || c == 0xFF08) k += len;
    std::size_t digits = 0;
    char32_t d;
    while (k < n_ && digits < 3 && numeral(d = CharAt(k, &len))) {
      k += len;
      ++digits;
    }
    if (digits == 0 || k >= n_) return false;
    char32_t after = CharAt(k, &len);
    if (c == '(' || c == 0xFF08) return after == ')' || after == 0xFF09;
    if (after == 0x3001) return true;  // 一、 1、
    if (after == '.' && IsDigit(c) && k + 1 < n_) {
      std::size_t l2;
      return !IsDigit(CharAt(k + 1, &l2));  // 1. but not 1.5
    }
    return false;
  }

  std::string_view in_;
  const unsigned char* p_;
  std::size_t n_;
  const FoldTable& table_;
  const std::vector<std::string>& words_;  // sorted, see NormalizerOptions::words
  const std::vector<std::string>& latin_words_;  // sorted, in capitals
  const std::vector<std::uint64_t>& not_last_;
  const std::vector<std::uint64_t>& not_first_;
  NormalizedText* out_;
  std::size_t pos_ = 0, run_begin_ = 0, last_special_end_ = 0;
  // The document's layout, scanned when a line break first needs it (one-line documents never do).
  const Layout& layout() const {
    if (!layout_done_) layout_ = ScanLayout(in_.substr(layout_begin_)), layout_done_ = true;
    return layout_;
  }
  mutable Layout layout_;
  std::size_t layout_begin_ = 0;  // after a BOM
  mutable bool layout_done_ = false;
  // Where the current line starts in the input / output: after the last kept line break.
  std::size_t line_start_ = 0, line_out_start_ = 0;
  std::size_t physical_line_start_ = 0;  // where the current line of the input starts, whatever was joined
  // A line break after text was kept, or a blank line decided: the line being read (with the lines joined to it)
  // is not the document's first.
  bool past_first_line_ = false;
  char32_t prev_ = kStart;  // the last character written that is not a space, folded
  bool double_open_ = false, single_open_ = false;
};

}  // namespace

Normalizer::Normalizer(const NormalizerOptions& options)
    : options_(options), table_(&FoldTable::Get(options.traditional_to_simplified)) {
  // Words are compared in the form DecideBreak reads the text in: full-width folded, traditional simplified.
  std::vector<std::string> words;
  for (const std::string& w : options_.words) {
    if (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        })) {
      std::string upper = w;
      ToAsciiUpper(&upper);
      latin_words_.push_back(std::move(upper));
      continue;
    }
    std::string folded;
    std::size_t chars = 0;
    bool han = true;
    for (std::size_t i = 0; i < w.size() && han;) {
      char32_t cp = 0;
      std::size_t len = DecodeUtf8(w, i, &cp);
      if (!len) {
        han = false;  // ill-formed: no word (lexicons are checked, but the options are public)
        break;
      }
      i += len;
      if (char32_t simplified = table_->Simplified(cp)) cp = simplified;
      han = IsHan(cp);
      AppendUtf8(cp, &folded);
      ++chars;
    }
    if (han && chars >= 2 && chars <= kMaxWordChars) words.push_back(std::move(folded));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  options_.words = std::move(words);
  std::sort(latin_words_.begin(), latin_words_.end());
  latin_words_.erase(std::unique(latin_words_.begin(), latin_words_.end()), latin_words_.end());
  if (options_.words.empty()) return;
  not_last_.assign(0x10000 / 64, 0);
  not_first_.assign(0x10000 / 64, 0);
  for (const std::string& w : options_.words) {
    for (std::size_t i = 0, k = 0; i < w.size(); ++k) {
      char32_t cp = 0;
      i += DecodeUtf8(w, i, &cp);  // well-formed: checked above
      if (cp >= 0x10000) continue;
      if (i < w.size()) not_last_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
      if (k > 0) not_first_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
    }
  }
}

void Normalizer::Normalize(std::string_view in, NormalizedText* out) const {
  out->text.clear();
  out->text.reserve(in.size() + 16);
  out->map.chunks.clear();
  // News has a chunk (a character that changes: full-width punctuation, a line break) every few dozen bytes: room
  // for that up front spares a one-sentence document several regrowths, without much memory for a large one.
  out->map.chunks.reserve(std::min<std::size_t>(16 + in.size() / 32, 4096));
  out->joins.clear();
  out->wraps.clear();
  out->invalid_utf8 = 0;
  Pass(in, *table_, options_.words, latin_words_, not_last_, not_first_, out).Run();
}

}  // namespace zhfacts::internal
