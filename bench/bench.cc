// zhfacts_bench — single-thread throughput per stage and end to end, in MB/s of input, plus records/s.
//
//   build/bench/zhfacts_bench [--mb 64] [--threads 2] [--repeat 3] [DIR...]
//
// Each corpus (the bundled articles; ../shared/corpus/seeds when present; or the DIRs given) is a set of
// documents, copied until the copies reach --mb megabytes (distinct strings: the input streams from memory as an
// archive's would). Stages are timed separately on the same documents: normalize, segment, extract (all rules, on
// pre-normalized text), serialize (JSONL of pre-extracted records), and end to end (Extractor::Extract + JSONL).
// Each stage runs --repeat times and the fastest run is reported: on a shared machine the slower runs measure the
// neighbours. A program, not a test: timings belong in the README, never in CTest.
#include <dirent.h>
#include <sys/utsname.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/engine.h"
#include "normalize/normalizer.h"
#include "normalize/segmenter.h"
#include "zhfacts/zhfacts.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> ReadDir(const std::string& dir) {
  std::vector<std::string> names, docs;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(dir + "/" + n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    std::ifstream in(n, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    docs.push_back(ss.str());
  }
  return docs;
}

std::string Machine() {
  std::ifstream cpu("/proc/cpuinfo");
  std::string line, model = "unknown CPU";
  while (std::getline(cpu, line)) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname u{};
  uname(&u);
  return model + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores, " + u.sysname + " " +
         u.release + ", g++ " + __VERSION__;
}

struct Row {
  const char* stage;
  double seconds;
  std::size_t bytes;
  std::size_t records;
};

void Print(const std::string& corpus, std::size_t docs, std::size_t bytes, const std::vector<Row>& rows) {
  std::printf("\ncorpus: %s — %zu documents, %.1f MB\n", corpus.c_str(), docs, bytes / 1e6);
  std::printf("| stage | MB/s | records/s |\n|---|---:|---:|\n");
  for (const Row& r : rows) {
    double mbs = r.bytes / 1e6 / r.seconds;
    if (r.records) {
      std::printf("| %s | %.1f | %.0f |\n", r.stage, mbs, r.records / r.seconds);
    } else {
      std::printf("| %s | %.1f | |\n", r.stage, mbs);
    }
  }
}

// The fastest of `repeat` runs of f, in seconds.
template <typename F>
double Fastest(int repeat, F f) {
  double best = 0;
  for (int k = 0; k < repeat; ++k) {
    auto t0 = Clock::now();
    f();
    double t = std::chrono::duration<double>(Clock::now() - t0).count();
    if (k == 0 || t < best) best = t;
  }
  return best;
}

