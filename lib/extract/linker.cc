// Linking: metric, metric_class, period, subject and qualifies for each numeric candidate, and the qualifier of an
// exact figure that link words keep apart from its qualifier word (大约|只能做到|20微米). See dimensions.h.
//
// metric    the nearest metric head word (metrics.tsv) before the figure in its clause, after the previous figure,
//           grown leftwards over its modifiers (规上工业|总产值) until a stop word (linker_stops.tsv), punctuation or a
//           subject name; enumerated heads (高新技术产业、战略性新兴产业增加值) are shared out over a list of figures.
//           A quantity or compute power measures the free noun phrase right after it (43个|场景, 370亩|土地), else
//           the one right before it past link words (无故障时间|超|2000个小时); linker_stops.tsv says where phrases
//           end.
// period    the value of the nearest date (not a single day, unless as_of) in the clause, else in the sentence.
//           Sentences that a line break cut in the middle (OCR) are joined first.
// subject   the nearest name ending in a subject suffix (subjects.tsv) in the sentence, else in the first sentence
//           of the paragraph (its topic).
// qualifies a growth rate or share without a metric of its own, or a share of something (占…), that directly follows
//           another figure of the sentence qualifies it, and inherits its metric, period and subject.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "date/civil.h"
#include "date/numerals.h"
#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/measure.h"
#include "normalize/segmenter.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

constexpr std::size_t kMaxModifierChars = 10;  // 战略性新兴产业 (7), 农村居民人均可支配 (9)
constexpr std::size_t kMaxSubjectChars = 14;   // 中国移动通信集团浙江有限 before 公司
constexpr std::size_t kMaxPlaceChars = 5;      // 东莞滨海湾 before 新区
constexpr std::size_t kMaxParkChars = 10;      // 郑州金水科教文化 before 产业园: a place and a theme
constexpr std::size_t kMaxNoteBytes = 36;      // (课题): a note in parentheses, with them
constexpr std::size_t kMaxQuotedChars = 6;     // 专精特新“小巨人”企业, “链主”企业
constexpr std::size_t kMaxPhraseChars = 18;    // a free noun phrase: 市级以上人工智能领域企业研发机构 (16)
// metric_class "-" in metrics.tsv: a longer word that contains a head but measures nothing (大规模).
constexpr std::string_view kNotAMetric = "-";
// Words that may follow a metric in an enumeration (742家企业和…).
const std::vector<std::string_view> kListWords = {"和", "与", "及", "等", "、", "的"};
constexpr std::size_t kMaxCountGapBytes = 12;   // 企业总数超过|22万家: metric to count, at most 4 characters
                                                // besides link words (总产量预计将达到|52.4万吨)
constexpr std::size_t kMaxForwardGapBytes = 9;   // 46亿元|做地资金: a metric right after the figure
constexpr std::size_t kMaxQualifyGapBytes = 48;  // "，按可比价格计算，同比增长" / ",占全区…的" before a qualifier

struct Word {
  std::string_view word;
  std::string_view value;
};

// Words keyed by their first (or last) code point, for lookups at one position of the text without scanning every
// word of a lexicon: the linker runs per figure.
class WordIndex {
 public:
  explicit WordIndex(bool by_last) : by_last_(by_last) {}
  void Reserve(std::size_t n) { entries_.reserve(n); }
  void Add(std::string_view word, std::string_view value = {}) {
    if (word.empty()) return;
    char32_t key = by_last_ ? CodePointBefore(word, word.size()) : CodePointAt(word, 0);
    entries_.push_back({key, static_cast<std::uint32_t>(entries_.size()), {word, value}});
    if (key < 0x10000) bmp_keys_[key >> 6] |= std::uint64_t{1} << (key & 63);
    last_bytes_[static_cast<unsigned char>(word.back())] = true;
  }
  // Whether some word ends in byte b: a search for words ending in the text tests one byte per position first.
  bool MayEndWith(char b) const { return last_bytes_[static_cast<unsigned char>(b)]; }
  void Sort() {  // by key, then in lexicon order
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& a, const Entry& b) { return a.key != b.key ? a.key < b.key : a.order < b.order; });
  }
  // Whether some word may have `key` (false: none has).
  bool MayHave(char32_t key) const { return key >= 0x10000 || (bmp_keys_[key >> 6] >> (key & 63) & 1); }
  // The first character of text at or after pos, before hi, whose code point may key a word, stepping as a DecodeUtf8
  // loop does (an ill-formed byte is a step of its own); hi if none. *cp: its code point (0 if ill-formed), *len: its
  // length (0 if ill-formed). Most characters of a text key no word: the common one, a 3-byte character, is tested
  // against the bits without being decoded first.
  std::size_t NextKeyed(std::string_view text, std::size_t pos, std::size_t hi, char32_t* cp, std::size_t* len) const {
    const unsigned char* d = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    while (pos < hi) {
      unsigned c = d[pos];
      if (c - 0xE1u <= 0xEFu - 0xE1u && c != 0xED && size - pos >= 3) {  // no range check needed (DecodeUtf8)
        unsigned c1 = d[pos + 1] ^ 0x80u, c2 = d[pos + 2] ^ 0x80u;     // the low six bits of trailing bytes
        if ((c1 | c2) < 0x40u) {
          unsigned high = (c & 0x0F) << 6 | c1;  // the code point >> 6
          if (bmp_keys_[high] >> c2 & 1) {
            *cp = static_cast<char32_t>(high << 6 | c2);
            *len = 3;
            return pos;
          }
          pos += 3;
          continue;
        }
      }
      char32_t x = 0;
      std::size_t n = DecodeUtf8(text, pos, &x);
      if (MayHave(x)) {
        *cp = x;
        *len = n;
        return pos;
      }
      pos += n ? n : 1;
    }
    return hi;
  }
  // Calls f(word) for every word whose first or last code point is `key`.
  template <typename F>
  void ForKey(char32_t key, F f) const {
    // Most code points of a text key no word: one bit test instead of a binary search.
    if (!MayHave(key)) return;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry& e, char32_t k) { return e.key < k; });
    for (; it != entries_.end() && it->key == key; ++it) f(it->word);
  }
  // Whether a word ends at `end` (by_last) / starts at `pos` (by first) in text.
  bool EndsAt(std::string_view text, std::size_t end) const { return EndsAt(text, end, CodePointBefore(text, end)); }
  // The same, with the character before `end` already decoded: key == CodePointBefore(text, end).
  bool EndsAt(std::string_view text, std::size_t end, char32_t key) const {
    bool found = false;
    ForKey(key, [&](const Word& w) {
      found = found || (end >= w.word.size() && text.compare(end - w.word.size(), w.word.size(), w.word) == 0);
    });
    return found;
  }
  bool StartsAt(std::string_view text, std::size_t pos) const { return StartsAt(text, pos, CodePointAt(text, pos)); }
  // The same, with the character at `pos` already decoded: key == CodePointAt(text, pos).
  bool StartsAt(std::string_view text, std::size_t pos, char32_t key) const {
    bool found = false;
    ForKey(key, [&](const Word& w) {
      found = found || (pos <= text.size() && text.compare(pos, w.word.size(), w.word) == 0);
    });
    return found;
  }

 private:
  struct Entry {
    char32_t key;
    std::uint32_t order;
    Word word;
  };
  bool by_last_;
  std::vector<Entry> entries_;
  std::array<std::uint64_t, 0x10000 / 64> bmp_keys_{};  // bit k: some entry has key k (BMP keys only)
  std::array<bool, 256> last_bytes_{};                  // the last bytes of the words
};

// Words keyed by each of their characters, with its offset in the word: whether some word covers a position of the
// text is one lookup of the character there, not a scan of every word at every offset.
class CoverIndex {
 public:
  void Add(std::string_view word) {
    for (std::size_t o = 0; o < word.size(); ++o) {
      if ((static_cast<unsigned char>(word[o]) & 0xC0) == 0x80) continue;  // inside a character
      char32_t key = CodePointAt(word, o);
      entries_.push_back({key, static_cast<std::uint32_t>(o), word});
      if (key < 0x10000) bmp_keys_[key >> 6] |= std::uint64_t{1} << (key & 63);
    }
  }
  void Sort() {
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  }
  // Whether a word occurs in text at pos - o, where o is the offset of one of its characters.
  bool Covers(std::string_view text, std::size_t pos) const {
    char32_t key = CodePointAt(text, pos);  // a word's character at o is the one decoded at pos
    if (key < 0x10000 && !(bmp_keys_[key >> 6] >> (key & 63) & 1)) return false;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry& e, char32_t k) { return e.key < k; });
    for (; it != entries_.end() && it->key == key; ++it) {
      if (it->offset <= pos && pos - it->offset < text.size() &&
          text.compare(pos - it->offset, it->word.size(), it->word) == 0) {
        return true;
      }
    }
    return false;
  }

 private:
  struct Entry {
    char32_t key;
    std::uint32_t offset;
    std::string_view word;
  };
  std::vector<Entry> entries_;
  std::array<std::uint64_t, 0x10000 / 64> bmp_keys_{};
};

}  // namespace

// The subjects.tsv roles of a place named without a suffix and of a suffix that alone is an ordinary word (the value
// of their entries in suffixes_by_last).
constexpr std::string_view kPlaceRole = "place";
constexpr std::string_view kCityRole = "city";  // a prefecture-level city's short name (合肥): a place, of the 市 level
constexpr std::string_view kNamedRole = "named";

// Whether a subjects.tsv role is a name on its own (a province's or a city's short name).
bool PlaceRole(std::string_view role) { return role == kPlaceRole || role == kCityRole; }

struct LinkerWords {
  WordIndex metrics_by_last{true};  // head word → metric class, by last / first code point
  WordIndex metrics_by_first{false};
  // linker_stops.tsv by kind (see its header).
  WordIndex stops{true};        // metric modifiers and subject names: verb particle determiner time link head
  WordIndex left_stops{true};   // a free noun phrase before a figure: the same but head
  WordIndex right_stops{false};  // after a figure: verb particle determiner right, time of 2+ characters
  WordIndex ends{false};        // after a figure, past its first character
  std::vector<std::string_view> links;        // skipped between a noun and its figure (达到, 超, 大约)
  std::vector<std::string_view> localizers;   // dropped from the end of a phrase after a figure (里)
  std::vector<std::string_view> keeps;        // words a stop inside which stops nothing (从业, 意向)
  CoverIndex keeps_by_char;
  std::vector<std::string_view> suffixes;
  std::vector<std::string_view> name_suffixes;  // the suffixes that end a name (not place or city names)
  WordIndex suffixes_by_last{true};  // all of them: a lexicon's first column (word) is never empty
  std::vector<std::string_view> generic;
  WordIndex generic_by_last{true};
  WordIndex plain_by_last{true};  // subjects.tsv `word` rows: ordinary words ending in a suffix (上市, 城市)
  // Words that end a figure even when whitespace stands before them (25个⏎以上, 0.9个 百分点): the suffix qualifiers
  // of qualifiers.tsv and 百分点, the tail of a change in points.
  std::vector<std::string_view> figure_tails{"百分点"};
  // The prefix qualifiers of qualifiers.tsv (约, 超过, 至少 …) with what they say.
  std::vector<std::pair<std::string_view, Qualifier>> prefix_qualifiers;
  std::u32string link_ends;  // the last code points of the link words and prefix qualifiers (a quick reject)

  explicit LinkerWords(const Lexicons& lex) {
    const LexiconTable& q = lex.Get("qualifiers");
    int qw = q.Column("word"), qp = q.Column("position"), qq = q.Column("qualifier");
    if (qw >= 0 && qp >= 0) {
      for (const auto& row : q.rows) {
        if (row[static_cast<std::size_t>(qp)] == "suffix") figure_tails.push_back(row[static_cast<std::size_t>(qw)]);
        Qualifier said = Qualifier::kExact;
        if (row[static_cast<std::size_t>(qp)] == "prefix" && qq >= 0 &&
            QualifierFromName(row[static_cast<std::size_t>(qq)], &said)) {
          prefix_qualifiers.emplace_back(row[static_cast<std::size_t>(qw)], said);
        }
      }
    }
    const LexiconTable& m = lex.Get("metrics");
    int w = m.Column("word"), c = m.Column("metric_class");
    if (w >= 0 && c >= 0) {
      metrics_by_last.Reserve(m.rows.size());
      metrics_by_first.Reserve(m.rows.size());
      for (const auto& row : m.rows) {
        metrics_by_last.Add(row[static_cast<std::size_t>(w)], row[static_cast<std::size_t>(c)]);
        metrics_by_first.Add(row[static_cast<std::size_t>(w)], row[static_cast<std::size_t>(c)]);
      }
      metrics_by_last.Sort();
      metrics_by_first.Sort();
    }
    const LexiconTable& s = lex.Get("linker_stops");
    int sw = s.Column("word"), sk = s.Column("kind");
    if (sw >= 0 && sk >= 0) {
      for (WordIndex* index : {&stops, &left_stops, &right_stops, &ends}) index->Reserve(s.rows.size());
      for (const auto& row : s.rows) {
        std::string_view word = row[static_cast<std::size_t>(sw)], kind = row[static_cast<std::size_t>(sk)];
        if (word.empty()) continue;
        bool single = word.size() <= 3;  // one character (or ASCII)
        if (kind == "localizer") {
          localizers.push_back(word);
          continue;
        }
        if (kind == "end") {
          ends.Add(word);
          continue;
        }
        if (kind == "keep") {
          keeps.push_back(word);
          continue;
        }
        if (kind == "link" || kind == "qualifier") links.push_back(word);
        bool everywhere = kind != "qualifier" && kind != "right";
        if (everywhere) stops.Add(word);
        if (everywhere && kind != "head") left_stops.Add(word);
        if (kind != "qualifier" && !(kind == "link" && single) && kind != "head" && !(kind == "time" && single)) {
          right_stops.Add(word);
        }
      }
      for (WordIndex* index : {&stops, &left_stops, &right_stops, &ends}) index->Sort();
      for (std::string_view w : links) link_ends.push_back(CodePointBefore(w, w.size()));
      for (const auto& q : prefix_qualifiers) link_ends.push_back(CodePointBefore(q.first, q.first.size()));
      for (std::string_view w : keeps) keeps_by_char.Add(w);
      keeps_by_char.Sort();
    }
    const LexiconTable& sub = lex.Get("subjects");
    int uw = sub.Column("word"), ur = sub.Column("role");
    if (uw >= 0 && ur >= 0) {
      for (const auto& row : sub.rows) {
        std::string_view word = row[static_cast<std::size_t>(uw)], role = row[static_cast<std::size_t>(ur)];
        if (role == "word") plain_by_last.Add(word);
        if (role == "generic" || role == "word") {
          generic.push_back(word);
        } else {
          suffixes.push_back(word);
          if (!PlaceRole(role)) name_suffixes.push_back(word);
          suffixes_by_last.Add(word, role);  // the role tells a place (湖南) or a named suffix (机场) from a suffix
        }
      }
      suffixes_by_last.Sort();
      for (std::string_view g : generic) generic_by_last.Add(g);
      generic_by_last.Sort();
      plain_by_last.Sort();
    }
  }
};

namespace {

bool IsNumeric(RecordType t) { return t != RecordType::kDate; }

// Whether a figure of `type` can measure a metric of class `cls`: money is never a count of enterprises, a count is
// never an investment (为企业减负5000万元 measures no 企业; 投资项目23个 counts no 投资).
bool Compatible(RecordType type, std::string_view cls) {
  // Trade is measured in money and in goods (进口原油1520万吨, 出口汽车12万辆): neither list.
  static constexpr std::string_view kMoneyOnly[] = {"output_value", "value_added", "gdp",   "revenue",   "profit",
                                                    "tax",          "investment",  "rd",    "financing", "income",
                                                    "price",        "loss",        "valuation", "spending", "cost",
                                                    "assets",       "debt",        "contract"};
  static constexpr std::string_view kCountsOnly[] = {"enterprises", "population", "share",     "rate", "growth",
                                                     "projects",    "patents",    "land",      "area", "transport",
                                                     "emissions"};
  switch (type) {
    case RecordType::kMoney:
    case RecordType::kOutputValue:
      for (std::string_view c : kCountsOnly) {
        if (cls == c) return false;
      }
      return cls != "energy" && cls != "capacity" && cls != "compute";
    case RecordType::kQuantity:
    case RecordType::kComputePower:
      for (std::string_view c : kMoneyOnly) {
        if (cls == c) return false;
      }
      return true;
    default:
      return true;
  }
}
bool IsQualifying(RecordType t) { return t == RecordType::kGrowthRate || t == RecordType::kPercentage; }

// text.substr(0, to).find(w, from) for a non-empty w, where memchr looks for the last byte of w instead of its first: in
// Chinese text a trailing byte (简称: B0) is much rarer than a leading one (E7), so far fewer candidates are compared.
std::size_t FindWord(std::string_view text, std::string_view w, std::size_t from, std::size_t to) {
  const std::size_t k = w.size() - 1;
  const char* d = text.data();
  for (std::size_t i = from + k; i < to;) {
    const void* hit = std::memchr(d + i, w[k], to - i);
    if (!hit) break;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - d);
    if (std::memcmp(d + i - k, w.data(), k) == 0) return i - k;
    ++i;
  }
  return std::string_view::npos;
}

// text.compare(pos, 3, w) == 0 for a 3-byte character w and pos <= text.size(), without a call to memcmp.
bool Is3At(std::string_view text, std::size_t pos, const char (&w)[4]) {
  return text.size() - pos >= 3 && text[pos] == w[0] && text[pos + 1] == w[1] && text[pos + 2] == w[2];
}

bool EndsWithAt(std::string_view text, std::size_t end, std::string_view w) {
  return end >= w.size() && BytesAt(text, end - w.size(), w);
}

// The characters that make a time word of 年 or 月 after them: numerals and determiners (三年, 全年, 本月, 每月), and
// those of the time words of each (去年, 多年, 历年; 上个月, 元月, 腊月).
constexpr std::u32string_view kNumberOrTimeBefore = U"〇○零一二两三四五六七八九十百千全今当每本该上下近同次半逐各";
constexpr std::u32string_view kTimeBeforeYear = U"去明前多历往新跨隔周翌";
constexpr std::u32string_view kTimeBeforeMonth = U"个元正腊岁满单双";

// Whether the character at `pos` is part of a keep word (从业人员: 从 is no stop there).
bool InKeepWord(const LinkerWords& lw, std::string_view text, std::size_t pos) {
  // 年 or 月 after a number or a time word ends that word (2027年|产值, 全年|产值, 本月|销量), whatever keep word it
  // would begin (年产值, 年产能 …) — but a term (5年期以上LPR, 10年期国债) is one word. Between two other Chinese
  // characters it is inside a noun (无人机年飞行架次, 职工月平均工资, 人均年增收): no stop.
  const bool year = Is3At(text, pos, "年");
  if (pos > 0 && (year || Is3At(text, pos, "月")) && text.compare(pos + 3, 3, "期") != 0) {
    const char32_t before = CodePointBefore(text, pos);
    if ((before >= '0' && before <= '9') || kNumberOrTimeBefore.find(before) != std::u32string_view::npos ||
        (year ? kTimeBeforeYear : kTimeBeforeMonth).find(before) != std::u32string_view::npos) {
      return false;
    }
    if (IsHan(before) && IsHan(CodePointAt(text, pos + 3))) return true;
  }
  return lw.keeps_by_char.Covers(text, pos);
}


std::size_t PrevCodePoint(std::string_view text, std::size_t pos) {
  std::size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

bool IsNameChar(char32_t cp) {
  // IsHan (figures.h), inline: GrowLeft and PhraseAfter test every character.
  bool han = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
             (cp >= 0xF900 && cp <= 0xFAFF);
  return han || (cp < 0x80 && (std::isalpha(static_cast<int>(cp)) || cp == '&'));
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// *out = text without its whitespace (a name or phrase that an OCR break cut: 德清\n县).
void AssignWithoutSpaces(std::string_view text, std::string* out) {
  out->clear();
  std::size_t from = 0;  // the runs between spaces, a whole name in one piece when none cut it
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsSpace(text[i])) {
      out->append(text.data() + from, i - from);
      from = i + 1;
    }
  }
  out->append(text.data() + from, text.size() - from);
}

// The end of a run of whitespace at `pos` that holds at most one line break and sits between two name characters
// (OCR damage inside a word: 高新技术 企\n业); `pos` itself when there is none.
std::size_t SkipBreakForward(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t e = pos;
  int breaks = 0;
  while (e < limit && IsSpace(text[e])) breaks += text[e++] == '\n';
  return e > pos && breaks <= 1 && e < limit && IsHan(CodePointAt(text, e)) && IsHan(CodePointBefore(text, pos)) ? e
                                                                                                              : pos;
}

// The same run seen from its end: its start, or `pos` when there is none.
std::size_t SkipBreakBackward(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t b = pos;
  int breaks = 0;
  while (b > floor && IsSpace(text[b - 1])) breaks += text[--b] == '\n';
  return b < pos && breaks <= 1 && b > floor && IsHan(CodePointBefore(text, b)) && IsHan(CodePointAt(text, pos)) ? b
                                                                                                              : pos;
}

// The start of the opening quote of a quoted word that ends with the closing quote at `close` (” 」 』) inside a noun
// phrase (专精特新|“小巨人”|企业) or opening it (，|“新三样”|产品出口). At most kMaxQuotedChars name characters
// between the quotes. `close` itself when there is none.
std::size_t QuotedWordStart(std::string_view text, std::size_t close, std::size_t floor) {
  const char32_t closing = CodePointAt(text, close);
  const char32_t opening = closing == U'」' ? U'「' : closing == U'』' ? U'『' : U'“';
  std::size_t pos = close;
  for (std::size_t chars = 0; pos > floor && chars <= kMaxQuotedChars; ++chars) {
    std::size_t p = PrevCodePoint(text, pos);
    char32_t cp = CodePointAt(text, p);
    if (cp == opening) {
      return chars == 0 ? close : p;
    }
    if (!IsNameChar(cp)) return close;
    pos = p;
  }
  return close;
}

// Grows [begin, …) leftwards over name characters down to `floor`, at most max_chars, never across a stop word.
// `allow_list` lets it cross 、 (enumerated modifiers).
// `*bounded` says whether it stopped at a boundary (stop word, punctuation, floor) rather than at max_chars.
// `allow_digits` lets it take ASCII digits (5G用户渗透率); subject names never start with them.
// `stops` defaults to lw.stops; with `cross_breaks` it goes over OCR breaks inside a word (SkipBreakBackward). A stop
// right before 者 is part of a noun (入选者, 投资者). With `cross_and`, a 及 between name characters joins two nouns
// of one metric (新能源汽车及零部件产业增加值), and so does a 和 inside the name of an industry right before `begin`
// (化学原料和化学制品制造业|增加值, 电气机械和器材制造业|利润) outside a list.
std::size_t GrowLeft(const LinkerWords& lw, std::string_view text, std::size_t begin, std::size_t floor,
                     std::size_t max_chars, bool allow_list, bool* bounded = nullptr, bool allow_digits = false,
                     const WordIndex* stops = nullptr, bool cross_breaks = false, bool cross_and = false) {
  if (!stops) stops = &lw.stops;
  std::size_t pos = begin, chars = 0;
  std::size_t after_quote = std::string_view::npos, chars_after_quote = 0;  // where a crossed quoted word ends
  bool at_boundary = true;
  while (pos > floor) {
    if (cross_breaks && IsSpace(text[pos - 1])) pos = SkipBreakBackward(text, pos, floor);
    std::size_t p = PrevCodePoint(text, pos);
    // One decode serves both tests: cp is CodePointAt(text, p), and CodePointBefore(text, pos) when it ends at pos.
    char32_t cp = 0;
    std::size_t len = DecodeUtf8(text, p, &cp);
    const bool industry_and = cp == U'和' && !allow_list && CodePointBefore(text, begin) == U'业';
    // (以及 joins clauses, not nouns: 规模效应以及|自供比例.)
    if (cross_and && (cp == U'及' || industry_and) && chars && chars < max_chars && p > floor &&
        IsNameChar(CodePointBefore(text, p)) && !stops->EndsAt(text, p, CodePointBefore(text, p)) &&
        !(cp == U'及' && CodePointBefore(text, p) == U'以')) {
      pos = p;
      ++chars;
      continue;
    }
    // In a list, 和/与/及 between two names joins them like 、 (接待人次和旅游收入|分别增长18.2%和11.6%), also right
    // before a head word (出口和进口|分别增长5.2%和3.1%).
    const bool conjunction = cp == U'和' || cp == U'与' || cp == U'及';
    if (allow_list && conjunction && p > floor && IsNameChar(CodePointBefore(text, p))) {
      pos = p;
      chars = 0;
      continue;
    }
    if (!(chars && Is3At(text, pos, "者")) && stops->EndsAt(text, pos, len == pos - p ? cp : 0) &&
        !InKeepWord(lw, text, p)) {
      break;
    }
    if (cp == U'、' && allow_list) {
      pos = p;
      chars = 0;
      continue;
    }
    // 、 inside an official name of the linker's keep words (交通运输、仓储和邮政业) is part of the name.
    if (cp == U'、' && chars && InKeepWord(lw, text, p)) {
      pos = p;
      ++chars;
      continue;
    }
    // A quoted word inside the phrase (专精特新“小巨人”企业) is crossed when the phrase then ends within max_chars; else
    // the phrase ends at the closing quote (诸暨智能视觉“万亩千亿”|新产业平台总产值).
    if ((cp == U'”' || cp == U'」' || cp == U'』') && chars && after_quote == std::string_view::npos) {
      std::size_t open = QuotedWordStart(text, p, floor);
      if (open != p) {
        after_quote = pos;
        chars_after_quote = chars;
        chars += CountCodePoints(text.substr(open, p - open)) - 1;
        pos = open;
        if (chars <= max_chars) continue;
      }
    }
    // (With digits, a point between two of them too: PM2.5平均浓度.)
    const bool point = cp == '.' && p > floor && pos < text.size() && text[p - 1] >= '0' && text[p - 1] <= '9' &&
                       text[pos] >= '0' && text[pos] <= '9';
    if (!IsNameChar(cp) && !(allow_digits && ((cp >= '0' && cp <= '9') || point))) break;
    if (chars >= max_chars) {
      if (after_quote != std::string_view::npos) {
        pos = after_quote;
        chars = chars_after_quote;
        break;
      }
      at_boundary = false;
      break;
    }
    pos = p;
    ++chars;
  }
  while (allow_list && Is3At(text, pos, "、")) pos += 3;
  if (bounded) *bounded = at_boundary;
  return pos;
}

