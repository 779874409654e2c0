// Growth rates: 同比增长2.08%, 下降3%, 提高1.2个百分点.
#include <string>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

Status AddGrowthRules(const Lexicons&, std::vector<Rule>* rules) {
  Production percent = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(3));
    if (!n.ok()) return;
    Candidate c;
    c.record.type = RecordType::kGrowthRate;
    c.record.value = n.value.ToString();
    c.record.unit = m.group(4) == "%" ? "percent" : "percentage_point";
    std::string_view verb = m.group(2);
    c.record.direction = (verb == "下降" || verb == "减少" || verb == "回落") ? Direction::kDown : Direction::kUp;
    c.record.basis = m.matched(1) ? (m.group(1) == "环比" ? Basis::kMom : Basis::kYoy) : Basis::kNone;
    c.begin = m.begin(3);
    c.end = m.end(4);
    out->push_back(std::move(c));
  };
  rules->push_back({"growth.verb_percent", RecordType::kGrowthRate,
                    std::string("(同比|环比|比上年)?(增长|下降|提高|减少|回落|上升)(") + patterns::kNumber +
                        ")(%|个百分点)",
                    percent, 20});
  return Status::Ok();
}

}  // namespace zhfacts::internal
