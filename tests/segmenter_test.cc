// Segmenter: sentences, paragraphs and clauses over normalized text.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "normalize/segmenter.h"

namespace zhfacts::internal {
namespace {

struct Piece {
  std::string text;
  std::size_t paragraph;
  bool operator==(const Piece& o) const { return text == o.text && paragraph == o.paragraph; }
};

std::ostream& operator<<(std::ostream& os, const Piece& p) { return os << "{" << p.text << ", " << p.paragraph << "}"; }

std::vector<Piece> Sentences(const std::string& text) {
  std::vector<Sentence> s;
  SplitSentences(text, &s);
  std::vector<Piece> out;
  for (const Sentence& x : s) out.push_back({text.substr(x.begin, x.end - x.begin), x.paragraph});
  return out;
}

TEST_CASE("sentences and paragraphs", "[segmenter]") {
  struct Case {
    std::string in;
    std::vector<Piece> want;
  };
  const std::vector<Case> cases = {
      {"总产值253.63亿元。同比增长2.08%！", {{"总产值253.63亿元。", 0}, {"同比增长2.08%！", 0}}},
      {"增长3.5%；下降1.2%？", {{"增长3.5%；", 0}, {"下降1.2%？", 0}}},
      // a closing quote (and a second terminator) after the terminator belongs to the sentence
      {"他说：“目标实现了。”随后离开。", {{"他说：“目标实现了。”", 0}, {"随后离开。", 0}}},
      {"真的吗？！”是的。", {{"真的吗？！”", 0}, {"是的。", 0}}},
      // ASCII terminators, but not inside a URL or a number
      {"Great! Next one? ok; end", {{"Great!", 0}, {"Next one?", 0}, {"ok;", 0}, {"end", 0}}},
      {"见 http://a.cn/x.php?id=1 页面。", {{"见 http://a.cn/x.php?id=1 页面。", 0}}},
      {"增长3.5个百分点。", {{"增长3.5个百分点。", 0}}},
      // line breaks end sentences; a run of them (blank lines) starts one new paragraph
      {"标题\n\n第一段。第二句\n第二段。", {{"标题", 0}, {"第一段。", 1}, {"第二句", 1}, {"第二段。", 2}}},
      {"\n\n  开头空行。  \n\n\n结尾。\n\n", {{"开头空行。", 0}, {"结尾。", 1}}},
      // the enumeration comma and full stops inside numbers do not split
      {"高新技术产业、战略性新兴产业增加值分别增长7.0%和6.3%。", {{"高新技术产业、战略性新兴产业增加值分别增长7.0%和6.3%。", 0}}},
      {"", {}},
      {"   ", {}},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Sentences(c.in) == c.want);
  }
}

TEST_CASE("clauses", "[segmenter]") {
  struct Case {
    std::string in;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"2023年，全区规上工业总产值253.63亿元，同比增长2.08%。", {"2023年，", "全区规上工业总产值253.63亿元，", "同比增长2.08%。"}},
      {"销售额1,234.5万元,增长5%", {"销售额1,234.5万元,", "增长5%"}},
      {"时间：12:30开会", {"时间：", "12:30开会"}},
      {"发布时间:2024-11-22 10:56:48", {"发布时间:", "2024-11-22 10:56:48"}},
      {"高新技术产业、战略性新兴产业", {"高新技术产业、战略性新兴产业"}},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    Sentence s{0, c.in.size(), 0};
    std::vector<std::size_t> b;
    SplitClauses(c.in, s, &b);
    std::vector<std::string> got;
    std::size_t start = 0;
    for (std::size_t x : b) {
      got.push_back(c.in.substr(start, x - start));
      start = x;
    }
    if (start < c.in.size()) got.push_back(c.in.substr(start));
    CHECK(got == c.want);
  }
}

TEST_CASE("clauses at every offset and length (the scan skips eight bytes at a time)", "[segmenter]") {
  // The byte-at-a-time scan SplitClauses had before it skipped blocks without a mark.
  auto reference = [](std::string_view text, const Sentence& s) {
    std::vector<std::size_t> out;
    for (std::size_t i = s.begin; i < s.end;) {
      if (i + 3 <= text.size() && i + 3 <= s.end &&
          (text.compare(i, 3, "，") == 0 || text.compare(i, 3, "：") == 0)) {
        i += 3;
        out.push_back(i);
        continue;
      }
      if (text[i] == ',' || text[i] == ':') {
        bool digit_before = i > s.begin && text[i - 1] >= '0' && text[i - 1] <= '9';
        bool digit_after = i + 1 < s.end && text[i + 1] >= '0' && text[i + 1] <= '9';
        if (!(digit_before && digit_after)) out.push_back(i + 1);
      }
      ++i;
    }
    return out;
  };
  // Marks both close together and far apart (more than eight bytes of text between them), one cut \xEF\xBC.
  const std::string text =
      "产值1,234亿元，增长5%：其中a,b:12:30，，工业！？；x,\xEF\xBC全区1,2,3：末，"
      "规上工业总产值a:b规上工业总产值c,d规上工业总产值12:30规上工业总产值：规上工业总产值，规上工业";
  for (std::size_t b = 0; b <= text.size(); ++b) {
    for (std::size_t e = b; e <= text.size(); ++e) {
      Sentence s{b, e, 0};
      std::vector<std::size_t> got;
      SplitClauses(text, s, &got);
      INFO(b << ".." << e);
      CHECK(got == reference(text, s));
    }
  }
}

TEST_CASE("sentences at every alignment (the scan skips sixteen bytes at a time)", "[segmenter]") {
  // Shifting the text by k ASCII letters shifts every boundary by k: a mark missed or misread at some position of
  // the 16-byte window shows as a difference at one of the alignments.
  const std::string text =
      "产值253亿元。增长5%！真的？是的；他说：“好。”（注）a.php?id=1 x;y 结束!\n\n新段落「引号。」《书》。。"
      "长长长长长长长长长长长长长长长长长长长长的句子没有标点很久很久很久很久很久很久很久很久之后才结束？\n"
      "\xE3\x80末尾，逗号、顿号：冒号";
  std::vector<Sentence> base;
  SplitSentences(text, &base);
  REQUIRE(base.size() > 8);
  for (std::size_t k = 1; k <= 40; ++k) {
    std::string shifted = std::string(k, 'a') + text;
    std::vector<Sentence> got;
    SplitSentences(shifted, &got);
    INFO("shift " << k);
    REQUIRE(got.size() == base.size());
    CHECK(got[0].begin == 0);
    CHECK(got[0].end == base[0].end + k);
    for (std::size_t i = 1; i < base.size(); ++i) {
      CHECK(got[i].begin == base[i].begin + k);
      CHECK(got[i].end == base[i].end + k);
      CHECK(got[i].paragraph == base[i].paragraph);
    }
  }
}

TEST_CASE("segmenting normalized OCR text", "[segmenter][normalize]") {
  Normalizer n(NormalizerOptions{});
  NormalizedText norm;
  n.Normalize("聚企成\"链\",构建特色产业体系\n\n科技创新是产业发展的重要源泉。全区产值达1.5\n亿元,同比增长3%!\r\n下一段", &norm);
  CHECK(Sentences(norm.text) == std::vector<Piece>{{"聚企成“链”，构建特色产业体系", 0},
                                                   {"科技创新是产业发展的重要源泉。", 1},
                                                   {"全区产值达1.5亿元，同比增长3%!", 1},
                                                   {"下一段", 2}});
}

}  // namespace
}  // namespace zhfacts::internal
