// Quantities end to end through zhfacts::Extractor (issue 3, "Depth of numbers and units"): every figure with a
// measure word or a physical unit, its value with magnitudes folded in, the unit as written and the canonical
// conversion; and a negative corpus of names, codes, ordinals and dates that must yield no quantity.
// All sentences are written for these tests (OCR noise included: full-width digits, stray spaces, line breaks).
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/measure.h"
#include "measure_test_util.h"
#include "temp_file.h"

namespace {

using measure_test::Expected;
using zhfacts::RecordType;

// {input, text, value, value_min, value_max, unit, qualifier, value_canonical, unit_canonical, precision}
const Expected kQuantities[] = {
    // Counts: no canonical unit.
    {"截至目前,开发区累计集聚规上企业742家。", "742家", "742", "", "", "家", "exact", "", "", ""},
    {"活动吸引1280人到场观摩。", "1280人", "1280", "", "", "人", "exact", "", "", ""},
    {"全区新增高新技术企业１０６家，同比翻番。", "１０６家", "106", "", "", "家", "exact", "", "", ""},
    {"新能源汽车产量突破10万辆。", "突破10万辆", "100000", "", "", "辆", "over", "", "", ""},
    {"今年将建成5G基站3座、充电桩5套、生产线2条。", "3座", "3", "", "", "座", "exact", "", "", ""},
    {"今年将建成5G基站3座、充电桩5套、生产线2条。", "5套", "5", "", "", "套", "exact", "", "", ""},
    {"今年将建成5G基站3座、充电桩5套、生产线2条。", "2条", "2", "", "", "条", "exact", "", "", ""},
    {"全市市场主体超过1.7万家。", "超过1.7万家", "17000", "", "", "家", "over", "", "", ""},
    {"园区集聚上下游企业300多家。", "300多家", "300", "", "", "家", "over", "", "", ""},
    {"先后引进研发团队20余个。", "20余个", "20", "", "", "个", "over", "", "", ""},
    {"计划招引博士500名以上。", "500名以上", "500", "", "", "名", "over", "", "", ""},
    {"园区引进百余家企业。", "百余家", "100", "", "", "家", "over", "", "", ""},
    {"国产替代30项以上。", "30项以上", "30", "", "", "项", "over", "", "", ""},
    {"项目耗时3个月。", "3个月", "3", "", "", "月", "exact", "3", "month", ""},
    {"配套13500KVA矿热炉。", "13500KVA", "13500", "", "", "KVA", "exact", "13500", "kVA", ""},
    {"二三十人参加。", "二三十人", "", "20", "30", "人", "approx", "", "", ""},
    {"产能2—3万吨。", "2—3万吨", "", "20000", "30000", "吨", "range", "", "kg", ""},
    {"全年接待游客2.5亿人次。", "2.5亿人次", "250000000", "", "", "人次", "exact", "", "", ""},
    // Container throughput (TEU, canonical as its code) and parcels of land are built-in units.
    {"港口集装箱吞吐量达到1200万标箱。", "1200万标箱", "12000000", "", "", "标箱", "exact", "12000000", "TEU", ""},
    {"全年出让土地15宗。", "15宗", "15", "", "", "宗", "exact", "", "", ""},
    // Orders and customs declarations (单, 票) where the sentence speaks of them; batches (批次).
    {"无人机配送累计完成订单约215万单。", "约215万单", "2150000", "", "", "单", "approx", "", "", ""},
    {"跨境电商出口清单超过1500万票。", "超过1500万票", "15000000", "", "", "票", "over", "", "", ""},
    {"已先后组织4批次集中开工活动。", "4批次", "4", "", "", "批次", "exact", "", "", ""},
    // Scores (分) where the sentence speaks of them.
    {"合肥经开区综合得分95.8分。", "95.8分", "95.8", "", "", "分", "exact", "", "", ""},
    // Trains, cases and rounds (not 列入, 起步, 轮胎).
    {"中欧班列累计开行1623列。", "1623列", "1623", "", "", "列", "exact", "", "", ""},
    {"全年完成融资事件63起。", "63起", "63", "", "", "起", "exact", "", "", ""},
    {"经过46轮竞价成交。", "46轮", "46", "", "", "轮", "exact", "", "", ""},
    // Racks of a data centre, and watts written W.
    {"在用算力中心机架总规模超过1000万标准机架。", "超过1000万标准机架", "10000000", "", "", "标准机架", "over", "", "",
     ""},
    {"单卡功耗仅为75W。", "75W", "75", "", "", "W", "exact", "0.075", "kW", ""},
    // Wafers and other pieces (片; not 片区, 片刻 …).
    {"12英寸产线月产能突破2万片。", "突破2万片", "20000", "", "", "片", "over", "", "", ""},
    // Shares of stock (股; not 股东, 股份, 股票 …).
    {"公司拟以总股本3.6亿股为基数。", "3.6亿股", "360000000", "", "", "股", "exact", "", "", ""},
    {"园区现有企业1,280家。", "1,280家", "1280", "", "", "家", "exact", "", "", ""},
    // 前 ending 目前 / 此前 is not a ranking (前10名 is; see the negative rows).
    {"目前12家企业已签约入驻。", "12家", "12", "", "", "家", "exact", "", "", ""},
    {"此前3个项目已开工。", "3个", "3", "", "", "个", "exact", "", "", ""},
    {"用两年时间完成腾退。", "两年", "2", "", "", "年", "exact", "2", "year", ""},
    // 近 before a span of time is approximate after a duration's words and in minutes (近3个月 alone is recent).
    {"项目工期近20个月。", "近20个月", "20", "", "", "月", "approx", "20", "month", ""},
    {"建成后通行时间将缩短近20分钟。", "近20分钟", "20", "", "", "分钟", "approx", "1200", "s", ""},
    {"工程停滞六年之久。", "六年", "6", "", "", "年", "exact", "6", "year", ""},
    {"新增1万千瓦。", "1万千瓦", "10000", "", "", "千瓦", "exact", "10000", "kW", ""},
    {"现场签约28个重大项目。", "28个", "28", "", "", "个", "exact", "", "", ""},
    {"每年节约800万度电。", "800万度", "8000000", "", "", "度", "exact", "8000000", "kWh", ""},
    {"最近3年新增厂房1700平方米。", "3年", "3", "", "", "年", "exact", "3", "year", ""},
    {"审批压缩至5个工作日。", "5个工作日", "5", "", "", "工作日", "exact", "5", "workday", ""},
    {"累计推广首台套装备120台套。", "120台套", "120", "", "", "台套", "exact", "", "", ""},
    {"年满18周岁的居民。", "18周岁", "18", "", "", "周岁", "exact", "18", "year", ""},
    {"共有一百二十人报名。", "一百二十人", "120", "", "", "人", "exact", "", "", ""},
    {"全市常住人口1200多万人。", "1200多万人", "12000000", "", "", "人", "over", "", "", ""},
    {"年产钢材300余万吨。", "300余万吨", "3000000", "", "", "吨", "over", "3000000000", "kg", ""},
    {"住宅面积约30坪。", "约30坪", "30", "", "", "坪", "approx", "99.17355", "m2", ""},
    {"年发电量约 800万度。", "约 800万度", "8000000", "", "", "度", "approx", "8000000", "kWh", ""},
    {"预计建设周期5至10年。", "5至10年", "", "5", "10", "年", "range", "", "year", ""},
    {"假期高速公路小客车流量约为312万辆次。", "约为312万辆次", "3120000", "", "", "辆次", "approx", "", "", ""},
    {"集成电路产量12.5亿块，增长20.1%。", "12.5亿块", "1250000000", "", "", "块", "exact", "", "", ""},
    {"全年新增装机将在270 GW至300GW之间。", "270 GW至300GW", "", "270", "300", "GW", "range", "", "kW", ""},
    {"审批时间约10—15分钟。", "约10—15分钟", "", "10", "15", "分钟", "range", "", "s", ""},
    {"企业从100家增加到300家。", "300家", "300", "", "", "家", "exact", "", "", ""},
    {"每场招聘200-300人。", "200-300人", "", "200", "300", "人", "range", "", "", ""},
    {"有三十余家企业参展。", "三十余家", "30", "", "", "家", "over", "", "", ""},
    {"现场来了四五十人。", "四五十人", "", "40", "50", "人", "approx", "", "", ""},
    // Small counts in Chinese numerals with a measure word of firms, people or products.
    {"园区又有两家大模型企业通过备案。", "两家", "2", "", "", "家", "exact", "", "", ""},
    {"新招人员中有三名为博士研究生。", "三名", "3", "", "", "名", "exact", "", "", ""},
    {"公司推出两款星载计算机。", "两款", "2", "", "", "款", "exact", "", "", ""},
    {"今年一次招录十二人尚属首次。", "十二人", "12", "", "", "人", "exact", "", "", ""},
    {"活动共吸引观众10.3万人次。", "10.3万人次", "103000", "", "", "人次", "exact", "", "", ""},
    {"每年发射卫星13~16发/年。", "13~16发/年", "", "13", "16", "发/年", "range", "", "", ""},
    {"平台已汇聚专利约2000项。", "约2000项", "2000", "", "", "项", "approx", "", "", ""},
    {"部署1000张GPU卡，打造万卡集群。", "1000张", "1000", "", "", "张", "exact", "", "", ""},
    {"部署1000张GPU卡，打造万卡集群。", "万卡", "10000", "", "", "卡", "exact", "", "", ""},
    {"新建5000个充电桩。", "5000个", "5000", "", "", "个", "exact", "", "", ""},
    {"带动就业不少于3000人。", "不少于3000人", "3000", "", "", "人", "at_least", "", "", ""},
    {"共有企业 742家 入驻。", "742家", "742", "", "", "家", "exact", "", "", ""},
    // Area: base m2; 亩 = 2000/3 m2, rounded to 4 places.
    {"项目总用地370亩,计划年内开工。", "370亩", "370", "", "", "亩", "exact", "246666.6667", "m2", ""},
    {"新建厂房1700平方米。", "1700平方米", "1700", "", "", "平方米", "exact", "1700", "m2", ""},
    {"建设约300—600平方米的展示中心。", "约300—600平方米", "", "300", "600", "平方米", "range", "", "m2", ""},
    {"总建筑面积1.2万平方米。", "1.2万平方米", "12000", "", "", "平方米", "exact", "12000", "m2", ""},
    {"规划面积6平方公里。", "6平方公里", "6", "", "", "平方公里", "exact", "6000000", "m2", ""},
    {"全省养殖面积达387万亩。", "387万亩", "3870000", "", "", "亩", "exact", "2580000000", "m2", ""},
    {"占地约3公顷。", "约3公顷", "3", "", "", "公顷", "approx", "30000", "m2", ""},
    // Energy (base kWh), power (base kW), voltage (base kV).
    {"年发电量约800万度,节约标准煤2000吨。", "约800万度", "8000000", "", "", "度", "approx", "8000000", "kWh", ""},
    {"年发电量约800万度,节约标准煤2000吨。", "2000吨", "2000", "", "", "吨", "exact", "2000000", "kg", ""},
    {"光伏组件产能达到2GW。", "2GW", "2", "", "", "GW", "exact", "2000000", "kW", ""},
    {"装机容量 500 MW 的电站。", "500 MW", "500", "", "", "MW", "exact", "500000", "kW", ""},
    {"新增装机120万千瓦。", "120万千瓦", "1200000", "", "", "千瓦", "exact", "1200000", "kW", ""},
    {"建设220千伏变电站一座。", "220千伏", "220", "", "", "千伏", "exact", "220", "kV", ""},
    {"接入110kV电网。", "110kV", "110", "", "", "kV", "exact", "110", "kV", ""},
    {"储能电站年放电3.5亿千瓦时。", "3.5亿千瓦时", "350000000", "", "", "千瓦时", "exact", "350000000", "kWh", ""},
    {"功耗仅35瓦。", "35瓦", "35", "", "", "瓦", "exact", "0.035", "kW", ""},
    // Mass (base kg), length (base m).
    {"设备重1.4千克,约一本书大小。", "1.4千克", "1.4", "", "", "千克", "exact", "1.4", "kg", ""},
    {"新增产能10万吨/年。", "10万吨/年", "100000", "", "", "吨/年", "exact", "100000000", "kg/year", ""},
    {"日均销售辣椒20万公斤。", "20万公斤", "200000", "", "", "公斤", "exact", "200000", "kg", ""},
    {"货车缴获近一吨货物。", "近一吨", "1", "", "", "吨", "approx", "1000", "kg", ""},
    {"这条鱼有十五斤半。", "十五斤半", "15.5", "", "", "斤", "exact", "7.75", "kg", ""},
    {"为12米大巴打造自动驾驶系统。", "12米", "12", "", "", "米", "exact", "12", "m", ""},
    {"隧道全长12公里。", "12公里", "12", "", "", "公里", "exact", "12000", "m", ""},
    {"厚度仅40微米。", "40微米", "40", "", "", "微米", "exact", "0.00004", "m", ""},
    {"膜层厚度仅5nm。", "5nm", "5", "", "", "nm", "exact", "0.000000005", "m", ""},
    {"新建12英吋晶圆产线。", "12英吋", "12", "", "", "英吋", "exact", "0.3048", "m", ""},  // Taiwan's 英寸
    {"海拔下降负0.2千米。", "负0.2千米", "-0.2", "", "", "千米", "exact", "-200", "m", ""},
    // Durations (base s; 年 and 个月 have no fixed length).
    {"项目历时9年建成。", "9年", "9", "", "", "年", "exact", "9", "year", ""},
    {"仅用50分钟完成计算。", "50分钟", "50", "", "", "分钟", "exact", "3000", "s", ""},
    {"时延低于15毫秒。", "低于15毫秒", "15", "", "", "毫秒", "under", "0.015", "s", ""},
    {"连续运行超2000个小时。", "超2000个小时", "2000", "", "", "小时", "over", "7200000", "s", ""},
    {"审批时间压缩至不足10天。", "不足10天", "10", "", "", "天", "under", "864000", "s", ""},
    {"工期约18个月。", "约18个月", "18", "", "", "月", "approx", "18", "month", ""},
    // Half a unit (半年, 半个月, 半个), and a small Chinese numeral a demonstrative points at (这两年).
    {"从立项到投产仅用了半年\n\n时间。", "半年", "0.5", "", "", "年", "exact", "0.5", "year", ""},
    {"花了半个月完成调试。", "半个月", "0.5", "", "", "月", "exact", "0.5", "month", ""},
    {"约半个小时即可完成。", "约半个小时", "0.5", "", "", "小时", "approx", "1800", "s", ""},
    {"仅使用半个机柜的算力。", "半个", "0.5", "", "", "个", "exact", "", "", ""},
    {"经过这两年的培育，平台初具规模。", "两年", "2", "", "", "年", "exact", "2", "year", ""},
    {"粮食产量连续九年稳定在高位。", "九年", "9", "", "", "年", "exact", "9", "year", ""},
    {"去化周期约为18个月。", "约为18个月", "18", "", "", "月", "approx", "18", "month", ""},
    // Qualifiers from qualifiers.tsv, including its measure-only rows (多/余 after the unit, 内).
    {"全县60周岁及以上人口12.3万人。", "60周岁及以上", "60", "", "", "周岁", "at_least", "60", "year", ""},
    {"培养35岁及以下青年人才1200人。", "35岁及以下", "35", "", "", "岁", "at_most", "35", "year", ""},
    {"他的年龄不小于三十岁。", "不小于三十岁", "30", "", "", "岁", "at_least", "30", "year", ""},
    {"每月航班超过1600班。", "超过1600班", "1600", "", "", "班", "over", "", "", ""},
    {"单车载重不大于49吨。", "不大于49吨", "49", "", "", "吨", "at_most", "49000", "kg", ""},
    {"日均处理垃圾30吨多。", "30吨多", "30", "", "", "吨", "over", "30000", "kg", ""},
    {"单位能耗不高于0.5吨标准煤。", "不高于0.5吨标准煤", "0.5", "", "", "吨标准煤", "at_most", "0.5", "tce", ""},
    // Data (base B, decimal prefixes), frequency.
    {"存储容量32TB。", "32TB", "32", "", "", "TB", "exact", "32000000000000", "B", ""},
    {"数据总量超过5PB。", "超过5PB", "5", "", "", "PB", "over", "5000000000000000", "B", ""},
    {"主频达到3.2GHz。", "3.2GHz", "3.2", "", "", "GHz", "exact", "3200000000", "Hz", ""},
    {"五十兆字节的文件", "五十兆字节", "50", "", "", "兆字节", "exact", "50000000", "B", ""},
    // A second measure after a unit and a slash: power and energy of a storage plant.
    {"新型储能装机规模达到186万千瓦/372万千瓦时。", "372万千瓦时", "3720000", "", "", "千瓦时", "exact", "3720000", "kWh",
     ""},
    // A count named before its number (quantity.unit_first), with a link, a qualifier and OCR's full-width digits.
    {"春节假期全市观影人次112.6万，票房5120万元。", "112.6万", "1126000", "", "", "人次", "exact", "", "", ""},
    {"前10个月集装箱吞吐量标箱达2310万，同比增长5%。", "2310万", "23100000", "", "", "标箱", "exact", "23100000",
     "TEU", ""},
    {"全年接待游客人次超１２００万。", "超１２００万", "12000000", "", "", "人次", "over", "", "", ""},
};

TEST_CASE("quantities: value, unit, qualifier and canonical form", "[quantity]") {
  for (const Expected& e : kQuantities) measure_test::CheckExpected(e, RecordType::kQuantity);
}

// Lookalikes that must yield no quantity record at all.
const char* const kNotQuantities[] = {
    "全市掀起一股投资热潮，3股东联合增资。",
    "候选人得票数领先，3单位联合发布。",  // 单 and 票 only where orders or declarations are spoken of
    "3片区联动发展，稍等片刻。",
    "每人补贴5块钱，3块状区域连片开发。",
    "序号 项目名称\n1 年产高端铝材项目\n2 台州智能制造产业园\n3 家居产业园二期\n4 个人护理用品生产基地",  // row numbers
    "5G网络覆盖全区。",
    "规划建设万卡级智算集群。",  // a class of cluster, as 万吨级 is one of ship: no count of cards
    "这是市里的一号工程。",
    "长征五号火箭发射成功。",
    "三大运营商共同参与。",
    "这是第3个项目。",
    "公司位于石虎山18号。",
    "车辆排放达到欧五标准。",
    "入选中国企业500强。",
    "咨询电话0571-88886666。",
    "项目总投资人民币3亿元。",  // money
    "第5人次2万。",            // a numeral before the unit: no phrase it closes
    "40纳米特色工艺良率达到98.2%。",  // a process node, with a modifier before 工艺
    "公司28纳米车规级MCU出货量增长50%，7nm芯片良率提升。",  // process nodes before a product
    "规划建设6英寸碳化硅晶圆产线。",  // a wafer size, with its material before 晶圆
    "邮编310000。",
    "按照GB/T4754—2017分类。",
    "2023年全区经济稳步增长。",
    "二〇二三年工作报告。",
    "打通服务企业的最后一公里。",
    "我们有一个目标。",
    "三年行动计划正式发布。",
    "走进千家万户。",
    "打造10万吨级码头。",
    "前10名企业获得奖励。",
    "每100人配备一名医生。",
    "三时纪品牌发布新品。",
    "二元工业有限公司。",
    "三一重工参展。",
    "极氪001交付。",
    "昇腾384超节点亮相。",
    "打造千亿级产业集群。",
    "5年期以上LPR为3.85%。",  // a loan term, not a duration
    "培育百亿元企业。",
    "十三五规划圆满收官。",
    "详见第三章第2节。",
    "3.2 主要任务",
    "(一)总体要求",
    "一体化发展格局。",
    "双一流高校。",
    "一带一路沿线。",
    "这项技术世界领先。",
    "比亚迪汉EV上市。",
    "华为Mate60热销。",
    "京沪高铁G2次列车。",
    "地铁5号线开通。",
    "COVID-19疫情期间。",
    "四川成都天府新区。",
    "数十家企业参与。",
    "纳入年度十件民生实事。",
    "出台新二十条措施。",
    "（1亩≈666.67平方米）",
    "换算关系为1吨=1000千克。",
    "过三两天再说。",
    "还有一两个问题。",
    "上百家企业参与。",
    "百家争鸣的局面。",
    "历时3个多月。",
    "实施高新技术企业培育3年计划。",
    "A320客机。",
    "同比提高1.2个百分点。",
    "规上工业总产值253.63亿元。",
    "占比达64.48%。",
    "十四五规划提出的目标。",
    "这两家公司合作。",
    // …but not when they sum up items just listed, point back to people just named, or count aspects or names.
    "科技、经信两家单位联合发文。",
    "张某、李某在求学期间相识。两人博士毕业后回国创业。",
    "重点抓好三个方面的工作。",
    "坚决做到“两个维护”。",
    "一家企业落户。",
    "12月份数据显示。",
    "3月22日召开会议。",
    "今天气温30度。",
    "5P图片处理软件。",
    "这里有100人民币。",
    "iPhone15发布。",
    "B2栋办公楼。",
    "2020年到2025年期间。",
    "过去5年前的事。",
    // Process nodes are generations' names (like 5G); halves of the year are dates; 一半 and 过半 are shares.
    "实现5nm技术节点靶材量产。",
    "采用7纳米制程工艺。",
    "上半年经济运行平稳。",
    "下半年将开工建设。",
    "一半以上的企业。",
    "减半征收。",
    "大半年过去了。",
    "半年报显示营收稳定。",
    "半个多月后复工。",
    "半年来新增企业。",
    "5列入省重点项目。",
    "从2021年起实施。",
};

TEST_CASE("quantities: the negative corpus yields nothing", "[quantity][negative]") {
  for (const char* input : kNotQuantities) measure_test::CheckNone(input, RecordType::kQuantity);
}

TEST_CASE("quantities: dates, money and percentages win overlaps", "[quantity]") {
  auto got = measure_test::RecordsOf("2023年产值达到300万元,占比12%,9年来新增厂房1700平方米。", RecordType::kQuantity);
  std::vector<std::string> texts;
  for (const auto& r : got) texts.push_back(r.text);
  CHECK(texts == std::vector<std::string>{"9年", "1700平方米"});
}

TEST_CASE("quantities: a whole OCR-damaged paragraph keeps exact provenance", "[quantity]") {
  const std::string text =
      "\xEF\xBB\xBF本报讯　园区占地３７０亩，\r\n年发电量约800万度电。\r\n\r\n项目历时９年，新建厂房１，７００平方米，"
      "引进企业 742家 ,带动就业超过1.2万人。";
  auto got = measure_test::RecordsOf(text, RecordType::kQuantity);
  std::vector<std::string> texts, values;
  for (const auto& r : got) {
    texts.push_back(r.text);
    values.push_back(r.value);
  }
  CHECK(texts == std::vector<std::string>{"３７０亩", "约800万度", "９年", "１，７００平方米", "742家", "超过1.2万人"});
  CHECK(values == std::vector<std::string>{"370", "8000000", "9", "1700", "742", "12000"});
}

TEST_CASE("quantities: a user lexicon adds a unit", "[quantity]") {
  zhfacts_test::TempFile units("zhfacts_quantity_test_units.tsv",
                               "# test units\nword\tcode\tdimension\tfactor_to_base\tbase\tname\tcontext\tnot_before\n"
                               "车皮\twagon\tcount\t\t\tWagon\t\t\n");
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {units.path()};
  auto ex = zhfacts::Extractor::Create(options);
  REQUIRE(ex.ok());
  auto doc = ex->Extract("全年铁路发运煤炭1200车皮。");
  REQUIRE(doc.ok());
  REQUIRE(doc->records.size() == 1);
  CHECK(doc->records[0].value == "1200");
  CHECK(doc->records[0].unit == "车皮");
  CHECK(doc->records[0].unit_canonical == "wagon");
  // Without the user lexicon the word is no unit.
  auto plain = zhfacts::Extractor::Create();
  REQUIRE(plain.ok());
  auto none = plain->Extract("全年铁路发运煤炭1200车皮。");
  REQUIRE(none.ok());
  for (const zhfacts::Record& r : none->records) CHECK(r.unit != "车皮");
}

// A measure-suffix row of a user qualifiers.tsv qualifies quantities, not money: 有奇 after an amount of money is
// left out of the figure.
TEST_CASE("quantities: a user lexicon adds a measure-only qualifier", "[quantity][lexicon]") {
  zhfacts_test::TempFile qualifiers("zhfacts_quantity_test_qualifiers.tsv",
                                    "# test qualifiers\nword\tqualifier\tposition\n有奇\tover\tmeasure-suffix\n");
  zhfacts::ExtractorOptions options;
  options.lexicon_files = {qualifiers.path()};
  auto ex = zhfacts::Extractor::Create(options);
  REQUIRE(ex.ok());
  auto doc = ex->Extract("运粮三十吨有奇，费银五百两，共计三十万元有奇。");
  REQUIRE(doc.ok());
  std::vector<std::string> texts;
  for (const zhfacts::Record& r : doc->records) {
    texts.push_back(r.text);
    if (r.text == "三十吨有奇") CHECK(r.qualifier == zhfacts::Qualifier::kOver);
  }
  CHECK(std::find(texts.begin(), texts.end(), "三十吨有奇") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "三十万元") != texts.end());

