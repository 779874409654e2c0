#include "pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "io/jsonl_reader.h"
#include "io/line_reader.h"
#include "normalize/utf8.h"
#include "serialize/json_writer.h"
#include "zhfacts/serialize.h"

namespace zhfacts::cli {

namespace {

// A batch's output can be 30x its input on figure-dense text (every record is ~700 bytes of JSON), and completed
// batches wait for their turn in input order: small batches keep peak memory flat (measured: 1 MiB batches
// reached 97 MiB RSS on a dense 1 GiB stream; 128 KiB batches stay near the library's own 20 MiB).
constexpr std::size_t kBatchDocs = 64;
constexpr std::size_t kBatchBytes = std::size_t{128} << 10;
constexpr std::size_t kInflightPerThread = 4;

bool ColorStderr() {
  static const bool color = [] {
    const char* term = std::getenv("TERM");
    return ::isatty(2) && !std::getenv("NO_COLOR") && !(term && std::strcmp(term, "dumb") == 0);
  }();
  return color;
}

// CSV: every text cell quoted; TSV: quotes only where needed, as tab-splitting tools expect.
CsvOptions CsvFor(const CliOptions& o) {
  CsvOptions csv;
  bool tsv = o.format == OutputFormat::kTsv;
  csv.delimiter = tsv ? '\t' : ',';
  csv.quote_text = !tsv;
  csv.formula_protection = o.formula_protection;
  return csv;
}

// One input document, or one input line, before extraction.
struct Item {
  const std::string* file = nullptr;
  std::uint64_t line = 0;  // JSONL: 1-based line number; text input: 0
  std::string data;        // the JSONL line or the text document
  Status pre;              // an error found while reading: io_error, doc_too_large
};

struct Batch {
  std::uint64_t seq = 0;
  std::vector<Item> items;
  std::size_t bytes = 0;  // input bytes
  std::string out;        // formatted output
  std::string diag;       // diagnostics for stderr, in input order
  std::uint64_t docs = 0, errors = 0;
  bool flush = false;     // the input had nothing more buffered: write the output through now
};

// Extraction and formatting of one batch; shared, const, by all workers.
class Processor {
 public:
  Processor(const CliOptions& o, const Extractor& ex) : o_(o), ex_(ex) {
    csv_ = CsvFor(o);
  }

  void Process(Batch* b) const {
    // JSONL of news runs at about the input's size: few regrowths (at most 1 MiB ahead: a batch may be one large
    // document).
    b->out.reserve(std::min<std::size_t>(b->bytes + b->bytes / 2, std::size_t{1} << 20));
    for (Item& item : b->items) ProcessItem(item, b);
    b->items.clear();
    b->items.shrink_to_fit();
  }

 private:
  void ProcessItem(const Item& item, Batch* b) const {
    std::vector<ErrorEntry> errors;
    DocumentResult doc;
    std::string id, id_json = "null";
    std::string_view text;
    std::string date;
    auto fail = [&](const Status& s) {
      errors.push_back({StatusCodeName(s.code()), s.message(), *item.file, item.line});
    };
    internal::JsonlDocument jd;
    bool extract = false;
    if (o_.input_format == InputFormat::kText) {
      id = *item.file;
      id_json.clear();
      internal::AppendJsonString(id, &id_json);
    }
    if (!item.pre.ok()) {
      fail(item.pre);
    } else if (o_.input_format == InputFormat::kJsonl) {
      Status s = internal::ParseJsonlLine(item.data, &jd);
      id = jd.id;
      id_json = jd.id_json;
      if (s.ok()) {
        text = jd.text;
        date = jd.date;
        extract = true;
      } else {
        fail(s);
      }
    } else {
      text = item.data;
      extract = true;
    }
    if (extract) {
      DocumentContext ctx;
      ctx.id = id;
      ctx.reference_date = date.empty() ? o_.reference_date : date;
      ctx.explain = o_.explain;
      Result<DocumentResult> r = ex_.Extract(text, ctx);
      if (r.ok()) {
        doc = std::move(r.value());
      } else if (r.status().code() == StatusCode::kInvalidArgument) {
        fail(Status(StatusCode::kInvalidField, "\"date\": " + r.status().message()));
      } else {
        fail(r.status());
      }
    }
    ++b->docs;
    b->errors += errors.size();
    Format(doc, id, id_json, errors, b);
    if (o_.format != OutputFormat::kJsonl) {
      for (const ErrorEntry& e : errors) {
        std::string where = e.file;
        if (e.line) where += ":" + std::to_string(e.line);
        b->diag += "zhfacts: " + where + ": " + e.code + ": " + e.message + "\n";
      }
    }
  }

