// Money and output values (lib/extract/money.cc): amounts, qualifiers, ranges, currencies, scale labels.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "figures_test_util.h"
#include "temp_file.h"

namespace {

using figures_test::Describe;
using figures_test::Extract;
using figures_test::Figures;
using zhfacts::Qualifier;
using zhfacts::RecordType;

struct MoneyCase {
  const char* input;
  RecordType type;
  const char* text;
  const char* value;      // "" for ranges
  const char* value_min;  // ranges only
  const char* value_max;
  const char* unit;
  Qualifier qualifier;
};

const MoneyCase kMoneyCases[] = {
    // A loss or an outflow written with a sign; a full-width minus reads the same.
    {"上年同期，经营活动产生的现金流量净额为-1.28亿元。", RecordType::kMoney, "-1.28亿元", "-128000000",
     "", "", "CNY", Qualifier::kExact},
    {"公司前三季度净利润为－3500万元。", RecordType::kMoney, "－3500万元", "-35000000", "", "", "CNY",
     Qualifier::kExact},
    // 最高 before the amount caps it.
    {"对新引进人才给予最高8万元的购房补贴。", RecordType::kMoney, "最高8万元", "80000", "", "", "CNY",
     Qualifier::kAtMost},
    // A price per unit keeps its unit after the currency's code.
    {"全年碳排放权平均成交价格约64元/吨。", RecordType::kMoney, "约64元/吨", "64", "", "", "CNY/吨",
     Qualifier::kApprox},
    // …written before it with 每, with a count of the unit (每500克), or per month.
    {"猪肉平均零售价格为每500克13.8元。", RecordType::kMoney, "13.8元", "13.8", "", "", "CNY/500克", Qualifier::kExact},
    {"城乡居民基础养老金为每人每月143元。", RecordType::kMoney, "143元", "143", "", "", "CNY/月", Qualifier::kExact},
    {"工业用地出让均价120万元/亩，较上年略有下降。", RecordType::kMoney, "120万元/亩", "1200000", "", "", "CNY/亩",
     Qualifier::kExact},
    {"钢材价格在5000—6000元/吨之间波动。", RecordType::kMoney, "5000—6000元/吨", "", "5000", "6000", "CNY/吨",
     Qualifier::kRange},
    {"营收由1.2亿元/年起步。", RecordType::kMoney, "1.2亿元/年", "120000000", "", "", "CNY/年", Qualifier::kExact},
    // 元 after a number takes the currency named before it.
    {"台积电10月合并营收约新台币3,676亿元。", RecordType::kMoney, "3,676亿元", "367600000000", "", "", "TWD",
     Qualifier::kExact},
    {"公司拟募资港币5亿元。", RecordType::kMoney, "5亿元", "500000000", "", "", "HKD", Qualifier::kExact},
    // Taiwan's trillions before 億 (兆瓦 stays a unit: no money there).
    {"累计营收约新台币3兆2,470亿元。", RecordType::kMoney, "3兆2,470亿元", "3247000000000", "", "", "TWD",
     Qualifier::kExact},
    // …or names it before the figure with 每 (not 每10股: a count, not a unit).
    {"新建商品住宅成交均价为每平方米18650元。", RecordType::kMoney, "18650元", "18650", "", "", "CNY/平方米",
     Qualifier::kExact},
    {"住宅用地平均楼面价每平方米1.2万—1.5万元。", RecordType::kMoney, "1.2万—1.5万元", "", "12000", "15000",
     "CNY/平方米", Qualifier::kRange},
    {"向全体股东每10股派发现金红利3元。", RecordType::kMoney, "3元", "3", "", "", "CNY", Qualifier::kExact},
    {"2023年，全区实现规上工业总产值253.63亿元。", RecordType::kOutputValue, "253.63亿元", "25363000000", "", "",
     "CNY", Qualifier::kExact},
    {"该项目总投资约２０亿元，预计明年投产。", RecordType::kMoney, "约２０亿元", "2000000000", "", "", "CNY",
     Qualifier::kApprox},
    {"去年，园区先进计算产业产值近140亿元。", RecordType::kOutputValue, "近140亿元", "14000000000", "", "", "CNY",
     Qualifier::kApprox},
    {"力争技术交易额超8500亿元", RecordType::kMoney, "超8500亿元", "850000000000", "", "", "CNY",
     Qualifier::kOver},
    {"每年可为企业节约成本1000余万元。", RecordType::kMoney, "1000余万元", "10000000", "", "", "CNY",
     Qualifier::kOver},
    {"公司去年营业收入5亿多元，", RecordType::kMoney, "5亿多元", "500000000", "", "", "CNY", Qualifier::kOver},
    {"单个项目投资额均在10亿元以上。", RecordType::kMoney, "10亿元以上", "1000000000", "", "", "CNY",
     Qualifier::kOver},
    {"吸引社会资本投资100多亿元", RecordType::kMoney, "100多亿元", "10000000000", "", "", "CNY", Qualifier::kOver},
    {"完成A轮融资2000万美元。", RecordType::kMoney, "2000万美元", "20000000", "", "", "USD", Qualifier::kExact},
    // Letters before the number are a code (A380), unless they spell a metric word (GDP).
    {"长沙市GDP1.5万亿元。", RecordType::kOutputValue, "1.5万亿元", "1500000000000", "", "", "CNY", Qualifier::kExact},
    {"全省数字经济增加值达1.2万亿元，", RecordType::kOutputValue, "1.2万亿元", "1200000000000", "", "", "CNY",
     Qualifier::kExact},
    {"基金首期规模两千万元。", RecordType::kMoney, "两千万元", "20000000", "", "", "CNY", Qualifier::kExact},
    {"当年研发投入十亿元。", RecordType::kMoney, "十亿元", "1000000000", "", "", "CNY", Qualifier::kExact},
    {"新签约项目投资额超亿元。", RecordType::kMoney, "超亿元", "100000000", "", "", "CNY", Qualifier::kOver},
    {"每个地块的出让金都在亿元以上。", RecordType::kMoney, "亿元以上", "100000000", "", "", "CNY",
     Qualifier::kOver},
    {"预计至2027年产值将突破百亿元，", RecordType::kOutputValue, "突破百亿元", "10000000000", "", "", "CNY",
     Qualifier::kOver},
    {"每年节省电费不到50万元", RecordType::kMoney, "不到50万元", "500000", "", "", "CNY", Qualifier::kUnder},
    {"单笔贷款不超过300万元", RecordType::kMoney, "不超过300万元", "3000000", "", "", "CNY", Qualifier::kAtMost},
    {"二期计划投资5~10亿元。", RecordType::kMoney, "5~10亿元", "", "500000000", "1000000000", "CNY",
     Qualifier::kRange},
    {"总投资5亿至10亿元，", RecordType::kMoney, "5亿至10亿元", "", "500000000", "1000000000", "CNY",
     Qualifier::kRange},
    {"年产值3000万元—5000万元的企业", RecordType::kOutputValue, "3000万元—5000万元", "", "30000000", "50000000",
     "CNY", Qualifier::kRange},
    {"募集资金 3.5 亿元用于扩产", RecordType::kMoney, "3.5 亿元", "350000000", "", "", "CNY", Qualifier::kExact},
    {"实现营收１２.６亿欧元", RecordType::kMoney, "１２.６亿欧元", "1260000000", "", "", "EUR", Qualifier::kExact},
    // Currency words: 元人民币 as one word, 台币, 奈拉, 美圆, 比特币 (with its measure word), 块钱.
    {"合同金额8亿元人民币，", RecordType::kMoney, "8亿元人民币", "800000000", "", "", "CNY", Qualifier::kExact},
    {"台积电拟投资5306亿台币扩产", RecordType::kMoney, "5306亿台币", "530600000000", "", "", "TWD",
     Qualifier::kExact},
    {"汇率一度达到445奈拉兑换", RecordType::kMoney, "445奈拉", "445", "", "", "NGN", Qualifier::kExact},
    {"单价约300美圆", RecordType::kMoney, "约300美圆", "300", "", "", "USD", Qualifier::kApprox},
    {"该矿场持有２０个比特币", RecordType::kMoney, "２０个比特币", "20", "", "", "BTC", Qualifier::kExact},
    {"公司持有1.5万个比特币", RecordType::kMoney, "1.5万个比特币", "15000", "", "", "BTC", Qualifier::kExact},
    {"一瓶水卖三块钱", RecordType::kMoney, "三块钱", "3", "", "", "CNY", Qualifier::kExact},
    // A Chinese numeral without magnitude is an amount before any currency but 元 (二元工业 is a name): 一美元.
    {"苹果折扣一美元", RecordType::kMoney, "一美元", "1", "", "", "USD", Qualifier::kExact},
    {"每股派息两港元", RecordType::kMoney, "两港元", "2", "", "", "HKD", Qualifier::kExact},
    {"门票十美元", RecordType::kMoney, "十美元", "10", "", "", "USD", Qualifier::kExact},
    // Currency symbols before the number.
    {"该芯片售价$20，", RecordType::kMoney, "$20", "20", "", "", "USD", Qualifier::kExact},
    {"起售价￥ 2999，", RecordType::kMoney, "￥ 2999", "2999", "", "", "CNY", Qualifier::kExact},
    {"融资约US$1.5亿", RecordType::kMoney, "约US$1.5亿", "150000000", "", "", "USD", Qualifier::kApprox},
    {"估值HK$3,200万。", RecordType::kMoney, "HK$3,200万", "32000000", "", "", "HKD", Qualifier::kExact},
    {"票价€45起", RecordType::kMoney, "€45", "45", "", "", "EUR", Qualifier::kExact},
    // Compound amounts: a major amount and smaller units of the same currency.
    {"这个手机壳五元三毛", RecordType::kMoney, "五元三毛", "5.3", "", "", "CNY", Qualifier::kExact},
    {"每股收益1元3角", RecordType::kMoney, "1元3角", "1.3", "", "", "CNY", Qualifier::kExact},
    {"成本50元6角三分", RecordType::kMoney, "50元6角三分", "50.63", "", "", "CNY", Qualifier::kExact},
    {"这台电脑两美元又三美分", RecordType::kMoney, "两美元又三美分", "2.03", "", "", "USD", Qualifier::kExact},
    {"他花5元3分钟就买到了", RecordType::kMoney, "5元", "5", "", "", "CNY", Qualifier::kExact},  // 分钟: no 分
    {"10日元5日本銭", RecordType::kMoney, "10日元5日本銭", "10.05", "", "", "JPY", Qualifier::kExact},
    // An amount of a money metric without a currency word is in yuan: 经济总量迈过8万亿大关, 营收突破千亿。
    {"全省经济总量迈过8万亿大关，", RecordType::kOutputValue, "迈过8万亿", "8000000000000", "", "", "CNY",
     Qualifier::kOver},
    {"集团营收突破千亿。", RecordType::kMoney, "突破千亿", "100000000000", "", "", "CNY", Qualifier::kOver},
    {"全市GDP达到1.2万亿，", RecordType::kOutputValue, "1.2万亿", "1200000000000", "", "", "CNY",
     Qualifier::kExact},
};

TEST_CASE("money: amounts, qualifiers, ranges and currencies", "[money]") {
  for (const MoneyCase& c : kMoneyCases) {
    INFO(c.input);
    std::vector<zhfacts::Record> figures = Figures(Extract(c.input));
    INFO(Describe(figures));
    REQUIRE(figures.size() == 1);
    const zhfacts::Record& r = figures[0];
    CHECK(r.type == c.type);
    CHECK(r.text == c.text);
    CHECK(r.value == c.value);
    CHECK(r.value_min == c.value_min);
    CHECK(r.value_max == c.value_max);
    CHECK(r.unit == c.unit);
    CHECK(r.qualifier == c.qualifier);
  }
}

// Scale labels and names: a class or a name, not a figure (issue 2 §6, issue 3).
const char* const kNotMoney[] = {
    "仅用5年时间就成为百亿级企业",
    "打造千亿元级先进计算产业集群",
    "全区已有百亿元企业3家",
    "培育十亿级龙头企业",
    "可能给企业带来百万元 级的损失",
    "二元工业发布的美妆行业大模型",
    "三元食品新品上市",
    "单位万元GDP能耗持续下降",
    "引进A380和B7879亿元订单",
    "型号ABGDP300亿元的标签",
    "广泛用于元宇宙会议",
    "新签约亿元以上项目",
    "其中10亿元以上项目21个",
    "其中超10亿元项目14个",
    "其中50亿元至100亿元项目5个",
    "营收超百亿元的公司有5家，研发费用超过5亿元的公司3家",
    "全市超10亿元的项目达到46个，收入50万元以上的村达到120个",
    "年营业收入超百亿元的龙头企业12家，年产值超亿元的特色产业镇10个",
    "吸引数十亿元社会资本",
    // New currency forms, and what they must not swallow.
    "设立两个美元基金",              // 个 counts funds, not dollars
    "切成三块，",                    // 块 alone is a measure word
    "周一日元兑美元汇率下跌",        // a weekday before 日元
    "星期二日元走强",
    "3月5日元宝山区",                // a date before 日元
    "十一日元旦",                    // 元旦
    "路径$HOME下的配置",             // no number after the symbol
    "型号ABC$5",                     // part of a code
    "二元一次方程",                  // no minor unit, and 二元 is a name
    "三毛集团",                      // 毛 without a major amount
    // A money metric before a count or a bare magnitude: not an amount.
    "营收过亿的企业",                // no qualifier word, a bare magnitude
    "销量突破1亿台",                 // a count (台), and 销量 names no amount
    "营收数十亿",                    // vague
};

TEST_CASE("money: scale labels and names yield no money", "[money][negative]") {
  for (const char* input : kNotMoney) {
    INFO(input);
    std::vector<zhfacts::Record> records = Extract(input);
    CHECK(figures_test::OfType(records, RecordType::kMoney).empty());
    CHECK(figures_test::OfType(records, RecordType::kOutputValue).empty());
  }
}

// A list's later items and the level a change comes to are per the unit of the amount before them; a figure after
// another with no joining word between is not.
TEST_CASE("money: the unit per 每 carries over a list and a change of level", "[money]") {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"牛肉、羊肉价格分别为每500克38.5元和42.6元。", {"CNY/500克", "CNY/500克"}},
      {"城乡居民基础养老金由每人每月360元提高到395元。", {"CNY/月", "CNY/月"}},
      {"水价分别为每吨2.55元、2.78元和3.4元。", {"CNY/吨", "CNY/吨", "CNY/吨"}},
      {"补贴标准为每吨50元，全年补贴800万元。", {"CNY/吨", "CNY"}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::vector<zhfacts::Record> figures = Figures(Extract(c.input));
    INFO(Describe(figures));
    REQUIRE(figures.size() == c.units.size());
    for (std::size_t i = 0; i < figures.size(); ++i) CHECK(figures[i].unit == c.units[i]);
  }
}

}  // namespace

