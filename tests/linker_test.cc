// Linking (lib/extract/linker.cc): metric, metric_class, period, subject, qualifies; retyping money as output_value.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/dimensions.h"
#include "extract/rule.h"
#include "figures_test_util.h"
#include "lexicon/lexicon.h"
#include "normalize/segmenter.h"

namespace {

using figures_test::Describe;
using figures_test::Extract;
using figures_test::Figures;
using zhfacts::RecordType;

struct LinkCase {
  const char* input;
  const char* text;  // the figure to look at
  RecordType type;
  const char* metric;
  const char* metric_class;
  const char* period;
  const char* subject;
  const char* unit = nullptr;  // checked when given (a currency the document named before)
};

const LinkCase kLinkCases[] = {
    // A phrase does not start with the date before it.
    {"2024年五一假期接待游客96.8万人次。", "96.8万人次", RecordType::kQuantity, "接待游客", "population",
     "2024-05-01/2024-05-05", ""},
    // After a semicolon the sentence goes on in the period of the one before it, not the paragraph's opening.
    {"2024年以来，房地产市场平稳。2024年10月份，新房价格环比下降0.4%；二手住宅价格环比下降0.6%。", "0.6%",
     RecordType::kGrowthRate, "二手住宅价格", "price", "2024-10", ""},
    {"2024年，园区上市企业14家，去年同期为11家。", "11家", RecordType::kQuantity, "上市企业", "enterprises", "2023", ""},
    // 年 opens a keep word (年度, 年产能) unless a number or time word owns it (2027年产值, 全年产值).
    {"今年年度计划投资8500亿元。", "8500亿元", RecordType::kMoney, "年度计划投资", "investment", "2024", ""},
    {"力争2027年产值突破百亿元。", "突破百亿元", RecordType::kOutputValue, "产值", "output_value", "2027", ""},
    {"单位地区生产总值能耗降低3.2%。", "3.2%", RecordType::kGrowthRate, "单位地区生产总值能耗", "energy", "", ""},
    // 全年 after a part of one year takes that whole year.
    {"2025年前三季度，公司营业收入86亿元，全年营收有望达到120亿元。", "120亿元", RecordType::kMoney, "营收", "revenue",
     "2025", ""},
    // A difference from a comparand measures what stands before the comparison, not the comparand's rate: here the
    // rate just given, by its rate word.
    {"核心产业增加值增长12.5%，增速高于全省GDP增速6.2个百分点。", "6.2个百分点", RecordType::kGrowthRate,
     "核心产业增加值增速", "growth", "", ""},
    // A change in points of the growth rate just given is a change of that rate.
    {"1—10月，全省全社会用电量3782亿千瓦时，同比增长7.6%，增速较上年同期提高1.2个百分点。", "1.2个百分点",
     RecordType::kGrowthRate, "全社会用电量增速", "growth", "2024-01/2024-10", ""},
    {"1—10月，房地产开发投资下降9.8%，降幅比1—9月收窄1.3个百分点。", "1.3个百分点", RecordType::kGrowthRate,
     "房地产开发投资降幅", "growth", "2024-01/2024-10", ""},
    // The level a change in points comes to; a change against a base stated with 提高.
    {"2024年，期间费用率下降1.3个百分点至11.5%。", "11.5%", RecordType::kPercentage, "期间费用率", "rate", "2024", ""},
    {"2024年，水稻亩产632公斤，较上年提高18公斤。", "18公斤", RecordType::kQuantity, "水稻亩产", "production", "2024", ""},
    // A sentence opening with 其中 details the one before it: its period, not the paragraph's opening one.
    {"2025年10月份，全市规上工业增加值增长6.1%。2025年1—10月，社会消费品零售总额增长5.3%。其中，通讯器材类零售额增长"
     "26.7%。",
     "26.7%", RecordType::kGrowthRate, "通讯器材类零售额", "sales", "2025-01/2025-10", ""},
    // An agency dateline glued to the company's name is no part of it.
    {"新华社杭州3月4日电 华芯科技公司营业收入达到120亿元。", "120亿元", RecordType::kMoney, "营业收入", "revenue", "",
     "华芯科技公司"},
    // An industry's growth (分门类看), funds that arrived (到位 holds the particle 到), a link word before the figure.
    {"分门类看，采矿业增长3.1%，制造业增长7.3%。", "7.3%", RecordType::kGrowthRate, "制造业", "sector", "", ""},
    {"力争全年实际到位资金突破600亿元。", "突破600亿元", RecordType::kMoney, "实际到位资金", "financing", "", ""},
    {"人才总量力争达到70万人。", "70万人", RecordType::kQuantity, "人才总量", "", "", ""},
    // The same period a year before: the figure just given's metric, its period a year back.
    {"2024年，公司实现净利润38.9亿元，上年同期为28.7亿元。", "28.7亿元", RecordType::kMoney, "净利润", "profit", "2023", ""},
    {"今年前三季度，全市出口752.9亿元，去年同期为700亿元。", "700亿元", RecordType::kMoney, "出口", "export",
     "2023-01/2023-09", ""},
    // Modifiers longer than ten characters are taken whole when a boundary ends them, not cut inside a word.
    {"1—10月，规模以上电子信息制造业营业收入达到1560亿元。", "1560亿元", RecordType::kMoney,
     "规模以上电子信息制造业营业收入", "revenue", "2024-01/2024-10", ""},
    // A news lead (day, source) before the date that opens the paragraph's period.
    {"11月18日，记者从宁川海关获悉，2025年1—10月，全市进出口总值1086.4亿元。其中，出口752.9亿元。", "752.9亿元",
     RecordType::kMoney, "出口", "export", "2025-01/2025-10", ""},
    // A growth restated in real terms shares the metric (and basis) of the nominal one before it.
    {"2024年，居民人均可支配收入同比名义增长5.2%，扣除价格因素实际增长5.3%。", "5.3%", RecordType::kGrowthRate,
     "居民人均可支配收入", "income", "2024", ""},
    // A demonstrative (这, 这项, 这里, 该批 …) is no part of the metric.
    {"这项投资达5亿元，该批设备总价1200万元。", "5亿元", RecordType::kMoney, "投资", "investment", "", ""},
    {"这项投资达5亿元，该批设备总价1200万元。", "1200万元", RecordType::kMoney, "设备总价", "amount", "", ""},
    {"这里水深超过250m，适合建设深水码头。", "超过250m", RecordType::kQuantity, "水深", "", "", ""},
    {"经过这两年的培育，平台初具规模。", "两年", RecordType::kQuantity, "", "", "", ""},
    {"2023年，江山经济开发区全年实现规上工业总产值253.63亿元，同比增长2.08%。", "253.63亿元",
     RecordType::kOutputValue, "规上工业总产值", "output_value", "2023", "江山经济开发区"},
    {"2023年，江山经济开发区全年实现规上工业总产值253.63亿元，同比增长2.08%。", "2.08%",
     RecordType::kGrowthRate, "规上工业总产值", "output_value", "2023", "江山经济开发区"},
    {"2023年，浙江康鹏半导体有限公司销售额同比增长25%。", "25%", RecordType::kGrowthRate, "销售额", "sales",
     "2023", "浙江康鹏半导体有限公司"},
    {"此外，开发区与多家银行对接，为区块筹集46亿元做地资金。", "46亿元", RecordType::kMoney, "做地资金",
     "financing", "", ""},
    {"2023年，昆山高新区先进计算产业产值近140亿元。", "近140亿元", RecordType::kOutputValue, "先进计算产业产值",
     "output_value", "2023", "昆山高新区"},
    {"力争R&D投入经费超800亿元。", "超800亿元", RecordType::kMoney, "R&D投入经费", "rd", "", ""},
    {"全市固定资产投资完成36.46亿元。", "36.46亿元", RecordType::kMoney, "固定资产投资", "investment", "", ""},
    {"2022年，衢州市地区生产总值２００３亿元。", "２００３亿元", RecordType::kOutputValue, "地区生产总值", "gdp",
     "2022", "衢州市"},
    {"两家企业的产值分别为3.5亿元和6亿元。", "6亿元", RecordType::kOutputValue, "产值", "output_value", "", ""},
    {"每年为企业减负5000万元左右。", "5000万元左右", RecordType::kMoney, "", "", "", ""},
    {"居民消费价格指数上涨0.2%，环比下降0.3%。", "0.3%", RecordType::kGrowthRate, "居民消费价格指数", "price", "",
     ""},
    {"城镇居民人均可支配收入68000元，增长5.1%。", "68000元", RecordType::kMoney, "城镇居民人均可支配收入",
     "income", "", ""},
    {"2023年，全市规模以上工业增加值增长7.3%。", "7.3%", RecordType::kGrowthRate, "规模以上工业增加值",
     "value_added", "2023", ""},
    {"协鑫大规模钙钛矿生产线项目总投资50亿元。", "50亿元", RecordType::kMoney, "总投资", "investment", "",
     ""},
    {"全市5G用户渗透率超过七成。", "超过七成", RecordType::kPercentage, "5G用户渗透率", "rate", "", ""},
    {"计划投入大规模5亿元。", "5亿元", RecordType::kMoney, "", "", "", ""},
    {"规上工业利润总额增长两成以上，亏损面收窄3.5个百分点。", "3.5个百分点", RecordType::kGrowthRate, "亏损面", "rate",
     "", ""},
    // A note on prices between a figure and its growth (不变价格 measures nothing); foreign capital is investment.
    {"全市地区生产总值4120.5亿元，按不变价格计算，比上年增长5.4%。", "5.4%", RecordType::kGrowthRate,
     "地区生产总值", "gdp", "", ""},
    {"全年实际使用外资2.75亿美元，下降12.6%。", "12.6%", RecordType::kGrowthRate, "实际使用外资", "investment", "",
     ""},
    // A change against a base measures what the figure before it did (增加 is no noun: 比上年末增加 names nothing).
    {"年末户籍人口356.2万人，比上年末增加1.8万人。", "1.8万人", RecordType::kQuantity, "户籍人口", "population",
     "2024-12", ""},
    {"全区科技型中小企业达到930家，比上年多57家。", "57家", RecordType::kQuantity, "科技型中小企业", "enterprises",
     "", ""},
    {"景区接待游客增加8.6万人次。", "8.6万人次", RecordType::kQuantity, "景区接待游客", "population", "", ""},
    // A unit set apart by a space, or an OCR line break, before the phrase a figure measures.
    {"近三年来，该省新能源汽车产量年均增长45.2%。", "45.2%", RecordType::kGrowthRate, "新能源汽车产量", "production",
     "2021/2024", ""},
    {"对符合条件的项目给予不超过500万元的一次性奖励。", "不超过500万元", RecordType::kMoney, "一次性奖励", "subsidy",
     "", ""},
    {"10月份出口额增长12%。", "12%", RecordType::kGrowthRate, "出口额", "export", "2024-10", ""},
    // Company reports: 在手 keeps 在, 之间 names nothing, a listed company in general is no subject.
    {"截至报告期末，公司在手订单约85亿元。", "约85亿元", RecordType::kMoney, "在手订单", "sales", "", ""},
    {"预计全年产量在3万吨至5万吨之间。", "3万吨至5万吨", RecordType::kQuantity, "产量", "production", "", ""},
    {"归属于上市公司股东的净利润2.1亿元。", "2.1亿元", RecordType::kMoney, "归属于上市公司股东的净利润", "profit", "",
     ""},
    // A quoted word inside a metric is part of it, unless the phrase grows too long with it.
    {"全市新增专精特新“小巨人”企业47家。", "47家", RecordType::kQuantity, "专精特新“小巨人”企业", "enterprises", "",
     ""},
    {"全區新增專精特新「小巨人」企業12家。", "12家", RecordType::kQuantity, "专精特新「小巨人」企业", "enterprises", "",
     ""},
    {"今年前三季度，“新三样”产品出口增长25.6%。", "25.6%", RecordType::kGrowthRate, "“新三样”产品出口", "export",
     "2024-01/2024-09", ""},
    {"临江智能制造“千亩百亿”新产业平台总产值突破90亿元。", "突破90亿元", RecordType::kOutputValue,
     "新产业平台总产值", "output_value", "", ""},
    // The base of a comparison is no period: 较去年同期 leaves the figure the as-of date of its sentence.
    {"截至9月底，全省在用算力规模达1.8万P，较去年同期增长60%。", "60%", RecordType::kGrowthRate, "在用算力规模",
     "compute", "2024-09-30", ""},
    {"三期建成后算力规模将超过2000P。", "超过2000P", RecordType::kComputePower, "算力规模", "compute", "", ""},
    {"二期建成后新增 300P 智能算力。", "300P", RecordType::kComputePower, "智能算力", "compute", "", ""},
    {"本轮梳理出27项\n惠企政策清单。", "27项", RecordType::kQuantity, "惠企政策清单", "", "", ""},
    // A listed item with a head word of its own keeps it; the others share the last item's head.
    {"全县规上工业增加值、固定资产投资分别增长8.2%和5.5%。", "8.2%", RecordType::kGrowthRate, "规上工业增加值",
     "value_added", "", ""},
    {"全县规上工业增加值、固定资产投资分别增长8.2%和5.5%。", "5.5%", RecordType::kGrowthRate, "固定资产投资",
     "investment", "", ""},
    {"全市工业投资、民间投资分别增长9.1%和3.6%。", "9.1%", RecordType::kGrowthRate, "工业投资", "investment", "",
     ""},
    // A level given as the year before's is a year back; the level it changed to keeps the sentence's period.
    {"2023年，全市企业数量由上年的120家增至150家。", "120家", RecordType::kQuantity, "企业数量", "enterprises", "2022", ""},
    {"2023年，全市企业数量由上年的120家增至150家。", "150家", RecordType::kQuantity, "企业数量", "enterprises", "2023", ""},
    {"1—9月，全省外贸进出口总值从上年同期的1200亿元增加到1350亿元。", "1200亿元", RecordType::kMoney,
     "外贸进出口总值", "trade", "2023-01/2023-09", ""},
    {"1—9月，全省外贸进出口总值从上年同期的1200亿元增加到1350亿元。", "1350亿元", RecordType::kMoney,
     "外贸进出口总值", "trade", "2024-01/2024-09", ""},
    // A multiple's base year is no period: the figure is of the sentence's year.
    {"2024年，全省集成电路出口额相当于2020年的3倍多。", "3倍多", RecordType::kGrowthRate, "集成电路出口额",
     "export", "2024", ""},
    // A short OCR line cut inside a metric of the lexicons (实 / 际利用外资) is no heading; 良率 is a rate.
    {"今年以来，全区坚持招商引资和项目建设两手抓，经济运行稳中向好。\n全年引进亿元以上项目86个，实\n"
     "际利用外资约二十亿美元，同比增长百分之十二，创历史新高。",
     "约二十亿美元", RecordType::kMoney, "实际利用外资", "investment", "", ""},
    {"目前，产线综合良率稳定在95%以上。", "95%以上", RecordType::kPercentage, "产线综合良率", "rate", "", ""},
    // A running total with no words of its own counts what the figure before it counted.
    {"今年新增光伏装机约862万千瓦，累计达到4315万千瓦。", "4315万千瓦", RecordType::kQuantity, "光伏装机", "capacity",
     "2024", ""},
    {"全市单位GDP二氧化碳排放强度累计下降18%。", "18%", RecordType::kGrowthRate, "单位GDP二氧化碳排放强度",
     "emissions", "", ""},
    // Company reports: the profit attributable to shareholders and the one after non-recurring items are metrics
    // of their own; Hong Kong and Taiwan profit words.
    {"实现归属于上市公司股东的净利润5.84亿元；扣除非经常性损益后的净利润5.12亿元。", "5.84亿元", RecordType::kMoney,
     "归属于上市公司股东的净利润", "profit", "", ""},
    {"实现归属于上市公司股东的净利润5.84亿元；扣除非经常性损益后的净利润5.12亿元。", "5.12亿元", RecordType::kMoney,
     "扣除非经常性损益后的净利润", "profit", "", ""},
    {"集團股東應佔溢利4.15億港元。", "4.15億港元", RecordType::kMoney, "股东应占溢利", "profit", "", ""},
    // A work report: the year of its section heading dates the figures of the section that have no date of their own,
    // and 过去一年 under it is that year.
    {"一、2023年工作回顾\n过去一年，全市经济运行稳中有进。初步核算，地区生产总值增长5.6%。\n（一）产业转型步伐加快。"
     "规上工业增加值增长7.4%，新增规上企业286家。",
     "5.6%", RecordType::kGrowthRate, "地区生产总值", "gdp", "2023", ""},
    {"一、2023年工作回顾\n过去一年，全市经济运行稳中有进。初步核算，地区生产总值增长5.6%。\n（一）产业转型步伐加快。"
     "规上工业增加值增长7.4%，新增规上企业286家。",
     "286家", RecordType::kQuantity, "规上企业", "enterprises", "2023", ""},
    // A contribution to a whole's growth is no growth of the whole.
    {"前三季度，出口2783.4亿元，增长9.2%，拉动全市外贸增长6.0个百分点。", "6.0个百分点", RecordType::kGrowthRate,
     "拉动全市外贸增长", "contribution", "2024-01/2024-09", ""},
    // Levels listed after 分别为 share out the enumerated metric as growth rates after 分别增长 do.
    {"前三季度，出口、进口分别为2783.4亿元和1434.2亿元，分别增长9.2%和3.1%。", "2783.4亿元", RecordType::kMoney, "出口",
     "export", "2024-01/2024-09", ""},
    {"前三季度，出口、进口分别为2783.4亿元和1434.2亿元，分别增长9.2%和3.1%。", "1434.2亿元", RecordType::kMoney, "进口",
     "import", "2024-01/2024-09", ""},
    {"铁矿石、原油、煤炭吞吐量分别为8420万吨、4135万吨和3260万吨。", "4135万吨", RecordType::kQuantity, "原油吞吐量",
     "transport", "", ""},
    // A 和 inside an industry's name outside a list is part of the metric.
    {"受产品价格低位运行影响，化学原料和化学制品制造业增加值下降2.7%。", "2.7%", RecordType::kGrowthRate,
     "化学原料和化学制品制造业增加值", "value_added", "", ""},
    // 全年 in the paragraph after an as-of year end (截至2023年底) is that year.
    {"截至2023年底，科学城累计拥有高新技术企业2845家。\n创新成果加速涌现。全年发明专利授权量7356件，同比增长22.4%。",
     "7356件", RecordType::kQuantity, "发明专利授权量", "", "2023", ""},
    // A company's place in brackets before its suffix is part of its name.
    {"作为园区的“链主”企业，晟驰汽车（星港）有限公司前三季度下线整车15.2万辆。", "15.2万辆", RecordType::kQuantity,
     "下线整车", "", "2024-01/2024-09", "晟驰汽车（星港）有限公司"},
    {"澜湾科学城全年发明专利授权量7356件。", "7356件", RecordType::kQuantity, "发明专利授权量", "", "", "澜湾科学城"},
    // The level a change comes to: not of the first figure's date but of the sentence's; a share too.
    {"2023年，全市企业数量由2020年的320家增至615家。", "615家", RecordType::kQuantity, "企业数量", "enterprises", "2023", ""},
    {"2023年，高标准农田占全县耕地面积的比重由2021年的41%提高到58%。", "58%", RecordType::kPercentage,
     "占全县耕地面积的比重", "share", "2023", ""},
    {"园区本地配套率已由2022年的35%提高到目前的62%。", "62%", RecordType::kPercentage, "本地配套率", "rate", "", ""},
    // The adverb 共 is no part of a metric (公共, 共享 keep their 共).
    {"今年以来，园区共签约项目37个。", "37个", RecordType::kQuantity, "签约项目", "projects", "2024-01-01/2024-03-05", ""},
    {"全市已建成公共充电桩9.8万个。", "9.8万个", RecordType::kQuantity, "公共充电桩", "", "", ""},
    // 城乡 before a list of two names the urban then the rural figure.
    {"全年城乡居民人均可支配收入分别达到58620元和31450元。", "31450元", RecordType::kMoney, "农村居民人均可支配收入",
     "income", "", ""},
    // A paragraph that breaks down the figures before it (分行业看，…) is of the period of the last one that does
    // not; one with a date of its own (从月度走势看，10月当月…) keeps it, and is no base for the next.
    {"1—10月，全市外贸进出口总值986.4亿元，增长9.8%。\n\n从月度走势看，10月当月全市进出口118.7亿元。\n\n"
     "从贸易方式看，一般贸易进出口812.6亿元，增长8.3%。",
     "812.6亿元", RecordType::kMoney, "一般贸易进出口", "trade", "2024-01/2024-10", ""},
    {"1—10月，全市外贸进出口总值986.4亿元，增长9.8%。\n\n从月度走势看，10月当月全市进出口118.7亿元。",
     "118.7亿元", RecordType::kMoney, "进出口", "trade", "2024-10", ""},
    {"1—10月，全市外贸进出口总值986.4亿元。\n\n外贸企业活力增强。一般贸易进出口812.6亿元。", "812.6亿元",
     RecordType::kMoney, "一般贸易进出口", "trade", "", ""},
    // A sector alone after a sector's measure in its sentence is that measure of its own sector.
    {"分行业看，电子信息产业增加值增长12.3%，汽车制造业增长8.4%，纺织业下降2.1%。", "2.1%", RecordType::kGrowthRate,
     "纺织业增加值", "value_added", "", ""},
    {"规上工业增加值增长6.1%，其中制造业增长7.2%。", "7.2%", RecordType::kGrowthRate, "制造业增加值", "value_added",
     "", ""},
    {"规上工业总产值500亿元，制造业420亿元。", "420亿元", RecordType::kOutputValue, "制造业产值", "output_value", "",
     ""},
    {"全市地区生产总值增长5.2%，服务业增长6%。", "6%", RecordType::kGrowthRate, "服务业", "sector", "", ""},
    // A year after an as-of date at a month's end in its sentence is the year so far, up to that month.
    {"截至9月底，今年全市累计完成固定资产投资820亿元。", "820亿元", RecordType::kMoney, "固定资产投资", "investment",
     "2024-01/2024-09", ""},
    {"截至12月底，今年全市累计完成固定资产投资820亿元。", "820亿元", RecordType::kMoney, "固定资产投资", "investment",
     "2024", ""},
    // Once the New Taiwan dollar is named, later amounts in plain 元 are in it; 人民币 still names its own.
    {"台积电第三季营收新台币7596.9亿元；税后纯益3252.6亿元。", "3252.6亿元", RecordType::kMoney, "税后纯益", "profit",
     "2024-Q3", "", "TWD"},
    {"台积电第三季营收新台币7596.9亿元；大陆子公司营收人民币52亿元。", "52亿元", RecordType::kMoney, "营收", "revenue",
     "2024-Q3", "", "CNY"},
    // 城镇 after a place is part of the metric, not of the name; a prefecture (州) is a name, 全州 is none.
    {"前三季度，临渊市城镇居民人均可支配收入41230元。", "41230元", RecordType::kMoney, "城镇居民人均可支配收入",
     "income", "2024-01/2024-09", "临渊市"},
    {"黔川州全州常住人口为252.6万人。", "252.6万人", RecordType::kQuantity, "常住人口", "population", "", "黔川州"},
    // A kind of enterprise is part of what is measured (企业 otherwise ends a modifier); 所得税 is a tax.
    {"前三季度，民营企业进出口7534.2亿元。", "7534.2亿元", RecordType::kMoney, "民营企业进出口", "trade",
     "2024-01/2024-09", ""},
    {"科技型中小企业贷款余额2860.5亿元。", "2860.5亿元", RecordType::kMoney, "科技型中小企业贷款余额", "financing", "",
     ""},
    {"企业所得税收入120亿元。", "120亿元", RecordType::kMoney, "企业所得税收入", "tax", "", ""},
    {"企业债券融资净额300亿元。", "300亿元", RecordType::kMoney, "企业债券融资净额", "financing", "", ""},
    // 、 inside an official sector name is part of it, in a list too.
    {"前三季度，交通运输、仓储和邮政业增加值增长5.1%。", "5.1%", RecordType::kGrowthRate, "交通运输、仓储和邮政业增加值",
     "value_added", "2024-01/2024-09", ""},
    {"批发和零售业、交通运输、仓储和邮政业增加值分别增长5%和6%。", "6%", RecordType::kGrowthRate,
     "交通运输、仓储和邮政业增加值", "value_added", "", ""},
    // 当季 is a time word, not part of the metric; prices, cash and counts of enterprises are classed.
    {"三季度，当季营业收入98亿元，单车平均售价约为19.6万元，现金储备612.3亿元。", "98亿元", RecordType::kMoney,
     "营业收入", "revenue", "2024-Q3", ""},
    {"三季度，单车平均售价约为19.6万元。", "约为19.6万元", RecordType::kMoney, "单车平均售价", "price", "2024-Q3", ""},
    {"截至9月底，公司现金储备612.3亿元。", "612.3亿元", RecordType::kMoney, "现金储备", "assets", "2024-09-30", ""},
    // A trade verb's goods after it are part of what it measures; 折合 is a link.
    {"前10个月，出口机电产品4982.1亿元，增长9%。", "4982.1亿元", RecordType::kMoney, "出口机电产品", "export",
     "2024-01/2024-10", ""},
    {"跨境电商进出口额折合约8760万美元。", "约8760万美元", RecordType::kMoney, "跨境电商进出口额", "trade", "", ""},
    // Items before 分别 and the metric after it: each item names whose metric it is.
    {"对欧盟、美国分别进出口1200亿元和980亿元。", "980亿元", RecordType::kMoney, "美国进出口", "trade", "", ""},
    {"水稻、玉米单产分别为568公斤和420公斤。", "420公斤", RecordType::kQuantity, "玉米单产", "production", "", ""},
    // A rate joined to a list with a verb of its own is its next item.
    {"铁矿石、原油、煤炭吞吐量分别为8420万吨、4135万吨和3260万吨，分别增长2.1%、6.7%和下降3.4%。", "2.1%",
     RecordType::kGrowthRate, "铁矿石吞吐量", "transport", "", ""},
    {"铁矿石、原油、煤炭吞吐量分别为8420万吨、4135万吨和3260万吨，分别增长2.1%、6.7%和下降3.4%。", "3.4%",
     RecordType::kGrowthRate, "煤炭吞吐量", "transport", "", ""},
    // A preposition opening the clause is no part of the subject's name.
    {"据浙江省统计局数据，前三季度全省规上工业增加值增长6.1%。", "6.1%", RecordType::kGrowthRate, "规上工业增加值",
     "value_added", "2024-01/2024-09", "浙江省"},
    // Ports and airports are names (港, 港区, 机场); 港口, 港元 and a bare 自贸港 are not.
    {"前10个月，宁波舟山港北仑港区完成集装箱吞吐量2310万标箱。", "2310万标箱", RecordType::kQuantity, "集装箱吞吐量",
     "transport", "2024-01/2024-10", "宁波舟山港北仑港区"},
    {"上海港货物吞吐量突破5亿吨。", "突破5亿吨", RecordType::kQuantity, "货物吞吐量", "transport", "", "上海港"},
    {"全省沿海港口完成集装箱吞吐量1200万标箱。", "1200万标箱", RecordType::kQuantity, "集装箱吞吐量", "transport", "",
     ""},
    {"自贸港建设提速，离岛免税销售额达到300亿元。", "300亿元", RecordType::kMoney, "离岛免税销售额", "sales", "", ""},
    {"萧山机场旅客吞吐量达到4100万人次。", "4100万人次", RecordType::kQuantity, "旅客吞吐量", "transport", "",
     "萧山机场"},
    // 外贸, 外商 and 中小 after a one-character suffix leave the name; 按照 opens no name.
    {"杭州市外贸进出口100亿元。", "100亿元", RecordType::kMoney, "外贸进出口", "trade", "", "杭州市"},
    {"按照开发区的规划，到2027年营业收入达到2500亿元。", "2500亿元", RecordType::kMoney, "营业收入", "revenue", "2027",
     ""},
    // A province's short name is a name (湖南), and so is a county of one character (寿县); 萧山区 is no 山区.
    {"今年，湖南粮食总产量达到3060万吨。", "3060万吨", RecordType::kQuantity, "粮食总产量", "production", "2024",
     "湖南"},
    {"今年，寿县粮食总产量达到162.4万吨。", "162.4万吨", RecordType::kQuantity, "粮食总产量", "production", "2024",
     "寿县"},
    {"萧山区规上工业增加值增长6.1%。", "6.1%", RecordType::kGrowthRate, "规上工业增加值", "value_added", "", "萧山区"},
    {"浙江大学科研经费60亿元。", "60亿元", RecordType::kMoney, "浙江大学科研经费", "rd", "", ""},
    // A figure restated for the year before does not carry its year past a semicolon.
    {"前三季度净利润12.38亿元，上年同期为5.64亿元；扣非净利润9.71亿元。", "9.71亿元", RecordType::kMoney,
     "扣非净利润", "profit", "2024-01/2024-09", ""},
    // A bare 占比 after a level is that level's share; a change in points with a word of pace after a growth rate is
    // a change of that rate.
    {"民营企业进出口4318.2亿元，占比达82.8%。", "82.8%", RecordType::kPercentage, "民营企业进出口占比", "share", "",
     ""},
    {"社会消费品零售总额同比增长4.9%，比1—9月加快0.2个百分点。", "0.2个百分点", RecordType::kGrowthRate,
     "社会消费品零售总额增速", "growth", "", ""},
    {"商品零售14385.2亿元，增长4.5%。", "14385.2亿元", RecordType::kMoney, "商品零售", "sales", "", ""},
    {"农村自来水普及率达到98.5%。", "98.5%", RecordType::kPercentage, "农村自来水普及率", "rate", "", ""},
    // A sentence going on after a semicolon is about what the one before was about (not the agency's city).
    {"记者从海澄市港航管理局获悉，海澄港完成货物吞吐量2.86亿吨；完成集装箱吞吐量816.5万标箱。", "816.5万标箱",
     RecordType::kQuantity, "集装箱吞吐量", "transport", "", "海澄港"},
    // A sector or market before the date inside a figure's phrase is part of its metric.
    {"集成电路产业1—10月产值412.3亿元。", "412.3亿元", RecordType::kOutputValue, "集成电路产业产值", "output_value",
     "2024-01/2024-10", ""},
    {"海外市场前三季度交付2.35万辆。", "2.35万辆", RecordType::kQuantity, "海外市场交付", "", "2024-01/2024-09", ""},
    // Trade is measured in goods too: items before 分别 share out 进口 to quantities.
    {"铁矿砂、原油分别进口3865万吨和1520万吨。", "1520万吨", RecordType::kQuantity, "原油进口", "import", "", ""},
    // 全年 takes the year a part of a year named in the paragraph before (今年1—10月); 回顾 before the date that opens
    // a paragraph still opens it.
    {"今年1—10月，海铁联运量156.2万标箱。\n\n全年集装箱吞吐量将超过980万标箱。", "超过980万标箱",
     RecordType::kQuantity, "集装箱吞吐量", "transport", "2024", ""},
    {"回顾2023年，开发区实现规上工业总产值1498.6亿元。实际使用外资5.36亿美元。", "5.36亿美元", RecordType::kMoney,
     "实际使用外资", "investment", "2023", ""},
    // 以及 joins clauses, not the nouns of one metric.
    {"毛利率改善得益于规模效应以及自供比例提高至65%。", "65%", RecordType::kPercentage, "自供比例", "share", "", ""},
    // A city of two characters ending in 城 or 山 is a name though 城市 and 山区 are generic words; 市政府 follows one.
    {"盐城市电力总装机容量达到2536.8万千瓦。", "2536.8万千瓦", RecordType::kQuantity, "电力总装机容量", "capacity",
     "", "盐城市"},
    {"宜昌市政府新闻办召开发布会，全市常住人口保持在392万人左右。", "392万人左右", RecordType::kQuantity, "常住人口",
     "population", "", "宜昌市"},
    // Financial statistics: a kind of firm stays in the metric; a level's rate word changed in points is its growth
    // rate's change; a change against the start of the year measures the level before; 多减, and 少 alone after the
    // base, are changes.
    {"非金融企业存款余额1.21万亿元，同比增长3.2%。", "1.21万亿元", RecordType::kMoney, "非金融企业存款余额",
     "financing", "", ""},
    {"存款余额6.82万亿元，增速比上月末低0.4个百分点，较年初增加4316.5亿元。", "0.4个百分点", RecordType::kGrowthRate,
     "存款余额增速", "growth", "", ""},
    {"存款余额6.82万亿元，增速比上月末低0.4个百分点，较年初增加4316.5亿元。", "4316.5亿元", RecordType::kMoney,
     "存款余额", "financing", "", ""},
    {"全省存款减少186.4亿元，同比多减52.7亿元。", "52.7亿元", RecordType::kMoney, "存款", "financing", "", ""},
    {"普惠小微贷款余额9352.8亿元，同比增长15.3%，比各项贷款增速高6.4个百分点。", "6.4个百分点",
     RecordType::kGrowthRate, "普惠小微贷款余额增速", "growth", "", ""},
    {"前三季度，全县地区生产总值同比增长6.2%，高于全省平均水平0.8个百分点。", "0.8个百分点", RecordType::kGrowthRate,
     "地区生产总值增速", "growth", "2024-01/2024-09", ""},
    {"园区签约总额412.3亿元，同比增长46.8%。", "412.3亿元", RecordType::kMoney, "签约总额", "contract", "", ""},
    {"全市签约金额达到86亿元。", "86亿元", RecordType::kMoney, "签约金额", "contract", "", ""},
    // A list joined by 和 right before its head word shares out like one joined by 、; fiscal heads; verbs that open
    // a phrase (确保, 发放) stay out of it; a kind of county names no county.
    {"出口和进口分别增长5.2%和3.1%。", "5.2%", RecordType::kGrowthRate, "出口", "export", "", ""},
    {"出口和进口分别增长5.2%和3.1%。", "3.1%", RecordType::kGrowthRate, "进口", "import", "", ""},
    {"契税和土地增值税分别下降11.5%和18.2%。", "11.5%", RecordType::kGrowthRate, "契税", "tax", "", ""},
    {"全省累计获得中央财政转移支付超过1.8万亿元。", "超过1.8万亿元", RecordType::kMoney, "中央财政转移支付",
     "subsidy", "", ""},
    {"确保制造业中长期贷款增速不低于20%。", "不低于20%", RecordType::kGrowthRate, "制造业中长期贷款增速", "growth",
     "", ""},
    {"累计发放支农支小再贷款86.5亿元。", "86.5亿元", RecordType::kMoney, "支农支小再贷款", "financing", "", ""},
    {"新发放贷款加权平均利率为3.85%。", "3.85%", RecordType::kPercentage, "新发放贷款加权平均利率", "rate", "", ""},
    {"生态功能县转移支付28.2亿元。", "28.2亿元", RecordType::kMoney, "转移支付", "subsidy", "", ""},
    // A verb of change to a level links its noun (压缩至, 降至); 按…分 opens a breakdown paragraph; a news agency's
    // dateline names no subject.
    {"平均运行时间压缩至约12天。", "约12天", RecordType::kQuantity, "平均运行时间", "", "", ""},
    {"跨境数据传输时延降至80毫秒以内。", "80毫秒以内", RecordType::kQuantity, "跨境数据传输时延", "", "", ""},
    {"今年1—10月，全市社会消费品零售总额2486.3亿元。\n\n按消费类型分，商品零售额2198.7亿元，增长5.6%。",
     "2198.7亿元", RecordType::kMoney, "商品零售额", "sales", "2024-01/2024-10", ""},
    {"新华社兰州12月4日电 今年以来，新签约项目37个。", "37个", RecordType::kQuantity, "新签约项目", "projects",
     "2024-01-01/2024-03-05", ""},
    // A share of a whole named by its place alone; names listed before a list of figures share them out.
    {"合肥市公共充电桩数量达6.7万台，约占全省的47%。", "47%", RecordType::kPercentage, "占全省", "share", "",
     "合肥市"},
    {"国有大型商业银行贷款余额4236.7亿元，占全市的42.9%。", "42.9%", RecordType::kPercentage, "占全市", "share", "",
     ""},
    {"贵阳市、遵义市收入分别为512.4亿元和268.9亿元。", "512.4亿元", RecordType::kMoney, "收入", "revenue", "",
     "贵阳市"},
    {"贵阳市、遵义市收入分别为512.4亿元和268.9亿元。", "268.9亿元", RecordType::kMoney, "收入", "revenue", "",
     "遵义市"},
    // A one-day holiday and a day said to be the time of what follows are periods; a news date is none.
    {"“双十一”期间，全市网络零售额36.9亿元。", "36.9亿元", RecordType::kMoney, "网络零售额", "sales", "2024-11-11",
     ""},
    {"11月11日当天，全市快递业务量达到1.26亿件。", "1.26亿件", RecordType::kQuantity, "快递业务量", "volume",
     "2024-11-11", ""},
    {"11月15日，记者从市统计局获悉，全市规上工业增加值增长5.1%。", "5.1%", RecordType::kGrowthRate,
     "规上工业增加值", "value_added", "", ""},
    // A count's phrase that runs on into the next figure's metric ends before that metric's head.
    {"园区集中签约14个项目总投资218.6亿元。", "14个", RecordType::kQuantity, "项目", "projects", "", ""},
    {"园区建成2座分布式光伏电站装机容量合计12.6兆瓦。", "2座", RecordType::kQuantity, "分布式光伏电站", "", "", ""},
    // The organization a reporter heard from is no subject; a place in brackets stays inside a company's name.
    {"记者从国网盐城供电公司获悉，全市发电量完成486.3亿千瓦时。", "486.3亿千瓦时", RecordType::kQuantity, "发电量",
     "energy", "", ""},
    {"大众汽车（安徽）有限公司前10个月实现营业收入412.6亿元。", "412.6亿元", RecordType::kMoney, "营业收入", "revenue",
     "2024-01/2024-10", "大众汽车（安徽）有限公司"},
    // A date opening the lead after a news dateline opens the paragraph's period.
    {"本报讯 截至2月20日，全区实有经营主体18.76万户。每千人拥有企业数达到48.3户。", "48.3户", RecordType::kQuantity,
     "每千人拥有企业数", "", "2024-02-20", ""},
    {"本报讯（记者 王敏）今年1—10月，全市规上工业增加值增长5.1%。全市工业投资增长8%。", "8%", RecordType::kGrowthRate,
     "工业投资", "investment", "2024-01/2024-10", ""},
    // The start of a change gives no period to the rate after the change.
    {"全县新能源装机由2020年的86万千瓦增加到目前的436万千瓦，年均增长38%左右。", "38%左右", RecordType::kGrowthRate,
     "新能源装机", "capacity", "", ""},
    // A paragraph that opens with a day a stock is counted at and goes on to a range of months is broken down for
    // the range.
    {"截至2月20日，全区实有经营主体18.76万户。1—2月，全区新登记企业2418户。\n\n从行业看，第三产业新登记企业2058家。",
     "2058家", RecordType::kQuantity, "第三产业新登记企业", "enterprises", "2024-01/2024-02", ""},
    // A section's lead before a breakdown opening (工业生产较快增长。分行业看，…) leaves it a breakdown.
    {"前三季度，全市地区生产总值4128.62亿元。\n\n工业生产较快增长。分行业看，汽车制造业增加值增长9.6%。", "9.6%",
     RecordType::kGrowthRate, "汽车制造业增加值", "value_added", "2024-01/2024-09", ""},
    // Words that open with a one-character suffix (乡村, 县城) and generic words a longer phrase ends in (老旧小区,
    // 城乡) name no place (a generic phrase is still no metric either).
    {"全年接待乡村游客320万人次。", "320万人次", RecordType::kQuantity, "接待乡村游客", "population", "", ""},
    {"仁寿县将推进以县城为重要载体的新型城镇化，全县常住人口城镇化率达到50%以上。", "50%以上",
     RecordType::kPercentage, "常住人口城镇化率", "rate", "", "仁寿县"},
    {"今年全县改造老旧小区120个。", "120个", RecordType::kQuantity, "", "", "2024", ""},
    // A change against the last edition (较上届) measures the level before it.
    {"参展观众达到32万人次，较上届增加5.1万人次。", "5.1万人次", RecordType::kQuantity, "参展观众", "", "", ""},
    {"企业采购额达到12亿元。", "12亿元", RecordType::kMoney, "采购额", "contract", "", ""},
    {"平均单产402.6公斤/亩，较上年提高3.1公斤。", "3.1公斤", RecordType::kQuantity, "平均单产", "production", "", ""},
    {"玉米、水稻、大豆播种面积分别为1812.6万亩、2986.3万亩和498.7万亩。", "1812.6万亩", RecordType::kQuantity,
     "玉米播种面积", "area", "", ""},
    {"粮油加工、肉制品和乳制品营业收入分别增长5.2%、7.9%和下降1.4%。", "1.4%", RecordType::kGrowthRate,
     "乳制品营业收入", "revenue", "", ""},
    {"本届农博会达成意向订单金额46.3亿元。", "46.3亿元", RecordType::kMoney, "意向订单金额", "amount", "", ""},
    // A headline's clauses stay apart: the phrase after a count does not cross the space between them.
    {"包河区新登记经营主体2.31万户 营商环境持续优化\n\n本报讯 全区经济平稳。", "2.31万户", RecordType::kQuantity,
     "新登记经营主体", "", "", "包河区"},
    {"前三季度，全省农产品加工企业实现营业收入9368.5亿元。", "9368.5亿元", RecordType::kMoney, "农产品加工企业营业收入",
     "revenue", "2024-01/2024-09", ""},
    {"安徽丰禾粮油集团有限公司今年营业收入增长12%。", "12%", RecordType::kGrowthRate, "营业收入", "revenue", "2024",
     "安徽丰禾粮油集团有限公司"},
    // A release of one period (its title names it, its lead opens with it): a comparison with the year before in a
    // paragraph that names no date is of that period; a count without one is not.
    {"1—2月襄阳经济稳中有进\n\n本报讯 1—2月，全市地区生产总值412.6亿元。\n\n工业生产较快增长。全市规上工业增加值"
     "123.4亿元，同比增长8.4%，全市共有企业1200家。",
     "123.4亿元", RecordType::kOutputValue, "规上工业增加值", "value_added", "2024-01/2024-02", "襄阳"},
    {"1—2月襄阳经济稳中有进\n\n本报讯 1—2月，全市地区生产总值412.6亿元。\n\n工业生产较快增长。全市规上工业增加值"
     "123.4亿元，同比增长8.4%，全市共有企业1200家。",
     "1200家", RecordType::kQuantity, "企业", "enterprises", "", "襄阳"},
    // A level with no noun of its own after a forecast or conversion word restates the level before it.
    {"今年1—2月，全市规上工业总产值完成250.6亿元，预计全年可达1500亿元。", "1500亿元", RecordType::kOutputValue,
     "规上工业总产值", "output_value", "2024", ""},
    {"秋粮总产量2168.4万吨，折合433.7亿斤，同比增长2.3%。", "433.7亿斤", RecordType::kQuantity, "秋粮总产量",
     "production", "", ""},
    // A clause about the whole of an area is about a name of that level, not the park or company named before it.
    {"兰州新区大数据产业园已建成算力规模2.8EFLOPS，全省算力总规模达到16.8EFLOPS。", "16.8EFLOPS",
     RecordType::kComputePower, "算力总规模", "compute", "", ""},
    {"前三季度，甘肃省数字经济核心产业增加值完成286.4亿元。庆阳市数据信息产业实现营业收入47.8亿元。全市数字经济企业"
     "发展到312家。",
     "312家", RecordType::kQuantity, "数字经济企业", "enterprises", "2024-01/2024-09", "庆阳市"},
    {"贵州省财政收入增长\n\n国内增值税完成486.5亿元，同比增长5.1%。", "486.5亿元", RecordType::kMoney, "国内增值税", "tax",
     "", "贵州省"},
    // A city's short name is a place (合肥), but not the dateline's, nor before a word of an institution (合肥基地).
    {"合肥前三季度规上工业增加值增长8.1%。", "8.1%", RecordType::kGrowthRate, "规上工业增加值", "value_added",
     "2024-01/2024-09", "合肥"},
    {"本报合肥12月3日讯 全省粮食总产量达到4236.8万吨。", "4236.8万吨", RecordType::kQuantity, "粮食总产量",
     "production", "", ""},
    {"驰远汽车有限公司此次投产的合肥基地二期项目总投资约120亿元。", "约120亿元", RecordType::kMoney, "总投资",
     "investment", "", "驰远汽车有限公司"},
    {"泰州市高港区规上工业增加值增长8.1%。", "8.1%", RecordType::kGrowthRate, "规上工业增加值", "value_added", "",
     "泰州市高港区"},
    // Villages and scenic areas are names (新庄村, 余村景区); 农村 and 乡村 are words, never names.
    {"魏营镇新庄村每年为村集体增收约35万元。", "约35万元", RecordType::kMoney, "村集体增收", "income", "",
     "魏营镇新庄村"},
    {"余村景区接待游客18.2万人次。", "18.2万人次", RecordType::kQuantity, "接待游客", "population", "", "余村景区"},
    {"县农业农村局计划实施重点项目120个。", "120个", RecordType::kQuantity, "重点项目", "projects", "", ""},
    // 全年 before a list of targets covers them all; a holiday named as a cause dates nothing; 已完成 restates.
    {"11月至12月，全区将力争全年规上工业增加值增长8%左右，固定资产投资增长6%以上。", "6%以上", RecordType::kGrowthRate,
     "固定资产投资", "investment", "2024", ""},
    {"10月份受国庆假期带动，当月社会消费品零售总额21.6亿元。", "21.6亿元", RecordType::kMoney, "社会消费品零售总额",
     "sales", "2024-10", ""},
    {"今年计划完成投资41.5亿元，1—2月已完成36.8亿元，完成率88.7%。", "36.8亿元", RecordType::kMoney, "投资",
     "investment", "2024-01/2024-02", ""},
    // 达产后 places every later figure of its sentence after completion; a base at a year's end is of that year.
    {"项目2025年底建成投产，达产后可实现年产值50亿元、年利税8亿元，新增就业1200人。", "1200人", RecordType::kQuantity,
     "新增就业", "population", "", ""},
    {"到2030年，全省算力规模由2025年底的8.6EFLOPS提升到30EFLOPS以上。", "8.6EFLOPS", RecordType::kComputePower,
     "算力规模", "compute", "2025", ""},
    {"到2030年，全省算力规模由2025年底的8.6EFLOPS提升到30EFLOPS以上。", "30EFLOPS以上", RecordType::kComputePower,
     "算力规模", "compute", "2030", ""},
    {"全市PM2.5平均浓度28微克/立方米。", "28微克/立方米", RecordType::kQuantity, "PM2.5平均浓度", "", "", ""},
    {"公司在保余额达到46.2亿元。", "46.2亿元", RecordType::kMoney, "在保余额", "financing", "", ""},
    {"全省秋粮总产量433.7亿斤创历史新高。", "433.7亿斤", RecordType::kQuantity, "秋粮总产量", "production", "", ""},
    {"将发放文旅消费券500万元。", "500万元", RecordType::kMoney, "文旅消费券", "subsidy", "", ""},
    {"每千人拥有企业数达到48.3户。", "48.3户", RecordType::kQuantity, "每千人拥有企业数", "", "", ""},
    {"共有286支球队、3400余名球员参赛。", "3400余名", RecordType::kQuantity, "球员", "", "", ""},
    // A place after 在, alone or listed, is where something happens, not who does it; 村集体 opens no village name.
    {"汉江新材料集团有限公司在荆门、宜昌两地建设屋顶光伏电站，装机容量分别为120兆瓦和85兆瓦。", "85兆瓦",
     RecordType::kQuantity, "装机容量", "capacity", "", "汉江新材料集团有限公司"},
    {"魏营镇新庄村利用村集体闲置土地建成光伏电站1.2兆瓦。", "1.2兆瓦", RecordType::kQuantity, "光伏电站", "", "",
     "魏营镇新庄村"},
    // Durations and land sales have heads of their own.
    {"综保区进口整体通关时间压缩至28.6小时。", "28.6小时", RecordType::kQuantity, "进口整体通关时间", "duration", "",
     ""},
    {"全市土地出让金约218亿元，同比减少16.4%。", "16.4%", RecordType::kGrowthRate, "土地出让金", "revenue", "", ""},
    // A release of one period: a comparison with the same time of the year before is of that period, and so are the
    // changes of the next sentence; a paragraph on one side of the figures (房地产市场方面，) or broken down by a view
    // with brackets (分县（市、区）看，) is of the period before it, and a view names no place.
    {"前两个月全省投资增长3.6%\n\n本报讯 1—2月，全省固定资产投资同比增长3.6%。\n\n全省在建项目1128个，比上年同期增加53个。",
     "53个", RecordType::kQuantity, "在建项目", "projects", "2024-01/2024-02", ""},
    {"前两个月全省投资增长3.6%\n\n本报讯 1—2月，全省固定资产投资同比增长3.6%。\n\n全省商品房销售面积621.9万平方米，同比"
     "下降6.8%。房屋施工面积4201.7万平方米，下降7.3%。",
     "7.3%", RecordType::kGrowthRate, "房屋施工面积", "area", "2024-01/2024-02", ""},
    {"1—2月，全省固定资产投资增长3.6%。\n\n房地产市场方面，全省房屋施工面积4201.7万平方米，下降7.3%。", "7.3%",
     RecordType::kGrowthRate, "房屋施工面积", "area", "2024-01/2024-02", ""},
    {"1—2月，全市进出口987.6亿元。\n\n分县（市、区）看，进出口增长较快。全市出口215.6亿元。", "215.6亿元",
     RecordType::kMoney, "出口", "export", "2024-01/2024-02", ""},
    {"全市累计发放各类社会保险待遇约186亿元，罚没款约235万元。", "约186亿元", RecordType::kMoney, "各类社会保险待遇",
     "subsidy", "", ""},
    {"城市、农村低保标准分别为680元和520元。", "520元", RecordType::kMoney, "农村低保标准", "subsidy", "", ""},
    {"牛肉、羊肉价格分别为每500克38.5元和42.6元。", "38.5元", RecordType::kMoney, "牛肉价格", "price", "", ""},
    {"保税加工、保税物流进出口分别为128.5亿元, 61.2亿元。", "61.2亿元", RecordType::kMoney, "保税物流进出口", "trade",
     "", ""},
    // 年 and 月 inside a noun are no time words; after a number or a time word they are (2024年|产值, 目前|月产能 is a
    // keep word).
    {"全省无人机年飞行架次超过300万架次。", "超过300万架次", RecordType::kQuantity, "无人机年飞行架次", "", "", ""},
    {"全市城镇非私营单位在岗职工月平均工资6835元。", "6835元", RecordType::kMoney, "城镇非私营单位在岗职工月平均工资",
     "income", "", ""},
    // The level a change comes to is of the date the sentence names before it; the level it started from, without a
    // date of its own, is of none.
    {"2024年，月最低工资标准由2280元调整为2490元。", "2490元", RecordType::kMoney, "最低工资标准", "", "2024", ""},
    {"2024年，月最低工资标准由2280元调整为2490元。", "2280元", RecordType::kMoney, "最低工资", "income", "", ""},
    {"全市食品价格同比下降1.4%，影响CPI下降约0.26个百分点。", "约0.26个百分点", RecordType::kGrowthRate, "影响CPI下降",
     "contribution", "", ""},
    // A share of a whole named after the metric, by its place alone or with a total, measures from 占.
    {"园区营业收入占全县的58.3%。", "58.3%", RecordType::kPercentage, "占全县", "share", "", ""},
    {"园区实缴税金9.86亿元，占全县税收总额的58.3%。", "58.3%", RecordType::kPercentage, "占全县税收总额", "share", "",
     ""},
    {"园区实缴税金9.86亿元，占全县税收总额的58.3%。", "9.86亿元", RecordType::kMoney, "实缴税金", "tax", "", ""},
    // A points gap after a rate named 增速 names it once.
    {"皖北地区开发区营业收入增速达到11.2%，比全省平均水平高出2.3个百分点。", "2.3个百分点", RecordType::kGrowthRate,
     "营业收入增速", "growth", "", "皖北地区开发区"},
    // Park vocabulary; 新建 before 商品住宅 is part of the noun; a score after 得分.
    {"新建项目平均投资强度达到每亩520万元，入驻率约92%。", "约92%", RecordType::kPercentage, "入驻率", "rate", "", ""},
    {"长沙新建商品住宅销售价格环比上涨0.2%。", "0.2%", RecordType::kGrowthRate, "新建商品住宅销售价格", "price", "",
     "长沙"},
    {"国家级开发区的平均得分为86.4分。", "86.4分", RecordType::kQuantity, "平均得分", "score", "", ""},
    // A destination (开通至南陵县的航线) and a place before an institution's word (南昌海关) are no subjects.
    {"芜湖市开通至南陵县的航线4条。", "4条", RecordType::kQuantity, "航线", "", "", "芜湖市"},
    {"据南昌海关统计，1—2月全省进出口3000亿元。", "3000亿元", RecordType::kMoney, "进出口", "trade", "2024-01/2024-02",
     ""},
    // A short line holding a clause boundary and ending in a character is the middle of a sentence: OCR cut it.
    {"全省固定资产投资同比增长3.6%，其中制造业投资增长9.1%，民间投资增长1.2%。\n房地产市场方面，全省开发\n投资3926.4"
     "亿元，同比下降11.2%，降幅比1—9月收窄0.8个百分点。",
     "3926.4亿元", RecordType::kMoney, "开发投资", "investment", "", ""},
    {"全省发行专项债券1865亿元，比上年同期多发行212亿元。", "212亿元", RecordType::kMoney, "发行专项债券", "financing",
     "", ""},
    // An inline heading mark before the paragraph's opening date is no part of its clause.
    {"【工业生产】1—2月，全县工业增加值同比增长8.3%。规上工业企业实现营业收入356.8亿元。", "356.8亿元",
     RecordType::kMoney, "规上工业企业营业收入", "revenue", "2024-01/2024-02", ""},
    {"（一）1—2月，全县实现社会消费品零售总额92.4亿元。一般公共预算收入完成12.85亿元。", "12.85亿元",
     RecordType::kMoney, "一般公共预算收入", "tax", "2024-01/2024-02", ""},
    // A park's name may be long when it goes on from a place (常州金坛动力电池产业园), not a phrase ending in a suffix.
    {"常州金坛动力电池产业园实现产值120亿元。", "120亿元", RecordType::kOutputValue, "产值", "output_value", "",
     "常州金坛动力电池产业园"},
    {"合肥市，全力打造千亿级新能源汽车产业园，实现产值100亿元。", "100亿元", RecordType::kOutputValue, "产值",
     "output_value", "", "合肥市"},
    // Counts listed after 分别 with no metric word count the items before it; 公司 counts firms.
    {"国家级孵化器、国家备案众创空间分别为9家和14家。", "14家", RecordType::kQuantity, "国家备案众创空间", "", "", ""},
    {"全县有3家上市公司。", "3家", RecordType::kQuantity, "上市公司", "enterprises", "", ""},
    // Stations and airports are named; generic scenic areas are counted; 单日 dates its figure to its day.
    {"长沙南站发送旅客512.4万人次。", "512.4万人次", RecordType::kQuantity, "发送旅客", "", "", "长沙南站"},
    {"长沙黄花国际机场旅客吞吐量285.6万人次。", "285.6万人次", RecordType::kQuantity, "旅客吞吐量", "transport", "",
     "长沙黄花国际机场"},
    {"截至2月底，洛阳市共有旅游景区86家。", "86家", RecordType::kQuantity, "旅游景区", "", "2024-02-29", "洛阳市"},
    {"春节假期，铁路累计发送旅客94.3万人次，2月10日单日发送旅客16.2万人次。", "16.2万人次", RecordType::kQuantity,
     "单日发送旅客", "", "2024-02-10", ""},
    {"12月至明年元旦期间，全市将投放消费券5000万元，力争全年社会消费品零售总额突破5500亿元。", "突破5500亿元",
     RecordType::kMoney, "社会消费品零售总额", "sales", "2024", ""},
    {"四季度园区将力争全年高新技术企业突破650家。", "突破650家", RecordType::kQuantity, "高新技术企业", "enterprises",
     "2024", ""},
    // A localizer after a generic name is where, not what; 安排 and 争取 are verbs.
    {"园区内新能源物流车达到1350辆。", "1350辆", RecordType::kQuantity, "新能源物流车", "", "", ""},
    {"每年安排省级专项资金不少于20亿元。", "不少于20亿元", RecordType::kMoney, "省级专项资金", "financing", "", ""},
    // A sum's share (合计占) measures 占 and the whole, of no one item of a list before it.
    {"全省新能源汽车产量合计占全国的12.1%。", "12.1%", RecordType::kPercentage, "占全国", "share", "", ""},
    {"南昌市、宜春市新能源汽车产量分别为21.3万辆和9.8万辆，合计占全省的79.0%。", "79.0%", RecordType::kPercentage,
     "占全省", "share", "", ""},
    // The whole of a share or a comparison (占全省, 比全省) is no subject: the clause's name is.
    {"长沙商品房销售面积占全省的比重为33.6%。", "33.6%", RecordType::kPercentage, "占全省的比重", "share", "", "长沙"},
    {"省商务厅数据显示，皖北地区开发区营业收入增速达到11.2%，比全省开发区平均水平高出2.3个百分点。", "2.3个百分点",
     RecordType::kGrowthRate, "营业收入增速", "growth", "", "皖北地区开发区"},
    // A figure about another place with its head elided measures what the figure before it did.
    {"到2027年，郑州市新能源汽车产量达到100万辆，开封市、洛阳市分别达到20万辆和15万辆。", "15万辆",
     RecordType::kQuantity, "新能源汽车产量", "production", "2027", "洛阳市"},
    {"南昌市新能源汽车产量同比增长41.2%，宜春市增长28.7%。", "28.7%", RecordType::kGrowthRate, "新能源汽车产量",
     "production", "", "宜春市"},
    // A word of sum before 实现 leaves the kind of firm in the metric; 进行 starts no phrase after a count.
    {"全市规上工业企业共实现营业收入3.18亿元。", "3.18亿元", RecordType::kMoney, "规上工业企业营业收入", "revenue", "",
     ""},
    {"每晚出动无人机1200架进行灯光秀。", "1200架", RecordType::kQuantity, "无人机", "", "", ""},
    // Items summed up before 分别 and a verb before the metric still share it out.
    {"新材料、装备制造、绿色食品三大主导产业分别实现产值186.5亿元、142.3亿元和98.7亿元。", "142.3亿元",
     RecordType::kOutputValue, "装备制造产值", "output_value", "", ""},
    // Vouchers redeemed (核销) are what the amount measures; 线上线下 is one word.
    {"汽车消费券核销9860万元，全县组织线上线下招聘会48场。", "9860万元", RecordType::kMoney, "汽车消费券核销",
     "subsidy", "", ""},
    {"新型储能装机规模达到186万千瓦/372万千瓦时。", "372万千瓦时", RecordType::kQuantity, "新型储能装机规模", "scale",
     "", ""},
    // The level a growth comes to may name its year first; a base written with its year is of that year and metric.
    {"地区生产总值年均增长6.8%，2023年达到6420.3亿元，较2020年的4261.4亿元增加2158.9亿元。", "6420.3亿元",
     RecordType::kOutputValue, "地区生产总值", "gdp", "2023", ""},
    {"地区生产总值年均增长6.8%，2023年达到6420.3亿元，较2020年的4261.4亿元增加2158.9亿元。", "4261.4亿元",
     RecordType::kOutputValue, "地区生产总值", "gdp", "2020", ""},
    {"地区生产总值年均增长6.8%，2023年达到6420.3亿元，较2020年的4261.4亿元增加2158.9亿元。", "2158.9亿元",
     RecordType::kOutputValue, "地区生产总值", "gdp", "2023", ""},
    // 达产后 places a figure at another time than the date before it.
    {"10月底签约的项目总投资120亿元，达产后年产值36亿元。", "36亿元", RecordType::kOutputValue, "年产值", "output_value",
     "", ""},
    // A breakdown paragraph after a stock taken at a day is of that day, not of the title's range of months.
    {"前10月全社会用电量增长8.3%\n截至10月底，全市电力总装机容量达到2536.8万千瓦。\n\n从装机结构看，全市风电装机1326.5万千瓦。",
     "1326.5万千瓦", RecordType::kQuantity, "风电装机", "capacity", "2024-10-31", ""},
    // The end of a quarter is the point a stock is taken at.
    {"三季度末，全市本外币贷款余额2.86万亿元。", "2.86万亿元", RecordType::kMoney, "本外币贷款余额", "financing",
     "2024-09-30", ""},
    // 全年 after a semicolon takes the year of the period the sentence goes on in; 上调至 is a link.
    {"公司预计四季度交付量15万辆；全年交付目标上调至50万辆以上。", "50万辆以上", RecordType::kQuantity, "交付目标", "",
     "2024", ""},
    // A segment, product or kind of firm before 实现 is what the metric is of; a firm's own name or a place is not.
    {"前三季度公司AI推理芯片实现收入15.3亿元。", "15.3亿元", RecordType::kMoney, "AI推理芯片收入", "revenue",
     "2024-01/2024-09", ""},
    {"1—8月，昊川科技实现营收63.5亿元。", "63.5亿元", RecordType::kMoney, "营收", "revenue", "2024-01/2024-08", ""},
    {"今年以来实现营收20亿元。", "20亿元", RecordType::kMoney, "营收", "revenue", "2024-01-01/2024-03-05", ""},
    // Household income components are income, consumption spending is spending; 城镇新增就业 is one indicator.
    {"前三季度，全州居民人均工资性收入13652元，人均消费支出17064元。", "17064元", RecordType::kMoney, "人均消费支出",
     "spending", "2024-01/2024-09", ""},
    {"全年城镇新增就业6800人。", "6800人", RecordType::kQuantity, "城镇新增就业", "population", "", ""},
    {"居民恩格尔系数为29.6%。", "29.6%", RecordType::kPercentage, "居民恩格尔系数", "rate", "", ""},
    // A paragraph of a part of the base period (10月份当月) is no base for the breakdowns after it, nor is one of no
    // period; inside such a paragraph a breakdown sentence is of the base period too.
    {"今年前10个月，关区进出口总值1.23万亿元。\n\n10月份当月，关区进出口1318.7亿元。\n\n外贸企业活力增强。\n\n"
     "从贸易方式看，一般贸易进出口8052.6亿元。",
     "8052.6亿元", RecordType::kMoney, "一般贸易进出口", "trade", "2024-01/2024-10", ""},
    {"今年前10个月，关区进出口总值1.23万亿元。\n\n10月份当月，关区进出口1318.7亿元。从贸易方式看，一般贸易进出口"
     "8052.6亿元。",
     "8052.6亿元", RecordType::kMoney, "一般贸易进出口", "trade", "2024-01/2024-10", ""},
    // 假期期间 opening a paragraph is of the holiday the text named last.
    {"今年国庆假期8天，全市接待游客283.5万人次。\n\n消费市场活力迸发。假期期间，全市重点商贸企业实现销售额9.84亿元。",
     "9.84亿元", RecordType::kMoney, "重点商贸企业销售额", "sales", "2024-10-01/2024-10-07", ""},
    // A bare 占 before a percentage of a level makes it that level's share.
    {"其中，城镇人口217.84万人，占56.4%。", "56.4%", RecordType::kPercentage, "城镇人口占比", "share", "", ""},
    // A sector names what is measured: it shares the last item's head. A 和 inside an industry's name is no list
    // mark when splitting there gives more items than figures.
    {"1—10月，纺织业、汽车制造业增加值分别增长1.2%和2.5%。", "1.2%", RecordType::kGrowthRate, "纺织业增加值",
     "value_added", "2024-01/2024-10", ""},
    {"全市电气机械和器材制造业、计算机通信和其他电子设备制造业、汽车制造业增加值分别增长12.3%、8.6%和5.1%。", "8.6%",
     RecordType::kGrowthRate, "计算机通信和其他电子设备制造业增加值", "value_added", "", ""},
    {"电气机械和器材制造业、汽车制造业和医药制造业利润分别增长1%、2%和3%。", "1%", RecordType::kGrowthRate,
     "电气机械和器材制造业利润", "profit", "", ""},
    {"电气机械和器材制造业、汽车制造业和医药制造业利润分别增长1%、2%和3%。", "3%", RecordType::kGrowthRate,
     "医药制造业利润", "profit", "", ""},
    // 净增 is a verb; the total a change comes to measures the same (、达到).
    {"全年高新技术企业净增36家、达到215家。", "36家", RecordType::kQuantity, "高新技术企业", "enterprises", "",
     ""},
    {"全年高新技术企业净增36家、达到215家。", "215家", RecordType::kQuantity, "高新技术企业", "enterprises", "",
     ""},
    {"新增市场主体1.2万户，达到15.6万户。", "15.6万户", RecordType::kQuantity, "市场主体", "", "", ""},
    // A sentence that a line break cut after its colon goes on: its date is the period of the figures after it.
    {"今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右，一般公共预算收入增长5%。", "5%",
     RecordType::kGrowthRate, "一般公共预算收入", "tax", "2024", ""},
    // 年均 keeps 年; 报告期内 is a time word; 城镇化率, 投入强度 and 每股收益 are heads.
    {"项目全部投产后年均发电量约38亿千瓦时。", "约38亿千瓦时", RecordType::kQuantity, "年均发电量", "energy", "",
     ""},
    {"报告期内研发投入1.08亿元。", "1.08亿元", RecordType::kMoney, "研发投入", "rd", "", ""},
    {"全市常住人口城镇化率达到68.5%。", "68.5%", RecordType::kPercentage, "常住人口城镇化率", "rate", "", ""},
    {"园区R&D经费投入强度为3.5%。", "3.5%", RecordType::kPercentage, "R&D经费投入强度", "rd", "", ""},
    {"公司基本每股收益0.52元。", "0.52元", RecordType::kMoney, "基本每股收益", "profit", "", ""},
    // The date opening a paragraph's first sentence is the period of its other sentences' figures, unless one says
    // now (目前, 现有) or the date stands further on (明年将…).
    {"2023年，园区经济稳中有进。规上工业增加值72.6亿元，同比增长5.2%。", "72.6亿元", RecordType::kOutputValue,
     "规上工业增加值", "value_added", "2023", ""},
    {"该省明确，今年要聚焦科技创新。新增科技领军企业10家。", "10家", RecordType::kQuantity, "科技领军企业",
     "enterprises", "2024", ""},
    {"2023年，园区经济稳中有进。目前园区拥有企业2860家。", "2860家", RecordType::kQuantity, "企业", "enterprises", "",
     ""},
    {"园区已建成300P智能算力，明年将扩容至800P。园区拥有企业2860家。", "2860家", RecordType::kQuantity, "企业",
     "enterprises", "", ""},
    // A bulletin's title names its year: 全年 and the paragraph it opens take it (the bracket dates the publication).
    {"2025年全市国民经济和社会发展统计公报\n（2026年3月18日）\n\n初步核算，全年全市地区生产总值5862.37亿元。其中，"
     "第一产业增加值312.45亿元。",
     "312.45亿元", RecordType::kOutputValue, "第一产业增加值", "value_added", "2025", ""},
    {"2024—2025年工作回顾\n\n初步核算，全年全市地区生产总值5862.37亿元。", "5862.37亿元", RecordType::kOutputValue,
     "地区生产总值", "gdp", "", ""},
    // 全年 in the figure's clause takes the whole year of a date earlier in the sentence.
    {"四季度将加快推进项目建设，力争全年产值突破320亿元。", "突破320亿元", RecordType::kOutputValue, "产值",
     "output_value", "2024", ""},
    // A year's 同期的 / 同期水平 is the base of a ratio, not the figure's period; 去年同期，… is one.
    {"全省机场旅客吞吐量4280.6万人次，恢复至2019年同期的108%。", "108%", RecordType::kPercentage, "机场旅客吞吐量",
     "transport", "", ""},
    {"去年同期，软件业务收入为一千二百三十亿元。", "一千二百三十亿元", RecordType::kMoney, "软件业务收入", "revenue",
     "2023", ""},
    // A lead sentence without figures leaves the paragraph's period to the first sentence with them; 全年 takes the
    // year of the paragraph's period.
    {"民生保障持续加力。上半年全县民生支出18.9亿元；新增城镇就业3260人。", "3260人", RecordType::kQuantity, "城镇就业",
     "population", "2024-H1", ""},
    {"截至2023年12月31日，园区规上企业达到128家。龙头企业全年营业收入突破45亿元。", "突破45亿元", RecordType::kMoney,
     "营业收入", "revenue", "2023", ""},
    {"2023年，园区经济稳中有进。多年来园区累计引进企业860家。", "860家", RecordType::kQuantity, "企业",
     "enterprises", "", ""},
    // 如今, 目前, 下一步 place a figure at another time than the date before them; 未来产业 is a name, not 未来.
    {"2021年7月，他回国创业。如今，公司员工已超过420人。", "超过420人", RecordType::kQuantity, "员工", "", "",
     ""},
    {"项目于2022年投产，目前月产能已达3.5万片。", "3.5万片", RecordType::kQuantity, "月产能", "capacity", "", ""},
    {"今年前三季度，增加值同比增长18.7%。下一步将引进10家企业。", "10家", RecordType::kQuantity, "企业",
     "enterprises", "", ""},
    {"2024年，全省前瞻布局未来产业，战略性新兴产业增加值增长10%以上。", "10%以上", RecordType::kGrowthRate,
     "战略性新兴产业增加值", "value_added", "2024", ""},
    // A title or byline line before the paragraph's opening date does not hide it.
    {"县域经济稳中向好\n本报记者 李明\n2024年，全县地区生产总值达到386.2亿元。规上工业增加值增长7.8%。", "7.8%",
     RecordType::kGrowthRate, "规上工业增加值", "value_added", "2024", ""},
    // 其中 details the sentence before it even when a line break made a new paragraph of it.
    {"今年前三季度，全区实现地区生产总值326.5亿元。\n其中，第二产业增加值152.3亿元。", "152.3亿元",
     RecordType::kOutputValue, "第二产业增加值", "value_added", "2024-01/2024-09", ""},
    // 省道 is a road, not a province.
    {"普通国省道完成投资218.6亿元。", "218.6亿元", RecordType::kMoney, "投资", "investment", "", ""},
    // 期末 ends a metric (“十五五”时期末 measures nothing): the forecast restates the level before it.
    {"全省算力规模达2.5EFLOPS，预计“十五五”时期末突破10EFLOPS。", "突破10EFLOPS", RecordType::kComputePower, "算力规模",
     "compute", "2026/2030", ""},
    // Shares: 比例, 份额, 占有率.
    {"到2027年，绿电使用比例不低于80%。", "不低于80%", RecordType::kPercentage, "绿电使用比例", "share", "2027",
     ""},
    {"国产芯片市场占有率为12.5%。", "12.5%", RecordType::kPercentage, "国产芯片市场占有率", "share", "", ""},
    // 由 A 增至 B: B measures what A did; A measures the noun before 由; B is not of A's date.
    {"产值由去年的80亿元增至今年的120亿元。", "120亿元", RecordType::kOutputValue, "产值", "output_value", "2024",
     ""},
    {"采购均价由年初的每吨38万元降至约32万元/吨。", "约32万元/吨", RecordType::kMoney, "采购均价", "price", "", ""},
    {"企业数量由2020年的120家增加到2024年的350家。", "120家", RecordType::kQuantity, "企业数量", "enterprises", "2020", ""},
    {"企业数量由2020年的120家增加到2024年的350家。", "350家", RecordType::kQuantity, "企业数量", "enterprises", "2024", ""},
    {"到2027年，就业人数由目前的3.2万人增至5万人。", "3.2万人", RecordType::kQuantity, "就业人数", "population", "",
     ""},
    {"到2027年，就业人数由目前的3.2万人增至5万人。", "5万人", RecordType::kQuantity, "就业人数", "population",
     "2027", ""},
    {"大模型的训练时长可由原来的45天缩短至18天左右。", "18天左右", RecordType::kQuantity, "训练时长", "", "", ""},
    {"单颗芯片成本比同类进口产品低30%。", "30%", RecordType::kPercentage, "单颗芯片成本", "cost", "", ""},
    // 全年 in a paragraph that names no year: the year of the paragraph right before it (not a deadline's).
    {"2023年，开发区规上工业总产值318.45亿元。\n\n全年完成固定资产投资约58亿元。", "约58亿元", RecordType::kMoney,
     "固定资产投资", "investment", "2023", ""},
    {"到2027年，产值突破400亿元。\n\n全年完成固定资产投资约58亿元。", "约58亿元", RecordType::kMoney,
     "固定资产投资", "investment", "", ""},
    // …across a heading set between them, on a line of its own or joined with 全年's line by a single break; and
    // the paragraph's later sentences are of that year too.
    {"2023年，开发区新签约项目42个。\n\n一、主要经济指标\n\n全年完成地区生产总值420亿元。工业投资约58亿元。",
     "约58亿元", RecordType::kMoney, "工业投资", "investment", "2023", ""},
    {"2023年，开发区新签约项目42个。\n一、主要经济指标\n全年完成地区生产总值420亿元。工业投资约58亿元。",
     "约58亿元", RecordType::kMoney, "工业投资", "investment", "2023", ""},
    // In text wrapped at a column, a sentence ending where its line fills the column goes on in the next line's
    // paragraph (the figures after it keep the paragraph's 今年以来); one ending on a shorter line ends it.
    {"今年以来，开发区坚持项目为王，\n全年实现规上工业总产值318亿\n元，同比增长8.2%，创历史新高。\n规上工业企业215家，"
     "比上年增加\n18家，高新技术企业达到96家，\n占全区企业比重超过四成左右。\n下一步，开发区将新建项目12个，\n持续"
     "推进产业链延链补链强链。",
     "215家", RecordType::kQuantity, "规上工业企业", "enterprises", "2024-01-01/2024-03-05", ""},
    {"今年以来，开发区坚持项目为王，\n全年实现规上工业总产值318亿\n元，同比增长8.2%，创历史新高。\n规上工业企业215家，"
     "比上年增加\n18家，高新技术企业达到96家，\n占全区企业比重超过四成左右。\n下一步，开发区将新建项目12个，\n持续"
     "推进产业链延链补链强链。",
     "12个", RecordType::kQuantity, "项目", "projects", "", ""},
    // A section heading's year (一、2022年工作回顾) is the year in context of its paragraphs that name none; a
    // dateline (本报合肥1月16日电) on the title line names no year of the text.
    {"省政府工作报告摘要\n\n一、2022年工作回顾\n\n过去一年，全省经济运行稳中有进。\n\n财政收入保持平稳。全年新增城镇"
     "就业68.5万人。",
     "68.5万人", RecordType::kQuantity, "城镇就业", "population", "2022", ""},
    {"本报合肥1月16日电 省政府工作报告摘要\n\n一、工作回顾\n\n过去一年，全省经济运行稳中有进。\n\n全年新增城镇就业"
     "68.5万人。",
     "68.5万人", RecordType::kQuantity, "城镇就业", "population", "", ""},
    // A percentage right after what it is a share of is a share (not trade, not energy); 占地 is no share.
    {"民营企业进出口3.53万亿元，占全省外贸总值的80.8%。", "80.8%", RecordType::kPercentage, "占全省外贸总值", "share",
     "", ""},
    {"光伏装机1200万千瓦，占光伏总装机55.2%。", "55.2%", RecordType::kPercentage, "占光伏总装机", "share", "", ""},
    // A list of changes in points pairs with the rates right before it, in order.
    {"核心一级资本充足率9.86%，一级资本充足率11.02%，资本充足率为14.35%，分别较上年末提升0.21、0.18和0.09个百分点。",
     "0.21", RecordType::kGrowthRate, "核心一级资本充足率", "rate", "", ""},
    {"核心一级资本充足率9.86%，一级资本充足率11.02%，资本充足率为14.35%，分别较上年末提升0.21、0.18和0.09个百分点。",
     "0.18", RecordType::kGrowthRate, "一级资本充足率", "rate", "", ""},
    // A share of what the noun after its 的 names, when that noun ends in a metric head; else the words before it.
    {"民营企业贡献了全市六成以上的税收、七成以上的GDP、八成以上的城镇就业。", "七成以上", RecordType::kPercentage, "GDP",
     "gdp", "", ""},
    {"民营企业贡献了全市六成以上的税收、七成以上的GDP、八成以上的城镇就业。", "八成以上", RecordType::kPercentage,
     "城镇就业", "population", "", ""},
    {"研发投入强度达到2.5%的水平。", "2.5%", RecordType::kPercentage, "研发投入强度", "rd", "", ""},
    // A qualifier kept from the figure by link words is no part of the phrase before it; 功率 is no rate.
    {"单机柜功率最高可达50千瓦。", "50千瓦", RecordType::kQuantity, "单机柜功率", "capacity", "", ""},
    // A change verb ending in 高/低 (提高, 降低) is no comparison, and the 比 of 占比/比重 no comparand's.
    {"研发投入占比提高2个百分点。", "2个百分点", RecordType::kGrowthRate, "研发投入占比", "share", "", ""},
    {"非化石能源消费比重年均提高1至1.5个百分点。", "1至1.5个百分点", RecordType::kGrowthRate, "非化石能源消费比重",
     "share", "", ""},
    // More heads and a time word: sectors named alone, a share price; 届时 is no part of a metric.
    {"纺织业、非金属矿物制品业分别下降4.2%和6.8%。", "6.8%", RecordType::kGrowthRate, "非金属矿物制品业", "sector", "",
     ""},
    {"公司股价上涨12.5%。", "12.5%", RecordType::kGrowthRate, "股价", "price", "", ""},
    {"二期建成后，届时总算力将达到3.2E。", "3.2E", RecordType::kComputePower, "总算力", "compute", "", ""},
    // Bank ratios and this bank's (该行) totals.
    {"该行资产总额4826.35亿元。", "4826.35亿元", RecordType::kMoney, "资产总额", "assets", "", ""},
    {"全年净息差为1.86%，成本收入比28.9%。", "28.9%", RecordType::kPercentage, "成本收入比", "rate", "", ""},
    // A news lead on the line after a title is no phrase of the title's figure.
    {"西部智算中心一期正式上线 总算力达1.2EFLOPS\n新华社成都11月26日电（记者 李明）26日，项目上线运营。", "1.2EFLOPS",
     RecordType::kComputePower, "总算力", "compute", "", ""},
    // An impossible date (OCR's 1—1⏎0月 read as 0月份) gives no period.
    {"0月份，全市完成固定资产投资6.8亿元。", "6.8亿元", RecordType::kMoney, "固定资产投资", "investment", "", ""},
    // A heading that names a year of its own is no heading to look past.
    {"2023年，开发区新签约项目42个。\n\n二、2025年主要目标\n\n全年完成地区生产总值420亿元。", "420亿元",
     RecordType::kOutputValue, "地区生产总值", "gdp", "2025", ""},
    // 个人, 个体 are words (个 alone is a measure word); a bare 总数 totals what the figure before it counted.
    {"个人住房贷款余额8350亿元。", "8350亿元", RecordType::kMoney, "个人住房贷款余额", "financing", "", ""},
    {"全年新增高新技术企业530家，总数达2860家。", "2860家", RecordType::kQuantity, "高新技术企业", "enterprises",
     "", ""},
    {"游客人均花费3200元。", "3200元", RecordType::kMoney, "游客人均花费", "spending", "", ""},
    {"5年期以上LPR为3.85%。", "3.85%", RecordType::kPercentage, "5年期以上LPR", "rate", "", ""},  // a term
    // 分别 pairs metrics joined by 和 with the list of figures.
    {"与2019年同期相比，接待人次和旅游收入分别增长18.2%和11.6%。", "18.2%", RecordType::kGrowthRate, "接待人次",
     "population", "", ""},
    {"与2019年同期相比，接待人次和旅游收入分别增长18.2%和11.6%。", "11.6%", RecordType::kGrowthRate, "旅游收入",
     "revenue", "", ""},
    // A change right after the figure's clause measures what the figure counted.
    {"外贸企业达10.3万家，增加7200家。", "7200家", RecordType::kQuantity, "外贸企业", "enterprises", "", ""},
    {"商品房去化周期为18个月，较年初缩短2个月。", "2个月", RecordType::kQuantity, "商品房去化周期", "", "", ""},
    // A comparison in points after a growth rate, against another's rate, measures the growth rate.
    {"农村居民人均可支配收入增长7.1%，快于城镇居民1.9个百分点。", "1.9个百分点", RecordType::kGrowthRate,
     "农村居民人均可支配收入增速", "growth", "", ""},
    // In a text with blank lines between paragraphs, a single line break after a full stop is a wrap: the sentence
    // after it keeps the paragraph's period.
    {"标题\n\n2024年，全省经济稳中有进。\n全省地区生产总值达到5.87万亿元。\n\n下一段。", "5.87万亿元",
     RecordType::kOutputValue, "地区生产总值", "gdp", "2024", ""},
    {"进口铁矿石平均到港价格为每吨105美元左右。", "105美元左右", RecordType::kMoney, "进口铁矿石平均到港价格", "price",
     "", ""},  // 到港 is a word
    // A date in a note after the figure is the note's.
    {"2025年前三季度营收约9亿元（去年同期仅为1.6亿元）。", "约9亿元", RecordType::kMoney, "营收", "revenue",
     "2025-01/2025-09", ""},
    // A deadline at a year's end is the period of the target in its clause, as 到2027年 is.
    {"到2026年底，公共数据开放率达到85%。", "85%", RecordType::kPercentage, "公共数据开放率", "rate", "2026-12-31",
     ""},
    // 及 between two nouns of one metric joins them.
    {"新能源汽车及零部件产业增加值增长21.5%。", "21.5%", RecordType::kGrowthRate, "新能源汽车及零部件产业增加值",
     "value_added", "", ""},
    // A share names what it is a share of, from 占 (across its 的); 占比 is a head of its own.
    {"高技术制造业增加值占规上工业增加值的比重达到68.4%。", "68.4%", RecordType::kPercentage,
     "占规上工业增加值的比重", "share", "", ""},
    {"数字经济核心产业增加值占GDP比重为12.1%。", "12.1%", RecordType::kPercentage, "占GDP比重", "share", "", ""},
    {"民营经济占比达到65%。", "65%", RecordType::kPercentage, "民营经济占比", "share", "", ""},
    // Abbreviations and dividends.
    {"10月份，社零总额增长6.3%。", "6.3%", RecordType::kGrowthRate, "社零总额", "sales", "2024-10", ""},
    {"公司拟向全体股东每10股派发现金红利2.5元（含税）。", "2.5元", RecordType::kMoney, "现金红利", "amount", "", ""},
    // Valuations, spending, costs, throughput and stocks (money classes never measure counts, nor the reverse).
    {"该公司最新一轮融资后估值约120亿元。", "约120亿元", RecordType::kMoney, "估值", "valuation", "", ""},
    {"全年一般公共预算支出85.6亿元。", "85.6亿元", RecordType::kMoney, "一般公共预算支出", "spending", "", ""},
    {"全年研发经费支出18.7亿元。", "18.7亿元", RecordType::kMoney, "研发经费支出", "rd", "", ""},
    {"公司管理费用3.2亿元。", "3.2亿元", RecordType::kMoney, "管理费用", "cost", "", ""},
    {"港口集装箱吞吐量310万标箱。", "310万标箱", RecordType::kQuantity, "港口集装箱吞吐量", "transport", "", ""},
    {"全省汽车保有量达到2100万辆。", "2100万辆", RecordType::kQuantity, "汽车保有量", "stock", "", ""},
};

TEST_CASE("linker: metric, class, period and subject", "[linker]") {
  for (const LinkCase& c : kLinkCases) {
    INFO(c.input << " / " << c.text);
    std::vector<zhfacts::Record> records = Extract(c.input);
    INFO(Describe(records));
    const zhfacts::Record* found = nullptr;
    for (const zhfacts::Record& r : records) {
      if (r.text == c.text) found = &r;
    }
    REQUIRE(found != nullptr);
    CHECK(found->type == c.type);
    CHECK(found->metric == c.metric);
    CHECK(found->metric_class == c.metric_class);
    CHECK(found->period == c.period);
    CHECK(found->subject == c.subject);
    if (c.unit) CHECK(found->unit == c.unit);
  }
}

TEST_CASE("linker: a growth rate or share qualifies the figure before it", "[linker]") {
  std::string text = "去年，路桥经济开发区实现规上工业总产值606.77亿元，占全区规上工业总产值的64.48%，同比增长5.1%。";
  zhfacts::DocumentContext ctx;
  auto doc = figures_test::TheExtractor().Extract(text, ctx);
  REQUIRE(doc.ok());
  std::int64_t output = -1;
  for (std::size_t i = 0; i < doc->records.size(); ++i) {
    if (doc->records[i].text == "606.77亿元") output = static_cast<std::int64_t>(i);
  }
  REQUIRE(output >= 0);
  int qualifying = 0;
  for (const zhfacts::Record& r : doc->records) {
    if (r.type == RecordType::kPercentage || r.type == RecordType::kGrowthRate) {
      INFO(r.text);
      CHECK(r.qualifies == output);
      CHECK(r.subject == "路桥经济开发区");
      ++qualifying;
    }
  }
  CHECK(qualifying == 2);
}

// A change of a level stated against a base carries the direction of its verb and its basis, so that it is told from
// the level it changed.
TEST_CASE("linker: a change against a base has a direction and a basis", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract(
      "前三季度下线整车15.2万辆，较去年同期增加4.7万辆。年末户籍人口356.2万人，比上年末减少1.8万人。"
      "园区集聚半导体企业168家，较年初新增21家。",
      zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  int checked = 0;
  for (const zhfacts::Record& r : doc->records) {
    INFO(r.text);
    if (r.text == "15.2万辆" || r.text == "356.2万人" || r.text == "168家") {
      CHECK(r.direction == zhfacts::Direction::kUnset);
      ++checked;
    } else if (r.text == "4.7万辆") {
      CHECK(r.direction == zhfacts::Direction::kUp);
      CHECK(r.basis == zhfacts::Basis::kYoy);
      CHECK(r.metric == "下线整车");
      ++checked;
    } else if (r.text == "1.8万人") {
      CHECK(r.direction == zhfacts::Direction::kDown);
      CHECK(r.basis == zhfacts::Basis::kYoy);
      ++checked;
    } else if (r.text == "21家") {
      CHECK(r.direction == zhfacts::Direction::kUp);
      CHECK(r.basis == zhfacts::Basis::kNone);
      ++checked;
    }
  }
  CHECK(checked == 6);
}

// The level a growth comes to (增长18%，达到9.7亿元) is the grown metric's, and the growth qualifies it.
TEST_CASE("linker: the level after a growth takes its metric and is qualified by it", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract("今年前三季度，全市出口额同比增长18%，达到9.7亿元。",
                                                  zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  std::int64_t growth = -1, level = -1;
  for (std::size_t i = 0; i < doc->records.size(); ++i) {
    if (doc->records[i].text == "18%") growth = static_cast<std::int64_t>(i);
    if (doc->records[i].text == "9.7亿元") level = static_cast<std::int64_t>(i);
  }
  REQUIRE(growth >= 0);
  REQUIRE(level >= 0);
  CHECK(doc->records[static_cast<std::size_t>(level)].metric == "出口额");
  CHECK(doc->records[static_cast<std::size_t>(level)].metric_class == "export");
  CHECK(doc->records[static_cast<std::size_t>(growth)].qualifies == level);
}

// A list of growth rates after a run of figures pairs with them in order (分别 distributes over the figures), and a
// note between a figure and its growth (按可比价格计算) does not cut the link.
TEST_CASE("linker: 分别 pairs a list of growth rates with the figures before it", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract(
      "全年全市接待游客1.2亿人次，实现旅游收入1350亿元，分别增长15.3%和18.7%。上半年，全县实现地区生产总值286.3亿元，"
      "按可比价格计算，同比增长6.2%。",
      zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  std::vector<std::int64_t> index(4, -1);
  const char* const texts[] = {"1.2亿人次", "1350亿元", "15.3%", "18.7%"};
  for (std::size_t i = 0; i < doc->records.size(); ++i) {
    for (std::size_t t = 0; t < 4; ++t) {
      if (doc->records[i].text == texts[t]) index[t] = static_cast<std::int64_t>(i);
    }
  }
  for (std::int64_t i : index) REQUIRE(i >= 0);
  const zhfacts::Record& visitors = doc->records[static_cast<std::size_t>(index[2])];
  const zhfacts::Record& income = doc->records[static_cast<std::size_t>(index[3])];
  CHECK(visitors.qualifies == index[0]);
  CHECK(visitors.metric == "接待游客");
  CHECK(income.qualifies == index[1]);
  CHECK(income.metric == "旅游收入");
  bool gdp_growth = false;
  for (const zhfacts::Record& r : doc->records) {
    if (r.text != "6.2%") continue;
    gdp_growth = true;
    CHECK(r.metric == "地区生产总值");
    CHECK(r.period == doc->records[static_cast<std::size_t>(r.qualifies)].period);
  }
  CHECK(gdp_growth);
}

TEST_CASE("linker: a part (其中) measures what the whole did", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract("签约仪式上，36个重大项目集中签约，其中21个来自开发区。",
                                                  zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  REQUIRE(doc->records.size() == 2);
  CHECK(doc->records[1].text == "21个");
  CHECK(doc->records[1].metric == "重大项目");
  CHECK(doc->records[1].metric_class == "projects");
}

TEST_CASE("linker: no qualifies across an unrelated metric; topic subject from the paragraph", "[linker]") {
  std::vector<zhfacts::Record> figures =
      Figures(Extract("衢州市加快发展数字经济。全市数字经济核心产业营业收入500亿元，研发投入增长12%。"));
  INFO(Describe(figures));
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].subject == "衢州市");
  CHECK(figures[0].metric_class == "revenue");
  CHECK(figures[1].qualifies == -1);
  CHECK(figures[1].metric == "研发投入");
  CHECK(figures[1].subject == "衢州市");
}

TEST_CASE("linker: the document's topic is the subject of paragraphs that name none", "[linker]") {
  // The lead names the province; a later paragraph names nothing but 全省; a clause about the country is not the
  // province's; a title with a byline opens another article, which names no place (a page of two articles).
  std::vector<zhfacts::Record> figures = Extract(
      "湖南经济稳中有进\n\n11月23日，湖南省统计局发布前10个月经济运行数据。\n\n"
      "1—10月，全省规模以上工业增加值同比增长6.4%，比全国高0.3个百分点。全国规上工业增加值增长6.1%。\n\n"
      "民呼我为:打通两地惠民路\n\n王苓\n\n连接线通车后，景区接待游客10.3万人次。");
  INFO(Describe(figures));
  auto find = [&figures](const std::string& text) -> const zhfacts::Record& {
    auto it = std::find_if(figures.begin(), figures.end(), [&](const zhfacts::Record& r) { return r.text == text; });
    REQUIRE(it != figures.end());
    return *it;
  };
  CHECK(find("6.4%").subject == "湖南");  // the title's name: a province's short name is a name on its own
  CHECK(find("6.1%").subject.empty());
  CHECK(find("10.3万人次").subject.empty());
  // A masthead and a byline before the lead do not count among the paragraphs that may name the topic.
  figures = Extract(
      "丰溪报　2024年3月4日\n\n本报记者　林晓岚　通讯员　周明远\n\n今年以来，丰溪县坚持稳中求进。\n\n"
      "1—2月，全县规上工业总产值完成41.7亿元。");
  INFO(Describe(figures));
  CHECK(find("41.7亿元").subject == "丰溪县");
  // A title line opening with a name switches the topic (贵阳高新区：…); a newspaper's 本报 names nothing.
  figures = Extract(
      "本报宁州11月5日电 昆山高新区前三季度实现产值500亿元。\n\n新增企业80家。\n\n"
      "贵阳高新区：夯实人才支撑\n\n今年以来引进各类人才1280人。");
  INFO(Describe(figures));
  CHECK(find("80家").subject == "昆山高新区");
  CHECK(find("1280人").subject == "贵阳高新区");
}

TEST_CASE("linker: 多减 and a bare 少 after the base are changes with a direction", "[linker]") {
  std::vector<zhfacts::Record> records = Extract("全省存款减少186.4亿元，同比多减52.7亿元。");
  REQUIRE(records.size() == 2);
  CHECK(records[1].direction == zhfacts::Direction::kDown);
  CHECK(records[1].basis == zhfacts::Basis::kYoy);
  records = Extract("企业债券净融资较上年同期少238.9亿元。");
  REQUIRE(records.size() == 1);
  CHECK(records[0].direction == zhfacts::Direction::kDown);
  CHECK(records[0].metric == "企业债券净融资");
}

TEST_CASE("linker: a growth in percent after a restated or changed figure is the level's", "[linker]") {
  // 18.9% is the growth of this year's 35.2亿元, not of last year's 29.6亿元; 17.7% that of the 486 firms, not of the
  // 73 more.
  for (const auto& [text, level, rate] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"前三季度，公司实现净利润35.2亿元，上年同期为29.6亿元，同比增长18.9%。", "35.2亿元", "18.9%"},
           {"高新技术企业数量达到486家，比上年增加73家，增长17.7%。", "486家", "17.7%"},
           {"各项贷款余额2517.82亿元，较上年末增加286.41亿元，增长12.8%。", "2517.82亿元", "12.8%"}}) {
    std::vector<zhfacts::Record> records = Extract(text);
    INFO(Describe(records));
    std::int64_t level_at = -1, rate_at = -1;
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (records[i].text == level) level_at = static_cast<std::int64_t>(i);
      if (records[i].text == rate) rate_at = static_cast<std::int64_t>(i);
    }
    REQUIRE(level_at >= 0);
    REQUIRE(rate_at >= 0);
    CHECK(records[static_cast<std::size_t>(rate_at)].qualifies == level_at);
  }
}