// Characters after a one-character suffix that show it is inside another word: 市场, 区块, 县域, 省级, 省道, 港口,
// 港元, 港澳.
constexpr std::u32string_view kWordGoesOn = U"场民委政级长内外域块间别位容貌辖中属直府值领重引培首道口元币澳股";
// Words opening with such a character that still follow a name (杭州市|外贸进出口, 全省|中小企业, 宜昌市|政府).
constexpr std::string_view kWordsAfterName[] = {"外贸", "外商", "外经", "中小", "政府", "委", "政协"};

// Words that make a place named without a suffix part of an institution's name (浙江大学, 湖南卫视).
constexpr std::string_view kPlaceWordsGoOn[] = {"大学", "卫视", "日报", "银行", "师范", "电视", "广播", "路", "大道", "街",
                                                "交通大学", "理工", "时代", "基地", "工厂", "总部", "分公司", "子公司",
                                                "办事处", "研究院", "海关", "火车站", "高铁站"};

// Whether an institution's name goes on at `e` from a place named without a suffix before it (浙江|大学).
bool PlaceGoesOn(std::string_view text, std::size_t e) {
  for (std::string_view w : kPlaceWordsGoOn) {
    if (BytesAt(text, e, w)) return true;
  }
  return false;
}

// Characters that, alone before 县, are no county's name (全县, 该县, 各县, 两县, 邻县, 市县).
constexpr std::u32string_view kNotCountyNames = U"全该本我各每一两二三四五六七八九十外邻郡市区州乡省镇属辖某此其诸多个";

// Whether a suffix ends a park's or zone's name (产业园, 开发区, 高新区, 园区 …), which may be long.
bool ParkSuffix(std::string_view suffix) {
  for (std::string_view w : {"园", "园区", "开发区", "高新区", "经开区", "新区", "基地", "港区", "科技城", "保税区", "综保区"}) {
    if (EndsWithAt(suffix, suffix.size(), w)) return true;
  }
  return false;
}

// Whether the name text[b, suffix_begin) before a suffix is long enough to be one: two characters, or one before 县
// (寿县, 沛县, 歙县).
bool NameLongEnough(std::string_view text, std::size_t b, std::size_t suffix_begin) {
  if (suffix_begin >= b + 6) return true;
  return suffix_begin == b + 3 && text.compare(suffix_begin, 3, "县") == 0 &&
         IsHan(CodePointAt(text, b)) && kNotCountyNames.find(CodePointAt(text, b)) == std::u32string_view::npos;
}

// Whether the word at `end` goes on from a one-character suffix before it (市场, 省级), so that no name ends there.
bool WordGoesOnAt(std::string_view text, std::size_t end) {
  if (kWordGoesOn.find(CodePointAt(text, end)) == std::u32string_view::npos) return false;
  for (std::string_view w : kWordsAfterName) {
    if (BytesAt(text, end, w)) return false;
  }
  return true;
}

// Words that open with a one-character suffix and go on with a character that may follow a name elsewhere
// (乡村游客, not 接待乡; 以县城为载体, not 以县; 利用村集体土地, not 利用村; but 江山市村级, 石桥镇村民).
constexpr std::string_view kWordsOpeningWithSuffix[] = {"乡村", "县城", "村集体", "村民", "村级", "村干部", "村委"};

bool SuffixOpensWord(std::string_view text, std::size_t at) {
  for (std::string_view w : kWordsOpeningWithSuffix) {
    if (BytesAt(text, at, w)) return true;
  }
  return false;
}

// Whether 在, 于 or 赴 stands before the names listed up to `b` (在|荆门、|宜昌), within [lo, b).
// Whether a name at `at` is where something goes (开通至南陵县的航线, 飞往, 开往): after 至 or 往 that no date or number
// stands before (2023年至, 1至).
bool Destination(std::string_view text, std::size_t at, std::size_t lo) {
  if (at < lo + 6 || !(EndsWithAt(text, at, "至") || EndsWithAt(text, at, "往"))) return false;
  return IsHan(CodePointBefore(text, at - 3)) && !EndsWithAt(text, at - 3, "年") && !EndsWithAt(text, at - 3, "月") &&
         !EndsWithAt(text, at - 3, "截");
}

bool AfterLocative(std::string_view text, std::size_t b, std::size_t lo) {
  auto locative = [&](std::size_t at) {
    return at >= lo + 3 && (EndsWithAt(text, at, "在") || EndsWithAt(text, at, "于") || EndsWithAt(text, at, "赴") ||
                            Destination(text, at, lo));
  };
  for (int names = 0; names < 4 && b > lo; ++names) {
    if (locative(b)) return true;
    if (b < lo + 3 || !EndsWithAt(text, b, "、")) return false;
    b -= 3;  // past 、 and the name before it (up to four characters)
    for (int chars = 0; chars < 4 && b > lo && IsHan(CodePointBefore(text, b)) && !locative(b); ++chars) {
      b = PrevCodePoint(text, b);
    }
  }
  return false;
}

// Characters that end a city's or district's name of two (盐城, 萧山) and begin generic words (城市, 山区).
constexpr std::u32string_view kShortPlaceEnds = U"城山";

// Whether `name` is a place of two characters and a suffix that ends in the generic word `g` (盐城|市 ends in 城市,
// 萧山|区 in 山区): one character before g, and g opening with a character such names end in.
bool ShortPlaceEndingIn(std::string_view name, std::string_view g) {
  return name.size() == g.size() + 3 && kShortPlaceEnds.find(CodePointAt(g, 0)) != std::u32string_view::npos;
}

// Whether an ordinary word that ends in a suffix (subjects.tsv `word` rows: 上市, 城市, 超市) ends at `e`, starting at
// or after `begin`: 园区上市|企业 has no name to cut off.
bool PlainWordEndsAt(const LinkerWords& lw, std::string_view text, std::size_t begin, std::size_t e) {
  bool plain = false;
  lw.plain_by_last.ForKey(CodePointBefore(text, e), [&](const Word& w) {
    plain = plain || (e - begin >= w.word.size() && EndsWithAt(text, e, w.word) &&
                      !(e - begin == w.word.size() + 3 && ShortPlaceEndingIn(text.substr(begin, e - begin), w.word)));
  });
  return plain;
}

// Whether no name stands in text[begin, e) before the suffix `suf`: a generic word (全省|机场 is the province's
// airports), or nothing before a suffix that alone is an ordinary word (机场旅客吞吐量; but 园区|研发经费支出).
bool NoNameBefore(const LinkerWords& lw, std::string_view text, std::size_t begin, std::size_t e, const Word& suf) {
  if (e <= begin) return suf.value == kNamedRole;
  bool generic = false;
  lw.generic_by_last.ForKey(CodePointBefore(text, e), [&](const Word& w) {
    generic = generic || text.substr(begin, e - begin) == w.word;
  });
  return generic;
}

// A subject name at the start of a phrase [begin, …) ending before `limit` is not part of the metric: 浙江省|规上工业
// 增加值, 昆山高新区|先进计算产业产值. Returns where the metric starts.
std::size_t CutSubject(const LinkerWords& lw, std::string_view text, std::size_t begin, std::size_t limit) {
  // One-character suffixes need a name of two characters before them (城镇居民 is no place) and must end a word
  // (新建省|级 is no place). The cut is the rightmost end of a suffix in [begin, limit): the search runs leftwards
  // from limit and stops at the first; only where a suffix's last byte ends is a character decoded.
  std::size_t cut = begin;
  for (std::size_t e = limit; e > begin && cut == begin; --e) {
    if (!lw.suffixes_by_last.MayEndWith(text[e - 1])) continue;
    lw.suffixes_by_last.ForKey(CodePointBefore(text, e), [&](const Word& w) {
      std::string_view suf = w.word;
      if (e - begin >= suf.size() && EndsWithAt(text, e, suf) &&
          (suf.size() > 3 ||
           (e - suf.size() >= begin + 3 && NameLongEnough(text, begin, e - suf.size()) && !WordGoesOnAt(text, e))) &&
          !(PlaceRole(w.value) && PlaceGoesOn(text, e)) && !(suf.size() == 3 && SuffixOpensWord(text, e - 3)) &&
          !PlainWordEndsAt(lw, text, begin, e) && !NoNameBefore(lw, text, begin, e - suf.size(), w)) {
        cut = e;
      }
    });
  }
  // A localizer right after the name is where, not what (园区内|新能源物流车, 区内|企业).
  if (cut > begin && cut < limit && (Is3At(text, cut, "内") || Is3At(text, cut, "里")) && cut + 3 < limit) cut += 3;
  return cut;
}

struct Metric {
  std::size_t begin = 0, head = 0, end = 0;  // phrase [begin, end), head word [head, end)
  std::string_view metric_class;
};

// The rightmost metric head in [lo, hi), longest on ties, grown over its modifiers.
bool FindMetric(const LinkerWords& lw, std::string_view text, std::size_t lo, std::size_t hi, bool allow_list,
                Metric* out, RecordType type = RecordType::kGrowthRate) {
  std::size_t best_end = 0, best_len = 0;
  std::string_view best_class;
  // From the right end leftwards, the first position where a compatible head ends (within the range only).
  for (std::size_t e = hi; e > lo && !best_len; e = PrevCodePoint(text, e)) {
    lw.metrics_by_last.ForKey(CodePointBefore(text, e), [&](const Word& w) {
      if (w.word.size() > best_len && e - lo >= w.word.size() && Compatible(type, w.value) &&
          EndsWithAt(text, e, w.word)) {
        best_end = e;
        best_len = w.word.size();
        best_class = w.value;
      }
    });
  }
  if (!best_len || best_class == kNotAMetric) return false;
  if (!out) return true;
  out->end = best_end;
  out->head = best_end - best_len;
  out->metric_class = best_class;
  // Modifiers run up to kMaxModifierChars; a longer phrase is taken whole when it ends at a boundary within
  // kMaxPhraseChars (规模以上电子信息制造业营业收入), rather than cut inside a word (模以上…).
  bool bounded = false;
  std::size_t begin =
      GrowLeft(lw, text, out->head, lo, kMaxModifierChars, allow_list, &bounded, true, nullptr, false, true);
  if (!bounded) {
    std::size_t longer =
        GrowLeft(lw, text, out->head, lo, kMaxPhraseChars, allow_list, &bounded, true, nullptr, false, true);
    if (bounded) begin = longer;
  }
  out->begin = CutSubject(lw, text, begin, out->head);
  return true;
}

struct Subject {
  std::size_t begin = 0, end = 0;
};

// Where a bracketed place of two to four name characters that ends at `pos` opens ((星港), （中国）), or `pos` when
// there is none.
std::size_t BracketedPlaceBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  const bool wide = EndsWithAt(text, pos, "）");
  if (!wide && !EndsWithAt(text, pos, ")")) return pos;
  std::size_t p = pos - (wide ? 3 : 1);
  for (int chars = 0; chars <= 4 && p > floor; ++chars) {
    const std::size_t prev = PrevCodePoint(text, p);
    const char32_t cp = CodePointAt(text, prev);
    if (cp == U'（' || cp == U'(') return chars >= 2 && prev > floor ? prev : pos;
    if (!IsHan(cp)) return pos;
    p = prev;
  }
  return pos;
}

// Names ending in a subject suffix inside [lo, hi), in text order.
bool BreakdownOpening(std::string_view text, std::size_t at);

void FindSubjects(const LinkerWords& lw, const std::vector<std::string_view>& aliases, std::string_view text,
                  std::size_t lo, std::size_t hi,
                  std::vector<Subject>* out) {
  out->clear();
  std::size_t last_end = 0;
  char32_t cp = 0;
  std::size_t len = 0;
  // Only the characters that some suffix ends in are looked at.
  for (std::size_t pos = lo; (pos = lw.suffixes_by_last.NextKeyed(text, pos, hi, &cp, &len)) < hi;) {
    bool decoded = len != 0;
    if (!len) len = 1;
    std::size_t end = pos + len;
    std::size_t best = 0;
    bool place = false, named = false;
    lw.suffixes_by_last.ForKey(cp, [&](const Word& suf) {
      // A suffix keyed by cp ends in the very bytes of text[pos, end) (one encoding per code point): only the part
      // before them is compared.
      // (The byte before the key's is compared first: most words keyed by a common last character, 州 or 阳, fail
      // there.)
      std::size_t n = suf.word.size();
      if (n > best && end - lo >= n &&
          (decoded && n >= len ? n == len || (text[end - len - 1] == suf.word[n - len - 1] &&
                                              text.compare(end - n, n - len, suf.word.data(), n - len) == 0)
                               : EndsWithAt(text, end, suf.word))) {
        best = n;
        place = PlaceRole(suf.value);
        named = suf.value == kNamedRole;
      }
    });
    pos = end;
    if (!best) continue;
    if (best == 3 && (WordGoesOnAt(text, end) || SuffixOpensWord(text, end - 3))) continue;
    // A longer suffix goes on with the next character (宁波舟山港|北仑港区: 港, then 港区): the name ends there.
    bool longer = false;
    char32_t next = 0;
    // (Suffixes are Chinese: the next character is decoded only when its third byte may end one.)
    const std::size_t next_len =
        end < hi && lw.suffixes_by_last.MayEndWith(text[end + 2 < hi ? end + 2 : end]) ? DecodeUtf8(text, end, &next) : 0;
    if (next_len) {
      const std::size_t after = end + next_len;
      lw.suffixes_by_last.ForKey(next, [&](const Word& suf) {
        longer = longer || (suf.word.size() >= best + after - end && after <= hi && EndsWithAt(text, after, suf.word));
      });
    }
    // So does a company's legal form after its group (丰禾粮油集团|有限公司): the name ends with the form.
    if (EndsWithAt(text, end, "集团")) {
      for (std::string_view form : {"有限公司", "股份有限公司", "有限责任公司", "股份公司"}) {
        longer = longer || BytesAt(text, end, form);
      }
    }
    if (longer) continue;
    std::string_view suffix = text.substr(end - best, best);
    // A place named without a suffix (湖南, 浙江) is a name on its own, unless a suffix makes it a longer one (湖南省),
    // it overlaps the name before it (浙江|西部 is no 江西) or an institution's name goes on (浙江大学).
    if (place) {
      const std::size_t b = end - best;
      bool goes_on = b < std::max(lo, last_end);
      for (std::string_view w : lw.name_suffixes) goes_on = goes_on || BytesAt(text, end, w);
      // A newspaper's or agency's dateline city (本报合肥12月3日讯, 新华社兰州…电) is where it reports from, and a place
      // after 在 or 赴, alone or listed (在荆门、宜昌两地建设…), is where something happens, not who does it.
      goes_on = goes_on || NewsSourceEndingAt(text, b) || AfterLocative(text, b, lo);
      goes_on = goes_on || PlaceGoesOn(text, end);
      // A place in brackets inside a company's name (大众汽车（安徽）有限公司) is part of that name.
      goes_on = goes_on || ((EndsWithAt(text, b, "（") || EndsWithAt(text, b, "(")) &&
                            (BytesAt(text, end, "）") || BytesAt(text, end, ")")));
      if (goes_on) continue;
      if (!out->empty() && out->back().end >= b) {
        out->back().end = end;  // 浙江|杭州: one chain
      } else {
        out->push_back({b, end});
      }
      last_end = end;
      continue;
    }
    bool organization = suffix.find("公司") != std::string_view::npos || suffix.find("集团") != std::string_view::npos;
    bool bounded = false;
    // A company's place in brackets before its suffix (晟驰汽车（星港）有限公司, 某某（中国）有限公司) is part of its name.
    std::size_t grow_from = end - best;
    if (organization) grow_from = BracketedPlaceBefore(text, grow_from, std::max(lo, last_end));
    // A place name is short (江山|经济开发区, 杭州|市); a company name may be long. A name that does not start at a
    // boundary (punctuation, a stop word) is a phrase that merely ends in a suffix (统筹推进园区): no subject.
    std::size_t b = GrowLeft(lw, text, grow_from, std::max(lo, last_end),
                             organization ? kMaxSubjectChars : kMaxPlaceChars, false, &bounded, false, nullptr, true);
    // A park's name may be longer, a place's and a theme's (常州金坛动力电池|产业园, 郑州高新技术产业|开发区): grown
    // back to the place just found, which it goes on (not 打造|千亿级新能源汽车|产业园).
    if (!organization && !bounded && ParkSuffix(suffix) && !out->empty() && out->back().end == last_end) {
      bool park_bounded = false;
      const std::size_t park = GrowLeft(lw, text, grow_from, std::max(lo, last_end), kMaxParkChars, false,
                                        &park_bounded, false, nullptr, true);
      if (park == last_end) b = park;
    }
    if (b == grow_from && grow_from != end - best) continue;  // nothing before the brackets
    if (!bounded && !(last_end > lo && b == last_end)) continue;
    // A newspaper's dateline (本报宁州11月5日电) names no subject by 本报: the name, if any, follows it.
    // So do a news agency's (新华社兰州12月4日电, 中新网兰州…).
    b += NewsSourceAt(text, b);
    // A dateline the normalizer glued to the name (新华社杭州3月4日电 华芯科技公司): the name starts after its 电/讯.
    if (b > 0 && (text.compare(b, 6, "日电") == 0 || text.compare(b, 6, "日讯") == 0)) {
      const char32_t digit = CodePointBefore(text, b);
      if ((digit >= '0' && digit <= '9') || std::u32string_view(U"一二三四五六七八九十").find(digit) != std::u32string_view::npos) {
        b += 6;
      }
    }
    // A preposition opening the clause is no part of the name (据浙江省统计局, 根据杭州市…, 经江山市…): names do not
    // begin with one, so it goes when two characters still stand before the suffix.
    // With fewer characters left, a preposition that no name begins with leaves no name (按照开发区的规划).
    bool no_name = false;
    for (std::string_view prep : {"根据", "依据", "按照", "依照", "据", "经", "由", "从", "在", "向", "对"}) {
      if (text.compare(b, prep.size(), prep) != 0) continue;
      if (end - best >= b + prep.size() + 6) {
        b += prep.size();
      } else {
        no_name = prep.size() > 3 || prep == "据";
      }
      break;
    }
    // The organization a reporter heard the news from (记者从国网盐城供电公司获悉) is the source, not what the figures
    // are about.
    if (organization && (EndsWithAt(text, b, "从") || EndsWithAt(text, b, "自"))) {
      for (std::string_view heard : {"获悉", "了解到", "得知"}) no_name = no_name || BytesAt(text, end, heard);
    }
    // The view of a breakdown (分县（市、区）看，分地市看，分城乡看) names no place, nor does a destination.
    if (no_name || (BytesAt(text, b, "分") && BreakdownOpening(text, b)) || Destination(text, b, lo)) continue;
    // A space or a quotation mark before the suffix ends the name there (集“链”成群 杭州西湖区: 杭州西湖区).
    for (std::size_t k = end - best; k > b; --k) {
      const char ch = text[k - 1];
      if (ch == ' ' || ch == '"' ||
          (k >= b + 3 && text[k - 3] == '\xE2' && text[k - 2] == '\x80' && (ch == '\x9C' || ch == '\x9D'))) {
        b = k;  // “ and ” are E2 80 9C and E2 80 9D
        break;
      }
    }
    // A named suffix after one character (高|港区) is a district's name ending in its last character (高港|区).
    if (named && best > 3 && !NameLongEnough(text, b, end - best) && NameLongEnough(text, b, end - 3)) best = 3;
    std::string_view name = text.substr(b, end - b);
    if (!NameLongEnough(text, b, end - best)) continue;
    bool generic = false;
    // 全区, 核心区, 该公司, 培育上市, 改造老旧小区: a generic word that ends here and is longer than the suffix (or the
    // whole name). A word that ends the name ends in its last character: only those keyed by it are compared.
    lw.generic_by_last.ForKey(CodePointBefore(name, name.size()), [&](const Word& w) {
      std::string_view g = w.word;
      generic = generic || name == g ||
                (g.size() > best && EndsWithAt(name, name.size(), g) && !ShortPlaceEndingIn(name, g));
    });
    if (generic) continue;
    // A chain (杭州市|萧山区|临浦镇) is one name.
    if (!out->empty() && out->back().end >= b) {
      b = out->back().begin;
      out->pop_back();
    }
    out->push_back({b, end});
    last_end = end;
  }
  // Short names the text introduced (以下简称“一道新能源”) are subjects wherever they stand.
  for (std::string_view alias : aliases) {
    for (std::size_t p = FindWord(text, alias, lo, hi); p != std::string_view::npos;
         p = FindWord(text, alias, p + alias.size(), hi)) {
      // One of an enumeration of firms (阿里云、飞步科技、每日互动) is not what the sentence is about.
      bool listed = CodePointBefore(text, p) == U'、' || CodePointAt(text, p + alias.size()) == U'、';
      bool inside = false;
      for (const Subject& sb : *out) inside = inside || (p < sb.end && sb.begin < p + alias.size());
      if (!inside && !listed) out->push_back({p, p + alias.size()});
    }
  }
  std::sort(out->begin(), out->end(), [](const Subject& a, const Subject& b) { return a.begin < b.begin; });
}

// Short names introduced by 简称 after a subject name: 一道新能源科技有限公司（以下简称“一道新能源”）. The alias is what
// follows 简称, up to the closing quote or parenthesis, two to ten characters. (A slogan's 简称 introduces no name.)
void FindAliases(const LinkerWords& lw, std::string_view text, std::vector<std::string_view>* out) {
  static constexpr std::string_view kIntro = "简称";
  static constexpr std::u32string_view kOpen = U"“\"'‘「:：";
  for (std::size_t p = FindWord(text, kIntro, 0, text.size()); p != std::string_view::npos;
       p = FindWord(text, kIntro, p + kIntro.size(), text.size())) {
    std::size_t name_end = p;
    if (EndsWithAt(text, name_end, "以下")) name_end -= 6;
    if (EndsWithAt(text, name_end, "（")) {
      name_end -= 3;
    } else if (EndsWithAt(text, name_end, "(")) {
      name_end -= 1;
    } else {
      continue;
    }
    bool after_name = false;
    for (std::string_view suf : lw.suffixes) after_name = after_name || EndsWithAt(text, name_end, suf);
    if (!after_name) continue;
    char32_t cp = 0;
    std::size_t b = p + kIntro.size(), len = 0;
    while (b < text.size() && (len = DecodeUtf8(text, b, &cp)) && kOpen.find(cp) != std::u32string_view::npos) b += len;
    std::size_t e = b, chars = 0;
    while (e < text.size() && chars <= 10 && (len = DecodeUtf8(text, e, &cp)) && IsNameChar(cp)) {
      e += len;
      ++chars;
    }
    if (chars >= 2 && chars <= 10) out->push_back(text.substr(b, e - b));
  }
}

// Clause boundaries are sorted: binary searches keep a sentence of 10^5 figures linear in effect.
std::size_t ClauseStart(const std::vector<std::size_t>& bounds, std::size_t sentence_begin, std::size_t pos) {
  auto it = std::upper_bound(bounds.begin(), bounds.end(), pos);
  return it == bounds.begin() ? sentence_begin : *std::prev(it);
}

std::size_t ClauseEnd(const std::vector<std::size_t>& bounds, std::size_t sentence_end, std::size_t pos) {
  auto it = std::upper_bound(bounds.begin(), bounds.end(), pos);
  return it == bounds.end() ? sentence_end : *it;
}

// Any date names a period (its value is copied as it is: 2023, 2024-H1, 2024-01-01/2024-03-25 for 今年以来) except a
// single day or moment, which dates an event (3月22日开工), unless it is an as-of date (截至2023年12月31日), and except
// the base of a comparison (较去年同期翻了一番, 比2023年增长5%, 与上年相比, 2019年同期的108%): the figure belongs to
// another period.
// Whether a multiple follows `end` across 的 (2020年|的3倍多, 去年|的约1.5倍): what stands before is its base.
bool BaseOfMultiple(std::string_view text, std::size_t end) {
  if (!BytesAt(text, end, "的")) return false;
  std::size_t pos = end + 3;
  const std::size_t limit = std::min(text.size(), pos + 30);
  while (pos < limit && text[pos] == ' ') ++pos;
  for (std::string_view q : {"约", "近", "超"}) {
    if (BytesAt(text, pos, q)) pos += q.size();
  }
  const std::size_t digits = pos;
  static constexpr std::u32string_view kNumeral = U"0123456789.一二两三四五六七八九十百点";
  while (pos < limit) {
    const char32_t cp = CodePointAt(text, pos);
    if (kNumeral.find(cp) == std::u32string_view::npos) break;
    pos += cp < 0x80 ? 1 : 3;
  }
  if (pos == digits) return false;
  while (pos < limit && text[pos] == ' ') ++pos;
  return BytesAt(text, pos, "倍");
}

