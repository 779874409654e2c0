// The negative corpus (issue 2 §6, issue 3): lookalikes that must yield no numeric record — company and product
// names with numerals, 一号工程, 5G, 500强, plan names, street/phone/postal/standard/section numbers, idioms with
// numerals, scale labels. Dates are not checked here (十三五 is the date rules' concern). 三大运营商, 两会 and
// 五链融通 are counts without a measure word or unit: no record, on purpose.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "figures_test_util.h"

namespace {

const char* const kNegativeCorpus[] = {
    // Company and product names.
    "三时纪等一批集成电路企业相继落地衢州",
    "二元工业发布的美妆行业大模型“妆母”",
    "三一重工的泵车生产线",
    "极氪001带着一众纪录亮相",
    "昇腾384超节点正式发布",
    "一道新能源科技有限公司被誉为黑马",
    "三星电子宣布扩产",
    "五粮液集团召开年会",
    "七匹狼推出新系列",
    "九阳股份发布新品",
    "一汽集团加快转型",
    "万达广场开业在即",
    "三元食品新品上市",
    "iPhone 15 Pro开售",
    "三元锂电池装机量领先",
    "一元复始，万象更新",
    "京东618大促启动",
    // Programmes, plans, slogans, policy names.
    "衢州紧抓招商引资“一号工程”",
    "加快推进5G基站建设",
    "跻身中国企业500强",
    "“十三五”规划纲要",
    "推进“8+4”政策体系落地",
    "做优做强“415X”先进制造业集群",
    "深入实施“315”科技创新体系建设工程",
    "紧扣区委“1187”体系",
    "推动交易平台2.0版建设",
    "打造“五链融通”的产业创新",
    "全国两会期间热议",
    "联合三大运营商组建算力联盟",
    "共建“一带一路”",
    "锚定“万亩千亿”产业新平台",
    "围绕“三大千亿、两大百亿”产业目标",
    "一揽子政策相继出台",
    "推动云创、科创、文创三创融合",
    "G60科创走廊建设",
    // Addresses, phones, postcodes, standards, sections.
    "位于灵隐街道青芝坞石虎山18号",
    "园区位于玉古路159号",
    "联系电话0571-88886666",
    "咨询热线：13812345678",
    "邮编310000",
    "按照GB/T4754—2017国民经济行业分类",
    "通过ISO 9001认证",
    "第三章 总则",
    "（一）加快培育新质生产力",
    "乘坐地铁5号线到达",
    "拨打12345热线反映",
    // Vehicles, standards, grades.
    "长征五号运载火箭发射成功",
    "达到欧五排放标准",
    "国六车型全面上市",
    "4K超高清视频产业",
    "3D打印技术应用",
    "H.264编码芯片",
    // Idioms and words with numerals.
    "产品销往四面八方",
    "千方百计稳住就业",
    "迈向万物互联的时代",
    "百花齐放的创新格局",
    "百舸争流，千帆竞发",
    "一年之计在于春",
    "一把手亲自抓",
    "一线城市房价",
    "一次性告知",
    "园区二期还将扩建",
    "一举两得的办法",
    "十全十美的方案",
    "三心二意不可取",
    "一成不变的格局",
    // Scale labels: a class, not a figure.
    "成为百亿级企业",
    "打造千亿元级产业集群",
    "培育百亿元企业",
    "十亿级龙头企业",
    "华曦半导体12英寸晶圆厂二期开工",  // a wafer size names a product class
    "8英寸和12英寸特色工艺产线",
    "单位万元GDP能耗下降",
    "广泛使用于元宇宙会议",
    "闪‘元’产品上线",
    // Slashes that are no share, and halves that are idioms or durations.
    "2023/24赛季正式开赛",
    "3/15晚会曝光了一批企业",
    "提供7/24小时服务",
    "进入1/4决赛",
    "执行GB/T 19001标准",
    "他已年过半百",
    "过半年再复查",
    "另一半资金由企业自筹",
};

TEST_CASE("negative corpus: lookalikes yield no numeric record", "[negative]") {
  STATIC_REQUIRE(sizeof(kNegativeCorpus) / sizeof(kNegativeCorpus[0]) >= 60);
  for (const char* input : kNegativeCorpus) {
    INFO(input);
    std::vector<zhfacts::Record> numeric;
    for (const zhfacts::Record& r : figures_test::Extract(input)) {
      if (r.type != zhfacts::RecordType::kDate) numeric.push_back(r);
    }
    INFO(figures_test::Describe(numeric));
    CHECK(numeric.empty());
  }
}

}  // namespace