TEST_CASE("linker: a short name introduced by 简称 is a subject", "[linker]") {
  std::vector<zhfacts::Record> figures = Figures(Extract(
      "一道新能源科技有限公司（以下简称“一道新能源”）成立于2018年。\n"
      "一道新能源仅用5年时间就成为百亿级企业，2023年实现产值265亿元。"));
  INFO(Describe(figures));
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].subject == "一道新能源");
  CHECK(figures[0].metric == "产值");
  CHECK(figures[0].period == "2023");
}

TEST_CASE("linker: a slogan's 简称 introduces no subject", "[linker]") {
  std::vector<zhfacts::Record> figures = Figures(Extract(
      "实施科技企业“双倍增”行动（简称“双倍增”）。\n“双倍增”行动带动研发投入增长12%。"));
  INFO(Describe(figures));
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].subject.empty());
}

TEST_CASE("linker: unknown subject and period stay empty", "[linker]") {
  std::vector<zhfacts::Record> figures = Figures(Extract("项目总投资50亿元。"));
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].subject.empty());
  CHECK(figures[0].period.empty());
  CHECK(figures[0].qualifies == -1);
}

// Quantities: the metric is the noun phrase after the figure (what is counted or measured), else the one before it.
struct QuantityCase {
  const char* input;
  const char* text;    // the quantity to look at
  const char* metric;  // "" when the sentence names nothing
  const char* metric_class;
};