namespace {

TEST_CASE("money: absurd amounts are marked overflow or dropped, never wrong", "[money][robustness]") {
  std::vector<zhfacts::Record> figures = Figures(Extract("投资" + std::string(350, '9') + "亿元。"));
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].status == "overflow");
  CHECK(figures[0].value == std::string(350, '9') + "00000000");
  // Beyond what a Decimal holds (10^4000): no record rather than a wrong one.
  CHECK(Figures(Extract("投资" + std::string(5000, '9') + "亿元。")).empty());
}

}  // namespace

namespace {

// A user file extends the built-in lexicons (same header); a bad row is reported with its file and line.
TEST_CASE("money: user qualifier and currency lexicons", "[money][lexicon]") {
  zhfacts_test::TempFile good("zhfacts_figures_qualifiers_good.tsv",
                              "# test file\nword\tqualifier\tposition\n约莫\tapprox\tprefix\n");
  zhfacts_test::TempFile bad("zhfacts_figures_qualifiers_bad.tsv",
                             "# test file\nword\tqualifier\tposition\n约莫\tmaybe\tprefix\n");
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {good.path()};
  auto ex = zhfacts::Extractor::Create(options);
  REQUIRE(ex.ok());
  auto doc = ex->Extract("项目投资约莫3亿元。");
  REQUIRE(doc.ok());
  std::vector<zhfacts::Record> figures = Figures(doc->records);
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].text == "约莫3亿元");
  CHECK(figures[0].qualifier == Qualifier::kApprox);

  options.lexicon_files = {bad.path()};
  auto failed = zhfacts::Extractor::Create(options);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message().find("zhfacts_figures_qualifiers_bad.tsv:3") != std::string::npos);
  CHECK(failed.status().message().find("maybe") != std::string::npos);
}

}  // namespace

