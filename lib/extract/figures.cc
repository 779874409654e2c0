#include "extract/figures.h"

#include <algorithm>
#include <utility>

#include "extract/patterns.h"
#include "number/number_parser.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// 十百千万亿 as powers of ten; -1 for anything else.
int MagnitudePower(char32_t cp) {
  switch (cp) {
    case U'十': return 1;
    case U'百': return 2;
    case U'千': return 3;
    case U'万': return 4;
    case U'亿': return 8;
    default: return -1;
  }
}

bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool IsChineseDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
  return kDigits.find(cp) != std::u32string_view::npos;
}

}  // namespace

Qualifier QualifierWords::Find(std::string_view word, std::string_view position) const {
  if (word.empty()) return Qualifier::kExact;
  for (const Entry& e : entries) {
    if (e.word == word && e.position == position) return e.qualifier;
  }
  return Qualifier::kExact;
}

Qualifier QualifierWords::Any(std::string_view word) const {
  if (word.empty()) return Qualifier::kExact;
  for (const Entry& e : entries) {
    if (e.word == word) return e.qualifier;
  }
  return Qualifier::kExact;
}

bool QualifierFromName(std::string_view name, Qualifier* q) {
  static constexpr Qualifier kAll[] = {Qualifier::kExact,   Qualifier::kApprox, Qualifier::kOver,
                                       Qualifier::kUnder,   Qualifier::kAtLeast, Qualifier::kAtMost,
                                       Qualifier::kRange,   Qualifier::kAsOf};
  for (Qualifier k : kAll) {
    if (name == QualifierName(k)) {
      *q = k;
      return true;
    }
  }
  return false;
}

Result<std::shared_ptr<const QualifierWords>> LoadQualifierWords(const Lexicons& lex) {
  const LexiconTable& t = lex.Get("qualifiers");
  int word = t.Column("word"), qual = t.Column("qualifier"), pos = t.Column("position");
  if (word < 0 || qual < 0 || pos < 0) {
    return Status(StatusCode::kInvalidLexicon, "qualifiers.tsv: missing columns word, qualifier, position");
  }
  auto out = std::make_shared<QualifierWords>();
  std::vector<std::string> prefix, infix, suffix;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    QualifierWords::Entry e;
    e.word = row[static_cast<std::size_t>(word)];
    e.position = row[static_cast<std::size_t>(pos)];
    if (!QualifierFromName(row[static_cast<std::size_t>(qual)], &e.qualifier)) {
      return Status(StatusCode::kInvalidLexicon,
                    t.sources[i] + ": unknown qualifier '" + row[static_cast<std::size_t>(qual)] + "'");
    }
    if (e.position == "prefix") {
      prefix.push_back(e.word);
      out->measure_prefixes.push_back(e.word);
    } else if (e.position == "infix") {
      infix.push_back(e.word);
    } else if (e.position == "suffix") {
      suffix.push_back(e.word);
      out->measure_suffixes.push_back(e.word);
    } else if (e.position == "measure-suffix") {
      out->measure_suffixes.push_back(e.word);
    } else if (e.position != "measure-infix") {
      return Status(StatusCode::kInvalidLexicon, t.sources[i] +
                                                     ": position must be prefix, infix, suffix, measure-infix or "
                                                     "measure-suffix, not '" +
                                                     e.position + "'");
    }
    out->entries.push_back(std::move(e));
  }
  out->prefix = patterns::Alternation(prefix);
  out->infix = patterns::Alternation(infix);
  out->suffix = patterns::Alternation(suffix);
  return std::shared_ptr<const QualifierWords>(std::move(out));
}

Qualifier CombineQualifiers(Qualifier prefix, Qualifier suffix) {
  if (prefix == Qualifier::kRange || suffix == Qualifier::kRange) return Qualifier::kRange;
  return suffix != Qualifier::kExact ? suffix : prefix;
}

bool ApplyMagnitudes(std::string_view magnitudes, Decimal* value) {
  for (std::size_t i = 0; i < magnitudes.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(magnitudes, i, &cp);
    int p = len ? MagnitudePower(cp) : -1;
    if (p < 0) return false;
    value->MulPow10(p);
    i += len;
  }
  return !value->overflow();
}

bool ParseAmount(std::string_view number, std::string_view magnitudes, Decimal* value) {
  ParsedNumber n = ParseNumber(number);
  if (!n.ok()) return false;
  *value = n.value;
  return ApplyMagnitudes(magnitudes, value);
}

std::shared_ptr<const std::vector<std::string>> LatinMetricWords(const Lexicons& lex) {
  auto words = std::make_shared<std::vector<std::string>>();
  const LexiconTable& metrics = lex.Get("metrics");
  const int word = metrics.Column("word");
  for (const auto& row : metrics.rows) {
    std::string w = row[static_cast<std::size_t>(word)];
    ToAsciiUpper(&w);
    const bool latin = !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (latin) words->push_back(std::move(w));
  }
  std::sort(words->begin(), words->end());
  words->erase(std::unique(words->begin(), words->end()), words->end());
  return words;
}

