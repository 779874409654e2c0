// Normalizer: what the text becomes, where every normalized character comes from, and the offset map's
// invariants over random mixtures of every feature (issue 2 §4, issue 3 traditional Chinese, issue 6 bad input).
#include <unicode/ustring.h>

#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "normalize/fold_table.h"
#include "normalize/gen/fold_pairs_icu.h"
#include "normalize/normalizer.h"
#include "normalize/utf8.h"
#include "zhfacts/zhfacts.h"

namespace zhfacts::internal {
namespace {

NormalizedText Norm(std::string_view in, bool traditional = true) {
  Normalizer n(NormalizerOptions{traditional});
  NormalizedText out;
  n.Normalize(in, &out);
  return out;
}

// Byte offsets where characters start in normalized text (always well-formed), plus the end.
std::vector<std::size_t> NormBoundaries(std::string_view s) {
  std::vector<std::size_t> b;
  for (std::size_t i = 0; i < s.size();) {
    b.push_back(i);
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    REQUIRE(len > 0);
    i += len;
  }
  b.push_back(s.size());
  return b;
}

// Character boundaries of the original, each maximal ill-formed subpart counting as one character.
std::set<std::size_t> OrigBoundaries(std::string_view s) {
  std::set<std::size_t> b;
  for (std::size_t i = 0; i < s.size();) {
    b.insert(i);
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    i += len ? len : IllFormedLength(s, i);
  }
  b.insert(s.size());
  return b;
}

// Each normalized character with the original text it maps back to.
std::vector<std::pair<std::string, std::string>> PerCharacter(std::string_view in, bool traditional = true) {
  NormalizedText n = Norm(in, traditional);
  REQUIRE(n.map.Valid());
  std::vector<std::size_t> b = NormBoundaries(n.text);
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t k = 0; k + 1 < b.size(); ++k) {
    auto [ob, oe] = n.map.ToOriginal(b[k], b[k + 1]);
    out.emplace_back(n.text.substr(b[k], b[k + 1] - b[k]), std::string(in.substr(ob, oe - ob)));
  }
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("normalized text", "[normalize]") {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      // full-width ASCII and the ideographic space
      {"产值２５３．６３亿元", "产值253.63亿元"},
      {"ＧＤＰ增长５％", "GDP增长5%"},
      {"增长５％．下降", "增长5%。下降"},  // ． not between ASCII letters/digits is a full stop
      {"ＡＩ　ｍｏｄｅｌ", "AI model"},
      // punctuation between CJK becomes Chinese; numeric context stays
      {"产值253.63亿元,同比增长2.08%。", "产值253.63亿元，同比增长2.08%。"},
      {"共1,234.5万元", "共1,234.5万元"},
      {"时间:12:30开会", "时间：12:30开会"},
      {"企业(以下简称\"飞步\")成立", "企业（以下简称“飞步”）成立"},
      {"好!真的?是;", "好！真的？是；"},
      {"“新质生产力”,\"加号\"变为\"乘号\"", "“新质生产力”，“加号”变为“乘号”"},
      {"闪'元'产品", "闪‘元’产品"},
      // after a terminator with no quote open: a quoted term opens, the end of a speech closes
      {"发展。\"新质生产力\"成为热词", "发展。“新质生产力”成为热词"},
      {"形成共识\n\n实现新突破。\"负责人介绍说", "形成共识\n\n实现新突破。”负责人介绍说"},
      {"see http://a.b/c?x=1, ok", "see http://a.b/c?x=1, ok"},
      {"Don't stop", "Don't stop"},
      {"增长5%,同比", "增长5%，同比"},  // CJK on one side is enough
      {"增长5%,6%", "增长5%,6%"},      // no CJK on either side: stays ASCII (the segmenter still splits there)
      {"１，２３４元", "1,234元"},
      // OCR's letters for digits inside a number; Latin words, model names and codes keep theirs
      {"2O24年，产值1O0.5亿元，同比增长l2.5%", "2024年，产值100.5亿元，同比增长12.5%"},
      {"增长ｌ２．５％，投资１Ｏ０万元", "增长12.5%，投资100万元"},
      {"占比1O%，投资5O万元，GPT-4o模型", "占比10%，投资50万元，GPT-4o模型"},
      {"I2C总线、COVID-19、GPT-4o模型、H1O芯片、O2O平台、Iron", "I2C总线、COVID-19、GPT-4o模型、H1O芯片、O2O平台、Iron"},
      {"1—1O月，新建项目3O个，航线13l条，超过1OO亿个", "1—10月，新建项目30个，航线131条，超过100亿个"},
      {"最高负荷达到ll26万千瓦，Il8台", "最高负荷达到1126万千瓦，118台"},
      {"收窄O.37个百分点，不足O.3亿元，O2O", "收窄0.37个百分点，不足0.3亿元，O2O"},
      {"营收l.6亿元，增长l.5%", "营收1.6亿元，增长1.5%"},
      // a full-width semicolon ends a clause wherever it stands, also between a unit and a digit
      {"增加85GWh；1—10月装机量约96.5GWh", "增加85GWh；1—10月装机量约96.5GWh"},
      {"通过AEC-Q100认证，9O后", "通过AEC-Q100认证，90后"},
      // …before a Latin unit (a unit word of the lexicons or a one-letter unit), not before a code's letters
      {"建成2O00P算力，l200P，装机8O0W，型号A1O0B、1O0X", "建成2000P算力，1200P，装机800W，型号A1O0B、1O0X"},
      {"智算中心算力达3O P，型号1O ABC", "智算中心算力达30 P，型号1O ABC"},  // a unit one space apart
      // OCR's Chinese look-alikes in units and dates; elsewhere the characters are themselves
      {"装机120万干瓦，游客23.5方人次，收入12.6乙元，截至10月未，", "装机120万千瓦，游客23.5万人次，收入12.6亿元，截至10月末，"},
      {"干部50人，地方财政，甲乙两方，5方混凝土，10月未完成，未来", "干部50人，地方财政，甲乙两方，5方混凝土，10月未完成，未来"},
      // …and across a line break that cuts the number, on either side of it
      {"进出口总值达到45l\n2.6亿元，企业23O\n０余家，市值约1\nl80亿港元", "进出口总值达到4512.6亿元，企业2300余家，市值约1180亿港元"},
      // a number OCR spaced out; two numbers stay apart
      {"出口额达到3 2 . 5 亿 元，增长 8 . 2 % 左右", "出口额达到32.5亿元，增长8.2%左右"},
      {"投资 1 2 0 0 万元", "投资1200万元"},
      {"2023 2024年对比，版本 15 Pro", "2023 2024年对比，版本15 Pro"},
      {"要点如下：\n1. 2024年全市GDP增长5%", "要点如下：\n1. 2024年全市GDP增长5%"},  // a list number
      // one space cutting a number of running text, on either side of a decimal point
      {"进出口总值108 6.4亿元，研发人员超过68 00人，用地约68 0亩", "进出口总值1086.4亿元，研发人员超过6800人，用地约680亩"},
      // …also after a minus sign, and across a line break (上年同期为-65 / 00万元); not a code's hyphen
      {"上年同期为-6 500万元，净利润为-65\n00万元", "上年同期为-6500万元，净利润为-6500万元"},
      {"型号GB-65\n00万元", "型号GB-65\n00万元"},
      {"收入98. 4亿元，出口汽车2 .36万辆，增长6 .1%", "收入98.4亿元，出口汽车2.36万辆，增长6.1%"},
      {"产值１２　３.５亿元", "产值123.5亿元"},  // full-width digits, an ideographic space
      {"分别增长7.0%和 6. 3%", "分别增长7.0%和6.3%"},  // next to the point, a space before the number too
      // before a Latin unit, or before a unit that spaces or a line break set apart too
      {"装机达到3 00GW，新增算力40 00P", "装机达到300GW，新增算力4000P"},
      {"投资85 00\n 亿元以上，企业1 50 家", "投资8500亿元以上，企业150家"},
      {"吞吐量21 5.\n7万标箱", "吞吐量215.7万标箱"},
      // …but not two numbers: table cells, a year before 年, two decimals, a line-start list number
      {"产值 120 135亿元", "产值120 135亿元"},
      {"在2023 2024年间", "在2023 2024年间"},
      {"增长1.5 2.5亿元", "增长1.5 2.5亿元"},
      {"电话0571 8888 6666", "电话0571 8888 6666"},
      // range dashes
      {"5%~15%", "5%—15%"},
      {"5～10亿元", "5—10亿元"},
      {"2023–2025年", "2023—2025年"},
      {"300‒600平方米", "300—600平方米"},
      {"5−10倍", "5—10倍"},
      {"−3.5%", "-3.5%"},
      {"２０２４－１１－２２", "2024-11-22"},
      {"甲－乙", "甲—乙"},
      {"2024-11-22 10:56:48", "2024-11-22 10:56:48"},
      {"~/bin", "~/bin"},
      {"共识——要", "共识——要"},
      // spaces
      {"本 报 讯", "本报讯"},
      // …but the space parting a title's clauses stays; in the body, and in a title spaced out letter by letter, it goes
      {"稳中有进 规上工业增加值增长6.2%\n\n本报讯 1—10月，全省固定资 产投资增长5%。",
       "稳中有进 规上工业增加值增长6.2%\n\n本报讯1—10月，全省固定资产投资增长5%。"},
      {"本 报 讯 全区经济平稳\n\n本报讯 11月5日，全区经济平稳运行。", "本报讯全区经济平稳\n\n本报讯11月5日，全区经济平稳运行。"},
      {"全区经济稳中有进 工业增长", "全区经济稳中有进工业增长"},
      {"1700平 方米", "1700平方米"},
      {"建设4.5万吨/ 年生产线，产能2万片 /月", "建设4.5万吨/年生产线，产能2万片/月"},  // beside a unit's slash
      {"和/ or", "和/ or"},
      {"每 一个", "每一个"},
      {"2024 年", "2024年"},
      {"第 3 季度", "第3季度"},
      {"表示， 这种", "表示，这种"},
      {"AI 西湖", "AI 西湖"},
      {"500 P", "500 P"},
      {"open source code", "open source code"},
      {"1 500", "1 500"},
      {"亿　元", "亿元"},
      {"253\u200B.63亿\u00AD元", "253.63亿元"},            // zero width space, soft hyphen: deleted
      {"AI\u2003model 西湖\u2002区", "AI model 西湖区"},   // em/en spaces are spaces
      {"a\u200Bb c", "ab c"},
      {"前\xEF\xBB\xBF后", "前后"},                       // a BOM inside the text
      // line endings, BOM, NUL
      {"\xEF\xBB\xBF第一行。\r\n第二行。\r第三行。", "第一行。\n第二行。\n第三行。"},
      // never creates digits
      {"①号②楼", "①号②楼"},
      {"⒈概况", "⒈概况"},
      {"10⁸元", "10⁸元"},
      {"½份", "½份"},
      {"Ⅳ期", "Ⅳ期"},
      // traditional → simplified
      {"產值成長萬億元營收兩", "产值成长万亿元营收两"},
      {"著名乾坤瞭望", "著名乾坤瞭望"},  // also standard simplified characters: left alone
  };
  for (const Case& c : cases) {
    INFO(c.in);
    NormalizedText n = Norm(c.in);
    CHECK(n.text == c.want);
    CHECK(n.map.Valid());
  }
}

TEST_CASE("NUL bytes are data", "[normalize]") {
  std::string in("产值\0亿元", 2 * 3 + 1 + 2 * 3);
  NormalizedText n = Norm(in);
  CHECK(n.text == in);
  CHECK(n.invalid_utf8 == 0);
}

TEST_CASE("OCR line breaks: joined inside a sentence, kept at sentence ends and headings", "[normalize]") {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      // a semicolon ends a clause: the sentence goes on after one break, unless a list item follows
      {"产量38.6万辆，同比增长22.7%；\n其中纯电动车型占比超过六成。", "产量38.6万辆，同比增长22.7%；其中纯电动车型占比超过六成。"},
      {"主要任务如下：\n（一）加快发展；\n（二）推进转型；\n3. 强化保障。", "主要任务如下：\n（一）加快发展；\n（二）推进转型；\n3. 强化保障。"},
      {"全年产值5亿元；\n\n新的段落。", "全年产值5亿元；\n\n新的段落。"},
      // a month or day number cut in two; a number cut before a unit set apart by a space; a Latin token in Chinese
      {"本报讯 11月1\n8日，海关发布数据。", "本报讯11月18日，海关发布数据。"},
      {"受国庆假期带动，1\n0月1日至7日，客流增长。", "受国庆假期带动，10月1日至7日，客流增长。"},
      {"三年行动计划（202\n5—2027年）", "三年行动计划（2025—2027年）"},
      {"来源：新华社 | 2025年1\n1月06日 14:20", "来源：新华社 | 2025年11月06日14:20"},
      {"公司实现营业收入 1\n2.35 亿元，同比增长", "公司实现营业收入12.35亿元，同比增长"},
      // OCR spaces in the next line's part of a number: a lone digit group, a unit ending its clause, a decimal
      // point opening the line
      {"全区今年累计供应工业用地2\n86 0亩，盘活低效用地近800亩。", "全区今年累计供应工业用地2860亩，盘活低效用地近800亩。"},
      {"新培育专精特新“小巨人”企业15\n0 家，新增规上工业企业2000家。", "新培育专精特新“小巨人”企业150家，新增规上工业企业2000家。"},
      {"全区工业用电量7\n. 26亿千瓦时，同比增长8.9%。", "全区工业用电量7.26亿千瓦时，同比增长8.9%。"},
      // a line that opens with the particle 的 goes on the line before (a title wrapped by OCR), 的确 opens a sentence;
      // the space parting a title's clauses stays
      {"国庆假期我县接待游客186.5万人次 旅游收入恢复至2019年同期\n的126%\n新华社杭州10月9日电（记者 陈默）记者获悉。",
       "国庆假期我县接待游客186.5万人次 旅游收入恢复至2019年同期的126%\n新华社杭州10月9日电（记者陈默）记者获悉。"},
      // a title over a lead that opens with its day stays a line of its own, however wide
      {"江澄市10月末本外币贷款余额同比增长9.6%\n11月14日，人民银行江澄市分行发布金融统计数\n据。",
       "江澄市10月末本外币贷款余额同比增长9.6%\n11月14日，人民银行江澄市分行发布金融统计数据。"},
      // a Chinese numeral cut from its magnitude
      {"梅岭文旅消费持续升温 接待游客超六\n百万人次\n本报讯 今年国庆假期，全市接待游客超六\n百万人次。",
       "梅岭文旅消费持续升温 接待游客超六百万人次\n本报讯今年国庆假期，全市接待游客超六百万人次。"},
      // a point set apart from its digits before the break; a unit per unit cut after its slash
      {"研发投入强度达６ .\n8%\n\n记者从管委会了解到，全区研发投入持续增长。",
       "研发投入强度达6.8%\n\n记者从管委会了解到，全区研发投入持续增长。"},
      {"项目达产后,将新增12英寸晶圆产能4万片/\n\n月,主要生产\n\n芯片。", "项目达产后，将新增12英寸晶圆产能4万片/月，主要生产芯片。"},
      {"人均可支配收入达到2\n3 386元。", "人均可支配收入达到23386元。"},  // a digit group set apart too
      {"累计客流量2 03\n1万人次。", "累计客流量2031万人次。"},  // a group cut by a space and a break
      {"产业园三期　　85　　22\n12英寸晶圆项目　　320", "产业园三期85  22\n12英寸晶圆项目320"},  // two table rows
      {"序号 名称\n2\n3 家居产业园", "序号名称\n2\n3家居产业园"},  // no three-digit group: rows stay
      {"同比增长12.4%，占全省GD\nP比重为7.9%。", "同比增长12.4%，占全省GDP比重为7.9%。"},
      {"同比增长12.4%，see the\nfull report later。", "同比增长12.4%,see the full report later。"},  // English stays two words
      // numbers cut from their units or decimals
      {"全市规上工业总产值1.5\n亿元，同比增长3%。", "全市规上工业总产值1.5亿元，同比增长3%。"},
      {"可以为全世界80\n\n亿人设计丝巾。", "可以为全世界80亿人设计丝巾。"},
      {"实现规上工业总产值253.\n63亿元。", "实现规上工业总产值253.63亿元。"},
      {"实现规上工业总产值２５３．\n６３亿元。", "实现规上工业总产值253.63亿元。"},
      {"实现规上工业总产值253．\n\n今年以来，", "实现规上工业总产值253。\n\n今年以来，"},
      {"同比增长5.\n\n3月份以来，", "同比增长5.\n\n3月份以来，"},  // 5.3月 would be a new number: keep
      {"无故障时间超2\n000个小时。", "无故障时间超2000个小时。"},
      {"首批已部署80\n8P先进智能算力。", "首批已部署808P先进智能算力。"},
      // a unit cut after its number, a percentage cut from its verb (short lines: no heading either)
      {"算力总规模达到12.5EFl\nops，位居全国第三。", "算力总规模达到12.5EFlops，位居全国第三。"},
      {"单集群算力可达３．５EFLO\nPS，位居全国第三。", "单集群算力可达3.5EFLOPS，位居全国第三。"},  // full-width digits
      {"推理芯片算力为３２ＴＯ\nＰＳ，功耗仅为十瓦。", "推理芯片算力为32TOPS，功耗仅为十瓦。"},  // full-width letters
      {"全省算力总规模达到18EF\r\nL\nOPS，较上年增长约一倍。", "全省算力总规模达到18EFLOPS，较上年增长约一倍。"},  // cut twice
      // a range cut after its dash, even across a blank line; percentages enumerated before their unit
      {"今年1—\n5月，开发区实现产值141.9亿元。", "今年1—5月，开发区实现产值141.9亿元。"},
      {"到2030年，年均增长5%—\n6%；研发投入强度达到3%。", "到2030年，年均增长5%—6%；研发投入强度达到3%。"},
      {"营收增长31.6% 净利润环比增超\n四成\n本报讯 10月28日，", "营收增长31.6% 净利润环比增超四成\n本报讯10月28日，"},
      {"记者从市商务局获悉，1\n—9月，全市社会消费品零售总额增长5.9%。", "记者从市商务局获悉，1—9月，全市社会消费品零售总额增长5.9%。"},
      {"记者获悉，2023\n-2025年全市累计投资120亿元。", "记者获悉，2023-2025年全市累计投资120亿元。"},
      // a Chinese numeral cut from its unit of time or count; a line of one character (a drop cap)
      {"县长 陈国华\n\n过去一\n年，全县地区生产总值增长6.1%。", "县长陈国华\n\n过去一年，全县地区生产总值增长6.1%。"},
      {"县长 陈国华\n\n过\n去一年，全县地区生产总值增长6.1%。", "县长陈国华\n\n过去一年，全县地区生产总值增长6.1%。"},
      {"标题\n\n政\n\n府工作", "标题\n\n政\n\n府工作"},  // not across a blank line
      {"全省数字经济核心产业增加值年均增长12%以上，增速居全国前列。\n计划２０２３年至\n2025年累计投入财政资金近百亿元，撬动社会投资"
       "超千亿元。",
       "全省数字经济核心产业增加值年均增长12%以上，增速居全国前列。\n计划2023年至2025年累计投入财政资金近百亿元，撬动社会投资"
       "超千亿元。"},
      {"方案提出分三步推进。\n到2024年底基本完成布局，2024—\n\n2025年为攻坚阶段，2026—2027年为提升阶段。\n\n第二部分",
       "方案提出分三步推进。\n到2024年底基本完成布局，2024—2025年为攻坚阶段，2026—2027年为提升阶段。\n\n第二部分"},
      {"全年规上工业增加值增长6.0%，制造业投资增长12.7%，高新技术产业占比持续提升。\n两项比重分别提高\n1.2、0.9个百分点，"
       "结构持续优化，发展质量稳步提升。",
       "全年规上工业增加值增长6.0%，制造业投资增长12.7%，高新技术产业占比持续提升。\n两项比重分别提高1.2、0.9个百分点，"
       "结构持续优化，发展质量稳步提升。"},
      // a line opening with a word that ends a phrase continues the one before
      {"“十四五”\n以来，全省累计建成5G基站18.6万个。", "“十四五”以来，全省累计建成5G基站18.6万个。"},
      {"产值同比增长\n6.1%，比全国高0.9个百分点。", "产值同比增长6.1%，比全国高0.9个百分点。"},
      {"利润率下降\n0.3个百分点。", "利润率下降0.3个百分点。"},
      {"## 工作回顾\n2023年，全区经济稳中有进。", "## 工作回顾\n2023年，全区经济稳中有进。"},
      {"截至2023\n2024年计划", "截至2023\n2024年计划"},  // two numbers: never glued into one
      {"浙江官方明确，20\n24年将加大人才招引力度。", "浙江官方明确，2024年将加大人才招引力度。"},
      {"来源：sp20241122\n经济总量迈过8万亿大关——去年，浙江经济继续上分。",  // an ID, not a number before its unit
       "来源：sp20241122\n经济总量迈过8万亿大关——去年，浙江经济继续上分。"},
      {"发布时间：2024-11-22 10:56:48\n经济总量迈过8万亿大关——去年，浙江经济继续上分。",  // a dateline
       "发布时间：2024-11-22 10:56:48\n经济总量迈过8万亿大关——去年，浙江经济继续上分。"},
      // a magnitude cut from its unit, a date cut between its parts, a Latin unit on the next line (short lines:
      // no heading either)
      {"规模以上工业企业实现营业收入8652.3亿元，利润总额同比下降2.7个百分点至412亿\n元。全年全社会用电量达到386.5亿"
       "千瓦时，同\n比增长8.9%。",
       "规模以上工业企业实现营业收入8652.3亿元，利润总额同比下降2.7个百分点至412亿元。全年全社会用电量达到386.5亿"
       "千瓦时，同比增长8.9%。"},
      {"全区营收破千亿\n园区新闻", "全区营收破千亿\n园区新闻"},  // no number before the magnitude: a heading
      {"全省已建成智能工厂412家、数字化车间2300余\n个，规上工业企业数字化改造覆盖率达到85%，其中年产值超过十亿元"
       "的企业占比接近三成，较上年提高五个百分点。",  // a number's 余 cut from its unit, on a short line
       "全省已建成智能工厂412家、数字化车间2300余个，规上工业企业数字化改造覆盖率达到85%，其中年产值超过十亿元"
       "的企业占比接近三成，较上年提高五个百分点。"},
      {"公司上半年实现营业收入12.35亿元，同比增长18.42%，归母净利润1.86亿元，同比增长25.6%。\n总股本 ３．６ 亿\n股。",
       "公司上半年实现营业收入12.35亿元，同比增长18.42%，归母净利润1.86亿元，同比增长25.6%。\n总股本3.6亿股。"},
      {"截至2025年\n10月底，全省在用算力规模突破2.3万P。", "截至2025年10月底，全省在用算力规模突破2.3万P。"},
      {"今年4月\n17日，项目正式投产。", "今年4月17日，项目正式投产。"},
      {"算力总规模达到12.5\nEFLOPS\n，其中智能算力占比超过六成。", "算力总规模达到12.5 EFLOPS，其中智能算力占比超过六成。"},
      // a line holding a clause boundary and ending in a character is the middle of a sentence, whatever follows
      {"初步核算，全年全市地区生产总值5862.37亿元，比上年增长5.6%。其中，第一产业增加值312.45亿元，增长3.1%；第二产业增加\n"
       "值2418.90亿元，增长6.2\n%；第三产业增加值3131.02亿元，增长5.3%。",
       "初步核算，全年全市地区生产总值5862.37亿元，比上年增长5.6%。其中，第一产业增加值312.45亿元，增长3.1%；第二产业增加"
       "值2418.90亿元，增长6.2%；第三产业增加值3131.02亿元，增长5.3%。"},
      // a sentence cut mid-word, blank lines between
      {"并被列为2024年十大工作\n\n任务之首，这释放出明确信号。", "并被列为2024年十大工作任务之首，这释放出明确信号。"},
      {"这款产品是基于WEB\n浏览器的系统。", "这款产品是基于WEB浏览器的系统。"},
      {"open source\ncode base", "open source code base"},
      {"时空节拍(杭\n\n州)科技有限公司成立于2019年，是国内领先的企业。",
       "时空节拍（杭州）科技有限公司成立于2019年，是国内领先的企业。"},
      // a line starting with punctuation continues the one before
      {"规上工业增加值增长8.2%\n，高于全省平均水平。", "规上工业增加值增长8.2%，高于全省平均水平。"},
      // sentence ends survive
      {"全年实现产值100亿元。\n\n同比增长5%。", "全年实现产值100亿元。\n\n同比增长5%。"},
      {"他说：“目标已经实现。”\n下一段开始了。", "他说：“目标已经实现。”\n下一段开始了。"},
      {"编者按:\n\n今年全国两会期间召开。", "编者按：\n\n今年全国两会期间召开。"},
      // headings and list items survive
      {"聚企成\"链\"集\"链\"成群 杭州西湖区新产业布局新未来\n\n\n\n通讯员报道 近日，西湖区人工智能产业发展白皮书发布，"
       "全区汇聚人工智能企业800多家，规上工业总产值同比增长12.5%，占全市比重进一步提高。",
       "聚企成“链”集“链”成群 杭州西湖区新产业布局新未来\n\n\n\n通讯员报道近日，西湖区人工智能产业发展白皮书发布，"
       "全区汇聚人工智能企业800多家，规上工业总产值同比增长12.5%，占全市比重进一步提高。"},
      {"# 昆山高新区新质生产力新苗\n\n近年来，昆山高新区不断优化产业布局。", "# 昆山高新区新质生产力新苗\n\n近年来，昆山高新区不断优化产业布局。"},
      // numbered rows of a table: the break before a row and the space after its number stay
      {"序号 项目名称 总投资\n1 年产20万吨高端铝材项目 35.6\n2 台州智能制造产业园 28.0\n3 家居产业园二期 16.2",
       "序号项目名称总投资\n1 年产20万吨高端铝材项目35.6\n2 台州智能制造产业园28.0\n3 家居产业园二期16.2"},
      {"今年以来，全市上下坚持项目为王，全年计划新开工重大项目\n12 个，续建重大项目共计三十个，竣工投产项目\n30 个，"
       "总投资超过一百亿元，其中列入省重点的项目\n八个。",  // numbers opening lines without a neighbour numbered n±1
       "今年以来，全市上下坚持项目为王，全年计划新开工重大项目12个，续建重大项目共计三十个，竣工投产项目30个，"
       "总投资超过一百亿元，其中列入省重点的项目八个。"},
      // a numbered heading stays; the targets under it, one per line, are clauses of one sentence
      {"一、2025年主要预期目标\n地区生产总值增长6%左右；\n一般公共预算收入增长5%。",
       "一、2025年主要预期目标\n地区生产总值增长6%左右；一般公共预算收入增长5%。"},
      // …but a heading that a sentence follows on its line ends there: the line ends inside that sentence
      {"（一）工业生产。今年一季度园区规\n上工业增加值同比增长9.6%。", "（一）工业生产。今年一季度园区规上工业增加值同比增长9.6%。"},
      {"主要做法如下\n一、强化项目引领，全年新开工项目达到120个以上，总投资额超过300亿元\n二、优化营商环境，服务企业",
       "主要做法如下\n一、强化项目引领，全年新开工项目达到120个以上，总投资额超过300亿元\n二、优化营商环境，服务企业"},
      // a byline is a line of its own, its last character wrapped onto a line of its own still its; a sentence
      // about the reporter is no byline
      {"江北新区：产业项目跑出加速度 企业订单越来越满\n本报记者 王晓岚 通讯员 李\n明\n今年以来，江北新区坚持项目为"
       "王，\n全力推进产业升级。",
       "江北新区：产业项目跑出加速度 企业订单越来越满\n本报记者王晓岚通讯员李明\n今年以来，江北新区坚持项目为王，"
       "全力推进产业升级。"},
      {"记者从市统计局了解到今年全市\n规上工业运行稳中有进。", "记者从市统计局了解到今年全市规上工业运行稳中有进。"},
      // a news lead opens a paragraph: the title before it stays its own line, even where the two would make a
      // word across the break (四成 / 本报 → 成本); a source named inside a sentence is no lead
      {"西部智算中心一期正式上线 总算力达1.2EFLOPS\n新华社成都11月26日电（记者 李明）26日，项目上线运营。",
       "西部智算中心一期正式上线 总算力达1.2EFLOPS\n新华社成都11月26日电（记者李明）26日，项目上线运营。"},
      {"某某医药三季度净利润增长21.6% 创新药收入占比首超四成\n\n本报记者 王敏 香港报道",
       "某某医药三季度净利润增长21.6% 创新药收入占比首超四成\n\n本报记者王敏香港报道"},
      {"今年以来，全省新能源装机快速增长，据新华社\n报道，全年将新增装机1000万千瓦以上。",
       "今年以来，全省新能源装机快速增长，据新华社报道，全年将新增装机1000万千瓦以上。"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    NormalizedText n = Norm(c.in);
    CHECK(n.text == c.want);
    CHECK(n.map.Valid());
  }
}

TEST_CASE("a look-alike letter inside a number leaves it a number that a line break cuts from its unit",
          "[normalize]") {
  // Double-spaced OCR with lines of uneven width: the short line 高新技术企业6l2 would pass for a heading if 6l2 were
  // taken for an ASCII token (an ID or a model name) rather than a number before its unit.
  const std::string text =
      "本报讯 今年上半年，开发区实现地区生产总值\n\n386.2亿元，同比增长7.8%，高于全\n\n"
      "市平均水平2.1个百分点；规模以上工业增加值同比增长\n\n11.5%，其中高技术制造业增加值增长16.\n\n3%。\n\n"
      "创新指标表现亮眼。上半年，全区新增\n\n高新技术企业6l2\n\n家，总数突破6500\n\n家；新认定专精特新中小企业150余家。";
  NormalizedText n = Norm(text);
  CHECK(n.text.find("全区新增高新技术企业612家，总数突破6500家；") != std::string::npos);
  CHECK(n.map.Valid());
}

TEST_CASE("a line break inside a word of the domain is removed whatever the layout says", "[normalize]") {
  // Newsprint columns of about 30 characters; the short lines look like headings to the width tests alone.
  const std::string text =
      "据了解，目前小镇一期项目已经全部建成投运，二期工程正在加紧推进当中。\n"
      "首批已部署先进智能算\n"
      "力808P，在此基础上即将再开通1500P，使小镇算力中心跻身全省前列。\n"
      "园区还在人才学院新建1700平\n"
      "方米的教学空间，可同时容纳五百人开展实训和交流活动，全年不停歇。\n";
  NormalizerOptions with_words;
  // Traditional words are compared simplified; an ill-formed word or one of a single character is no word.
  with_words.words = {"算力", "平方米", "單位", "\xE7\xAE", "力\xE7\xAE", "产"};
  NormalizedText joined;
  Normalizer(with_words).Normalize(text, &joined);
  CHECK(joined.text.find("先进智能算力808P") != std::string::npos);
  CHECK(joined.text.find("1700平方米") != std::string::npos);
  CHECK(joined.map.Valid());
  // Without the words the layout decides: both short lines stay apart (the rule above is what joins them).
  NormalizedText kept = Norm(text);
  CHECK(kept.text.find("先进智能算力") == std::string::npos);
  CHECK(kept.text.find("1700平方米") == std::string::npos);
  NormalizedText traditional;
  Normalizer(with_words).Normalize("這是一段很長很長很長很長很長很長很長很長的正文，計量\n單\n位是元。\n", &traditional);
  CHECK(traditional.text.find("计量单位") != std::string::npos);
  // OCR's spaces around the break are stepped over (生 / 产 总值).
  NormalizerOptions gdp;
  gdp.words = {"地区生产总值"};
  NormalizedText spaced;
  Normalizer(gdp).Normalize(std::string(text.substr(0, text.find('\n') + 1)) + "全省实现地区生 \n产 总值4.12万亿元。\n",
                            &spaced);
  CHECK(spaced.text.find("地区生产总值4.12万亿元") != std::string::npos);
  CHECK(spaced.map.Valid());
}

TEST_CASE("a Latin unit set apart from its number and cut by a line break is joined when it makes a word",
          "[normalize]") {
  NormalizerOptions with_words;
  with_words.words = {"EFLOPS", "GW", "算力"};
  auto norm = [&with_words](const std::string& in) {
    NormalizedText n;
    Normalizer(with_words).Normalize(in, &n);
    CHECK(n.map.Valid());
    return n.text;
  };
  CHECK(norm("单集群算力达到 5.8 EF\nLOPS，可支撑千亿参数模型训练。") == "单集群算力达到5.8 EFLOPS，可支撑千亿参数模型训练。");
  CHECK(norm("单集群算力达到 5.8 Ef\nlops，可支撑千亿参数模型训练。") == "单集群算力达到5.8 Eflops，可支撑千亿参数模型训练。");
  CHECK(norm("新增装机容量3 G\nW，全部并网。") == "新增装机容量3 GW，全部并网。");
  CHECK(norm("全市部署5 AI\nchips，可支撑训练。").find("AIchips") == std::string::npos);  // no such word
}

TEST_CASE("joins: where a line break inside a sentence was removed", "[normalize]") {
  NormalizedText n = Norm("增加值分别增\n长7%，另一栏\n\n的文字。\n\n标题\n\n正文。");
  CHECK(n.text == "增加值分别增长7%，另一栏的文字。\n\n标题\n\n正文。");
  // Two joins: before 长 and before 的; breaks at sentence ends and around the heading are kept, not joins.
  REQUIRE(n.joins.size() == 2);
  CHECK(n.text.substr(n.joins[0], 3) == "长");
  CHECK(n.text.substr(n.joins[1], 3) == "的");
  CHECK(Norm("没有换行的句子。").joins.empty());
}

TEST_CASE("a heading survives in column-wrapped OCR text while wrapped lines join", "[normalize]") {
  // Newspaper columns of ~16 characters with a blank line after every line; a short headline in between.
  std::string in =
      "全国人大代表、省科学技术厅厅长高\n\n"
      "鹰忠介绍，浙江将进一步聚焦芯片、云计\n\n"
      "算、人工智能、关键生物技术、新材料等\n\n"
      "领域开展科技攻关，全年投入资金超百亿元。\n\n"
      "乘号 联动效应叠加\n\n"
      "形容发展叠加效应的惯用说法。面对指数\n\n"
      "级增长的新要求，加号变为乘号，对产业\n\n"
      "与技术的深度融合提出了更高的要求。";
  NormalizedText n = Norm(in);
  CHECK(n.text ==
        "全国人大代表、省科学技术厅厅长高鹰忠介绍，浙江将进一步聚焦芯片、云计算、人工智能、关键生物技术、新材料等"
        "领域开展科技攻关，全年投入资金超百亿元。\n\n乘号联动效应叠加\n\n形容发展叠加效应的惯用说法。面对指数级增长的"
        "新要求，加号变为乘号，对产业与技术的深度融合提出了更高的要求。");
}

TEST_CASE("with blank lines between paragraphs, a single break is never a paragraph end", "[normalize]") {
  // Paragraph layout (one line per paragraph, blank lines between): a short fragment before a single break is
  // a sentence cut in two, and a caption line joins its credit line; the headline before a blank line stays.
  std::string in =
      "永康经济开发区：向新向质谱写新篇章\n\n"
      "一年春作首，万事行为先，永康经济开发区全年实现规上工业总产值达到五百亿元，同比增长百分之十二，创历史新高。\n\n"
      "2024年首个工作\n日，浙江省诸暨市迎来开门红，一批重大项目集中签约落地，总投资额超过一百二十亿元。\n\n"
      "开发区鸟瞰图\n（图片由永康经济开发区提供）\n\n"
      "展望新未来，永康经济开发区将继续深化改革，加快培育新质生产力，推动产业高质量发展。";
  const std::string more =
      "\n\n去年，全区新引进亿元以上产业项目三十二个，其中十亿元以上项目六个，实际利用外资一点二亿美元。"
      "\n\n全区规上工业增加值增长百分之八点五，高新技术产业增加值占规上工业增加值的比重提高到百分之六十五。"
      "\n\n下一步，开发区将聚焦智能制造、新能源汽车零部件等主导产业，力争三年内培育千亿级产业集群。";
  in += more;
  NormalizedText n = Norm(in);
  CHECK(n.text ==
        "永康经济开发区：向新向质谱写新篇章\n\n"
        "一年春作首，万事行为先，永康经济开发区全年实现规上工业总产值达到五百亿元，同比增长百分之十二，创历史新高。\n\n"
        "2024年首个工作日，浙江省诸暨市迎来开门红，一批重大项目集中签约落地，总投资额超过一百二十亿元。\n\n"
        "开发区鸟瞰图（图片由永康经济开发区提供）\n\n"
        "展望新未来，永康经济开发区将继续深化改革，加快培育新质生产力，推动产业高质量发展。" + more);
}

TEST_CASE("a document's first line before a blank line is its title, however wide", "[normalize]") {
  // OCR wraps the text at a narrow column; the headline above it is set wider and ends without punctuation.
  const std::string body = "\n\n本报杭州4月1日电 某某新\n材料公司昨日晚间发\n布年度业绩公告。\n\n分季度看，公司营\n收增长。";
  const std::string joined_body = "\n\n本报杭州4月1日电某某新材料公司昨日晚间发布年度业绩公告。\n\n分季度看，公司营收增长。";
  CHECK(Norm("某某新材料发布2025年年报：营收利润双增长 研发投入再创新高" + body).text ==
        "某某新材料发布2025年年报：营收利润双增长 研发投入再创新高" + joined_body);
  // …and one no wider than the text when blank lines set the paragraphs apart (and not every line).
  CHECK(Norm("某港前10月集装箱吞吐量突破3300万标箱\n\n本报讯（记者 王明）11月10日，记者从某港集团获\n悉，今年1—10"
             "月，某港完成货物吞吐量11.2亿吨，\n同比增长4.6%。\n\n其中10月份完成集装箱吞吐量342万标\n箱，同比增长"
             "11.3%，单月吞吐量创历史\n同期新高。")
            .text ==
        "某港前10月集装箱吞吐量突破3300万标箱\n\n本报讯（记者王明）11月10日，记者从某港集团获悉，今年1—10月，某港"
        "完成货物吞吐量11.2亿吨，同比增长4.6%。\n\n其中10月份完成集装箱吞吐量342万标箱，同比增长11.3%，单月吞吐量"
        "创历史同期新高。");
  // …and a title OCR wrapped into several lines.
  CHECK(Norm("某某新能源拟投资68亿元建设\n高效电池组件基地 预计2026\n年6月投产\n\n证券时报网讯 11月17日晚，某某新\n能源"
             "科技股份有限公司发布公告称，公司\n拟投资建设光伏组件项目。\n\n公告显示，项目分两期建设，一期计\n划明年投"
             "产。")
            .text ==
        "某某新能源拟投资68亿元建设高效电池组件基地预计2026年6月投产\n\n证券时报网讯11月17日晚，某某新能源科技股份有限"
        "公司发布公告称，公司拟投资建设光伏组件项目。\n\n公告显示，项目分两期建设，一期计划明年投产。");
  // A first line that is a sentence cut by the blank line still joins the next (no title holds a comma).
  CHECK(Norm("某某新材料公司昨日晚间发布公告，全年营业收入达到\n\n12.6亿元，同比增长8.2%。\n\n第二段。\n\n第三段。").text ==
        "某某新材料公司昨日晚间发布公告，全年营业收入达到12.6亿元，同比增长8.2%。\n\n第二段。\n\n第三段。");
}

TEST_CASE("a sentence's end on a line that fills the column of column-wrapped text is marked a wrap", "[normalize]") {
  // Eight lines wrapped at about 15 characters; the first sentence ends where its line fills the column, the
  // second on a shorter line (a paragraph's end).
  const std::string in =
      "今年以来，开发区坚持项目为王，\n全年实现规上工业总产值318亿\n元，同比增长8.2%，创历史新高。\n"
      "规上工业企业215家，比上年增加\n18家，高新技术企业达到96家，\n占全区企业比重超过四成左右。\n"
      "下一步，开发区将新建项目12个，\n持续推进产业链延链补链强链。";
  NormalizedText n = Norm(in);
  std::vector<std::uint32_t> breaks;
  for (std::size_t i = n.text.find('\n'); i != std::string::npos; i = n.text.find('\n', i + 1)) {
    breaks.push_back(static_cast<std::uint32_t>(i));
  }
  REQUIRE(breaks.size() == 2);  // after 新高。 and after 左右。
  CHECK(n.wraps == std::vector<std::uint32_t>{breaks[0]});
  // Text that is not wrapped at a column (one paragraph per line) has no wraps.
  CHECK(Norm("全年实现规上工业总产值318亿元。\n规上工业企业215家。\n高新技术企业达到96家，占比超过四成。").wraps.empty());
}

TEST_CASE("LF, CRLF and CR versions normalize alike", "[normalize]") {
  std::string lf = "标题一\n\n全市产值1.5\n亿元，同比增长3%。\n下一段。";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  CHECK(Norm(crlf).text == Norm(lf).text);
  CHECK(Norm(cr).text == Norm(lf).text);
}

TEST_CASE("offsets per character", "[normalize][offsets]") {
  SECTION("full-width digits and punctuation are atomic chunks") {
    CHECK(PerCharacter("产值２５３．６３亿") == Pairs{{"产", "产"}, {"值", "值"}, {"2", "２"}, {"5", "５"}, {"3", "３"},
                                                     {".", "．"}, {"6", "６"}, {"3", "３"}, {"亿", "亿"}});
    CHECK(PerCharacter("元,同") == Pairs{{"元", "元"}, {"，", ","}, {"同", "同"}});
    CHECK(PerCharacter("元，同") == Pairs{{"元", "元"}, {"，", "，"}, {"同", "同"}});
    CHECK(PerCharacter("5~9") == Pairs{{"5", "5"}, {"—", "~"}, {"9", "9"}});
  }
  SECTION("OCR-broken input: the deleted break is outside every character") {
    CHECK(PerCharacter("1.5\n亿元") == Pairs{{"1", "1"}, {".", "."}, {"5", "5"}, {"亿", "亿"}, {"元", "元"}});
    CHECK(PerCharacter("80\r\n\r\n亿") == Pairs{{"8", "8"}, {"0", "0"}, {"亿", "亿"}});
    CHECK(PerCharacter("a\nb") == Pairs{{"a", "a"}, {" ", "\n"}, {"b", "b"}});
  }
  SECTION("deleted spaces and invisible characters") {
    CHECK(PerCharacter("平 方　米") == Pairs{{"平", "平"}, {"方", "方"}, {"米", "米"}});
    CHECK(PerCharacter("2\u200B5\u2003P") == Pairs{{"2", "2"}, {"5", "5"}, {" ", "\u2003"}, {"P", "P"}});
  }
  SECTION("CRLF and CR become one LF each") {
    CHECK(PerCharacter("。\r\n。\r。") == Pairs{{"。", "。"}, {"\n", "\r\n"}, {"。", "。"}, {"\n", "\r"}, {"。", "。"}});
  }
  SECTION("invalid UTF-8: one U+FFFD per maximal ill-formed subpart") {
    CHECK(PerCharacter("a\xE4\xB8z\x80\xF0\x9F\x98") ==
          Pairs{{"a", "a"}, {"\xEF\xBF\xBD", "\xE4\xB8"}, {"z", "z"}, {"\xEF\xBF\xBD", "\x80"},
                {"\xEF\xBF\xBD", "\xF0\x9F\x98"}});
  }
  SECTION("traditional characters fold one to one") {
    CHECK(PerCharacter("產值成長2.5億元") == Pairs{{"产", "產"}, {"值", "值"}, {"成", "成"}, {"长", "長"}, {"2", "2"},
                                                   {".", "."}, {"5", "5"}, {"亿", "億"}, {"元", "元"}});
    CHECK(PerCharacter("營收兩萬") == Pairs{{"营", "營"}, {"收", "收"}, {"两", "兩"}, {"万", "萬"}});
    CHECK(PerCharacter("產值", /*traditional=*/false) == Pairs{{"產", "產"}, {"值", "值"}});
  }
  SECTION("a span over a deleted space covers it, from first to last character") {
    std::string in = "1700平 方米";
    NormalizedText n = Norm(in);
    REQUIRE(n.text == "1700平方米");
    auto [ob, oe] = n.map.ToOriginal(0, n.text.size());
    CHECK(in.substr(ob, oe - ob) == "1700平 方米");
  }
}

TEST_CASE("the fold table", "[normalize]") {
  const FoldTable& t = FoldTable::Get(true);
  CHECK(t.folded() > 2000);
  CHECK(t.Simplified(U'億') == U'亿');
  CHECK(t.Simplified(U'產') == U'产');
  CHECK(t.Simplified(U'亿') == 0);
  CHECK(t.Simplified(U'著') == 0);
  CHECK(FoldTable::Get(false).folded() == 0);
  CHECK_FALSE(FoldTable::Get(false).Special(U'億'));
}

TEST_CASE("the embedded fold is ICU's Hant-Hans fold", "[normalize]") {
  // The table is generated at build time; here the same computation runs against the ICU the tests link.
  const FoldTable& t = FoldTable::Get(true);
  const auto pairs = zhfacts::internal::ComputeFoldPairs();
  REQUIRE(pairs.size() == t.folded());
  std::size_t same = 0;
  for (const auto& [from, to] : pairs) same += t.Simplified(from) == to && t.Special(from);
  CHECK(same == pairs.size());
  CHECK(t.Simplified(U'於') == U'于');
  CHECK(t.Simplified(U'乾') == 0);  // standard in simplified text too: stays
}

// ICU's converter, the reference for U+FFFD substitution.
std::pair<std::string, int32_t> IcuRepair(const std::string& in) {
  std::vector<UChar> u16(in.size() + 1);
  int32_t len = 0, subs = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(u16.data(), static_cast<int32_t>(u16.size()), &len, in.data(), static_cast<int32_t>(in.size()),
                       0xFFFD, &subs, &status);
  REQUIRE(U_SUCCESS(status));
  std::string out(static_cast<std::size_t>(len) * 3 + 4, '\0');
  int32_t out_len = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_len, u16.data(), len, &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(out_len));
  return {out, subs};
}

