// Dates: 2024年3月4日, 2023年11月, 2023年.
#include <cstdio>
#include <string>

#include "extract/dimensions.h"
#include "extract/patterns.h"

namespace zhfacts::internal {

Status AddDateRules(const Lexicons&, std::vector<Rule>* rules) {
  Production ymd = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    int y = std::stoi(std::string(m.group(1)));
    Candidate c;
    c.record.type = RecordType::kDate;
    char buf[32];
    if (m.matched(3)) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, std::stoi(std::string(m.group(2))),
                    std::stoi(std::string(m.group(3))));
      c.record.granularity = "day";
    } else if (m.matched(2)) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, std::stoi(std::string(m.group(2))));
      c.record.granularity = "month";
    } else {
      std::snprintf(buf, sizeof buf, "%04d", y);
      c.record.granularity = "year";
    }
    c.record.value = buf;
    c.begin = m.begin(0);
    c.end = m.end(0);
    out->push_back(std::move(c));
  };
  rules->push_back({"date.ymd", RecordType::kDate, R"(([12][0-9]{3})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?)",
                    ymd, 30});
  return Status::Ok();
}

std::optional<CivilDate> FindDateline(const DocContext&) { return std::nullopt; }

}  // namespace zhfacts::internal
