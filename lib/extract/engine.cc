#include "extract/engine.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <map>

#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// Budget for each rule's automata; RE2 fails compilation rather than exceed it.
constexpr int64_t kRuleMemory = int64_t{8} << 20;
// Rules whose RE2 program has at least this many instructions get a restriction read from their pattern
// (AutoRestrict) when they have none of their own: measured on the seed articles, 600 keeps the whole gain of
// restricting every rule (-5% instructions per pass) with half the rules.
constexpr int kAutoRestrictMinProgram = 600;
// Candidates of one chunk of sentences (and of one document) whose room the per-thread working space keeps for the
// next document.
constexpr std::size_t kKeptCandidates = 1024;
// Documents up to this size leave their working space (normalized text, sentences, candidates) to the next one.
constexpr std::size_t kKeptDocumentBytes = 1 << 20;
// Sentences are matched in chunks of about this many bytes (see ExtractCandidates).
constexpr std::size_t kChunkBytes = 32 << 10;

// The candidates one rule produced on one sentence: pool[begin, end).
struct RunSpan {
  std::uint32_t sentence;  // within the chunk
  std::size_t begin, end;
};

RE2::Options RuleOptions(int64_t max_mem) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);  // the library never logs; errors come back as Status
  o.set_max_mem(max_mem);
  return o;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Two dates that only a range's joint stands between (9月下旬至10月中旬, 12月至明年元旦期间), which no rule reads as one
// range, are one: from the first's first day to the second's last, in days.
void JoinDateSpans(std::string_view text, std::vector<Candidate>* out) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out->size(); ++i) {
    Candidate& c = (*out)[i];
    if (kept > 0) {
      Candidate& a = (*out)[kept - 1];
      const Record& ra = a.record;
      const Record& rb = c.record;
      const std::string_view gap = text.substr(a.end, c.begin >= a.end ? c.begin - a.end : 0);
      bool joint = false;
      for (std::string_view j : patterns::kRangeJoints) joint = joint || gap == j;
      if (joint && a.sentence_index == c.sentence_index && ra.type == RecordType::kDate && rb.type == RecordType::kDate &&
          ra.qualifier == Qualifier::kExact && rb.qualifier != Qualifier::kAsOf && ra.period_start.size() == 10 &&
          rb.period_end.size() == 10 && ra.period_end < rb.period_start) {
        Record& r = a.record;
        r.value = ra.period_start + "/" + rb.period_end;
        r.period_end = rb.period_end;
        r.granularity = "range";
        for (const std::string& f : rb.implied) {
          if (std::find(r.implied.begin(), r.implied.end(), f) == r.implied.end()) r.implied.push_back(f);
        }
        a.end = c.end;
        continue;
      }
    }
    if (kept != i) (*out)[kept] = std::move(c);
    ++kept;
  }
  out->resize(kept);
}

// The normalizer's options: the words a line break may cut are those of every lexicon with a word column (metric
// heads, units, qualifiers, linker words, subject suffixes …) but the look-alikes, which list what is no figure.
NormalizerOptions NormalizerFor(const ExtractorOptions& options, const Lexicons& lexicons) {
  NormalizerOptions n;
  n.traditional_to_simplified = options.traditional_to_simplified;
  for (const std::string& kind : lexicons.Kinds()) {
    if (kind == "numeral_lookalikes") continue;
    const LexiconTable& table = lexicons.Get(kind);
    int word = table.Column("word");
    if (word < 0) continue;
    for (const auto& row : table.rows) n.words.push_back(row[static_cast<std::size_t>(word)]);
  }
  for (std::string& w : DateLayoutWords()) n.words.push_back(std::move(w));
  return n;
}

}  // namespace

bool ParseIsoDate(std::string_view s, int* y, int* m, int* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t pos, std::size_t len, int* out) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (*m < 1 || *m > 12 || *d < 1) return false;
  int dim = kDays[*m - 1] + (*m == 2 && IsLeapYear(*y) ? 1 : 0);
  return *d <= dim;
}

