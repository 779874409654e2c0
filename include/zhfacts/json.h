// zhfacts/json.h — records as nlohmann::json objects, for callers who want a DOM.
//
// The only public header that exposes a third-party type. The hot path (the CLI, serialize.h) streams instead;
// both produce the same bytes.
#ifndef ZHFACTS_JSON_H_
#define ZHFACTS_JSON_H_

#include <nlohmann/json.hpp>

#include "zhfacts/extractor.h"
#include "zhfacts/record.h"

namespace zhfacts {

// A record as an ordered JSON object (keys in the contract's order; numbers as JSON numbers; strings with invalid
// UTF-8 repaired). With doc_id non-null, "doc_id" comes first.
nlohmann::ordered_json ToJson(const Record& record, const std::string* doc_id = nullptr);

}  // namespace zhfacts

#endif  // ZHFACTS_JSON_H_
