// Quantities: any other figure with a measure word or a physical unit (742家, 370亩, 2GW, 800万度, 1.4千克,
// 300—600平方米, 10万吨/年, 三十余家, 四五十人). Units come from units.tsv; the value folds in Chinese magnitudes,
// `unit` is the unit as written, and value_canonical/unit_canonical convert to the dimension's base unit.
//
// Quantity candidates have the lowest priority: a date (2023年), money (300万元), percentage or growth rate that
// overlaps a quantity wins.
#include <functional>
#include <memory>
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/measure.h"
#include "extract/patterns.h"
#include "normalize/utf8.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

using measure::Unit;

constexpr int kQuantityPriority = 2;

// Characters of a number, or of a vague amount (几, 数), that a figure's unit cannot follow as a word of its own.
constexpr std::u32string_view kNumeralChars = U"0123456789零〇一二两三四五六七八九十百千万亿几数";

// Time words that may follow a unit after "/" (10万吨/年) besides the units themselves, with their codes.
constexpr std::pair<const char*, const char*> kPerTime[] = {
    {"年", "year"}, {"月", "month"}, {"日", "d"}, {"天", "d"}, {"小时", "h"}, {"时", "h"}, {"秒", "s"},
    {"分钟", "min"}, {"周", "wk"}, {"季度", "quarter"},
};

struct UnitIndex {
  std::vector<Unit> units;
  // units[i] by word, i ascending: Find() runs at every split point of every match. The keys view the words of
  // `units`, which do not change once indexed.
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_word;

  void Index() {
    for (std::size_t i = 0; i < units.size(); ++i) by_word[units[i].word].push_back(i);
  }

  // The first reading of `word` whose context and not_before conditions hold at [.., end).
  const Unit* Find(std::string_view word, const RuleMatch& m, std::size_t end) const {
    auto it = by_word.find(word);
    if (it == by_word.end()) return nullptr;
    for (std::size_t i : it->second) {
      const Unit& u = units[i];
      if (!measure::SentenceHasAny(m, u.context)) continue;
      if (measure::StartsWithAny(m.text, end, u.not_before)) continue;
      return &u;
    }
    return nullptr;
  }
  // The number ending in group `last` and the unit of group 7, re-split so that the longest lexicon unit wins
  // (1.4千克 rather than 1.4千 + 克, 120万千瓦 rather than 120万千 + 瓦). Null when no reading holds.
  const Unit* Resolve(const RuleMatch& m, int last, std::string_view* number, std::string_view* word) const {
    const std::size_t unit_end = m.end(7);
    std::string_view joined = m.text.substr(m.begin(last), unit_end - m.begin(last));
    const std::size_t unit_offset = m.begin(7) - m.begin(last);
    for (std::size_t split = measure::FirstUnitSplitPoint(joined, unit_offset); split <= unit_offset;
         split += measure::kMagnitudeBytes) {
      if (split == 0) continue;
      if (const Unit* u = Find(joined.substr(split), m, unit_end)) {
        *number = split == unit_offset ? m.group(last) : joined.substr(0, split);
        *word = joined.substr(split);
        return u;
      }
    }
    return nullptr;
  }

  std::string PerCode(std::string_view word) const {
    for (const auto& [w, code] : kPerTime) {
      if (word == w) return code;
    }
    for (const Unit& u : units) {
      if (u.word == word) return u.code.empty() ? u.word : u.code;
    }
    return std::string(word);
  }
};

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// A year written as a number before 年 (2023年, 二〇二三年) is a date, never a duration.
bool LooksLikeYear(std::string_view number, const Decimal& value) {
  bool digits_only = !number.empty();
  for (char c : number) digits_only = digits_only && c >= '0' && c <= '9';
  if (digits_only && number.size() >= 4) return true;
  return value.Compare(Decimal::FromInt(1000)) >= 0 && value.Compare(Decimal::FromInt(3000)) < 0 &&
         number.find("〇") != std::string_view::npos;
}

