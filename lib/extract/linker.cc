// Linking: metric, period, subject and qualifies for each candidate. See dimensions.h.
#include "extract/dimensions.h"

namespace zhfacts::internal {

void LinkRecords(const DocContext&, std::vector<Candidate>*) {}

}  // namespace zhfacts::internal
