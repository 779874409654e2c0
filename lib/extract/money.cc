// Money and output values: 253.63亿元, 近140亿元, 1000余万元, 10亿元以上, 5—10亿元, 2000万美元, 8亿元人民币, $20,
// ￥300, 五元三毛, 两美元又三美分, 120万元/亩. The value is the amount in the currency's base unit (yuan, dollar), exact;
// the unit the currency's code, and for a price per unit that unit after a slash (CNY/亩). The linker retypes a money
// figure as output_value when its metric is in the 产值 family (metric_class output_value, value_added, gdp).
//
// What is not money: scale labels (千亿级, 百亿元企业, 千亿元级 — a class, not a figure), names that happen to hold
// 元 after a numeral (二元工业, 三元), and bare magnitudes without a qualifier (万元GDP能耗, 每亿元).
#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>

#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

// One row of currencies.tsv.
struct Currency {
  std::string word;
  std::string code;
  std::string kind;  // major (currencies.tsv), minor or symbol (currency_parts.tsv)
  Decimal factor;    // minor units: the fraction of the main unit (角 = 0.1)
};
using Currencies = std::vector<Currency>;

// The last row for `word`: rows from user lexicon files come after the built-in ones and override them.
const Currency* Find(const Currencies& all, std::string_view word) {
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (it->word == word) return &*it;
  }
  return nullptr;
}

std::string CodeOf(const Currencies& all, std::string_view word) {
  const Currency* c = Find(all, word);
  return c ? c->code : std::string();
}

// Words after a figure that make it a class label: 百亿级企业, 千亿元级集群.
const std::vector<std::string_view> kLabelAfter = {"级", "量级"};
// Words after a bare magnitude that make it a class: 百亿元企业, 亿元以上项目, 超亿元产业.
const std::vector<std::string_view> kClassNounAfter = {"企业", "项目", "产业", "集群", "工程", "俱乐部", "大项目", "公司"};
// Whether 的 and a noun phrase of a few Chinese characters ending in a class noun (企业, 项目 …, 村, 镇) follow `end`.
bool ClassAfterOf(std::string_view text, std::size_t end) {
  constexpr std::size_t kMaxNounBytes = 6 * 3;  // six characters
  if (!BytesAt(text, end, "的")) return false;
  for (std::size_t p = end + 3; p + 3 <= text.size() && p <= end + 3 + kMaxNounBytes; p += 3) {
    if (!IsHan(CodePointAt(text, p))) return false;
    for (std::string_view w : kClassNounAfter) {
      if (BytesAt(text, p, w)) return true;
    }
    if (BytesAt(text, p, "村") || BytesAt(text, p, "镇")) return true;
  }
  return false;
}

// Whether a class noun follows `end`, right away or after 的 and a few characters (ClassAfterOf).
bool ClassAfter(std::string_view text, std::size_t end) {
  return StartsWithAny(text, end, kClassNounAfter) || ClassAfterOf(text, end);
}

// Whether the amount [begin, end) is an end of a range naming a class (50亿元至100亿元项目): the upper end after a
// joint and an amount, or the lower end before a joint, an amount and the class noun. (With 的 between, a range is
// a figure: 年产值3000万元—5000万元的企业.)
bool EndOfClassRange(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::string_view j : patterns::kRangeJoints) {
    if (begin >= j.size() + 3 && BytesAt(text, begin - j.size(), j) && BytesAt(text, begin - j.size() - 3, "元") &&
        StartsWithAny(text, end, kClassNounAfter)) {
      return true;
    }
    if (!BytesAt(text, end, j)) continue;
    std::size_t p = end + j.size();
    const std::size_t digits = p;
    while (p < text.size() && ((text[p] >= '0' && text[p] <= '9') || text[p] == '.')) ++p;
    if (p == digits) return false;
    for (std::string_view part : {"千", "万", "亿", "元"}) {
      if (BytesAt(text, p, part)) p += part.size();
    }
    return p >= 3 && BytesAt(text, p - 3, "元") && StartsWithAny(text, p, kClassNounAfter);
  }
  return false;
}

// The words between two amounts the second of which is per the unit of the first (each 每…): a list's joints and
// the verbs of a change of level.
constexpr std::size_t kMaxPerUnitItems = 8;  // how many figures back a list is followed
constexpr std::string_view kPerUnitJoins[] = {"和", "、", "及", "提高到", "提高至", "调整为", "调整到", "上调至", "上调到",
                                              "增加到", "增加至", "增至", "提至", "降至", "下调至", "降低到", "降低至"};