Engine::Engine(const ExtractorOptions& options, Lexicons lexicons)
    : options_(options), lexicons_(std::move(lexicons)), normalizer_(NormalizerFor(options_, lexicons_)) {}

Engine::~Engine() = default;

Result<std::shared_ptr<const Engine>> Engine::Create(const ExtractorOptions& options) {
  Result<Lexicons> lex = Lexicons::Builtin();
  if (!lex.ok()) return lex.status();
  for (const std::string& path : options.lexicon_files) {
    Status s = lex->AddFile(path);
    if (!s.ok()) return s;
  }
  std::shared_ptr<Engine> engine(new Engine(options, std::move(lex.value())));
  Status s = engine->Compile();
  if (!s.ok()) return s;
  return std::shared_ptr<const Engine>(std::move(engine));
}

Status Engine::Compile() {
  using Adder = Status (*)(const Lexicons&, std::vector<Rule>*);
  for (Adder add : {AddMoneyRules, AddGrowthRules, AddPercentageRules, AddComputeRules, AddQuantityRules,
                    AddDateRules}) {
    Status s = add(lexicons_, &rules_);
    if (!s.ok()) return s;
  }
  std::vector<std::vector<std::string>> gates;
  std::vector<bool> numeral_free;
  for (Rule& rule : rules_) {
    auto filter = std::make_unique<re2::FilteredRE2>(1);
    int id = -1;
    if (filter->Add(rule.pattern, RuleOptions(kRuleMemory), &id) != RE2::NoError) {
      RE2 failed(rule.pattern, RuleOptions(kRuleMemory));  // FilteredRE2 keeps no error text
      return Status(StatusCode::kInvalidRule, "rule " + rule.name + ": " + failed.error());
    }
    const RE2* re = &filter->GetRE2(id);
    // A large program takes RE2's submatch engines long per match; the pattern restricted to the words of the
    // match is far smaller (restricted.h). Small programs gain nothing and would only compile variants.
    if (re->ProgramSize() >= kAutoRestrictMinProgram) AutoRestrict(&rule);
    restricted_.push_back(RestrictedMatcher::Create(rule, 1 + re->NumberOfCapturingGroups(), RuleOptions(kRuleMemory)));
    regexes_.push_back(re);
    filters_.push_back(std::move(filter));
    gates.push_back(rule.gate);
    numeral_free.push_back(!rule.needs_numeral);
  }
  linker_ = BuildLinkerWords(lexicons_);
  std::vector<re2::FilteredRE2*> filters;
  for (const auto& filter : filters_) filters.push_back(filter.get());
  Status s = prefilter_.Build(filters, gates, numeral_free);
  if (!s.ok()) return s;
  return Status::Ok();
}