bool UsableAsPeriod(std::string_view text, const Candidate& d) {
  const Record& r = d.record;
  // An impossible date (0月份, left by OCR from 1⏎0月份) dates nothing; the engine drops it after linking.
  if (r.type != RecordType::kDate || r.value.empty() || r.status == "invalid") return false;
  // (受国庆假期带动，当月…: a holiday named as a cause dates nothing either.)
  for (std::string_view w : {"较", "比", "与", "同", "受"}) {
    if (EndsWithAt(text, d.begin, w)) return false;
  }
  // 恢复至2019年同期的108%, 达到2019年同期水平: the base of a ratio (去年同期，收入为… is a period).
  for (std::string_view w : {"同期的", "同期水平"}) {
    if (text.compare(d.end, w.size(), w) == 0) return false;
  }
  if (BaseOfMultiple(text, d.end)) return false;  // 相当于2020年的3倍
  // 由2020年的86万千瓦增加到…: the start of a change, whose figure takes the year (BaseYearBefore), not what follows.
  if ((EndsWithAt(text, d.begin, "由") || EndsWithAt(text, d.begin, "从")) && BytesAt(text, d.end, "的")) return false;
  bool interval = r.granularity == "range" || r.value.find('/') != std::string::npos;
  if (!interval && (r.granularity == "day" || r.granularity == "datetime")) {
    // 截至2023年底; a deadline at a year's or month's end too (到2026年底, 到今年6月底), as 到2026年 is one.
    // The end of a quarter or half (三季度末，全市贷款余额…) is the point a stock is taken at, as 截至 says.
    const bool end_of = EndsWithAt(text, d.end, "底") || EndsWithAt(text, d.end, "末");
    // A holiday (“双十一”期间, 春节) and a day said to be the time of what follows (11月11日当天) are periods.
    bool during = r.rule == "date.holiday";
    for (std::string_view w : {"期间", "当天", "当日", "全天", "单日"}) during = during || BytesAt(text, d.end, w);
    return during || r.qualifier == Qualifier::kAsOf || (r.qualifier == Qualifier::kAtMost && end_of) ||
           (r.rule == "date.period_end" && r.qualifier == Qualifier::kExact);
  }
  return true;
}

// What the linker knows about the sentence it is working on.
struct SentenceScope {
  const LinkerWords* lw;
  std::string_view text;
  const Sentence* sentence;
  std::size_t first, last;             // its candidates: [first, last)
  std::vector<std::size_t> bounds;     // clause boundaries
  std::vector<Subject> subjects;       // names in the sentence
  std::vector<std::size_t> dates;      // indices of its candidates usable as a period, in text order
  const std::vector<Subject>* topic;   // names in the first sentence of the paragraph
  const std::vector<Subject>* earlier = nullptr;  // names in the paragraph's earlier sentences with figures
  const std::vector<Subject>* before = nullptr;   // names in the document's earlier sentences with figures
  // The document's topic: the names of its first sentence naming any in the title or the lead (湖南省统计局发布…),
  // and that sentence.
  const std::vector<Subject>* doc_topic = nullptr;
  const Sentence* doc_topic_sentence = nullptr;
  bool topic_is_this_sentence = false;
  bool mentions_organization = false;  // 该公司 / 该企业 without a name of its own
  std::string_view year_in_context;    // for 全年: the last year named in the paragraph, or empty
  std::string_view section_year;       // the year of the section heading above (一、2024年工作回顾), or empty
  bool year_after_topic = false;       // …named after the paragraph's period was set (a newer context for 全年)
  std::string_view topic_period;       // the period that opens the paragraph (empty in the sentence opening it)
  std::string_view continued_period;   // a sentence opening with 其中: the period of the sentence it details
  std::string_view release_period;     // a sentence with 同比 in a release of one period: that period (LinkRecords),
                                       // for a figure in or right before a clause with 同比…
  bool release_goes_on = false;        // …or for every figure of a sentence with changes after such a sentence
  std::string_view continued_subject;  // …and the subject of its last figure
  std::size_t other_time_at = std::string_view::npos;  // where the sentence first says now or another time
  std::size_t whole_year_at = std::string_view::npos;  // where 全年 first stands in the sentence (text offset)
};

std::string_view HeadClass(const LinkerWords& lw, std::string_view phrase, RecordType type);
void SectorTakesMeasure(const SentenceScope& sc, const std::vector<Candidate>& cs, std::size_t k, Candidate& c);

// Splits an enumerated metric phrase at 、: 高新技术产业、战略性新兴产业增加值 → two parts. For a list of `items`
// figures, at 和/与/及 too (接待人次和旅游收入|分别增长18.2%和11.6%), which GrowLeft crosses only then; but when that
// gives more parts than figures, a 和 inside a name (电气机械和器材制造业、汽车制造业增加值|分别增长) is kept: the
// phrase is split at 、 alone, or at 、 and the conjunctions of the last item only (A、B和C), whichever gives one part
// per figure. Otherwise the split at every mark. A 、 inside a keep word (交通运输、仓储和邮政业) splits nothing.
// `phrase` lies in `text`.
std::vector<std::string_view> SplitEnumeration(const LinkerWords& lw, std::string_view text, std::string_view phrase,
                                               int items) {
  const bool list = items > 1;
  const std::size_t base = static_cast<std::size_t>(phrase.data() - text.data());
  // Split at 、 and, from byte `conj_from` on, at the conjunctions when `conj`.
  auto split = [&](bool conj, std::size_t conj_from) {
    std::vector<std::string_view> parts;
    for (std::size_t p = 0;;) {
      std::size_t q = phrase.find("、", p);
      while (q != std::string_view::npos && InKeepWord(lw, text, base + q)) q = phrase.find("、", q + 3);
      for (std::string_view mark : {"和", "与", "及"}) {
        if (conj) q = std::min(q, phrase.find(mark, std::max(p, conj_from)));
      }
      parts.push_back(phrase.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p));
      if (q == std::string_view::npos) return parts;
      p = q + 3;  // each mark is one three-byte character
    }
  };
  std::vector<std::string_view> every = split(list, 0);
  if (!list || every.size() <= static_cast<std::size_t>(items)) return every;
  std::vector<std::string_view> at_commas = split(false, 0);
  if (at_commas.size() == static_cast<std::size_t>(items)) return at_commas;
  std::size_t last = phrase.rfind("、");
  while (last != std::string_view::npos && InKeepWord(lw, text, base + last)) {
    last = last == 0 ? std::string_view::npos : phrase.rfind("、", last - 1);
  }
  if (last != std::string_view::npos) {
    std::vector<std::string_view> last_joined = split(true, last + 3);
    if (last_joined.size() == static_cast<std::size_t>(items)) return last_joined;
  }
  return every;
}

// The length of the longest link word ending at `pos` and starting at or after `floor`; 0 if none. The last
// character is looked up first (a quick reject).
std::size_t LinkWordEndingAt(const LinkerWords& lw, std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t longest = 0;
  if (pos > floor && lw.link_ends.find(CodePointBefore(text, pos)) != std::u32string::npos) {
    for (std::string_view w : lw.links) {
      if (w.size() > longest && pos >= floor + w.size() && EndsWithAt(text, pos, w)) longest = w.size();
    }
  }
  return longest;
}

// The characters of text[from, to) that are not link words (预计|将|达到: one), counted from the right as
// PhraseBefore skips them.
std::size_t CharsBesideLinks(const LinkerWords& lw, std::string_view text, std::size_t from, std::size_t to) {
  std::size_t chars = 0;
  for (std::size_t pos = to; pos > from;) {
    const std::size_t longest = LinkWordEndingAt(lw, text, pos, from);
    if (longest) {
      pos -= longest;
    } else {
      pos = PrevCodePoint(text, pos);
      ++chars;
    }
  }
  return chars;
}

// Where 占 opens the words before a share's head (增加值占|规上工业增加值的|比重), within kMaxPhraseChars and
// without punctuation between; `head` when there is none.
std::size_t ShareOfBegin(std::string_view text, std::size_t lo, std::size_t head) {
  std::size_t pos = head;
  for (std::size_t chars = 0; pos > lo && chars <= kMaxPhraseChars; ++chars) {
    const std::size_t prev = PrevCodePoint(text, pos);
    const char32_t cp = CodePointAt(text, prev);
    if (cp == U'占') return prev;
    if (!IsHan(cp) && !(cp < 0x80 && std::isalnum(static_cast<int>(cp)))) break;
    pos = prev;
  }
  return head;
}

// The words of estimate or sum that may stand before a share's 占 (约占全省的47%, 合计占全国的12.1%).
constexpr std::string_view kBeforeShare[] = {"约", "近", "合计", "共", "累计"};
// The wholes named by their place alone after 占 (全省的, 全市, 全国的).
constexpr std::string_view kWholePlaces[] = {"全省", "全市", "全国", "全区", "全县", "全州", "全球", "全行业"};

// Whether the words after 占 name a whole by its place alone (全省的, 全市, 全国的): no metric of their own.
bool SharedWholeWords(std::string_view words) {
  if (EndsWithAt(words, words.size(), "的")) words.remove_suffix(3);
  for (std::string_view w : kWholePlaces) {
    if (words == w) return true;
  }
  return false;
}

// Whether text[from, to) right after a metric is 占 and a whole: a place alone (占全县的), or a place and a total
// (占全县税收总额的, 占全省开发区总量的). Moves `from` to the 占.
bool WholeAfterMetric(std::string_view text, std::size_t& from, std::size_t to) {
  // (A word of sum or estimate may stand before 占: 合计占全国的12.1%, 约占全县的.)
  for (std::string_view w : kBeforeShare) {
    if (BytesAt(text, from, w) && BytesAt(text, from + w.size(), "占")) {
      from += w.size();
      break;
    }
  }
  if (!BytesAt(text, from, "占") || to - from > kMaxQualifyGapBytes) return false;
  std::string_view words = text.substr(from + 3, to - from - 3);
  if (SharedWholeWords(words)) return true;
  if (EndsWithAt(words, words.size(), "的")) words.remove_suffix(3);
  bool place = false;
  for (std::string_view w : kWholePlaces) place = place || BytesAt(words, 0, w);
  return place && (EndsWithAt(words, words.size(), "总额") || EndsWithAt(words, words.size(), "总量"));
}

// Whether one of `items` ends in a subject's suffix (东湖高新区, 江汉区, 口岸物流园): a place, not a thing.
bool AnyPlace(const LinkerWords& lw, const std::vector<std::string_view>& items) {
  for (std::string_view item : items) {
    bool place = false;
    lw.suffixes_by_last.ForKey(CodePointBefore(item, item.size()), [&](const Word& suf) {
      place = place || (item.size() > suf.word.size() && EndsWithAt(item, item.size(), suf.word));
    });
    if (place) return true;
  }
  return false;
}

// Where a list of items ends before the words that sum them up (新材料、装备制造、绿色食品|三大主导产业: a numeral, 大
// or 个, and a noun), or the list's end.
std::size_t SummedItemsEnd(std::string_view items) {
  static constexpr std::u32string_view kNumerals = U"两二三四五六七八九十";
  const std::size_t last_mark = items.rfind("、");
  if (last_mark == std::string_view::npos) return items.size();
  for (std::size_t at = last_mark + 3; at + 6 <= items.size(); at += 3) {
    if (kNumerals.find(CodePointAt(items, at)) != std::u32string_view::npos &&
        (BytesAt(items, at + 3, "大") || BytesAt(items, at + 3, "个") || BytesAt(items, at + 3, "类"))) {
      return at;
    }
  }
  return items.size();
}

// The items listed before the 分别 at `each` (欧盟、美国|分别; 新材料、装备制造、绿色食品三大主导产业|分别), one per figure of
// the list after it, else none.
std::vector<std::string_view> ItemsBeforeEach(const SentenceScope& sc, std::size_t lo, std::size_t each, int figures) {
  const std::size_t b = GrowLeft(*sc.lw, sc.text, each, lo, kMaxPhraseChars, true);
  const std::size_t end = b + SummedItemsEnd(sc.text.substr(b, each - b));
  std::vector<std::string_view> items = SplitEnumeration(*sc.lw, sc.text, sc.text.substr(b, end - b), figures);
  if (items.size() != static_cast<std::size_t>(figures)) items.clear();
  return items;
}

// Counts listed after 分别 with no metric word (国家级孵化器、国家备案众创空间分别为9家和14家): each counts the item
// before 分别 in its place. Returns whether they were shared out.
bool ShareOutCountedItems(const SentenceScope& sc, std::size_t lo, std::size_t k, std::vector<Candidate>& cs) {
  const Candidate& c = cs[k];
  if (c.list_size < 2 || c.list_index != 0) return false;
  // 分别 and at most a link word (为, 达到, 有) before the first figure.
  const std::size_t from = c.begin > lo + 18 ? c.begin - 18 : lo;
  const std::size_t each = sc.text.substr(from, c.begin - from).rfind("分别");
  if (each == std::string_view::npos) return false;
  const std::size_t at = from + each;
  std::size_t e = c.begin;
  while (std::size_t n = LinkWordEndingAt(*sc.lw, sc.text, e, at + 6)) e -= n;
  if (e != at + 6 || at < lo + 6) return false;
  const std::vector<std::string_view> items = ItemsBeforeEach(sc, lo, at, c.list_size);
  // Places listed so (东湖高新区、江汉区分别有17个和3个) are whose counts they are, not what they count.
  if (items.empty() || AnyPlace(*sc.lw, items)) return false;
  for (std::size_t t = 0; t < items.size() && k + t < sc.last; ++t) {
    Record& item = cs[k + t].record;
    if (cs[k + t].list_size != c.list_size || cs[k + t].list_index != static_cast<int>(t)) break;
    item.metric = std::string(items[t]);
    item.metric_class = std::string(HeadClass(*sc.lw, items[t], item.type));
  }
  return true;
}

// The metric before the figure in [lo, c.begin); for the first item of a list, the metrics of the whole list.
// Returns whether the figure found a metric of its own.
bool AssignMetricBefore(const SentenceScope& sc, std::size_t lo, std::size_t k, std::vector<Candidate>& cs) {
  Candidate& c = cs[k];
  Metric m;
  bool counted = c.record.type == RecordType::kQuantity || c.record.type == RecordType::kComputePower;
  // A difference from a comparand measures what stands before the comparison (增速|高于全省GDP增速6.2个百分点), not
  // the comparand's rate.
  std::size_t hi = c.begin;
  if (c.record.rule == "growth.compare") {
    for (std::string_view w : {"高于", "低于", "高出", "快于", "慢于", "领先", "落后于", "比"}) {
      const std::size_t at = sc.text.substr(lo, c.begin - lo).rfind(w);
      if (at != std::string_view::npos) hi = std::min(hi, lo + at);
    }
  } else if (c.record.type == RecordType::kPercentage || c.record.type == RecordType::kGrowthRate) {
    // …and so is a difference against a comparand (单颗成本|比同类进口产品低30%): the metric stands before 比. Not
    // a verb of change (占比提高2个百分点, 比重降低, 增多, 减少), nor the 比 of 比重, 比例, 比率, 比值.
    bool differs = false;
    for (std::string_view w : {"低", "高", "少", "多", "快", "慢"}) differs = differs || EndsWithAt(sc.text, c.begin, w);
    if (differs && c.begin >= 6) {
      const char32_t verb = CodePointBefore(sc.text, c.begin - 3);
      differs = std::u32string_view(U"提降升抬拉增减偏加").find(verb) == std::u32string_view::npos;
    }
    const std::size_t from = std::max(lo, c.begin > 3 * kMaxPhraseChars ? c.begin - 3 * kMaxPhraseChars : 0);
    const std::string_view window = sc.text.substr(from, c.begin - from);
    auto ratio_word = [&](std::size_t a) {
      return std::u32string_view(U"重例率值").find(CodePointAt(sc.text, from + a + 3)) != std::u32string_view::npos;
    };
    std::size_t at = differs ? window.rfind("比") : std::string_view::npos;
    while (at != std::string_view::npos && ratio_word(at)) at = at == 0 ? std::string_view::npos : window.rfind("比", at - 1);
    if (at != std::string_view::npos) hi = std::min(hi, from + at);
  }
  // A count or measure names what it measures right before it (走访企业742家); further back, a metric word belongs
  // to something else (…改造、…等4个项目).
  if (lo >= hi || !FindMetric(*sc.lw, sc.text, lo, hi, c.list_size > 1, &m, c.record.type) ||
      (counted && c.begin - m.end > kMaxCountGapBytes &&
       CharsBesideLinks(*sc.lw, sc.text, m.end, c.begin) > kMaxCountGapBytes / 3)) {
    return counted && ShareOutCountedItems(sc, lo, k, cs);
  }
  // A share names what it is a share of: 占规上工业增加值的比重, 占GDP比重 (from 占, across its 的); so does a
  // percentage right after what it is a share of (占全省外贸总值的80.8%, 占出口总值45.5%: a share, not trade).
  if (m.metric_class == "share") {
    m.begin = std::min(m.begin, ShareOfBegin(sc.text, lo, m.head));
  } else if (c.record.type == RecordType::kPercentage && c.list_size <= 1) {
    // (The whole may be a total of the metric: 占全县税收总额的58.3%.)
    const std::size_t to = EndsWithAt(sc.text, c.begin, "的") ? c.begin - 3 : c.begin;
    const std::string_view rest = sc.text.substr(m.end, to > m.end ? to - m.end : 0);
    const std::size_t of = ShareOfBegin(sc.text, lo, m.head);
    if ((rest.empty() || rest == "总额" || rest == "总量") && to >= m.end && of < m.head &&
        !BytesAt(sc.text, of, "占地")) {
      m.begin = std::min(m.begin, of);
      m.end = to;
      m.metric_class = "share";
    } else if (std::size_t share = m.end; WholeAfterMetric(sc.text, share, c.begin)) {
      // …and a share of a whole named after the metric (园区营业收入占全县的58.3%, 占全县税收总额的58.3%): from 占.
      m.begin = m.head = share;
      m.end = EndsWithAt(sc.text, c.begin, "的") ? c.begin - 3 : c.begin;
      m.metric_class = "share";
    }
  }
  // A trade verb's goods stand after it (出口机电产品4982.1亿元, 进口集成电路1200亿元): they are part of what it
  // measures, up to the link words before the figure.
  if ((m.metric_class == "export" || m.metric_class == "import" || m.metric_class == "trade") && c.list_size <= 1 &&
      m.end < c.begin) {
    std::size_t e = c.begin;
    while (std::size_t n = LinkWordEndingAt(*sc.lw, sc.text, e, m.end)) e -= n;
    bool goods = e > m.end && CountCodePoints(sc.text.substr(m.end, e - m.end)) <= kMaxModifierChars;
    for (std::size_t p = m.end; goods && p < e;) {
      char32_t cp = 0;
      const std::size_t len = DecodeUtf8(sc.text, p, &cp);
      p += len ? len : 1;
      goods = IsNameChar(cp) && !sc.lw->stops.EndsAt(sc.text, p, cp);
    }
    if (goods) m.end = e;
  }
  // A segment or product before 实现 is what the metric is of (AI推理芯片实现收入15.3亿元 → AI推理芯片收入); not a
  // place (星港区实现), a determiner or a time (全市实现, 前三季度实现, 今年以来实现).
  std::string segment;
  if (c.list_size <= 1 && m.begin == m.head && m.begin >= lo + 6 && EndsWithAt(sc.text, m.begin, "实现")) {
    std::size_t before = m.begin - 6;
    // (A word of sum between is no part of the kind: 规上工业企业共实现营业收入.)
    for (std::string_view w : {"共", "合计", "累计", "共计"}) {
      if (before >= lo + w.size() && EndsWithAt(sc.text, before, w)) {
        before -= w.size();
        break;
      }
    }
    bool bounded = false;
    // (Over head words: 农产品加工企业 ends in one.)
    std::size_t b = GrowLeft(*sc.lw, sc.text, before, lo, kMaxModifierChars, false, &bounded, true, &sc.lw->left_stops);
    if (bounded && b < before) b = CutSubject(*sc.lw, sc.text, b, before);
    const std::string_view words = sc.text.substr(b, before - b);
    bool timely = false;
    for (std::string_view w : {"以来", "以后", "期间", "累计", "首次", "共", "均", "当年", "同期", "今年", "全年"}) {
      timely = timely || words.find(w) != std::string_view::npos;
    }
    // …and it ends as a segment, a product or a kind of firm does (a company's own name, 昊川科技实现营收, is the
    // subject's business).
    bool kind = false;
    for (std::string_view w : {"业务", "板块", "产品", "芯片", "企业", "行业", "产业", "车型", "业", "品"}) {
      kind = kind || EndsWithAt(words, words.size(), w);
    }
    if (bounded && kind && CountCodePoints(words) >= 2 && !timely) segment = std::string(words);
  }
  std::string_view head = sc.text.substr(m.head, m.end - m.head);
  std::vector<std::string_view> parts =
      SplitEnumeration(*sc.lw, sc.text, sc.text.substr(m.begin, m.end - m.begin), c.list_size);
  bool share_out = c.list_size > 1 && parts.size() == static_cast<std::size_t>(c.list_size);
  // The items may stand before 分别 and the metric after it (对欧盟、美国分别进出口1200亿元和980亿元): each item then
  // names whose metric it is (欧盟进出口, 美国进出口).
  std::vector<std::string_view> owners;
  // (Also with a verb between 分别 and the metric, and the items summed up before 分别: 新材料、装备制造、绿色食品三大
  // 主导产业分别实现产值… → 新材料产值 …)
  std::size_t each_end = m.begin;
  for (std::string_view verb : {"实现", "完成"}) {
    if (EndsWithAt(sc.text, each_end, verb)) each_end -= verb.size();
  }
  if (c.list_size > 1 && parts.size() == 1 && each_end >= lo + 6 && EndsWithAt(sc.text, each_end, "分别")) {
    owners = ItemsBeforeEach(sc, lo, each_end - 6, c.list_size);
    // (Places that do something, 口岸物流园、滨江化工园区分别完成投资…, are the figures' subjects, not part of them.)
    if (each_end != m.begin && AnyPlace(*sc.lw, owners)) owners.clear();
  }
  std::size_t items = static_cast<std::size_t>(std::max(c.list_size, 1));
  for (std::size_t t = 0; t < items && k + t < sc.last; ++t) {
    Record& item = cs[k + t].record;
    if (t > 0 && (cs[k + t].list_size != c.list_size || cs[k + t].list_index != static_cast<int>(t))) break;
    item.metric_class = std::string(m.metric_class);
    if (share_out) {
      item.metric = std::string(parts[t]);
      // An item with a head of its own keeps it (规上工业增加值、固定资产投资; 工业投资、民间投资); the others share
      // the last item's (高新技术产业、战略性新兴产业增加值), and so do sectors, which name what is measured, not the
      // measure (纺织业、汽车制造业增加值).
      std::string_view own = t + 1 < parts.size() ? HeadClass(*sc.lw, parts[t], cs[k + t].record.type) : "";
      if (!own.empty() && !(own == "sector" && m.metric_class != "sector")) {
        item.metric_class = std::string(own);
      } else if (t + 1 < parts.size()) {
        item.metric += std::string(head);
      }
    } else if (!owners.empty()) {
      item.metric = std::string(owners[t]) + std::string(parts.back());
    } else {
      item.metric = segment + std::string(parts.back());
      // 城乡居民人均可支配收入分别达到58620元和31450元: 城乡 names two, urban then rural.
      const std::size_t both = item.metric.find("城乡");
      if (c.list_size == 2 && parts.size() == 1 && both != std::string::npos) {
        item.metric.replace(both, 6, t == 0 ? "城镇" : "农村");
      }
    }
  }
  return true;
}

// The metric right after the figure, ending at a boundary: 筹集46亿元做地资金, 走访742家企业，.
void AssignMetricAfter(const SentenceScope& sc, Candidate& c) {
  std::size_t clause_end = ClauseEnd(sc.bounds, sc.sentence->end, c.begin);
  std::size_t from = c.end;
  if (sc.text.compare(from, 3, "的") == 0) from += 3;
  // The compatible metric that starts first within kMaxForwardGapBytes of `from` and ends in the clause; the longest
  // there, the first in lexicon order on ties. A word starts at a character that its first code point keys.
  std::size_t best_end = 0;
  std::string_view best_class;
  for (std::size_t p = from; p <= from + kMaxForwardGapBytes && p < clause_end && !best_end; ++p) {
    if ((static_cast<unsigned char>(sc.text[p]) & 0xC0) == 0x80) continue;  // inside a character
    sc.lw->metrics_by_first.ForKey(CodePointAt(sc.text, p), [&](const Word& w) {
      std::size_t n = w.word.size();
      if (p + n > best_end && p + n <= clause_end && sc.text.compare(p, n, w.word) == 0 &&
          Compatible(c.record.type, w.value)) {
        best_end = p + n;
        best_class = w.value;
      }
    });
  }
  // …and ends there: 742家企业， but not 3个现代化企业|社区 or 13500KVA矿热炉节能|技术改造.
  bool ends = best_end && (!IsHan(CodePointAt(sc.text, best_end)) || StartsWithAny(sc.text, best_end, kListWords));
  if (ends && best_class != kNotAMetric) {
    c.record.metric.assign(sc.text, from, best_end - from);
    c.record.metric_class = std::string(best_class);
  }
}

// The class of the longest metric head that `phrase` ends with, compatible with `type`; empty if none (or "-").
std::string_view HeadClass(const LinkerWords& lw, std::string_view phrase, RecordType type) {
  std::size_t best_len = 0;
  std::string_view best;
  lw.metrics_by_last.ForKey(CodePointBefore(phrase, phrase.size()), [&](const Word& w) {
    if (w.word.size() > best_len && EndsWithAt(phrase, phrase.size(), w.word) && Compatible(type, w.value)) {
      best_len = w.word.size();
      best = w.value;
    }
  });
  return best == kNotAMetric ? std::string_view() : best;
}

// The length of the longest metric head that `phrase` ends with, of any figure's type; 0 if none (or "-").
std::size_t HeadLength(const LinkerWords& lw, std::string_view phrase) {
  std::size_t best_len = 0;
  std::string_view best;
  lw.metrics_by_last.ForKey(CodePointBefore(phrase, phrase.size()), [&](const Word& w) {
    if (w.word.size() > best_len && EndsWithAt(phrase, phrase.size(), w.word)) {
      best_len = w.word.size();
      best = w.value;
    }
  });
  return best == kNotAMetric ? 0 : best_len;
}

