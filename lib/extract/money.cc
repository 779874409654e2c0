// Money and output values: 253.63亿元, 近140亿元, 2000万美元. The linker retypes a money figure as output_value when
// its metric is in the 产值 family (metric_class output_value, value_added, gdp).
#include <memory>
#include <string>
#include <utility>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {


Status AddMoneyRules(const Lexicons& lex, std::vector<Rule>* rules) {
  const LexiconTable& cur = lex.Get("currencies");
  int word = cur.Column("word"), code = cur.Column("code");
  if (word < 0 || code < 0) return Status(StatusCode::kInternal, "currencies.tsv: missing columns word, code");
  auto codes = std::make_shared<std::vector<std::pair<std::string, std::string>>>();
  std::vector<std::string> words;
  for (const auto& row : cur.rows) {
    codes->emplace_back(row[static_cast<std::size_t>(word)], row[static_cast<std::size_t>(code)]);
    words.push_back(row[static_cast<std::size_t>(word)]);
  }

  Production amount = [codes](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(1));
    if (!n.ok()) return;
    Candidate c;
    c.record.type = RecordType::kMoney;
    c.record.value = n.value.ToString();
    for (const auto& [w, iso] : *codes) {
      if (w == m.group(2)) c.record.unit = iso;
    }
    c.begin = m.begin(0);
    c.end = m.end(0);
    out->push_back(std::move(c));
  };
  rules->push_back({"money.amount", RecordType::kMoney,
                    std::string("(") + patterns::kNumber + ")" + "(" + patterns::Alternation(words) + ")", amount, 10});
  return Status::Ok();
}

}  // namespace zhfacts::internal
