// zhfacts/record.h — the typed, source-linked facts that zhfacts extracts.
//
// One Record is one figure found in a document: "规上工业总产值253.63亿元" gives
//
//   type=kOutputValue text="253.63亿元" value="25363000000" unit="CNY" metric="规上工业总产值"
//   span={start, end} (code points into the ORIGINAL text), byte_span (UTF-8 bytes), rule="money.amount"
//
// Offsets are half-open [start, end) and always index the original input, never the normalized text, so
//   original.substr(byte_span.start, byte_span.end - byte_span.start) == text
// holds for every record, however damaged the input (OCR line breaks, full-width digits, stray spaces).
// Invalid UTF-8 never lies inside a record's span; for code-point offsets each maximal ill-formed subpart counts as
// one code point, exactly as its U+FFFD replacement does.
//
// String fields use the empty string for "not applicable" (serialized as JSON null).
#ifndef ZHFACTS_RECORD_H_
#define ZHFACTS_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zhfacts {

enum class RecordType {
  kOutputValue,   // "output_value": the 产值 family — 产值, 总产值, 工业总产值, 增加值, 生产总值/GDP
  kMoney,         // "money": other money amounts — 投资, 营收, 销售额, 融资 …
  kGrowthRate,    // "growth_rate": 同比增长2.08%, 下降3%, 提高1.2个百分点, 翻番
  kPercentage,    // "percentage": shares and rates that are not growth — 占比64.48%, 七成
  kComputePower,  // "compute_power": 808P, 300PFLOPS, E级算力 (unit PFLOPS), 32TOPS (unit TOPS)
  kQuantity,      // "quantity": any other figure with a measure word or unit — 742家, 370亩, 2GW
  kDate,          // "date": 2024年3月4日, 去年9月, 上半年, 2023—2025年, 十四五
};
inline constexpr int kRecordTypeCount = 7;

enum class Qualifier {
  kExact,    // "exact"
  kApprox,   // "approx":   约, 左右, 大约, 上下, 近, 将近
  kOver,     // "over":     超, 超过, 逾, 以上, 多, 余, 突破, 高于
  kUnder,    // "under":    不到, 不足, 以下, 低于
  kAtLeast,  // "at_least": 不少于, 不低于, 至少
  kAtMost,   // "at_most":  不超过, 最多, 至多; dates: 到2027年
  kRange,    // "range":    5%—15% (value_min/value_max are set)
  kAsOf,     // "as_of":    截至2023年底 (dates)
};

enum class Direction { kUnset, kUp, kDown };                // "up" | "down" | null
enum class Basis { kUnset, kNone, kYoy, kMom };             // null | "none" | "yoy" | "mom"

// Half-open [start, end).
struct Span {
  std::uint64_t start = 0;
  std::uint64_t end = 0;
};

struct Record {
  RecordType type = RecordType::kQuantity;
  std::string text;        // the figure's surface text, sliced from the original input
  Span span;               // code points into the original input
  Span byte_span;          // UTF-8 bytes into the original input

  // Numeric records: an exact decimal in plain notation ("25363000000", "2.08"), never exponent notation.
  // Dates: ISO 8601 at the stated granularity ("2024-03-22", "2023-11", "2024-Q1", "2024-H1", "2023/2025").
  std::string value;
  std::string unit;        // CNY, USD, percent, percentage_point, permille, PFLOPS, TOPS; quantities: as written (家, 亩)
  std::string value_min;   // ranges (qualifier kRange): both ends, in the same unit as value
  std::string value_max;
  Qualifier qualifier = Qualifier::kExact;

  std::string metric;        // the noun phrase measured: 规上工业总产值, 固定资产投资
  std::string metric_class;  // from the metric lexicon: output_value, value_added, gdp, revenue, investment, …
  std::string period;        // what the figure belongs to: "2023", "2024-H1", "2024-01/2024-09"
  std::string subject;       // the region, park or organization: 江山经济开发区
  Direction direction = Direction::kUnset;  // growth rates
  Basis basis = Basis::kUnset;              // growth rates
  std::string granularity;   // dates: day|month|year|quarter|half|range|datetime
  std::string rule;          // name of the rule that produced the record: "money.amount"

  // Quantities (and compute power): the value converted to a base unit, when the unit has one (亩 → m2).
  std::string value_canonical;
  std::string unit_canonical;  // km2, m2, kWh, GW, kg, t, …
  std::string precision;       // compute power: FP16, FP32, INT8 … when stated

  // Dates: which fields came from context rather than the text ("year", "month").
  std::vector<std::string> implied;
  std::string period_start;  // dates: first day of the denoted period, "2024-01-01" (empty if unbounded)
  std::string period_end;    // dates: last day of the denoted period, "2024-06-30"

  // Growth rates and shares: index (into the document's records) of the figure they qualify; -1 if none.
  std::int64_t qualifies = -1;

  // "ok", or "overflow" when the number is beyond double range (value keeps the exact decimal text), or
  // "invalid" for dates that do not exist (2023年2月30日) when such records are requested.
  std::string status = "ok";

  // Filled only when DocumentContext::explain is set: the normalized sentence the record came from.
  std::string sentence;
};

// "output_value", "money", … ; RecordTypeFromName returns false for an unknown name.
const char* RecordTypeName(RecordType type);
bool RecordTypeFromName(std::string_view name, RecordType* type);
const char* QualifierName(Qualifier q);
const char* DirectionName(Direction d);  // nullptr for kUnset
const char* BasisName(Basis b);          // nullptr for kUnset

}  // namespace zhfacts

#endif  // ZHFACTS_RECORD_H_