// Parses one end of a figure. Chinese numerals made only of magnitudes (百家, 千家万户) are not figures here.
bool ParseEnd(std::string_view number, Decimal* value, bool more = false) {
  // 百余家 and 十家 are figures, 百家争鸣 and 千家万户 are not.
  if (measure::OnlyMagnitudes(number) && !more && number.substr(0, 3) != "十") return false;
  // 三两天, 一两个: digits side by side without a magnitude are "a few", not the positional number 32.
  if (number.find_first_of("0123456789") == std::string_view::npos && number.size() > 3 &&
      number.find("十") == std::string_view::npos && number.find("百") == std::string_view::npos &&
      number.find("千") == std::string_view::npos && number.find("万") == std::string_view::npos &&
      number.find("亿") == std::string_view::npos && number.find("点") == std::string_view::npos) {
    return false;
  }
  ParsedNumber n = ParseNumber(number);
  if (!n.ok()) return false;
  *value = n.value;
  return true;
}

bool IsApproxPair(std::string_view s) {
  Decimal lo, hi;
  return measure::ParseAdjacentPair(s, &lo, &hi);
}

// Measure words of things an analyst counts (firms, people, products, machines, buildings) rather than of aspects,
// items and names (两个维护, 三个方面, 十件民生实事, 新二十条): with them a small count in Chinese numerals is a figure
// (又有两家企业, 两名研究生, 两款产品).
const std::vector<std::string_view> kSolidCountUnits = {"家", "名", "人", "位", "款", "台", "套", "辆",
                                                        "座", "颗", "架", "艘", "所", "栋", "枚"};

// A count in Chinese numerals from 两 to 99 with a solid measure word, that neither sums up items listed just before
// it (科技、经信两家单位) nor points back to them (这两家, 那两名).
bool IsSmallSolidCount(const RuleMatch& m, const Unit& u, std::string_view first, const Decimal& top) {
  if (std::find(kSolidCountUnits.begin(), kSolidCountUnits.end(), u.word) == kSolidCountUnits.end()) return false;
  if (top.Compare(Decimal::FromInt(2)) < 0 || measure::OnlyMagnitudes(first)) return false;
  char32_t before = measure::CharBefore(m, m.begin(3));
  if (before == U'这' || before == U'那' || before == U'该' || before == U'此') return false;
  // People counted at the head of a clause are the people just named: 姚某、颜某…。两人博士毕业后.
  bool people = u.word == "人" || u.word == "名" || u.word == "位";
  if (people && (before == 0 || before == '\n' || before == U'。' || before == U'，' || before == U'；' ||
                 before == U'！' || before == U'？')) {
    return false;
  }
  std::size_t from = m.begin(3) > 30 ? m.begin(3) - 30 : 0;
  std::string_view lead = m.text.substr(from, m.begin(3) - from);
  std::size_t comma = lead.rfind("，");
  if (comma != std::string_view::npos) lead = lead.substr(comma + 3);
  return lead.find("、") == std::string_view::npos;
}

// Chinese numerals that are determiners or vague amounts rather than figures: 数十家, 上百家 (vague); 一个, 两项,
// 三年行动 (counts and durations below ten); 十件民生实事, 新二十条 (names); 最后一公里 (a lone 一, unless a
// qualifier or 半 makes it a measure: 近一吨, 一吨半). `top` is the value, or the upper end of a range.
bool IsFigureNumeral(const RuleMatch& m, const Unit& u, std::string_view first, const Decimal& top, bool prefix) {
  const bool range = m.matched(5);
  std::string_view number = range ? m.group(5) : m.group(3);
  char32_t before = measure::CharBefore(m, m.begin(3));
  if (measure::HasChineseNumeral(m.group(3)) || measure::OnlyMagnitudes(m.group(3))) {
    if (before == U'数' || before == U'几' || before == U'上' || before == U'成' || before == U'好') return false;
  }
  bool chinese = measure::HasChineseNumeral(first);
  // …unless a duration says it is one: 两年时间, 停滞六年之久, a demonstrative points at it (这两年, 那三天), or it
  // runs on (连续九年, 连续六个月).
  const bool stated_duration =
      u.dimension == "duration" && (m.text.compare(m.end(0), 6, "时间") == 0 || m.text.compare(m.end(0), 6, "之久") == 0 ||
                                    before == U'这' || before == U'那' ||
                                    (m.begin(3) >= 6 && m.text.compare(m.begin(3) - 6, 6, "连续") == 0));
  if (chinese && (u.is_count() || u.dimension == "duration" || u.dimension == "age") &&
      top.Compare(Decimal::FromInt(10)) < 0 && !stated_duration && !(u.is_count() && IsSmallSolidCount(m, u, first, top))) {
    return false;
  }
  // Counts in Chinese numerals without a qualifier under a hundred name programmes and policies (十件民生实事,
  // 新二十条); news writes counted figures in Arabic digits (GB/T 15835).
  const bool qualified = prefix || m.matched(6) || m.matched(10);
  if (u.is_count() && (chinese || measure::OnlyMagnitudes(first)) && !range && !qualified &&
      top.Compare(Decimal::FromInt(100)) < 0 && !IsApproxPair(first) && !IsSmallSolidCount(m, u, first, top)) {
    return false;
  }
  // 一千比特 is 一 × 千比特: the magnitude moved into the unit, so 一 counts.
  const bool magnitude_in_unit = first.size() < number.size();
  if (!range && first == "一" && !prefix && !m.matched(9) && !magnitude_in_unit) return false;
  return true;
}