// A sector alone (汽车制造业增长8.4%) after a figure of a sector's measure in its sentence (电子信息产业增加值增长
// 12.3%，汽车制造业增长8.4%; 规上工业增加值增长6.1%，其中制造业增长7.2%) is that measure of its own sector: it takes
// the shortest head the earlier metric ends with (增加值, not 工业增加值), if that metric names more than its head.
// Not GDP's head: a sector's share of it is value added, which a text names.
void SectorTakesMeasure(const SentenceScope& sc, const std::vector<Candidate>& cs, std::size_t k, Candidate& c) {
  Record& r = c.record;
  for (std::size_t p = k; p-- > sc.first;) {
    const Record& q = cs[p].record;
    if (!IsNumeric(q.type) || q.metric.empty() || q.metric_class == "sector") continue;
    if (q.metric_class == "gdp" || q.metric_class.empty() || !Compatible(r.type, q.metric_class)) return;
    std::string_view metric = q.metric, head;
    sc.lw->metrics_by_last.ForKey(CodePointBefore(metric, metric.size()), [&](const Word& w) {
      if ((head.empty() || w.word.size() < head.size()) && w.word.size() < metric.size() &&
          EndsWithAt(metric, metric.size(), w.word) && w.value == q.metric_class) {
        head = w.word;
      }
    });
    if (head.empty()) return;
    r.metric += head;
    r.metric_class = q.metric_class;
    return;
  }
}

// The noun phrase right after a counted or measured figure, up to `limit`: 18家|高校|和, 6颗|卫星|，, 40微米的|颗粒
// 缺陷, 5个|人才基地|集中揭牌. It starts after one 的, runs over name characters (and OCR breaks between them), and
// stops at punctuation, digits and the right stops; a localizer at its end is dropped (教学空间|里). At least two
// characters; none when it runs past kMaxPhraseChars (no boundary found).
bool PhraseAfter(const LinkerWords& lw, std::string_view text, std::size_t from, std::size_t limit,
                 std::size_t* begin, std::size_t* end) {
  if (text.compare(from, 3, "的") == 0) {
    const char32_t after = CodePointAt(text, from + 3);
    if (IsHan(after) || (after < 0x80 && std::isalnum(static_cast<int>(after)))) from += 3;  // 的税收, 的GDP
  }
  std::size_t pos = from, chars = 0;
  while (pos < limit) {
    // One decode serves the stop tests (the key CodePointAt(text, pos)) and the name test.
    char32_t cp = 0;
    std::size_t len = DecodeUtf8(text, pos, &cp);
    if ((lw.right_stops.StartsAt(text, pos, cp) || (chars ? lw.ends.StartsAt(text, pos, cp)
                                                          : StartsWithAny(text, pos, lw.localizers))) &&
        !InKeepWord(lw, text, pos)) {
      break;
    }
    if (chars && IsSpace(text[pos])) {
      std::size_t next = SkipBreakForward(text, pos, limit);
      if (next == pos) break;
      pos = next;
      continue;
    }
    if (!len || !IsNameChar(cp)) break;
    if (chars == kMaxPhraseChars) return false;
    pos += len;
    ++chars;
  }
  for (std::string_view loc : lw.localizers) {
    if (chars > 2 && EndsWithAt(text, pos, loc)) {
      pos -= loc.size();
      --chars;
      break;
    }
  }
  if (chars < 2) return false;
  for (std::string_view w : lw.keeps) {
    if (text.substr(from, pos - from) == w) return false;  // 2个在建: a modifier alone names nothing
  }
  *begin = from;
  *end = pos;
  return true;
}

// The noun phrase right before a figure, down to `floor`, past the link words and spaces between them (无故障时间|超,
// 分辨率|大约只能做到, 功耗|): grown leftwards to a left stop or punctuation, without a subject name at its start
// (交椅湾新区|土地). At least two characters; none when it runs past kMaxPhraseChars.
bool PhraseBefore(const LinkerWords& lw, std::string_view text, std::size_t figure, std::size_t floor,
                  std::size_t* begin, std::size_t* end) {
  std::size_t pos = figure;
  for (bool skipped = true; skipped && pos > floor;) {
    skipped = false;
    while (pos > floor && IsSpace(text[pos - 1])) {
      --pos;
      skipped = true;
    }
    const std::size_t longest = LinkWordEndingAt(lw, text, pos, floor);
    pos -= longest;
    skipped = skipped || longest > 0;
  }
  // A note in parentheses between the phrase and its figure is left out: 融合项目(课题)|170余个.
  if (EndsWithAt(text, pos, ")") || EndsWithAt(text, pos, "）")) {
    std::string_view before = text.substr(floor, pos - floor);
    std::size_t ascii = before.rfind('('), wide = before.rfind("（"), open = std::string_view::npos;
    if (ascii != std::string_view::npos) open = ascii;
    if (wide != std::string_view::npos && (open == std::string_view::npos || wide > open)) open = wide;
    if (open != std::string_view::npos && pos - (floor + open) <= kMaxNoteBytes) pos = floor + open;
  }
  bool bounded = false;
  std::size_t b = GrowLeft(lw, text, pos, floor, kMaxPhraseChars, false, &bounded, true, &lw.left_stops, true);
  if (!bounded) return false;
  b = CutSubject(lw, text, b, pos);
  std::size_t chars = 0;
  for (std::size_t i = b; i < pos; ++i) chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  if (chars < 2) return false;
  *begin = b;
  *end = pos;
  return true;
}

// A prefix qualifier that link words keep apart from its figure qualifies it all the same (分辨率大约|只能做到|20微米,
// 园区约|有|300家, 总投资近|达|20亿元): the figure's text stays as the rule found it (the words in between are no part
// of it), only an exact qualifier changes. A qualifier right before the figure that the rule left out is part of
// another word (签约28个), and so is a one-character qualifier ending a word (签约|有30个).
void QualifierPastLinks(const LinkerWords& lw, std::string_view text, std::size_t floor, Candidate& c) {
  if (c.record.qualifier != Qualifier::kExact) return;
  std::size_t pos = c.begin;
  int links = 0;
  // A share: the qualifier stands before 占, the whole between (约占全国同期装车量的6%, 近占全市的三成).
  if (c.record.type == RecordType::kPercentage) {
    const std::size_t share = text.substr(floor, c.begin - floor).rfind("占");
    if (share != std::string_view::npos) pos = floor + share, links = 1;
  }
  for (; pos > floor; ++links) {
    while (pos > floor && text[pos - 1] == ' ') --pos;
    if (pos == floor || lw.link_ends.find(CodePointBefore(text, pos)) == std::u32string::npos) return;
    if (links > 0) {
      for (const auto& [word, said] : lw.prefix_qualifiers) {
        if (pos < floor + word.size() || !EndsWithAt(text, pos, word)) continue;
        const std::size_t at = pos - word.size();
        if (measure::PrefixInWord(at > floor ? CodePointBefore(text, at) : 0, word)) continue;
        c.record.qualifier = said;
        return;
      }
    }
    std::size_t longest = 0;
    for (std::string_view w : lw.links) {
      if (w.size() > longest && pos >= floor + w.size() && EndsWithAt(text, pos, w)) longest = w.size();
    }
    if (longest == 0) return;
    pos -= longest;
  }
}

// A quantity's metric is what it counts or measures: the noun phrase after it (43个|场景, 370亩|土地), else the one
// before it (功耗|35瓦, 企业总数超过|22万家). `lo`: where the phrase before may start. Returns whether one was found.
// Adverbs and auxiliaries that open a predicate right after a figure: 两人尚属首次, 3家已投产, 5个均已完成.
constexpr std::u32string_view kAdverbStart = U"尚已均仍";  // not 都 (都市圈), 能 (能源), 会 (会展)

// The link words that may stand between a phrase and the figure it runs into (合计, 达到, 共计为): a few characters.
constexpr std::size_t kMaxLinkGapBytes = 12;

bool AssignPhraseMetric(const SentenceScope& sc, std::size_t lo, std::size_t next_begin, Candidate& c) {
  std::size_t limit = std::min(ClauseEnd(sc.bounds, sc.sentence->end, c.begin), next_begin);
  std::size_t b = 0, e = 0;
  // After the figure a copula may stand before the noun (两名为清华大学研究生); an adverb or verb starts a predicate
  // (两人尚属首次), which names nothing.
  // Whitespace after the figure (a unit set apart: 500P 先进智能算力; an OCR line break: 44项⏎涉企服务事项) is no
  // boundary, unless what follows still belongs to the figure (25个⏎以上, 0.9个 百分点).
  std::size_t after = c.end;
  for (int breaks = 0; after < limit && IsSpace(sc.text[after]) && (sc.text[after] != '\n' || ++breaks == 1);) ++after;
  // (A space between Chinese characters that the normalizer kept parts a headline's clauses: 2.31万户 营商环境持续优化.)
  const bool headline = after > c.end && sc.text[c.end] == ' ' && IsHan(CodePointBefore(sc.text, c.end)) &&
                        IsHan(CodePointAt(sc.text, after));
  if (after == limit || headline || !IsNameChar(CodePointAt(sc.text, after)) ||
      StartsWithAny(sc.text, after, sc.lw->figure_tails)) {
    after = c.end;
  }
  char32_t first = CodePointAt(sc.text, after);
  if (first == U'为' || first == U'是') after += 3;
  bool predicate = kAdverbStart.find(first) != std::u32string_view::npos;
  if (!predicate && PhraseAfter(*sc.lw, sc.text, after, limit, &b, &e)) {
    // A phrase that runs on into the next figure's metric (签约14个项目总投资218.6亿元, 300万千瓦光伏项目总投资…)
    // ends before that metric's head: what is counted is 项目, the 总投资 is the next figure's.
    if (e < sc.text.size() && next_begin >= e && next_begin - e <= kMaxLinkGapBytes &&
        CharsBesideLinks(*sc.lw, sc.text, e, next_begin) == 0) {
      const std::size_t head = HeadLength(*sc.lw, sc.text.substr(b, e - b));
      if (head >= 6 && e - head >= b + 6) e -= head;  // a head of two characters or more (not 率 of 分辨率)
    }
  } else {
    if (!PhraseBefore(*sc.lw, sc.text, c.begin, lo, &b, &e)) return false;
    // A qualifier the link words kept from the figure is no part of the phrase (单机柜功率最高|可达|50千瓦: 最高
    // qualifies the figure).
    for (const auto& [word, said] : sc.lw->prefix_qualifiers) {
      if (word.size() >= 6 && e - b > word.size() + 3 && EndsWithAt(sc.text, e, word)) {
        e -= word.size();
        break;
      }
    }
  }
  AssignWithoutSpaces(sc.text.substr(b, e - b), &c.record.metric);
  c.record.metric_class = std::string(HeadClass(*sc.lw, c.record.metric, c.record.type));
  return true;
}

// A share of a population names it right after itself: 过半房间, 90%以上的新质生产力项目, 一半企业.
bool AssignSharedPhrase(const SentenceScope& sc, std::size_t next_begin, Candidate& c) {
  std::size_t limit = std::min(ClauseEnd(sc.bounds, sc.sentence->end, c.begin), next_begin);
  std::size_t b = 0, e = 0;
  // A verb or adverb after the share starts a predicate, not a noun: 90%以上为…, 一半来自…, 过半已….
  static constexpr std::u32string_view kPredicateStart = U"为是来属在由被将已都均以用可能会要从于与和及或并也还就即达占";
  if (kPredicateStart.find(CodePointAt(sc.text, c.end)) != std::u32string_view::npos) return false;
  if (!PhraseAfter(*sc.lw, sc.text, c.end, limit, &b, &e)) return false;
  AssignWithoutSpaces(sc.text.substr(b, e - b), &c.record.metric);
  c.record.metric_class = std::string(HeadClass(*sc.lw, c.record.metric, c.record.type));
  return true;
}

// A share of what the noun after its 的 names, when that noun ends in a metric head (贡献了六成以上的税收、七成以上的
// GDP: 税收 and GDP, not the words before each share).
bool AssignShareOfNoun(const SentenceScope& sc, std::size_t next_begin, Candidate& c) {
  if (c.record.type != RecordType::kPercentage || c.list_size > 1 || !BytesAt(sc.text, c.end, "的")) return false;
  if (!AssignSharedPhrase(sc, next_begin, c)) return false;
  if (!c.record.metric_class.empty()) return true;
  c.record.metric.clear();
  return false;
}

// Where `word` first occurs in `hay`, whitespace inside it allowed (全⏎年); npos if nowhere.
std::size_t FindAcrossBreaks(std::string_view hay, std::string_view word) {
  if (word.empty()) return 0;
  for (std::size_t p = hay.find(word[0]); p != std::string_view::npos; p = hay.find(word[0], p + 1)) {
    std::size_t i = p, k = 0;
    while (i < hay.size() && k < word.size()) {
      if (hay[i] == word[k]) {
        ++k;
      } else if (!IsSpace(hay[i])) {
        break;
      }
      ++i;
    }
    if (k == word.size()) return p;
  }
  return std::string_view::npos;
}

bool ContainsAcrossBreaks(std::string_view hay, std::string_view word) {
  return FindAcrossBreaks(hay, word) != std::string_view::npos;
}

// The words of a comparison with the same time of the year before: 同比, 比上年同期, 较去年同期.
constexpr std::string_view kSameTimeLastYear[] = {"同比", "上年同期", "去年同期"};

// Whether `text` holds one of kSameTimeLastYear (one scan for their common 同: this runs for every sentence).
bool ComparesWithYearBefore(std::string_view text) {
  for (std::size_t at = text.find("同"); at != std::string_view::npos; at = text.find("同", at + 3)) {
    for (std::string_view w : kSameTimeLastYear) {
      const std::size_t in = w.find("同");
      if (at >= in && text.compare(at - in, w.size(), w) == 0) return true;
    }
  }
  return false;
}

// Whether the clause at `at` opens with such a comparison (…1234亿元，同比增长8.4%; …11286个，比上年同期增加534个).
bool OpensWithYearBefore(std::string_view text, std::size_t at) {
  if (BytesAt(text, at, "同比")) return true;
  if (!BytesAt(text, at, "比") && !BytesAt(text, at, "较")) return false;
  return BytesAt(text, at + 3, kSameTimeLastYear[1]) || BytesAt(text, at + 3, kSameTimeLastYear[2]);
}

// Words that place what follows after a project's completion (达产后可实现年产值…): another time (OtherTimeAt), for
// every later figure of their sentence (AfterCompletionBetween).
constexpr std::string_view kAfterCompletion[] = {"达产后", "建成后", "投产后", "满产后"};

// Where `sentence` first places its figures at another time than its paragraph's: now, lately, before or later
// (截至目前, 园区现有, 近日, 今后, 达产后); npos if nowhere.
std::size_t OtherTimeAt(std::string_view sentence) {
  static const std::vector<std::string_view> kOtherTime = [] {
    std::vector<std::string_view> words = {"目前", "当前", "现有", "近日", "日前", "今后", "未来", "此前", "以前",
                                           "过去", "近年", "多年", "历年", "如今", "现在", "眼下", "当下", "下一步",
                                           "接下来"};
    words.insert(words.end(), std::begin(kAfterCompletion), std::end(kAfterCompletion));
    return words;
  }();
  // 未来 is a time only before a span of it or a verb (未来三年, 未来5年, 未来，, 未来将); 未来产业, 未来科技城 are
  // names.
  static constexpr std::u32string_view kAfterFuture = U"0123456789一二两三四五六七八九十几数将要，,的";
  // One pass over the characters; a word is compared only where its first character stands.
  static constexpr std::u32string_view kFirsts = U"目当现近日今未此以过多历如眼下接达建投满";
  for (std::size_t at = 0; at < sentence.size();) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(sentence, at, &cp);
    if (len && kFirsts.find(cp) != std::u32string_view::npos) {
      for (std::string_view w : kOtherTime) {
        if (sentence.compare(at, w.size(), w) != 0) continue;
        const std::size_t next = at + w.size();
        if (w == "未来" && next < sentence.size() &&
            kAfterFuture.find(CodePointAt(sentence, next)) == std::u32string_view::npos) {
          continue;
        }
        return at;
      }
    }
    at += len ? len : 1;
  }
  return std::string_view::npos;
}

// Where the text after an inline heading mark opening at `at` starts (【工业生产】1—11月，…; （一）1—11月，…; 一、
// 1—11月，…; 2、全年…), when it starts by `limit`: past the mark and the spaces after it; else `at`.
std::size_t PastHeadingMark(std::string_view text, std::size_t at, std::size_t limit) {
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  std::size_t p = at;
  if (BytesAt(text, p, "【")) {
    const std::size_t close = text.substr(p, limit - p).find("】");
    if (close == std::string_view::npos) return at;
    p += close + 3;
  } else {
    const bool bracket = BytesAt(text, p, "（") || BytesAt(text, p, "(");
    if (bracket) p += text[p] == '(' ? 1 : 3;
    const std::size_t digits = p;
    while (p < limit && (kNumerals.find(CodePointAt(text, p)) != std::u32string_view::npos)) p += 3;
    if (p == digits) {
      while (p < limit && !bracket && text[p] >= '0' && text[p] <= '9') ++p;
      if (p == digits || p - digits > 2) return at;
    }
    if (bracket ? !(BytesAt(text, p, "）") || BytesAt(text, p, ")")) : !BytesAt(text, p, "、")) return at;
    p += text[p] == ')' ? 1 : 3;
  }
  while (p < limit && IsSpace(text[p])) ++p;
  return p <= limit ? p : at;
}

// Where the text after a news dateline opening at `at` (本报讯, 新华社合肥11月20日电) starts, when it starts by
// `limit`: past its 讯 or 电, a byline in brackets and the spaces or colon after them; else `at`.
std::size_t PastDateline(std::string_view text, std::size_t at, std::size_t limit) {
  if (!NewsLeadAt(text, at)) return at;
  const std::string_view head = text.substr(at, std::min<std::size_t>(limit - at, 48));
  std::size_t end = std::min(head.find("讯"), head.find("电"));
  if (end == std::string_view::npos) return at;
  end = at + end + 3;
  // …and a byline in brackets after it (本报讯（记者 王敏）).
  const bool wide = text.compare(end, 3, "（") == 0;
  if (wide || text.compare(end, 1, "(") == 0) {
    const std::size_t close = text.substr(end, std::min<std::size_t>(limit - end, 48)).find(wide ? "）" : ")");
    if (close != std::string_view::npos) end += close + (wide ? 3 : 1);
  }
  while (end < limit && (IsSpace(text[end]) || text[end] == ':')) ++end;
  if (text.compare(end, 3, "：") == 0) end += 3;
  return end == limit ? end : at;
}

// Where sentence `s` opens: past the spaces a line break or OCR left before it.
std::size_t SentenceOpening(std::string_view text, const Sentence& s) {
  std::size_t at = s.begin;
  while (at < s.end && IsSpace(text[at])) ++at;
  return at;
}

// Whether sentence `s` is a section's lead, the topic of the paragraph in a few Chinese characters and a full stop
// (工业生产较快增长。消费市场回暖。): three to sixteen characters, no figure.
bool IsSectionLead(std::string_view text, const Sentence& s) {
  static constexpr std::u32string_view kLeadNumerals = U"〇零一二两三四五六七八九十百千万亿";
  std::size_t chars = 0, at = SentenceOpening(text, s);
  std::size_t end = s.end;
  while (end > at && IsSpace(text[end - 1])) --end;
  if (!EndsWithAt(text, end, "。")) return false;
  for (end -= 3; at < end; ++chars) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, at, &cp);
    if (!len || !IsHan(cp) || kLeadNumerals.find(cp) != std::u32string_view::npos || chars > 16) return false;
    at += len;
  }
  return chars >= 3;
}

// Whether the paragraph opening at `at` breaks down the figures of the one before it by a dimension (分行业看，…;
// 从主要产品看：…; 分地区来看，…; 具体来看，…; 按消费类型分，…; 分县（市、区）看，…) or takes up one side of them
// (房地产市场方面，…; 项目建设方面：…): a view of up to eight characters, then 看 or 来看 (after 按, also 分) or 方面,
// and a comma or colon. Such a paragraph restates no date, and its figures are of the period before it.
bool BreakdownOpening(std::string_view text, std::size_t at) {
  static constexpr std::u32string_view kViewFirsts = U"分从按具总就";
  static constexpr std::u32string_view kInView = U"、()";  // 分县（市、区）看, 分县(市、区)看
  char32_t cp = 0, prev = 0;
  std::size_t len = DecodeUtf8(text, at, &cp);
  if (!len) return false;
  const bool view = kViewFirsts.find(cp) != std::u32string_view::npos;
  const bool one_side = cp != U'一' && cp != U'另';  // 一方面, 另一方面 join clauses
  const bool by = cp == U'按';  // 按消费类型分, 按地区分: 按…分 as well as 按…看
  for (int n = 0; n < 10 && at < text.size(); ++n) {
    at += len;
    prev = cp;
    len = DecodeUtf8(text, at, &cp);
    // A digit, a Latin letter or a mark: no view (分2批看 is none either).
    if (!len || (cp < 0x3400 && kInView.find(cp) == std::u32string_view::npos)) return false;
    const bool side = one_side && n >= 2 && prev == U'方' && cp == U'面';
    if (!side && (!view || (cp != U'看' && !(by && cp == U'分')))) continue;
    const std::size_t next = at + len;
    return n >= 1 && (text.compare(next, 3, "，") == 0 || text.compare(next, 3, "：") == 0 ||
                      text.compare(next, 1, ",") == 0 || text.compare(next, 1, ":") == 0);
  }
  return false;
}

// The months a period value covers, as year × 12 + month − 1 (2025 → Jan–Dec 2025; 2025-Q3, 2025-H1, 2025-10,
// 2025-10-31, 2025-01/2025-10); false when the value is none of these, or a range of days (今年以来 runs to a day,
// and holds no period as its part).
bool PeriodMonths(std::string_view v, int* first, int* last) {
  auto year = [](std::string_view y) { return y.size() >= 4 ? ParseYearDigits(y.substr(0, 4)) : -1; };
  const std::size_t slash = v.find('/');
  if (slash != std::string_view::npos) {
    if (slash == 10) return false;
    int a = 0, b = 0, c = 0, d = 0;
    if (!PeriodMonths(v.substr(0, slash), &a, &b) || !PeriodMonths(v.substr(slash + 1), &c, &d)) return false;
    *first = a, *last = d;
    return true;
  }
  const int y = year(v);
  if (y < 0) return false;
  if (v.size() == 4) {
    *first = y * 12, *last = y * 12 + 11;
  } else if (v.size() >= 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
    *first = y * 12 + (v[6] - '1') * 3, *last = *first + 2;
  } else if (v.size() >= 7 && v[4] == '-' && v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
    *first = y * 12 + (v[6] - '1') * 6, *last = *first + 5;
  } else if (v.size() >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1' && v[6] >= '0' && v[6] <= '9') {
    *first = *last = y * 12 + (v[5] - '0') * 10 + (v[6] - '0') - 1;
  } else {
    return false;
  }
  return true;
}

// Whether period `part` lies inside period `whole` and is not all of it (2025-10 in 2025-01/2025-10).
bool WithinPeriod(std::string_view part, std::string_view whole) {
  int a = 0, b = 0, c = 0, d = 0;
  // A day is a point a stock is taken at (截至10月底), no part of a range of months.
  if (part.size() == 10) return false;
  if (part.empty() || part == whole || !PeriodMonths(part, &a, &b) || !PeriodMonths(whole, &c, &d)) return false;
  return a >= c && b <= d;
}

