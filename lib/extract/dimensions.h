// The rule lists of every dimension, one file each, and the post-passes that link records together.
#ifndef ZHFACTS_LIB_EXTRACT_DIMENSIONS_H_
#define ZHFACTS_LIB_EXTRACT_DIMENSIONS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rule.h"
#include "lexicon/lexicon.h"
#include "zhfacts/status.h"

namespace zhfacts::internal {

// Each appends its rules. Fails (kInvalidLexicon, with the row's file:line) if a lexicon row it relies on is bad.
Status AddMoneyRules(const Lexicons& lex, std::vector<Rule>* rules);       // money.cc: money + output_value
Status AddGrowthRules(const Lexicons& lex, std::vector<Rule>* rules);      // growth.cc
Status AddPercentageRules(const Lexicons& lex, std::vector<Rule>* rules);  // percentage.cc
Status AddComputeRules(const Lexicons& lex, std::vector<Rule>* rules);     // compute.cc
Status AddQuantityRules(const Lexicons& lex, std::vector<Rule>* rules);    // quantity.cc
Status AddDateRules(const Lexicons& lex, std::vector<Rule>* rules);        // date.cc

// A dateline or publication line near the top of the document (本报北京3月4日电, 发布时间:2024-11-22 10:56:48,
// a leading "2025-03-27 08:22 来源:…"): its date, to use as the reference date when the caller gave none.
struct CivilDate {
  int year = 0, month = 0, day = 0;
};
std::optional<CivilDate> FindDateline(const DocContext& doc);  // date.cc

// The document's title: its first line, when a line break ends it and it holds no 。 or ，, up to a bracket
// (2025年全市国民经济和社会发展统计公报（2026年3月18日）: the bracket dates the publication), when that is at most
// 160 bytes; empty if none. The one year it names is the year in context of the paragraphs that name
// none: for partial dates (date.cc) when written in Arabic digits (2025年, not 今年), for 全年 (linker.cc) in any form.
std::string_view DocumentTitle(std::string_view text);  // date.cc

// A relative date that is the base of a comparison (比去年同期增长, 较年初下降, 与去年相比): no date of the text
// (comparison bases are not dates), linked as such (it gives no figure its period) and then left out of the output.
// [begin, end) is the date's span in the normalized `text`.
bool IsComparisonBase(std::string_view text, std::size_t begin, std::size_t end);  // date.cc

// Whether a forecast or plan word stands right before `at` (预计2026年, 计划2027年, 将于2026年, 力争2027年): a title's
// forecast names no year the text is about.
bool ForecastBefore(std::string_view text, std::size_t at);  // date.cc

// Whether a title states a plan or an expectation (2027年全省地区生产总值预期增长5%左右): its year after the reference
// date's is no year the text is about.
bool PlanTitle(std::string_view title);  // date.cc

// The basis named in the 30 bytes before a verb of change at `verb` (同比增长, 比上年分别提高, 较上月增加): yoy, mom or
// none.
Basis BasisBefore(std::string_view text, std::size_t verb);  // growth.cc

// Words of the date rules that are in no lexicon (国庆假期's 假期): the normalizer keeps them whole across a line break.
std::vector<std::string> DateLayoutWords();  // date.cc

// After overlaps are resolved: fills metric, metric_class, period and subject, sets qualifies_id on growth rates and
// shares, and retypes money as output_value when its metric is in the 产值 family. `candidates` is in text order.
void LinkRecords(const DocContext& doc, std::vector<Candidate>* candidates);  // linker.cc

// The linker's word tables, built from the lexicons once per Engine (DocContext::linker); LinkRecords builds them
// itself when the context has none (tests).
struct LinkerWords;
std::shared_ptr<const LinkerWords> BuildLinkerWords(const Lexicons& lex);  // linker.cc

}  // namespace zhfacts::internal

#endif  // ZHFACTS_LIB_EXTRACT_DIMENSIONS_H_
