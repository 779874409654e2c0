// One Extractor shared by 4 threads × 1,000 documents gives exactly the sequential output (run under TSan in CI).
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "zhfacts/zhfacts.h"

namespace {

std::vector<std::string> Documents() {
  const char* kPieces[] = {
      "2023年,园区实现规上工业总产值253.63亿元,同比增长2.08%。",
      "今年１—５月，完成固定资产投资约９６亿元，\n同比下降3.5%。",
      "智算中心一期形成500P先进智能算力,二期建成后将超过1500P。",
      "全区新增高新技术企业167家,土地370亩,年发电量约800万度。",
      "去年9月,產值成長12%,營收2000萬元,占比达到61.5%。",
  };
  std::vector<std::string> docs;
  for (int i = 0; i < 1000; ++i) {
    std::string d;
    for (int k = 0; k <= i % 5; ++k) d += kPieces[(i + k) % 5];
    docs.push_back(d);
  }
  return docs;
}

std::string Render(const zhfacts::Extractor& ex, const std::string& text) {
  zhfacts::DocumentContext ctx;
  ctx.reference_date = "2024-06-18";
  auto r = ex.Extract(text, ctx);
  std::string out;
  if (r.ok()) zhfacts::AppendDocumentJsonl(*r, "1", {}, &out);
  return out;
}

}  // namespace

TEST_CASE("one extractor shared by four threads matches a sequential run", "[concurrency]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  std::vector<std::string> docs = Documents();
  std::vector<std::string> sequential;
  for (const std::string& d : docs) sequential.push_back(Render(*ex, d));

  std::vector<std::string> parallel(docs.size());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = static_cast<std::size_t>(t); i < docs.size(); i += 4) parallel[i] = Render(*ex, docs[i]);
    });
  }
  for (auto& th : threads) th.join();
  for (std::size_t i = 0; i < docs.size(); ++i) REQUIRE(parallel[i] == sequential[i]);
  CHECK(sequential[0].find("\"records\":[{") != std::string::npos);
}

TEST_CASE("threads filling the shared caches at once match a sequential run", "[concurrency]") {
  // A fresh Extractor used by 4 threads from its first document: restricted-pattern variants (restricted.h) are
  // compiled and cached concurrently, and lunar dates of years no other test asks for go through the process-wide
  // conversion cache (lunar.cc) concurrently. A second Extractor gives the sequential reference.
  const char* kUnits[] = {"吨", "千克", "平方米", "公里", "千瓦时", "亩", "家", "台套", "GW", "小时"};
  std::vector<std::string> docs;
  for (int i = 0; i < 400; ++i) {
    std::string d = std::to_string(2051 + i % 40) + "年春节前后,新增" + std::to_string(i + 1) + kUnits[i % 10] +
                    ",约" + std::to_string(3 * i + 2) + "—" + std::to_string(3 * i + 9) + kUnits[(i / 10) % 10] +
                    "。" + std::to_string(2051 + i % 37) + "年农历八月十五,产量超过" + std::to_string(i % 7 + 1) +
                    "万" + kUnits[(i / 3) % 10] + "左右。";
    docs.push_back(d);
  }
  auto shared = zhfacts::Extractor::Create();
  auto reference = zhfacts::Extractor::Create();
  REQUIRE(shared.ok());
  REQUIRE(reference.ok());
  std::vector<std::string> parallel(docs.size());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = static_cast<std::size_t>(t); i < docs.size(); i += 4) parallel[i] = Render(*shared, docs[i]);
    });
  }
  for (auto& th : threads) th.join();
  for (std::size_t i = 0; i < docs.size(); ++i) REQUIRE(parallel[i] == Render(*reference, docs[i]));
  CHECK(parallel[0].find("\"type\":\"quantity\"") != std::string::npos);
  CHECK(parallel[0].find("\"type\":\"date\"") != std::string::npos);
}
