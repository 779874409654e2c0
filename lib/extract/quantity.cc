// Quantities: any other figure with a measure word or physical unit (742家, 370亩, 2GW, 1280人).
#include <string>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

Status AddQuantityRules(const Lexicons&, std::vector<Rule>* rules) {
  Production counted = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(1));
    if (!n.ok()) return;
    Candidate c;
    c.record.type = RecordType::kQuantity;
    c.record.value = n.value.ToString();
    c.record.unit = std::string(m.group(2));
    c.begin = m.begin(0);
    c.end = m.end(0);
    out->push_back(std::move(c));
  };
  rules->push_back({"quantity.unit", RecordType::kQuantity,
                    std::string("(") + patterns::kArabic + ")(家|亩|人|个|项|台|平方米)", counted, 0});
  return Status::Ok();
}

}  // namespace zhfacts::internal