void FillCanonical(const Unit& u, const Decimal* value, Record* r) {
  if (!u.base.empty()) {
    r->unit_canonical = u.base;
    Decimal c;
    if (value && measure::Scale(*value, u.factor, &c)) r->value_canonical = c.ToString();
  } else if (!u.code.empty()) {
    r->unit_canonical = u.code;
    if (value) r->value_canonical = value->ToString();
  }
}

// quantity.measure's groups (see AddQuantityRules) for the common shapes of match without RE2: a number in digits
// and/or Chinese numerals, one unit word, and optionally 半 and a suffix qualifier (742家, 3个, 2.5公里, 一批,
// 1.7万家, 500名以上, 两年半). Groups 3 (number) and 7 (unit), with 9 (半) and 10 (suffix) when present.
//
// Why the groups are RE2's: the match is given (RE2 found it), so RE2's groups are one reading of it by the pattern.
// When the match starts with a character the number may hold (a digit, point, comma, Chinese numeral, 点 or 兆)
// and not with a prefix qualifier, and holds no space, "/", range join, or 余/多/来 right after the number, every
// reading is: number = a non-empty prefix of such characters, unit = a unit word, tail = nothing, 半, a suffix
// qualifier, or 半 and one. All of those are counted (some numbers counted may not parse, which only counts
// more); when there is exactly one, it is RE2's. Two readings (1523亿千瓦时: 千瓦时, or 千 in the number and 瓦时)
// go to RE2, which picks by the pattern's order. Null when a prefix qualifier starts with such a character.
std::function<bool(re2::StringPiece*, int)> QuickGroups(const std::vector<std::string>& units,
                                                        const std::vector<std::string>& prefixes,
                                                        const std::vector<std::string>& suffixes) {
  struct Tables {
    std::u32string number_chars;     // what kNumber may hold
    std::vector<std::string> words;  // what the views below point into
    std::unordered_set<std::string_view> units, suffixes;
    std::size_t longest_unit = 0;    // bytes
  };
  auto t = std::make_shared<Tables>();
  t->number_chars = U"0123456789.,点點兆";
  for (std::string_view cn = patterns::kNumberChineseChars; !cn.empty();) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(cn, 0, &cp);
    t->number_chars.push_back(cp);
    cn.remove_prefix(len ? len : 1);
  }
  auto number_char = [t](char32_t cp) { return t->number_chars.find(cp) != std::u32string::npos; };
  for (const std::string& w : prefixes) {
    char32_t cp = 0;
    if (!w.empty() && DecodeUtf8(w, 0, &cp) && number_char(cp)) return nullptr;
  }
  t->words = units;
  t->words.insert(t->words.end(), suffixes.begin(), suffixes.end());
  for (std::size_t k = 0; k < t->words.size(); ++k) {
    if (t->words[k].empty()) continue;
    (k < units.size() ? t->units : t->suffixes).insert(t->words[k]);
    if (k < units.size()) t->longest_unit = std::max(t->longest_unit, t->words[k].size());
  }
  return [t](re2::StringPiece* g, int ngroups) {
    static constexpr std::string_view kHalf = "半";
    if (ngroups != 11) return false;
    const std::string_view m(g[0].data(), g[0].size());
    // What the range, the spaces and the per-unit would take: not in a quick reading.
    if (m.find_first_of(" /-~") != std::string_view::npos || m.find("—") != std::string_view::npos ||
        m.find("至") != std::string_view::npos || m.find("到") != std::string_view::npos) {
      return false;
    }
    // The longest prefix of number characters; the number of any reading ends within it. A long number (more than
    // kCuts characters) goes to RE2: the readings counted below stay few.
    constexpr std::size_t kCuts = 24;
    std::size_t cuts[kCuts], count = 0;  // character boundaries in (0, end]
    std::size_t end = 0;
    while (end < m.size()) {
      char32_t cp = 0;
      const std::size_t len = DecodeUtf8(m, end, &cp);
      if (!len || t->number_chars.find(cp) == std::u32string::npos) break;
      if (count == kCuts) return false;
      end += len;
      cuts[count++] = end;
    }
    if (count == 0 || end == m.size()) return false;
    for (std::string_view w : {"余", "多", "来"}) {
      if (m.compare(end, w.size(), w) == 0) return false;
    }
    std::size_t readings = 0, number = 0, unit = 0, half = 0;
    for (std::size_t c = 0; c < count; ++c) {
      const std::size_t cut = cuts[c];
      const std::string_view rest = m.substr(cut);
      for (std::size_t k = 1; k <= std::min(rest.size(), t->longest_unit); ++k) {
        if (k < rest.size() && (static_cast<unsigned char>(rest[k]) & 0xC0) == 0x80) continue;  // inside a character
        if (!t->units.count(rest.substr(0, k))) continue;
        const std::string_view tail = rest.substr(k);
        const std::size_t h = tail.compare(0, kHalf.size(), kHalf) == 0 ? kHalf.size() : 0;
        const bool with_half = h && (tail.size() == h || t->suffixes.count(tail.substr(h)));
        const bool without = tail.empty() || t->suffixes.count(tail);
        readings += with_half + without;
        if (with_half || without) number = cut, unit = k, half = with_half ? h : 0;
      }
    }
    if (readings != 1) return false;
    for (int k = 1; k < ngroups; ++k) g[k] = re2::StringPiece();
    g[3] = re2::StringPiece(m.data(), number);
    g[7] = re2::StringPiece(m.data() + number, unit);
    if (half) g[9] = re2::StringPiece(m.data() + number + unit, half);
    const std::size_t suffix = number + unit + half;
    if (suffix < m.size()) g[10] = re2::StringPiece(m.data() + suffix, m.size() - suffix);
    return true;
  };
}

}  // namespace

