#include "extract/measure.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "extract/patterns.h"
#include "normalize/utf8.h"

namespace zhfacts::internal::measure {

namespace {

constexpr const char* kMagnitudes[] = {"十", "百", "千", "万", "亿"};
static_assert(sizeof("十") - 1 == kMagnitudeBytes && sizeof("百") - 1 == kMagnitudeBytes &&
              sizeof("千") - 1 == kMagnitudeBytes && sizeof("万") - 1 == kMagnitudeBytes &&
              sizeof("亿") - 1 == kMagnitudeBytes);

// The later of s.rfind("(", pos) and s.rfind("（", pos): the hot spot of IsDefinition, which asks it for every figure
// and usually finds none in the whole sentence before it. memchr skips to the next '(' or to the next 0xEF byte
// (the lead byte of "（" and of a few other fullwidth signs, mostly "，"), forward over the candidates.
std::size_t LastOpenParen(std::string_view s, std::size_t pos) {
  std::size_t open = std::string_view::npos;
  if (s.empty()) return open;
  const char* d = s.data();
  const char* end = d + std::min(pos, s.size() - 1) + 1;  // "(" starts in [d, end)
  for (const char* q = d; q < end && (q = static_cast<const char*>(std::memchr(q, '(', end - q))); ++q) {
    open = static_cast<std::size_t>(q - d);
  }
  if (s.size() < 3) return open;
  end = d + std::min(pos, s.size() - 3) + 1;  // "（" starts in [d, end) and ends within s
  for (const char* q = d; q < end && (q = static_cast<const char*>(std::memchr(q, '\xEF', end - q))); ++q) {
    const std::size_t p = static_cast<std::size_t>(q - d);
    if (q[1] == '\xBC' && q[2] == '\x88' && (open == std::string_view::npos || p > open)) open = p;
  }
  return open;
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Decimal string of an unsigned integer string divided by `den`, rounded to `places` decimals.
bool DivideRounded(const Decimal& v, std::uint64_t den, int places, Decimal* out) {
  if (den == 0) return false;
  std::string s = v.ToString();
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.erase(0, 1);
  std::size_t dot = s.find('.');
  int frac = 0;
  if (dot != std::string::npos) {
    frac = static_cast<int>(s.size() - dot - 1);
    s.erase(dot, 1);
  }
  s.append(static_cast<std::size_t>(places + 1), '0');  // one guard digit for rounding
  std::string q;
  unsigned __int128 rem = 0;
  for (char c : s) {
    rem = rem * 10 + static_cast<unsigned>(c - '0');
    q.push_back(static_cast<char>('0' + static_cast<int>(rem / den)));
    rem %= den;
  }
  int scale = frac + places + 1;  // q = result × 10^scale
  while (static_cast<int>(q.size()) <= scale) q.insert(q.begin(), '0');
  q.insert(q.size() - static_cast<std::size_t>(scale), ".");
  Decimal r;
  if (!Decimal::Parse(q, &r)) return false;
  r.Round(places);
  r.set_negative(neg);
  *out = r;
  return !r.overflow();
}

}  // namespace

std::vector<std::string> SplitBars(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t bar = cell.find('|', start);
    std::string_view part = cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

bool ValidFactor(std::string_view factor) {
  std::size_t slash = factor.find('/');
  Decimal d;
  if (slash == std::string_view::npos) return Decimal::Parse(factor, &d);
  std::string_view den = factor.substr(slash + 1);
  if (den.empty() || den.size() > 18) return false;
  for (char c : den) {
    if (c < '0' || c > '9') return false;
  }
  return Decimal::Parse(factor.substr(0, slash), &d) && std::stoull(std::string(den)) != 0;
}

bool Scale(const Decimal& value, std::string_view factor, Decimal* out) {
  std::size_t slash = factor.find('/');
  Decimal num;
  if (!Decimal::Parse(factor.substr(0, slash), &num)) return false;
  Decimal r = value;
  r.Mul(num);
  if (r.overflow()) return false;
  if (slash == std::string_view::npos) {
    *out = r;
    return true;
  }
  return DivideRounded(r, std::stoull(std::string(factor.substr(slash + 1))), 4, out);
}

Status LoadUnits(const LexiconTable& t, std::vector<Unit>* units) {
  const char* kColumns[] = {"word", "code", "dimension", "factor_to_base", "base", "name", "context", "not_before"};
  int col[8];
  for (int i = 0; i < 8; ++i) {
    col[i] = t.Column(kColumns[i]);
    if (col[i] < 0) {
      return Status(StatusCode::kInvalidLexicon, std::string("units.tsv: missing column ") + kColumns[i]);
    }
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<std::string>& row = t.rows[r];
    auto cell = [&](int i) { return row[static_cast<std::size_t>(col[i])]; };
    Unit u{cell(0), cell(1), cell(2), cell(3), cell(4), cell(5), SplitBars(cell(6)), SplitBars(cell(7))};
    if (u.dimension.empty()) {
      return Status(StatusCode::kInvalidLexicon, t.sources[r] + ": empty dimension");
    }
    if (!u.base.empty() && !ValidFactor(u.factor)) {
      return Status(StatusCode::kInvalidLexicon, t.sources[r] + ": factor_to_base '" + u.factor +
                                                     "' is not a decimal or a fraction a/b");
    }
    units->push_back(std::move(u));
  }
  return Status::Ok();
}

bool SentenceHasAny(const RuleMatch& m, const std::vector<std::string>& words) {
  if (words.empty()) return true;
  std::string_view s = m.text.substr(m.sentence->begin, m.sentence->end - m.sentence->begin);
  for (const std::string& w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool NearbyHasAny(const RuleMatch& m, const DocContext& doc, const std::vector<std::string>& words) {
  if (SentenceHasAny(m, words)) return true;
  if (m.sentence_index == 0 || !doc.sentences) return false;
  const Sentence& prev = (*doc.sentences)[m.sentence_index - 1];
  if (prev.paragraph != m.sentence->paragraph) return false;
  RuleMatch p = m;
  p.sentence = &prev;
  return SentenceHasAny(p, words);
}

bool StartsWithAny(std::string_view text, std::size_t pos, const std::vector<std::string>& words) {
  if (pos < text.size()) {  // compare only the words that start with the byte at pos (an empty word always matches)
    const char first = text[pos];
    for (const std::string& w : words) {
      if (w.empty() || (w[0] == first && BytesAt(text, pos, w))) return true;
    }
    return false;
  }
  for (const std::string& w : words) {
    if (text.compare(pos, w.size(), w) == 0) return true;
  }
  return false;
}

bool PrefixInWord(const RuleMatch& m, std::size_t prefix_begin, std::string_view prefix) {
  return PrefixInWord(CharBefore(m, prefix_begin), prefix);
}

bool PrefixInWord(char32_t c, std::string_view prefix) {
  static const std::u32string kBeforeYue = U"节制预签合条公契履违特婚相邀大简隐";
  static const std::u32string kBeforeJin = U"最附临靠邻接将亲贴";
  static const std::u32string kBeforeChao = U"赶高";
  if (!c) return false;
  if (prefix == "约") return kBeforeYue.find(c) != std::u32string::npos;
  if (prefix == "近") return kBeforeJin.find(c) != std::u32string::npos;
  if (prefix == "超") return kBeforeChao.find(c) != std::u32string::npos;
  return false;
}

char32_t CharBefore(const RuleMatch& m, std::size_t pos) {
  if (pos <= m.sentence->begin) return 0;
  std::size_t i = pos - 1;
  while (i > m.sentence->begin && (static_cast<unsigned char>(m.text[i]) & 0xC0) == 0x80) --i;
  char32_t cp = 0;
  return DecodeUtf8(m.text, i, &cp) ? cp : 0;
}

char32_t CharAt(const RuleMatch& m, std::size_t pos) {
  if (pos >= m.sentence->end) return 0;
  char32_t cp = 0;
  return DecodeUtf8(m.text, pos, &cp) ? cp : 0;
}

bool BadLeftContext(const RuleMatch& m, std::size_t pos) {
  char32_t c = CharBefore(m, pos);
  if (IsAsciiAlnum(c)) return true;
  if (c == U'前' && pos >= m.sentence->begin + 6) {
    // 前10家 is a ranking, but in 目前 / 当前 / 此前 / 之前 / 以前 / 提前 前 ends another word: 目前12家企业.
    static constexpr std::u32string_view kWordsEndingInQian = U"目当此之以提日年";
    if (kWordsEndingInQian.find(CharBefore(m, pos - 3)) != std::u32string_view::npos) return false;
  }
  // A second figure after a unit and a slash (186万千瓦/372万千瓦时, 100MW/200MWh) stands alone; after a digit the
  // slash makes a fraction or a date (1/3, 2024/06).
  if (c == '/' && pos >= m.sentence->begin + 2) {
    const char32_t unit = CharBefore(m, pos - 1);
    if (!(unit >= '0' && unit <= '9') && unit != '/' && unit != ' ') return false;
  }
  switch (c) {
    case '.': case '/': case '#': case '_': case '-': case '+': case '~': case U'—': case U'第': case U'前':
    case U'每': case U'号': case U'№': case U'编':
      return true;
    default:
      return false;
  }
}

bool AsciiWordContinues(const RuleMatch& m, std::size_t pos) { return IsAsciiAlnum(CharAt(m, pos)); }

bool IsDefinition(const RuleMatch& m, std::size_t begin, std::size_t end, bool unit_value) {
  // 500P算力相当于…: a figure compared; 1P算力相当于…: a unit defined.
  static const std::vector<std::string> kAfter = {"=", "＝", "≈"};
  static const std::vector<std::string> kAfterOne = {"等于", "相当于", "约等于", "指", "即", "是指", "代表"};
  static const std::vector<std::string> kBefore = {"=", "＝", "≈", "指", "即", "等于", "相当于", "代表"};
  std::size_t e = end;
  while (e < m.sentence->end && m.text[e] == ' ') ++e;
  if (m.text.compare(e, 6, "算力") == 0) e += 6;  // 1P算力相当于…
  if (StartsWithAny(m.text, e, kAfter) || (unit_value && StartsWithAny(m.text, e, kAfterOne))) return true;
  std::size_t b = begin;
  while (b > m.sentence->begin && m.text[b - 1] == ' ') --b;
  for (const std::string& w : kBefore) {
    if (b >= m.sentence->begin + w.size() && BytesAt(m.text, b - w.size(), w)) return true;
  }
  // Inside parentheses whose content defines something: (P指每秒千万亿次浮点运算), (1P=1000T).
  std::string_view s = m.text.substr(m.sentence->begin, m.sentence->end - m.sentence->begin);
  std::size_t rel = begin - m.sentence->begin;
  std::size_t open = LastOpenParen(s, rel);
  if (open == std::string_view::npos) return false;
  std::size_t close = std::string_view::npos;
  for (std::string_view c : {")", "）"}) {
    std::size_t p = s.find(c, open);
    if (p != std::string_view::npos && p < close) close = p;
  }
  if (close != std::string_view::npos && close < rel) return false;  // the parenthesis closed before us
  std::string_view inside = s.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open);
  for (std::string_view w : {"指", "=", "≈", "即", "相当于", "等于"}) {
    if (inside.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool OnlyMagnitudes(std::string_view numeral) {
  if (numeral.empty()) return false;
  if (static_cast<unsigned char>(numeral[0]) < 0x80) return false;  // 742, 1.5万: no magnitude starts with ASCII
  for (std::size_t i = 0; i < numeral.size();) {
    bool mag = false;
    for (const char* k : kMagnitudes) {
      std::string_view w(k);
      if (numeral.compare(i, w.size(), w) == 0) {
        i += w.size();
        mag = true;
        break;
      }
    }
    if (!mag) return false;
  }
  return true;
}

bool HasChineseNumeral(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (!len) return false;
    if (cp >= 0x3007 && cp != U'万' && cp != U'亿' && cp != U'十' && cp != U'百' && cp != U'千') return true;
    i += len;
  }
  return false;
}

bool ParseAdjacentPair(std::string_view s, Decimal* lo, Decimal* hi) {
  static constexpr char32_t kDigits[] = {U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九'};
  char32_t a, b;
  std::size_t la = DecodeUtf8(s, 0, &a);
  if (!la || la >= s.size()) return false;
  std::size_t lb = DecodeUtf8(s, la, &b);
  if (!lb) return false;
  int da = 0, db = 0;
  for (int i = 0; i < 9; ++i) {
    if (kDigits[i] == a) da = i + 1;
    if (kDigits[i] == b) db = i + 1;
  }
  if (!da || db != da + 1) return false;
  std::string_view mag = s.substr(la + lb);
  int exp = 0;
  for (std::size_t i = 0; i < mag.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(mag, i, &cp);
    if (!len) return false;
    if (cp == U'十') exp += 1;
    else if (cp == U'百') exp += 2;
    else if (cp == U'千') exp += 3;
    else if (cp == U'万') exp += 4;
    else if (cp == U'亿') exp += 8;
    else return false;
    i += len;
  }
  if (exp == 0) return false;  // 三四家: too small to be a figure
  *lo = Decimal::FromInt(static_cast<std::uint64_t>(da));
  *hi = Decimal::FromInt(static_cast<std::uint64_t>(db));
  lo->MulPow10(exp);
  hi->MulPow10(exp);
  return true;
}

std::size_t FirstUnitSplitPoint(std::string_view s, std::size_t unit_begin) {
  std::size_t p = unit_begin;
  while (p >= kMagnitudeBytes) {
    const char* at = s.data() + p - kMagnitudeBytes;
    bool moved = false;
    for (const char* k : kMagnitudes) {
      if (at[0] == k[0] && at[1] == k[1] && at[2] == k[2]) {
        p -= kMagnitudeBytes;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return p;
}

std::vector<std::size_t> UnitSplitPoints(std::string_view s, std::size_t unit_begin) {
  std::vector<std::size_t> points;
  for (std::size_t p = FirstUnitSplitPoint(s, unit_begin); p <= unit_begin; p += kMagnitudeBytes) points.push_back(p);
  return points;
}

}  // namespace zhfacts::internal::measure