  void Format(const DocumentResult& doc, const std::string& id, const std::string& id_json,
              const std::vector<ErrorEntry>& errors, Batch* b) const {
    switch (o_.format) {
      case OutputFormat::kJsonl:
        AppendDocumentJsonl(doc, id_json, errors, &b->out);
        break;
      case OutputFormat::kJson:
        for (const Record& r : doc.records) {
          b->out.append(",\n");  // the writer drops the comma before the first record
          AppendRecordJson(r, &b->out, &id);
        }
        break;
      case OutputFormat::kCsv:
      case OutputFormat::kTsv:
        for (const Record& r : doc.records) AppendRecordCsv(r, id, csv_, &b->out);
        break;
      case OutputFormat::kExplain:
        FormatExplain(doc, id, errors, b);
        break;
    }
  }

  // For the human-readable form: valid UTF-8, and line breaks inside a figure or sentence shown as ⏎, so that
  // each stays on one line.
  static std::string OneLine(std::string_view s) {
    std::string out;
    for (char c : internal::RepairUtf8(s)) {
      if (c == '\n' || c == '\r') {
        out += "⏎";
      } else {
        out += c;
      }
    }
    return out;
  }

  // Human-readable: each record with its rule and the normalized sentence it came from.
  static void FormatExplain(const DocumentResult& doc, const std::string& id, const std::vector<ErrorEntry>& errors,
                            Batch* b) {
    std::string& out = b->out;
    out += "== " + (id.empty() ? std::string("(no id)") : id) + "  reference_date=" +
           (doc.reference_date.empty() ? std::string("none") : doc.reference_date) + " (" +
           ReferenceDateSourceName(doc.reference_date_source) + ")\n";
    for (const ErrorEntry& e : errors) out += "   error " + e.code + ": " + e.message + "\n";
    for (std::size_t i = 0; i < doc.records.size(); ++i) {
      const Record& r = doc.records[i];
      out += "[" + std::to_string(i) + "] " + RecordTypeName(r.type) + "  " + OneLine(r.text) + "  → " + r.value;
      if (!r.unit.empty()) out += " " + r.unit;
      if (!r.metric.empty()) out += "  metric=" + r.metric;
      out += "  rule=" + r.rule + "\n    " + OneLine(r.sentence) + "\n";
    }
  }

  const CliOptions& o_;
  const Extractor& ex_;
  CsvOptions csv_;
};

// Writes batches in order, reports progress, and remembers the totals.
class Writer {
 public:
  Writer(const CliOptions& o, Output* out) : o_(o), out_(out) {
    progress_ = o.progress && ::isatty(2);
    start_ = std::chrono::steady_clock::now();
    last_ = start_ - std::chrono::seconds(1);  // the first batch shows the line at once
  }

  bool Begin() {
    if (o_.format == OutputFormat::kJson) return out_->Write("[");
    if (o_.format == OutputFormat::kCsv || o_.format == OutputFormat::kTsv) {
      std::string head = o_.bom ? "\xEF\xBB\xBF" : "";
      AppendCsvHeader(CsvFor(o_), &head);
      return out_->Write(head);
    }
    return true;
  }

  // False once output has failed: stop reading.
  bool Emit(const Batch& b) {
    docs_ += b.docs;
    errors_ += b.errors;
    bytes_ += b.bytes;
    if (!b.diag.empty()) {
      ClearProgress();
      std::fwrite(b.diag.data(), 1, b.diag.size(), stderr);
    }
    std::string_view data = b.out;
    if (o_.format == OutputFormat::kJson && !data.empty() && !any_record_) {
      data.remove_prefix(1);
      any_record_ = true;
    }
    bool ok = out_->Write(data) && (!b.flush || out_->Flush());
    if (progress_) ShowProgress(false);
    return ok;
  }