const QuantityCase kQuantityCases[] = {
    // After the measure word, up to a conjunction, punctuation or a verb that ends the phrase.
    {"全县新建成12家省级研发中心和5家市级孵化器。", "12家", "省级研发中心", ""},
    {"全县新建成12家省级研发中心和5家市级孵化器。", "5家", "市级孵化器", ""},
    {"拥有3个国家级孵化器、6个省级众创空间。", "6个", "省级众创空间", ""},
    {"5个数字化车间投入使用，4个节能改造项目通过验收。", "5个", "数字化车间", ""},
    {"5个数字化车间投入使用，4个节能改造项目通过验收。", "4个", "节能改造项目", "projects"},
    {"为每位员工提供2套住房且免收租金。", "2套", "住房", ""},
    {"全区共有12家企业已完成数字化改造，8个项目顺利竣工投产。", "12家", "企业", "enterprises"},
    {"全区共有12家企业已完成数字化改造，8个项目顺利竣工投产。", "8个", "项目", "projects"},
    // …after one 的, without a localizer at its end; physical measures too.
    {"新建约2000平方米的共享实验室，面向企业开放。", "约2000平方米", "共享实验室", ""},
    {"在300平方米的展厅里，陈列着各类产品。", "300平方米", "展厅", ""},
    // Before the figure when nothing follows it, past link words and spaces, without the subject or a note.
    {"园区今年共引进高层次人才 86名，其中博士23名。", "86名", "高层次人才", "population"},
    {"园区今年共引进高层次人才 86名，其中博士23名。", "23名", "博士", ""},
    {"该模组功耗仅12瓦，待机时间超过300个小时。", "12瓦", "模组功耗", ""},
    {"该模组功耗仅12瓦，待机时间超过300个小时。", "超过300个小时", "待机时间", ""},
    {"园区内可供出让的工业用地约420亩。", "约420亩", "工业用地", "land"},
    {"全市规上工业企业达到2860家。", "2860家", "规上工业企业", "enterprises"},
    {"全年新开工项目56个。", "56个", "新开工项目", "projects"},
    {"其中科创团队（项目）45个。", "45个", "科创团队", ""},
    {"今年共有入选者58名。", "58名", "入选者", ""},
    {"预计全年粮食总产量将达到52.4万吨，生猪出栏约36万头。", "52.4万吨", "粮食总产量", "production"},  // 将 + link words
    {"全年粮食总产量预计将达到52.4万吨。", "52.4万吨", "粮食总产量", "production"},
    // 年产 is a verb (月产能, 年产量 stay words).
    {"项目建成后可年产电驱系统零部件200万套。", "200万套", "电驱系统零部件", ""},
    {"一期晶圆产线月产能5万片。", "5万片", "一期晶圆产线月产能", "capacity"},
    // 完成, 发展到 … between a noun and its count are link words; 中有 ends the phrase after a count.
    {"港口海铁联运业务量完成161.3万标箱。", "161.3万标箱", "港口海铁联运业务量", "volume"},
    {"全县农民专业合作社发展到1426家。", "1426家", "农民专业合作社", ""},
    {"38个工业大类行业中有29个行业增加值实现增长。", "38个", "工业大类行业", ""},
    // A comparison base between the noun and a change is skipped like a link word (not 同期 or 同期相比).
    {"前三季度新增市场主体较去年同期增加46家。", "46家", "市场主体", ""},
    {"全县规上工业企业与去年同期相比增加12家。", "12家", "规上工业企业", "enterprises"},
    {"全市高新技术企业数量比上年增加126家。", "126家", "高新技术企业数量", "enterprises"},
    {"德清县高新区已建成标准厂房36万平方米。", "36万平方米", "标准厂房", ""},
    // OCR damage: full-width digits, a line break inside the word, a stray space.
    {"该基地已培养专业技术人才３１０名，参与２６家企业技术攻关。", "３１０名", "专业技术人才", "population"},
    {"目前已累计发射９颗遥感卫\n星，在轨运行良好。", "９颗", "遥感卫星", ""},
    {"集聚经认定的高新技术 企\n业1260家，居全省前列。", "1260家", "高新技术企业", "enterprises"},
    {"全区共有 14个智慧 工厂投入运行。", "14个", "智慧工厂", ""},
    // A stop inside a keep word stops nothing; digits belong to a phrase before the figure (5G).
    {"全区从业人员约6.8万人。", "约6.8万人", "从业人员", "population"},
    {"项目占地面积约120亩，总建筑面积约15万平方米。", "约120亩", "项目占地面积", "area"},
    {"项目占地面积约120亩，总建筑面积约15万平方米。", "约15万平方米", "总建筑面积", "area"},
    {"新建省级创新联合体12家，在建项目7个。", "12家", "省级创新联合体", ""},
    {"新建省级创新联合体12家，在建项目7个。", "7个", "在建项目", "projects"},
    {"全市累计建成5G基站2.3万个。", "2.3万个", "5G基站", ""},
    {"园区新型储能3.2GWh，产能50万吨。", "3.2GWh", "新型储能", ""},  // 能 is no link word
    {"全省建成3个都市圈，新增5家成都企业。", "3个", "都市圈", ""},      // 都 is a stop, 都市 a keep word
    {"全省建成3个都市圈，新增5家成都企业。", "5家", "成都企业", "enterprises"},
    // Compute power the same way.
    {"二期新增部署800P智能算力。", "800P", "智能算力", "compute"},
    {"算力中心一期将扩容至1200P。", "1200P", "", ""},
    // Nothing measured: a duration followed by 时间, a verb right before the figure, a localizer after it; a modifier
    // alone after the figure is no phrase (the one before it counts).
    {"研发团队用了3年时间攻克难题。", "3年", "", ""},
    {"系统可在30分钟内完成一次全量计算。", "30分钟内", "", ""},
    {"他们先后走访了120家。", "120家", "", ""},
    {"全省大科学装置已有3个在建。", "3个", "大科学装置", ""},
    // A copula before the noun is skipped; an adverb opens a predicate, which names nothing.
    {"新招人员中有两名为清华大学硕士研究生。", "两名", "清华大学硕士研究生", ""},
    {"一次招录五人尚属首次。", "五人", "一次招录", ""},  // the phrase before it, then
};