  zhfacts_test::TempFile bad("zhfacts_quantity_test_qualifiers_bad.tsv",
                             "# test qualifiers\nword\tqualifier\tposition\n有奇\tover\tpostfix\n");
  options.lexicon_files = {bad.path()};
  auto failed = zhfacts::Extractor::Create(options);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message().find("zhfacts_quantity_test_qualifiers_bad.tsv:3") != std::string::npos);
  CHECK(failed.status().message().find("measure-suffix") != std::string::npos);
}

}  // namespace

// measure::IsDefinition's look-back for an open parenthesis, on hand-made matches: the figure is [begin, end) of a
// one-sentence text; inside parentheses whose content defines something it is a definition.
TEST_CASE("quantities: IsDefinition finds the open parenthesis before the figure", "[quantity]") {
  struct Case {
    std::string text, figure;
    bool definition;
  };
  const Case cases[] = {
      {"（666.67平方米即1亩）", "666.67平方米", true},
      {"(666.67平方米即1亩)", "666.67平方米", true},
      {"（园区）新增厂房1700平方米，即", "1700平方米", false},
      {"（甲）(乙新增厂房1700平方米指标", "1700平方米", true},   // the later, ASCII one is open
      {"(甲)（乙新增厂房1700平方米指标", "1700平方米", true},    // the later, fullwidth one is open
      {"（甲）（乙）新增厂房1700平方米", "1700平方米", false},
      {"(甲)(乙)新增厂房1700平方米,指标", "1700平方米", false},
      {"新增厂房1700平方米（即园区）", "1700平方米", false},
      {"，，：新增厂房1700平方米", "1700平方米", false},
      {"1700平方米", "1700平方米", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    zhfacts::internal::Sentence sentence;
    sentence.begin = 0;
    sentence.end = c.text.size();
    std::size_t begin = c.text.find(c.figure);
    REQUIRE(begin != std::string::npos);
    std::string_view whole(c.text);
    std::string_view groups[] = {whole.substr(begin, c.figure.size())};
    zhfacts::internal::RuleMatch m{whole, &sentence, 0, groups, 1};
    CHECK(zhfacts::internal::measure::IsDefinition(m, m.begin(0), m.end(0), false) == c.definition);
  }
}