  bool End() {
    if (o_.format == OutputFormat::kJson && !out_->Write("\n]\n")) return false;
    ClearProgress();
    return true;
  }

  std::uint64_t docs() const { return docs_; }
  std::uint64_t errors() const { return errors_; }

 private:
  void ShowProgress(bool force) {
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = static_cast<double>(bytes_) / 1e6;
    std::fprintf(stderr, "\rzhfacts: %llu docs, %.1f MB, %.1f MB/s ", static_cast<unsigned long long>(docs_), mb,
                 secs > 0 ? mb / secs : 0.0);
    std::fflush(stderr);
    shown_ = true;
  }
  void ClearProgress() {
    if (!shown_) return;
    std::fputs("\r                                                            \r", stderr);
    shown_ = false;
  }

  const CliOptions& o_;
  Output* out_;
  bool progress_ = false, shown_ = false, any_record_ = false;
  std::chrono::steady_clock::time_point start_, last_;
  std::uint64_t docs_ = 0, errors_ = 0, bytes_ = 0;
};

// Batches between the reader, the workers and the writer, with a cap on how many are in flight.
class Queue {
 public:
  explicit Queue(std::size_t max_inflight) : max_inflight_(max_inflight) {}

  // Reader: false when the run is being stopped.
  bool Submit(std::unique_ptr<Batch> b) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return inflight_ < max_inflight_ || stop_; });
    if (stop_) return false;
    ++inflight_;
    work_.push_back(std::move(b));
    work_ready_.notify_one();
    return true;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    work_ready_.notify_all();
    done_ready_.notify_all();
  }
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
    space_.notify_all();
  }

  // Worker: nullptr when there is no more work.
  std::unique_ptr<Batch> Take() {
    std::unique_lock<std::mutex> lock(mu_);
    work_ready_.wait(lock, [&] { return !work_.empty() || closed_; });
    if (work_.empty()) return nullptr;
    std::unique_ptr<Batch> b = std::move(work_.front());
    work_.pop_front();
    return b;
  }
  void Done(std::unique_ptr<Batch> b) {
    std::lock_guard<std::mutex> lock(mu_);
    std::uint64_t seq = b->seq;
    done_[seq] = std::move(b);
    if (seq == next_) done_ready_.notify_one();
  }

  // Writer: the next batch in input order; nullptr when all are written.
  std::unique_ptr<Batch> Next() {
    std::unique_lock<std::mutex> lock(mu_);
    done_ready_.wait(lock, [&] { return done_.count(next_) || (closed_ && inflight_ == 0); });
    auto it = done_.find(next_);
    if (it == done_.end()) return nullptr;
    std::unique_ptr<Batch> b = std::move(it->second);
    done_.erase(it);
    ++next_;
    return b;
  }
  void Written() {
    std::lock_guard<std::mutex> lock(mu_);
    --inflight_;
    space_.notify_one();
    if (closed_ && inflight_ == 0) done_ready_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable work_ready_, done_ready_, space_;
  std::deque<std::unique_ptr<Batch>> work_;
  std::map<std::uint64_t, std::unique_ptr<Batch>> done_;
  std::size_t inflight_ = 0;
  const std::size_t max_inflight_;
  std::uint64_t next_ = 0;
  bool closed_ = false, stop_ = false;
};