TEST_CASE("code points of valid UTF-8 counted by lead bytes", "[utf8]") {
  std::mt19937 rng(7);
  const std::vector<char32_t> pool = {U'a',   U'7',   U'%',     0xE9,     0x4EBF, 0x3002, 0xFF05,
                                      0x1F600, 0x80, 0x7FF, 0x800, 0x10FFFF, 0xFFFD};
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    for (int k = static_cast<int>(rng() % 40); k > 0; --k) AppendUtf8(pool[rng() % pool.size()], &s);
    REQUIRE(IsValidUtf8(s));
    CHECK(CountCodePointsValid(s) == CountCodePoints(s));
  }
}

TEST_CASE("the three-byte fast test agrees with the full decoder on every lead byte and continuation pair",
          "[utf8]") {
  // All 256 x 64 x 4 combinations that matter: any lead byte, any second byte, third byte continuation or not.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c : {0x41, 0x80, 0xBF, 0xC0}) {
        const unsigned char bytes[3] = {static_cast<unsigned char>(a), static_cast<unsigned char>(b),
                                        static_cast<unsigned char>(c)};
        std::string_view s(reinterpret_cast<const char*>(bytes), 3);
        char32_t cp = 0;
        INFO(a << " " << b << " " << c);
        REQUIRE(IsWellFormed3(bytes) == (DecodeUtf8(s, 0, &cp) == 3));
      }
    }
  }
}

