// Percentages that are not growth: shares and rates — 占全区的64.48%, 比重为43.2%, 覆盖率达90%以上, 七成 (70),
// 百分之十二 (12), 千分之五 (permille 5), 三分之二 (66.6667), 5%—15%, 比重分别为67.1%和33.3%, fractions written with a
// slash where a share is meant (直径的1/200, 占总数2/3), and halves (占全省总数一半, 过半, 半数以上). A percentage after a
// growth verb is a growth rate: the growth rules have higher priorities and win the overlap.
#include <cctype>
#include <string>
#include <utility>

#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

// 成 after a numeral that starts a word, not a share: 一成不变, 三成为, 五成立 …
constexpr std::u32string_view kNotShareAfterCheng = U"不为立本功果员就熟长交型效绩都品千年份套批片群";
// …except 为 after one of these (其中四成为女性, ，三成为…): then 成 closes the share and 为 is its verb.
constexpr std::u32string_view kShareBeforeIs = U"，,：:；;中有占约近超逾达";
// Quote marks: a percentage inside quotes is a slogan or a policy name ('两个15%'政策).
constexpr std::u32string_view kQuotes = U"'\"‘’“”「」";

// A new percentage candidate at the end of *out, built in place (callers return nothing after adding it).
Candidate& AddPercent(Qualifier q, std::vector<Candidate>* out) {
  Candidate& c = out->emplace_back();
  c.record.type = RecordType::kPercentage;
  c.record.unit = "percent";
  c.record.qualifier = q;
  return c;
}

bool InsideCode(std::string_view text, std::size_t begin, const std::vector<std::string>& latin_metrics) {
  char32_t before = CodePointBefore(text, begin);
  return before && before < 0x80 && (std::isalnum(static_cast<int>(before)) || before == '.' || before == '/') &&
         !LatinMetricEndsAt(text, begin, latin_metrics);  // CPI2.1% is CPI's
}

// Whether 的 and a target (目标, 调控目标, 预期目标) of a few characters follow `end`.
bool TargetAfter(std::string_view text, std::size_t end) {
  if (text.compare(end, 3, "的") != 0) return false;
  const std::string_view after = text.substr(end + 3, std::min<std::size_t>(text.size() - end - 3, 8 * 3));
  const std::size_t goal = after.find("目标");
  return goal != std::string_view::npos && after.substr(0, goal).find("，") == std::string_view::npos;
}

// True if a quote closes right after the figure and opens at most three characters before it ('两个15%').
bool Quoted(std::string_view text, std::size_t begin, std::size_t end) {
  if (kQuotes.find(CodePointAt(text, end)) == std::u32string_view::npos) return false;
  std::size_t pos = begin;
  for (int i = 0; i < 4 && pos > 0; ++i) {
    char32_t cp = CodePointBefore(text, pos);
    if (kQuotes.find(cp) != std::u32string_view::npos) return true;
    if (!IsHan(cp)) return false;
    pos -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return false;
}

// Characters before a slash fraction that make it a share: 直径的1/200, 占…总数2/3, 约1/3, 超过1/2.
constexpr std::u32string_view kShareCueBefore = U"的占数量约近超逾过达为";
// Characters after a slash fraction that make it something else: 1/2/3, 3/15日, 24/7小时, 1/4决赛, GB/T.
constexpr std::u32string_view kNotShareAfter = U"/年月日号时期版页次场决";

// Halves: the word and what it is, in percent, with its qualifier.
struct Half {
  std::string_view word;
  Qualifier qualifier;
};
constexpr Half kHalves[] = {{"一半", Qualifier::kExact}, {"半数", Qualifier::kExact}, {"过半", Qualifier::kOver}};
// After a half word, what makes it a duration or an idiom instead of a share: 过半年, 一半天, 过半百 (age).
constexpr std::u32string_view kNotHalfAfter = U"年月天日小个百";

}  // namespace