void Run(const std::string& name, const std::vector<std::string>& base, std::size_t target_bytes, int threads,
         int repeat, const zhfacts::Extractor& ex, const zhfacts::internal::Engine& engine) {
  if (base.empty()) return;
  std::vector<std::string> copies;
  std::size_t bytes = 0;
  while (bytes < target_bytes) {
    for (const std::string& d : base) {
      copies.push_back(d);
      bytes += d.size();
    }
  }
  std::vector<const std::string*> docs;
  for (const std::string& c : copies) docs.push_back(&c);
  std::vector<Row> rows;
  zhfacts::internal::NormalizedText norm;
  std::vector<zhfacts::internal::Sentence> sentences;
  std::vector<zhfacts::internal::Candidate> candidates;

  rows.push_back({"normalize", Fastest(repeat, [&] {
                     for (const std::string* d : docs) engine.normalizer().Normalize(*d, &norm);
                   }),
                  bytes, 0});

  // Pre-normalize the distinct documents once for the later stages.
  std::vector<zhfacts::internal::NormalizedText> normalized(base.size());
  for (std::size_t i = 0; i < base.size(); ++i) engine.normalizer().Normalize(base[i], &normalized[i]);

  rows.push_back({"segment", Fastest(repeat, [&] {
                     for (std::size_t i = 0; i < docs.size(); ++i) {
                       zhfacts::internal::SplitSentences(normalized[i % base.size()].text, &sentences);
                     }
                   }),
                  bytes, 0});

  std::size_t nrec = 0;
  double seconds = Fastest(repeat, [&] {
    nrec = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const auto& n = normalized[i % base.size()];
      zhfacts::internal::SplitSentences(n.text, &sentences);
      zhfacts::internal::DocContext ctx;
      ctx.text = n.text;
      ctx.sentences = &sentences;
      ctx.lexicons = &engine.lexicons();
      ctx.has_reference_date = true;
      ctx.ref_year = 2024, ctx.ref_month = 6, ctx.ref_day = 18;
      engine.ExtractCandidates(ctx, &candidates);
      nrec += candidates.size();
    }
  });
  rows.push_back({"segment + extract (all rules)", seconds, bytes, nrec});

  zhfacts::DocumentContext dctx;
  dctx.reference_date = "2024-06-18";
  std::vector<zhfacts::DocumentResult> results;
  for (const std::string& d : base) results.push_back(ex.Extract(d, dctx).value());
  std::string out;
  seconds = Fastest(repeat, [&] {
    nrec = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      out.clear();
      const auto& r = results[i % base.size()];
      zhfacts::AppendDocumentJsonl(r, "\"doc\"", {}, &out);
      nrec += r.records.size();
    }
  });
  rows.push_back({"serialize (JSONL)", seconds, bytes, nrec});

  auto end_to_end = [&](std::size_t begin, std::size_t step, std::size_t* records) {
    std::string buf;
    for (std::size_t i = begin; i < docs.size(); i += step) {
      auto r = ex.Extract(*docs[i], dctx);
      buf.clear();
      zhfacts::AppendDocumentJsonl(r.value(), "\"doc\"", {}, &buf);
      *records += r->records.size();
    }
  };
  double one = Fastest(repeat, [&] {
    nrec = 0;
    end_to_end(0, 1, &nrec);
  });
  rows.push_back({"end to end, 1 thread (normalize → JSONL)", one, bytes, nrec});
  if (threads > 1) {
    std::vector<std::size_t> counts(static_cast<std::size_t>(threads), 0);
    double many = Fastest(repeat, [&] {
      std::fill(counts.begin(), counts.end(), 0);
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) {
        pool.emplace_back(end_to_end, static_cast<std::size_t>(t), static_cast<std::size_t>(threads),
                          &counts[static_cast<std::size_t>(t)]);
      }
      for (auto& th : pool) th.join();
    });
    std::size_t total = 0;
    for (std::size_t c : counts) total += c;
    static std::string label;
    label = "end to end, " + std::to_string(threads) + " threads";
    rows.push_back({label.c_str(), many, bytes, total});
    Print(name, docs.size(), bytes, rows);
    std::printf("thread scaling: %.2fx with %d threads\n", one / many, threads);
    return;
  }
  Print(name, docs.size(), bytes, rows);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t mb = 64;
  int threads = 2, repeat = 3;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--mb") && i + 1 < argc) {
      mb = std::stoul(argv[++i]);
    } else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) {
      threads = std::stoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::stoi(argv[++i]));
    } else {
      dirs.push_back(argv[i]);
    }
  }
  auto ex = zhfacts::Extractor::Create();
  auto engine = zhfacts::internal::Engine::Create(zhfacts::ExtractorOptions{});
  if (!ex.ok() || !engine.ok()) {
    std::fprintf(stderr, "zhfacts_bench: %s\n", ex.status().ToString().c_str());
    return 2;
  }
  std::printf("zhfacts_bench %s on %s\n", zhfacts::Version(), Machine().c_str());
  std::printf("rules: %zu; each stage the fastest of %d runs\n", (*engine)->rules().size(), repeat);
  if (dirs.empty()) {
    std::vector<std::string> bundled = ReadDir(std::string(ZHFACTS_SOURCE_DIR) + "/examples/data");
    for (std::string& d : ReadDir(std::string(ZHFACTS_SOURCE_DIR) + "/tests/data/articles")) bundled.push_back(d);
    Run("bundled sample articles", bundled, mb << 20, threads, repeat, *ex, **engine);
    Run("../shared/corpus/seeds", ReadDir(std::string(ZHFACTS_SOURCE_DIR) + "/../shared/corpus/seeds"), mb << 20,
        threads, repeat, *ex, **engine);
  } else {
    for (const std::string& d : dirs) Run(d, ReadDir(d), mb << 20, threads, repeat, *ex, **engine);
  }
  return 0;
}