bool IsDigitChar(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９'); }

// The year 全年 means in paragraph `paragraph`: the year last named in it, else in the paragraph right before it (a
// line break after a sentence, as OCR leaves them: 2023年，…九成。⏎浙江省全年…), else the year of the section
// heading above it (一、2024年工作回顾), else the one year of the title.
std::string_view ContextYear(const std::string& last_year, std::size_t last_year_paragraph, std::size_t paragraph,
                             std::string_view section_year, std::string_view title_year) {
  if (!last_year.empty() && (last_year_paragraph == paragraph || last_year_paragraph + 1 == paragraph)) {
    return last_year;
  }
  return section_year.empty() ? title_year : section_year;
}

// The longest heading the linker sets apart: 20 Chinese characters.
constexpr std::size_t kMaxHeadingBytes = 60;

// Whether the line [b, e) is a section heading: a list marker (一、 （二） 3、) opening a line that holds no sentence's
// or clause's punctuation and is no longer than a heading.
bool SectionHeading(std::string_view text, std::size_t b, std::size_t e) {
  while (b < e && IsSpace(text[b])) ++b;
  if (e - b > kMaxHeadingBytes) return false;
  const std::string_view line = text.substr(b, e - b);
  for (std::string_view p : {"。", "，", "；", ",", ";"}) {
    if (line.find(p) != std::string_view::npos) return false;
  }
  std::size_t k = b;
  const bool bracket = BytesAt(text, k, "（") || BytesAt(text, k, "(");
  if (bracket) k += text[k] == '(' ? 1 : 3;
  const std::size_t numeral = k;
  while (k < e) {
    const char32_t c = CodePointAt(text, k);
    if (!IsDigitChar(c) && std::u32string_view(U"一二三四五六七八九十").find(c) == std::u32string_view::npos) break;
    k += c < 0x80 ? 1 : 3;
  }
  if (k == numeral) return false;
  return bracket ? BytesAt(text, k, "）") || BytesAt(text, k, ")") : BytesAt(text, k, "、");
}

// Whether `gap` (between a date and a figure) places the figure at another time: OtherTimeAt, except a time after
// 由 or 从 that dates the figure a change starts from, before the change's 至 or 到 (到2027年，就业人数由目前的3.2万人
// 增至5万人: 3.2万人 is now, 5万人 2027's).
// Only the last kMaxQualifyGapBytes of [from, to) are read: a sentence of many figures stays linear.
bool OtherTimeBetween(std::string_view text, std::size_t from, std::size_t to) {
  if (to > from + kMaxQualifyGapBytes) {
    from = to - kMaxQualifyGapBytes;
    while (from < to && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;  // a character's start
  }
  const std::string_view gap = text.substr(from, to - from);
  const std::size_t at = OtherTimeAt(gap);
  if (at == std::string_view::npos) return false;
  const bool starts_change = EndsWithAt(gap, at, "由") || EndsWithAt(gap, at, "从");
  return !(starts_change &&
           (gap.find("至", at) != std::string_view::npos || gap.find("到", at) != std::string_view::npos));
}

// Whether a word placing what follows after a project's completion (达产后, 建成后, 投产后) stands in [from, to), of
// which the last 3 × kMaxQualifyGapBytes are read: it places every figure of its sentence after it (2027年底建成投产，
// 达产后可实现年产值50亿元、年利税8亿元，新增就业1200人), not only those of its clause.
bool AfterCompletionBetween(std::string_view text, std::size_t from, std::size_t to) {
  if (to > from + 3 * kMaxQualifyGapBytes) from = to - 3 * kMaxQualifyGapBytes;
  const std::string_view gap = text.substr(from, to - from);
  for (std::string_view w : kAfterCompletion) {
    if (gap.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// After 全年 (in `before`, the text before a figure), a period within one year (2025-Q4, 2023-12-31) becomes that
// year.
void TakeWholeYear(bool whole_year_before, std::string* period) {
  const std::string& v = *period;
  const std::size_t slash = v.find('/');
  // A part of one year (2024-Q4, 2024-01/2024-09 for 前三季度…，全年…); a range into the next year's first days is
  // of its first year (12月至明年元旦期间…，力争全年…); a range across more years has no whole year.
  const bool into_january = slash == 10 && v.size() == 21 && v.compare(16, 2, "01") == 0 &&
                            ParseYearDigits(std::string_view(v).substr(11, 4)) ==
                                ParseYearDigits(std::string_view(v).substr(0, 4)) + 1;
  const bool one_year = slash == std::string::npos || v.compare(slash + 1, 4, v, 0, 4) == 0 || into_january;
  if (whole_year_before && v.size() > 4 && v[0] >= '0' && v[0] <= '9' && one_year) period->resize(4);
}

void TakeWholeYear(std::string_view before, std::string* period) {
  TakeWholeYear(ContainsAcrossBreaks(before, "全年"), period);
}

// A year that an as-of date at the end of one of its months stands before in the sentence (截至9月底，今年全市累计
// 完成固定资产投资820亿元) is the year so far: January to that month (2025-01/2025-09).
void YearToDate(const SentenceScope& sc, const std::vector<Candidate>& cs, const Candidate& year, std::string* period) {
  if (year.record.granularity != "year" || period->size() != 4) return;
  std::string_view month;  // of the nearest such date before the year
  for (std::size_t d : sc.dates) {
    const Record& q = cs[d].record;
    if (cs[d].begin >= year.begin) break;
    if (q.qualifier != Qualifier::kAsOf || q.granularity != "day" || q.value.size() != 10 ||
        q.value.compare(0, 4, *period) != 0) {
      continue;
    }
    const int y = ParseYearDigits(std::string_view(q.value).substr(0, 4));
    const int m = (q.value[5] - '0') * 10 + (q.value[6] - '0');
    const int day = (q.value[8] - '0') * 10 + (q.value[9] - '0');
    if (m >= 1 && m <= 11 && day == DaysInMonth(y, m)) month = std::string_view(q.value).substr(0, 7);
  }
  if (!month.empty()) *period = *period + "-01/" + std::string(month);
}

// The nearest usable date in the clause, else before the figure in the sentence. Returns whether the period came
// from the figure's own clause.
bool AssignPeriod(const SentenceScope& sc, const std::vector<Candidate>& cs, std::size_t clause, Candidate& c) {
  std::size_t clause_end = ClauseEnd(sc.bounds, sc.sentence->end, c.begin);
  const bool whole_year_before = sc.whole_year_at < c.begin;  // 全年 earlier in the sentence
  // sc.dates: the usable dates of the sentence in text order, disjoint from each other and from c. Rank 0: the
  // nearest one before c in its clause; 1: the first after c in its clause; 2: the nearest before the clause.
  auto after = std::lower_bound(sc.dates.begin(), sc.dates.end(), c.begin,
                                [&cs](std::size_t d, std::size_t pos) { return cs[d].begin < pos; });
  const Candidate* before = after == sc.dates.begin() ? nullptr : &cs[*std::prev(after)];
  const Candidate* next = after == sc.dates.end() ? nullptr : &cs[*after];
  const Candidate* best = nullptr;
  int best_rank = 99;
  // A date in a note that opens after the figure is the note's (约9亿元（去年同期仅为1.6亿元）), not the figure's.
  auto in_note = [&](const Candidate* d) {
    std::string_view gap = sc.text.substr(c.end, d->begin - c.end);
    return gap.find('(') != std::string_view::npos || gap.find("（") != std::string_view::npos;
  };
  if (before && before->begin >= clause) {
    best = before, best_rank = 0;
  } else if (next && next->end <= clause_end && !in_note(next)) {
    best = next, best_rank = 1;
  } else if (before && !OtherTimeBetween(sc.text, std::max(before->end, clause), c.begin) &&
             !AfterCompletionBetween(sc.text, before->end, c.begin)) {
    best = before, best_rank = 2;  // not past 目前, 如今 …: 项目于2022年投产，目前月产能已达3.5万片
  }
  if (best) {
    c.record.period = best->record.value;
    YearToDate(sc, cs, *best, &c.record.period);
    // 四季度将加快…，力争全年产值突破320亿元: 全年 between the date and the figure takes the whole year of an earlier
    // date (力争全年规上工业增加值增长8%左右，固定资产投资增长6%以上: both), also in the date's own clause
    // (四季度园区将力争全年…突破650家).
    if (best_rank != 1) TakeWholeYear(sc.text.substr(best->end, c.begin - best->end), &c.record.period);
  } else if (!sc.continued_period.empty()) {
    c.record.period = std::string(sc.continued_period);  // 1—10月，…零售总额…。其中，…零售额增长26.7%
    // …whose year, for 全年 before the figure (四季度交付量15万辆；全年交付目标上调至50万辆以上 → the year).
    TakeWholeYear(whole_year_before, &c.record.period);
  } else if (sc.year_after_topic && whole_year_before) {
    c.record.period = std::string(sc.year_in_context);  // 全年 after a newer year than the paragraph's opening one
  } else if (!sc.topic_period.empty() &&
             (sc.other_time_at == std::string_view::npos || sc.sentence->begin + sc.other_time_at >= c.begin)) {
    c.record.period = std::string(sc.topic_period);  // 该省明确，今年要…。…新增科技领军企业10家: the paragraph's
    // …whose year, for 全年 before the figure in its sentence (截至2023年12月31日，…。龙头企业全年营业收入…).
    TakeWholeYear(whole_year_before, &c.record.period);
  } else if (!sc.year_in_context.empty() && whole_year_before) {
    c.record.period = std::string(sc.year_in_context);  // 全年: the year the paragraph is talking about
  } else if (!sc.section_year.empty() && !OtherTimeBetween(sc.text, sc.sentence->begin, c.begin)) {
    c.record.period = std::string(sc.section_year);  // 一、2024年工作回顾 ⏎ （一）…规上工业增加值增长7.4%
  } else if (!sc.release_period.empty() && !OtherTimeBetween(sc.text, sc.sentence->begin, c.begin) &&
             (sc.release_goes_on || ComparesWithYearBefore(sc.text.substr(clause, clause_end - clause)) ||
              OpensWithYearBefore(sc.text, clause_end))) {
    // 前三季度…经济稳中有进 ⏎ …全市规上工业增加值同比增长8.4%; …增加值1234亿元，同比增长8.4%; …，同比下降6.8%。房屋
    // 施工面积42018.7万平方米，下降7.3%.
    c.record.period = std::string(sc.release_period);
  }
  return best_rank == 0;
}

// The paragraphs that may name the document's topic: the title and the lead.
constexpr std::size_t kTopicParagraphs = 2;
// The longest title line, in bytes (30 characters), and the longest mark before its name (# , 【).
constexpr std::size_t kMaxTitleBytes = 90;
constexpr std::size_t kTitleMarkBytes = 4;

// Whether a sentence is a byline: a line of two to twelve Chinese characters and spaces (张琦, 朱新国 周函).
bool IsByline(std::string_view text, const Sentence& s) {
  std::size_t chars = 0;
  for (std::size_t i = s.begin; i < s.end;) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, i, &cp);
    if (!len || (cp != ' ' && !IsHan(cp))) return false;
    chars += cp != ' ';
    i += len;
  }
  return chars >= 2 && chars <= 12;
}

// Whether a line is a newspaper's masthead (丰溪报　2026年12月4日　星期五　第2版): a paper's name and a day's date
// or a page number.
bool Masthead(std::string_view text, const Sentence& s) {
  const std::string_view line = text.substr(s.begin, s.end - s.begin);
  const std::size_t paper = line.find("报");
  if (paper == std::string_view::npos) return false;
  const std::size_t year = line.find("年", paper), day = line.find("日", paper);
  const bool date = year != std::string_view::npos && day != std::string_view::npos && year < day;
  return date || line.find("版", paper) != std::string_view::npos;
}

// Whether a line credits its writers (本报记者 林晓岚 通讯员 周明远; 记者 王敏): it opens with a reporter's title.
bool Credit(std::string_view text, const Sentence& s) {
  for (std::string_view w : {"本报记者", "记者", "通讯员", "特约记者", "见习记者"}) {
    if (BytesAt(text, s.begin, w)) return true;
  }
  return false;
}

// Whether sentence `si` is a title line: a paragraph of its own, short, without a sentence's end.
bool IsTitleLine(std::string_view text, const std::vector<Sentence>& sentences, std::size_t si) {
  const Sentence& s = sentences[si];
  if (s.end - s.begin > kMaxTitleBytes) return false;
  if (si > 0 && sentences[si - 1].paragraph == s.paragraph) return false;
  if (si + 1 < sentences.size() && sentences[si + 1].paragraph == s.paragraph) return false;
  static constexpr std::u32string_view kEnds = U"。！？；!?;";
  return kEnds.find(CodePointBefore(text, s.end)) == std::u32string_view::npos;
}
// Words of a scope wider than any name's: a clause holding one is not about the document's topic.
constexpr std::string_view kWiderScopes[] = {"全国", "我国", "国内", "全球", "世界", "国家统计局"};

// The suffix of the names a clause about the whole of an area is about (全省 → 省, 全市 → 市 …: its last such word),
// or empty. Not the whole a share or a comparison is against (占全省的, 比全省, 高于全省): that is no subject.
std::string_view WholeAreaSuffix(std::string_view clause) {
  // 全 is E5 85 A8: the bytes are compared by hand, from the end (this runs for every figure).
  for (std::size_t at = clause.size(); at >= 6; --at) {
    const std::size_t q = at - 6;
    if (clause[q] != '\xE5' || clause[q + 1] != '\x85' || clause[q + 2] != '\xA8') continue;
    if (q >= 3 && (Is3At(clause, q - 3, "占") || Is3At(clause, q - 3, "比") || Is3At(clause, q - 3, "于") ||
                   Is3At(clause, q - 3, "较"))) {
      continue;
    }
    const std::string_view next = clause.substr(q + 3, 3);
    for (std::string_view suf : {"省", "市", "县", "区", "州"}) {
      if (next == suf) return suf;
    }
  }
  return {};
}

// Whether a name is of the level `suffix` names: it ends in it (杭州市, 萧山区); for 省 it is a province or autonomous
// region (浙江省, 广西壮族自治区, 湖南: a `place` name of subjects.tsv), for 市 a city's short name (合肥, `city`).
bool NameOfLevel(const LinkerWords& lw, std::string_view text, const Subject& n, std::string_view suffix) {
  const std::string_view name = text.substr(n.begin, n.end - n.begin);
  if (EndsWithAt(name, name.size(), suffix)) return true;
  if (suffix != "省" && suffix != "市") return false;
  // A province's or autonomous region's name (浙江省, 广西壮族自治区, 湖南), a city's short name (合肥).
  std::string_view role = suffix == "省" ? kPlaceRole : kCityRole;
  bool level = suffix == "省" && EndsWithAt(name, name.size(), "自治区");
  lw.suffixes_by_last.ForKey(CodePointBefore(name, name.size()), [&](const Word& w) {
    level = level || (w.value == role && w.word == name);
  });
  return level;
}

// The nearest name before the figure in the sentence, else after it in its clause, else the paragraph's topic, else
// the document's.
void AssignSubject(const SentenceScope& sc, Candidate& c) {
  std::size_t clause_end = ClauseEnd(sc.bounds, sc.sentence->end, c.begin);
  const Subject* subj = nullptr;
  // Subjects are sorted and disjoint, so their ends are sorted too.
  auto first_after = std::partition_point(sc.subjects.begin(), sc.subjects.end(),
                                          [&c](const Subject& sb) { return sb.end <= c.begin; });
  if (first_after != sc.subjects.begin()) subj = &*std::prev(first_after);
  // Names listed together before a list of figures share them out in order (贵阳市、遵义市收入分别为512.4亿元和
  // 268.9亿元; 大丰区和射阳县分别…): item t is the t-th name when the names stand next to each other, joined by 、
  // or a conjunction, in the figure's clause.
  if (subj && c.list_size > 1 && c.list_index >= 0 && c.list_index < c.list_size) {
    const std::size_t n = static_cast<std::size_t>(c.list_size);
    const std::size_t last = static_cast<std::size_t>(first_after - sc.subjects.begin()) - 1;
    bool listed =
        last + 1 >= n && sc.subjects[last + 1 - n].begin >= ClauseStart(sc.bounds, sc.sentence->begin, c.begin);
    for (std::size_t k = last + 1 - std::min(n, last + 1); listed && k < last; ++k) {
      const std::string_view join = sc.text.substr(sc.subjects[k].end, sc.subjects[k + 1].begin - sc.subjects[k].end);
      listed = join == "、" || join == "和" || join == "与" || join == "及";
    }
    if (listed) subj = &sc.subjects[last + 1 - n + static_cast<std::size_t>(c.list_index)];
  }
  if (!subj) {
    auto next = std::partition_point(sc.subjects.begin(), sc.subjects.end(),
                                     [&c](const Subject& sb) { return sb.begin < c.end; });
    if (next != sc.subjects.end() && next->end <= clause_end) subj = &*next;
  }
  // A sentence going on after a semicolon, or detailing the one before (其中), is about what that one was about.
  if (!subj && !sc.continued_subject.empty()) {
    c.record.subject = std::string(sc.continued_subject);
    return;
  }
  if (!sc.topic_is_this_sentence && !sc.topic->empty()) {
    if (!subj) subj = &sc.topic->front();
    // 该公司 / 该企业 refer back to the organization of the paragraph's topic.
    for (const Subject& t : *sc.topic) {
      if (sc.mentions_organization && (EndsWithAt(sc.text, t.end, "公司") || EndsWithAt(sc.text, t.end, "集团"))) {
        subj = &t;
      }
    }
  }
  // Else the document's topic, in a paragraph that names nothing, unless the figure's clause is about the country
  // or the world (全国规上工业增加值增长5.8%).
  if (!subj && sc.doc_topic && !sc.doc_topic->empty() && sc.sentence != sc.doc_topic_sentence &&
      (sc.topic_is_this_sentence || sc.topic->empty())) {
    const std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, c.begin);
    const std::string_view around = sc.text.substr(clause, clause_end - clause);
    bool wider = false;
    for (std::string_view w : kWiderScopes) {
      const std::size_t at = around.find(w);
      // (国内增值税 and 国内消费税 are the names of taxes any province collects.)
      const std::size_t after = at + w.size();
      const bool tax = w == "国内" && (BytesAt(around, after, "增值税") || BytesAt(around, after, "消费税"));
      wider = wider || (at != std::string_view::npos && !tax);
    }
    if (!wider) subj = &sc.doc_topic->front();
  }
  // A clause about the whole of an area (全市数字经济企业发展到312家, 全省算力总规模达到…) is about a name of that
  // level: the nearest one before it in the sentence or the paragraph, or the document's topic, or any earlier in the
  // document; else none (not the park or the company named before it).
  const std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, c.begin);
  const std::string_view whole = WholeAreaSuffix(sc.text.substr(clause, c.begin - clause));
  if (!whole.empty() && !(subj && NameOfLevel(*sc.lw, sc.text, *subj, whole))) {
    subj = nullptr;
    auto last_of_level = [&](const std::vector<Subject>* names, std::size_t before) {
      if (!names) return;
      for (auto it = names->rbegin(); it != names->rend() && !subj; ++it) {
        if (it->end <= before && NameOfLevel(*sc.lw, sc.text, *it, whole)) subj = &*it;
      }
    };
    last_of_level(&sc.subjects, c.begin);
    last_of_level(sc.earlier, c.begin);
    if (!sc.topic_is_this_sentence) last_of_level(sc.topic, c.begin);
    last_of_level(sc.doc_topic, c.begin);
    last_of_level(sc.before, c.begin);
  }
  if (subj) AssignWithoutSpaces(sc.text.substr(subj->begin, subj->end - subj->begin), &c.record.subject);
}

// A growth rate or share right after figure `p` qualifies it (…总产值253.63亿元，同比增长2.08%; …，占全区的64.48%)
// when nothing measured stands between them; it inherits p's metric when it has none, and p's period and subject.
// A growth rate's metric that is only a word for the rate itself (…增加值86.2亿元，增幅达14.3%): it names no metric.
bool BareRateWord(std::string_view metric) {
  for (std::string_view w : {"增幅", "增速", "涨幅", "降幅", "增长率", "增长幅度", "增长速度"}) {
    if (metric == w) return true;
  }
  return false;
}

// A change in points of the growth rate just given (同比增长7.6%，增速较上年同期提高1.2个百分点; 下降9.8%，降幅比1—9月
// 收窄1.3个百分点) is a change of that rate, named by its rate word: it qualifies the rate, and measures the rate's
// metric's 增速 or 降幅 (全社会用电量增速, class growth), not the metric itself.
// Without a rate word, a change in points against an earlier period or another rate with a word of pace is one too
// (同比增长4.9%，比1—9月加快0.2个百分点 → 社会消费品零售总额增速; 增长15.3%，比各项贷款增速高6.4个百分点), and so is one
// against a wider area's rate (增长6.2%，高于全省平均水平0.8个百分点; 快于全国1.1个百分点).
bool PaceChange(std::string_view gap) {
  bool against = false;
  for (std::string_view w : {"比", "较", "高于", "低于", "快于", "慢于"}) {
    against = against || gap.find(w) != std::string_view::npos;
  }
  if (!against) return false;
  for (std::string_view w : {"加快", "回落", "放缓", "回升", "减缓", "收窄", "扩大", "提高", "提升", "下降", "下滑",
                             "高", "低", "快", "慢"}) {
    if (gap.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool GrowthOfGrowth(std::string_view text, const Candidate& g, Candidate& c) {
  Record& r = c.record;
  if (r.type != RecordType::kGrowthRate || r.unit != "percentage_point" ||
      g.record.type != RecordType::kGrowthRate || g.record.unit != "percent" || g.end > c.begin ||
      c.begin - g.end > kMaxQualifyGapBytes || c.list_size > 1) {
    return false;
  }
  const bool pace = r.metric.empty() && PaceChange(text.substr(g.end, c.begin - g.end));
  if (!BareRateWord(r.metric) && !pace) return false;
  c.qualifies_id = g.id;
  // (Not twice: 营业收入增速达到11.2%，比全省平均水平高出2.3个百分点 → 营业收入增速.)
  const std::string_view rate_word = pace ? std::string_view("增速") : std::string_view(r.metric);
  const bool named = EndsWithAt(g.record.metric, g.record.metric.size(), rate_word);
  r.metric = g.record.metric + (named ? std::string() : std::string(rate_word));
  r.metric_class = "growth";
  if (r.period.empty()) r.period = g.record.period;
  if (r.subject.empty()) r.subject = g.record.subject;
  return true;
}


void LinkQualifier(const SentenceScope& sc, const Candidate& p, std::size_t gap_begin, bool own_metric,
                   bool own_clause_period, Candidate& c) {
  std::string_view gap = sc.text.substr(gap_begin, c.begin - gap_begin);
  std::size_t skip = 0;
  while (skip < gap.size() && (gap[skip] == ',' || gap[skip] == ' ')) ++skip;
  if (gap.compare(skip, 3, "，") == 0) skip += 3;
  for (std::string_view q : kBeforeShare) {  // 约占全省的47%
    if (gap.compare(skip, q.size(), q) == 0 && gap.compare(skip + q.size(), 3, "占") == 0) skip += q.size();
  }
  bool share_of = c.record.type == RecordType::kPercentage && gap.compare(skip, 3, "占") == 0;
  // A bare rate word in the gap is the rate's own name, not a metric between: the rate is the figure's.
  const std::size_t bare_at =
      c.record.type == RecordType::kGrowthRate && BareRateWord(c.record.metric) ? gap.rfind(c.record.metric)
                                                                                 : std::string_view::npos;
  const bool bare = bare_at != std::string_view::npos && !p.record.metric.empty();
  bool metric_between = FindMetric(*sc.lw, sc.text, gap_begin, bare ? gap_begin + bare_at : c.begin, false, nullptr);
  if (bare) own_metric = false;
  if (gap.size() > kMaxQualifyGapBytes || !(share_of || (!own_metric && !metric_between))) return;
  Record& r = c.record;
  c.qualifies_id = p.id;
  if (bare && r.unit == "percentage_point" && !IsQualifying(p.record.type)) {
    // A change in points of a level's rate word (存款余额…，增速比上月末低0.4个百分点): a change of its growth rate.
    r.metric = p.record.metric + r.metric;
    r.metric_class = "growth";
  } else if (share_of && r.metric.empty() && SharedWholeWords(gap.substr(skip + 3))) {
    // A share of a whole named by its place alone (占全省的47%, 占全市的42.9%): 占全省, class share.
    r.metric = std::string(gap.substr(skip, gap.size() - skip - (EndsWithAt(gap, gap.size(), "的") ? 3 : 0)));
    r.metric_class = "share";
  } else if (r.metric.empty() || bare) {
    r.metric = p.record.metric;
    r.metric_class = p.record.metric_class;
  }
  if (!own_clause_period && !p.record.period.empty()) r.period = p.record.period;
  // (A sum over a list, 分别为…，合计占全省的79.0%, qualifies no one item and is of no one item's subject.)
  const bool sum_of_list = p.list_size > 1 && EndsWithAt(gap, skip, "合计");
  if (sum_of_list) {
    c.qualifies_id = -1;
    r.subject.clear();
  } else if (!p.record.subject.empty()) {
    r.subject = p.record.subject;
  }
}

// A part of a figure just counted measures what it did: 28个重大项目签约，其中27个来自… (其中, 其中有, 内含).
void ShareSubsetMetric(const SentenceScope& sc, const Candidate& whole, Candidate& c) {
  if (whole.record.type != c.record.type || whole.record.unit != c.record.unit || whole.end > c.begin) return;
  std::string_view before = sc.text.substr(whole.end, c.begin - whole.end);
  std::size_t at = before.rfind("其中");
  if (at == std::string_view::npos) return;
  std::string_view rest = before.substr(at + std::string_view("其中").size());
  if (!rest.empty() && rest != "有" && rest != "，" && rest != "," && rest != "：") return;
  c.record.metric = whole.record.metric;
  c.record.metric_class = whole.record.metric_class;
}

// Where the clause after figure `g` opens: past a comma or semicolon and spaces.
std::size_t ClauseAfter(const SentenceScope& sc, const Candidate& g) {
  std::size_t after = g.end;
  while (after < sc.text.size() && (sc.text[after] == ',' || sc.text[after] == ' ')) ++after;
  if (sc.text.compare(after, 3, "，") == 0 || sc.text.compare(after, 3, "；") == 0) after += 3;
  return after;
}

// The year of a base written with it right before a figure (较2020年的4261.4亿元, 由2020年的1.92%, 从2020年的837家,
// 由2025年底的8.6EFLOPS): its four digits, or empty.
std::string_view BaseYearBefore(std::string_view text, std::size_t clause, std::size_t begin) {
  constexpr std::size_t kBytes = 3 + 4 + 6;  // 较 2020 年的
  if (begin < clause + kBytes) return {};
  std::size_t year_end = begin;  // where 年 ends, before 的 (or 底的, 末的)
  if (text.compare(begin - 3, 3, "的") != 0) return {};
  year_end -= 3;
  if ((EndsWithAt(text, year_end, "底") || EndsWithAt(text, year_end, "末")) && year_end >= clause + kBytes) {
    year_end -= 3;
  }
  if (!EndsWithAt(text, year_end, "年")) return {};
  const std::size_t y = year_end - 7;
  for (std::size_t k = y; k < y + 4; ++k) {
    if (text[k] < '0' || text[k] > '9') return {};
  }
  const char32_t before = CodePointBefore(text, y);
  if (before != U'较' && before != U'比' && before != U'由' && before != U'从') return {};
  return text.substr(y, 4);
}

// Money and output values: amounts of money, whatever they measure.
bool IsMoneyKind(RecordType t) { return t == RecordType::kMoney || t == RecordType::kOutputValue; }

// Whether figures of types a and b measure alike: the same type, or money and an output value.
bool SameKind(RecordType a, RecordType b) { return a == b || (IsMoneyKind(a) && IsMoneyKind(b)); }

// Comparisons that open a change, its verbs, and those of them that say it fell (同比多增312亿元 rose, 少增86亿元 fell).
const std::vector<std::string_view> kChangeOpeners = {"比", "较", "同比", "环比"};
const std::vector<std::string_view> kChanges = {"增加", "减少", "新增", "净增", "净减", "多", "少", "多增", "少增",
                                                "多减", "少减", "提高", "降低", "下降", "增长", "上升", "扩大",
                                                "缩小", "缩短", "延长", "压缩"};
const std::vector<std::string_view> kFalls = {"减少", "净减", "少", "少增", "多减", "降低", "下降", "缩小", "缩短",
                                              "压缩"};

// A change stated against a base measures what the figure before it did: 企业数量达到1280家，比上年增加167家;
// 常住人口812.6万人，比上年末减少4.3万人. Same type and unit, a short gap that opens with the comparison (比, 较) and
// ends with the verb of change, and no metric word between them. The change says so: the direction of its verb and
// the basis named before it (up, yoy for 比上年增加167家), which tell it from a level of the same metric.
// Returns whether c is such a change.
bool ShareChangeMetric(const SentenceScope& sc, const Candidate& base, Candidate& c) {
  if (base.record.type != c.record.type || base.record.unit != c.record.unit || base.end > c.begin ||
      c.begin - base.end > kMaxQualifyGapBytes || base.record.metric.empty()) {
    return false;
  }
  const std::size_t after = ClauseAfter(sc, base);
  // …or the change right after the figure's clause (外贸企业达10.3万家，增加7200家).
  if (!StartsWithAny(sc.text, after, kChangeOpeners) && after + 6 != c.begin) return false;
  bool change = false, fall = false;
  for (std::string_view w : kChanges) change = change || EndsWithAt(sc.text, c.begin, w);
  for (std::string_view w : kFalls) fall = fall || EndsWithAt(sc.text, c.begin, w);
  // 多 or 少 and the verb of the base's metric (发行专项债券1865亿元，比上年同期多发行212亿元).
  for (std::size_t n = 3; !change && n <= 6 && c.begin >= n + 3; n += 3) {
    const std::string_view verb = sc.text.substr(c.begin - n, n);
    const bool more = EndsWithAt(sc.text, c.begin - n, "多"), less = EndsWithAt(sc.text, c.begin - n, "少");
    if ((more || less) && base.record.metric.find(verb) != std::string::npos) change = true, fall = less;
  }
  if (!change || FindMetric(*sc.lw, sc.text, base.end, c.begin, false, nullptr)) return false;
  c.record.metric = base.record.metric;
  c.record.metric_class = base.record.metric_class;
  c.record.direction = fall ? Direction::kDown : Direction::kUp;
  c.record.basis = BasisBefore(sc.text, c.begin);
  return true;
}

// A change stated against a base with no level before it (住户存款较年初增加1487.3亿元) still says its direction and
// basis: its verb ends right before it, and the comparison opens its clause's words before the verb.
void ChangeAgainstBase(const SentenceScope& sc, std::size_t clause, Candidate& c) {
  Record& r = c.record;
  if (IsQualifying(r.type) || r.direction != Direction::kUnset || c.begin <= clause + 6) return;
  // The last characters of kChanges' two-character verbs: one test rejects most figures.
  static constexpr std::u32string_view kVerbEnds = U"加少增减高低降长升大小短缩";
  if (kVerbEnds.find(CodePointBefore(sc.text, c.begin)) == std::u32string_view::npos) return;
  std::string_view verb;
  for (std::string_view w : kChanges) {
    if (w.size() > 3 && EndsWithAt(sc.text, c.begin, w) && w.size() > verb.size()) verb = w;
  }
  // 多 and 少 alone right after the base (较上年同期少238.9亿元, 比上月多1.2万户).
  if (verb.empty() && c.begin >= 6 && (EndsWithAt(sc.text, c.begin, "多") || EndsWithAt(sc.text, c.begin, "少")) &&
      std::u32string_view(U"期年月末初底").find(CodePointBefore(sc.text, c.begin - 3)) != std::u32string_view::npos) {
    verb = sc.text.substr(c.begin - 3, 3);
  }
  if (verb.empty()) return;
  const std::size_t verb_at = c.begin - verb.size();
  const std::size_t from = verb_at > clause + kMaxQualifyGapBytes ? verb_at - kMaxQualifyGapBytes : clause;
  const std::string_view before = sc.text.substr(from, verb_at - from);
  bool compared = false;
  for (std::string_view w : kChangeOpeners) compared = compared || before.find(w) != std::string_view::npos;
  if (!compared) return;
  bool fall = false;
  for (std::string_view w : kFalls) fall = fall || w == verb;
  r.direction = fall ? Direction::kDown : Direction::kUp;
  r.basis = BasisBefore(sc.text, c.begin);
}

// Where the last 由 or 从 stands in the last kMaxQualifyGapBytes of `before` (the opening of a change's first
// figure: 产值由去年的80亿元…), as an offset into `before`; npos if none. (A window: a clause of many figures stays
// linear.)
std::size_t ChangeOpener(std::string_view before) {
  const std::size_t from = before.size() > kMaxQualifyGapBytes ? before.size() - kMaxQualifyGapBytes : 0;
  const std::string_view window = before.substr(from);  // "由" and "从" start at a lead byte: no false match
  const std::size_t a = window.rfind("由"), b = window.rfind("从");
  const std::size_t at = a == std::string_view::npos ? b : (b == std::string_view::npos ? a : std::max(a, b));
  return at == std::string_view::npos ? at : from + at;
}

// The level a figure changed to (产值由去年的80亿元增至今年的120亿元, 均价由年初的每吨38万元降至约32万元/吨) measures
// what the figure it changed from did, and is not of that one's date: it takes the first figure's metric (and its
// output-value type), and a period only from a date of its own after the first figure, or the one the sentence names
// before the change. That one is the date of the change, not of the level it started from when that level has no date
// of its own (2026年，月最低工资标准由2280元提高到2490元: 2490元 is 2026's, 2280元 none).
void ChangeToLevel(const SentenceScope& sc, const std::vector<Candidate>& cs, Candidate& from, Candidate& c) {
  static const std::vector<std::string_view> kTo = {"增至", "降至", "升至", "增加到", "增加至", "增长到", "增长至",
                                                    "减少到", "减少至", "下降到", "下降至", "上升到", "上升至",
                                                    "提高到", "提高至", "提升到", "提升至", "降低到", "降低至",
                                                    "扩大到", "扩大至", "缩小到", "缩小至", "跃升至", "攀升至",
                                                    "调整为", "调整到", "调整至", "上调至", "上调到", "下调至"};
  const bool same_kind = SameKind(from.record.type, c.record.type) &&
                         (IsMoneyKind(from.record.type) || from.record.unit == c.record.unit);
  if (!same_kind || from.end > c.begin || c.begin - from.end > kMaxQualifyGapBytes) return;
  std::string_view gap = sc.text.substr(from.end, c.begin - from.end);
  // Every word of kTo ends in 至, 到 or 为: a quick reject for the gaps of most figures.
  if (gap.find("至") == std::string_view::npos && gap.find("到") == std::string_view::npos &&
      gap.find("为") == std::string_view::npos) {
    return;
  }
  std::size_t to = std::string_view::npos;
  for (std::string_view w : kTo) to = std::min(to, gap.find(w));
  const bool one_clause = gap.find("，") == std::string_view::npos && gap.find("；") == std::string_view::npos;
  if (to == std::string_view::npos || !one_clause) return;
  // 由 or 从 opens the first figure's part: after the metric, before its date (产值由去年的|80亿元).
  const std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, from.begin);
  std::string_view before = sc.text.substr(clause, from.begin - clause);
  const std::size_t opener = ChangeOpener(before);
  if (opener == std::string_view::npos || before.size() - opener > kMaxQualifyGapBytes) return;
  Record& r = c.record;
  // …also over a bare head the first figure's metric ends with (比重由2021年的41%提高到58%: 比重 → 占…的比重).
  const std::string& whole = from.record.metric;
  const bool bare_head = !r.metric.empty() && whole.size() > r.metric.size() &&
                         whole.compare(whole.size() - r.metric.size(), r.metric.size(), r.metric) == 0;
  if ((r.metric.empty() || bare_head) && !from.record.metric.empty()) {
    r.metric = from.record.metric;
    r.metric_class = from.record.metric_class;
    if (from.record.type == RecordType::kOutputValue && r.type == RecordType::kMoney) r.type = RecordType::kOutputValue;
  }
  // Its period: a date between the two figures (到2024年的350家), else none of the first figure's, but the one the
  // sentence names before the change (2024年，…比重由2021年的41%提高到58% → 2024). (sc.dates are in text order.)
  const auto begins_before = [&cs](std::size_t k, std::size_t pos) { return cs[k].begin < pos; };
  const auto d = std::lower_bound(sc.dates.begin(), sc.dates.end(), from.end, begins_before);
  const bool own_date = d != sc.dates.end() && cs[*d].begin < c.begin;
  if (!own_date && r.period == from.record.period) {
    r.period.clear();
    const auto before = std::lower_bound(sc.dates.begin(), sc.dates.end(), clause + opener, begins_before);
    if (before != sc.dates.begin() && !OtherTimeBetween(sc.text, cs[*std::prev(before)].end, c.begin)) {
      const std::string& sentence_date = cs[*std::prev(before)].record.value;
      const bool from_dated = before != sc.dates.end() && cs[*before].begin < from.begin;  // 由2020年的…
      if (sentence_date != from.record.period) {
        r.period = sentence_date;
      } else if (!from_dated) {
        r.period = sentence_date;
        from.record.period.clear();
      }
    }
  }
}

// The level a figure changed from (企业数量由2020年的120家…) measures the noun before 由 or 从, past its date.
void FromLevelMetric(const SentenceScope& sc, Candidate& c) {
  if (!c.record.metric.empty()) return;
  const std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, c.begin);
  std::string_view before = sc.text.substr(clause, c.begin - clause);
  const std::size_t opener = ChangeOpener(before);
  if (opener == std::string_view::npos || opener == 0 || before.size() - opener > kMaxQualifyGapBytes) return;
  std::size_t at = clause + opener;
  // An adverb between the noun and 由 (训练时长可由原来的45天…, 将由) is no part of it.
  for (std::string_view w : {"可", "将", "已", "均", "都", "要", "拟", "预计"}) {
    if (at > clause + w.size() && EndsWithAt(sc.text, at, w)) {
      at -= w.size();
      break;
    }
  }
  Metric m;
  if (FindMetric(*sc.lw, sc.text, clause, at, false, &m, c.record.type) && m.end == at) {
    c.record.metric.assign(sc.text, m.begin, m.end - m.begin);
    c.record.metric_class = std::string(m.metric_class);
    return;
  }
  std::size_t b = 0, e = 0;
  if (PhraseBefore(*sc.lw, sc.text, at, clause, &b, &e) && e == at) c.record.metric.assign(sc.text, b, e - b);
}

// The level a change in points comes to (期间费用率下降1.3个百分点至11.5%, 比重提高1.2个百分点到35.6%) is the
// changed metric's level: it takes that metric.
void ShareLevelMetric(const SentenceScope& sc, const Candidate& g, Candidate& c) {
  if (g.record.type != RecordType::kGrowthRate || g.record.metric.empty() || g.end > c.begin) return;
  std::size_t after = g.end;
  while (after < c.begin && sc.text[after] == ' ') ++after;
  if (!(sc.text.compare(after, 3, "至") == 0 || sc.text.compare(after, 3, "到") == 0)) return;
  after += 3;
  while (after < c.begin && sc.text[after] == ' ') ++after;
  if (after != c.begin) return;
  c.record.metric = g.record.metric;
  c.record.metric_class = g.record.metric_class;
  if (c.record.period.empty()) c.record.period = g.record.period;
  if (c.record.subject.empty()) c.record.subject = g.record.subject;
}

// The level a growth comes to (出口额同比增长18%，达到9.7亿元; 海外业务收入按年增长18%，达到9.7亿港元) is the grown
// metric's: it takes that metric, and the growth, qualifying nothing yet, qualifies it.
void LevelAfterGrowth(const SentenceScope& sc, Candidate& g, Candidate& c) {
  if (g.record.type != RecordType::kGrowthRate || g.record.metric.empty() || g.end > c.begin ||
      g.record.unit != "percent") {
    return;
  }
  std::size_t at = g.end;
  while (at < c.begin && sc.text[at] == ' ') ++at;
  if (!(BytesAt(sc.text, at, "，") || BytesAt(sc.text, at, ","))) return;
  at += sc.text[at] == ',' ? 1 : 3;
  // A year the level is reached in may stand first (年均增长6.8%，2025年达到6420.3亿元).
  if (at + 7 <= c.begin && std::all_of(sc.text.begin() + static_cast<std::ptrdiff_t>(at),
                                       sc.text.begin() + static_cast<std::ptrdiff_t>(at + 4),
                                       [](char d) { return d >= '0' && d <= '9'; }) &&
      BytesAt(sc.text, at + 4, "年")) {
    at += 7;
  }
  bool linked = false;
  for (std::string_view w : {"达到了", "达到", "达", "至"}) {
    if (BytesAt(sc.text, at, w)) {
      at += w.size();
      linked = true;
      break;
    }
  }
  while (at < c.begin && sc.text[at] == ' ') ++at;
  if (!linked || at != c.begin) return;
  c.record.metric = g.record.metric;
  c.record.metric_class = g.record.metric_class;
  if (c.record.period.empty()) c.record.period = g.record.period;
  if (g.qualifies_id < 0) g.qualifies_id = c.id;
}

// Enumerated figures share the metric of the first (总投资分别为3.5亿元和6亿元), and so does the total a change
// comes to (高新技术企业净增36家、达到215家) or a running total (新增光伏装机862万千瓦，累计达到4315万千瓦).
void ShareEnumeratedMetric(const SentenceScope& sc, const Candidate& e, Candidate& c) {
  static const std::vector<std::string_view> kComesTo = {"达到", "达", "增至", "增加到", "增长到", "提高到",
                                                         "提升到", "升至", "减至", "减少到", "降至", "下降到"};
  std::string_view gap = sc.text.substr(e.end, c.begin > e.end ? c.begin - e.end : 0);
  bool same_kind = e.record.type == c.record.type ||
                   (c.record.type == RecordType::kMoney && e.record.type == RecordType::kOutputValue);
  std::string_view total = gap;
  for (std::string_view sep : {"、", "，", ","}) {
    if (total.substr(0, sep.size()) == sep) total.remove_prefix(sep.size());
  }
  if (total.substr(0, 6) == "累计") total.remove_prefix(6);  // a running total (累计达到)
  bool comes_to = total.size() < gap.size() && e.record.unit == c.record.unit &&
                  std::find(kComesTo.begin(), kComesTo.end(), total) != kComesTo.end();
  if (same_kind && (gap == "和" || gap == "、" || gap == "及" || gap == "与" || comes_to)) {
    c.record.metric = e.record.metric;
    c.record.metric_class = e.record.metric_class;
  }
}

// Words that open a clause restating a growth in real or nominal terms.
const std::vector<std::string_view> kRestatements = {"扣除价格因素", "按可比价格计算", "实际", "名义"};

// A growth restated in real or nominal terms right after another (同比名义增长5.6%，扣除价格因素实际增长5.4%) has
// its basis, whatever metric it was linked to.
void RestatedBasis(const SentenceScope& sc, const Candidate& g, Candidate& c) {
  if (g.record.type != RecordType::kGrowthRate || c.record.basis != Basis::kNone ||
      c.begin - g.end > kMaxQualifyGapBytes || !StartsWithAny(sc.text, ClauseAfter(sc, g), kRestatements)) {
    return;
  }
  c.record.basis = g.record.basis;
}

// A growth rate without a metric right after another growth rate shares its metric (上涨0.2%，环比下降0.3%) when its
// clause opens with its basis or verb, not with a noun (，亏损面收窄3.5个百分点).
// A clause that restates the growth in real or nominal terms (同比名义增长5.2%，扣除价格因素实际增长5.3%) shares its basis too.
void ShareParallelGrowth(const SentenceScope& sc, const Candidate& g, Candidate& c) {
  static const std::vector<std::string_view> kParallelOpeners = {
      "同比", "环比", "比", "较", "增长", "下降", "提高", "降低", "上升", "回落", "减少", "增加", "分别",
      "快于", "慢于", "高于", "低于", "高出", "领先", "落后于"};  // …增长7.1%，快于城镇居民1.9个百分点
  if (g.record.type != RecordType::kGrowthRate || c.begin - g.end > kMaxQualifyGapBytes) return;
  const std::size_t after = ClauseAfter(sc, g);
  const bool restated = StartsWithAny(sc.text, after, kRestatements);
  if (!(restated || StartsWithAny(sc.text, after, kParallelOpeners)) ||
      FindMetric(*sc.lw, sc.text, g.end, c.begin, false, nullptr)) {
    return;
  }
  Record& r = c.record;
  r.metric = g.record.metric;
  r.metric_class = g.record.metric_class;
  if (r.period.empty()) r.period = g.record.period;
  if (r.subject.empty()) r.subject = g.record.subject;
}

// A period a whole number of years earlier: 2024 → 2023, 2025-01/2025-09 → 2024-01/2024-09, 2024-Q4 → 2023-Q4.
std::string YearsEarlier(std::string_view period, int years) {
  std::string out(period);
  for (std::size_t at = 0; at != std::string::npos && at + 4 <= out.size();) {
    if (std::all_of(out.begin() + static_cast<std::ptrdiff_t>(at), out.begin() + static_cast<std::ptrdiff_t>(at) + 4,
                    [](char ch) { return ch >= '0' && ch <= '9'; })) {
      const int year = std::stoi(out.substr(at, 4)) - years;
      if (year < 1000) return std::string();
      out.replace(at, 4, std::to_string(year));
    }
    at = out.find('/', at);
    if (at != std::string::npos) ++at;
  }
  return out;
}

// A contribution to a whole's growth (出口拉动全市外贸增长6.0个百分点, 三个行业合计拉动规上工业增加值增长5.3个百分点,
// 食品价格…影响CPI下降约0.26个百分点) is no growth of that whole: its metric is the phrase from 拉动 or 影响
// (拉动全市外贸增长), class contribution. The word is looked for in the figure's clause after `from`, within a bounded
// window.
void ContributionMetric(const SentenceScope& sc, std::size_t from, Candidate& c) {
  constexpr std::size_t kMaxContributionBytes = 96;  // 拉动 + a metric of up to 26 characters + 增长
  from = std::max(from, c.begin > kMaxContributionBytes ? c.begin - kMaxContributionBytes : 0);
  const std::string_view before = sc.text.substr(from, c.begin - from);  // the words start at a lead byte
  std::size_t at = std::string_view::npos;
  for (std::string_view w : {"拉动", "影响"}) {
    const std::size_t found = before.rfind(w);
    if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) at = found;
  }
  if (at == std::string_view::npos) return;
  std::string_view phrase = before.substr(at);
  while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
  if (phrase.find("，") != std::string_view::npos || phrase.find("；") != std::string_view::npos) return;
  c.record.metric.assign(phrase);
  c.record.metric_class = "contribution";
}

// Whether the figure at `begin` is given as the year before's (由上年同期的1200亿元增至…, 较上年的120家, 比上年度的
// 3.2亿元): 上年同期, 上年 or 上年度 right before it, across one 的. (去年 is a date of its own, which dates the
// figure already; 上年末 is a day, not the same period.)
bool PriorYearBefore(std::string_view text, std::size_t floor, std::size_t begin) {
  std::size_t at = begin;
  while (at > floor && text[at - 1] == ' ') --at;
  if (at >= floor + 3 && EndsWithAt(text, at, "的")) at -= 3;
  for (std::string_view w : {"上年同期", "上年度", "上年"}) {
    if (at >= floor + w.size() && EndsWithAt(text, at, w)) return true;
  }
  return false;
}

// A figure of the same period a year before the one just given (…净利润38.9亿元，上年同期为28.7亿元; 去年同期为700亿元):
// the same metric, and that figure's period a year back — not the year of the words (去年 dates the publication's
// last year, not the reported period's).
// Returns whether c is such a figure.
bool SamePeriodLastYear(const SentenceScope& sc, const Candidate& p, Candidate& c) {
  if (!SameKind(p.record.type, c.record.type)) return false;
  std::string_view gap = sc.text.substr(p.end, c.begin - p.end);
  std::size_t at = std::string_view::npos;
  for (std::string_view w : {"上年同期", "去年同期"}) at = std::min(at, gap.find(w));
  if (at == std::string_view::npos || c.begin - p.end > kMaxQualifyGapBytes) return false;
  if (at >= 3 && (EndsWithAt(gap, at, "比") || EndsWithAt(gap, at, "较") || EndsWithAt(gap, at, "与"))) return false;
  Record& r = c.record;
  if (!p.record.period.empty()) r.period = YearsEarlier(p.record.period, 1);
  // A count's phrase before it may be the words themselves (去年同期为11家: 同期).
  if (r.metric.empty() || r.metric.find("同期") != std::string::npos) {
    r.metric = p.record.metric;
    r.metric_class = p.record.metric_class;
  }
  return true;
}

// A level with no noun of its own that a forecast, target, completion or conversion word opens (…总产值1250.6亿元，预计
// 全年可达1500亿元; …总收入6120万元，今年有望达到7800万元; 计划完成投资41.5亿元，1—10月已完成36.8亿元; 总产量
// 2168.4万吨，折合433.7亿斤) restates the level just given:
// its metric, for another time or in another unit of the same kind.
void RestatedLevel(const SentenceScope& sc, const Candidate& p, Candidate& c) {
  Record& r = c.record;
  const bool same = IsMoneyKind(p.record.type) ? IsMoneyKind(r.type)
                                               : p.record.type == r.type && !r.unit_canonical.empty() &&
                                                     r.unit_canonical == p.record.unit_canonical;
  if (!same || p.record.metric.empty() || p.end > c.begin || c.begin - p.end > 2 * kMaxQualifyGapBytes) return;
  const std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, c.begin);
  if (clause <= p.end) return;  // in the clause after the level's
  const std::string_view words = sc.text.substr(clause, c.begin - clause);
  bool restates = false;
  for (std::string_view w : {"预计", "有望", "折合", "约合", "力争", "可达", "将达", "将超过", "将突破", "已完成",
                             "累计完成", "实际完成", "扩容至", "扩容到", "扩大至", "扩大到", "提升至", "提升到",
                             "提高至", "提高到", "增至", "增加至", "增加到", "保持在"}) {
    restates = restates || words.find(w) != std::string_view::npos;
  }
  if (!restates) return;
  r.metric = p.record.metric;
  r.metric_class = p.record.metric_class;
  if (p.record.type == RecordType::kOutputValue && r.type == RecordType::kMoney) r.type = RecordType::kOutputValue;
}