// Words that continue a minor unit into another word: 3分钟, 5分之一, 三毛钱 is fine but 三毛集团 is a name.
const std::vector<std::string_view> kMinorWords = {"钟", "之", "析", "别", "公司", "局", "行", "布", "类", "期",
                                                   "地", "式", "法", "度", "色", "集团", "利", "衣", "笔"};
// Words that continue 元 into another word: 元宇宙, 元素, 元件, 元器件, 元旦.
const std::vector<std::string_view> kYuanWords = {"宇宙", "素", "件", "器", "旦", "首", "老", "帅", "代"};
// A Chinese numeral right after these is vague or ordinal, not an amount: 数十亿元, 几百万元, 上千万元, 第三元.
constexpr std::u32string_view kVagueBefore = U"数几上成第";
// A numeral after these, before 日元, is a day: 周一, 星期二, 礼拜三, 3月1日.
constexpr std::u32string_view kDayBefore = U"周期拜月";

// The checks that patterns cannot express; true if the figure should be dropped. [match_begin, unit_end) is the
// figure up to its currency word (a prefix qualifier included), `number_begin` where its number starts.
bool IsNotAmount(std::string_view text, std::size_t match_begin, std::size_t number_begin, std::size_t unit_end,
                 std::string_view number, std::string_view currency, bool qualified,
                 const std::vector<std::string>& latin_metrics) {
  while (unit_end < text.size() && text[unit_end] == ' ') ++unit_end;  // OCR spaces: 百万元 级
  char32_t before = CodePointBefore(text, match_begin);
  if (before && before < 0x80 && (std::isalnum(static_cast<int>(before)) || before == '.' || before == '/' ||
                                  before == '-') &&
      !LatinMetricEndsAt(text, match_begin, latin_metrics)) {
    return true;  // part of a code or model number: GB/T4754, A380 (not GDP1.5万亿元)
  }
  if (StartsWithAny(text, unit_end, kLabelAfter)) return true;
  bool bare = IsBareMagnitude(number);
  bool yuan = currency == "元";
  if (bare && StartsWithAny(text, unit_end, kClassNounAfter)) return true;
  // One magnitude character alone is a basis, not an amount (万元GDP, 每亿元, 百元营收); 十美元 is ten dollars.
  if (bare && !qualified && number.size() <= 3 && (yuan || number != "十")) return true;
  bool chinese = IsChineseNumeral(number);
  if (chinese && kVagueBefore.find(CodePointBefore(text, number_begin)) != std::u32string_view::npos) return true;
  if (yuan && chinese && TrailingMagnitude(number).empty() && number.find("十") == std::string_view::npos &&
      number.find("百") == std::string_view::npos && number.find("千") == std::string_view::npos) {
    return true;  // 二元工业, 三元: a numeral without magnitude before 元 names something (一美元 does not)
  }
  // 元旦 after any currency ending in 元 (1日元旦); a day before 日元 (周一日元, 星期二日元, 3月1日元) is a date.
  if (currency.size() >= 3 && currency.substr(currency.size() - 3) == "元" &&
      StartsWithAny(text, unit_end, kYuanWords)) {
    return true;
  }
  if (currency.substr(0, 3) == "日" && kDayBefore.find(CodePointBefore(text, number_begin)) != std::u32string_view::npos) {
    return true;
  }
  return false;
}

// The bytes of Arabic trillions (3兆) right before `begin`, whose value is added to *value, when the amount there
// is of 亿 (2,470億 or 2,470 + 億); else 0.
std::size_t TrillionsBefore(std::string_view text, std::size_t begin, std::string_view number,
                            std::string_view magnitudes, Decimal* value) {
  const std::string_view zhao = "兆";
  auto of_yi = [](std::string_view s) {
    return s.find("亿") != std::string_view::npos || s.find("億") != std::string_view::npos;
  };
  if (begin < zhao.size() + 1 || text.compare(begin - zhao.size(), zhao.size(), zhao) != 0 ||
      number.empty() || number[0] < '0' || number[0] > '9' || !(of_yi(number) || of_yi(magnitudes))) {
    return 0;
  }
  std::size_t d = begin - zhao.size();
  while (d > 0 && begin - zhao.size() - d < 4 && text[d - 1] >= '0' && text[d - 1] <= '9') --d;
  if (d == begin - zhao.size() || (d > 0 && ((text[d - 1] >= '0' && text[d - 1] <= '9') || text[d - 1] == '.'))) {
    return 0;
  }
  Decimal trillions;
  if (!Decimal::Parse(text.substr(d, begin - zhao.size() - d), &trillions)) return 0;
  trillions.MulPow10(12);
  value->Add(trillions);
  return begin - d;
}