TEST_CASE("BytesAt is compare() == 0 for non-empty words, at and past the end", "[utf8]") {
  const std::string text = "产值253.63亿元，同比增长2.08%";
  for (std::string_view w : {"产值", "亿元", "元", "%", "8%", "增长2", "值", "亿元，同比增长2.08%x", "a"}) {
    for (std::size_t pos = 0; pos <= text.size() + 2; ++pos) {
      INFO(w << " at " << pos);
      CHECK(BytesAt(text, pos, w) == (pos <= text.size() && text.compare(pos, w.size(), w) == 0));
    }
  }
  CHECK_FALSE(BytesAt(text, 0, ""));
}

TEST_CASE("invalid UTF-8 is replaced exactly as ICU's u_strFromUTF8WithSub does", "[normalize][utf8]") {
  const std::vector<std::string> fixed = {
      "\xC0\xAF",                  // overlong /
      "\xE0\x80\xAF",              // overlong, 3 bytes
      "\xF0\x80\x80\xAF",          // overlong, 4 bytes
      "\xED\xA0\x80",              // surrogate D800
      "\xED\xBF\xBF",              // surrogate DFFF
      "\xE4\xB8",                  // truncated 亿-like
      "\xF0\x9F\x98",              // truncated emoji
      "\x80\xBF",                  // stray continuation bytes
      "\xF5\x80\x80\x80",          // F5: never a lead byte
      "\xFE\xFF",                  // FE FF
      "\xF4\x90\x80\x80",          // above U+10FFFF
      "\xC2",                      // lone lead at the end
      "亿\xE4\xB8元\xE4",          // damage between characters
      "\xE0\xA0",                  // truncated valid prefix
      "a\xF0\x90\x80z",            // truncated 4-byte prefix
  };
  // Random mixtures of well-formed letters and damage (no whitespace or punctuation, which the normalizer
  // rewrites on purpose).
  const std::vector<std::string> parts = {"a", "Z", "亿", "元", "é", "😀", "\x80", "\xBF", "\xC0", "\xC1", "\xC2",
                                          "\xE0", "\xE0\x80", "\xE0\xA0", "\xED", "\xED\xA0", "\xEF\xBF", "\xF0",
                                          "\xF0\x90", "\xF0\x90\x80", "\xF4\x90", "\xF5", "\xF8", "\xFF", "\xE4\xB8"};
  std::vector<std::string> inputs = fixed;
  std::mt19937 rng(20240522);
  for (int k = 0; k < 2000; ++k) {
    std::string s;
    int n = static_cast<int>(rng() % 12);
    for (int j = 0; j < n; ++j) s += parts[rng() % parts.size()];
    inputs.push_back(s);
  }
  for (const std::string& in : inputs) {
    INFO("input bytes: " << in.size());
    NormalizedText n = Norm(in, /*traditional=*/false);
    auto [want, subs] = IcuRepair(in);
    REQUIRE(n.text == want);
    REQUIRE(n.invalid_utf8 == static_cast<std::size_t>(subs));
    REQUIRE(RepairUtf8(in) == want);
    REQUIRE(n.map.Valid());
  }
}