// Levels listed after 分别为 (出口、进口分别为2783.4亿元和1434.2亿元; 铁矿石、原油、煤炭吞吐量分别为8420万吨、4135万吨和
// 3260万吨; 分别为每500克38.5元和42.6元) are a list as growth rates after 分别增长 are: marked so, they share out the
// enumerated metric before them. (OCR may read a 、 as a comma: 分别为128.5亿元, 61.2亿元和27.1亿元.)
void MarkLevelLists(const SentenceScope& sc, std::vector<Candidate>& cs) {
  auto joined = [&sc](std::size_t from, std::size_t to) {  // only a list mark (and spaces) between two figures
    while (from < to && sc.text[from] == ' ') ++from;
    while (to > from && sc.text[to - 1] == ' ') --to;
    const std::string_view gap = sc.text.substr(from, to - from);
    return gap == "、" || gap == "和" || gap == "与" || gap == "及" || gap == "，" || gap == ",";
  };
  for (std::size_t k = sc.first; k < sc.last; ++k) {
    const Candidate& c = cs[k];
    if (!IsNumeric(c.record.type) || IsQualifying(c.record.type) || c.list_size != 0) continue;
    std::size_t at = c.begin;
    while (at > sc.sentence->begin && sc.text[at - 1] == ' ') --at;
    // 分别 and then a verb or a metric of up to five characters (分别为, 分别达到, 分别进出口, 分别完成投资), and
    // the unit the figures are per (分别为每500克).
    const std::size_t from = std::max(sc.sentence->begin, at > 33 ? at - 33 : 0);
    const std::size_t each = sc.text.substr(from, at - from).rfind("分别");
    bool opens = each != std::string_view::npos, per = false;
    std::size_t words = 0;  // characters before the unit
    for (std::size_t p = opens ? from + each + 6 : at; p < at;) {
      char32_t cp = 0;
      const std::size_t len = DecodeUtf8(sc.text, p, &cp);
      p += len ? len : 1;
      per = per || cp == U'每';
      words += per ? 0 : 1;
      opens = opens && words <= 5 && (IsHan(cp) || (per && ((cp >= '0' && cp <= '9') || cp == '.')));
    }
    if (!opens) continue;
    std::size_t n = 1;
    while (k + n < sc.last && cs[k + n].record.type == c.record.type && cs[k + n].list_size == 0 &&
           joined(cs[k + n - 1].end, cs[k + n].begin)) {
      ++n;
    }
    if (n < 2) continue;
    for (std::size_t t = 0; t < n; ++t) {
      cs[k + t].list_index = static_cast<int>(t);
      cs[k + t].list_size = static_cast<int>(n);
    }
    k += n - 1;
  }
}

// Whether only a list mark and a verb of change stand between a list's last rate and the rate after it
// (6.7%和下降3.4%, 6.7%、下降3.4%).
bool RateJoinedToList(std::string_view text, std::size_t from, std::size_t to) {
  while (from < to && text[from] == ' ') ++from;
  if (!(Is3At(text, from, "和") || Is3At(text, from, "、") || Is3At(text, from, "及"))) return false;
  std::size_t chars = 0;
  for (std::size_t p = from + 3; p < to; ++chars) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, p, &cp);
    if (!IsHan(cp) || chars >= 4) return false;
    p += len ? len : 1;
  }
  return chars >= 2;
}

// A sector or market right before the date that opens a figure's metric (集成电路产业1—10月产值, 三大主导产业1—10月
// 实现产值, 海外市场前三季度交付) is part of the metric: the date stands inside the phrase.
void SectorBeforeDate(const SentenceScope& sc, std::size_t clause, std::size_t date_begin, std::size_t date_end,
                      Record& r) {
  if (r.metric.empty()) return;
  std::size_t at = date_end;
  for (std::string_view verb : {"实现", "完成", "累计"}) {
    if (sc.text.compare(at, verb.size(), verb) == 0) {
      at += verb.size();
      break;
    }
  }
  if (sc.text.compare(at, r.metric.size(), r.metric) != 0) return;
  bool sector = false;
  for (std::string_view w : {"产业", "行业", "制造业", "市场", "板块", "领域"}) sector = sector || EndsWithAt(sc.text, date_begin, w);
  if (!sector) return;
  bool bounded = false;
  const std::size_t b = GrowLeft(*sc.lw, sc.text, date_begin, clause, kMaxModifierChars, false, &bounded);
  if (!bounded || b >= date_begin) return;
  const std::size_t from = CutSubject(*sc.lw, sc.text, b, date_begin);
  if (from >= date_begin) return;
  r.metric = std::string(sc.text.substr(from, date_begin - from)) + r.metric;
}