bool LatinMetricEndsAt(std::string_view text, std::size_t pos, const std::vector<std::string>& words) {
  auto letter = [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); };
  std::size_t b = pos;
  while (b > 0 && pos - b < 8 && letter(text[b - 1])) --b;
  if (b == pos || (b > 0 && (letter(text[b - 1]) || (text[b - 1] >= '0' && text[b - 1] <= '9')))) return false;
  std::string w(text.substr(b, pos - b));
  ToAsciiUpper(&w);
  return std::binary_search(words.begin(), words.end(), w);
}

std::string_view TrailingMagnitude(std::string_view number) {
  bool arabic = !IsChineseNumeral(number);
  std::size_t start = number.size();
  while (start > 0) {
    std::size_t p = start - 1;
    while (p > 0 && (static_cast<unsigned char>(number[p]) & 0xC0) == 0x80) --p;
    char32_t cp;
    if (!DecodeUtf8(number, p, &cp)) break;
    int power = MagnitudePower(cp);
    if (power < 0 || (!arabic && power < 4)) break;
    start = p;
  }
  return number.substr(start);
}

std::string ValueText(const Decimal& v, Record* r) {
  if (v.overflow() || !v.fits_double()) r->status = "overflow";
  return v.ToString();
}

std::size_t MinusSignBefore(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  for (std::string_view sign : kMinusSigns) {
    if (pos >= sign.size() && text.compare(pos - sign.size(), sign.size(), sign) == 0) len = sign.size();
  }
  if (len == 0) return 0;
  const std::size_t at = pos - len;
  if (at == 0) return len;
  static constexpr std::u32string_view kIntroducers = U"为是达至到：:（(，,、；; \n";
  return kIntroducers.find(CodePointBefore(text, at)) != std::u32string_view::npos ? len : 0;
}

bool IsBareMagnitude(std::string_view number) {
  for (std::size_t i = 0; i < number.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(number, i, &cp);
    if (!len) return false;
    if (IsAsciiDigit(cp) || IsChineseDigit(cp)) return false;
    i += len;
  }
  return !number.empty();
}

bool IsChineseNumeral(std::string_view number) {
  for (char c : number) {
    if (c >= '0' && c <= '9') return false;
  }
  return !number.empty();
}

bool SplitFigureList(std::string_view text, std::size_t begin, std::size_t end,
                     const std::vector<std::string>& units, std::vector<ListItem>* items,
                     const std::vector<std::string>& item_verbs) {
  static constexpr std::string_view kSeparators[] = {"、", "和", "与", "及", ","};
  items->clear();
  bool elided = false;
  std::size_t pos = begin;
  std::string_view verb;  // the verb opening the next item
  while (pos < end) {
    ListItem item;
    item.begin = pos;
    item.verb = verb;
    std::size_t p = pos;
    // The number: Arabic with decimals, or Chinese numeral characters.
    while (p < end) {
      char32_t cp;
      std::size_t len = DecodeUtf8(text, p, &cp);
      if (!len) return false;
      if (!(IsAsciiDigit(cp) || cp == '.' || IsChineseDigit(cp) || MagnitudePower(cp) >= 0 || cp == U'点')) break;
      p += len;
    }
    if (p == pos) return false;
    item.number = text.substr(pos, p - pos);
    for (const std::string& u : units) {
      if (!u.empty() && text.compare(p, u.size(), u) == 0 && p + u.size() <= end) {
        item.unit = text.substr(p, u.size());
        p += u.size();
        break;
      }
    }
    // A measure word said with each item and the unit only with the last (1.3个和2.0个百分点): the item's unit is
    // the last one's, which must open with it.
    if (item.unit.empty() && p + 3 < end && text.compare(p, 3, "个") == 0) {
      p += 3;
      elided = true;
    }
    item.end = p;
    items->push_back(item);
    if (p == end) break;
    bool separated = false;
    for (std::string_view sep : kSeparators) {
      if (text.compare(p, sep.size(), sep) == 0) {
        p += sep.size();
        separated = true;
        break;
      }
    }
    if (!separated) return false;
    verb = {};
    for (const std::string& v : item_verbs) {
      if (v.size() > verb.size() && text.compare(p, v.size(), v) == 0) verb = text.substr(p, v.size());
    }
    p += verb.size();
    pos = p;
  }
  if (items->size() < 2 || items->back().unit.empty()) return false;
  if (elided && items->back().unit.substr(0, 3) != "个") return false;
  for (ListItem& it : *items) {
    if (it.unit.empty()) it.unit = items->back().unit;
  }
  return true;
}

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

bool StartsWithAny(std::string_view text, std::size_t pos, const std::vector<std::string_view>& words) {
  for (std::string_view w : words) {
    if (w.empty() ? pos <= text.size() : BytesAt(text, pos, w)) return true;
  }
  return false;
}

}  // namespace zhfacts::internal