// Metric classes whose figures are amounts of money even without a currency word: 经济总量迈过8万亿大关,
// 营收突破千亿. The words come from metrics.tsv; in class sales only those naming an amount (销售额, 销售收入),
// not a count (销量).
const std::vector<std::string_view> kImpliedYuanClasses = {"output_value", "value_added", "gdp",       "revenue",
                                                           "profit",       "tax",         "investment"};
const std::vector<std::string_view> kAmountEndings = {"额", "收入"};
// What may follow an amount without a currency word: 8万亿大关, 千亿关口, 万亿台阶, 8万亿的规模.
const std::vector<std::string_view> kImpliedYuanAfter = {"大关", "关口", "台阶", "的规模", "规模", "水平"};

bool EndsWithAny(std::string_view s, const std::vector<std::string_view>& ends) {
  for (std::string_view e : ends) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

}  // namespace

Status AddMoneyRules(const Lexicons& lex, std::vector<Rule>* rules) {
  const LexiconTable& cur = lex.Get("currencies");
  const LexiconTable& parts = lex.Get("currency_parts");
  int word = cur.Column("word"), code = cur.Column("code");
  int part_word = parts.Column("word"), part_code = parts.Column("code"), part = parts.Column("part"),
      factor = parts.Column("factor");
  if (word < 0 || code < 0) return Status(StatusCode::kInternal, "currencies.tsv: missing columns word, code");
  if (part_word < 0 || part_code < 0 || part < 0 || factor < 0) {
    return Status(StatusCode::kInternal, "currency_parts.tsv: missing columns word, code, part, factor");
  }
  auto all = std::make_shared<Currencies>();
  std::vector<std::string> majors, minors, symbols;
  for (const auto& row : cur.rows) {
    all->push_back({row[static_cast<std::size_t>(word)], row[static_cast<std::size_t>(code)], "major",
                    Decimal::FromInt(1)});
    majors.push_back(all->back().word);
  }
  for (const auto& row : parts.rows) {
    Currency c{row[static_cast<std::size_t>(part_word)], row[static_cast<std::size_t>(part_code)],
               row[static_cast<std::size_t>(part)], Decimal()};
    const std::string& f = row[static_cast<std::size_t>(factor)];
    if (!Decimal::Parse(f, &c.factor) || c.factor.is_zero() || c.factor.Compare(Decimal::FromInt(1)) > 0) {
      return Status(StatusCode::kInvalidLexicon, "currency_parts.tsv: factor must be in (0, 1]: " + c.word + " " + f);
    }
    if (c.kind == "minor") {
      minors.push_back(c.word);
    } else if (c.kind == "symbol") {
      symbols.push_back(c.word);
    } else {
      return Status(StatusCode::kInvalidLexicon, "currency_parts.tsv: part must be minor or symbol: " + c.word);
    }
    all->push_back(std::move(c));
  }
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  const std::string currency = "(" + patterns::Alternation(majors) + ")";
  const std::string minor = "(" + patterns::Alternation(minors) + ")";
  const std::string symbol = "(" + patterns::Alternation(symbols) + ")";
  const std::string number = std::string("(") + patterns::kNumber + ")";
  // A price per unit (64元/吨, 120万元/亩, 0.65元/千瓦时): the units of units.tsv after a slash.
  const LexiconTable& units = lex.Get("units");
  std::vector<std::string> unit_words;
  if (int uw = units.Column("word"); uw >= 0) {
    for (const auto& row : units.rows) unit_words.push_back(row[static_cast<std::size_t>(uw)]);
  }
  const std::string per_unit = unit_words.empty() ? "()?" : "(?:/(" + patterns::Alternation(unit_words) + "))?";
  // …or written before the figure: 每平方米18650元, 每吨500元, 每人1000元.
  auto per_words = std::make_shared<std::unordered_set<std::string>>(unit_words.begin(), unit_words.end());
  std::size_t longest = 0;
  for (const std::string& w : unit_words) longest = std::max(longest, w.size());
  // The unit of a money figure: the currency's code, and the unit a price is per (CNY/吨).
  // Currencies that can name the currency of a bare 元 before the number (新台币, 港币 …: not CNY's own words).
  auto foreign = std::make_shared<std::vector<const Currency*>>();
  auto foreign_last = std::make_shared<std::unordered_set<char>>();
  for (const Currency& c : *all) {
    if (c.kind == "major" && c.code != "CNY" && !c.word.empty()) {
      foreign->push_back(&c);
      foreign_last->insert(c.word.back());
    }
  }
  // `begin`: where the figure starts, if before the match.
  auto unit_of = [all, per_words, longest, foreign, foreign_last](std::string_view currency, const RuleMatch& m, int per,
                                                                  std::size_t begin) {
    std::string unit = CodeOf(*all, currency);
    // 元 after a number whose currency is named before it (新台币3676亿元, 港币5亿元) is that currency's.
    // (Most 元 follow a character no currency name ends with: one test of the last byte first.)
    begin = std::min(begin, m.begin(0));
    if (currency == "元" && begin > 0 && foreign_last->count(m.text[begin - 1])) {
      for (const Currency* named : *foreign) {
        const std::size_t n = named->word.size();
        if (begin >= n && m.text.compare(begin - n, n, named->word) == 0) {
          unit = named->code;
          break;
        }
      }
    }
    if (m.matched(per) && !m.group(per).empty()) {
      unit += "/" + std::string(m.group(per));
      return unit;
    }
    // The unit written with 每 right before `at` (每吨, 每500克: a count of the unit may stand after 每; and a
    // month or a day: 每人每月), or "".
    auto per_before = [&](std::size_t at) {
      constexpr std::size_t kCountBytes = 6;
      const std::size_t back = longest + 3 + kCountBytes;
      const std::size_t from = at > back ? at - back : 0;
      const std::size_t each = m.text.substr(from, at - from).rfind("每");
      if (each == std::string_view::npos || from + each < m.sentence->begin) return std::string_view();
      std::string_view word = m.text.substr(from + each + 3, at - from - each - 3);
      std::size_t count = 0;
      while (count < word.size() && ((word[count] >= '0' && word[count] <= '9') || word[count] == '.')) ++count;
      const std::string_view base = word.substr(count);
      return per_words->count(std::string(base)) || (count == 0 && (base == "月" || base == "日")) ? word
                                                                                                   : std::string_view();
    };
    // A later item of a list, or the level a change comes to, is per the unit of the figure before it (分别为每500克
    // 38.5元和42.6元, 由每人每月360元提高到395元): the same currency right before a joining word.
    auto in_number = [&m](std::size_t k) { return (m.text[k] >= '0' && m.text[k] <= '9') || m.text[k] == '.'; };
    std::string_view word;
    for (std::size_t at = begin, items = 0; word.empty() && items < kMaxPerUnitItems; ++items) {
      word = per_before(at);
      std::size_t number = at;
      for (std::string_view join : kPerUnitJoins) {
        if (at < join.size() + currency.size() || m.text.compare(at - join.size(), join.size(), join) != 0 ||
            m.text.compare(at - join.size() - currency.size(), currency.size(), currency) != 0) {
          continue;
        }
        number = at - join.size() - currency.size();
        while (number > m.sentence->begin && in_number(number - 1)) --number;
        break;
      }
      if (number == at) break;  // no figure joined before
      at = number;
    }
    if (!word.empty()) unit += "/" + std::string(word);
    return unit;
  };

  // money.amount: [prefix] number [infix] [magnitudes] currency [/unit] [suffix] — 近140亿元, 1000余万元, 亿元以上,
  // 120万元/亩.
  std::shared_ptr<const std::vector<std::string>> latin_metrics = LatinMetricWords(lex);
  Production amount = [qw, unit_of, latin_metrics](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    Qualifier q = CombineQualifiers(qw->Find(m.group(1), "prefix"), qw->Find(m.group(3), "infix"));
    q = CombineQualifiers(q, qw->Find(m.group(7), "suffix"));
    std::size_t begin = m.begin(0), end = m.end(0);
    // A loss or an outflow written with a sign (净利润为-1.28亿元): the sign is part of the figure.
    const std::size_t minus = m.matched(1) ? 0 : MinusSignBefore(m.text, begin);
    begin -= minus;
    if (IsNotAmount(m.text, begin, m.begin(2), m.end(5), m.group(2), m.group(5), q != Qualifier::kExact,
                    *latin_metrics)) {
      return;
    }
    // 亿元以上项目, 10亿元以上企业: a threshold naming a class of projects or firms, not an amount.
    // So is one after 超 (超10亿元项目14个): a prefix "more than" makes it a threshold as a suffix 以上 does.
    const bool over = m.matched(1) && qw->Find(m.group(1), "prefix") == Qualifier::kOver;
    // Also with 的 before a short noun phrase ending in such a noun (超10亿元的项目, 50万元以上的村, 超百亿元的龙头企业,
    // 年产值超亿元的特色产业镇).
    if ((IsBareMagnitude(m.group(2)) || m.matched(7) || over) && ClassAfter(m.text, end)) return;
    if (EndOfClassRange(m.text, begin, end)) return;
    Decimal value;
    if (!ParseAmount(m.group(2), m.group(4), &value)) return;
    // Taiwan's 3兆2,470億元: the trillions stand before the match (kNumber takes 兆 only inside Chinese numerals,
    // as 兆瓦 is a unit), and the rest names 億.
    if (!m.matched(1) && !minus) begin -= TrillionsBefore(m.text, begin, m.group(2), m.group(4), &value);
    value.set_negative(minus > 0);
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kMoney;
    c.record.value = ValueText(value, &c.record);
    c.record.unit = unit_of(m.group(5), m, 6, begin);
    c.record.qualifier = q;
    c.begin = begin;
    c.end = end;
    c.priority = 10;
  };

  // money.range: [prefix] number [currency] dash number currency [suffix] — 5~10亿元, 5亿至10亿元, 5亿元—10亿元.
  Production range = [unit_of, latin_metrics](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (m.matched(3) && m.group(3) != m.group(5)) return;
    if (IsNotAmount(m.text, m.begin(0), m.begin(2), m.end(5), m.group(4), m.group(5), true, *latin_metrics)) return;
    // A range naming a class of projects or firms (50亿元至100亿元项目5个) is no amount either.
    if (StartsWithAny(m.text, m.end(0), kClassNounAfter)) return;
    Decimal lo, hi;
    std::string_view lo_mag = TrailingMagnitude(m.group(2)).empty() && !m.matched(3)
                                  ? TrailingMagnitude(m.group(4))
                                  : std::string_view();
    if (!ParseAmount(m.group(2), lo_mag, &lo) || !ParseAmount(m.group(4), "", &hi)) return;
    if (lo.Compare(hi) >= 0) return;  // 2023-2024元 is no range of money
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kMoney;
    c.record.value_min = ValueText(lo, &c.record);
    c.record.value_max = ValueText(hi, &c.record);
    c.record.unit = unit_of(m.group(5), m, 6, m.begin(0));
    c.record.qualifier = Qualifier::kRange;
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 12;
  };

  // money.symbol: [prefix] symbol number [magnitudes] — $20, ￥300, US$1.5亿, 约$300万.
  Production symbolic = [all, qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    char32_t before = CodePointBefore(m.text, m.begin(2));
    if (before && before < 0x80 && std::isalnum(static_cast<int>(before))) return;  // A$, C$: not ours
    char32_t after = m.end(0) < m.text.size() ? static_cast<unsigned char>(m.text[m.end(0)]) : 0;
    if (after && after < 0x80 && (std::isalnum(static_cast<int>(after)) || after == '.')) return;
    Decimal value;
    if (IsBareMagnitude(m.group(3)) || !ParseAmount(m.group(3), m.group(4), &value)) return;
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kMoney;
    c.record.value = ValueText(value, &c.record);
    c.record.unit = CodeOf(*all, m.group(2));
    c.record.qualifier = qw->Find(m.group(1), "prefix");
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 10;
  };

  // money.compound: number currency [又|零] number minor [number minor] — 五元三毛, 50元6角三分, 两美元又三美分,
  // 10日元5日本銭. Each minor unit must belong to the currency, be smaller than the one before it and count less
  // than one of it (三毛 < 1元).
  Production compound = [all](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    const Currency* major = Find(*all, m.group(2));
    if (!major) return;
    Decimal value;
    if (IsBareMagnitude(m.group(1)) || !ParseAmount(m.group(1), "", &value)) return;
    char32_t before = CodePointBefore(m.text, m.begin(1));
    if (before && before < 0x80 && (std::isalnum(static_cast<int>(before)) || before == '.')) return;
    Decimal last = Decimal::FromInt(1);
    for (int g : {4, 6}) {
      if (!m.matched(g)) continue;
      const Currency* part = Find(*all, m.group(g));
      Decimal n;
      if (!part || part->code != major->code || part->factor.Compare(last) >= 0) return;
      if (IsBareMagnitude(m.group(g - 1)) || !ParseAmount(m.group(g - 1), "", &n)) return;
      n.Mul(part->factor);
      if (n.Compare(last) >= 0) return;  // 15角 is no part of a compound amount
      value.Add(n);
      last = part->factor;
    }
    if (StartsWithAny(m.text, m.end(0), kMinorWords)) return;  // 5元3分钟
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kMoney;
    c.record.value = ValueText(value, &c.record);
    c.record.unit = major->code;
    c.record.qualifier = Qualifier::kExact;
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = 11;
  };

  // money.implied: metric [verb] [prefix] number-with-万/亿 [suffix], nothing after — 经济总量迈过8万亿大关 (8e12
  // yuan, over), 营收突破千亿。 A unit after the number (8万亿元, 1亿台) leaves it to the other rules.
  const LexiconTable& metrics = lex.Get("metrics");
  int metric_word = metrics.Column("word"), metric_class = metrics.Column("metric_class");
  std::vector<std::string> heads;
  for (const auto& row : metrics.rows) {
    if (metric_word < 0 || metric_class < 0) break;
    const std::string& w = row[static_cast<std::size_t>(metric_word)];
    const std::string& cls = row[static_cast<std::size_t>(metric_class)];
    bool money_class = std::find(kImpliedYuanClasses.begin(), kImpliedYuanClasses.end(), cls) !=
                       kImpliedYuanClasses.end();
    if (money_class || (cls == "sales" && EndsWithAny(w, kAmountEndings))) heads.push_back(w);
  }
  Production implied = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    std::string_view number = m.group(3);
    std::string_view magnitude = TrailingMagnitude(number);
    if (magnitude.find("万") == std::string_view::npos && magnitude.find("亿") == std::string_view::npos) return;
    std::size_t end = m.end(0);
    char32_t after = CodePointAt(m.text, end);
    if (after < 0x80 ? (after && (std::isalnum(static_cast<int>(after)) || after == '.' || after == '%'))
                     : (IsHan(after) && !StartsWithAny(m.text, end, kImpliedYuanAfter))) {
      return;
    }
    Qualifier q = CombineQualifiers(qw->Find(m.group(2), "prefix"), qw->Find(m.group(4), "suffix"));
    if (IsBareMagnitude(number) && q == Qualifier::kExact) return;  // 产值亿: no figure
    if (IsChineseNumeral(number) && kVagueBefore.find(CodePointBefore(m.text, m.begin(3))) != std::u32string_view::npos) {
      return;  // 营收数十亿
    }
    Decimal value;
    if (!ParseAmount(number, "", &value)) return;
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kMoney;
    c.record.value = ValueText(value, &c.record);
    c.record.unit = "CNY";
    c.record.qualifier = q;
    c.begin = m.matched(2) ? m.begin(2) : m.begin(3);
    c.end = end;
    c.priority = 8;
  };

  // The list of rules.
  rules->push_back({"money.implied", RecordType::kMoney,
                    "(" + patterns::Alternation(heads) + ")(?:达到|达|为|是|实现|完成|迈上|站上)?(" + qw->prefix + ")?" +
                        number + "(" + qw->suffix + ")?",
                    implied, 8, heads});
  rules->push_back({"money.amount", RecordType::kMoney,
                    "(" + qw->prefix + ")?" + number + " ?(" + qw->infix + ")?([十百千万亿]*) ?" + currency + per_unit +
                        "(" + qw->suffix + ")?",
                    amount, 10});
  rules->push_back({"money.range", RecordType::kMoney,
                    "(" + qw->prefix + ")?" + number + currency + "?" + patterns::kRangeJoin + number + currency +
                        per_unit + "(" + qw->suffix + ")?",
                    range, 12});
  rules->push_back({"money.symbol", RecordType::kMoney,
                    "(" + qw->prefix + ")?" + symbol + " ?" + number + "([十百千万亿]*)", symbolic, 10});
  rules->push_back({"money.compound", RecordType::kMoney,
                    number + currency + "(?:又|零)?" + number + minor + "(?:" + number + minor + ")?", compound,
                    11});
  return Status::Ok();
}

}  // namespace zhfacts::internal