Status AddPercentageRules(const Lexicons& lex, std::vector<Rule>* rules) {
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  const std::string arabic = std::string("(") + patterns::kArabic + ")";
  const std::string prefix = "(" + qw->prefix + ")?";
  const std::string suffix = "(" + qw->suffix + ")?";

  std::shared_ptr<const std::vector<std::string>> latin_metrics = LatinMetricWords(lex);
  // percentage.percent: [prefix] number %|‰ [suffix] — 64.48%, 超过90%, 90%以上, 5‰.
  Production percent = [qw, latin_metrics](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (InsideCode(m.text, m.begin(2), *latin_metrics) || Quoted(m.text, m.begin(0), m.end(0))) return;
    ParsedNumber n = ParseNumber(m.group(2));
    if (!n.ok()) return;
    // A comparison with a target (CPI上涨0.5%，低于3%的年度调控目标): the target is the figure, exactly.
    const bool target = (m.group(1) == "低于" || m.group(1) == "高于") && TargetAfter(m.text, m.end(0));
    const Qualifier prefix = target ? Qualifier::kExact : qw->Find(m.group(1), "prefix");
    Candidate& c = AddPercent(CombineQualifiers(prefix, qw->Find(m.group(4), "suffix")), out);
    c.record.value = ValueText(n.value, &c.record);
    if (m.group(3) == "‰") c.record.unit = "permille";
    c.begin = target ? m.begin(2) : m.begin(0);
    c.end = m.end(0);
    c.priority = 5;
  };

  // percentage.range: number[%] dash number% — 5%—15%, 5%至15%, 5—15%.
  Production range = [latin_metrics](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (InsideCode(m.text, m.begin(1), *latin_metrics)) return;
    ParsedNumber lo = ParseNumber(m.group(1)), hi = ParseNumber(m.group(2));
    if (!lo.ok() || !hi.ok() || lo.value.Compare(hi.value) >= 0) return;
    Candidate& c = AddPercent(Qualifier::kRange, out);
    c.record.value_min = ValueText(lo.value, &c.record);
    c.record.value_max = ValueText(hi.value, &c.record);
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 7;
  };

  // percentage.cheng: [prefix] numeral 成 [suffix] — 七成 (70), 近九成, 八成以上.
  Production cheng = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    char32_t before = CodePointBefore(m.text, m.begin(2));
    // 成为 after a qualifier, a comma or a share verb is 成 + 为 (约三成为省外企业, 其中四成为女性).
    const bool share_is = CodePointAt(m.text, m.end(0)) == U'为' &&
                          (m.matched(1) || before == 0 || kShareBeforeIs.find(before) != std::u32string_view::npos);
    if (!m.matched(3) && !share_is &&
        kNotShareAfterCheng.find(CodePointAt(m.text, m.end(0))) != std::u32string_view::npos) {
      return;
    }
    if (!m.matched(1) && (before == U'第' || before == U'统' || before == U'唯' || before == U'之' ||
                          before == U'十' || before == U'百' || (before >= '0' && before <= '9'))) {
      return;
    }
    ParsedNumber n = ParseNumber(m.group(2));
    if (!n.ok()) return;
    Candidate& c = AddPercent(CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(3), "suffix")), out);
    c.record.value = ValueText(n.value.MulInt(10), &c.record);
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 6;
  };

  // percentage.fraction: 百分之十二 (12 percent), 千分之五 (5 permille), 三分之二 (66.6667 percent).
  Production fraction = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    std::string_view den = m.group(2), num = m.group(3);
    ParsedNumber n = ParseFraction(std::string(den) + "分之" + std::string(num));
    if (!n.ok()) return;
    Candidate& c = AddPercent(CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(4), "suffix")), out);
    if (den == "千") {
      c.record.unit = "permille";
    } else if (den != "百") {
      n.value.MulInt(100).Round(4);
    }
    c.record.value = ValueText(n.value, &c.record);
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 6;
  };

  // percentage.list: 分别为67.1%和33.3% — one record per number.
  static const std::vector<std::string> kListUnits = {"%", "‰"};
  Production list = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    std::vector<ListItem> items;
    if (!SplitFigureList(m.text, m.begin(1), m.end(1), kListUnits, &items)) return;
    int index = 0;
    for (const ListItem& it : items) {
      ParsedNumber n = ParseNumber(it.number);
      if (!n.ok()) return;
      Candidate& c = AddPercent(Qualifier::kExact, out);
      c.record.value = ValueText(n.value, &c.record);
      if (it.unit == "‰") c.record.unit = "permille";
      c.begin = it.begin;
      c.end = it.end;
      c.priority = 8;
      c.list_index = index++;
      c.list_size = static_cast<int>(items.size());
    }
  };

  // percentage.slash: [prefix] a/b [suffix] with a < b, after a share cue — 直径的1/200 (0.5), 占总数2/3 (66.6667).
  // Without the cue a slash is a date, a ratio or a code (3/15, 24/7, GB/T 4754).
  Production slash = [qw, latin_metrics](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (InsideCode(m.text, m.begin(2), *latin_metrics)) return;
    char32_t after = CodePointAt(m.text, m.end(3));
    if ((after < 0x80 && std::isalnum(static_cast<int>(after))) || after == '.' ||
        kNotShareAfter.find(after) != std::u32string_view::npos) {
      return;
    }
    if (!m.matched(1) && kShareCueBefore.find(CodePointBefore(m.text, m.begin(2))) == std::u32string_view::npos) return;
    ParsedNumber num = ParseNumber(m.group(2)), den = ParseNumber(m.group(3));
    if (!num.ok() || !den.ok() || num.value.is_zero() || num.value.Compare(den.value) >= 0) return;
    Decimal share;
    if (!num.value.MulInt(100).Divide(den.value, 4, &share)) return;
    Candidate& c = AddPercent(CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(4), "suffix")), out);
    c.record.value = ValueText(share, &c.record);
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 6;
  };

  // percentage.half: [prefix] 一半|半数|过半 [suffix] — 占全省总数一半 (50), 过半 (over 50), 半数以上 (over 50).
  Production half = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    char32_t before = CodePointBefore(m.text, m.begin(2));
    if (before == U'另' || before == U'年' || before == U'大' || before == U'多') return;  // 另一半, 年过半百, 大半数
    if (!m.matched(3) && kNotHalfAfter.find(CodePointAt(m.text, m.end(2))) != std::u32string_view::npos) return;
    Qualifier q = Qualifier::kExact;
    for (const Half& h : kHalves) {
      if (m.group(2) == h.word) q = h.qualifier;
    }
    Candidate& c = AddPercent(CombineQualifiers(CombineQualifiers(qw->Find(m.group(1), "prefix"), q),
                                                qw->Find(m.group(3), "suffix")),
                              out);
    c.record.value = "50";
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 4;
  };

  // The list of rules.
  std::vector<std::string> half_words;
  for (const Half& h : kHalves) half_words.emplace_back(h.word);
  rules->push_back({"percentage.percent", RecordType::kPercentage, prefix + arabic + "(%|‰)" + suffix, percent, 5});
  rules->push_back({"percentage.range", RecordType::kPercentage,
                    arabic + "%?" + patterns::kRangeJoin + arabic + "%", range, 7});
  // Gated by digit + 成 (every match has one): the atom RE2 finds is 成 alone, which 完成, 形成 and 成本 carry.
  std::vector<std::string> cheng_gate;
  for (const char* d : {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
    cheng_gate.push_back(std::string(d) + "成");
  }
  rules->push_back({"percentage.cheng", RecordType::kPercentage,
                    prefix + "([一二两三四五六七八九]|[1-9])成" + suffix, cheng, 6, std::move(cheng_gate)});
  rules->push_back({"percentage.fraction", RecordType::kPercentage,
                    prefix + "([一二三四五六七八九十百千]+)分之([零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)" +
                        suffix,
                    fraction, 6});
  rules->push_back({"percentage.list", RecordType::kPercentage,
                    std::string("分别(?:为|是|达到|达|占)?((?:") + patterns::kArabic + "(?:%|‰)?(?:、|和|与|及)){1,8}" +
                        patterns::kArabic + "(?:%|‰))",
                    list, 8});
  rules->push_back({"percentage.slash", RecordType::kPercentage,
                    prefix + "([1-9][0-9]{0,5})/([1-9][0-9]{0,5})" + suffix, slash, 6, {"/"}});
  rules->push_back({"percentage.half", RecordType::kPercentage,
                    prefix + "(" + patterns::Alternation(half_words) + ")" + suffix, half, 4, half_words});
  rules->back().needs_numeral = false;
  return Status::Ok();
}

}  // namespace zhfacts::internal