void Engine::ExtractCandidates(const DocContext& doc, std::vector<Candidate>* out) const {
  out->clear();
  // Working space, kept per thread so that its capacity serves the next document too (one-sentence documents paid
  // for growing these vectors anew each time).
  struct Scratch {
    Prefilter::Scratch gate;
    RestrictedMatcher::Scratch restricted;
    std::vector<Candidate> pool;               // the candidates of the sentences of one chunk
    std::vector<std::pair<int, std::uint32_t>> runs;  // (rule, sentence) pairs the gate lets through, rule-major
    std::vector<std::pair<int, std::uint32_t>> sorted_runs;
    std::vector<std::uint32_t> next;           // counting sorts' insertion points
    std::vector<std::uint32_t> run_start;      // per rule: where its pairs start in `runs` (counting sort)
    std::vector<RunSpan> spans, sentence_spans;  // pool ranges per (rule, sentence) pair, then sentence-major
    std::vector<std::uint32_t> span_start;     // per sentence of the chunk: where its spans start
    std::vector<re2::StringPiece> pieces;
    std::vector<std::string_view> views;
    std::map<std::size_t, std::size_t> kept;  // accepted [begin, end) in the current sentence
    std::vector<std::size_t> order, accepted;  // indices into pool
  };
  static thread_local Scratch scratch;
  // References, not a structured binding: C++17 lambdas (next_match below) cannot capture those.
  Prefilter::Scratch& gate = scratch.gate;
  RestrictedMatcher::Scratch& restricted_scratch = scratch.restricted;
  std::vector<Candidate>& pool = scratch.pool;
  std::vector<re2::StringPiece>& pieces = scratch.pieces;
  std::vector<std::string_view>& views = scratch.views;
  std::map<std::size_t, std::size_t>& kept = scratch.kept;
  std::vector<std::size_t>& order = scratch.order;
  std::vector<std::size_t>& accepted = scratch.accepted;
  const std::vector<Sentence>& sentences = *doc.sentences;
  const std::size_t rule_count = rules_.size();
  // The sentences go in chunks of about kChunkBytes; within a chunk, rule by rule (each rule over every sentence the
  // gate lets it see) rather than sentence by sentence: a rule's DFA state tables and restricted variants then stay
  // in the cache from one sentence to the next instead of being evicted by the other rules in between. The chunk
  // bounds the candidates held before the overlaps are resolved. Candidates are then taken per sentence in the
  // order the sentence-by-sentence loop produced them (rules in ascending id, matches in text order), so the
  // result is the same.
  for (std::size_t chunk = 0; chunk < sentences.size();) {
    std::size_t chunk_end = chunk, bytes = 0;
    while (chunk_end < sentences.size() && (chunk_end == chunk || bytes < kChunkBytes)) {
      bytes += sentences[chunk_end].end - sentences[chunk_end].begin;
      ++chunk_end;
    }
    // Gate every sentence of the chunk; pairs bucketed by rule (counting sort keeps sentences ascending).
    std::vector<std::pair<int, std::uint32_t>>& runs = scratch.runs;
    std::vector<std::uint32_t>& run_start = scratch.run_start;
    runs.clear();
    run_start.assign(rule_count + 1, 0);
    for (std::size_t si = chunk; si < chunk_end; ++si) {
      const Sentence& s = sentences[si];
      // Normalized text is well-formed UTF-8 (the normalizer replaces ill-formed bytes with U+FFFD).
      prefilter_.Candidates(std::string_view(doc.text.data() + s.begin, s.end - s.begin), &gate, true);
      for (int id : gate.rules) {
        runs.emplace_back(id, static_cast<std::uint32_t>(si - chunk));
        ++run_start[static_cast<std::size_t>(id) + 1];
      }
    }
    if (runs.empty()) {
      chunk = chunk_end;
      continue;
    }
    for (std::size_t r = 0; r < rule_count; ++r) run_start[r + 1] += run_start[r];
    {
      std::vector<std::pair<int, std::uint32_t>>& sorted = scratch.sorted_runs;
      std::vector<std::uint32_t>& next = scratch.next;
      sorted.resize(runs.size());
      next.assign(run_start.begin(), run_start.end() - 1);
      for (const auto& run : runs) sorted[next[static_cast<std::size_t>(run.first)]++] = run;
      runs.swap(sorted);
    }
    pool.clear();
    std::vector<RunSpan>& spans = scratch.spans;
    spans.clear();
    re2::StringPiece whole(doc.text.data(), doc.text.size());
    for (const auto& run : runs) {
      const int id = run.first;
      const std::size_t si = chunk + run.second;
      const Sentence& s = sentences[si];
      const RE2& re = *regexes_[static_cast<std::size_t>(id)];
      const Rule& rule = rules_[static_cast<std::size_t>(id)];
      int ngroups = 1 + re.NumberOfCapturingGroups();
      pieces.assign(static_cast<std::size_t>(ngroups), re2::StringPiece());
      views.assign(static_cast<std::size_t>(ngroups), std::string_view());
      const RestrictedMatcher* restricted = restricted_[static_cast<std::size_t>(id)].get();
      std::size_t pos = s.begin;
      // The next match with all its groups. With a RestrictedMatcher or quick groups: the span from the full pattern
      // alone (RE2's DFAs), then the groups without RE2 (Rule::quick_groups) or from the pattern restricted to the
      // words of that span; the full pattern's submatch search only when neither applies.
      auto next_match = [&]() {
        if (!restricted && !rule.quick_groups) {
          return re.Match(whole, pos, s.end, RE2::UNANCHORED, pieces.data(), ngroups);
        }
        if (!re.Match(whole, pos, s.end, RE2::UNANCHORED, pieces.data(), 1)) return false;
        if (pieces[0].size() > 0) {
          if (rule.quick_groups && rule.quick_groups(pieces.data(), ngroups)) return true;
          if (restricted && restricted->Captures(pieces[0], pieces.data(), &restricted_scratch)) return true;
        }
        return re.Match(whole, pos, s.end, RE2::UNANCHORED, pieces.data(), ngroups);
      };
      const std::size_t first = pool.size();
      while (pos < s.end && next_match()) {
        for (int g = 0; g < ngroups; ++g) {
          views[static_cast<std::size_t>(g)] =
              pieces[static_cast<std::size_t>(g)].data()
                  ? std::string_view(pieces[static_cast<std::size_t>(g)].data(), pieces[static_cast<std::size_t>(g)].size())
                  : std::string_view();
        }
        RuleMatch m{doc.text, &s, si, views.data(), ngroups};
        std::size_t before = pool.size();
        rule.produce(m, doc, &pool);
        for (std::size_t k = before; k < pool.size(); ++k) {
          Candidate& c = pool[k];
          c.record.rule = rule.name;
          c.sentence_index = si;
          if (c.priority == 0) c.priority = rule.priority;  // Rule::priority is the default of its candidates
        }
        std::size_t match_end = m.end(0);
        if (match_end > pos && match_end > m.begin(0)) {
          pos = match_end;
        } else {  // empty match: step one character
          char32_t cp;
          std::size_t len = DecodeUtf8(doc.text, pos, &cp);
          pos += len ? len : 1;
        }
      }
      if (pool.size() > first) spans.push_back(RunSpan{run.second, first, pool.size()});
    }
    // The spans by sentence (stable: rules stay in ascending id within a sentence).
    std::vector<std::uint32_t>& span_start = scratch.span_start;
    span_start.assign(chunk_end - chunk + 1, 0);
    for (const RunSpan& sp : spans) ++span_start[sp.sentence + 1];
    for (std::size_t k = 0; k + 1 < span_start.size(); ++k) span_start[k + 1] += span_start[k];
    std::vector<RunSpan>& by_sentence = scratch.sentence_spans;
    by_sentence.resize(spans.size());
    {
      std::vector<std::uint32_t>& next = scratch.next;
      next.assign(span_start.begin(), span_start.end() - 1);
      for (const RunSpan& sp : spans) by_sentence[next[sp.sentence]++] = sp;
    }
    // Room for every candidate of the chunk at once (a Candidate is large; growing one at a time moved them all).
    if (out->capacity() < out->size() + pool.size()) {
      out->reserve(std::max(2 * out->capacity(), out->size() + pool.size()));
    }
    for (std::size_t si = chunk; si < chunk_end; ++si) {
      const Sentence& s = sentences[si];
      const std::size_t local = si - chunk;
      order.clear();
      for (std::uint32_t k = span_start[local]; k < span_start[local + 1]; ++k) {
        for (std::size_t c = by_sentence[k].begin; c < by_sentence[k].end; ++c) order.push_back(c);
      }
      if (order.empty()) continue;
      // Overlaps: higher priority wins, then the longer span, then the earlier one. Candidates are sorted and
      // selected by index (a Candidate carries a Record of a dozen strings; moving them while sorting was visible).
      std::stable_sort(order.begin(), order.end(), [&pool](std::size_t x, std::size_t y) {
        const Candidate& a = pool[x];
        const Candidate& b = pool[y];
        if (a.priority != b.priority) return a.priority > b.priority;
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        return a.begin < b.begin;
      });
      // Accepted spans are disjoint, so an ordered map from begin to end finds a clash in O(log n): only the
      // nearest accepted span starting at or before c.begin, and the first starting after it, can overlap c.
      kept.clear();
      accepted.clear();
      for (std::size_t k : order) {
        const Candidate& c = pool[k];
        if (c.end <= c.begin || c.begin < s.begin || c.end > s.end) continue;
        auto next = kept.upper_bound(c.begin);
        if (next != kept.end() && next->first < c.end) continue;
        if (next != kept.begin() && std::prev(next)->second > c.begin) continue;
        kept.emplace(c.begin, c.end);
        accepted.push_back(k);
      }
      // In text order (accepted spans are disjoint and not empty: their begins differ).
      std::sort(accepted.begin(), accepted.end(), [&pool](std::size_t x, std::size_t y) {
        const Candidate& a = pool[x];
        const Candidate& b = pool[y];
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
      });
      for (std::size_t k : accepted) out->push_back(std::move(pool[k]));
    }
    chunk = chunk_end;
  }
  JoinDateSpans(doc.text, out);
  for (std::size_t i = 0; i < out->size(); ++i) (*out)[i].id = static_cast<std::int64_t>(i);
  // A chunk with thousands of figures (a table flattened into one line) leaves no lasting footprint per thread.
  if (pool.capacity() > kKeptCandidates) std::vector<Candidate>().swap(pool);
  DocContext linked = doc;
  if (!linked.linker) linked.linker = linker_.get();
  LinkRecords(linked, out);
}