const zhfacts::Record* FindText(const std::vector<zhfacts::Record>& records, const std::string& text) {
  for (const zhfacts::Record& r : records) {
    if (r.text == text) return &r;
  }
  return nullptr;
}

// A rate named only by a word for a rate (增幅, 增速, 增长率) is the figure's before it: it qualifies it and takes
// its metric.
TEST_CASE("linker: a bare rate word names no metric of its own", "[linker]") {
  for (const char* text : {"全市规上工业增加值达到86.2亿元，增幅达14.3%。", "全市规上工业增加值86.2亿元，增速为14.3%。",
                           "全市规上工业增加值86.2亿元，增长率为14.3%。"}) {
    INFO(text);
    std::vector<zhfacts::Record> records = Extract(text);
    const zhfacts::Record* rate = FindText(records, "14.3%");
    REQUIRE(rate != nullptr);
    CHECK(rate->metric == "规上工业增加值");
    CHECK(rate->metric_class == "value_added");
    REQUIRE(rate->qualifies >= 0);
    CHECK(records[static_cast<std::size_t>(rate->qualifies)].text == "86.2亿元");
  }
  // Not when the sentence had no figure before it.
  std::vector<zhfacts::Record> alone = Extract("全市规上工业增加值增幅达14.3%。");
  REQUIRE(FindText(alone, "14.3%") != nullptr);
  CHECK(FindText(alone, "14.3%")->metric == "规上工业增加值增幅");
}

