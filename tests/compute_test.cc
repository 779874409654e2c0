// Compute power end to end through zhfacts::Extractor (issue 3, "compute power in full"): P, PFLOPS, EFLOPS,
// TFLOPS → PFLOPS; TOPS, POPS → TOPS; E级, 百P, 万P; precision; ranges and qualifiers; and lookalikes (5P图, 5PB,
// definitions in parentheses, GPU counts) that are not compute power. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "measure_test_util.h"

namespace {

using measure_test::Expected;
using zhfacts::RecordType;

// {input, text, value, value_min, value_max, unit, qualifier, value_canonical, unit_canonical, precision}
const Expected kCompute[] = {
    {"小镇首批已部署808P先进智能算力。", "808P", "808", "", "", "PFLOPS", "exact", "808", "PFLOPS", ""},
    {"在此基础上将再开通1500P智算算力。", "1500P", "1500", "", "", "PFLOPS", "exact", "1500", "PFLOPS", ""},
    {"中心已部署８０８Ｐ算力。", "８０８Ｐ", "808", "", "", "PFLOPS", "exact", "808", "PFLOPS", ""},
    {"该中心算力规模达到 500 P。", "500 P", "500", "", "", "PFLOPS", "exact", "500", "PFLOPS", ""},
    {"超算中心峰值性能300PFLOPS。", "300PFLOPS", "300", "", "", "PFLOPS", "exact", "300", "PFLOPS", ""},
    {"建成后总算力将突破10E。", "突破10E", "10000", "", "", "PFLOPS", "over", "10000", "PFLOPS", ""},  // bare E
    {"集群算力300 PFlops。", "300 PFlops", "300", "", "", "PFLOPS", "exact", "300", "PFLOPS", ""},
    {"总算力将超过2EFLOPS。", "超过2EFLOPS", "2000", "", "", "PFLOPS", "over", "2000", "PFLOPS", ""},
    {"单卡算力120TFlops@FP16。", "120TFlops@FP16", "0.12", "", "", "PFLOPS", "exact", "0.12", "PFLOPS", "FP16"},
    {"单卡算力120TFLOPS(FP32)。", "120TFLOPS(FP32)", "0.12", "", "", "PFLOPS", "exact", "0.12", "PFLOPS", "FP32"},
    {"半精度算力达到1000P。", "1000P", "1000", "", "", "PFLOPS", "exact", "1000", "PFLOPS", "FP16"},
    {"芯片算力32TOPS,功耗35瓦。", "32TOPS", "32", "", "", "TOPS", "exact", "32", "TOPS", ""},
    {"推理芯片INT8算力256TOPS。", "256TOPS", "256", "", "", "TOPS", "exact", "256", "TOPS", "INT8"},
    {"边缘节点整数算力2POPS。", "2POPS", "2000", "", "", "TOPS", "exact", "2000", "TOPS", ""},
    {"全市算力规模达1.9万P。", "1.9万P", "19000", "", "", "PFLOPS", "exact", "19000", "PFLOPS", ""},
    {"打造万P算力集群。", "万P", "10000", "", "", "PFLOPS", "exact", "10000", "PFLOPS", ""},
    {"建设百P级智算中心。", "百P级", "100", "", "", "PFLOPS", "approx", "100", "PFLOPS", ""},
    {"建成国内首台E级算力超算。", "E级", "1000", "", "", "PFLOPS", "approx", "1000", "PFLOPS", ""},
    {"新增智算算力300—500P。", "300—500P", "", "300", "500", "PFLOPS", "range", "", "PFLOPS", ""},
    {"智算中心算力约200P。", "约200P", "200", "", "", "PFLOPS", "approx", "200", "PFLOPS", ""},
    {"算力近1000P,居全省前列。", "近1000P", "1000", "", "", "PFLOPS", "approx", "1000", "PFLOPS", ""},
    {"超算中心算力达到5P以上。", "5P以上", "5", "", "", "PFLOPS", "over", "5", "PFLOPS", ""},
    {"峰值运算速度达每秒12.5亿亿次。", "每秒12.5亿亿次", "125", "", "", "PFLOPS", "exact", "125", "PFLOPS", ""},
    {"计算中心FP16算力达120P,INT8算力达240TOPS。", "120P", "120", "", "", "PFLOPS", "exact", "120", "PFLOPS", "FP16"},
    {"计算中心FP16算力达120P,INT8算力达240TOPS。", "240TOPS", "240", "", "", "TOPS", "exact", "240", "TOPS", "INT8"},
    {"超算峰值每秒百亿亿次。", "每秒百亿亿次", "1000", "", "", "PFLOPS", "exact", "1000", "PFLOPS", ""},
    {"新增500P算力相当于10万台电脑。", "500P", "500", "", "", "PFLOPS", "exact", "500", "PFLOPS", ""},
    {"现场签约500P智算算力。", "500P", "500", "", "", "PFLOPS", "exact", "500", "PFLOPS", ""},
    {"图灵小镇智算中心正式启用。首批部署808P,再开通1500P。", "1500P", "1500", "", "", "PFLOPS", "exact", "1500", "PFLOPS", ""},
    {"机房新上线 50P 算力。", "50P", "50", "", "", "PFLOPS", "exact", "50", "PFLOPS", ""},
};

TEST_CASE("compute power: value in PFLOPS or TOPS, qualifier and precision", "[compute]") {
  for (const Expected& e : kCompute) measure_test::CheckExpected(e, RecordType::kComputePower);
}

const char* const kNotCompute[] = {
    "停车场P2区域还有车位。",       // parking
    "这款5P图片处理软件很流行。",   // a bare P outside a compute context
    "算力中心建成。\n\n停车场共有5P车位。",  // compute context in another paragraph
    "存储容量达到5PB。",             // petabytes: a quantity
    "视频支持1080P高清画质。",       // a resolution
    "（P指每秒千万亿次浮点运算）",   // a definition
    "算力单位换算:1P=1000T。",      // a definition
    "算力换算1EFLOPS=1000PFLOPS。",  // a definition
    "1P算力相当于每秒千万亿次运算。",  // a definition
    "打造万卡集群。",                // GPU cards are a quantity
    "部署1000张GPU卡。",             // GPU cards are a quantity
    "支持5G网络的算力终端。",        // 5G
    "A100芯片供不应求。",            // a product name
    "新建厂房1700平方米。",          // area
};

TEST_CASE("compute power: lookalikes yield nothing", "[compute][negative]") {
  for (const char* input : kNotCompute) measure_test::CheckNone(input, RecordType::kComputePower);
}

TEST_CASE("compute power: GPU counts are quantities, not compute", "[compute]") {
  auto q = measure_test::RecordsOf("部署1000张GPU卡,打造万卡集群,算力达1500P。", RecordType::kQuantity);
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "张");
  CHECK(q[1].unit == "卡");
  auto c = measure_test::RecordsOf("部署1000张GPU卡,打造万卡集群,算力达1500P。", RecordType::kComputePower);
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == "1500");
}

TEST_CASE("compute power: mangled units are a failure (32TOPS is not tons, 2GW is not grams)", "[compute]") {
  auto doc = measure_test::SharedExtractor().Extract("芯片算力32TOPS,电站装机2GW。");
  REQUIRE(doc.ok());
  REQUIRE(doc->records.size() == 2);
  CHECK(doc->records[0].type == RecordType::kComputePower);
  CHECK(doc->records[0].unit == "TOPS");
  CHECK(doc->records[1].type == RecordType::kQuantity);
  CHECK(doc->records[1].unit_canonical == "kW");
}

}  // namespace