Result<DocumentResult> Engine::Extract(std::string_view text, const DocumentContext& context) const {
  if (text.size() > options_.max_document_bytes || text.size() >= (std::size_t{1} << 32)) {
    return Status(StatusCode::kDocTooLarge, "document is " + std::to_string(text.size()) +
                                                " bytes, the limit is " +
                                                std::to_string(options_.max_document_bytes));
  }
  DocumentResult result;
  result.id = context.id;
  int ry = 0, rm = 0, rd = 0;
  bool given = false;
  if (!context.reference_date.empty()) {
    if (!ParseIsoDate(context.reference_date, &ry, &rm, &rd)) {
      return Status(StatusCode::kInvalidArgument,
                    "reference date '" + RepairUtf8(context.reference_date) + "' is not a valid YYYY-MM-DD date");
    }
    given = true;
  }

  // Working space kept per thread across documents (one-sentence documents paid for allocating it each time), and
  // let go after a document above kKeptDocumentBytes or with more than kKeptCandidates candidates, so that a large
  // one leaves no lasting footprint.
  struct DocScratch {
    NormalizedText norm;
    std::vector<Sentence> sentences;
    std::vector<Candidate> candidates;
    std::vector<std::int64_t> new_index;
  };
  static thread_local DocScratch scratch;
  struct Release {
    std::size_t size;
    ~Release() {
      if (size > kKeptDocumentBytes || scratch.candidates.capacity() > kKeptCandidates) scratch = DocScratch();
    }
  } release{text.size()};
  NormalizedText& norm = scratch.norm;
  std::vector<Sentence>& sentences = scratch.sentences;
  std::vector<Candidate>& candidates = scratch.candidates;
  std::vector<std::int64_t>& new_index = scratch.new_index;
  normalizer_.Normalize(text, &norm);
  result.invalid_utf8 = norm.invalid_utf8;
  SplitSentences(norm.text, &sentences);

  DocContext doc;
  doc.text = norm.text;
  doc.joins = &norm.joins;
  doc.wraps = &norm.wraps;
  doc.sentences = &sentences;
  doc.lexicons = &lexicons_;
  if (given) {
    doc.has_reference_date = true;
    doc.ref_year = ry, doc.ref_month = rm, doc.ref_day = rd;
    result.reference_date_source = ReferenceDateSource::kGiven;
  } else if (std::optional<CivilDate> dl = FindDateline(doc)) {
    doc.has_reference_date = true;
    doc.ref_year = dl->year, doc.ref_month = dl->month, doc.ref_day = dl->day;
    result.reference_date_source = ReferenceDateSource::kDateline;
  }
  if (doc.has_reference_date) {
    if (doc.ref_year >= 0 && doc.ref_year <= 9999 && doc.ref_month >= 1 && doc.ref_month <= 12 &&
        doc.ref_day >= 1 && doc.ref_day <= 31) {
      // "%04d-%02d-%02d" by hand: snprintf was a visible share of the work for one-sentence documents.
      char buf[10];
      auto put = [&buf](int pos, int width, int v) {
        for (int k = width - 1; k >= 0; --k, v /= 10) buf[pos + k] = static_cast<char>('0' + v % 10);
      };
      put(0, 4, doc.ref_year);
      buf[4] = '-';
      put(5, 2, doc.ref_month);
      buf[7] = '-';
      put(8, 2, doc.ref_day);
      result.reference_date.assign(buf, sizeof buf);
    } else {
      char buf[16];  // as before: a year beyond 4 digits is cut the same way
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", doc.ref_year, doc.ref_month, doc.ref_day);
      result.reference_date = buf;
    }
  }

  ExtractCandidates(doc, &candidates);

  // Candidates are in normalized order, which the map keeps. Map back to the original, count code points incrementally (candidates are in text order), drop what the
  // caller did not ask for, and renumber the qualifies links.
  new_index.assign(candidates.size(), -1);
  std::size_t cp_pos = 0, cp_count = 0;  // code points in text[0, cp_pos)
  // Valid input (nothing replaced by the normalizer): code points are the bytes that start one.
  auto count = [valid = norm.invalid_utf8 == 0](std::string_view s) {
    return valid ? CountCodePointsValid(s) : CountCodePoints(s);
  };
  result.records.reserve(candidates.size());
  for (Candidate& c : candidates) {
    auto [ob, oe] = norm.map.ToOriginal(c.begin, c.end);
    if (oe <= ob) continue;
    std::string_view slice = text.substr(ob, oe - ob);
    // A figure never spans damaged input: neither raw ill-formed bytes nor a U+FFFD already in the text.
    // (Comparing sizes after repair would miss a 3-byte ill-formed subpart, whose U+FFFD is 3 bytes too.)
    if (!IsValidUtf8(slice) || slice.find("\xEF\xBF\xBD") != std::string_view::npos) {
      continue;  // never report a figure that spans damaged input
    }
    if (!(options_.types & (1u << static_cast<unsigned>(c.record.type)))) continue;
    // Impossible dates (2023年2月30日) win their span so that no part of them is reported, then go unless asked for.
    if (c.record.status == "invalid" && !options_.invalid_dates) continue;
    // The base of a comparison (比去年同期增长) has done its work: it hid its span and gave no period.
    if (c.record.type == RecordType::kDate && IsComparisonBase(norm.text, c.begin, c.end)) continue;
    if (ob < cp_pos) {  // overlapping original spans are possible after mapping: recount from the start
      cp_pos = 0;
      cp_count = 0;
    }
    cp_count += count(text.substr(cp_pos, ob - cp_pos));
    cp_pos = ob;
    Record& r = c.record;
    r.text.assign(slice);
    r.byte_span = {ob, oe};
    r.span = {cp_count, cp_count + count(slice)};
    if (context.explain) {
      const Sentence& s = sentences[c.sentence_index];
      r.sentence.assign(norm.text, s.begin, s.end - s.begin);
    }
    new_index[static_cast<std::size_t>(c.id)] = static_cast<std::int64_t>(result.records.size());
    r.qualifies = c.qualifies_id;  // old id for now
    result.records.push_back(std::move(r));
  }
  for (Record& r : result.records) {
    if (r.qualifies >= 0) r.qualifies = new_index[static_cast<std::size_t>(r.qualifies)];
  }
  return result;
}

}  // namespace zhfacts::internal
