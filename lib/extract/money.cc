// Money and output values: 253.63亿元, 近140亿元, 1000余万元, 10亿元以上, 5—10亿元, 2000万美元. The value is the
// amount in the currency's base unit (yuan, dollar), exact. The linker retypes a money figure as output_value when
// its metric is in the 产值 family (metric_class output_value, value_added, gdp).
//
// What is not money: scale labels (千亿级, 百亿元企业, 千亿元级 — a class, not a figure), names that happen to hold
// 元 after a numeral (二元工业, 三元), and bare magnitudes without a qualifier (万元GDP能耗, 每亿元).
#include <cctype>
#include <memory>
#include <string>
#include <utility>

#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

using CurrencyCodes = std::vector<std::pair<std::string, std::string>>;

std::string CodeOf(const CurrencyCodes& codes, std::string_view word) {
  for (const auto& [w, iso] : codes) {
    if (w == word) return iso;
  }
  return std::string();
}

// Words after a figure that make it a class label: 百亿级企业, 千亿元级集群.
const std::vector<std::string_view> kLabelAfter = {"级", "量级"};
// Words after a bare magnitude that make it a class: 百亿元企业, 亿元以上项目, 超亿元产业.
const std::vector<std::string_view> kClassNounAfter = {"企业", "项目", "产业", "集群", "工程", "俱乐部", "大项目"};
// Words that continue 元 into another word: 元宇宙, 元素, 元件, 元器件, 元旦.
const std::vector<std::string_view> kYuanWords = {"宇宙", "素", "件", "器", "旦", "首", "老", "帅", "代"};
// A Chinese numeral right after these is vague or ordinal, not an amount: 数十亿元, 几百万元, 上千万元, 第三元.
constexpr std::u32string_view kVagueBefore = U"数几上成第";

// The checks that patterns cannot express; true if the figure should be dropped. [match_begin, unit_end) is the
// figure up to its currency word (a prefix qualifier included), `number_begin` where its number starts.
bool IsNotAmount(std::string_view text, std::size_t match_begin, std::size_t number_begin, std::size_t unit_end,
                 std::string_view number, std::string_view currency, bool qualified) {
  while (unit_end < text.size() && text[unit_end] == ' ') ++unit_end;  // OCR spaces: 百万元 级
  char32_t before = CodePointBefore(text, match_begin);
  if (before && before < 0x80 && (std::isalnum(static_cast<int>(before)) || before == '.' || before == '/' ||
                                  before == '-')) {
    return true;  // part of a code or model number: GB/T4754, A380
  }
  if (StartsWithAny(text, unit_end, kLabelAfter)) return true;
  bool bare = IsBareMagnitude(number);
  if (bare && StartsWithAny(text, unit_end, kClassNounAfter)) return true;
  if (bare && !qualified && number.size() <= 3) return true;  // one magnitude character alone: 万元GDP, 每亿元
  bool chinese = IsChineseNumeral(number);
  if (chinese && kVagueBefore.find(CodePointBefore(text, number_begin)) != std::u32string_view::npos) return true;
  if (chinese && TrailingMagnitude(number).empty() && number.find("十") == std::string_view::npos &&
      number.find("百") == std::string_view::npos && number.find("千") == std::string_view::npos) {
    return true;  // 二元工业, 三元: a numeral without magnitude before a currency word names something
  }
  if (currency == "元" && StartsWithAny(text, unit_end, kYuanWords)) return true;
  return false;
}

}  // namespace

Status AddMoneyRules(const Lexicons& lex, std::vector<Rule>* rules) {
  const LexiconTable& cur = lex.Get("currencies");
  int word = cur.Column("word"), code = cur.Column("code");
  if (word < 0 || code < 0) return Status(StatusCode::kInternal, "currencies.tsv: missing columns word, code");
  auto codes = std::make_shared<CurrencyCodes>();
  std::vector<std::string> words;
  for (const auto& row : cur.rows) {
    codes->emplace_back(row[static_cast<std::size_t>(word)], row[static_cast<std::size_t>(code)]);
    words.push_back(row[static_cast<std::size_t>(word)]);
  }
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  const std::string currency = "(" + patterns::Alternation(words) + ")";
  const std::string number = std::string("(") + patterns::kNumber + ")";

  // money.amount: [prefix] number [infix] [magnitudes] currency [suffix] — 近140亿元, 1000余万元, 亿元以上.
  Production amount = [codes, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    Qualifier q = CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(3), "infix"));
    q = CombineQualifiers(q, qw->Find(m.group(6), "suffix"));
    std::size_t begin = m.begin(0), end = m.end(0);
    if (IsNotAmount(m.text, begin, m.begin(2), m.end(5), m.group(2), m.group(5), q != Qualifier::kExact)) return;
    // 亿元以上项目, 10亿元以上企业: a threshold naming a class of projects or firms, not an amount.
    if ((IsBareMagnitude(m.group(2)) || m.matched(6)) && StartsWithAny(m.text, end, kClassNounAfter)) return;
    Decimal value;
    if (!ParseAmount(m.group(2), m.group(4), &value)) return;
    Candidate c;
    c.record.type = RecordType::kMoney;
    c.record.value = ValueText(value, &c.record);
    c.record.unit = CodeOf(*codes, m.group(5));
    c.record.qualifier = q;
    c.begin = begin;
    c.end = end;
    c.priority = 10;
    out->push_back(std::move(c));
  };

  // money.range: [prefix] number [currency] dash number currency [suffix] — 5~10亿元, 5亿至10亿元, 5亿元—10亿元.
  Production range = [codes, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (m.matched(3) && m.group(3) != m.group(5)) return;
    if (IsNotAmount(m.text, m.begin(0), m.begin(2), m.end(5), m.group(4), m.group(5), true)) return;
    Decimal lo, hi;
    std::string_view lo_mag = TrailingMagnitude(m.group(2)).empty() && !m.matched(3)
                                  ? TrailingMagnitude(m.group(4))
                                  : std::string_view();
    if (!ParseAmount(m.group(2), lo_mag, &lo) || !ParseAmount(m.group(4), "", &hi)) return;
    if (lo.Compare(hi) >= 0) return;  // 2023-2024元 is no range of money
    Candidate c;
    c.record.type = RecordType::kMoney;
    c.record.value_min = ValueText(lo, &c.record);
    c.record.value_max = ValueText(hi, &c.record);
    c.record.unit = CodeOf(*codes, m.group(5));
    c.record.qualifier = Qualifier::kRange;
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 12;
    out->push_back(std::move(c));
  };

  // The list of rules.
  rules->push_back({"money.amount", RecordType::kMoney,
                    "(" + qw->prefix + ")?" + number + " ?(" + qw->infix + ")?([十百千万亿]*) ?" + currency + "(" +
                        qw->suffix + ")?",
                    amount, 10});
  rules->push_back({"money.range", RecordType::kMoney,
                    "(" + qw->prefix + ")?" + number + currency + "?" + patterns::kRangeJoin + number + currency +
                        "(" + qw->suffix + ")?",
                    range, 12});
  return Status::Ok();
}

}  // namespace zhfacts::internal
