// Percentages that are not growth: shares and rates (占比64.48%, 覆盖率90%).
#include <string>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

Status AddPercentageRules(const Lexicons&, std::vector<Rule>* rules) {
  Production percent = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(1));
    if (!n.ok()) return;
    Candidate c;
    c.record.type = RecordType::kPercentage;
    c.record.value = n.value.ToString();
    c.record.unit = "percent";
    c.begin = m.begin(0);
    c.end = m.end(0);
    out->push_back(std::move(c));
  };
  rules->push_back({"percentage.percent", RecordType::kPercentage, std::string("(") + patterns::kArabic + ")%",
                    percent, 5});
  return Status::Ok();
}

}  // namespace zhfacts::internal