TEST_CASE("linker: a quantity's (or compute power's) metric is the phrase after it, else before it", "[linker]") {
  for (const QuantityCase& c : kQuantityCases) {
    INFO(c.input << " / " << c.text);
    std::vector<zhfacts::Record> records = Extract(c.input);
    const zhfacts::Record* found = FindText(records, c.text);
    REQUIRE(found != nullptr);
    CHECK((found->type == RecordType::kQuantity || found->type == RecordType::kComputePower));
    CHECK(found->metric == c.metric);
    CHECK(found->metric_class == c.metric_class);
  }
}

TEST_CASE("linker: a sentence cut by a line break keeps its period and subject", "[linker]") {
  // A break in the middle of the sentence (OCR) opens no new sentence or paragraph for the linker.
  std::vector<zhfacts::Record> records = Extract("截至2023年，德清\n县累计培育科技型中小企业1860家。");
  const zhfacts::Record* found = FindText(records, "1860家");
  REQUIRE(found != nullptr);
  CHECK(found->period == "2023");
  CHECK(found->subject == "德清县");
  CHECK(found->metric == "科技型中小企业");
  // A title line before a blank line is no part of the next sentence.
  records = Extract("## 2023年工作回顾\n\n全区新增专利授权4200件。");
  found = FindText(records, "4200件");
  REQUIRE(found != nullptr);
  CHECK(found->period.empty());
}

