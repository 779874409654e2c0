// Compute power: 808P, 1.9万P, 300PFLOPS, 2EFLOPS, 120TFLOPS@FP16 → unit PFLOPS (floating point); 32TOPS, 2POPS →
// unit TOPS (integer operations); E级算力 → about 1000 PFLOPS; 每秒12.5亿亿次 → 125 PFLOPS. Units and factors come
// from compute_units.tsv. Definitions (P指每秒千万亿次浮点运算, 1P=1000T) are not figures, and a bare P counts
// only where the sentence talks about compute. GPU counts (万卡) are quantities (quantity.cc).
#include <re2/re2.h>

#include <memory>
#include <string>
#include <utility>

#include "extract/dimensions.h"
#include "extract/figures.h"
#include "extract/measure.h"
#include "extract/patterns.h"
#include "normalize/utf8.h"
#include "number/number_parser.h"

namespace zhfacts::internal {

namespace {

constexpr int kComputePriority = 15;

struct ComputeUnit {
  std::string word;  // upper case
  bool ops;          // integer operations (TOPS) rather than floating point (PFLOPS)
  std::string factor;
  std::vector<std::string> context;
};

struct ComputeIndex {
  std::vector<ComputeUnit> units;
  const ComputeUnit* Find(std::string_view word) const {
    std::string upper(word);
    ToAsciiUpper(&upper);
    for (const ComputeUnit& u : units) {
      if (u.word == upper) return &u;
    }
    return nullptr;
  }
};

Status LoadComputeUnits(const LexiconTable& t, ComputeIndex* index) {
  int word = t.Column("word"), family = t.Column("family"), factor = t.Column("factor_to_base"),
      context = t.Column("context");
  if (word < 0 || family < 0 || factor < 0 || context < 0) {
    return Status(StatusCode::kInvalidLexicon,
                  "compute_units.tsv: expected columns word, family, factor_to_base, context");
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    ComputeUnit u{row[static_cast<std::size_t>(word)], row[static_cast<std::size_t>(family)] == "ops",
                  row[static_cast<std::size_t>(factor)],
                  measure::SplitBars(row[static_cast<std::size_t>(context)])};
    const std::string& fam = row[static_cast<std::size_t>(family)];
    if (fam != "ops" && fam != "flops") {
      return Status(StatusCode::kInvalidLexicon, t.sources[r] + ": family must be flops or ops, not '" + fam + "'");
    }
    if (!measure::ValidFactor(u.factor)) {
      return Status(StatusCode::kInvalidLexicon, t.sources[r] + ": bad factor_to_base '" + u.factor + "'");
    }
    ToAsciiUpper(&u.word);
    index->units.push_back(std::move(u));
  }
  return Status::Ok();
}

// Precision words, a closed grammar: FP16/FP32/FP64/FP8/BF16/TF32/INT8/INT4 and their Chinese names.
constexpr const char kPrecisionPattern[] = "(?i:FP64|FP32|FP16|FP8|BF16|TF32|INT8|INT4)|双精度|单精度|半精度";

std::string CanonicalPrecision(std::string_view p) {
  if (p == "双精度") return "FP64";
  if (p == "单精度") return "FP32";
  if (p == "半精度") return "FP16";
  std::string up(p);
  ToAsciiUpper(&up);
  return up;
}

// The precision stated in the same clause as the figure [begin, end): the first after it, else the last before it.
std::string ClausePrecision(const RuleMatch& m, std::size_t begin, std::size_t end) {
  static const RE2* const kPrecision = [] {
    RE2::Options o;
    o.set_log_errors(false);
    return new RE2(std::string("(") + kPrecisionPattern + ")", o);
  }();
  static const std::vector<std::string> kClauseEnds = {"，", ",", "；", ";", "。", "、", "：", "（", "）", "(", ")"};
  std::size_t cb = begin, ce = end;
  while (cb > m.sentence->begin) {
    std::size_t p = cb - 1;
    while (p > m.sentence->begin && (static_cast<unsigned char>(m.text[p]) & 0xC0) == 0x80) --p;
    if (measure::StartsWithAny(m.text, p, kClauseEnds)) break;
    cb = p;
  }
  while (ce < m.sentence->end && !measure::StartsWithAny(m.text, ce, kClauseEnds)) ++ce;
  re2::StringPiece after(m.text.data() + end, ce - end), before(m.text.data() + cb, begin - cb), hit;
  if (RE2::PartialMatch(after, *kPrecision, &hit)) return CanonicalPrecision(std::string_view(hit.data(), hit.size()));
  std::string last;
  while (RE2::FindAndConsume(&before, *kPrecision, &hit)) {
    last = CanonicalPrecision(std::string_view(hit.data(), hit.size()));
  }
  return last;
}

void SetValue(Record* r, const Decimal& v, bool ops) {
  r->value = v.ToString();
  r->unit = ops ? "TOPS" : "PFLOPS";
  r->value_canonical = r->value;
  r->unit_canonical = r->unit;
}

}  // namespace

Status AddComputeRules(const Lexicons& lex, std::vector<Rule>* rules) {
  auto index = std::make_shared<ComputeIndex>();
  Status s = LoadComputeUnits(lex.Get("compute_units"), index.get());
  if (!s.ok()) return s;
  Result<std::shared_ptr<const QualifierWords>> loaded = LoadQualifierWords(lex);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<const QualifierWords> qw = loaded.value();
  std::vector<std::string> words;
  for (const ComputeUnit& u : index->units) words.push_back(u.word);
  const std::string unit = "(?i:" + patterns::Alternation(words) + ")";
  const std::string pre = patterns::Alternation(qw->measure_prefixes);
  const std::string suf = patterns::Alternation(qw->measure_suffixes);

  // Groups: 1 prefix qualifier, 2 number, 3 range's first unit, 4 range's second number, 5 余/多, 6 unit, 7 级,
  // 8 precision after the unit (@FP16, (INT8)), 9 suffix qualifier.
  const std::string figure = "(" + pre + ")? ?(" + patterns::kNumber + ")(?:(" + unit + ")? ?" + patterns::kRangeJoin +
                             " ?(" + patterns::kNumber + "))?(余|多)? ?(" + unit + ")(级)?(?: ?[@(（] ?(" +
                             kPrecisionPattern + ")[)）]?)?(" + suf + ")?";
  Production produce_figure = [index, qw](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (measure::BadLeftContext(m, m.begin(2))) return;
    const bool prefix = m.matched(1) && !measure::PrefixInWord(m, m.begin(1), m.group(1));
    const ComputeUnit* u = index->Find(m.group(6));
    if (!u) return;
    if (measure::AsciiWordContinues(m, m.end(6))) return;  // 5PB is data, P2 a parking lot
    if (!u->context.empty()) {
      bool next_is_compute = measure::StartsWithAny(m.text, m.end(0), {"算力", "智算", "超算"});
      if (!next_is_compute && !measure::NearbyHasAny(m, doc, u->context)) return;
      // 1080P, 720P: video resolutions even in a sentence about compute.
      if (measure::SentenceHasAny(m, {"分辨率", "高清", "视频", "像素", "画质"}) && !next_is_compute) return;
    }
    if (m.matched(3) && index->Find(m.group(3)) != u) return;
    if (measure::IsDefinition(m, m.begin(0), m.end(0), !m.matched(4) && m.group(2) == "1")) return;
    auto parse = [](std::string_view text, Decimal* v) {
      ParsedNumber n = ParseNumber(text);
      if (!n.ok()) return false;
      *v = n.value;
      return true;
    };
    Candidate c;
    Record& r = c.record;
    r.type = RecordType::kComputePower;
    const bool range = m.matched(4);
    Decimal value, lo, hi;
    if (range) {
      if (!parse(m.group(2), &lo) || !parse(m.group(4), &hi) || hi.Compare(lo) <= 0) return;
      if (!measure::Scale(lo, u->factor, &lo) || !measure::Scale(hi, u->factor, &hi)) return;
      r.value_min = lo.ToString();
      r.value_max = hi.ToString();
      r.unit = u->ops ? "TOPS" : "PFLOPS";
      r.unit_canonical = r.unit;
      r.qualifier = Qualifier::kRange;
    } else {
      if (!parse(m.group(2), &value) || !measure::Scale(value, u->factor, &value)) return;
      SetValue(&r, value, u->ops);
      Qualifier q = Qualifier::kExact;
      if (prefix) q = qw->Any(m.group(1));
      if (m.matched(5)) q = qw->Any(m.group(5));
      if (m.matched(9)) q = qw->Any(m.group(9));
      if (m.matched(7) && q == Qualifier::kExact) q = Qualifier::kApprox;  // 百P级: a scale, about 100 P
      r.qualifier = q;
    }
    r.precision = m.matched(8) ? CanonicalPrecision(m.group(8)) : ClausePrecision(m, m.begin(0), m.end(0));
    c.begin = prefix ? m.begin(0) : m.begin(2);
    c.end = m.end(0);
    c.priority = kComputePriority;
    out->push_back(std::move(c));
  };

  // E级算力, E级超算: exascale, about 1000 PFLOPS.
  Production produce_exascale = [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (measure::BadLeftContext(m, m.begin(0))) return;
    if (measure::IsDefinition(m, m.begin(0), m.end(1), false)) return;
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kComputePower;
    SetValue(&c.record, Decimal::FromInt(1000), false);
    c.record.qualifier = Qualifier::kApprox;
    c.begin = m.begin(1);
    c.end = m.end(1);
    c.priority = kComputePriority;
  };

  // 每秒12.5亿亿次(浮点运算): operations per second written out; 10^15 per second is 1 PFLOPS.
  Production produce_per_second = [qw](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (measure::IsDefinition(m, m.begin(0), m.end(0), false)) return;
    ParsedNumber n = ParseNumber(m.group(3));
    if (!n.ok()) return;
    Decimal v = n.value;
    v.MulPow10(-15);
    if (v.Compare(Decimal::FromInt(1)) < 0) return;  // below 1 PFLOPS written this way: not a machine's figure
    Candidate& c = out->emplace_back();
    c.record.type = RecordType::kComputePower;
    SetValue(&c.record, v, false);
    c.record.qualifier = m.matched(1) ? qw->Any(m.group(1)) : Qualifier::kExact;
    c.record.precision = m.matched(4) ? CanonicalPrecision(m.group(4)) : "";
    c.begin = m.begin(0);
    c.end = m.end(0);
    c.priority = kComputePriority;
  };

  rules->push_back({"compute.figure", RecordType::kComputePower, figure, produce_figure, kComputePriority});
  rules->push_back({"compute.exascale", RecordType::kComputePower, "(E级)(?:算力|超算|超级计算|计算|智算)",
                    produce_exascale, kComputePriority});
  rules->push_back({"compute.per_second", RecordType::kComputePower,
                    "(" + pre + ")?(每秒钟?)(" + patterns::kNumber + ")次(?:(双精度|单精度|半精度)?浮点)?(?:运算|计算)?",
                    produce_per_second, kComputePriority});
  return Status::Ok();
}

}  // namespace zhfacts::internal