// Links the numeric candidates of one sentence, in text order.
// `figures`: scratch space, kept by the caller across sentences.
void LinkSentence(const SentenceScope& sc, std::vector<Candidate>& cs, std::vector<std::size_t>& figures) {
  MarkLevelLists(sc, cs);
  std::size_t prev_end = sc.sentence->begin;  // end of the previous numeric figure
  std::int64_t prev_figure = -1;     // the previous numeric figure that is not a growth rate or share
  std::int64_t prev_qualifier = -1;  // the previous growth rate or share
  std::int64_t prev_share = -1;      // the previous share
  // The level prev_figure restates for a year before or changed by (净利润35.2亿元，上年同期为29.6亿元; 企业486家，
  // 比上年增加73家), else prev_figure itself: a growth in percent after it is the level's (…，增长17.7%).
  std::int64_t prev_level = -1;
  // Figures that are not growth rates or shares, in order, and where the current run of them began (a growth rate
  // or share ends a run): 接待游客1.2亿人次，实现旅游收入1350亿元，分别增长15.3%和18.7% pairs the list with the run.
  figures.clear();
  std::size_t run_begin = 0;
  std::size_t distributive = kInPlace;  // figures[] index the current qualifying list starts pairing at
  std::size_t rates_before = kInPlace;  // cs index of the rates a list of changes in points pairs with
  // Rates joined to the last list with verbs of their own (…和下降3.4%): cs indices [tail_first, tail_last], paired
  // from figures[distributive + tail_items] on.
  std::size_t tail_first = static_cast<std::size_t>(-1), tail_last = 0, tail_items = 0;
  std::size_t last_date = 0, last_date_end = 0;  // the span of the last date before the figure
  for (std::size_t k = sc.first; k < sc.last; ++k) {
    Candidate& c = cs[k];
    Record& r = c.record;
    if (!IsNumeric(r.type)) {
      if (r.type == RecordType::kDate) last_date = c.begin, last_date_end = c.end;
      continue;
    }
    std::size_t clause = ClauseStart(sc.bounds, sc.sentence->begin, c.begin);

    std::size_t lo = std::max(clause, prev_end);
    std::size_t next_begin = k + 1 < sc.last ? cs[k + 1].begin : sc.sentence->end;
    // Counts and measures name what they measure in a free noun phrase; other figures by a metric word.
    bool phrase = (r.type == RecordType::kQuantity || r.type == RecordType::kComputePower) && c.list_size <= 1;
    bool own_metric = c.list_index > 0 ? !r.metric.empty()  // set when the list's first item was linked
                      : phrase         ? AssignPhraseMetric(sc, lo, next_begin, c) || AssignMetricBefore(sc, lo, k, cs)
                                       : AssignShareOfNoun(sc, next_begin, c) || AssignMetricBefore(sc, lo, k, cs);
    if (!own_metric && !IsQualifying(r.type) && c.list_size == 0) AssignMetricAfter(sc, c);
    if (!own_metric && r.type == RecordType::kPercentage && c.list_size == 0) {
      own_metric = AssignSharedPhrase(sc, next_begin, c);
    }
    // A phrase grown over (the end of) the date just before it (2024年五一假期接待游客96.8万人次) starts after it:
    // the metric is the text from inside the date on.
    for (std::size_t at = last_date; at < last_date_end; ++at) {
      if ((static_cast<unsigned char>(sc.text[at]) & 0xC0) == 0x80) continue;  // inside a character
      if (r.metric.size() > last_date_end - at && sc.text.compare(at, r.metric.size(), r.metric) == 0) {
        r.metric.erase(0, last_date_end - at);
        break;
      }
    }
    if (last_date_end > last_date && last_date > clause) SectorBeforeDate(sc, clause, last_date, last_date_end, r);
    if (r.type == RecordType::kGrowthRate && r.unit == "percentage_point") ContributionMetric(sc, std::max(lo, clause), c);
    bool own_clause_period = AssignPeriod(sc, cs, clause, c);
    if (!IsQualifying(r.type) && PriorYearBefore(sc.text, clause, c.begin)) r.period = YearsEarlier(r.period, 1);
    // A base written with its year (较2020年的4261.4亿元) is of that year, and of the metric of the level before it.
    if (const std::string_view year = BaseYearBefore(sc.text, clause, c.begin); !year.empty()) {
      r.period = std::string(year);
      if (r.metric.empty() && prev_figure >= 0) {
        const Record& p = cs[static_cast<std::size_t>(prev_figure)].record;
        if (SameKind(p.type, r.type) && p.unit == r.unit) {
          r.metric = p.metric;
          r.metric_class = p.metric_class;
        }
      }
    }
    AssignSubject(sc, c);
    QualifierPastLinks(*sc.lw, sc.text, lo, c);

    // A rate joined to the list before it with a verb of its own (分别增长2.1%、6.7%和下降3.4%) is its next item.
    const bool list_tail = IsQualifying(r.type) && c.list_size <= 1 && k >= tail_first && k <= tail_last &&
                           distributive != kInPlace;
    if (list_tail) {
      const Candidate& paired = cs[figures[distributive + tail_items + (k - tail_first)]];
      c.qualifies_id = paired.id;
      r.metric = paired.record.metric;
      r.metric_class = paired.record.metric_class;
      if (!own_clause_period && !paired.record.period.empty()) r.period = paired.record.period;
      if (!paired.record.subject.empty()) r.subject = paired.record.subject;
    }
    if (IsQualifying(r.type) && c.list_size > 1) {
      if (c.list_index == 0) {
        std::size_t n = static_cast<std::size_t>(c.list_size);
        std::size_t last = k + n - 1, tail = 0;
        while (last + 1 < sc.last && cs[last + 1].record.type == r.type && cs[last + 1].list_size <= 1 &&
               RateJoinedToList(sc.text, cs[last].end, cs[last + 1].begin)) {
          ++last;
          ++tail;
        }
        distributive = figures.size() - run_begin >= n + tail && !own_metric ? figures.size() - n - tail : kInPlace;
        tail_first = tail ? k + n : static_cast<std::size_t>(-1);
        tail_last = k + n + tail - 1;
        tail_items = n;
        // Changes in points pair with the rates right before them (核心一级资本充足率9.86%，一级资本充足率11.02%，
        // 资本充足率为14.35%，分别提升0.21、0.18和0.09个百分点).
        rates_before = kInPlace;
        if (r.unit == "percentage_point" && !own_metric && k >= sc.first + n) {
          bool rates = true;
          for (std::size_t t = 1; t <= n && rates; ++t) {
            const Record& q = cs[k - t].record;
            rates = q.type == RecordType::kPercentage && q.unit == "percent" && cs[k - t].list_size <= 1;
          }
          if (rates) rates_before = k - n;
        }
      }
      const std::size_t item = static_cast<std::size_t>(std::max(c.list_index, 0));
      const Candidate* paired = c.list_index < 0             ? nullptr
                                : rates_before != kInPlace ? &cs[rates_before + item]
                                : distributive != kInPlace ? &cs[figures[distributive + item]]
                                                           : nullptr;
      if (paired) {
        c.qualifies_id = paired->id;
        r.metric = paired->record.metric;
        r.metric_class = paired->record.metric_class;
        if (!own_clause_period && !paired->record.period.empty()) r.period = paired->record.period;
        if (!paired->record.subject.empty()) r.subject = paired->record.subject;
      }
    }
    const bool rate_change = prev_qualifier >= 0 && GrowthOfGrowth(sc.text, cs[static_cast<std::size_t>(prev_qualifier)], c);
    if (IsQualifying(r.type) && !rate_change && !list_tail &&
        (c.list_size <= 1 || (distributive == kInPlace && rates_before == kInPlace))) {
      // A share changes by points (比重为35.2%，提高2.1个百分点); a growth in percent after a share still
      // qualifies the figure the share qualified (…606.77亿元，占…的64.48%，同比增长5.1%).
      std::int64_t target = prev_figure;
      if (r.type == RecordType::kGrowthRate && prev_share > prev_figure && r.unit != "percent") target = prev_share;
      if (r.type == RecordType::kGrowthRate && r.unit == "percent" && target == prev_figure) target = prev_level;
      if (target >= 0) {
        const Candidate& p = cs[static_cast<std::size_t>(target)];
        std::size_t gap_begin = p.end;
        if (prev_qualifier >= 0 && cs[static_cast<std::size_t>(prev_qualifier)].qualifies_id == p.id) {
          gap_begin = cs[static_cast<std::size_t>(prev_qualifier)].end;  // a chain of qualifiers
        }
        LinkQualifier(sc, p, gap_begin, own_metric, own_clause_period, c);
      }
    }
    // A bare 占 before a percentage that qualifies a level (城镇人口217.84万人，占56.4%) makes it that level's share
    // of an unnamed whole: 城镇人口占比, class share.
    if (r.type == RecordType::kPercentage && c.qualifies_id >= 0 && r.metric_class != "share" && !r.metric.empty() &&
        EndsWithAt(sc.text, c.begin, "占")) {
      r.metric += "占比";
      r.metric_class = "share";
    }
    // So does a bare 占比 or 比重 (民营企业进出口4318.2亿元，占比达82.8% → 民营企业进出口占比).
    if (r.type == RecordType::kPercentage && c.qualifies_id >= 0 && (r.metric == "占比" || r.metric == "比重")) {
      const Record& level = cs[static_cast<std::size_t>(c.qualifies_id)].record;
      if (!level.metric.empty() && level.metric != r.metric) {
        r.metric = level.metric + r.metric;
        r.metric_class = "share";
      }
    }
    std::int64_t level = static_cast<std::int64_t>(k);
    if (!IsQualifying(r.type) && prev_figure >= 0 &&
        SamePeriodLastYear(sc, cs[static_cast<std::size_t>(prev_figure)], c)) {
      level = prev_level;
    }
    // A second measure after a slash (储能装机规模186万千瓦/372万千瓦时) measures what the first did.
    if (r.metric.empty() && k > sc.first && cs[k - 1].end + 1 == c.begin && sc.text[cs[k - 1].end] == '/' &&
        cs[k - 1].record.type == r.type) {
      r.metric = cs[k - 1].record.metric;
      r.metric_class = cs[k - 1].record.metric_class;
    }
    if (r.metric.empty() && !IsQualifying(r.type) && prev_figure >= 0) {
      RestatedLevel(sc, cs[static_cast<std::size_t>(prev_figure)], c);
    }
    if (r.metric.empty() && k > sc.first) ShareEnumeratedMetric(sc, cs[k - 1], c);
    if (r.metric.empty() && prev_figure >= 0) ShareSubsetMetric(sc, cs[static_cast<std::size_t>(prev_figure)], c);
    if (r.metric.empty() && prev_figure >= 0 && ShareChangeMetric(sc, cs[static_cast<std::size_t>(prev_figure)], c)) {
      level = prev_level;
    }
    if (r.metric.empty() && IsNumeric(r.type)) FromLevelMetric(sc, c);
    ChangeAgainstBase(sc, clause, c);
    // A change against a base with no metric of its own is a change of the last level before it (存款余额6.82万亿元，
    // 增速比上月末低0.4个百分点，较年初增加4316.5亿元), also in the unit of a rate's numerator (平均单产402.6公斤/亩，
    // 较上年提高3.1公斤).
    if (r.metric.empty() && r.direction != Direction::kUnset && prev_figure >= 0) {
      const Record& p = cs[static_cast<std::size_t>(prev_figure)].record;
      const bool numerator = p.unit.size() > r.unit.size() && p.unit.compare(0, r.unit.size(), r.unit) == 0 &&
                             p.unit[r.unit.size()] == '/';
      if (SameKind(p.type, r.type) && (p.unit == r.unit || numerator) && p.direction == Direction::kUnset) {
        r.metric = p.metric;
        r.metric_class = p.metric_class;
      }
    }
    // A figure with no metric after one of the same kind, unit and direction about another place has its head
    // elided (郑州市新能源汽车产量达到100万辆，开封市、洛阳市分别达到20万辆和15万辆; …同比增长41.2%，宜春市增长28.7%),
    // and a growth rate its basis too.
    if (const std::int64_t prev = IsQualifying(r.type) ? prev_qualifier : prev_figure;
        r.metric.empty() && prev >= 0 && !r.subject.empty()) {
      const Record& p = cs[static_cast<std::size_t>(prev)].record;
      if (SameKind(p.type, r.type) && p.unit == r.unit && p.direction == r.direction && !p.metric.empty() &&
          !p.subject.empty() && p.subject != r.subject) {
        r.metric = p.metric;
        r.metric_class = p.metric_class;
        if (r.basis == Basis::kNone) r.basis = p.basis;
      }
    }
    if (prev_figure >= 0) ChangeToLevel(sc, cs, cs[static_cast<std::size_t>(prev_figure)], c);
    // A share changed to a level (配套率由2022年的35%提高到目前的62%) is a level of that share.
    if (r.type == RecordType::kPercentage && prev_share >= 0) {
      ChangeToLevel(sc, cs, cs[static_cast<std::size_t>(prev_share)], c);
    }
    // 新增高新技术企业530家，总数达2860家: a bare 总数 or 总量 is the total of what the figure before it counted.
    if ((r.metric == "总数" || r.metric == "总量") && prev_figure >= 0) {
      const Record& p = cs[static_cast<std::size_t>(prev_figure)].record;
      if (p.type == r.type && p.unit == r.unit && !p.metric.empty()) {
        r.metric = p.metric;
        r.metric_class = p.metric_class;
      }
    }
    if (r.metric.empty() && r.type == RecordType::kPercentage && prev_qualifier >= 0) {
      ShareLevelMetric(sc, cs[static_cast<std::size_t>(prev_qualifier)], c);
    }
    if (r.type == RecordType::kGrowthRate && r.metric.empty() && c.qualifies_id < 0 && prev_qualifier >= 0) {
      ShareParallelGrowth(sc, cs[static_cast<std::size_t>(prev_qualifier)], c);
    }
    if (r.type == RecordType::kGrowthRate && prev_qualifier >= 0) {
      RestatedBasis(sc, cs[static_cast<std::size_t>(prev_qualifier)], c);
    }
    if (r.metric.empty() && !IsQualifying(r.type) && prev_qualifier >= 0) {
      LevelAfterGrowth(sc, cs[static_cast<std::size_t>(prev_qualifier)], c);
    }

    if (r.metric_class == "sector") SectorTakesMeasure(sc, cs, k, c);

    // 产值 family: money becomes output_value.
    if (r.type == RecordType::kMoney &&
        (r.metric_class == "output_value" || r.metric_class == "value_added" || r.metric_class == "gdp")) {
      r.type = RecordType::kOutputValue;
    }

    prev_end = std::max(prev_end, c.end);
    if (IsQualifying(r.type)) {
      run_begin = figures.size();
    } else {
      figures.push_back(k);
    }
    (IsQualifying(r.type) ? prev_qualifier : prev_figure) = static_cast<std::int64_t>(k);
    if (!IsQualifying(r.type)) prev_level = level;
    if (r.type == RecordType::kPercentage) prev_share = static_cast<std::int64_t>(k);
  }
}

bool IsAsciiAlnum(char32_t cp) { return cp < 0x80 && std::isalnum(static_cast<int>(cp)); }

// Figures that OCR moved away from their words (Candidate::anchor, growth.continued) are linked again as if they
// stood at their anchor, in the sentence holding it: metric, period and subject come from there, and they qualify
// nothing where they landed. A list is linked from its first item, as in place.
void LinkAnchored(const LinkerWords& lw, std::string_view text, const std::vector<std::string_view>& aliases,
                  const std::vector<Sentence>& sentences,
                  const std::vector<std::pair<std::size_t, std::size_t>>& range_of, std::vector<Candidate>& cs) {
  SentenceScope sc;
  sc.lw = &lw;
  sc.text = text;
  std::vector<Subject> topic;
  sc.topic = &topic;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    if (cs[k].anchor == kInPlace || cs[k].list_index > 0) continue;
    std::size_t anchor = cs[k].anchor;
    std::size_t n = static_cast<std::size_t>(std::max(cs[k].list_size, 1));
    if (k + n > cs.size()) continue;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), anchor,
                               [](std::size_t pos, const Sentence& s) { return pos < s.begin; });
    if (it == sentences.begin()) continue;
    std::size_t si = static_cast<std::size_t>(std::prev(it) - sentences.begin());
    const Sentence& s = sentences[si];
    if (anchor >= s.end) continue;
    // The scope of the anchor's sentence, as LinkRecords builds it.
    sc.sentence = &s;
    sc.first = k;
    sc.last = k + n;
    SplitClauses(text, s, &sc.bounds);
    sc.dates.clear();
    for (std::size_t d = range_of[si].first; d < range_of[si].second; ++d) {
      if (UsableAsPeriod(text, cs[d])) sc.dates.push_back(d);
    }
    FindSubjects(lw, aliases, text, s.begin, s.end, &sc.subjects);
    std::size_t topic_sentence = static_cast<std::size_t>(
        std::lower_bound(sentences.begin(), sentences.begin() + static_cast<std::ptrdiff_t>(si) + 1, s.paragraph,
                         [](const Sentence& a, std::size_t para) { return a.paragraph < para; }) -
        sentences.begin());
    if (topic_sentence == si) {
      topic = sc.subjects;
    } else {
      FindSubjects(lw, aliases, text, sentences[topic_sentence].begin, sentences[topic_sentence].end, &topic);
    }
    sc.topic_is_this_sentence = topic_sentence == si;
    std::string_view sentence_text = text.substr(s.begin, s.end - s.begin);
    sc.mentions_organization = sc.subjects.empty() && (sentence_text.find("该公司") != std::string_view::npos ||
                                                       sentence_text.find("该企业") != std::string_view::npos);
    sc.year_in_context = std::string_view();
    sc.section_year = std::string_view();
    // Link the figures as if they stood at the anchor, then put them back.
    std::vector<std::pair<std::size_t, std::size_t>> where(n);
    for (std::size_t t = 0; t < n; ++t) {
      Candidate& c = cs[k + t];
      where[t] = {c.begin, c.end};
      c.begin = c.end = anchor;
      c.qualifies_id = -1;
      c.record.metric.clear();
      c.record.metric_class.clear();
      c.record.period.clear();
      c.record.subject.clear();
    }
    std::size_t clause = ClauseStart(sc.bounds, s.begin, anchor);
    AssignMetricBefore(sc, clause, k, cs);
    for (std::size_t t = 0; t < n; ++t) {
      AssignPeriod(sc, cs, clause, cs[k + t]);
      AssignSubject(sc, cs[k + t]);
      std::tie(cs[k + t].begin, cs[k + t].end) = where[t];
    }
    k += n - 1;
  }
}

// Whether `s` is a heading set on a line of its own: no longer than a heading, without a digit, and ending in a
// character or a closing bracket, not in a sentence's or clause's punctuation.
bool IsHeadingLine(std::string_view text, const Sentence& s) {
  std::size_t b = s.begin, e = s.end;
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (b == e || e - b > kMaxHeadingBytes) return false;
  const std::string_view line = text.substr(b, e - b);
  if (line.find('\n') != std::string_view::npos || line.find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  const char32_t last = CodePointBefore(text, e);
  return IsHan(last) || last == U'）' || last == ')';
}

// Sentences that a line break cut in the middle (OCR: 截至2023年，成\n都高新区…; 6个算\n法; 目标是：\n地区生产总值…)
// joined again: the break stands between a word character, comma, colon or opening bracket before it and a word
// character, comma or closing bracket after it, and the part before it is no Markdown heading. Paragraphs are
// renumbered so that a joined break opens none.
// *joined_of maps each sentence to its joined sentence.
void JoinBrokenSentences(std::string_view text, const std::vector<std::uint32_t>* wraps,
                         const std::vector<Sentence>& in, std::vector<Sentence>* out,
                         std::vector<std::size_t>* joined_of, std::vector<std::size_t>* period_paragraph) {
  static constexpr std::u32string_view kOpenEnd = U"，,、（(“‘：:";
  static constexpr std::u32string_view kGoesOn = U"，,、）)%％”’";
  constexpr std::size_t npos32 = std::u32string_view::npos;
  out->clear();
  joined_of->clear();
  period_paragraph->clear();
  out->reserve(in.size());
  joined_of->reserve(in.size());
  std::size_t paragraph = 0, period_para = 0;
  // In a text whose paragraphs are set apart by blank lines, a single line break after a full stop is a line wrap
  // (OCR, narrow columns), not a paragraph's end: for periods (*period_paragraph), the sentence after it stays in
  // the paragraph. (Subjects keep to the lines: a wrapped paragraph's topic name is not carried over.)
  bool blank_lines = false;
  for (std::size_t i = text.find('\n'); i != std::string_view::npos && !blank_lines; i = text.find('\n', i + 1)) {
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    blank_lines = j < text.size() && text[j] == '\n';
  }
  for (std::size_t k = 0; k < in.size(); ++k) {
    const Sentence& t = in[k];
    bool join = false;
    bool wrapped = false;
    if (k > 0) {
      const Sentence& s = in[k - 1];
      std::size_t b = s.end, f = t.begin;
      while (b > s.begin && IsSpace(text[b - 1])) --b;
      while (f < t.end && IsSpace(text[f])) ++f;
      int breaks = 0;
      bool blank = b <= f;
      for (std::size_t i = b; blank && i < f; ++i) {
        blank = IsSpace(text[i]);
        breaks += text[i] == '\n';
      }
      // The cheap tests first: most sentences end at a terminator, not at a line break.
      if (blank && (breaks == 1 || breaks == 2) && text[out->back().begin] != '#') {
        char32_t last = CodePointBefore(text, b), first = CodePointAt(text, f);
        join = (IsHan(last) || IsAsciiAlnum(last) || IsDigitChar(last) || kOpenEnd.find(last) != npos32) &&
               (IsHan(first) || IsAsciiAlnum(first) || IsDigitChar(first) || kGoesOn.find(first) != npos32);
        // A news lead (新华社成都11月26日电) opens a paragraph, whatever the line before it ends in.
        join = join && !NewsLeadAt(text, f);
        if (join && breaks == 2) {
          // A blank line cuts a sentence too, when what comes before it is running text with a comma (not a title).
          std::string_view before = text.substr(out->back().begin, b - out->back().begin);
          join = before.find("，") != std::string_view::npos || before.find(',') != std::string_view::npos;
        }
      }
      if (blank_lines && blank && breaks == 1 && !join) {
        const char32_t last = CodePointBefore(text, b);
        wrapped = last == U'。' || last == U'！' || last == U'？' || last == U'；';
      }
      // …and so is one the normalizer found to wrap a column (the line before it fills the column).
      wrapped = wrapped || (blank && breaks == 1 && !join && wraps &&
                            std::binary_search(wraps->begin(), wraps->end(), static_cast<std::uint32_t>(b)));
      if (!join && s.paragraph != t.paragraph) ++paragraph;
      // A heading line of its own (一、主要经济指标) opens the paragraph below it for periods rather than one of its
      // own: that paragraph's 全年 reads the year of the paragraph before the heading (2024年，…。⏎⏎一、主要经济
      // 指标⏎⏎全年实现…).
      if (!join && !wrapped && s.paragraph != t.paragraph && !IsHeadingLine(text, out->back())) ++period_para;
    }
    if (join) {
      out->back().end = t.end;
    } else {
      out->push_back({t.begin, t.end, paragraph});
      period_paragraph->push_back(period_para);
    }
    joined_of->push_back(out->size() - 1);
  }
}

}  // namespace

std::shared_ptr<const LinkerWords> BuildLinkerWords(const Lexicons& lex) {
  return std::make_shared<const LinkerWords>(lex);
}

// In a text that has named the New Taiwan dollar (營收新台幣7596.9億元), a later amount in plain 元 (稅後純益3252.6
// 億元) is in it too: Taiwan's news names the currency once. Not an amount that names 人民币 (or RMB, ￥).
void CarryTaiwanDollar(std::string_view text, std::vector<Candidate>& cs) {
  bool named = false;
  for (Candidate& c : cs) {
    Record& r = c.record;
    if (r.type != RecordType::kMoney) continue;
    if (r.unit.compare(0, 3, "TWD") == 0) named = true;
    if (!named || r.unit.compare(0, 3, "CNY") != 0 || (r.unit.size() > 3 && r.unit[3] != '/')) continue;
    const std::string_view figure = text.substr(c.begin, c.end - c.begin);
    const std::size_t yuan = figure.rfind("元");
    if (yuan == std::string_view::npos || figure.find("人民币") != std::string_view::npos ||
        figure.find("RMB") != std::string_view::npos || figure.find("￥") != std::string_view::npos ||
        figure.find("¥") != std::string_view::npos || EndsWithAt(text, c.begin, "人民币")) {
      continue;
    }
    r.unit.replace(0, 3, "TWD");
  }
}