TEST_CASE("linker: a qualifier kept apart from its figure by link words still qualifies it", "[linker]") {
  struct Case {
    const char* input;
    const char* text;  // the figure's text: the qualifier and the words in between stay out of it
    zhfacts::Qualifier qualifier;
  };
  const Case cases[] = {
      {"芯片分辨率大约只能做到20微米。", "20微米", zhfacts::Qualifier::kApprox},
      {"目前园区约有300家企业入驻。", "300家", zhfacts::Qualifier::kApprox},
      {"项目总投资近 达20亿元。", "20亿元", zhfacts::Qualifier::kApprox},  // an OCR space between the words
      {"全市至少有3家企业获评。", "3家", zhfacts::Qualifier::kAtLeast},
      {"年产能最多可达12万吨。", "12万吨", zhfacts::Qualifier::kAtMost},
      // A share: the qualifier before 占, what it is a share of in between.
      {"动力电池出货量约占全国同期装车量的6%。", "6%", zhfacts::Qualifier::kApprox},
      {"出口额近占全市的三成。", "三成", zhfacts::Qualifier::kApprox},
      {"海外业务收入约合19.8亿美元。", "约合19.8亿美元", zhfacts::Qualifier::kApprox},  // a prefix of its own
      // 约 ending another word (签约) and a qualifier the rule chose not to attach qualify nothing.
      {"今年已签约有30个项目。", "30个", zhfacts::Qualifier::kExact},
      {"与多家单位签约28个项目。", "28个", zhfacts::Qualifier::kExact},
      // Only link words may stand between: 约 before a noun is another phrase's.
      {"约一半企业有研发机构12个。", "12个", zhfacts::Qualifier::kExact},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::vector<zhfacts::Record> records = Extract(c.input);
    INFO(Describe(records));
    const zhfacts::Record* found = FindText(records, c.text);
    REQUIRE(found != nullptr);
    CHECK(found->qualifier == c.qualifier);
  }
}

