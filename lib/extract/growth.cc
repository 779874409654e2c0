// Growth rates: 同比增长2.08%, 下降3%, 提高1.2个百分点, 下降0.5个千分点, 增长1.5倍, 增长三成, 翻两番, 增长5%—8%,
// and enumerated ones (分别增长7.0%和6.3%, 分别提高10.0、5.2和0.5个百分点). `value` is the magnitude (positive),
// `direction` the sign; `basis` yoy (同比, 比上年, 较去年同期) | mom (环比) | none. Units: percent;
// percentage_point (个百分点); permille_point (个千分点); permille (‰). 增长1.5倍 is +150 percent, 翻N番 is
// (2^N − 1) × 100 percent. A figure after 增长至 / 提高到 is a level, not a growth (the percentage rules take it).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>

#include <re2/re2.h>

#include "date/numerals.h"
#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

// Growth verbs and nouns with their direction. Nouns (增速为6%, 增速保持在3%左右) take an optional copula.
struct GrowthWord {
  const char* word;
  Direction direction;
};
constexpr GrowthWord kGrowthWords[] = {
    {"增长", Direction::kUp},   {"增加", Direction::kUp},   {"提高", Direction::kUp},   {"提升", Direction::kUp},
    {"上升", Direction::kUp},   {"上涨", Direction::kUp},   {"攀升", Direction::kUp},   {"扩大", Direction::kUp},
    {"增速", Direction::kUp},   {"增幅", Direction::kUp},   {"增长率", Direction::kUp}, {"涨幅", Direction::kUp},
    {"增", Direction::kUp},     {"涨", Direction::kUp},     {"下降", Direction::kDown}, {"减少", Direction::kDown},
    {"降低", Direction::kDown}, {"回落", Direction::kDown}, {"下滑", Direction::kDown}, {"下跌", Direction::kDown},
    {"收窄", Direction::kDown}, {"缩小", Direction::kDown}, {"萎缩", Direction::kDown}, {"降幅", Direction::kDown},
    {"降", Direction::kDown},   {"减", Direction::kDown},   {"加快", Direction::kUp},   {"回升", Direction::kUp},
    {"放缓", Direction::kDown}, {"减缓", Direction::kDown}, {"回调", Direction::kDown},
    // Revisions and Hong Kong and Taiwan usage: 上调1.36个百分点, 营收成长6%.
    {"上调", Direction::kUp},   {"下调", Direction::kDown}, {"上修", Direction::kUp},   {"下修", Direction::kDown},
    {"成长", Direction::kUp},
    // Rates and limits floated up or down (贷款额度可上浮20%, 利率下浮10%), times cut (通关时间压缩10%, 缩短15%).
    {"上浮", Direction::kUp},   {"下浮", Direction::kDown}, {"压缩", Direction::kDown}, {"缩短", Direction::kDown},
    // Savings are reductions of what is consumed: 节能约5%—15%, 节约用电 is no figure (a noun follows the verb).
    {"节能", Direction::kDown}, {"节约", Direction::kDown}, {"节省", Direction::kDown}, {"降耗", Direction::kDown},
    {"节电", Direction::kDown}, {"节水", Direction::kDown},
};

// The basis: 同比 and comparisons with last year are yoy; 环比 and comparisons with last month are mom. Hong Kong
// reports write 按年 and 按月.
constexpr const char kBasis[] =
    "(同比|环比|按年|按月|按可比口径|(?:比|较)(?:上年|去年|上月|上季度)(?:同期)?|与(?:上年|去年)(?:同期)?相比|(?:比|较)[0-9]{4}年(?:同期)?)";
constexpr const char kUnit[] = "(%|个百分点|百分点|个千分点|千分点|‰|倍|成|个基点|基点|BP|bp)";

std::string MinusSignPattern() {
  std::string p = "(?:";
  for (std::string_view m : kMinusSigns) p += (p.size() > 3 ? "|" : "") + RE2::QuoteMeta(re2::StringPiece(m.data(), m.size()));
  return p + " ?)";
}

std::string VerbPattern() {
  std::vector<std::string> words;
  for (const GrowthWord& w : kGrowthWords) words.emplace_back(w.word);
  // A superlative may stand between the verb and its figure (增幅最高，达9.3%; 增长最快，为15.2%).
  return "(" + patterns::Alternation(words) +
         ")(?:(?:最高|最快|最大)，?)?(?:了|为|达到|达|是|保持在|稳定在|维持在|控制在|在)?";
}

