#include "zhfacts/record.h"

#include "zhfacts/extractor.h"

namespace zhfacts {

namespace {
constexpr const char* kTypeNames[kRecordTypeCount] = {"output_value",  "money",    "growth_rate", "percentage",
                                                      "compute_power", "quantity", "date"};
}

const char* RecordTypeName(RecordType type) { return kTypeNames[static_cast<int>(type)]; }

bool RecordTypeFromName(std::string_view name, RecordType* type) {
  for (int i = 0; i < kRecordTypeCount; ++i) {
    if (name == kTypeNames[i]) {
      *type = static_cast<RecordType>(i);
      return true;
    }
  }
  return false;
}

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kOver: return "over";
    case Qualifier::kUnder: return "under";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kRange: return "range";
    case Qualifier::kAsOf: return "as_of";
  }
  return "exact";
}

const char* DirectionName(Direction d) {
  return d == Direction::kUp ? "up" : d == Direction::kDown ? "down" : nullptr;
}

const char* BasisName(Basis b) {
  switch (b) {
    case Basis::kUnset: return nullptr;
    case Basis::kNone: return "none";
    case Basis::kYoy: return "yoy";
    case Basis::kMom: return "mom";
  }
  return nullptr;
}

const char* ReferenceDateSourceName(ReferenceDateSource source) {
  switch (source) {
    case ReferenceDateSource::kGiven: return "given";
    case ReferenceDateSource::kDateline: return "dateline";
    case ReferenceDateSource::kNone: return "none";
  }
  return "none";
}

}  // namespace zhfacts
