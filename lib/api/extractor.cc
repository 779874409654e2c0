#include "zhfacts/extractor.h"

#include <exception>

#include "extract/engine.h"

namespace zhfacts {

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  try {
    Result<std::shared_ptr<const internal::Engine>> engine = internal::Engine::Create(options);
    if (!engine.ok()) return engine.status();
    return Extractor(std::move(engine.value()));
  } catch (const std::exception& e) {  // allocation failure or a bug: never let it cross the API
    return Status(StatusCode::kInternal, e.what());
  }
}

Result<DocumentResult> Extractor::Extract(std::string_view text, const DocumentContext& context) const {
  try {
    return engine_->Extract(text, context);
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, e.what());
  }
}

const ExtractorOptions& Extractor::options() const { return engine_->options(); }

const char* Version() { return ZHFACTS_VERSION; }

}  // namespace zhfacts