Status AddQuantityRules(const Lexicons& lex, std::vector<Rule>* rules) {
  auto index = std::make_shared<UnitIndex>();
  Status s = measure::LoadUnits(lex.Get("units"), &index->units);
  if (!s.ok()) return s;
  index->Index();
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  std::vector<std::string> words, per_words;
  for (const Unit& u : index->units) {
    words.push_back(u.word);
    per_words.push_back(u.word);
  }
  for (const auto& [w, code] : kPerTime) per_words.emplace_back(w);
  // Groups: 1 prefix qualifier, 2 负, 3 number, 4 unit of the range's first end, 5 range's second number,
  // 6 余/多/来 with the magnitude that may follow it (300多万人), 7 unit, 8 per-unit after "/", 9 半, 10 suffix qualifier.
  // Built from its word lists so that it can also be rebuilt for the words of one match (Rule::restrict).
  struct Parts {
    std::vector<std::string> units, pers, pres, sufs;
    bool arabic = true, chinese = true, range = true;
  };
  auto build = [](const Parts& p) {
    const std::string unit = patterns::Alternation(p.units);
    const std::string number = patterns::Number(p.arabic, p.chinese);
    // The first end's unit may stand apart from its number as the second's may (270 GW至300GW).
    const std::string range = p.range ? "(?:(?: ?(" + unit + "))?" + patterns::kRangeJoin + "(" + number + "))?"
                                      : std::string("(?:(") + patterns::kNever + ")(" + patterns::kNever + "))?";
    return "(" + patterns::Alternation(p.pres) + ")? ?(负)?(" + number + ")" + range +
           "((?:余|多|来)[十百千万亿]*)? ?(" + unit + ")(?:/(" + patterns::Alternation(p.pers) + "))?(半)?(" +
           patterns::Alternation(p.sufs) + ")?";
  };
  Parts all{words, per_words, qw->measure_prefixes, qw->measure_suffixes};
  const std::string measured = build(all);
  // The lexicon for Rule::restrict: each unit, per-unit and qualifier word on its own, then three classes: the ASCII
  // digits (the Arabic alternative of a number), the Chinese numerals (its Chinese alternative), and the range joins.
  std::vector<std::vector<std::string>> lexicon;
  for (const auto* list : {&all.units, &all.pers, &all.pres, &all.sufs}) {
    for (const std::string& w : *list) lexicon.push_back({w});
  }
  const std::size_t arabic_entry = lexicon.size();
  lexicon.push_back({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
  lexicon.emplace_back();
  std::string_view cn = patterns::kNumberChineseChars;
  for (std::size_t i = 0; i < cn.size();) {
    char32_t cp;
    std::size_t len = DecodeUtf8(cn, i, &cp);
    lexicon.back().emplace_back(cn.substr(i, len));
    i += len;
  }
  lexicon.push_back({"—", "-", "~", "至", "到"});  // patterns::kRangeJoin
  auto restrict = [build, all, arabic_entry](const std::vector<bool>& present) {
    Parts p;
    std::size_t e = 0;
    for (auto [from, to] : {std::pair{&all.units, &p.units}, std::pair{&all.pers, &p.pers},
                            std::pair{&all.pres, &p.pres}, std::pair{&all.sufs, &p.sufs}}) {
      for (const std::string& w : *from) {
        if (present[e++]) to->push_back(w);
      }
    }
    p.arabic = present[arabic_entry];
    p.chinese = present[arabic_entry + 1];
    p.range = present[arabic_entry + 2];
    return build(p);
  };
  Production produce_measured = [index, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    const bool range = m.matched(5);
    const std::size_t num_begin = m.begin(3);
    const bool prefix = m.matched(1) && !measure::PrefixInWord(m, m.begin(1), m.group(1));
    if (measure::BadLeftContext(m, m.matched(2) ? m.begin(2) : num_begin)) return;
    const int last = range ? 5 : 3;
    std::string_view number, word;
    const Unit* u = index->Resolve(m, last, &number, &word);
    if (!u) return;
    const std::size_t unit_end = m.end(7);
    if (measure::CharBefore(m, m.begin(7)) == ' ' && !IsAscii(word)) return;  // a space joins only 500 GW
    if (IsAscii(word) && measure::AsciiWordContinues(m, unit_end)) return;  // 2GWh is not 2GW; 5G is nothing
    if (measure::CharAt(m, m.end(0)) == U'级') return;                      // 万吨级: a class, not a figure
    if (m.matched(4) && m.group(4) != word) return;                       // 5吨—10公斤: not one range

    Decimal lo, hi, value;
    bool approx_pair = false;
    if (range) {
      // 2—3万吨: the magnitude written once at the end belongs to both ends.
      std::string first(m.group(3));
      std::size_t mag = number.find_last_of("0123456789") + 1;
      if (first.find_first_not_of("0123456789.,") == std::string::npos && mag > 0 && mag < number.size()) {
        first += number.substr(mag);
      }
      if (!ParseEnd(first, &lo) || !ParseEnd(number, &hi) || hi.Compare(lo) <= 0) return;
    } else if (!ParseEnd(number, &value, m.matched(6))) {
      if (!measure::ParseAdjacentPair(number, &lo, &hi)) return;  // 四五十人
      approx_pair = true;
    } else if (m.group(6).size() > 3) {  // 300多万人: the magnitude after 多 scales the number
      ParsedNumber mag = ParseNumber("1" + std::string(m.group(6).substr(3)));
      if (!mag.ok()) return;
      value.Mul(mag.value);
    }
    const Decimal& top = range || approx_pair ? hi : value;
    if (!IsFigureNumeral(m, *u, range ? m.group(3) : number, top, prefix)) return;
    if (measure::IsDefinition(m, m.begin(0), m.end(0), !range && number == "1")) return;  // (1亩≈666.67平方米)
    if (word == "年" && (LooksLikeYear(range ? m.group(3) : number, range ? lo : value))) return;
    if (m.matched(9)) {  // 一吨半, 三年半
      if (range || approx_pair) return;
      Decimal half;
      Decimal::Parse("0.5", &half);
      value.Add(half);
    }
    if (m.matched(2)) {
      value.set_negative(true);
      lo.set_negative(true);
    }

    Candidate& c = out->emplace_back();  // built in place: nothing below returns
    Record& r = c.record;
    r.type = RecordType::kQuantity;
    // 2000个小时, 3个月: 个 is the measure word of the duration, the unit is 小时 / 月.
    r.unit = std::string(u->dimension == "duration" && word.size() > 3 && word.substr(0, 3) == "个" ? word.substr(3)
                                                                                                     : word);
    Qualifier q = Qualifier::kExact;
    if (prefix) q = qw->Any(m.group(1));
    if (m.matched(6)) q = qw->Any(m.group(6).substr(0, 3));
    if (m.matched(10)) {
      Qualifier sq = qw->Any(m.group(10));
      // 多 after the unit is "and more" only for measures (3吨多); after a count word it starts a new phrase.
      if (m.group(10) == "多" && u->is_count()) {
        sq = Qualifier::kExact;
      }
      if (m.group(10) == "内" && u->dimension != "duration" && u->dimension != "length") sq = Qualifier::kExact;
      if (sq != Qualifier::kExact) q = sq;
    }
    c.begin = prefix ? m.begin(1) : (m.matched(2) ? m.begin(2) : num_begin);
    // A suffix that is not one here starts the next word: 3家多 (多 starts a phrase), 10个内容.
    const bool count_more = m.matched(10) && m.group(10) == "多" && u->is_count();
    const bool not_within =
        m.matched(10) && m.group(10) == "内" && u->dimension != "duration" && u->dimension != "length";
    c.end = count_more || not_within ? m.end(10) - m.group(10).size() : m.end(0);
    // 近5年来, 近3个月: "recent", a period rather than an approximate figure; not after a duration's words (工期近20个
    // 月, 缩短近20分钟) nor in hours or minutes.
    if (prefix && m.group(1) == "近" && u->dimension == "duration" && u->code != "h" && u->code != "min" &&
        patterns::kDurationBefore.find(measure::CharBefore(m, m.begin(1))) == std::u32string_view::npos) {
      q = Qualifier::kExact;
      c.begin = num_begin;
    }
    if (range || approx_pair) {
      r.value_min = lo.ToString();
      r.value_max = hi.ToString();
      r.qualifier = approx_pair ? Qualifier::kApprox : Qualifier::kRange;
      FillCanonical(*u, nullptr, &r);
    } else {
      r.value = value.ToString();
      r.qualifier = q;
      FillCanonical(*u, &value, &r);
    }
    if (m.matched(8)) {
      std::string per(m.group(8));
      r.unit += "/" + per;
      std::string per_code = index->PerCode(per);
      if (!r.unit_canonical.empty()) {
        r.unit_canonical += "/" + per_code;
      }
    }
    c.priority = kQuantityPriority;
  };

  // 万卡, 千卡集群: GPU cards counted with a bare magnitude (1000张GPU卡 is the rule above: 1000 张).
  Production produce_cards = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    char32_t before = measure::CharBefore(m, m.begin(1));
    if (before && kNumeralChars.find(before) != std::u32string_view::npos) return;
    ParsedNumber n = ParseNumber(m.group(1));
    if (!n.ok()) return;
    Candidate& c = out->emplace_back();  // built in place: nothing below returns
    c.record.type = RecordType::kQuantity;
    c.record.value = n.value.ToString();
    c.record.unit = "卡";
    c.begin = m.begin(1);
    c.end = m.end(2);
    c.priority = kQuantityPriority;
  };

  // 半年, 半个月, 半个小时, 半个: half of one unit (the duration units, or the measure word 个), value 0.5. Not a half
  // of something larger or a share: 上半年/下半年 (halves of a year: dates), 一年半 (quantity.measure's 半), 一半,
  // 过半, 减半, 对半, 大半年; nor where the unit's not_before says the word goes on (半年报, 半年度).
  std::vector<std::string> half_words;
  for (const Unit& u : index->units) {
    if (u.dimension == "duration" && !IsAscii(u.word)) half_words.push_back(u.word);
  }
  const std::string half = "(" + patterns::Alternation(all.pres) + ")?半(?:(" + patterns::Alternation(half_words) +
                           ")|(个))";
  Production produce_half = [index, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    static constexpr std::u32string_view kNotBefore = U"上下前后大多小过对减折每个年0123456789零〇一二两三四五六七八九十百";
    const bool prefix = m.matched(1) && !measure::PrefixInWord(m, m.begin(1), m.group(1));
    const std::size_t half_begin = m.matched(1) ? m.end(1) : m.begin(0);
    const char32_t before = measure::CharBefore(m, prefix ? m.begin(1) : half_begin);
    if (before && kNotBefore.find(before) != std::u32string_view::npos) return;
    const int group = m.matched(2) ? 2 : 3;
    const Unit* u = index->Find(m.group(group), m, m.end(group));
    if (!u) return;
    // 半个多月, 半个多小时: "over half" of a unit named later; not read here. 半年来, 半年以来: a period back from
    // now (a date, when the reference date is known), not an amount.
    const char32_t after = measure::CharAt(m, m.end(0));
    if ((group == 3 && after == U'多') || after == U'来' || m.text.compare(m.end(0), 6, "以来") == 0) return;
    Candidate& c = out->emplace_back();  // built in place: nothing below returns
    Record& r = c.record;
    r.type = RecordType::kQuantity;
    const std::string_view word = m.group(group);
    r.unit = std::string(word.size() > 3 && word.substr(0, 3) == "个" ? word.substr(3) : word);
    Qualifier q = prefix ? qw->Any(m.group(1)) : Qualifier::kExact;
    c.begin = prefix ? m.begin(1) : half_begin;
    if (prefix && m.group(1) == "近") {  // 近半年: "recent", as for 近3个月
      q = Qualifier::kExact;
      c.begin = half_begin;
    }
    Decimal value;
    Decimal::Parse("0.5", &value);
    r.value = value.ToString();
    r.qualifier = q;
    FillCanonical(*u, &value, &r);
    c.end = m.end(0);
    c.priority = kQuantityPriority;
  };

  // A count named before its number (观影人次112.6万, 集装箱吞吐量标箱2310万): a count or container unit closing a
  // phrase, an optional link and qualifier, then a number in digits with its magnitude standing alone (a unit after
  // it is quantity.measure's: 人次112.6万人). Groups: 1 unit, 2 prefix qualifier, 3 number, 4 suffix qualifier.
  std::vector<std::string> first_units;
  for (const Unit& u : index->units) {
    if ((u.is_count() || u.dimension == "container") && !IsAscii(u.word)) first_units.push_back(u.word);
  }
  const std::string unit_first = "(" + patterns::Alternation(first_units) + ")(?:达到|达|为)?(" +
                                 patterns::Alternation(qw->measure_prefixes) +
                                 ")?([0-9]+(?:\\.[0-9]+)?(?:万亿|千万|百万|万|亿))(" +
                                 patterns::Alternation(qw->measure_suffixes) + ")?";
  Production produce_unit_first = [index, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    static constexpr std::u32string_view kAfter = U"，。；、,;:：）)！？!? \n";
    const char32_t before = measure::CharBefore(m, m.begin(1));
    if (!IsHan(before) || kNumeralChars.find(before) != std::u32string_view::npos) return;  // the unit closes a phrase
    const char32_t after = measure::CharAt(m, m.end(0));
    if (after && kAfter.find(after) == std::u32string_view::npos) return;
    const Unit* u = index->Find(m.group(1), m, m.end(1));
    if (!u) return;
    ParsedNumber n = ParseNumber(m.group(3));
    if (!n.ok()) return;
    Candidate& c = out->emplace_back();  // built in place: nothing below returns
    Record& r = c.record;
    r.type = RecordType::kQuantity;
    r.unit = std::string(m.group(1));
    Qualifier q = m.matched(2) ? qw->Any(m.group(2)) : Qualifier::kExact;
    if (m.matched(4) && qw->Any(m.group(4)) != Qualifier::kExact) q = qw->Any(m.group(4));
    r.value = n.value.ToString();
    r.qualifier = q;
    FillCanonical(*u, &n.value, &r);
    c.begin = m.matched(2) ? m.begin(2) : m.begin(3);
    c.end = m.end(0);
    c.priority = kQuantityPriority;
  };

  rules->push_back({"quantity.measure", RecordType::kQuantity, measured, produce_measured, kQuantityPriority, words,
                    std::move(lexicon), std::move(restrict)});
  rules->back().quick_groups = QuickGroups(all.units, all.pres, all.sufs);
  rules->push_back({"quantity.gpu_cards", RecordType::kQuantity, "([十百千万]+)(卡)(?:集群|规模|GPU|算力)",
                    produce_cards, kQuantityPriority});
  rules->push_back({"quantity.half", RecordType::kQuantity, half, produce_half, kQuantityPriority});
  rules->push_back({"quantity.unit_first", RecordType::kQuantity, unit_first, produce_unit_first, kQuantityPriority});
  return Status::Ok();
}

}  // namespace zhfacts::internal