// Reads every input into batches and hands each full batch to `submit` (false: stop reading).
template <typename Submit>
void ReadInputs(const CliOptions& o, Submit submit) {
  auto batch = std::make_unique<Batch>();
  std::uint64_t seq = 0;
  bool go_on = true;
  // input_idle: the reader has nothing more buffered, so the next read may wait (a terminal, a slow pipe): hand
  // over what there is, so that output keeps pace with input.
  auto add = [&](Item item, std::size_t bytes, bool input_idle = false) {
    batch->items.push_back(std::move(item));
    batch->bytes += bytes;
    if (batch->items.size() >= kBatchDocs || batch->bytes >= kBatchBytes || input_idle) {
      batch->flush = input_idle;
      batch->seq = seq++;
      go_on = submit(std::move(batch));
      batch = std::make_unique<Batch>();
    }
  };
  auto too_large = [&](std::uint64_t size) {
    return Status(StatusCode::kDocTooLarge, "document is " + std::to_string(size) + " bytes, the limit is " +
                                                std::to_string(o.max_doc_bytes) + " (--max-doc-bytes)");
  };
  for (const std::string& file : o.files) {
    if (!go_on) break;
    Result<int> fd = internal::OpenInput(file);
    if (!fd.ok()) {
      add(Item{&file, 0, {}, fd.status()}, 0);
      continue;
    }
    if (o.input_format == InputFormat::kJsonl) {
      internal::LineReader lines(*fd, o.max_doc_bytes);
      internal::InputLine line;
      std::uint64_t last = 0;
      while (go_on && lines.Next(&line)) {
        last = line.number;
        std::size_t bytes = line.size + 1;
        Status pre = line.too_large ? too_large(line.size) : Status();
        add(Item{&file, line.number, std::move(line.text), std::move(pre)}, bytes, !lines.buffered());
      }
      if (go_on && !lines.status().ok()) {
        add(Item{&file, last + 1, {}, Status(StatusCode::kIoError, file + ": " + lines.status().message())}, 0);
      }
    } else {
      Item item{&file, 0, {}, {}};
      bool large = false;
      std::uint64_t size = 0;
      Status s = internal::ReadDocument(*fd, o.max_doc_bytes, &item.data, &large, &size);
      if (!s.ok()) {
        item.data.clear();
        item.pre = Status(StatusCode::kIoError, file + ": " + s.message());
      } else if (large) {
        item.pre = too_large(size);
      }
      add(std::move(item), static_cast<std::size_t>(size));
    }
    internal::CloseInput(*fd);
  }
  if (go_on && !batch->items.empty()) {
    batch->seq = seq++;
    submit(std::move(batch));
  }
}

}  // namespace

void Diagnose(const std::string& message, bool is_error) {
  std::string line = "zhfacts: ";
  if (is_error) line += ColorStderr() ? "\x1b[1;31merror:\x1b[0m " : "error: ";
  line += message + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

int Run(const CliOptions& o, const Extractor& extractor, Output* out) {
  Processor processor(o, extractor);
  Writer writer(o, out);
  bool output_ok = writer.Begin();
  if (o.threads <= 1) {
    if (output_ok) {
      ReadInputs(o, [&](std::unique_ptr<Batch> b) {
        processor.Process(b.get());
        output_ok = writer.Emit(*b);
        return output_ok;
      });
    }
  } else if (output_ok) {
    Queue queue(kInflightPerThread * o.threads);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < o.threads; ++i) {
      workers.emplace_back([&] {
        while (std::unique_ptr<Batch> b = queue.Take()) {
          processor.Process(b.get());
          queue.Done(std::move(b));
        }
      });
    }
    std::thread writer_thread([&] {
      while (std::unique_ptr<Batch> b = queue.Next()) {
        if (output_ok && !writer.Emit(*b)) {
          output_ok = false;
          queue.Stop();
        }
        queue.Written();
      }
    });
    ReadInputs(o, [&](std::unique_ptr<Batch> b) { return queue.Submit(std::move(b)); });
    queue.Close();
    for (std::thread& t : workers) t.join();
    writer_thread.join();
  }
  if (output_ok) output_ok = writer.End() && out->Commit();
  if (!output_ok) {
    if (out->broken_pipe()) return kExitOk;  // | head: the reader has all it wanted
    Diagnose(out->error());
    return kExitFailure;
  }
  if (writer.errors() > 0) {
    Diagnose(std::to_string(writer.errors()) + " input error(s) in " + std::to_string(writer.docs()) +
                 " document(s)" + (o.format == OutputFormat::kJsonl ? " (see \"errors\" in the output)" : ""),
             writer.errors() > o.max_errors);
  }
  return writer.errors() > o.max_errors ? kExitInputErrors : kExitOk;
}

}  // namespace zhfacts::cli
