// Engine: the compiled pipeline behind zhfacts::Extractor. normalize → segment → prefilter (literal atoms) → rules →
// overlap resolution → linking → map spans back to the original. Immutable after Create(); Extract() is const and
// thread-safe (RE2 objects are safe for concurrent matching).
#ifndef ZHFACTS_LIB_EXTRACT_ENGINE_H_
#define ZHFACTS_LIB_EXTRACT_ENGINE_H_

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <memory>
#include <string_view>
#include <vector>

#include "extract/dimensions.h"
#include "extract/prefilter.h"
#include "extract/restricted.h"
#include "extract/rule.h"
#include "lexicon/lexicon.h"
#include "normalize/normalizer.h"
#include "zhfacts/extractor.h"


namespace zhfacts::internal {

class Engine {
 public:
  static Result<std::shared_ptr<const Engine>> Create(const ExtractorOptions& options);
  ~Engine();

  Result<DocumentResult> Extract(std::string_view text, const DocumentContext& context) const;

  // The stages, exposed for the benchmark and the tests.
  const Normalizer& normalizer() const { return normalizer_; }
  // Runs the rules over an already normalized text; candidates come back resolved, linked and in text order.
  void ExtractCandidates(const DocContext& doc, std::vector<Candidate>* out) const;
  const std::vector<Rule>& rules() const { return rules_; }
  const Prefilter& prefilter() const { return prefilter_; }
  const ExtractorOptions& options() const { return options_; }
  const Lexicons& lexicons() const { return lexicons_; }

 private:
  Engine(const ExtractorOptions& options, Lexicons lexicons);
  Status Compile();

  ExtractorOptions options_;
  Lexicons lexicons_;
  Normalizer normalizer_;
  std::vector<Rule> rules_;
  // Each rule's pattern, parsed and compiled once: a FilteredRE2 of that pattern alone owns the RE2 the engine
  // matches with, and the prefilter reads the rule's atoms from it.
  std::vector<std::unique_ptr<re2::FilteredRE2>> filters_;  // parallel to rules_
  std::vector<const re2::RE2*> regexes_;                    // parallel to rules_: filters_[i]->GetRE2(0)
  std::vector<std::unique_ptr<RestrictedMatcher>> restricted_;  // parallel to rules_; null for most rules
  Prefilter prefilter_;  // which rules can match a sentence
  std::shared_ptr<const LinkerWords> linker_;
};

// Parses "YYYY-MM-DD" into a valid civil date; false otherwise.
bool ParseIsoDate(std::string_view s, int* y, int* m, int* d);

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_ENGINE_H_