TEST_CASE("linker: the linker only fills fields", "[linker]") {
  // The same figures, with and without linking context, in the same order.
  const char* texts[] = {"全县新建成12家省级研发中心和5家市级孵化器。", "12家和5家。"};
  std::vector<zhfacts::Record> linked = Extract(texts[0]), bare = Extract(texts[1]);
  REQUIRE(linked.size() == bare.size());
  for (std::size_t i = 0; i < linked.size(); ++i) {
    CHECK(linked[i].type == bare[i].type);
    CHECK(linked[i].value == bare[i].value);
    CHECK(bare[i].metric.empty());
  }
}

// The linker copies the value of whatever date the figure hangs on (relative dates, intervals: the date rules'
// work), so it is fed date candidates directly here.
struct PeriodCase {
  const char* value;
  const char* granularity;
  zhfacts::Qualifier qualifier;
  const char* period;  // expected
};

const PeriodCase kPeriodCases[] = {
    {"2024-01-01/2024-03-25", "range", zhfacts::Qualifier::kExact, "2024-01-01/2024-03-25"},  // 今年以来
    {"2024-01-01/2024-03-25", "day", zhfacts::Qualifier::kExact, "2024-01-01/2024-03-25"},    // an interval of days
    {"2024", "year", zhfacts::Qualifier::kExact, "2024"},                                      // 今年
    {"2024-H1", "half", zhfacts::Qualifier::kExact, "2024-H1"},                                // 上半年
    {"2023-12", "month", zhfacts::Qualifier::kAsOf, "2023-12"},                                // 截至去年底
    {"2023-12-31", "day", zhfacts::Qualifier::kAsOf, "2023-12-31"},                            // 截至去年12月31日
    {"2024-03-22", "day", zhfacts::Qualifier::kExact, ""},                                     // an event's day
    {"2024-03-22T10:00:00", "datetime", zhfacts::Qualifier::kExact, ""},
};