Direction DirectionOf(std::string_view verb) {
  for (const GrowthWord& w : kGrowthWords) {
    if (verb == w.word) return w.direction;
  }
  return Direction::kUp;
}

Basis BasisOf(std::string_view basis) {
  if (basis.empty()) return Basis::kNone;
  if (basis == "环比" || basis == "按月" || basis.find("上月") != std::string_view::npos ||
      basis.find("上季度") != std::string_view::npos) {
    return Basis::kMom;
  }
  return Basis::kYoy;
}

// The four Arabic digits of a year at s[at] (not the end of a longer number: nothing but a digit before), or -1.
int ArabicYearAt(std::string_view s, std::size_t at) {
  auto digit = [&s](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (at + 4 > s.size() || !digit(at) || (at > 0 && digit(at - 1))) return -1;
  return ParseYearDigits(s.substr(at, 4));
}

// The year written in Arabic digits right before `pos` in its sentence (within a window), or -1.
int YearBefore(const RuleMatch& m, std::size_t pos) {
  constexpr std::size_t kWindow = 150;
  const std::size_t from = std::max(m.sentence->begin, pos > kWindow ? pos - kWindow : 0);
  const std::string_view before = m.text.substr(from, pos - from);
  for (std::size_t at = before.rfind("年"); at != std::string_view::npos && at >= 4;
       at = before.rfind("年", at - 1)) {
    if (int y = ArabicYearAt(before, at - 4); y >= 0) return y;
  }
  return -1;
}

// The basis of group `g`: a named base year (比2023年, 较2025年) is year on year only when the year the sentence
// names before it is the next one (2024年…比2023年增长5.2%); against a year further back (到2030年…较2025年下降15%)
// the change is over several years: no basis. A sentence that names no year is read against the reference date: a
// base year more than two years before it (比2019年同期增长, in a 2025 article) gives no basis.
Basis BasisOfMatch(const RuleMatch& m, int g, const DocContext& doc) {
  const std::string_view basis = m.group(g);
  const Basis b = BasisOf(basis);
  if (b != Basis::kYoy) return b;
  const std::size_t digits = basis.find_first_of("0123456789");
  const int base = digits == std::string_view::npos ? -1 : ArabicYearAt(basis, digits);
  if (base < 0) return b;
  const int year = YearBefore(m, m.begin(g));
  if (year < 0) return !doc.has_reference_date || base >= doc.ref_year - 2 ? b : Basis::kNone;
  return year == base + 1 ? b : Basis::kNone;
}

// Converts a number written with `unit` into the record's value (into *value, marking *r on overflow) and unit;
// false if it is not a growth figure.
bool GrowthValue(std::string_view number, std::string_view unit, Record* r, std::string* value,
                 std::string* unit_name) {
  ParsedNumber n = ParseNumber(number);
  if (!n.ok()) return false;
  Decimal v = n.value;
  if (unit == "%") {
    *unit_name = "percent";
  } else if (unit == "倍") {
    v.MulInt(100);
    *unit_name = "percent";
  } else if (unit == "成") {
    if (!IsChineseNumeral(number) && number.size() > 1) return false;
    v.MulInt(10);
    *unit_name = "percent";
  } else if (unit == "个百分点" || unit == "百分点") {
    *unit_name = "percentage_point";
  } else if (unit == "个基点" || unit == "基点" || unit == "BP" || unit == "bp") {
    v.MulPow10(-2);  // a basis point is a hundredth of a percentage point: 下调35BP → 0.35
    *unit_name = "percentage_point";
  } else if (unit == "个千分点" || unit == "千分点") {
    *unit_name = "permille_point";
  } else if (unit == "‰") {
    *unit_name = "permille";
  } else {
    return false;
  }
  *value = ValueText(v, r);
  return true;
}


// Interleaved columns (growth.continued): how far back a dangling verb may be, in bytes, and the characters
// before a figure that show it has its own context (比重为|45%, 占|一半, 约|5%, 控制在|5.5%以内).
constexpr std::size_t kMaxColumnBytes = 2048;
constexpr std::u32string_view kSentenceClose = U"。！？；”’）」】";
constexpr std::u32string_view kInPlaceCue = U"为达到至占是率重例比约近超逾过长加升降高低少多增减涨跌的在于";

// The growth verb of at least two characters (增长, 分别提高; not 增 or 降 alone) that text[…end) ends with, or
// nullptr. *begin is where it starts.
const GrowthWord* VerbEndingAt(std::string_view text, std::size_t end, std::size_t* begin) {
  if (end >= 3 && text.compare(end - 3, 3, "了") == 0) end -= 3;
  const GrowthWord* best = nullptr;
  for (const GrowthWord& w : kGrowthWords) {
    std::size_t len = std::char_traits<char>::length(w.word);
    if (len < 6 || len > end || text.compare(end - len, len, w.word) != 0) continue;
    if (!best || len > std::char_traits<char>::length(best->word)) best = &w, *begin = end - len;
  }
  return best;
}

// The basis of a change stated in the clause before, restated in percent after a comma (比上年增加1.2亿斤，增长8.9%):
// the clause right before `verb` holds a comparison and a figure.
Basis BasisOfChangeBefore(std::string_view text, std::size_t verb) {
  static constexpr std::string_view kComma = "，";
  if (verb < kComma.size() || text.compare(verb - kComma.size(), kComma.size(), kComma) != 0) return Basis::kNone;
  constexpr std::size_t kMaxClauseBytes = 60;
  const std::size_t end = verb - kComma.size();
  // The clause: from the last mark within kMaxClauseBytes (a window, so that a sentence of many figures stays linear).
  const std::size_t floor = end > kMaxClauseBytes ? end - kMaxClauseBytes : 0;
  const std::string_view window = text.substr(floor, end - floor);
  std::size_t begin = std::string_view::npos;
  for (std::string_view mark : {kComma, std::string_view("。"), std::string_view("；")}) {
    const std::size_t at = window.rfind(mark);
    if (at != std::string_view::npos) begin = begin == std::string_view::npos ? at + 3 : std::max(begin, at + 3);
  }
  if (begin == std::string_view::npos && floor > 0) return Basis::kNone;  // a clause longer than the window
  std::string_view clause = window.substr(begin == std::string_view::npos ? 0 : begin);
  bool digit = false;
  for (char ch : clause) digit = digit || (ch >= '0' && ch <= '9');
  if (!digit) return Basis::kNone;
  for (std::string_view w : {"比上年", "较上年", "比去年", "较去年", "同比"}) {
    if (clause.find(w) != std::string_view::npos) return Basis::kYoy;
  }
  for (std::string_view w : {"比上月", "较上月", "环比"}) {
    if (clause.find(w) != std::string_view::npos) return Basis::kMom;
  }
  return Basis::kNone;
}

}  // namespace