namespace {

// currency_parts.tsv rows from a user file: a new minor unit or symbol works; a bad part or factor is an error.
TEST_CASE("money: user currency parts", "[money][lexicon]") {
  struct PartsCase {
    const char* row;
    bool ok;
    const char* input;     // ok rows: a text using the new part
    const char* expected;  // its money value
  };
  const PartsCase cases[] = {
      {"仙\tHKD\tminor\t0.01", true, "每股派1港元5仙", "1.05"},
      {"₩\tKRW\tsymbol\t1", true, "售价₩5000", "5000"},
      {"仙\tHKD\tcoin\t0.01", false, "", ""},
      {"仙\tHKD\tminor\t2", false, "", ""},
      {"仙\tHKD\tminor\tabc", false, "", ""},
  };
  zhfacts_test::TempFile file("zhfacts_money_currency_parts.tsv", "");
  for (const PartsCase& c : cases) {
    INFO(c.row);
    file.Write("# test file\nword\tcode\tpart\tfactor\n" + std::string(c.row) + "\n");
    zhfacts::ExtractorOptions options;
    options.lexicon_files = {file.path()};
    auto ex = zhfacts::Extractor::Create(options);
    REQUIRE(ex.ok() == c.ok);
    if (!c.ok) continue;
    auto doc = ex->Extract(c.input);
    REQUIRE(doc.ok());
    std::vector<zhfacts::Record> figures = Figures(doc->records);
    INFO(Describe(figures));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].value == c.expected);
  }
}

}  // namespace