TEST_CASE("offset map property over random mixtures of every feature", "[normalize][offsets][property]") {
  const std::vector<std::string> parts = {
      "产值", "亿元", "１２３", "．", "，", ",", ":", "12:30", "1,234", "\r\n", "\n", "\n\n", "\r", " ", "  ", "　",
      "\t", "產值", "億", "萬", "1.5\n亿元", "80\n\n亿人", "253.\n63亿元", "\xC0\xAF", "\xE4\xB8", "\x80", "①",
      "10⁸", "\"", "'", "“", "(", ")", "（", "~", "～", "－", "−", "–", "—", "本 报 讯", "AI 西湖", "\xEF\xBB\xBF",
      std::string(1, '\0'), "# 标题\n\n", "。", "！", "?", "一、", "（一）", "abc", "é", "😀", "增长", "5%", "2024年",
      "Hello\nworld", "\xC2\xA0", "\xEF\xBC\x82", "\u200B", "\u2003", "\u00AD", "\u2060",
      // OCR's letters for digits and spaced-out numbers
      "O", "o", "l", "I", "Ｏ", "ｌ", "2O24", "l2.5", "3 2 . 5", " . ", "8 %", "1 2 0 0"};
  std::mt19937 rng(12345);
  for (int iter = 0; iter < 3000; ++iter) {
    std::string in;
    int n = static_cast<int>(rng() % 24);
    for (int j = 0; j < n; ++j) in += parts[rng() % parts.size()];
    INFO("case " << iter);
    NormalizedText norm = Norm(in, iter % 2 == 0);
    REQUIRE(norm.map.Valid());
    REQUIRE(norm.map.norm_size == norm.text.size());
    REQUIRE(norm.map.orig_size == in.size());
    std::vector<std::size_t> nb = NormBoundaries(norm.text);
    std::set<std::size_t> ob = OrigBoundaries(in);
    // Every character range maps to a non-empty range on original character boundaries, monotonic in both ends.
    for (std::size_t a = 0; a + 1 < nb.size(); ++a) {
      std::size_t prev_end = 0;
      for (std::size_t b = a + 1; b < nb.size(); ++b) {
        auto [o1, o2] = norm.map.ToOriginal(nb[a], nb[b]);
        REQUIRE(o1 < o2);
        REQUIRE(o2 <= in.size());
        REQUIRE(ob.count(o1) == 1);
        REQUIRE(ob.count(o2) == 1);
        REQUIRE(o2 >= prev_end);
        prev_end = o2;
        if (a > 0) {
          auto [p1, p2] = norm.map.ToOriginal(nb[a - 1], nb[b]);
          REQUIRE(p1 <= o1);
          REQUIRE(p2 == o2);
        }
      }
    }
  }
}