// A basis stated once for the rest of the text (出口比上年同期（下同）增长8.6%，进口增长5.1%): every later growth rate
// in percent without a basis of its own has it, but an average over years (年均增长) and a target (推动…再压缩10%).
void CarrySameBelow(std::string_view text, std::vector<Candidate>& cs) {
  std::size_t from = std::string_view::npos;
  Basis basis = Basis::kUnset;
  // (One scan for 下同, its brackets checked around it: this runs for every document.)
  for (std::size_t in = text.find("下同"); in != std::string_view::npos; in = text.find("下同", in + 6)) {
    const bool full = in >= 3 && BytesAt(text, in - 3, "（") && BytesAt(text, in + 6, "）");
    const bool ascii = in >= 1 && text[in - 1] == '(' && BytesAt(text, in + 6, ")");
    if (!full && !ascii) continue;
    const std::size_t at = in - (full ? 3 : 1);
    const std::string_view before = text.substr(at >= 18 ? at - 18 : 0, at >= 18 ? 18 : at);
    const bool yoy = ComparesWithYearBefore(before) || EndsWithAt(before, before.size(), "上年") ||
                     EndsWithAt(before, before.size(), "去年");
    const bool mom = EndsWithAt(before, before.size(), "环比") || EndsWithAt(before, before.size(), "上月");
    if (!yoy && !mom) continue;
    from = at;
    basis = yoy ? Basis::kYoy : Basis::kMom;
    break;
  }
  if (from == std::string_view::npos) return;
  for (Candidate& c : cs) {
    if (c.begin <= from || c.record.type != RecordType::kGrowthRate || c.record.basis != Basis::kNone ||
        c.record.unit != "percent") {
      continue;
    }
    std::size_t clause = c.begin;
    while (clause > from && !EndsWithAt(text, clause, "，") && !EndsWithAt(text, clause, "。") &&
           !EndsWithAt(text, clause, "；") && c.begin - clause < kMaxQualifyGapBytes) {
      clause = PrevCodePoint(text, clause);
    }
    bool other = false;
    for (std::string_view w : {"年均", "平均", "力争", "预计", "目标", "将", "推动"}) {
      other = other || text.substr(clause, c.begin - clause).find(w) != std::string_view::npos;
    }
    if (!other) c.record.basis = basis;
  }
}

void LinkRecords(const DocContext& doc, std::vector<Candidate>* candidates) {
  if (!doc.lexicons || !doc.sentences || candidates->empty()) return;
  std::shared_ptr<const LinkerWords> own;
  if (!doc.linker) own = BuildLinkerWords(*doc.lexicons);
  const LinkerWords& lw = doc.linker ? *doc.linker : *own;
  CarryTaiwanDollar(doc.text, *candidates);
  std::vector<std::string_view> aliases;  // from the document: 以下简称“飞步科技”
  FindAliases(lw, doc.text, &aliases);
  std::vector<Sentence> sentences;
  std::vector<std::size_t> joined_of;
  std::vector<std::size_t> period_paragraph_of;  // the paragraph of each sentence for periods (wraps joined)
  JoinBrokenSentences(doc.text, doc.wraps, *doc.sentences, &sentences, &joined_of, &period_paragraph_of);
  std::vector<Candidate>& cs = *candidates;
  std::vector<Subject> topic;
  std::size_t topic_paragraph = static_cast<std::size_t>(-1);
  std::size_t topic_sentence = static_cast<std::size_t>(-1);
  // The one year the document's title names (2025年全市国民经济和社会发展统计公报): the year in context of a
  // paragraph that names none, for 全年 (DocumentTitle; its dates all of one year).
  std::string_view title_year;
  std::string release_period;
  std::size_t release_paragraph = static_cast<std::size_t>(-1);  // the last paragraph with a sentence with 同比
  {
    std::string_view title = DocumentTitle(doc.text);
    if (!title.empty()) {
      const std::size_t eol = static_cast<std::size_t>(title.data() - doc.text.data()) + title.size();
      std::size_t title_paragraph = 0;
      for (const Sentence& t : sentences) {
        if (t.end >= eol) {
          title_paragraph = t.paragraph;
          break;
        }
      }
      bool one = true;
      for (std::size_t k = 0; k < cs.size() && cs[k].end <= eol; ++k) {
        const Record& r = cs[k].record;
        // A date of one year, half, quarter, month or day (2025年, 上半年), or a range within one year (前10月); a
        // range across years (2024—2025年) names no one year, and a forecast (预计2026年6月投产) not the text's.
        // A dateline (本报合肥1月16日电) dates the publication, not what the text is about.
        if (r.type != RecordType::kDate || r.value.size() < 4 || ForecastBefore(doc.text, cs[k].begin) ||
            r.rule == "date.dateline") {
          continue;
        }
        std::string_view year = std::string_view(r.value).substr(0, 4);
        const std::size_t slash = r.value.find('/');
        if (slash != std::string::npos && std::string_view(r.value).substr(slash + 1, 4) != year) continue;
        one = one && (title_year.empty() || title_year == year);
        title_year = year;
      }
      // A year after the reference date's is a plan's (2027年全省地区生产总值预期增长5%左右, in December 2026).
      if (!one || (doc.has_reference_date && ParseYearDigits(title_year) > doc.ref_year && PlanTitle(title))) {
        title_year = std::string_view();
      }
      // The one period of a release (前三季度襄阳经济稳中有进 ⏎ 本报讯 前三季度，全市地区生产总值…): the title's
      // one date, a period of months or more, that the paragraph after it names too.
      const Candidate* only = nullptr;
      std::size_t dates = 0;
      for (std::size_t k = 0; k < cs.size() && cs[k].end <= eol; ++k) {
        if (cs[k].record.type != RecordType::kDate || cs[k].record.rule == "date.dateline") continue;
        ++dates;
        only = &cs[k];
      }
      const std::string_view v = only ? std::string_view(only->record.value) : std::string_view();
      if (dates == 1 && UsableAsPeriod(doc.text, *only) && !ForecastBefore(doc.text, only->begin) &&
          v.size() >= 4 && v.size() != 10 && v.find("-01-01/") == std::string_view::npos) {
        for (std::size_t k = 0; k < cs.size() && release_period.empty(); ++k) {
          const Candidate& d = cs[k];
          if (d.begin < eol || d.record.type != RecordType::kDate) continue;
          const std::size_t si = joined_of[d.sentence_index];
          if (sentences[si].paragraph > title_paragraph + 1) break;
          if (d.record.value == v) release_period = std::string(v);
        }
      }
    }
  }
  // The year the section heading above each sentence names (empty below a heading that names none).
  std::vector<std::string_view> section_year_of(sentences.size());
  {
    std::string_view year;
    std::size_t k = 0;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
      // Each line of the sentence (a heading may have been joined with the lines around it).
      const Sentence& t = sentences[si];
      for (std::size_t b = t.begin; b < t.end;) {
        std::size_t e = doc.text.substr(b, t.end - b).find('\n');
        e = e == std::string_view::npos ? t.end : b + e;
        if (SectionHeading(doc.text, b, e)) {
          year = std::string_view();
          while (k < cs.size() && cs[k].begin < b) ++k;
          for (std::size_t q = k; q < cs.size() && cs[q].end <= e && year.empty(); ++q) {
            const Record& r = cs[q].record;
            if (r.type == RecordType::kDate && r.granularity == "year" && r.qualifier == Qualifier::kExact &&
                UsableAsPeriod(doc.text, cs[q])) {
              year = r.value;
            }
          }
        }
        b = e + 1;
      }
      section_year_of[si] = year;
    }
  }
  // 过去一年 under a section heading that names a past year (一、2024年工作回顾 ⏎ 过去一年，…: a work report) is that
  // year, not the twelve months before the reference date.
  for (Candidate& c : cs) {
    Record& r = c.record;
    if (r.rule != "date.recent" || r.value.size() != 9 || r.value[4] != '/' ||
        doc.text.compare(c.begin, 12, "过去一年") != 0) {
      continue;
    }
    const std::string_view year = section_year_of[joined_of[c.sentence_index]];
    if (year.size() != 4 || !doc.has_reference_date || ParseYearDigits(year) >= doc.ref_year) continue;
    r.value = std::string(year);
    r.granularity = "year";
    r.period_start = r.value + "-01-01";
    r.period_end = r.value + "-12-31";
  }
  std::string year_in_context;  // the last year-granularity date before the current sentence…
  std::size_t year_at = 0, topic_at = 0;  // where that year and the paragraph's period were named
  std::size_t year_paragraph = static_cast<std::size_t>(-1);  // …and its paragraph
  std::string topic_period;     // the period that opens…
  std::size_t period_paragraph = static_cast<std::size_t>(-1);  // …this paragraph
  std::string last_period;      // the period of the last figure of the last sentence with figures…
  std::size_t last_period_paragraph = static_cast<std::size_t>(-1);  // …and its paragraph
  std::string last_range;       // the last range of months a figure of that paragraph is of (2026-01/2026-09)
  std::vector<Subject> paragraph_names;  // the names of the paragraph's sentences with figures so far…
  std::vector<Subject> document_names;   // …and of the document's (the first kKeptNames)
  constexpr std::size_t kKeptNames = 256;
  std::size_t names_paragraph = static_cast<std::size_t>(-1);  // …and that paragraph
  std::string last_subject;     // the subject of that figure
  std::string last_holiday;      // the last holiday period the text named (国庆假期 → 2025-10-01/2025-10-07)
  std::string base_period;       // the period of the last paragraph that breaks down none before it…
  std::string breakdown_period;  // …for this paragraph, if it breaks the figures before it down (分行业看，…)
  bool breaks_down = false;
  bool topic_open = false;      // no sentence of the paragraph has had figures or set its period yet
  std::vector<std::size_t> topic_bounds;  // clause boundaries of a sentence that may open the paragraph's period

  SentenceScope sc;
  sc.lw = &lw;
  sc.text = doc.text;
  sc.topic = &topic;
  // The document's topics: the names of its first sentence naming any in the title or the lead, then of each later
  // title line naming one (贵阳高新区：夯实…智力支撑 opens an article about another place).
  struct DocTopic {
    std::size_t paragraph;
    const Sentence* sentence;
    std::vector<Subject> names;
  };
  std::vector<DocTopic> doc_topics;
  {
    // Not in text wrapped to a column, where any short line may stand alone; and only a title line opening with
    // its name (after a mark such as # or 【).
    const bool wrapped = doc.wraps && !doc.wraps->empty();
    // A document of one paragraph has no paragraph without a topic of its own to give one to.
    const bool one_paragraph = sentences.empty() || sentences.back().paragraph == sentences.front().paragraph;
    std::vector<Subject> names;
    std::size_t heads = 0;  // paragraphs of a masthead or a byline before the title and lead, which they do not count
    for (std::size_t si = 0; si < sentences.size() && !one_paragraph; ++si) {
      const Sentence& s = sentences[si];
      if (doc_topics.empty() && s.paragraph < kTopicParagraphs + heads && IsTitleLine(doc.text, sentences, si) &&
          (Masthead(doc.text, s) || Credit(doc.text, s))) {
        ++heads;
        continue;
      }
      const bool lead = doc_topics.empty() && s.paragraph < kTopicParagraphs + heads;
      if (!lead && (wrapped || !IsTitleLine(doc.text, sentences, si))) continue;
      FindSubjects(lw, aliases, doc.text, s.begin, s.end, &names);
      // A title with a byline under it opens another article (a page of several): its names, or none, from there.
      const bool article = !lead && si + 1 < sentences.size() && IsByline(doc.text, sentences[si + 1]);
      if (!article && (names.empty() || (!lead && names.front().begin > s.begin + kTitleMarkBytes))) continue;
      doc_topics.push_back({s.paragraph, &s, names});
    }
  }
  std::size_t doc_topic = 0;  // the entry of doc_topics in force
  std::vector<std::size_t> figures;  // LinkSentence's
  std::vector<std::pair<std::size_t, std::size_t>> range_of(sentences.size(), {0, 0});  // candidates per sentence
  bool anchored = false;
  for (std::size_t i = 0; i < cs.size();) {
    std::size_t si = joined_of[cs[i].sentence_index], j = i;
    while (j < cs.size() && joined_of[cs[j].sentence_index] == si) ++j;
    range_of[si] = {i, j};
    const Sentence& s = sentences[si];
    const std::size_t pp = period_paragraph_of[si];  // the paragraph for periods
    if (pp != period_paragraph) {
      // A paragraph that breaks down the figures before it (分行业看，…) is of the period of the last paragraph that
      // did not (从月度走势看，10月当月… between them is a breakdown of its own).
      // A paragraph of a part of the base period (10月份当月，… after 前10个月，…), or of no period, leaves the base
      // as it was: the breakdowns after it are of the whole.
      // A paragraph that opens with a day a stock is counted at and goes on to a range of months (截至11月20日，…实有
      // 经营主体18.76万户…。前三季度，全区新登记…) is broken down for the range: the flows are what gets broken down.
      if (!breaks_down) {
        const bool last_here = last_period_paragraph == period_paragraph;
        const bool day_then_range = topic_period.size() == 10 && last_here && !last_range.empty();
        std::string period = day_then_range                  ? last_range
                             : !topic_period.empty()          ? topic_period
                             : last_here                      ? last_period
                                                              : std::string();
        if (!period.empty() && !WithinPeriod(period, base_period)) base_period = std::move(period);
      }
      std::size_t first = si;
      while (first > 0 && period_paragraph_of[first - 1] == pp) --first;
      // (After a section's lead: 工业生产较快增长。分行业看，…)
      if (IsSectionLead(sc.text, sentences[first]) && first + 1 < sentences.size() &&
          period_paragraph_of[first + 1] == pp) {
        ++first;
      }
      breaks_down = BreakdownOpening(sc.text, SentenceOpening(sc.text, sentences[first]));
      breakdown_period = breaks_down ? base_period : std::string();
      period_paragraph = pp;
      topic_period.clear();
      topic_open = true;
    }
    // The paragraph's period: a date that opens the first clause of its first sentence with figures or dates
    // (2023年，全市…; 民生保障持续加力。上半年全县民生支出…), or the second or third after an opening without
    // figures (该省明确，今年要…; 11月18日，记者从海关获悉，今年1—10月，…); not one further on or after a figure
    // (已建成300P智能算力，明年将扩容至800P; 该项目预计11月完成).
    bool sets_topic = false;
    if (topic_open) {
      std::size_t first_date = j;
      for (std::size_t k = i; k < j && first_date == j; ++k) {
        if (UsableAsPeriod(sc.text, cs[k])) first_date = k;
      }
      std::string_view year = ContextYear(year_in_context, year_paragraph, pp, section_year_of[si], title_year);
      if (first_date < j || !year.empty()) {
        std::vector<std::size_t>& bounds = topic_bounds;
        SplitClauses(sc.text, s, &bounds);
        for (std::size_t k = first_date; k < j && topic_period.empty(); ++k) {
          if (!UsableAsPeriod(sc.text, cs[k])) continue;
          auto clause = std::upper_bound(bounds.begin(), bounds.end(), cs[k].begin);
          std::size_t start = clause == bounds.begin() ? s.begin : *std::prev(clause);
          // A line kept before the date (a title or byline the sentence was joined with: 县域经济稳中向好⏎2024年，…)
          // is no part of its clause.
          const std::size_t line = sc.text.substr(start, cs[k].begin - start).rfind('\n');
          if (line != std::string_view::npos) start += line + 1;
          while (start < cs[k].begin && IsSpace(sc.text[start])) ++start;
          // A verb of looking back before the date still opens with it (回顾2025年，…), and so does a news dateline
          // (本报讯 截至11月20日，…; 新华社合肥11月20日电 前三季度，…).
          for (std::string_view w : {"回顾", "回望", "纵观", "综观"}) {
            if (sc.text.compare(start, w.size(), w) == 0 && start + w.size() == cs[k].begin) start = cs[k].begin;
          }
          start = PastDateline(sc.text, start, cs[k].begin);
          start = PastHeadingMark(sc.text, start, cs[k].begin);
          bool opening = clause == bounds.begin();
          if (clause - bounds.begin() == 1 || clause - bounds.begin() == 2) {
            opening = true;
            for (std::size_t f = i; f < k; ++f) opening = opening && !IsNumeric(cs[f].record.type);
          }
          if (opening && start == cs[k].begin) {
            topic_period = cs[k].record.value;
            topic_at = cs[k].begin;
          }
        }
        // …or 全年 opening one of them, for the year in context (初步核算，全年全市地区生产总值…, in a bulletin
        // titled 2025年…), or opening the line after a heading the first clause was joined with (一、主要经济指标⏎
        // 全年实现…).
        const std::size_t first_end = bounds.empty() ? s.end : bounds[0];
        const std::size_t heading = sc.text.substr(s.begin, first_end - s.begin).rfind('\n');
        for (std::size_t c = 0; topic_period.empty() && !year.empty() && c <= std::min<std::size_t>(1, bounds.size());
             ++c) {
          std::size_t start = c == 1 ? bounds[0] : heading != std::string_view::npos ? s.begin + heading + 1 : s.begin;
          while (start < s.end && IsSpace(sc.text[start])) ++start;
          start = PastHeadingMark(sc.text, start, s.end);
          if (sc.text.compare(start, std::string_view("全年").size(), "全年") == 0) {
            topic_period = std::string(year);
            topic_at = start;
          }
        }
      }
      sets_topic = !topic_period.empty();
      if (!sets_topic && !breakdown_period.empty()) {
        topic_period = breakdown_period;
        topic_at = s.begin;
      }
      // 假期期间，… opening the paragraph's first sentence with figures is of the holiday the text named last (国庆
      // 假期8天，…。⏎消费市场活力迸发。假期期间，全市…).
      if (!sets_topic && topic_period.empty() && !last_holiday.empty()) {
        const std::size_t at = SentenceOpening(sc.text, s);
        for (std::string_view w : {"假期期间", "节日期间", "黄金周期间", "假期内", "假期中", "假期里", "假期"}) {
          if (sc.text.compare(at, w.size(), w) == 0) {
            topic_period = last_holiday;
            topic_at = at;
            break;
          }
        }
      }

    }
    // Only numeric figures are linked: a sentence of dates alone needs no scope (its years still count below).
    bool numeric = false;
    for (std::size_t k = i; k < j && !numeric; ++k) numeric = IsNumeric(cs[k].record.type);
    topic_open = topic_open && !sets_topic && !numeric;  // the first sentence with figures closes it
    if (numeric) {
      if (s.paragraph != topic_paragraph) {
        // Sentences are in text order, so their paragraph indices never decrease.
        topic_paragraph = s.paragraph;
        topic_sentence = static_cast<std::size_t>(
            std::lower_bound(sentences.begin(), sentences.begin() + static_cast<std::ptrdiff_t>(si) + 1, s.paragraph,
                             [](const Sentence& a, std::size_t para) { return a.paragraph < para; }) -
            sentences.begin());
        const Sentence& first = sentences[topic_sentence];
        FindSubjects(lw, aliases, sc.text, first.begin, first.end, &topic);
      }
      sc.sentence = &s;
      sc.first = i;
      sc.last = j;
      SplitClauses(sc.text, s, &sc.bounds);
      sc.dates.clear();
      for (std::size_t k = i; k < j; ++k) {
        if (UsableAsPeriod(sc.text, cs[k])) sc.dates.push_back(k);
      }
      // The first sentence of a paragraph is its own topic: its names were just found.
      if (topic_sentence == si) {
        sc.subjects = topic;
      } else {
        FindSubjects(lw, aliases, sc.text, s.begin, s.end, &sc.subjects);
      }
      std::string_view sentence_text = sc.text.substr(s.begin, s.end - s.begin);
      if (names_paragraph != s.paragraph) {
        paragraph_names.clear();
        names_paragraph = s.paragraph;
      }
      sc.earlier = &paragraph_names;
      sc.before = &document_names;
      while (doc_topic + 1 < doc_topics.size() && doc_topics[doc_topic + 1].paragraph <= s.paragraph) ++doc_topic;
      const bool in_force = !doc_topics.empty() && doc_topics[doc_topic].paragraph <= s.paragraph;
      sc.doc_topic = in_force ? &doc_topics[doc_topic].names : nullptr;
      sc.doc_topic_sentence = in_force ? doc_topics[doc_topic].sentence : nullptr;
      sc.topic_is_this_sentence = topic_sentence == si;
      sc.mentions_organization = sc.subjects.empty() && (sentence_text.find("该公司") != std::string_view::npos ||
                                                         sentence_text.find("该企业") != std::string_view::npos);
      sc.year_in_context = ContextYear(year_in_context, year_paragraph, pp, section_year_of[si], title_year);
      sc.section_year = section_year_of[si];
      sc.year_after_topic = year_paragraph == pp && !topic_period.empty() && year_at > topic_at;
      sc.topic_period = sets_topic ? std::string_view() : std::string_view(topic_period);
      // A sentence inside a paragraph of a part of the base period that breaks down the figures before it (OCR's
      // lines run paragraphs together: …10月份当月…进出口1318.7亿元。从贸易方式看，…) is of the base period.
      const std::size_t opening = SentenceOpening(sc.text, s);
      if (!sets_topic && topic_sentence != si && BreakdownOpening(sc.text, opening) &&
          WithinPeriod(topic_period, base_period)) {
        sc.topic_period = base_period;
      }
      // A sentence that details the one before it (其中，出口752.9亿元) or goes on after its semicolon (10月份，新房价格
      // 环比下降0.4%；二手住宅价格环比下降0.6%) is of that one's period.
      bool after_semicolon = false;
      if (si > 0) {
        std::size_t e = sentences[si - 1].end;
        while (e > sentences[si - 1].begin && IsSpace(sc.text[e - 1])) --e;
        after_semicolon = EndsWithAt(sc.text, e, "；") || EndsWithAt(sc.text, e, ";");
      }
      // 其中 may also open the next paragraph (a line break after the sentence it details: OCR, or a layout with a
      // break after every sentence).
      const bool details = sc.text.compare(opening, 6, "其中") == 0;
      const bool next_paragraph = si > 0 && period_paragraph_of[si - 1] == last_period_paragraph &&
                                  pp == last_period_paragraph + 1;
      const bool continued = (last_period_paragraph == pp && (details || after_semicolon)) || (details && next_paragraph);
      sc.continued_period = continued ? std::string_view(last_period) : std::string_view();
      sc.continued_subject = continued ? std::string_view(last_subject) : std::string_view();
      // A sentence comparing with the year before (同比) in a release of one period, in a paragraph that names none, is
      // of that period: the release's title names it and so does its lead (前三季度襄阳经济稳中有进 ⏎ 本报讯 前三季度，
      // …), and a comparison with the year before is of a period. (Not a project's or a stock's figures
      // without one: 二期工程总投资约86亿元.)
      // A sentence of changes after one such sentence in its paragraph goes on about the same period (…，同比下降6.8%。
      // 房屋施工面积42018.7万平方米，下降7.3%。).
      const bool compares = ComparesWithYearBefore(sentence_text);
      bool changes = false;
      for (std::size_t k = i; k < j && !changes; ++k) changes = cs[k].record.type == RecordType::kGrowthRate;
      sc.release_goes_on = !compares && changes && release_paragraph == pp;
      sc.release_period = compares || sc.release_goes_on ? std::string_view(release_period) : std::string_view();
      if (compares) release_paragraph = pp;
      sc.other_time_at = sc.topic_period.empty() ? std::string_view::npos
                                                 : OtherTimeAt(sc.text.substr(s.begin, s.end - s.begin));
      const std::size_t whole_year = FindAcrossBreaks(sc.text.substr(s.begin, s.end - s.begin), "全年");
      sc.whole_year_at = whole_year == std::string_view::npos ? whole_year : s.begin + whole_year;
      LinkSentence(sc, cs, figures);
      paragraph_names.insert(paragraph_names.end(), sc.subjects.begin(), sc.subjects.end());
      if (document_names.size() < kKeptNames) {
        document_names.insert(document_names.end(), sc.subjects.begin(), sc.subjects.end());
      }
      if (last_period_paragraph != pp) last_range.clear();
      for (std::size_t k = i; k < j; ++k) {
        const std::string& p = cs[k].record.period;
        if (IsNumeric(cs[k].record.type) && p.size() == 15 && p[7] == '/') last_range = p;  // 2026-01/2026-09
      }
      for (std::size_t k = j; k-- > i;) {
        if (!IsNumeric(cs[k].record.type)) continue;
        // Not a figure restated for the year before (…，上年同期为5.64亿元；扣非净利润9.71亿元 goes on in this year).
        const std::size_t clause = ClauseStart(sc.bounds, s.begin, cs[k].begin);
        const std::string_view before = sc.text.substr(clause, cs[k].begin - clause);
        if (k > i && (before.find("上年同期") != std::string_view::npos ||
                      before.find("去年同期") != std::string_view::npos)) {
          continue;
        }
        last_period = cs[k].record.period;
        last_subject = cs[k].record.subject;
        last_period_paragraph = pp;
        break;
      }
    }
    for (std::size_t k = i; k < j; ++k) {
      if (cs[k].record.rule == "date.holiday" && cs[k].record.value.find('/') != std::string::npos) {
        last_holiday = cs[k].record.value;
      }
      // A year the text is in: not a deadline or a start (到2027年, 2015年起), a forecast (预计2027年) or the base of
      // a comparison (比去年同期); and the year whose end a count is taken at (截至2024年底 → 2024).
      const Record& d = cs[k].record;
      const bool year = d.granularity == "year" && d.qualifier == Qualifier::kExact;
      const bool year_end = d.granularity == "day" && d.qualifier == Qualifier::kAsOf && d.value.size() == 10 &&
                            d.value.compare(4, 6, "-12-31") == 0;
      // A part of a year that names its year (今年1—10月, 2026年前三季度) is in that year too; not days up to now
      // (今年以来).
      const std::string_view written = sc.text.substr(cs[k].begin, cs[k].end - cs[k].begin);
      const bool year_part = d.qualifier == Qualifier::kExact && d.value.size() >= 4 && d.granularity != "day" &&
                             d.value.size() != 21 &&
                             (written.compare(0, 6, "今年") == 0 || written.compare(0, 6, "本年") == 0 ||
                              (written.size() > 4 && written.compare(0, 4, d.value, 0, 4) == 0)) &&
                             (d.value.find('/') == std::string::npos ||
                              d.value.compare(d.value.find('/') + 1, 4, d.value, 0, 4) == 0);
      if (d.type == RecordType::kDate && (year || year_end || year_part) && !ForecastBefore(sc.text, cs[k].begin) &&
          UsableAsPeriod(sc.text, cs[k])) {
        year_in_context = d.value.substr(0, 4);
        year_paragraph = pp;
        year_at = cs[k].begin;
      }
      anchored = anchored || cs[k].anchor != kInPlace;
    }
    i = j;
  }
  if (anchored) LinkAnchored(lw, doc.text, aliases, sentences, range_of, cs);
  CarrySameBelow(doc.text, cs);
}

}  // namespace zhfacts::internal