Basis BasisBefore(std::string_view text, std::size_t verb) {
  std::size_t from = verb > 30 ? verb - 30 : 0;
  std::string_view window = text.substr(from, verb - from);
  if (window.find("环比") != std::string_view::npos || window.find("上月") != std::string_view::npos) return Basis::kMom;
  for (std::string_view w : {"同比", "上年", "去年"}) {
    if (window.find(w) != std::string_view::npos) return Basis::kYoy;
  }
  return Basis::kNone;
}

namespace {

// Whether the growth noun `word` at `at` (增速6.2个百分点) names the rate of a comparand: the number follows it
// directly, and a comparison word (高于, 低于, 高出, 快于, 慢于, 领先, 落后于) stands before it in its clause, within
// 30 bytes.
bool IsComparandRate(std::string_view text, std::size_t at, std::string_view word) {
  static constexpr std::string_view kNouns[] = {"增速", "增幅", "增长率", "涨幅", "降幅"};
  if (std::find(std::begin(kNouns), std::end(kNouns), word) == std::end(kNouns)) return false;
  std::size_t next = at + word.size();
  if (next < text.size() && text[next] == ' ') ++next;
  if (next >= text.size() || text[next] < '0' || text[next] > '9') return false;
  std::size_t from = at > 30 ? at - 30 : 0;
  std::string_view window = text.substr(from, at - from);
  for (std::string_view stop : {"，", "；", "。"}) {
    const std::size_t cut = window.rfind(stop);
    if (cut != std::string_view::npos) window.remove_prefix(cut + stop.size());
  }
  for (std::string_view w : {"高于", "低于", "高出", "快于", "慢于", "领先", "落后于"}) {
    if (window.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// A new growth candidate at the end of *out, built in place (a caller that then rejects it pops it).
Candidate& AddGrowth(Direction direction, Basis basis, std::vector<Candidate>* out) {
  Candidate& c = out->emplace_back();
  c.record.type = RecordType::kGrowthRate;
  c.record.direction = direction;
  c.record.basis = basis;
  return c;
}

// A multiple N ≥ 1 of a base as the growth it makes, (N − 1) × 100 percent (2.3倍 → 130), into *out; false for N
// below 1 or beyond 18 integer digits. (Decimal adds magnitudes only: the 1 comes off the integer digits.)
bool GrowthOfMultiple(const Decimal& multiple, Decimal* out) {
  if (multiple.negative() || multiple.overflow()) return false;
  const std::string plain = multiple.ToString();
  const std::size_t point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  if (whole.empty() || whole.size() > 18 || whole == "0") return false;
  const std::string less = std::to_string(std::stoull(whole) - 1) + (point == std::string::npos ? "" : plain.substr(point));
  if (!Decimal::Parse(less, out)) return false;
  out->MulInt(100);
  return true;
}

// The figures of text[begin, end) as list items: 7.0%和6.3% (SplitFigureList), or one figure, 6.8个百分点, split
// into its number and the unit from `units` it ends with. False if it is neither.
bool FigureItems(std::string_view text, std::size_t begin, std::size_t end, const std::vector<std::string>& units,
                 std::vector<ListItem>* items) {
  if (SplitFigureList(text, begin, end, units, items)) return true;
  std::string_view figure = text.substr(begin, end - begin);
  for (const std::string& u : units) {
    if (figure.size() > u.size() && figure.compare(figure.size() - u.size(), u.size(), u) == 0) {
      items->assign(1, ListItem{begin, end, figure.substr(0, figure.size() - u.size()), figure.substr(figure.size() - u.size())});
      return true;
    }
  }
  return false;
}

// One growth candidate per item (list_index and list_size set when there are several), all or none: false, and
// nothing added, if an item is no growth figure or, with `only_unit`, has another unit.
bool EmitGrowthItems(const std::vector<ListItem>& items, Direction direction, Basis basis, int priority,
                     std::size_t anchor, std::string_view only_unit, std::vector<Candidate>* out) {
  std::size_t first = out->size();
  int index = 0;
  for (const ListItem& it : items) {
    Candidate& c = AddGrowth(it.verb.empty() ? direction : DirectionOf(it.verb), basis, out);
    if (!GrowthValue(it.number, it.unit, &c.record, &c.record.value, &c.record.unit) ||
        (!only_unit.empty() && c.record.unit != only_unit)) {
      out->resize(first);  // this one too
      return false;
    }
    c.begin = it.begin;
    c.end = it.end;
    c.priority = priority;
    c.anchor = anchor;
    if (items.size() > 1) {
      c.list_index = index++;
      c.list_size = static_cast<int>(items.size());
    }
  }
  return true;
}

}  // namespace

Status AddGrowthRules(const Lexicons& lex, std::vector<Rule>* rules) {
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  const std::string number = std::string("(") + patterns::kNumber + ")";
  // Between the basis and the verb: a note that it holds for what follows (比去年同期（下同）增长) and an adverb
  // (同比名义增长, 比上年实际增长, 同比分别增长).
  const std::string lead = std::string("(?:分别)?") + kBasis + "?(?:（下同）)?(?:分别|名义|实际|均)?" + VerbPattern();

  // growth.verb: [basis] verb [prefix] number [infix] unit [suffix] — 同比增长2.08%, 增长10%以上, 提高1.2个百分点.
  // A signed figure (增长-2.3%, statistics tables' way of writing a fall) turns the verb's direction round.
  Production verb = [qw](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    // 增速高于全省GDP增速6.2个百分点: the noun names the comparand's rate, the figure is the difference
    // (growth.compare's).
    if (IsComparandRate(m.text, m.begin(2), m.group(2))) return;
    std::size_t begin = m.matched(3) ? m.begin(3) : m.begin(4);
    std::string_view number = m.group(4);
    Direction direction = DirectionOf(m.group(2));
    for (std::string_view minus : kMinusSigns) {
      if (number.substr(0, minus.size()) == minus) {
        number.remove_prefix(minus.size());
        if (!number.empty() && number[0] == ' ') number.remove_prefix(1);
        direction = direction == Direction::kUp ? Direction::kDown : Direction::kUp;
        break;
      }
    }
    Basis basis = BasisOfMatch(m, 1, doc);
    // 年增8.1%, 月減3.2% (Taiwan and Hong Kong reports): the one-character verb after 年 or 月 names its basis.
    if (basis == Basis::kNone && !m.matched(1) && (m.group(2) == "增" || m.group(2) == "减")) {
      char32_t before = CodePointBefore(m.text, m.begin(2));
      if (before == U'年') basis = Basis::kYoy;
      if (before == U'月') basis = Basis::kMom;
    }
    if (basis == Basis::kNone && !m.matched(1)) basis = BasisOfChangeBefore(m.text, m.begin(0));
    Candidate& c = AddGrowth(direction, basis, out);
    if (!GrowthValue(number, m.group(6), &c.record, &c.record.value, &c.record.unit)) {
      out->pop_back();
      return;
    }
    Qualifier q = CombineQualifiers(qw->Find(m.group(3), "prefix"), qw->Find(m.group(5), "infix"));
    c.record.qualifier = CombineQualifiers(q, qw->Find(m.group(7), "suffix"));
    c.begin = begin;
    c.end = m.end(0);
    c.priority = 20;
  };

  // growth.multiple: a level as a multiple of the year before's — 产量是上年同期的2.3倍, 相当于去年的3倍多, 为2020年的1.5倍
  // (against a year further back than the last: no basis), 约为上年末的1.7倍 (against a year's end or start: none).
  // Growth of (N − 1) × 100 percent; the span is the multiple.
  // Groups: 1 verb, 2 base, 3 prefix, 4 number, 5 suffix.
  Production multiple = [qw](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(4));
    Decimal growth;
    if (!n.ok() || !GrowthOfMultiple(n.value, &growth) || growth.is_zero()) return;
    // Against a year's end or start (约为上年末的1.7倍, 是年初的2倍) a stock grew since then: no basis.
    const std::string_view base = m.group(2);
    const bool since = base == "年初" || base.substr(base.size() - 3) == "末" || base.substr(base.size() - 3) == "底";
    Candidate& c = AddGrowth(Direction::kUp, since ? Basis::kNone : BasisOfMatch(m, 2, doc), out);
    c.record.value = ValueText(growth, &c.record);
    c.record.unit = "percent";
    c.record.qualifier = CombineQualifiers(qw->Find(m.group(3), "prefix"), qw->Find(m.group(5), "suffix"));
    if (c.record.qualifier == Qualifier::kExact && m.group(5) == "多") c.record.qualifier = Qualifier::kOver;
    if (c.record.qualifier == Qualifier::kExact && m.group(1).substr(0, 3) == "约") {
      c.record.qualifier = Qualifier::kApprox;
    }
    c.begin = m.matched(3) ? m.begin(3) : m.begin(4);
    c.end = m.end(0);
    c.priority = 20;
  };

  // growth.range: [basis] verb [prefix] number [unit] dash number unit — 增长5%—8%, 提高5至10个百分点, 节能约5%—15%
  // (a range stays a range: the approximation word is kept in the span, not in the qualifier).
  Production range = [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (m.matched(5) && m.group(5) != m.group(7)) return;
    Candidate& c = AddGrowth(DirectionOf(m.group(2)), BasisOfMatch(m, 1, doc), out);
    std::string unit;
    if (!GrowthValue(m.group(4), m.group(7), &c.record, &c.record.value_min, &unit) ||
        !GrowthValue(m.group(6), m.group(7), &c.record, &c.record.value_max, &c.record.unit)) {
      out->pop_back();
      return;
    }
    c.record.qualifier = Qualifier::kRange;
    c.begin = m.matched(3) ? m.begin(3) : m.begin(4);
    c.end = m.end(0);
    c.priority = 22;
  };

  // growth.noun: a change named by a noun after its figure — 实现10%的增长, 保持15%—20%的增长, 6%左右的增速, 3个百分点的
  // 降幅. Groups: 1 prefix, 2 number, 3 unit, 4 the range's second number, 5 its unit, 6 suffix, 7 the noun.
  Production noun = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (m.matched(4) && m.group(3) != m.group(5)) return;
    static constexpr std::string_view kDown[] = {"下降", "降幅", "跌幅", "回落"};
    Direction direction = Direction::kUp;
    for (std::string_view w : kDown) {
      if (m.group(7) == w) direction = Direction::kDown;
    }
    // 保持30%—40%的同比增速: the basis stands before the noun.
    Basis basis = BasisBefore(m.text, m.begin(0));
    const std::size_t noun = m.begin(7);
    if (noun >= 6 && BytesAt(m.text, noun - 6, "同比")) basis = Basis::kYoy;
    if (noun >= 6 && BytesAt(m.text, noun - 6, "环比")) basis = Basis::kMom;
    Candidate& c = AddGrowth(direction, basis, out);
    bool ok;
    if (m.matched(4)) {
      std::string unit;
      ok = GrowthValue(m.group(2), m.group(3), &c.record, &c.record.value_min, &unit) &&
           GrowthValue(m.group(4), m.group(5), &c.record, &c.record.value_max, &c.record.unit);
      c.record.qualifier = Qualifier::kRange;
    } else {
      ok = GrowthValue(m.group(2), m.group(3), &c.record, &c.record.value, &c.record.unit);
      c.record.qualifier = CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(6), "suffix"));
    }
    if (!ok) {
      out->pop_back();
      return;
    }
    c.begin = m.matched(1) ? m.begin(1) : m.begin(2);
    c.end = m.matched(6) ? m.end(6) : (m.matched(4) ? m.end(5) : m.end(3));
    c.priority = 21;
  };

  // growth.list: [basis] 分别 verb number、number和number unit — one record per number.
  static const std::vector<std::string> kListUnits = {"个百分点", "个千分点", "百分点", "千分点", "%", "‰", "倍"};
  // Verbs an item of a list may open with, after its separator (分别增长2.1%、6.7%和下降3.4%).
  static const std::vector<std::string> kItemVerbs = {"增长", "下降", "提高", "降低", "增加", "减少", "上升",
                                                      "回落", "下滑", "上涨", "下跌", "回升"};
  Production list = [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    std::vector<ListItem> items;
    if (!SplitFigureList(m.text, m.begin(3), m.end(3), kListUnits, &items, kItemVerbs)) return;
    EmitGrowthItems(items, DirectionOf(m.group(2)), BasisOfMatch(m, 1, doc), 24, kInPlace, {}, out);
  };

  // growth.double: 翻番, 翻一番 (+100 percent), 翻两番 (+300 percent), 实现翻番.
  Production doubling = [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    int times = 1;
    if (m.matched(2)) {
      ParsedNumber n = ParseNumber(m.group(2));
      if (!n.ok() || n.value.Compare(Decimal::FromInt(10)) > 0 || n.value.is_zero()) return;
      times = static_cast<int>(n.value.ToDouble());
    }
    Candidate& c = AddGrowth(Direction::kUp, BasisOfMatch(m, 1, doc), out);
    c.record.value = std::to_string(((1LL << times) - 1) * 100);
    c.record.unit = "percent";
    c.begin = m.begin(0) + m.group(0).find("翻");
    c.end = m.end(0);
    c.priority = 20;
  };

  // growth.fraction: [basis] verb [prefix] 百分之N|千分之N — 同比增长百分之五 (5 percent), 下降千分之三 (3 permille).
  Production fraction = [qw](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    ParsedNumber n = ParseFraction(std::string(m.group(4)) + "分之" + std::string(m.group(5)));
    if (!n.ok()) return;
    Candidate& c = AddGrowth(DirectionOf(m.group(2)), BasisOfMatch(m, 1, doc), out);
    c.record.value = ValueText(n.value, &c.record);
    c.record.unit = m.group(4) == "千" ? "permille" : "percent";
    c.record.qualifier = CombineQualifiers(qw->Find(m.group(3), "prefix"), qw->Find(m.group(6), "suffix"));
    c.begin = m.matched(3) ? m.begin(3) : m.begin(4);
    c.end = m.end(0);
    c.priority = 20;
  };

  // growth.continued: figures that open a line joined by the normalizer, whose verb ends one of the few lines joined
  // before — OCR interleaved two columns: …增加值分别增长 | 升级向…的实践。 | …技 | 7.0%和6.3%，占…. The figures are
  // growth rates anchored at the verb, where the linker finds their metrics, period and subject. Any number of
  // joins may lie between (OCR breaks lines anywhere); the nearest verb that ends a joined line wins.
  Production continued = [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    std::string_view text = m.text;
    std::size_t start = m.begin(1);
    static const std::vector<std::uint32_t> kNoJoins;
    const std::vector<std::uint32_t>& joins = doc.joins ? *doc.joins : kNoJoins;
    auto at = std::lower_bound(joins.begin(), joins.end(), start);
    bool opens_line = (at != joins.end() && *at == start) || (start > 0 && text[start - 1] == '\n');
    if (!opens_line) return;
    // …and have no words of their own before them: a verb (增长|5%), a cue (占比|45%) or a range dash (5%—|15%)
    // keeps them in place; at a join the other column's last character (…技|7.0%) is Chinese.
    std::size_t unused = 0, visible = start;
    while (visible > 0 && (text[visible - 1] == '\n' || text[visible - 1] == ' ')) --visible;
    char32_t before = CodePointBefore(text, visible);
    if (VerbEndingAt(text, visible, &unused) || kInPlaceCue.find(before) != std::u32string_view::npos ||
        !(IsHan(before) || kSentenceClose.find(before) != std::u32string_view::npos)) {
      return;
    }
    // The dangling verb ends a line of running text (a comma in it: no heading), kept or joined, and no figure
    // follows it (…分别增长|升级向…); at least one sentence of the other column ends between it and the figures.
    std::size_t floor = start > kMaxColumnBytes ? start - kMaxColumnBytes : 0;
    std::vector<std::size_t> ends(std::lower_bound(joins.begin(), at, floor), at);  // line ends: joins…
    for (std::size_t p = start; p > floor; --p) {  // …and kept breaks
      if (text[p - 1] != '\n') continue;
      std::size_t e = p - 1;
      while (e > floor && (text[e - 1] == '\n' || text[e - 1] == ' ')) --e;
      ends.push_back(e);
      p = e + 1;
    }
    std::sort(ends.begin(), ends.end(), std::greater<>());
    const GrowthWord* verb = nullptr;
    std::size_t verb_begin = 0;
    for (std::size_t e : ends) {
      std::size_t next = e;
      while (next < start && (text[next] == '\n' || text[next] == ' ')) ++next;
      if (next >= start || !IsHan(CodePointAt(text, next)) || !(verb = VerbEndingAt(text, e, &verb_begin))) continue;
      std::size_t line = text.rfind('\n', verb_begin);
      line = line == std::string_view::npos ? 0 : line + 1;
      std::string_view before = text.substr(line, verb_begin - line), between = text.substr(e, start - e);
      bool running = before.find("，") != std::string_view::npos || before.find(',') != std::string_view::npos;
      bool other_sentence =
          between.find("。") != std::string_view::npos || between.find("；") != std::string_view::npos;
      if (!running || !other_sentence) verb = nullptr;
      break;
    }
    if (!verb) return;
    std::vector<ListItem> items;
    if (!FigureItems(text, start, m.end(1), kListUnits, &items)) return;
    EmitGrowthItems(items, verb->direction, BasisBefore(text, verb_begin), 26, verb_begin, {}, out);
  };

  // growth.compare: a difference in points from another region or period — 增幅高于全省3.1个百分点, 比全国平均水平
  //高0.9个百分点, 分别高于全省3.1和6.8个百分点. Points only: 高于全国5% reads as a level as often as a difference.
  // The direction is the comparison's; the basis is yoy/mom when the comparand is last year/month, else none.
  // A qualifier before the points (高出全市平均水平约2.9个百分点) qualifies the first of them and opens its text.
  Production compare = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    std::string_view word = m.matched(1) ? m.group(1) : m.group(4);
    std::string_view comparand = m.matched(1) ? m.group(2) : m.group(3);
    Direction direction = word.find("低") != std::string_view::npos || word.find("慢") != std::string_view::npos ||
                                  word.find("落后") != std::string_view::npos || word.find("少") != std::string_view::npos
                              ? Direction::kDown
                              : Direction::kUp;
    Basis basis = BasisBefore(comparand, comparand.size());
    std::vector<ListItem> items;
    if (!FigureItems(m.text, m.begin(6), m.end(6), kListUnits, &items)) return;
    // Priority below growth.verb: 比上年提高2个百分点 is a growth, read by the verb.
    if (!EmitGrowthItems(items, direction, basis, 19, kInPlace, "percentage_point", out) || !m.matched(5)) return;
    Candidate& first = (*out)[out->size() - items.size()];
    first.begin = m.begin(5);
    first.record.qualifier = qw->Find(m.group(5), "prefix");
  };

  // The list of rules.
  const std::string points_list = std::string("((?:") + patterns::kArabic +
                                  "(?:个百分点|百分点|个)?(?:、|和|与|及)){0,8}" + patterns::kArabic + "(?:个百分点|百分点))";
  rules->push_back({"growth.compare", RecordType::kGrowthRate,
                    "(?:(高于|低于|高出|快于|慢于|领先|落后于)([\\p{Han}A-Z]{1,10}?)|比([\\p{Han}A-Z]{1,10}?)(高出|高|低|快|慢|多|少))(" +
                        qw->prefix + ")?" + points_list,
                    compare, 19, {"百分点"}});
  rules->push_back({"growth.verb", RecordType::kGrowthRate,
                    lead + " ?(" + qw->prefix + ")?(" + MinusSignPattern() + "?" + patterns::kNumber + ") ?(" +
                        qw->infix + ")?" + kUnit + "(" + qw->suffix + ")?",
                    verb, 20});
  rules->push_back({"growth.multiple", RecordType::kGrowthRate,
                    "(约为|约是|是|为|达到|达|相当于)(上年同期|去年同期|上年末|上年底|去年末|去年底|年初|上年|去年|"
                    "[0-9]{4}年(?:同期|末|底)?)的 ?(" + qw->prefix + ")?(" +
                        patterns::kNumber + ") ?倍(" + qw->suffix + "|多)?",
                    multiple, 20});
  rules->push_back({"growth.range", RecordType::kGrowthRate,
                    lead + " ?(" + qw->prefix + ")?" + number + kUnit + "?" + patterns::kRangeJoin + number + kUnit,
                    range, 22});
  rules->push_back({"growth.noun", RecordType::kGrowthRate,
                    "(" + qw->prefix + ")?(" + std::string(patterns::kArabic) + ") ?(%|个百分点)(?:" + patterns::kRangeJoin +
                        "(" + patterns::kArabic + ") ?(%|个百分点))?(" + qw->suffix +
                        ")?的(?:年均|同比|环比)?(增长|增幅|增速|涨幅|提升|下降|降幅|跌幅|回落)",
                    noun, 21});
  rules->push_back({"growth.list", RecordType::kGrowthRate,
                    lead + "((?:" + patterns::kNumber + "(?:%|‰|个百分点|百分点|倍|个)?(?:、|和|与|及)(?:" +
                        patterns::Alternation(kItemVerbs) + ")?){1,8}" + patterns::kNumber +
                        "(?:%|‰|个百分点|百分点|个千分点|千分点|倍))",
                    list, 24});
  rules->push_back({"growth.continued", RecordType::kGrowthRate,
                    "((?:" + std::string(patterns::kArabic) + "(?:%|‰|个百分点|百分点|倍|个)?(?:、|和|与|及)){0,8}" +
                        patterns::kArabic + "(?:%|‰|个百分点|百分点|个千分点|千分点|倍))",
                    continued, 26});
  rules->push_back({"growth.fraction", RecordType::kGrowthRate,
                    lead + " ?(" + qw->prefix + ")?(百|千)分之([零一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?)(" +
                        qw->suffix + ")?",
                    fraction, 20});
  rules->push_back({"growth.double", RecordType::kGrowthRate,
                    std::string(kBasis) + "?(?:实现|增长)?翻了?([一二两三四1-4])?番", doubling, 20});
  return Status::Ok();
}

}  // namespace zhfacts::internal