TEST_CASE("linker: a figure's period is the value of the date it hangs on", "[linker]") {
  namespace zi = zhfacts::internal;
  static const zhfacts::Result<zi::Lexicons> lex = zi::Lexicons::Builtin();
  REQUIRE(lex.ok());
  const std::string text = "今年以来，园区引进各类人才1280人。";
  const std::string date_text = "今年以来", figure_text = "1280人";
  std::vector<zi::Sentence> sentences;
  zi::SplitSentences(text, &sentences);
  zi::DocContext doc{text, &sentences};
  doc.lexicons = &lex.value();
  for (const PeriodCase& c : kPeriodCases) {
    INFO(c.value << " " << c.granularity);
    std::vector<zi::Candidate> cs(2);
    cs[0].record.type = RecordType::kDate;
    cs[0].record.value = c.value;
    cs[0].record.granularity = c.granularity;
    cs[0].record.qualifier = c.qualifier;
    cs[0].begin = text.find(date_text);
    cs[0].end = cs[0].begin + date_text.size();
    cs[1].record.type = RecordType::kQuantity;
    cs[1].begin = text.find(figure_text);
    cs[1].end = cs[1].begin + figure_text.size();
    for (std::size_t i = 0; i < cs.size(); ++i) cs[i].id = static_cast<std::int64_t>(i);
    zi::LinkRecords(doc, &cs);
    CHECK(cs[1].record.period == c.period);
    CHECK(cs[1].record.metric == "各类人才");
    CHECK(cs[0].record.period.empty());  // dates have no period
  }
}

}  // namespace

TEST_CASE("linker: a change in points qualifies the share before it", "[linker]") {
  zhfacts::DocumentContext ctx;
  auto doc = figures_test::TheExtractor().Extract("服务业增加值比重为45.2%，比上年提高2.1个百分点。", ctx);
  REQUIRE(doc.ok());
  REQUIRE(doc->records.size() == 2);
  CHECK(doc->records[0].type == RecordType::kPercentage);
  CHECK(doc->records[1].type == RecordType::kGrowthRate);
  CHECK(doc->records[1].qualifies == 0);
  CHECK(doc->records[1].metric == "服务业增加值比重");
}

// A growth restated in real terms takes the basis of the one it restates, also when it qualifies a level.
TEST_CASE("linker: a growth restated in real terms keeps the basis", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract(
      "前三季度，全州居民人均可支配收入24186元，同比名义增长5.6%，扣除价格因素实际增长5.4%。",
      zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  int checked = 0;
  for (const zhfacts::Record& r : doc->records) {
    if (r.text != "5.6%" && r.text != "5.4%") continue;
    INFO(r.text);
    CHECK(r.basis == zhfacts::Basis::kYoy);
    CHECK(r.metric == "居民人均可支配收入");
    ++checked;
  }
  CHECK(checked == 2);
}

// 同比多增 / 少增 are changes of the flow before them; a change against a base says its direction without a level too.
TEST_CASE("linker: more or less than a year before, and a change with no level before it", "[linker]") {
  auto doc = figures_test::TheExtractor().Extract(
      "1—10月，全市人民币贷款增加2617.8亿元，同比多增312.4亿元；住户存款较年初增加1487.3亿元，同比少增86亿元。",
      zhfacts::DocumentContext{});
  REQUIRE(doc.ok());
  int checked = 0;
  for (const zhfacts::Record& r : doc->records) {
    INFO(r.text);
    if (r.text == "312.4亿元") {
      CHECK(r.metric == "人民币贷款");
      CHECK(r.direction == zhfacts::Direction::kUp);
      CHECK(r.basis == zhfacts::Basis::kYoy);
      ++checked;
    } else if (r.text == "1487.3亿元") {
      CHECK(r.direction == zhfacts::Direction::kUp);
      CHECK(r.basis == zhfacts::Basis::kNone);
      ++checked;
    } else if (r.text == "86亿元") {
      CHECK(r.metric == "住户存款");
      CHECK(r.direction == zhfacts::Direction::kDown);
      ++checked;
    } else if (r.text == "2617.8亿元") {
      CHECK(r.direction == zhfacts::Direction::kUnset);
      ++checked;
    }
  }
  CHECK(checked == 4);
}