TEST_CASE("LF, CRLF and CR give the same text on random mixtures", "[normalize][property]") {
  const std::vector<std::string> parts = {"产值", "亿元", "１２３", "，", ",", "\n", "\n\n", " ", "　", "產值",
                                          "1.5\n亿元", "253.\n63亿元", "“", "\"", "。", "# 标题\n", "一、", "abc",
                                          "Hello\nworld", "20\n24年", "增长", "5%", "2024年", "较短标题\n\n"};
  std::mt19937 rng(777);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string lf;
    int n = static_cast<int>(rng() % 30);
    for (int j = 0; j < n; ++j) lf += parts[rng() % parts.size()];
    std::string crlf, cr;
    for (char c : lf) {
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      cr += c == '\n' ? '\r' : c;
    }
    INFO(lf);
    std::string want = Norm(lf).text;
    REQUIRE(Norm(crlf).text == want);
    REQUIRE(Norm(cr).text == want);
  }
}

TEST_CASE("end to end: a figure cut by an OCR break is found and sliced from the original", "[normalize][e2e]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  const std::string texts[] = {
      "2023年，全市规上工业总产值1.5\n亿元，同比增长3%。",
      "2023年,全市规上工业总产值１．５\r\n亿元,同比增长3%。",
      "2023年，全市規上工業總產值1.5\n億元，同比成長3%。",
  };
  const std::string want[] = {"1.5\n亿元", "１．５\r\n亿元", "1.5\n億元"};
  for (int k = 0; k < 3; ++k) {
    INFO(texts[k]);
    auto doc = ex->Extract(texts[k]);
    REQUIRE(doc.ok());
    bool found = false;
    for (const auto& r : doc->records) {
      CHECK(texts[k].substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
      if (r.text == want[k] && r.value == "150000000") found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("end to end: OCR's O and l for 0 and 1 before a unit word of the lexicons and across a line break",
          "[normalize][e2e]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  const std::string text = "项目装机8O0MW，进出口总值达到45l\n2.6亿元，规上企业43l\n2家。";
  auto doc = ex->Extract(text);
  REQUIRE(doc.ok());
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& r : doc->records) {
    CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
    got.emplace_back(r.text, r.value);
  }
  CHECK(got == std::vector<std::pair<std::string, std::string>>{
                   {"8O0MW", "800"}, {"45l\n2.6亿元", "451260000000"}, {"43l\n2家", "4312"}});
}

// Issue 6: facts beside damaged bytes are still found, and the damage is counted.
TEST_CASE("end to end: invalid UTF-8 next to a figure", "[normalize][e2e]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  std::string text = "2023年，全区规上工业总产值\xE4\xB8" "253.63亿元\xFF" "，同比增长2.08%。";
  auto doc = ex->Extract(text);
  REQUIRE(doc.ok());
  CHECK(doc->invalid_utf8 == 2);
  bool found = false;
  for (const auto& r : doc->records) {
    CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
    if (r.text == "253.63亿元") found = true;
  }
  CHECK(found);
}

// Issue 6: LF, CRLF and CR versions of a document give the same facts.
TEST_CASE("end to end: line endings do not change the facts", "[normalize][e2e]") {
  auto ex = zhfacts::Extractor::Create();
  REQUIRE(ex.ok());
  std::string lf =
      "聚企成链 产业布局新未来\n\n2023年，全区规上工业总产值253.63\n亿元，同比增长2.08%。\n"
      "固定资产投资80\n\n亿元。";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  auto facts = [&](const std::string& text) {
    auto doc = ex->Extract(text);
    REQUIRE(doc.ok());
    std::vector<std::string> out;
    for (const auto& r : doc->records) {
      CHECK(text.substr(r.byte_span.start, r.byte_span.end - r.byte_span.start) == r.text);
      out.push_back(r.rule + " " + r.value + " " + r.unit);
    }
    return out;
  };
  std::vector<std::string> want = facts(lf);
  CHECK(want.size() >= 3);
  CHECK(facts(crlf) == want);
  CHECK(facts(cr) == want);
}

}  // namespace
}  // namespace zhfacts::internal
