// Compute power: 808P, 300PFLOPS, 2EFLOPS, 32TOPS → PFLOPS (floating point) or TOPS (integer operations).
#include <string>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

Status AddComputeRules(const Lexicons&, std::vector<Rule>* rules) {
  Production pflops = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    ParsedNumber n = ParseNumber(m.group(1));
    if (!n.ok()) return;
    Candidate c;
    c.record.type = RecordType::kComputePower;
    c.record.value = n.value.ToString();
    c.record.unit = "PFLOPS";
    c.begin = m.begin(0);
    c.end = m.end(0);
    out->push_back(std::move(c));
  };
  rules->push_back({"compute.pflops", RecordType::kComputePower,
                    std::string("(") + patterns::kArabic + ")(?:PFLOPS|P)", pflops, 10});
  return Status::Ok();
}

}  // namespace zhfacts::internal
