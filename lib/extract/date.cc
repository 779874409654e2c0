// Dates and periods as an analyst reads them: absolute and partial dates, dates relative to the reference date,
// periods (上半年, 一季度, 前三季度, 1—10月), ranges and as-of points, five-year-plan periods, holidays and lunar
// dates, datelines. Every record states its ISO 8601 value at the stated granularity, the first and last day of
// the period it denotes, and which fields came from context rather than the text (`implied`).
//
// Resolution never reads the clock, the locale or the time zone: a partial date takes its year from the nearest
// stated year earlier in the paragraph, else from the reference date; without either it yields nothing.
// An impossible date (2023年2月30日, 13月, 32日) becomes a candidate with status "invalid"; the engine drops it
// unless ExtractorOptions::invalid_dates is set.
#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date/civil.h"
#include "date/lunar.h"
#include "date/numerals.h"
#include "extract/dimensions.h"
#include "extract/patterns.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

// Dates outrank quantities (2023年 is a year, not a duration) and every other figure.
constexpr int kDatePriority = 30;
constexpr int kDatetimePriority = 35;
constexpr int kDatelinePriority = 36;
// How far back (bytes) a partial date looks for its year or month: about 650 Chinese characters, more than a news
// paragraph, and a bound that keeps a huge one-paragraph document linear.
constexpr std::size_t kContextWindow = 2000;
// The widening look-backs within it (bytes).
constexpr std::size_t kLookBackSpans[] = {96, 480, kContextWindow};

// ---------------------------------------------------------------------------------------------------------------
// Lexicon-driven tables, shared by every production.

struct Relative {
  std::string unit;  // year | month | week | day
  int offset = 0;
};
struct Holiday {
  bool lunar = false;
  int month = 0, day = 0;
  int period_days = 0;  // 0: the period changes from year to year
  bool needs_suffix = false;
};
struct Plan {
  int first = 0, last = 0;
};

struct Tables {
  std::map<std::string, Relative, std::less<>> relative;
  std::map<std::string, Holiday, std::less<>> holidays;
  std::map<std::string, Plan, std::less<>> plans;
  std::map<std::string, int, std::less<>> eras;  // 年号 → Gregorian year of its 元年
  std::unique_ptr<RE2> context_year;   // a stated year, to resolve partial dates
  std::unique_ptr<RE2> context_month;  // a stated month, to resolve a bare day (22日)
};

RE2::Options Quiet() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  return o;
}

Status LexiconError(const LexiconTable& t, std::size_t row, const std::string& why) {
  return Status(StatusCode::kInvalidLexicon, t.sources[row] + ": " + why);
}

bool ToInt(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int sign = 1;
  std::size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    sign = s[0] == '-' ? -1 : 1;
    i = 1;
  }
  if (i == s.size()) return false;
  int v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = sign * v;
  return true;
}

Status LoadTables(const Lexicons& lex, Tables* t) {
  const LexiconTable& rel = lex.Get("relative_dates");
  int cw = rel.Column("word"), cu = rel.Column("unit"), co = rel.Column("offset");
  if (cw < 0 || cu < 0 || co < 0) return Status(StatusCode::kInternal, "relative_dates.tsv: missing columns");
  for (std::size_t i = 0; i < rel.rows.size(); ++i) {
    const auto& r = rel.rows[i];
    Relative v;
    v.unit = r[cu];
    if (v.unit != "year" && v.unit != "quarter" && v.unit != "month" && v.unit != "week" && v.unit != "day") {
      return LexiconError(rel, i, "unit must be year, quarter, month, week or day");
    }
    if (!ToInt(r[co], &v.offset)) return LexiconError(rel, i, "offset is not an integer");
    t->relative[r[cw]] = v;
  }
  const LexiconTable& hol = lex.Get("holidays");
  int hw = hol.Column("word"), hc = hol.Column("calendar"), hm = hol.Column("month"), hd = hol.Column("day"),
      hp = hol.Column("period_days"), hn = hol.Column("needs_suffix");
  if (hw < 0 || hc < 0 || hm < 0 || hd < 0 || hp < 0 || hn < 0) {
    return Status(StatusCode::kInternal, "holidays.tsv: missing columns");
  }
  for (std::size_t i = 0; i < hol.rows.size(); ++i) {
    const auto& r = hol.rows[i];
    Holiday h;
    if (r[hc] != "lunar" && r[hc] != "gregorian") return LexiconError(hol, i, "calendar must be lunar or gregorian");
    h.lunar = r[hc] == "lunar";
    if (!ToInt(r[hm], &h.month) || h.month < 1 || h.month > 12) return LexiconError(hol, i, "bad month");
    if (!ToInt(r[hd], &h.day) || h.day < 0 || h.day > 31) return LexiconError(hol, i, "bad day");
    if (!r[hp].empty() && (!ToInt(r[hp], &h.period_days) || h.period_days < 1 || h.period_days > 31)) {
      return LexiconError(hol, i, "bad period_days");
    }
    h.needs_suffix = r[hn] == "1";
    t->holidays[r[hw]] = h;
  }
  const LexiconTable& plans = lex.Get("plan_periods");
  int pn = plans.Column("name"), pf = plans.Column("first_year"), pl = plans.Column("last_year");
  if (pn < 0 || pf < 0 || pl < 0) return Status(StatusCode::kInternal, "plan_periods.tsv: missing columns");
  for (std::size_t i = 0; i < plans.rows.size(); ++i) {
    const auto& r = plans.rows[i];
    Plan p;
    if (!ToInt(r[pf], &p.first) || !ToInt(r[pl], &p.last) || p.first > p.last || p.first < 1000) {
      return LexiconError(plans, i, "bad years");
    }
    t->plans[r[pn]] = p;
  }
  const LexiconTable& eras = lex.Get("eras");
  int en = eras.Column("name"), ef = eras.Column("first_year");
  if (en < 0 || ef < 0) return Status(StatusCode::kInternal, "eras.tsv: missing columns");
  for (std::size_t i = 0; i < eras.rows.size(); ++i) {
    int first = 0;
    if (!ToInt(eras.rows[i][ef], &first) || first < 1 || first > 2999) return LexiconError(eras, i, "bad first_year");
    t->eras[eras.rows[i][en]] = first;
  }
  return Status::Ok();
}

// "w1|w2|…" in the order given (leftmost-first: a longer word that shares a start must come first).
std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : "|") + w;
  return out;
}

std::vector<std::string> RelativeWords(const Tables& t, const std::string& unit) {
  std::vector<std::string> w;
  for (const auto& [word, r] : t.relative) {
    if (unit.empty() ? r.unit != "year" : r.unit == unit) w.push_back(word);
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers.

char32_t CharBefore(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t i = pos - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  char32_t cp = 0;
  return DecodeUtf8(text, i, &cp) ? cp : 0;
}

// Whether the date [begin, end) is what something is compared with: 比去年, 较年初, 比2023年, 与去年同期相比.
bool ComparedWith(std::string_view text, std::size_t begin, std::size_t end) {
  const char32_t before = CharBefore(text, begin);
  if (before == U'比' || before == U'较') return true;
  // The start of a change (由2020年的18%提高到41.5%, 从2020年的837家增加到1946家) is a base too.
  if ((before == U'由' || before == U'从') && text.compare(end, 6, "年的") == 0) return true;
  // 与去年相比, 与上月持平: the comparison closes within a few characters.
  if (before != U'与') return false;
  const std::string_view after = text.substr(end, std::min<std::size_t>(text.size() - end, 12));
  return after.find("相比") != std::string_view::npos || after.find("持平") != std::string_view::npos;
}

}  // namespace

bool PlanTitle(std::string_view title) {
  for (std::string_view w : {"预期", "目标", "力争", "计划", "预计", "将"}) {
    if (title.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The words of a clause looking ahead (预计12月份…, 四季度全市将…), and the reference month from which a past year
// in context no longer dates such a clause (early in a year, 预计12月份 may still be last December's).
constexpr std::string_view kLookingAhead[] = {"预计", "将", "力争", "计划", "有望", "预期"};
constexpr int kForecastFromMonth = 4;

bool ForecastBefore(std::string_view text, std::size_t at) {
  for (std::string_view w : {"预计", "计划", "将于", "力争", "有望", "预期"}) {
    if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return true;
  }
  return false;
}

namespace {

// Whether the year [at, end) names a target (锚定2027年目标, 瞄准2030年, 2035年远景目标): no year the text is in.
bool TargetYear(std::string_view text, std::size_t at, std::size_t end) {
  std::size_t after = end;
  if (text.compare(after, 3, "年") == 0) after += 3;
  for (std::string_view w : {"目标", "的目标", "远景"}) {
    if (text.compare(after, w.size(), w) == 0) return true;
  }
  for (std::string_view w : {"锚定", "瞄准", "冲刺", "展望", "迈向", "剑指"}) {
    if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return true;
  }
  return false;
}

// Whether the year starting at `at` is a deadline: 到2027年, 至2027年, but not 2023年至2025年 (a range's end).
bool Deadline(std::string_view text, std::size_t at) {
  const char32_t before = CharBefore(text, at);
  if (before == U'到') return true;
  return before == U'至' && at >= 3 && CharBefore(text, at - 3) != U'年';
}

char32_t CharAt(std::string_view text, std::size_t pos) {
  char32_t cp = 0;
  return pos < text.size() && DecodeUtf8(text, pos, &cp) ? cp : 0;
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsCnNumeral(char32_t c) {
  static constexpr std::u32string_view kCn = U"〇零○一二两三四五六七八九十百千万亿几多半整";
  return kCn.find(c) != std::u32string_view::npos;
}
bool In(char32_t c, std::u32string_view set) { return c && set.find(c) != std::u32string_view::npos; }

std::string_view TrimYearWord(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  for (std::string_view suffix : {"年度", "年"}) {
    if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
      s.remove_suffix(suffix.size());
      break;
    }
  }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Year words that are a year only when a month follows: 15年 (else fifteen years), 两千年 (else two thousand
// years). Two-digit years with a leading zero (07年, 零八年) stand alone.
// 同年10月, 次年3月: years named by the year in context, not by the reference date. -1 if `word` is not one.
int ContextYearOffset(std::string_view word) {
  if (word == "同年" || word == "当年") return 0;
  if (word == "次年" || word == "翌年" || word == "第二年") return 1;
  return -1;
}

bool NeedsMonth(std::string_view word) {
  if (ContextYearOffset(word) >= 0) return true;  // 当年 alone is "back then"
  std::string_view y = TrimYearWord(word);
  if (y.find("千") != std::string_view::npos) return true;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < y.size();) {
    char32_t c = CharAt(y, i);
    if (!IsAsciiDigit(c) && !In(c, U"〇零○一二三四五六七八九")) return false;  // 今年, 民国三年
    ++digits;
    i += c < 0x80 ? 1 : 3;
  }
  if (digits == 3) return true;  // 三六七年一月一日, 789年5月
  return digits == 2 && y[0] != '0' && y.substr(0, 3) != "零" && y.substr(0, 3) != "〇";
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution against the document.

// What the last look-back for a year read: the last stated year in [from, to) is `year`, starting at `at` (-1: none).
struct YearMemo {
  std::size_t from = 0, to = 0;
  int year = -1;
  std::size_t at = 0;
  bool title_read = false;
  int title_year = -1;     // see Resolver::TitleYear
  std::size_t title_end = 0;
};


struct Resolver {
  const Tables& t;
  const RuleMatch& m;
  const DocContext& doc;

  bool has_ref() const { return doc.has_reference_date; }
  Ymd ref() const { return {doc.ref_year, doc.ref_month, doc.ref_day}; }

  // Where the look-back for a year or month in context starts: the paragraph's first sentence, but no more than
  // kContextWindow bytes back, so that a huge one-paragraph document stays linear.
  std::size_t ContextBegin(std::size_t pos) const {
    const std::vector<Sentence>& s = *doc.sentences;
    std::size_t i = m.sentence_index;
    std::size_t floor = pos > kContextWindow ? pos - kContextWindow : 0;
    while (i > 0 && s[i - 1].paragraph == s[i].paragraph && s[i].begin > floor) --i;
    std::size_t begin = std::max(s[i].begin, floor);
    while (begin < pos && (static_cast<unsigned char>(doc.text[begin]) & 0xC0) == 0x80) ++begin;
    return begin;
  }

  // A year word of the text: "2024年", "二〇二四年", "2024年度", "今年", "去年". False if relative without a reference.
  bool YearOf(std::string_view word, int* year) const {
    std::string_view digits = TrimYearWord(word);
    int y = ParseYearDigits(digits);
    if (y < 0) y = ParseThousandsYear(digits);
    if (y < 0) y = ParseShortYear(digits);
    if (y < 0) y = ParseThreeDigitYear(digits);  // 三六七年, 789年 (a month must follow: NeedsMonth)
    if (y >= 100 && y <= 2999) {
      *year = y;
      return true;
    }
    for (const auto& [era, first] : t.eras) {  // 康熙三年, 民国元年, 康熙20年
      if (digits.substr(0, era.size()) != era) continue;
      std::string_view n = digits.substr(era.size());
      int k = n == "元" ? 1 : ParseSmallNumber(n);
      if (k < 1) return false;
      *year = first + k - 1;
      return true;
    }
    auto it = t.relative.find(word);
    if (it == t.relative.end() || it->second.unit != "year" || !has_ref()) return false;
    *year = doc.ref_year + it->second.offset;
    return true;
  }

  // Where a look-back of about `span` bytes before pos starts: never inside a character or a numeral (cutting 12月
  // to 2月). The look-back widens (kLookBackSpans) until it finds something, so that the usual case, a year a few
  // characters back, costs a few bytes of matching rather than the whole paragraph.
  std::size_t ChunkStart(std::size_t begin, std::size_t pos, std::size_t span) const {
    if (pos - begin <= span) return begin;
    std::size_t from = pos - span;
    while (from > begin && (static_cast<unsigned char>(doc.text[from]) & 0xC0) == 0x80) --from;
    while (from > begin) {
      char32_t c = CharBefore(doc.text, from);
      if (!IsAsciiDigit(c) && !IsCnNumeral(c)) break;
      from -= c < 0x80 ? 1 : 3;
    }
    return from;
  }

  // Calls f(year, where it starts) for each stated year in [from, pos), in text order.
  template <typename F>
  void ForEachYear(std::size_t from, std::size_t pos, F f) const {
    re2::StringPiece input(doc.text.data() + from, pos - from);
    re2::StringPiece g[4];
    while (RE2::FindAndConsume(&input, *t.context_year, &g[0], &g[1], &g[2], &g[3])) {
      for (int i = 0; i < 4; ++i) {
        if (!g[i].data()) continue;
        int y = -1;
        if (i < 3) {
          y = ParseYearDigits(std::string_view(g[i].data(), g[i].size()));
        } else if (!YearOf(std::string_view(g[i].data(), g[i].size()), &y)) {
          y = -1;
        }
        const std::size_t at = static_cast<std::size_t>(g[i].data() - doc.text.data());
        // The base of a comparison (比去年同期增长, 较2023年), a deadline (力争到2027年, 至2027年 — not the end of a
        // range, 2023年至2025年) and a forecast (预计2026年6月投产) are no year the text is about: 第四季度 after
        // them is this year's. Nor is a year ahead named relatively (会议指出，明年要稳字当头。11月27日，会议闭幕:
        // the day is this year's); 明年3月 is one date of its own.
        bool ahead = false;
        if (i == 3) {
          auto it = t.relative.find(std::string_view(g[i].data(), g[i].size()));
          ahead = it != t.relative.end() && it->second.offset > 0;
        }
        if (y >= 1000 && y <= 2999 && !ahead && !ComparedWith(doc.text, at, at + g[i].size()) &&
            !Deadline(doc.text, at) && !ForecastBefore(doc.text, at) && !TargetYear(doc.text, at, at + g[i].size())) {
          f(y, at);
        }
        break;
      }
    }
  }

  // The last stated year in [from, pos), or -1; *at = where it starts.
  int LastYear(std::size_t from, std::size_t pos, std::size_t* at) const {
    int found = -1;
    ForEachYear(from, pos, [&](int y, std::size_t where) {
      found = y;
      *at = where;
    });
    return found;
  }

  YearMemo& Memo() const {
    if (!doc.date_scratch) doc.date_scratch = std::make_shared<YearMemo>();
    return *static_cast<YearMemo*>(doc.date_scratch.get());
  }

  // The one year the document's title (DocumentTitle) writes in Arabic digits (2025年全市人口发展情况), or -1 when
  // it writes none or several. A statistics bulletin published in 2026 about 2025 says so in its title; its 年末 is
  // the end of 2025.
  int TitleYear(std::size_t* title_end) const {
    YearMemo& memo = Memo();
    if (!memo.title_read) {
      memo.title_read = true;
      std::string_view title = DocumentTitle(doc.text);
      if (!title.empty()) {
        const std::size_t b = static_cast<std::size_t>(title.data() - doc.text.data()), eol = b + title.size();
        int year = -1;
        bool one = true;
        // The years written in Arabic digits (2025年, 2024-06-18), read by hand: a title is read once per document,
        // and the context-year pattern's groups cost more than the rest of a short document's dates.
        for (std::size_t i = 0; i + 4 <= title.size(); ++i) {
          auto digit = [&title](std::size_t k) { return k < title.size() && IsAsciiDigit(title[k]); };
          if (!(title[i] == '1' || title[i] == '2') || !digit(i + 1) || !digit(i + 2) || !digit(i + 3) ||
              (i > 0 && digit(i - 1)) || digit(i + 4)) {
            continue;
          }
          std::size_t after = i + 4 + (i + 4 < title.size() && title[i + 4] == ' ');
          // 2025年, or a whole date with its separator twice (2024-06-18, 2024.6.18): not a decimal amount
          // (1286.4万人次, 2608.4亿元).
          bool written = title.compare(after, std::string_view("年").size(), "年") == 0;
          if (!written && after == i + 4 && after + 1 < title.size() && std::strchr("-/.", title[after])) {
            std::size_t m = after + 1;
            while (m < after + 3 && digit(m)) ++m;
            written = m > after + 1 && m + 1 < title.size() && title[m] == title[after] && digit(m + 1);
          }
          const int y = written ? std::stoi(std::string(title.substr(i, 4))) : 0;
          if (!written || y < 1900 || y > 2099) continue;
          // A forecast (项目开工 预计2026年6月投产) or a target (锚定2027年目标) says nothing of the year the text is
          // about.
          if (ForecastBefore(doc.text, b + i) || TargetYear(doc.text, b + i, b + i + 4)) one = false;
          // Nor does a plan's year after the reference date's (2027年全省地区生产总值预期增长5%左右, in December 2026).
          if (doc.has_reference_date && y > doc.ref_year && PlanTitle(title)) one = false;
          // The end of a range (2024—2025年) is not the one year.
          one = one && (year < 0 || y == year) && !In(CharBefore(doc.text, b + i), U"—–-~～至到");
          year = y;
          i += 3;
        }
        if (one) memo.title_year = year, memo.title_end = eol;
      }
    }
    *title_end = memo.title_end;
    return memo.title_year;
  }

  // The last stated month in [from, pos), or -1.
  int LastMonth(std::size_t from, std::size_t pos) const {
    re2::StringPiece input(doc.text.data() + from, pos - from);
    re2::StringPiece g;
    int found = -1;
    while (RE2::FindAndConsume(&input, *t.context_month, &g)) {
      int v = ParseSmallNumber(std::string_view(g.data(), g.size()));
      if (v >= 1 && v <= 12) found = v;
    }
    return found;
  }

  // The nearest stated year earlier in the paragraph, else the year of the title (TitleYear), else the reference
  // year (*from_ref set when so).
  // A paragraph of dates without a year nearby (a table of 3月5日 … rows) would read the whole window for each of them:
  // the document's YearMemo remembers what the last look-back found, so the next one reads only the new text.
  bool ContextYear(std::size_t pos, int* year, bool* from_ref = nullptr) const {
    std::size_t begin = ContextBegin(pos);
    YearMemo& memo = Memo();
    int found = -1;
    std::size_t at = 0;
    if (pos > begin && memo.from <= begin && begin <= memo.to && memo.to <= pos) {
      found = LastYear(ChunkStart(begin, memo.to, 0), pos, &at);
      if (found < 0 && memo.year > 0 && memo.at >= begin) found = memo.year, at = memo.at;
      memo = {begin, pos, found, at};
    } else if (pos > begin) {
      for (std::size_t span : kLookBackSpans) {
        std::size_t from = ChunkStart(begin, pos, span);
        found = LastYear(from, pos, &at);
        if (found > 0 || from == begin) {
          memo = {from, pos, found, at};
          break;
        }
      }
    }
    // A past year does not reach into a clause looking ahead (2025年全市CPI上涨0.2%。预计12月份…将… in December
    // 2026: December 2026) once the reference year is well under way: a forecast is of the reference year.
    if (found > 0 && has_ref() && found < doc.ref_year && doc.ref_month >= kForecastFromMonth &&
        ClauseLooksAhead(pos)) {
      found = doc.ref_year;
    }
    if (found > 0) {
      *year = found;
      return true;
    }
    std::size_t title_end = 0;
    if (int title = TitleYear(&title_end); title > 0 && pos > title_end) {
      *year = title;
      return true;
    }
    if (!has_ref()) return false;
    *year = doc.ref_year;
    if (from_ref) *from_ref = true;
    return true;
  }

  // Whether the clause around pos looks ahead: 预计, 将, 力争 … before or after pos within it.
  bool ClauseLooksAhead(std::size_t pos) const {
    const Sentence& s = (*doc.sentences)[m.sentence_index];
    std::size_t b = pos, e = pos;
    auto boundary = [this](std::size_t at) {
      return BytesAt(doc.text, at, "，") || BytesAt(doc.text, at, "；") || BytesAt(doc.text, at, "。");
    };
    while (b > s.begin && !(b >= s.begin + 3 && boundary(b - 3))) --b;
    while (e < s.end && !boundary(e)) ++e;
    const std::string_view clause = doc.text.substr(b, e - b);
    for (std::string_view w : kLookingAhead) {
      if (clause.find(w) != std::string_view::npos) return true;
    }
    return false;
  }

  // The nearest stated month earlier in the paragraph, else the reference month.
  bool ContextMonth(std::size_t pos, int* month, bool* from_ref = nullptr) const {
    std::size_t begin = ContextBegin(pos);
    for (std::size_t span : kLookBackSpans) {
      if (pos <= begin) break;
      std::size_t from = ChunkStart(begin, pos, span);
      int found = LastMonth(from, pos);
      if (found > 0) {
        *month = found;
        return true;
      }
      if (from == begin) break;
    }
    if (!has_ref()) return false;
    *month = doc.ref_month;
    if (from_ref) *from_ref = true;
    return true;
  }
};

// What may follow a holiday's name (国庆假期, 春节期间), in the pattern's order.
const std::vector<std::string> kHolidaySuffixes = {"期间", "假期", "小长假", "长假", "黄金周", "当天", "当日", "前后"};

}  // namespace

std::vector<std::string> DateLayoutWords() { return kHolidaySuffixes; }

bool IsComparisonBase(std::string_view text, std::size_t begin, std::size_t end) {
  // Relative only: a date written with its year (比2023年增长) still names that year.
  for (std::size_t i = begin; i < end; ++i) {
    if (IsAsciiDigit(static_cast<unsigned char>(text[i]))) return false;
  }
  const std::string_view date = text.substr(begin, end - begin);
  if (date.find("〇") != std::string_view::npos || date.find("○") != std::string_view::npos) return false;
  return ComparedWith(text, begin, end);
}

std::string_view DocumentTitle(std::string_view text) {
  constexpr std::size_t kMaxTitleBytes = 160;
  std::size_t b = 0;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\n' || text[b] == '\r')) ++b;
  std::size_t eol = text.find('\n', b);
  if (eol == std::string_view::npos) return {};
  std::string_view line = text.substr(b, eol - b);
  // A sentence is no title (2025年，全市经济运行稳中有进。); a bracket dates the publication.
  if (line.find("。") != std::string_view::npos || line.find("，") != std::string_view::npos) return {};
  line = line.substr(0, std::min(line.find("（"), line.find('(')));
  return line.size() <= kMaxTitleBytes ? line : std::string_view();
}

namespace {

// A point in time as stated: a year, a month of it, a day of that.
struct Point {
  int year = 0, month = 0, day = 0;  // month/day 0 = not stated
  std::vector<std::string> implied;
  bool valid = true;
};

// 在789年, 于789年: a three-digit year standing alone, after 在/于 and before the end of the clause.
bool StandaloneThreeDigitYear(const RuleMatch& m, int gy) {
  std::string_view y = TrimYearWord(m.group(gy));
  if (y.size() != 3 || !IsAsciiDigit(CharAt(y, 0)) || y[0] == '0') return false;
  for (char c : y) {
    if (!IsAsciiDigit(static_cast<unsigned char>(c))) return false;
  }
  char32_t next = CharAt(m.text, m.end(gy));
  return In(CharBefore(m.text, m.begin(gy)), U"在于") && (next == 0 || In(next, U"，,。；;、：:）) \n的时"));
}

// Moves a day to the nearest month (month_only) or year that has it: 29日 in February → 29 January or March,
// 2月29日 → the nearest leap year. The earlier one wins a tie.
void NearestValid(bool month_only, Point* p) {
  for (int k = 1; k <= 8; ++k) {
    for (int sign : {-1, 1}) {
      int y = p->year, mo = p->month;
      if (month_only) {
        AddMonths(&y, &mo, sign * k);
      } else {
        y += sign * k;
      }
      if (IsValidDate(y, mo, p->day)) {
        p->year = y, p->month = mo;
        return;
      }
    }
  }
}

// Resolves groups gy (year word), gm (month number), gd (day number); gy/gm/gd may be unmatched (-1 = none).
// Missing leading fields come from context. False when no year can be found.
bool ResolvePoint(const Resolver& r, int gy, int gm, int gd, Point* p) {
  const RuleMatch& m = r.m;
  bool has_y = gy >= 0 && m.matched(gy), has_m = gm >= 0 && m.matched(gm), has_d = gd >= 0 && m.matched(gd);
  if (has_m) {
    p->month = ParseSmallNumber(m.group(gm));
    if (p->month < 1 || p->month > 12) p->valid = false;
  }
  bool month_from_ref = false, year_from_ref = false;
  if (has_d) {
    p->day = ParseSmallNumber(m.group(gd));
    if (!has_m) {
      if (!r.ContextMonth(m.begin(0), &p->month, &month_from_ref)) return false;
      p->implied.push_back("month");
    }
  }
  if (has_y) {
    if (!has_m && NeedsMonth(m.group(gy)) && !StandaloneThreeDigitYear(m, gy)) return false;
    int shift = ContextYearOffset(m.group(gy));
    if (shift >= 0) {
      if (!r.ContextYear(m.begin(gy), &p->year)) return false;
      p->year += shift;
      p->implied.insert(p->implied.begin(), "year");
    } else if (!r.YearOf(m.group(gy), &p->year)) {
      return false;
    }
  } else {
    if (!r.ContextYear(m.begin(0), &p->year, &year_from_ref)) return false;
    p->implied.insert(p->implied.begin(), "year");
  }
  // A day the reference period lacks (2月29日 in 2017, 29日 in February 2018) names the nearest one that has it,
  // when every missing field came from the reference date; a year or month stated in the paragraph keeps it invalid.
  if (has_d && p->valid && !IsValidDate(p->year, p->month, p->day) && p->day >= 1 && p->day <= 31 &&
      (month_from_ref || (has_m && year_from_ref))) {
    NearestValid(month_from_ref, p);
  }
  if (has_d && p->valid && !IsValidDate(p->year, p->month, p->day)) p->valid = false;
  if (has_d && p->day < 1) p->valid = false;
  return true;
}

// The value and bounds of a point at its stated granularity.
struct Period {
  std::string value, granularity;
  Ymd start, end;
  bool bounded_start = true, bounded_end = true;
};

Period PeriodOf(const Point& p) {
  Period r;
  if (p.day) {
    r.value = IsoDay(p.year, p.month, p.day);
    r.granularity = "day";
    r.start = r.end = {p.year, p.month, p.day};
  } else if (p.month) {
    r.value = IsoMonth(p.year, p.month);
    r.granularity = "month";
    r.start = {p.year, p.month, 1};
    r.end = {p.year, p.month, DaysInMonth(p.year, p.month)};
  } else {
    r.value = IsoYear(p.year);
    r.granularity = "year";
    r.start = {p.year, 1, 1};
    r.end = {p.year, 12, 31};
  }
  return r;
}

Period RangeOf(const Period& a, const Period& b) {
  Period r;
  r.value = a.value + "/" + b.value;
  r.granularity = "range";
  r.start = a.start;
  r.end = b.end;
  return r;
}

Period Interval(const Ymd& a, const Ymd& b) {
  Period r;
  r.value = IsoDay(a) + "/" + IsoDay(b);
  r.granularity = "range";
  r.start = a;
  r.end = b;
  return r;
}

Period MonthPeriod(int y, int m) {
  Point p;
  p.year = y, p.month = m;
  return PeriodOf(p);
}
Period YearPeriod(int y) {
  Point p;
  p.year = y;
  return PeriodOf(p);
}

Period DayPeriodOf(const Ymd& d) {
  Point p;
  p.year = d.year, p.month = d.month, p.day = d.day;
  return PeriodOf(p);
}

void Emit(std::size_t begin, std::size_t end, const Period& period, std::vector<std::string> implied,
          Qualifier q, int priority, std::vector<Candidate>* out) {
  Candidate& c = out->emplace_back();
  c.record.type = RecordType::kDate;
  c.record.value = period.value;
  c.record.granularity = period.granularity;
  c.record.qualifier = q;
  c.record.implied = std::move(implied);
  if (period.bounded_start) c.record.period_start = IsoDay(period.start);
  if (period.bounded_end) c.record.period_end = IsoDay(period.end);
  c.begin = begin;
  c.end = end;
  c.priority = priority;
}

// An impossible date: kept as a candidate so that it hides its parts, dropped by the engine unless requested.
void EmitInvalid(std::size_t begin, std::size_t end, const Point& p, std::vector<Candidate>* out) {
  Candidate& c = out->emplace_back();
  c.record.type = RecordType::kDate;
  c.record.value = p.day ? IsoDay(p.year, p.month, p.day) : IsoMonth(p.year, p.month);
  c.record.granularity = p.day ? "day" : "month";
  c.record.implied = p.implied;
  c.record.status = "invalid";
  c.begin = begin;
  c.end = end;
  c.priority = kDatePriority;
}

// 以来 / 至今 after a date: from the start of its period to the reference date.
bool SinceToReference(const Resolver& r, const Period& from, Period* out) {
  if (!r.has_ref()) return false;
  Ymd ref = r.ref();
  if (DaysFromCivil(from.start) > DaysFromCivil(ref)) return false;
  *out = Interval(from.start, ref);
  return true;
}

// Characters after 初 that make it a word of its own (初步, 初次), not "early in the period".
constexpr std::u32string_view kNotEarly = U"步次级始创见心衷稿审选赛期中露具现";
// Characters after a bare 中 that let it mean "mid-period" rather than start a word (2023年中国…): punctuation, and
// the first characters of the verbs that follow a time (明年年中建成, 年中完成, 年中将投产).
constexpr std::u32string_view kMidFollowers = U"，,。；;、：:）)前后时以期 \n建完实开投举召启竣达将上发推交正全基";

// ---------------------------------------------------------------------------------------------------------------
// Productions.

// YEAR? MONTH? DAY? SUFFIX?: 2024年3月4日, 二〇二四年三月四日, 2023年11月, 2023年, 11月份, 3月22日, 今年4月17日,
// 去年9月, 2023年底, 3月上旬, 2023年以来.
// Open bounds after a date: 2018年以前 (before: under), 2010年1月10日或之前 (until: at_most), 2018年之后 (after: over),
// 2015年起 / 2012年1月1日或之后 (since: at_least). The value stays the stated date; the period loses its open side.
// "After" a day starts on that day (2015-01-01以后 includes it in usage), after a longer period on the day after it.
bool ApplyBound(std::string_view bound, char32_t next, Period* period, Qualifier* q) {
  // 2023年前三季度, 2023年前10个月, 三年前期: 前 starts another word.
  if (bound == "前" && (IsAsciiDigit(next) || IsCnNumeral(next) || In(next, U"期夕景列沿提身线端述第"))) return false;
  if (bound == "以前" || bound == "之前" || bound == "前") {
    *q = Qualifier::kUnder;
    period->end = AddDays(period->start, -1);
    period->bounded_start = false;
  } else if (bound == "或之前" || bound == "及以前" || bound == "或以前" || bound == "及之前") {
    *q = Qualifier::kAtMost;
    period->bounded_start = false;
  } else if (bound == "以后" || bound == "之后") {
    *q = Qualifier::kOver;
    if (period->granularity != "day") period->start = AddDays(period->end, 1);
    period->bounded_end = false;
  } else {  // 或之后, 及以后, 或以后, 起, 开始, and 自/自从 before the date
    *q = Qualifier::kAtLeast;
    period->bounded_end = false;
  }
  return true;
}

// Characters before a number that make it a length of time rather than a date: 历时22日, 拥有2000年历史, 近30日.
constexpr std::u32string_view kDurationLead = U"时续约近共达逾超满每隔有历余";

// Characters that may follow a day written without 日 (八月十五的, 一月二十三前): anything else makes the numeral part
// of another word (三月一次), and the record stops at the month.
constexpr std::u32string_view kBareDayFollowers = U"，,。；;、：:）) \n的前后起至到是这那当晚早上下午";

// Groups: glead 自从/自/从, gy year, gm month, gd day, gbd day without 日, gs suffix, gb bound.
// The second characters of words opening with 年 (年均, 年产, 年销售, 年营收), and characters that 后/前 follow as
// the end of a word (投产后, 建成后, 竣工后, 投用后, 投运后, 并网后, 达产后, 此前, 之前, 以前, 最后, 提前, 目前, 空前).
constexpr std::u32string_view kYearCompoundSeconds = U"均产销营";
constexpr std::u32string_view kBeforeHouQian = U"产成工用运网达营此之以最然提目先空";

Production CalendarProduction(std::shared_ptr<const Tables> t, int glead, int gy, int gm, int gd, int gbd, int gs,
                              int gb) {
  return [=](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    std::string_view lead = m.group(glead), bound = m.group(gb);
    std::size_t begin = m.matched(glead) ? m.end(glead) : m.begin(0);
    if (IsAsciiDigit(CharBefore(m.text, begin))) return;
    Resolver r{*t, m, doc};
    Point p;
    std::size_t end = m.matched(gb) ? m.begin(gb) : m.end(0);
    std::string_view suffix = m.group(gs);
    int day_group = gd;
    if (m.matched(gbd)) {
      char32_t next = CharAt(m.text, m.end(gbd));
      if (next == 0 || In(next, kBareDayFollowers)) {
        day_group = gbd;
      } else {  // not a day: stop after 月
        end = m.text.find("月", m.end(gm)) + std::string_view("月").size();
        suffix = {}, bound = {}, lead = {};
      }
    }
    if (gy >= 0 && m.matched(gy) && IsCnNumeral(CharBefore(m.text, m.begin(gy)))) return;  // 三六七年: not 六七年
    // 投产后年均, 建成后年产值, 此前年均: 后/前 ends the word before, 年 opens the next (年均, 年产, 年销售).
    if (gy >= 0 && m.matched(gy) && !m.matched(gm) && (m.group(gy) == "后年" || m.group(gy) == "前年") &&
        (In(CharAt(m.text, m.end(gy)), kYearCompoundSeconds) || In(CharBefore(m.text, m.begin(gy)), kBeforeHouQian))) {
      return;
    }
    // 拥有2000年历史, 约1500年: a year count, unless a month pins it down.
    if (gy >= 0 && m.matched(gy) && !m.matched(gm) && IsAsciiDigit(CharAt(m.group(gy), 0)) &&
        In(CharBefore(m.text, m.begin(gy)), kDurationLead)) {
      return;
    }
    if (!ResolvePoint(r, gy, gm, day_group, &p)) return;
    if (!suffix.empty()) end = m.begin(gs);
    if (!p.valid) {
      EmitInvalid(begin, end, p, out);
      return;
    }
    Period period = PeriodOf(p);
    Qualifier since_q = Qualifier::kExact;
    if (!suffix.empty()) {
      char32_t next = CharAt(m.text, m.end(gs));
      Period with = period;
      bool ok = false;
      if (suffix == "以来" || suffix == "至今") {
        ok = SinceToReference(r, period, &with);
        if (!ok) {  // a start after the reference date (or none): an open "since"
          ApplyBound("起", 0, &with, &since_q);
          ok = true;
        }
      } else if ((suffix == "底以来" || suffix == "末以来") && !p.day) {
        // 9月底以来, 2024年底以来: since the last day of the month or year.
        const int month = p.month ? p.month : 12;
        ok = SinceToReference(r, DayPeriodOf({p.year, month, DaysInMonth(p.year, month)}), &with);
      } else if (p.day) {
        ok = false;
      } else if (suffix == "底" || suffix == "末") {
        ok = true;
        if (!p.month) with = MonthPeriod(p.year, 12);  // 2023年底 → 2023-12
      } else if (suffix == "初") {
        ok = !In(next, kNotEarly);
        if (!p.month) with = MonthPeriod(p.year, 1);
      } else if (suffix == "中") {
        ok = !p.month && (next == 0 || In(next, kMidFollowers));
        if (ok) with = RangeOf(MonthPeriod(p.year, 6), MonthPeriod(p.year, 7));
      } else if (p.month) {  // 上旬 / 中旬 / 下旬
        int first = suffix == "上旬" ? 1 : suffix == "中旬" ? 11 : 21;
        int last = suffix == "上旬" ? 10 : suffix == "中旬" ? 20 : DaysInMonth(p.year, p.month);
        with = Interval({p.year, p.month, first}, {p.year, p.month, last});
        ok = true;
      }
      if (ok) {
        period = with;
        end = m.matched(gb) ? m.begin(gb) : m.end(0);
      } else {
        bound = {};
      }
    }
    Qualifier q = since_q;
    bool since_suffix = suffix == "以来" || suffix == "至今" || suffix == "底以来" || suffix == "末以来";
    // 3月底前 / 年末前: by the end of March (until), not before March.
    if (bound == "前" && (suffix == "底" || suffix == "末")) bound = "或之前";
    if (!bound.empty() && end == (m.matched(gs) ? m.end(gs) : m.begin(gb)) && !since_suffix &&
        ApplyBound(bound, CharAt(m.text, m.end(gb)), &period, &q)) {
      end = m.end(gb);
    } else if ((lead == "自" || lead == "自从") && !since_suffix) {
      ApplyBound("起", 0, &period, &q);
    } else if (lead == "从" || (lead.empty() && !since_suffix)) {
      lead = {};
    }
    if (!lead.empty()) begin = m.begin(0);
    while (end > begin && m.text[end - 1] == ' ') --end;
    Emit(begin, end, period, p.implied, q, kDatePriority, out);
  };
}

// A bare day: 22日, 12号 (month and year from context). Arabic digits only: 一日/三日 are too often words (一日游,
// 三日内). N号 is a day only at the end of a clause (3号楼, 12号线, 1号文件 are names).
Production BareDayProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    char32_t before = CharBefore(m.text, m.begin(0));
    if (IsAsciiAlnum(before) || before == '.' || before == U'第' || before == U'月') return;
    if (In(before, kDurationLead)) return;  // 历时22日, 近30日: a duration
    char32_t next = CharAt(m.text, m.end(0));
    // N号 after a name (石虎山18号) or before one (3号楼) is an address or a designation.
    if (m.group(2) == "号" && (!(next == 0 || In(next, U"，,。；;、：:）) \n前后起")) ||
                              (before >= 0x3400 && !In(before, U"的在于至到和及从自是，。；、：（")))) {
      return;
    }
    if (next == U'内' || next == U'以' || next == U'之' || next == U'均' || next == U'本') return;
    // A bare 10日元 is an amount of yen (a month before it, 3月5日元宵, is handled by date.md).
    if (m.group(2) == "日" && next == U'元' && CharAt(m.text, m.end(0) + 3) != U'宵' &&
        CharAt(m.text, m.end(0) + 3) != U'旦') {
      return;
    }
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, -1, -1, 1, &p)) return;
    if (!p.valid) {
      EmitInvalid(m.begin(0), m.end(0), p, out);
      return;
    }
    Emit(m.begin(0), m.end(0), PeriodOf(p), p.implied, Qualifier::kExact, kDatePriority, out);
  };
}

// 2024-11-22 10:56:48, 2025-03-27 08:22, 2024年3月4日 10:30.
Production DatetimeProduction() {
  return [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0))) || IsAsciiDigit(CharAt(m.text, m.end(0)))) return;
    int y = ParseYearDigits(m.group(1)), mo = ParseSmallNumber(m.group(2)), d = ParseSmallNumber(m.group(3));
    int h = ParseSmallNumber(m.group(4)), mi = ParseSmallNumber(m.group(5));
    int s = m.matched(6) ? ParseSmallNumber(m.group(6)) : 0;
    Point p;
    p.year = y, p.month = mo, p.day = d;
    if (!IsValidDate(y, mo, d)) {
      EmitInvalid(m.begin(0), m.end(0), p, out);
      return;
    }
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return;
    Period period = PeriodOf(p);
    char buf[16];
    if (m.matched(6)) {
      std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, mi, s);
    } else {
      std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mi);
    }
    period.value += buf;
    period.granularity = "datetime";
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatetimePriority, out);
  };
}

// 2024/11/22, 2024-11-22, 2024.3.4 (one separator throughout).
Production NumericDateProduction() {
  return [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    std::size_t date_end = m.end(5);
    char32_t before = CharBefore(m.text, m.begin(0)), next = CharAt(m.text, date_end);
    if (IsAsciiDigit(before) || before == '.' || before == '/' || IsAsciiDigit(next)) return;
    if ((next == '.' || next == '/' || next == '-') && IsAsciiDigit(CharAt(m.text, date_end + 1))) return;
    if (m.group(2) != m.group(4)) return;
    if (m.group(2) == " " && (m.group(3).size() != 2 || m.group(5).size() != 2)) return;  // only 2010 01 29
    Point p;
    p.year = ParseYearDigits(m.group(1));
    p.month = ParseSmallNumber(m.group(3));
    p.day = ParseSmallNumber(m.group(5));
    if (!IsValidDate(p.year, p.month, p.day)) {
      EmitInvalid(m.begin(0), date_end, p, out);
      return;
    }
    Period period = PeriodOf(p);
    Qualifier q = Qualifier::kExact;
    std::size_t end = date_end;
    if (m.matched(6) && ApplyBound(m.group(6), CharAt(m.text, m.end(6)), &period, &q)) end = m.end(6);
    Emit(m.begin(0), end, period, {}, q, kDatePriority + 1, out);
  };
}

// Day-first numeric dates with the year last (13.5.2015, 1/2/2020, 3-7-2017), as written in European and many
// Chinese-language web pages. A month-first reading is not tried: 1/2/2020 is 1 February.
Production DayFirstProduction() {
  return [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    char32_t before = CharBefore(m.text, m.begin(0)), next = CharAt(m.text, m.end(0));
    if (IsAsciiDigit(before) || before == '.' || before == '/' || before == '-' || IsAsciiAlnum(next)) return;
    if (m.group(2) != m.group(4)) return;
    Point p;
    p.day = ParseSmallNumber(m.group(1));
    p.month = ParseSmallNumber(m.group(3));
    p.year = ParseYearDigits(m.group(5));
    if (!IsValidDate(p.year, p.month, p.day)) return;
    Emit(m.begin(0), m.end(0), PeriodOf(p), {}, Qualifier::kExact, kDatePriority, out);
  };
}

// Verbs that report a period's total right after its time adverbial (全区前10个月实现…, 前8个月累计签约…).
constexpr std::string_view kReportingVerbs[] = {"实现", "完成", "累计", "达到", "共计", "新增", "签约", "进出口"};

bool ReportingVerbAt(std::string_view text, std::size_t pos) {
  for (std::string_view w : kReportingVerbs) {
    if (text.compare(pos, w.size(), w) == 0) return true;
  }
  return false;
}

// Whether the clause going on at `pos` holds an Arabic digit (a figure it reports) before its end (，。；…).
bool ClauseHasDigit(std::string_view text, std::size_t pos) {
  static constexpr std::u32string_view kClauseEnds = U"，,。；;！!？?\n";
  for (std::size_t i = pos; i < text.size();) {
    if (text[i] >= '0' && text[i] <= '9') return true;
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, i, &cp);
    if (len && kClauseEnds.find(cp) != std::u32string_view::npos) return false;
    i += len ? len : 1;
  }
  return false;
}

// YEAR? 上半年 | 下半年 | 一季度 | 第一季度 | Q1 | 前三季度 | 年底 | 年末 | 年初 | 年中 | 年内, then 以来/至今.
Production PeriodProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    char32_t before = CharBefore(m.text, m.begin(0));
    std::string_view tok = m.group(2);
    bool starts_with_year = tok.substr(0, 3) == "年";
    if (!m.matched(1)) {
      if (IsAsciiAlnum(before) || IsCnNumeral(before)) return;  // 三年内, 5年底 are durations; AQ1 a code
      // 每年底, 当年末; 较上年末: 上年 is a comparison basis (relative_dates.tsv), its end no date of its own.
      if (starts_with_year && In(before, U"每当同全一整历新周上")) return;
    }
    // Q1 inside a code: AEC-Q100 (digits or letters go on), Q2-2型 (a hyphen after it), -Q1 (one before it).
    if (tok.size() == 2 && (tok[0] == 'Q' || tok[0] == 'q')) {
      const char32_t after = CharAt(m.text, m.begin(2) + 2);
      if (IsAsciiAlnum(after) || after == '-' || after == '_' || before == '-' || before == '_') return;
    }
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, -1, -1, &p)) return;
    int y = p.year;
    Period period;
    auto quarter = [&](int q) {
      period.value = IsoQuarter(y, q);
      period.granularity = "quarter";
      period.start = {y, 3 * q - 2, 1};
      period.end = {y, 3 * q, DaysInMonth(y, 3 * q)};
    };
    std::string_view q = tok;
    if (q.substr(0, 3) == "第") q.remove_prefix(3);
    if (tok == "上半年" || tok == "下半年" || tok == "前半年" || tok == "后半年") {
      int h = tok == "上半年" || tok == "前半年" ? 1 : 2;
      period.value = IsoHalf(y, h);
      period.granularity = "half";
      period.start = {y, h == 1 ? 1 : 7, 1};
      period.end = {y, h == 1 ? 6 : 12, h == 1 ? 30 : 31};
    } else if (tok.size() > 6 && tok.substr(tok.size() - 3) == "月") {  // 前10个月, 前10月: January to October
      const bool counted = tok.substr(tok.size() - 6) == "个月";
      std::string_view n_text = tok.substr(3, tok.size() - (counted ? 9 : 6));
      while (!n_text.empty() && n_text.back() == ' ') n_text.remove_suffix(1);
      int n = ParseSmallNumber(n_text);
      if (n < 1 || n > 12) return;
      // Without a year, 前N个月 is Jan–N only as a time adverbial: opening a clause (前10个月，全市…; 外贸方面，前8个月
      // 全省…) or before the verb of what is reported (全区前10个月实现…, 营业收入前10个月达到…); 前3个月试运行 counts from
      // something else. 前10月 (headlines) is always the year's, and so is 前N个月 right after a place (湖州市前10个月
      // 外贸进出口…, 全省前8个月…).
      const char32_t next = CharAt(m.text, m.end(0));
      // …but 竣工前3个月, 投产前, 到期前, 结束前 count back from an event.
      if (!m.matched(1) && counted && In(before, U"工产业期满始束")) return;
      // A text opening with it, or its title holding it, is a headline's time (前10个月江澄关区进出口总值突破1.2万亿元;
      // 蒲江县双轮驱动 前10个月农产品网络零售额增长21.4%). Opening a clause that reports a figure (外贸方面，前10个月
      // 杭州市进出口3286.7亿元) it is the year's too.
      const bool opens_clause = before == 0 || In(before, U"，,。；;：:\n ");
      const bool reports = ClauseHasDigit(m.text, m.end(0));
      auto in_title = [&m] {
        const std::string_view title = DocumentTitle(m.text);
        return !title.empty() && m.begin(0) < static_cast<std::size_t>(title.data() - m.text.data()) + title.size();
      };
      if (!m.matched(1) && counted && !In(next, U"，,、：:") && !In(before, U"市省区县镇国州") &&
          !(opens_clause && (In(next, U"全我本该各") || reports)) && m.begin(0) != 0 &&
          !ReportingVerbAt(m.text, m.end(0)) && !(reports && in_title())) {
        return;
      }
      period = n == 1 ? MonthPeriod(y, 1) : RangeOf(MonthPeriod(y, 1), MonthPeriod(y, n));
    } else if (tok.substr(0, 3) == "前") {  // 前三季度
      int n = ParseSmallNumber(tok.substr(3, 3));
      if (n < 1 || n > 4) return;
      period = RangeOf(MonthPeriod(y, 1), MonthPeriod(y, 3 * n));
    } else if (tok[0] == 'Q' || tok[0] == 'q') {
      quarter(tok[1] - '0');
    } else if ((q.size() > 6 && q.substr(q.size() - 6) == "季度") || (tok.substr(0, 3) == "第" && q.size() > 3)) {
      // 三季度, 第三季度, and Hong Kong and Taiwan's 第三季 (with its 第: 四季 alone is the four seasons).
      const std::size_t unit = q.substr(q.size() - 6) == "季度" ? 6 : 3;
      int n = ParseSmallNumber(q.substr(0, q.size() - unit));
      if (n < 1 || n > 4) return;
      quarter(n);
    } else if (tok == "年底" || tok == "年末") {
      period = MonthPeriod(y, 12);
    } else if (tok == "年初") {
      if (In(CharAt(m.text, m.end(2)), kNotEarly)) return;
      period = MonthPeriod(y, 1);
    } else if (tok == "年中") {
      char32_t next = CharAt(m.text, m.end(2));
      if (!(next == 0 || In(next, kMidFollowers))) return;
      period = RangeOf(MonthPeriod(y, 6), MonthPeriod(y, 7));
    } else if (tok == "年内") {
      period = YearPeriod(y);
    } else if (tok == "开年") {  // 开年以来: since the start of the year; 开年 alone is a mood (开年第一会)
      if (!m.matched(3)) return;
      period = YearPeriod(y);
    } else {
      return;
    }
    std::size_t end = m.end(0);
    Qualifier qualifier = Qualifier::kExact;
    if (m.matched(3)) {
      Period since;
      if (SinceToReference(r, period, &since)) {
        period = since;
      } else {
        end = m.begin(3);
      }
    } else if ((tok == "年底" || tok == "年末") && BytesAt(m.text, end, "前") &&
               !BytesAt(m.text, end + std::string_view("前").size(), "后")) {
      // 年底前, 年末前: by the end of the year (until), as 3月底前; not 年底前后 (around it).
      ApplyBound("或之前", 0, &period, &qualifier);
      end += std::string_view("前").size();
    }
    Emit(m.begin(0), end, period, p.implied, qualifier, kDatePriority, out);
  };
}

// The end of a quarter or half: 三季度末 (2024-09-30), 上半年末; with 截至 an as-of point (截至三季度末).
// Groups: 1 截至, 2 year, 3 quarter or half, 4 末/底.
Production PeriodEndProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (!m.matched(2) && IsCnNumeral(CharBefore(m.text, m.begin(3)))) return;
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 2, -1, -1, &p)) return;
    std::string_view tok = m.group(3);
    int last_month = 0;
    if (tok == "上半年") {
      last_month = 6;
    } else if (tok == "下半年") {
      last_month = 12;
    } else {
      if (tok.substr(0, 3) == "第") tok.remove_prefix(3);
      int q = ParseSmallNumber(tok.substr(0, tok.size() - std::string_view("季度").size()));
      if (q < 1 || q > 4) return;
      last_month = 3 * q;
    }
    Point end = p;
    end.month = last_month;
    end.day = DaysInMonth(p.year, last_month);
    Period period = PeriodOf(end);
    Qualifier q = Qualifier::kExact;
    if (m.matched(1)) {
      q = Qualifier::kAsOf;
      period.bounded_start = false;
    }
    Emit(m.begin(0), m.end(0), period, p.implied, q, kDatePriority, out);
  };
}

// Seasons of a stated year: 今年夏天, 2024年春季 — meteorological seasons (spring March–May … winter December to
// February of the next year). A season needs its year: 科技的春天 is a metaphor. Groups: 1 year, 2 season.
Production SeasonProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, -1, -1, &p)) return;
    static constexpr std::u32string_view kSeasons = U"春夏秋冬";
    std::size_t s = kSeasons.find(CharAt(m.group(2), 0));
    if (s == std::u32string_view::npos) return;
    int first = 3 + 3 * static_cast<int>(s), y2 = p.year, last = first + 2;
    if (last > 12) last -= 12, ++y2;
    Emit(m.begin(0), m.end(0), RangeOf(MonthPeriod(p.year, first), MonthPeriod(y2, last)), p.implied,
         Qualifier::kExact, kDatePriority, out);
  };
}

// Quarter ranges: 一至三季度, 2024年二、三季度, 第一至第三季度 → the months they cover.
Production QuarterRangeProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiAlnum(CharBefore(m.text, m.begin(0)))) return;
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, -1, -1, &p)) return;
    int a = ParseSmallNumber(m.group(2)), b = ParseSmallNumber(m.group(3));
    if (a < 1 || b > 4 || b <= a) return;
    Emit(m.begin(0), m.end(0), RangeOf(MonthPeriod(p.year, 3 * a - 2), MonthPeriod(p.year, 3 * b)), p.implied,
         Qualifier::kExact, kDatePriority, out);
  };
}

// 2024Q1, 2024H1.
Production CompactPeriodProduction() {
  return [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (IsAsciiAlnum(CharBefore(m.text, m.begin(0))) || IsAsciiAlnum(CharAt(m.text, m.end(0)))) return;
    int y = ParseYearDigits(m.group(1));
    int n = m.group(3)[0] - '0';
    Period period;
    if (m.group(2) == "Q" || m.group(2) == "q") {
      if (n < 1 || n > 4) return;
      period.value = IsoQuarter(y, n);
      period.granularity = "quarter";
      period.start = {y, 3 * n - 2, 1};
      period.end = {y, 3 * n, DaysInMonth(y, 3 * n)};
    } else {
      if (n < 1 || n > 2) return;
      period.value = IsoHalf(y, n);
      period.granularity = "half";
      period.start = {y, n == 1 ? 1 : 7, 1};
      period.end = {y, n == 1 ? 6 : 12, n == 1 ? 30 : 31};
    }
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// YEAR? M1 (月)? — YEAR? M2 月(份)?: 1—10月, 1-10月份, 3月至5月, 2023年12月至2024年3月.
Production MonthRangeProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    char32_t before = CharBefore(m.text, m.begin(0));
    if (IsAsciiDigit(before) || before == '.' || before == U'第') return;
    Resolver r{*t, m, doc};
    Point a, b;
    if (!ResolvePoint(r, 1, 2, -1, &a)) return;
    if (m.matched(3)) {
      if (!r.YearOf(m.group(3), &b.year)) return;
    } else {
      b.year = a.year;
    }
    b.month = ParseSmallNumber(m.group(4));
    if (!a.valid || b.month < 1 || b.month > 12) return;
    if (!m.matched(3) && b.month <= a.month) ++b.year;  // 8月至2月: into the next year
    if (b.year * 12 + b.month <= a.year * 12 + a.month) return;
    Emit(m.begin(0), m.end(0), RangeOf(PeriodOf(a), PeriodOf(b)), a.implied, Qualifier::kExact, kDatePriority,
         out);
  };
}

// 2023—2025年, 2023年至2025年, 2023-2025年度, 从2016到2018, 2007年与2009年间.
Production YearRangeProduction() {
  return [](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    int g = m.matched(1) ? 1 : m.matched(3) ? 3 : 5;  // 2023—2025年 | 从2016到2018 | 2007年与2009年间
    int a = ParseYearDigits(m.group(g)), b = ParseYearDigits(m.group(g + 1));
    if (a < 1000 || b <= a || b > 2999) return;
    Emit(m.begin(0), m.end(0), RangeOf(YearPeriod(a), YearPeriod(b)), {}, Qualifier::kExact, kDatePriority, out);
  };
}

// YEAR? M月D日 — M月? D日: 3月4日至6日, 3月4—6日, 3月28日到4月15日.
Production DayRangeProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    Resolver r{*t, m, doc};
    Point a;
    if (!ResolvePoint(r, 1, 2, 3, &a)) return;
    Point b;
    b.year = a.year;
    if (m.matched(4) && !r.YearOf(m.group(4), &b.year)) return;
    b.month = m.matched(5) ? ParseSmallNumber(m.group(5)) : a.month;
    b.day = ParseSmallNumber(m.group(6));
    if (!a.valid || !IsValidDate(b.year, b.month, b.day)) return;
    if (DaysFromCivil({b.year, b.month, b.day}) <= DaysFromCivil({a.year, a.month, a.day})) return;
    Emit(m.begin(0), m.end(0), RangeOf(PeriodOf(a), PeriodOf(b)), a.implied, Qualifier::kExact, kDatePriority,
         out);
  };
}

// 截至2023年底 (as_of, 2023-12-31), 截至6月 (as_of), 到2027年 / 至2027年 (at_most), 截至今天 (as_of the reference; 截至目前
// is vague: no date).
// Groups: 1 prefix, 2 year, 3 month, 4 day, 5 month', 6 day', 7 底/末, 8 年底/年末, 9 目前.
Production AsOfProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    Resolver r{*t, m, doc};
    std::string_view whole = m.group(0);  // the prefix group of the first alternative only
    bool as_of = whole.substr(0, 3) == "截";
    if (!as_of && (whole.substr(0, 3) == "到" || whole.substr(0, 3) == "至")) {
      char32_t before = CharBefore(m.text, m.begin(0));
      // 达到, 提升至, 增加到 … a figure follows, not an end point; 恢复至2019年同期的126%, 回落至: a base, not an
      // end point.
      if (In(before, U"达直提升降增减扩缩延推快排复落加高低大小少")) return;
    }
    Qualifier q = as_of ? Qualifier::kAsOf : Qualifier::kAtMost;
    Point p;
    Period period;
    std::size_t end = m.end(0);
    if (m.matched(9)) {
      if (!as_of || !r.has_ref()) return;
      Ymd ref = r.ref();
      p.year = ref.year, p.month = ref.month, p.day = ref.day;
      period = PeriodOf(p);
    } else {
      bool first = m.matched(2);
      if (m.matched(8)) {
        if (!r.ContextYear(m.begin(0), &p.year)) return;
        p.implied.push_back("year");
      } else if (!ResolvePoint(r, 2, first ? 3 : 5, first ? 4 : 6, &p)) {
        return;
      }
      if (!p.valid) return;
      // An as-of month in the last months before the reference date is the latest such month, whatever past year
      // the paragraph named before it (园区2023年3月挂牌。截至11月底，… in December 2026: November 2026).
      if (as_of && !first && p.month && r.has_ref()) {
        const Ymd ref = r.ref();
        const int latest = p.month <= ref.month ? ref.year : ref.year - 1;
        if (p.year < latest && (ref.year * 12 + ref.month) - (latest * 12 + p.month) <= 2 &&
            (!p.day || p.day <= DaysInMonth(latest, p.month))) {
          p.year = latest;
        }
      }
      period = PeriodOf(p);
      if ((m.matched(7) || m.matched(8)) && !p.day) {
        Ymd last = p.month ? Ymd{p.year, p.month, DaysInMonth(p.year, p.month)} : Ymd{p.year, 12, 31};
        p.month = last.month, p.day = last.day;
        period = PeriodOf(p);
      } else if (m.matched(7)) {
        end = m.begin(7);
      }
    }
    period.bounded_start = false;
    Emit(m.begin(0), end, period, p.implied, q, kDatePriority, out);
  };
}

// Rolling intervals around the reference date: 近三年, 过去一年, 前1周, 上2个月 (the N units before it, up to the day
// before it), 后1年, 未来两天, 下1天 (from the day after it, N units on); without a prefix only with 来: 五年来,
// 半年来, 三个月来. Years and months are named by the calendar units the window touches (过去五年 in 2024 →
// 2019/2024, 半年来 in March 2024 → 2023-09/2024-03); period_start and period_end give the window to the day.
// Groups: 1 prefix, 2 N, 3 个, 4 unit, 5 来/以来.
// The words joining a span's two ends (未来3至5年): date.recent's pattern and production read them.
const std::vector<std::string> kSpanJoins = {"至", "到", "—", "-"};

Production RecentProduction() {
  return [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (!doc.has_reference_date) return;
    std::string_view prefix = m.group(1);
    char32_t before = CharBefore(m.text, m.begin(0));
    if (In(before, patterns::kDurationBefore)) return;  // 历时近3年: a duration
    std::string_view unit = m.group(4);
    if (prefix.empty()) {  // 五年来: not 2010年来, 十多年来, 每三年来
      if (!m.matched(5) || IsAsciiDigit(before) || IsCnNumeral(before) || In(before, U"每第近多")) return;
      if (unit != "年" && !(unit == "月" && m.matched(3))) return;  // 3月来华: March
    }
    bool single = prefix == "前" || prefix == "上" || prefix == "后" || prefix == "下";
    // 项目前3年, 其后两年: a one-character prefix after a word belongs to that word. 前3个月 is the first three
    // months of the year as often as the last three: only 前N周/前N天 are read as rolling.
    if (single && before >= 0x3400 && !In(before, U"，。；、：（")) return;
    if (single && m.group(2) == "半") return;  // 上半年来看: the first half, not "the last half-year"
    if (prefix == "前" && unit != "周" && unit != "星期" && unit != "天" && unit != "日") return;
    // A span (未来3至5年) reaches as far as its larger end.
    int n = m.group(2) == "半" ? 0 : ParseSmallNumber(m.group(2));
    for (std::string_view join : kSpanJoins) {
      const std::size_t at = m.group(2).find(join);
      if (at == std::string_view::npos || at == 0) continue;
      const int low = ParseSmallNumber(m.group(2).substr(0, at));
      const int high = ParseSmallNumber(m.group(2).substr(at + join.size()));
      n = low >= 1 && high > low ? high : -1;
      break;
    }
    if (n == 0 && m.group(2) == "半" && unit == "年") unit = "月", n = 6;  // 半年来: six months
    if (n < 1 || n > 50) return;
    bool future = prefix == "后" || prefix == "下" || prefix == "未来" || prefix == "今后" || prefix == "之后";
    Ymd ref{doc.ref_year, doc.ref_month, doc.ref_day};
    int sign = future ? 1 : -1;
    Ymd far = ref;
    if (unit == "年") {
      far.year += sign * n;
    } else if (unit == "月") {
      AddMonths(&far.year, &far.month, sign * n);
    } else if (unit == "周" || unit == "星期") {
      far = AddDays(ref, sign * 7 * n);
    } else {
      far = AddDays(ref, sign * n);
    }
    far.day = std::min(far.day, DaysInMonth(far.year, far.month));
    Period period = future ? Interval(AddDays(ref, 1), far) : Interval(far, AddDays(ref, -1));
    if (unit == "年" || unit == "月") {
      Ymd a = future ? ref : far, b = future ? far : ref;
      period.value = unit == "年" ? IsoYear(a.year) + "/" + IsoYear(b.year)
                                  : IsoMonth(a.year, a.month) + "/" + IsoMonth(b.year, b.month);
    }
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// The Monday of ISO week 1 of `year` (the week with 4 January).
Ymd IsoWeekOneMonday(int year) {
  Ymd jan4{year, 1, 4};
  return AddDays(jan4, -Weekday(jan4));
}

// Parts of a year: 2021年的第三个月, 明年第九个月, 2021年的第一周 (ISO weeks), 2021年的前2周, 去年的前10天,
// 今年的最后3周, 2021年的最后4个月. Groups: 1 year, 2 第/前/最后, 3 N, 4 unit.
Production YearPartProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, -1, -1, &p)) return;
    int y = p.year, n = ParseSmallNumber(m.group(3));
    std::string_view which = m.group(2), unit = m.group(4);
    bool month = unit == "月", week = unit == "周" || unit == "週";
    int count = month ? 12 : week ? (Weekday({y, 1, 1}) == 3 || (IsLeapYear(y) && Weekday({y, 1, 1}) == 2) ? 53 : 52)
                                  : (IsLeapYear(y) ? 366 : 365);
    if (n < 1 || n > count) return;
    int first = which == "第" ? n : which == "前" ? 1 : count - n + 1;
    int last = which == "第" ? n : which == "前" ? n : count;
    Period period;
    if (month) {
      period = first == last ? MonthPeriod(y, first) : RangeOf(MonthPeriod(y, first), MonthPeriod(y, last));
    } else if (week) {
      Ymd monday = IsoWeekOneMonday(y);
      period = Interval(AddDays(monday, 7 * (first - 1)), AddDays(monday, 7 * (last - 1) + 6));
    } else {
      Ymd jan1{y, 1, 1};
      period = first == last ? DayPeriodOf(AddDays(jan1, first - 1))
                             : Interval(AddDays(jan1, first - 1), AddDays(jan1, last - 1));
    }
    Emit(m.begin(0), m.end(0), period, p.implied, Qualifier::kExact, kDatePriority, out);
  };
}

// The N-th week of a month: 十月的第一周 — the N-th Monday-to-Sunday week that starts in that month.
// Groups: 1 year, 2 month, 3 N.
Production MonthWeekProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, 2, -1, &p) || !p.valid) return;
    int n = ParseSmallNumber(m.group(3));
    if (n < 1 || n > 5) return;
    Ymd first{p.year, p.month, 1};
    Ymd monday = AddDays(first, (7 - Weekday(first)) % 7 + 7 * (n - 1));
    if (monday.month != p.month) return;
    Emit(m.begin(0), m.end(0), Interval(monday, AddDays(monday, 6)), p.implied, Qualifier::kExact, kDatePriority,
         out);
  };
}

// N units before or after the reference date: 5天前, 10天后 (days), 三年前 (a year), 3个月后 (a month).
Production AgoProduction() {
  return [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (!doc.has_reference_date) return;
    char32_t before = CharBefore(m.text, m.begin(0)), next = CharAt(m.text, m.end(0));
    if (IsAsciiDigit(before) || IsCnNumeral(before) || before == '.' || In(before, U"近约超逾第每")) return;
    if (In(next, U"期夕景列沿提身线端述续劲台勤备方面")) return;  // 三年前期, 10天后续: other words
    int n = ParseSmallNumber(m.group(1));
    if (n < 1 || n > 99) return;
    int sign = m.group(4) == "前" ? -1 : 1;
    std::string_view unit = m.group(3);
    if (unit == "月" && !m.matched(2)) return;  // 3月前 is "before March"
    Ymd d{doc.ref_year, doc.ref_month, doc.ref_day};
    if (unit == "年") {
      d.year += sign * n;
    } else if (unit == "月") {
      AddMonths(&d.year, &d.month, sign * n);
    } else {
      d = AddDays(d, sign * n * (unit == "天" || unit == "日" ? 1 : 7));
    }
    d.day = std::min(d.day, DaysInMonth(d.year, d.month));
    // 6年前 names a year, 3个月前 a month: a day would claim a precision the text does not have.
    Period period = unit == "年" ? YearPeriod(d.year) : unit == "月" ? MonthPeriod(d.year, d.month) : DayPeriodOf(d);
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// A weekday of a week relative to the reference date: 周一, 星期三, 礼拜天, 上周五, 下下周日, 这个星期一; 周末 is
// Saturday–Sunday. An unprefixed weekday is the one of the reference week; 最后一个周三 the last of the reference month.
// 周末 alone names weekends in general (每逢周末, “周末游”, 周末经济), not one: only 本周末, 上周末 … date one.
Production WeekdayProduction() {
  return [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (!doc.has_reference_date) return;
    char32_t before = CharBefore(m.text, m.begin(0));
    if (IsAsciiDigit(before) || IsCnNumeral(before) || In(before, U"每第隔")) return;  // 一周一次, 每周一
    // 2025年11月18日 星期二, 3月5日（周三）: the weekday of the date before it, which is the record.
    if (!m.matched(1)) {
      std::size_t b = m.begin(0);
      while (b > 0 && (m.text[b - 1] == ' ' || m.text[b - 1] == '(' || CharBefore(m.text, b) == U'（')) {
        b -= m.text[b - 1] == ' ' || m.text[b - 1] == '(' ? 1 : 3;
      }
      char32_t day_word = CharBefore(m.text, b);
      if ((day_word == U'日' || day_word == U'号') && b >= 3) {
        char32_t digit = CharBefore(m.text, b - 3);
        if (IsAsciiDigit(digit) || IsCnNumeral(digit)) return;
      }
    }
    std::string_view prefix = m.group(1);
    int weeks = 0;
    if (prefix.substr(0, 6) == "上上") {
      weeks = -2;
    } else if (prefix.substr(0, 6) == "下下") {
      weeks = 2;
    } else if (prefix.substr(0, 3) == "上") {
      weeks = -1;
    } else if (prefix.substr(0, 3) == "下") {
      weeks = 1;
    }
    static constexpr std::u32string_view kDays = U"一二三四五六日天末";
    std::size_t idx = kDays.find(CharAt(m.group(2), 0));
    if (idx == std::u32string_view::npos || (idx == 8 && !m.matched(1))) return;
    Ymd ref{doc.ref_year, doc.ref_month, doc.ref_day};
    Ymd monday = AddDays(ref, -Weekday(ref) + 7 * weeks);
    Period period;
    if (prefix.substr(0, 6) == "最后") {  // 最后一个周三: the last one of the reference month
      if (idx >= 8) return;
      int wd = idx >= 6 ? 6 : static_cast<int>(idx);
      Ymd last{ref.year, ref.month, DaysInMonth(ref.year, ref.month)};
      period = DayPeriodOf(AddDays(last, -((Weekday(last) - wd + 7) % 7)));
    } else if (idx == 8) {
      period = Interval(AddDays(monday, 5), AddDays(monday, 6));
    } else {
      period = DayPeriodOf(AddDays(monday, idx >= 6 ? 6 : static_cast<int>(idx)));
    }
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// Decades: 90年代, 九十年代 (19xx), 上世纪90年代, 本世纪20年代, 20世纪80年代, 十九世纪七十年代.
Production DecadeProduction() {
  return [](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    std::string_view decade_text = m.group(2);
    int decade = ParseSmallNumber(decade_text);
    if (decade < 10 || decade % 10) return;
    int century_base = decade >= 20 ? 1900 : 2000;  // 90年代 → the 1990s; 10年代 → the 2010s
    if (m.matched(1)) {
      std::string_view c = m.group(1);
      if (c == "上世纪" || c == "本世纪") {
        if (!doc.has_reference_date) return;
        int current = (doc.ref_year / 100) * 100;
        century_base = c == "本世纪" ? current : current - 100;
      } else {
        int n = ParseSmallNumber(c.substr(0, c.size() - std::string_view("世纪").size()));
        if (n < 1 || n > 30) return;
        century_base = (n - 1) * 100;
      }
    }
    int first = century_base + decade;
    Period period = RangeOf(YearPeriod(first), YearPeriod(first + 9));
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// 2018/1/10—2018/7/10 (year first) or 10/1/2018—10/7/2018 (day first): two numeric dates joined by a dash.
Production NumericRangeProduction(bool day_first) {
  return [day_first](const RuleMatch& m, const DocContext&, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0))) || IsAsciiDigit(CharAt(m.text, m.end(0)))) return;
    auto date = [&](int g) {
      return day_first ? Ymd{ParseYearDigits(m.group(g + 2)), ParseSmallNumber(m.group(g + 1)),
                             ParseSmallNumber(m.group(g))}
                       : Ymd{ParseYearDigits(m.group(g)), ParseSmallNumber(m.group(g + 1)),
                             ParseSmallNumber(m.group(g + 2))};
    };
    Ymd a = date(1), b = date(4);
    if (!IsValidDate(a.year, a.month, a.day) || !IsValidDate(b.year, b.month, b.day)) return;
    if (DaysFromCivil(b) <= DaysFromCivil(a)) return;
    Emit(m.begin(0), m.end(0), RangeOf(DayPeriodOf(a), DayPeriodOf(b)), {}, Qualifier::kExact, kDatePriority + 1,
         out);
  };
}

// 昨天, 今天, 上月, 本月10日, 去年本月十日, 上周, 本周 (a week is Monday–Sunday). Groups: 1 relative year (with a
// month word only), 2 word, 3 day.
Production RelativeProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (!doc.has_reference_date) return;
    // 比上月, 高于上月: a comparison basis (定于本月28号, 将于明日 are dates); 《明日之后》 a title.
    char32_t before_word = CharBefore(m.text, m.begin(2));
    if (In(before_word, U"比较同环《")) return;
    if (before_word == U'于' &&
        In(CharBefore(m.text, m.begin(2) - std::string_view("于").size()), U"高低多少大小快慢优好强弱超等同")) {
      return;
    }
    if (m.text.substr(m.end(2), 6) == "头条") return;                   // 今日头条: a name
    if (m.text.substr(m.end(2), 3) == "之") return;                      // 明日之星, 明日之后: names
    auto it = t->relative.find(m.group(2));
    if (it == t->relative.end()) return;
    const Relative& rel = it->second;
    Ymd ref{doc.ref_year, doc.ref_month, doc.ref_day};
    Period period;
    std::size_t begin = m.begin(0), end = m.end(0);
    int year_shift = 0;  // 去年本月十日: a relative year before a relative month
    if (m.matched(1)) {
      auto y = t->relative.find(m.group(1));
      if (rel.unit == "month" && y != t->relative.end()) {
        year_shift = y->second.offset;
      } else {
        begin = m.begin(2);
      }
    }
    if (rel.unit == "day") {
      Point p;
      Ymd d = AddDays(ref, rel.offset);
      p.year = d.year, p.month = d.month, p.day = d.day;
      period = PeriodOf(p);
    } else if (rel.unit == "week") {
      Ymd monday = AddDays(ref, -Weekday(ref) + 7 * rel.offset);
      period = Interval(monday, AddDays(monday, 6));
    } else if (rel.unit == "quarter") {  // 本季度, 上季度
      int index = ref.year * 4 + (ref.month - 1) / 3 + rel.offset;
      int y = index / 4, q = index % 4 + 1;
      period.value = IsoQuarter(y, q);
      period.granularity = "quarter";
      period.start = {y, 3 * q - 2, 1};
      period.end = {y, 3 * q, DaysInMonth(y, 3 * q)};
    } else if (rel.unit == "month") {
      Point p;
      p.year = ref.year, p.month = ref.month;
      AddMonths(&p.year, &p.month, rel.offset);
      p.year += year_shift;
      if (m.matched(3)) {
        p.day = ParseSmallNumber(m.group(3));
        if (!IsValidDate(p.year, p.month, p.day)) {
          EmitInvalid(begin, m.end(0), p, out);
          return;
        }
      }
      period = PeriodOf(p);
    } else {
      return;
    }
    if (rel.unit != "month" && m.matched(3)) end = m.end(2);  // 今天10日: the day is not this word's
    Emit(begin, end, period, {}, Qualifier::kExact, kDatePriority, out);
  };
}

// The lunar year: stated (2024年, 农历2015年), by sexagenary name (甲辰), by zodiac (龙年), else from context.
bool LunarYear(const Resolver& r, int gy, int gg, int gz, int* year, std::vector<std::string>* implied) {
  const RuleMatch& m = r.m;
  if (m.matched(gy)) return r.YearOf(m.group(gy), year);
  int near = 0;
  bool has_context = r.ContextYear(m.begin(0), &near);
  static constexpr std::u32string_view kStems = U"甲乙丙丁戊己庚辛壬癸";
  static constexpr std::u32string_view kBranches = U"子丑寅卯辰巳午未申酉戌亥";
  static constexpr std::u32string_view kAnimals = U"鼠牛虎兔龙蛇马羊猴鸡狗猪";
  if (m.matched(gg) || m.matched(gz)) {
    if (!has_context) return false;  // a cycle name needs an anchor to pick its 60-year cycle
    if (m.matched(gg)) {
      std::string_view g = m.group(gg);
      char32_t s = CharAt(g, 0), b = CharAt(g, 3);
      *year = SexagenaryYear(static_cast<int>(kStems.find(s)), static_cast<int>(kBranches.find(b)), near);
      if (*year < 0) return false;
      if (m.matched(gz)) {
        int z = static_cast<int>(kAnimals.find(CharAt(m.group(gz), 0)));
        if (z != static_cast<int>(kBranches.find(b))) return false;  // 甲辰 is a dragon year, not a tiger one
      }
      return true;
    }
    *year = ZodiacYear(static_cast<int>(kAnimals.find(CharAt(m.group(gz), 0))), near);
    return *year > 0;
  }
  if (!has_context) return false;
  *year = near;
  implied->push_back("year");
  return true;
}

// The day of a holiday in `year`; nullopt if the lunar conversion fails.
std::optional<Ymd> HolidayDay(const Holiday& h, int year) {
  if (!h.lunar) return Ymd{year, h.month, h.day};
  if (h.day == 0) {
    std::optional<Ymd> first = LunarToGregorian(year, h.month, false, 1);
    if (!first) return std::nullopt;
    return AddDays(*first, -1);
  }
  return LunarToGregorian(year, h.month, false, h.day);
}

// (农历)? YEAR? 甲辰? 龙年? HOLIDAY SUFFIX?: 春节, 2024年春节期间, 农历甲辰龙年春节, 国庆假期, 五一期间.
// Groups: 1 农历, 2 year, 3 ganzhi, 4 zodiac, 5 holiday, 6 suffix.
Production HolidayProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    auto it = t->holidays.find(m.group(5));
    if (it == t->holidays.end()) return;
    // 正月初一是春节, 十月的第一周是国庆节: the holiday names the date just stated, not a date of its own.
    if (CharBefore(m.text, m.begin(0)) == U'是' &&
        In(CharBefore(m.text, m.begin(0) - std::string_view("是").size()), U"日号周一二三四五六七八九十廿")) {
      return;
    }
    const Holiday& h = it->second;
    std::string_view suffix = m.group(6);
    std::size_t end = m.end(0);
    if (h.needs_suffix && suffix.empty()) return;
    // A quoted name (“五一”假期) is a holiday with its suffix only; quoted alone it is a word of the text.
    const bool quoted = m.end(5) < m.text.size() && CharAt(m.text, m.end(5)) == U'”';
    if (quoted && suffix.empty()) return;
    Resolver r{*t, m, doc};
    int year = 0;
    std::vector<std::string> implied;
    if (!LunarYear(r, 2, 3, 4, &year, &implied)) return;
    std::optional<Ymd> day = HolidayDay(h, year);
    if (!day) return;
    Period period = DayPeriodOf(*day);
    Qualifier q = Qualifier::kExact;
    bool official = suffix == "假期" || suffix == "长假" || suffix == "小长假" || suffix == "黄金周";
    if (official && h.lunar) {
      // 春节假期: the State Council's holiday around a lunar festival changes from year to year (2024: eight days
      // from 正月初一; 2025: from 除夕); the festival's day is what the text fixes, and 假期 is not part of it.
      end = m.begin(6);
    } else if (suffix == "期间" || official) {
      if (h.period_days > 1) {
        period = Interval(*day, AddDays(*day, h.period_days - 1));
      } else if (h.period_days == 0) {
        q = Qualifier::kApprox;  // the holiday's length changes yearly: the day itself, approximately
      }
    } else if (suffix == "前后") {
      q = Qualifier::kApprox;
    }
    // Two holidays named as one (国庆中秋假期, 中秋、国庆假期: the years they fall together) are the span of both: the
    // other's day, or its period with the suffix, and this one's.
    std::size_t begin = m.begin(0);
    if (!m.matched(1) && !m.matched(2) && (suffix == "期间" || official)) {
      std::size_t at = begin;
      for (std::string_view join : {"、", "和", "与"}) {
        if (at >= join.size() && m.text.compare(at - join.size(), join.size(), join) == 0) at -= join.size();
      }
      for (const auto& [word, other] : t->holidays) {
        if (&other == &h || at < word.size() || m.text.compare(at - word.size(), word.size(), word) != 0) continue;
        std::optional<Ymd> first = HolidayDay(other, year);
        if (!first) break;
        const Ymd last = other.period_days > 1 ? AddDays(*first, other.period_days - 1) : *first;
        const Ymd from = DaysFromCivil(*first) < DaysFromCivil(period.start) ? *first : period.start;
        const Ymd to = DaysFromCivil(last) > DaysFromCivil(period.end) ? last : period.end;
        period = Interval(from, to);
        begin = at - word.size();
        end = m.end(0);
        q = Qualifier::kExact;
        break;
      }
    }
    Emit(begin, end, period, implied, q, kDatePriority + 1, out);
  };
}

// A lunar date at `first` (lunar month `month` of lunar year `year`), or the range from it when groups `range` (the
// join), `range` + 1 (month) and `range` + 2 (day) name a later day: 正月初二至初五, 腊月二十八到正月初六 (the next
// lunar year). A range that does not end later is read as its first day alone.
void EmitLunar(const RuleMatch& m, int year, int month, const Ymd& first, int range,
               const std::vector<std::string>& implied, std::vector<Candidate>* out) {
  if (m.matched(range + 2)) {
    const int to_month = m.matched(range + 1) ? ParseLunarMonth(m.group(range + 1)) : month;
    const int to_day = ParseLunarDay(m.group(range + 2));
    std::optional<Ymd> last;
    if (to_month > 0 && to_day > 0) last = LunarToGregorian(to_month < month ? year + 1 : year, to_month, false, to_day);
    if (last && DaysFromCivil(*last) > DaysFromCivil(first)) {
      Emit(m.begin(0), m.end(0), Interval(first, *last), implied, Qualifier::kExact, kDatePriority + 1, out);
      return;
    }
  }
  Emit(m.begin(0), m.matched(range) ? m.begin(range) : m.end(0), DayPeriodOf(first), implied, Qualifier::kExact,
       kDatePriority + 1, out);
}

// 农历 YEAR? 甲辰? 龙年? 闰? M月 D: 农历正月初一, 农历2015年十月初一, 农历闰二月初十.
// Groups: 1 year before 农历 (2015年农历正月初一), 2 year, 3 ganzhi, 4 zodiac, 5 闰, 6 month, 7 day.
Production LunarProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    Resolver r{*t, m, doc};
    int year = 0;
    std::vector<std::string> implied;
    if (!LunarYear(r, m.matched(1) ? 1 : 2, 3, 4, &year, &implied)) return;
    int month = ParseLunarMonth(m.group(6)), day = ParseLunarDay(m.group(7));
    if (month < 0 || day < 0) return;
    std::optional<Ymd> g = LunarToGregorian(year, month, m.matched(5), day);
    if (!g) {
      Point p;
      p.year = year, p.month = month, p.day = day, p.implied = implied;
      EmitInvalid(m.begin(0), m.end(0), p, out);
      return;
    }
    EmitLunar(m, year, month, *g, 8, implied, out);
  };
}

// The Gregorian day of a lunar date without 农历 (groups of date.lunar_named: 2 month, 3 大年, 4 day) in `year`;
// nullopt when the text is not one or the day does not exist.
std::optional<Ymd> NamedLunarDay(const RuleMatch& m, int year, int day) {
  if (m.matched(3)) {
    if (m.group(4) == "三十") {  // 大年三十: the last day of the old year, whatever its length
      std::optional<Ymd> g = LunarToGregorian(year, 1, false, 1);
      if (g) g = AddDays(*g, -1);
      return g;
    }
    if (m.group(4).substr(0, 3) == "初") return LunarToGregorian(year, 1, false, day);
    return std::nullopt;
  }
  int month = ParseLunarMonth(m.group(2));
  if (month < 0 || day < 0) return std::nullopt;
  // A numbered month is lunar only with a 初 day (三月初一); 三月十五 is a Gregorian date.
  bool named = m.group(2) == "正" || m.group(2) == "腊" || m.group(2) == "冬";
  if (!named && m.group(4).substr(0, 3) != "初") return std::nullopt;
  return LunarToGregorian(year, month, false, day);
}

// Lunar dates without 农历, by their month names or a 初 day: 正月初一, 腊月二十三, 三月初一, 大年初一, 大年三十
// (the eve of 春节).
// Groups: 1 year, 2 正/腊/冬, 3 大年, 4 day.
Production NamedLunarProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    Resolver r{*t, m, doc};
    int year = 0;
    bool from_ref = false;
    std::vector<std::string> implied;
    if (m.matched(1)) {
      if (!r.YearOf(m.group(1), &year)) return;
    } else {
      if (!r.ContextYear(m.begin(0), &year, &from_ref)) return;
      implied.push_back("year");
    }
    int day = ParseLunarDay(m.group(4));
    std::optional<Ymd> g = NamedLunarDay(m, year, day);
    // 正月三十 in a year whose first month has 29 days: with the year taken from the reference date, the nearest
    // year that has the day (as for 2月29日).
    for (int k = 1; !g && from_ref && k <= 3; ++k) {
      g = NamedLunarDay(m, year - k, day);
      if (!g) g = NamedLunarDay(m, year + k, day);
    }
    if (!g) return;
    const int month = m.matched(3) ? 1 : ParseLunarMonth(m.group(2));
    EmitLunar(m, year, month, *g, 5, implied, out);
  };
}

// “十四五”期间 / 十四五时期 (2021/2025), 十四五开局之年 (2021), 十四五收官之年 / 十四五末 (2025), “十四五”以来
// (2021-01-01 to the reference date). The plan's title (“十四五”规划) has none of these suffixes: no date.
Production PlanProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    auto it = t->plans.find(m.group(1));
    if (it == t->plans.end()) return;
    const Plan& plan = it->second;
    std::string_view s = m.group(2);
    Period period;
    if (s == "期间" || s == "时期" || s == "期内") {
      period = RangeOf(YearPeriod(plan.first), YearPeriod(plan.last));
    } else if (s == "开局之年" || s == "开局年" || s == "首年" || s == "起步之年") {
      period = YearPeriod(plan.first);
    } else if (s == "收官之年" || s == "收官年" || s == "末" || s == "末期") {
      period = YearPeriod(plan.last);
    } else if (s == "以来") {
      Resolver r{*t, m, doc};
      if (!SinceToReference(r, YearPeriod(plan.first), &period)) return;
    } else {
      return;
    }
    Emit(m.begin(0), m.end(0), period, {}, Qualifier::kExact, kDatePriority + 1, out);
  };
}

// A dateline: 本报北京3月4日电, 中新网兰州3月26日电, 人民网北京3月4日讯 — the date, without 电/讯.
Production DatelineProduction(std::shared_ptr<const Tables> t) {
  return [t](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    if (IsAsciiDigit(CharBefore(m.text, m.begin(0)))) return;
    Resolver r{*t, m, doc};
    Point p;
    if (!ResolvePoint(r, 1, 2, 3, &p)) return;
    // A dateline is the day of publication: without a year of its own it takes the latest year that does not put it
    // more than a week after the reference date (12月30日电 read on 2026-01-02 is 2025's; 12月3日电 with a reference
    // date of 12月1日 is that year's), never a year the title or the text is about (华芯科技发布2024年年报 /
    // 本报深圳3月28日电, published in 2025).
    if (!m.matched(1) && doc.has_reference_date && p.valid) {
      const std::int64_t latest = DaysFromCivil(Ymd{doc.ref_year, doc.ref_month, doc.ref_day}) + 7;
      for (int year : {doc.ref_year + 1, doc.ref_year, doc.ref_year - 1}) {
        if (IsValidDate(year, p.month, p.day) && DaysFromCivil(Ymd{year, p.month, p.day}) <= latest) {
          p.year = year;
          break;
        }
      }
    }
    if (!p.valid) return;
    std::size_t end = m.end(0) - std::string_view("电").size();  // or 讯: both three bytes
    while (end > m.begin(0) && m.text[end - 1] == ' ') --end;
    Emit(m.begin(0), end, PeriodOf(p), p.implied, Qualifier::kExact, kDatelinePriority, out);
  };
}

// Inside a title in 《》 (《…行动计划(2023—2025年)》, 《明日之后》): part of a name, not a date of the text. Looks back
// at most kTitleWindow bytes for an unclosed 《.
constexpr std::size_t kTitleWindow = 240;

bool InsideTitle(std::string_view text, std::size_t pos) {
  std::size_t floor = pos > kTitleWindow ? pos - kTitleWindow : 0;
  std::string_view back = text.substr(floor, pos - floor);
  std::size_t open = back.rfind("《");
  if (open == std::string_view::npos) return false;
  std::size_t close = back.rfind("》");
  return close == std::string_view::npos || close < open;
}

// Wraps a production so that its candidates inside a title are dropped.
Production OutsideTitles(Production inner) {
  return [inner = std::move(inner)](const RuleMatch& m, const DocContext& doc, std::vector<Candidate>* out) {
    std::size_t first = out->size();
    inner(m, doc, out);
    if (out->size() == first || !InsideTitle(m.text, (*out)[first].begin)) return;
    out->resize(first);
  };
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Datelines (used by the engine as the reference date when the caller gave none).
//
// Looked for in the first kDatelineWindow bytes: a publication line (发布时间:2024-11-22 10:56:48, 日期：2024年3月5日),
// a line that is a full date (2025-03-27 08:22 来源:…, a page header 2024年3月5日 星期二, a lead 2024年10月21日
// 本报讯 — normalization drops the space before 本报; not a paragraph that opens with the date of an event:
// 2023年5月12日，博览会开幕), or a news-agency dateline with its year (新华社北京2024年3月4日电, 人民网北京2024年
// 10月21日讯). A dateline without a year (本报北京3月4日电) is not enough on its own:
// it takes its year from a full date elsewhere in the window that has the same month and day, and otherwise gives
// no reference date (we never guess a publication year from the years an article mentions).

namespace {

constexpr std::size_t kDatelineWindow = 600;

}  // namespace

std::optional<CivilDate> FindDateline(const DocContext& doc) {
  static const RE2* const kPublication = new RE2(
      R"((?:发布时间|发布日期|发表时间|时间|日期|更新时间)\s*[:：]?\s*([12][0-9]{3})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2}))",
      Quiet());
  static const RE2* const kLineStart =
      new RE2(R"((?m)^[ \t]*([12][0-9]{3})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})日?)"
              R"((?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t]*(?:$|[ \t]|星期|周|来源|\||农历|本报))",
              Quiet());
  // A source line naming the outlet, the date later on it: 来源：人民日报 | 2024年10月21日.
  static const RE2* const kSourceLine = new RE2(
      R"((?m)^[^\n]{0,30}?(?:来源|稿源)\s*[:：][^\n]{0,40}?([12][0-9]{3})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2}))",
      Quiet());
  static const RE2* const kAgency = new RE2(
      R"((?:([12][0-9]{3})\s*年)?([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*)"
      R"(([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*[电讯])",
      Quiet());
  std::string_view window = doc.text.substr(0, std::min(doc.text.size(), kDatelineWindow));
  while (!window.empty() && (static_cast<unsigned char>(window.back()) & 0xC0) == 0x80) window.remove_suffix(1);
  re2::StringPiece w(window.data(), window.size());
  auto make = [](re2::StringPiece y, re2::StringPiece m, re2::StringPiece d) -> std::optional<CivilDate> {
    int yy = ParseYearDigits(std::string_view(y.data(), y.size()));
    int mm = ParseSmallNumber(std::string_view(m.data(), m.size()));
    int dd = ParseSmallNumber(std::string_view(d.data(), d.size()));
    if (!IsValidDate(yy, mm, dd) || yy < 1900 || yy > 2999) return std::nullopt;
    return CivilDate{yy, mm, dd};
  };
  re2::StringPiece y, mo, d;
  if (RE2::PartialMatch(w, *kPublication, &y, &mo, &d)) {
    if (auto c = make(y, mo, d)) return c;
  }
  if (RE2::PartialMatch(w, *kLineStart, &y, &mo, &d)) {
    if (auto c = make(y, mo, d)) return c;
  }
  if (RE2::PartialMatch(w, *kSourceLine, &y, &mo, &d)) {
    if (auto c = make(y, mo, d)) return c;
  }
  if (RE2::PartialMatch(w, *kAgency, &y, &mo, &d)) {
    if (y.data()) return make(y, mo, d);
    // A year-less dateline: only a full date with the same month and day in the window can give its year.
    int mm = ParseSmallNumber(std::string_view(mo.data(), mo.size()));
    int dd = ParseSmallNumber(std::string_view(d.data(), d.size()));
    static const RE2* const kFull =
        new RE2(R"(([12][0-9]{3})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2}))", Quiet());
    re2::StringPiece rest = w, fy, fm, fd;
    while (RE2::FindAndConsume(&rest, *kFull, &fy, &fm, &fd)) {
      std::optional<CivilDate> c = make(fy, fm, fd);
      if (c && c->month == mm && c->day == dd) return c;
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// The rules.

// The parts of date.recent's pattern: (prefix)? ?(number) ?(counter)? ?(unit) ?(tail)?, the number being one or two
// digits, one to three Chinese digits, or `half`.
struct RecentParts {
  std::vector<std::string> prefixes, counters, units, tails;
  std::u32string chinese_digits;
  std::string half;
};

// date.recent's groups (1 prefix, 2 number, 3 counter, 4 unit, 5 tail) without RE2. Each part starts with characters
// no neighbouring part can take (a prefix word, a space, a digit or Chinese digit or 半, a counter, a unit, a tail),
// and where two words of a part both fit (过去的, 过去) only the longer leaves something the next part can take, so
// the match reads one way: left to right, each part the longest word or run found where it stands. (Which of the
// two optional spaces around the counter takes a space changes no group.)
std::function<bool(re2::StringPiece*, int)> RecentQuickGroups(RecentParts parts) {
  return [parts = std::move(parts)](re2::StringPiece* g, int ngroups) {
    if (ngroups != 6) return false;
    const std::string_view m(g[0].data(), g[0].size());
    std::size_t p = 0;
    re2::StringPiece found[6];
    auto word = [&](const std::vector<std::string>& words, int group) {
      std::size_t best = 0;
      for (const std::string& w : words) {
        if (w.size() > best && m.compare(p, w.size(), w) == 0) best = w.size();
      }
      if (best) found[group] = re2::StringPiece(m.data() + p, best);
      p += best;
      return best > 0;
    };
    auto space = [&] {
      if (p < m.size() && m[p] == ' ') ++p;
    };
    word(parts.prefixes, 1);
    space();
    std::size_t begin = p;
    while (p < m.size() && p - begin < 3 && m[p] >= '0' && m[p] <= '9') ++p;
    if (p - begin > 2) return false;
    if (p == begin) {
      std::size_t n = 0;
      for (char32_t cp = 0; n < 4 && p < m.size();) {
        std::size_t len = DecodeUtf8(m, p, &cp);
        if (!len || parts.chinese_digits.find(cp) == std::u32string::npos) break;
        p += len;
        ++n;
      }
      if (n > 3) return false;
      if (n == 0 && m.compare(p, parts.half.size(), parts.half) == 0) p += parts.half.size();
    }
    if (p == begin) return false;
    found[2] = re2::StringPiece(m.data() + begin, p - begin);
    space();
    word(parts.counters, 3);
    space();
    if (!word(parts.units, 4)) return false;
    space();
    word(parts.tails, 5);
    if (p != m.size()) return false;
    for (int k = 1; k < ngroups; ++k) g[k] = found[k];
    return true;
  };
}

// date.ymd's groups (see AddDateRules) for its commonest matches without RE2: a year — four digits and 年 or 年度,
// or a year word (今年, 去年, 当年 …) — alone or with a month in digits and 月 (2023年12月) and a day in digits and
// 日/号 (2023年12月5日), then possibly one suffix word (2023年底, 今年以来). Groups 2 (year), 3 (month), 4 (day) and
// 6 (suffix).
//
// The match is given (RE2 found it), so RE2's groups are one reading of it. Unless it starts with a word that opens
// a reading not counted here (`other_starts`: an era name, 自/从), every reading splits it as such a year, then
// the month, day and suffix parts; each is fully determined by where the year ends (a month number is the digits
// before 月, a day the digits before 日/号, a suffix the whole rest). The readings are counted over every year that
// is a prefix; when there is exactly one, it is RE2's. Anything else (a space, 月份, Chinese numerals, a bound
// such as 以前) goes to RE2.
std::function<bool(re2::StringPiece*, int)> YmdQuickGroups(std::vector<std::string> year_words,
                                                           std::vector<std::string> other_starts,
                                                           std::vector<std::string> suffixes) {
  return [year_words = std::move(year_words), other_starts = std::move(other_starts),
          suffixes = std::move(suffixes)](re2::StringPiece* g, int ngroups) {
    if (ngroups != 8) return false;
    const std::string_view m(g[0].data(), g[0].size());
    for (const std::string& w : other_starts) {
      if (m.compare(0, w.size(), w) == 0) return false;
    }
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    // The digits (one or two) before `unit` at m[*at]: their length, *at moved past the unit; 0 if none.
    auto number_before = [&m, &is_digit](std::size_t* at, std::initializer_list<std::string_view> units) {
      std::size_t k = *at;
      while (k < m.size() && k - *at < 3 && is_digit(m[k])) ++k;
      const std::size_t digits = k - *at;
      if (digits == 0 || digits > 2) return std::size_t{0};
      for (std::string_view u : units) {
        if (m.compare(k, u.size(), u) == 0) {
          *at = k + u.size();
          return digits;
        }
      }
      return std::size_t{0};
    };
    // The years that are prefixes of the match.
    std::size_t years[8], count = 0;
    static constexpr std::string_view kYear = "年", kFiscal = "年度";
    if (m.size() >= 4 && (m[0] == '1' || m[0] == '2') && is_digit(m[1]) && is_digit(m[2]) && is_digit(m[3])) {
      if (m.compare(4, kYear.size(), kYear) == 0) years[count++] = 4 + kYear.size();
      if (m.compare(4, kFiscal.size(), kFiscal) == 0) years[count++] = 4 + kFiscal.size();
    }
    for (const std::string& w : year_words) {
      if (count < 8 && !w.empty() && m.compare(0, w.size(), w) == 0) years[count++] = w.size();
    }
    std::size_t readings = 0;
    re2::StringPiece found[8];
    for (std::size_t y = 0; y < count; ++y) {
      std::size_t at = years[y], month_at = at, month = 0, day_at = 0, day = 0;
      month = number_before(&at, {"月"});
      if (month) {
        day_at = at;
        day = number_before(&at, {"日", "号"});
      }
      const std::string_view rest = m.substr(at);
      const bool suffix = !rest.empty() && std::find(suffixes.begin(), suffixes.end(), rest) != suffixes.end();
      if (!rest.empty() && !suffix) continue;
      if (++readings > 1) return false;
      for (re2::StringPiece& f : found) f = re2::StringPiece();
      found[2] = re2::StringPiece(m.data(), years[y]);
      if (month) found[3] = re2::StringPiece(m.data() + month_at, month);
      if (day) found[4] = re2::StringPiece(m.data() + day_at, day);
      if (suffix) found[6] = re2::StringPiece(rest.data(), rest.size());
    }
    if (readings != 1) return false;
    for (int k = 1; k < ngroups; ++k) g[k] = found[k];
    return true;
  };
}

Status AddDateRules(const Lexicons& lex, std::vector<Rule>* rules) {
  auto tables = std::make_shared<Tables>();
  Status s = LoadTables(lex, tables.get());
  if (!s.ok()) return s;

  using patterns::Alternation;
  const std::string rel_year = Alternation(RelativeWords(*tables, "year"));
  // Four digits; 两千零四 (only before a month); two digits (07年 alone, 15年 only before a month: NeedsMonth).
  const std::string year_digits =
      "(?:[12][0-9]{3}|[〇零○一二三四五六七八九]{4}|[二两]千(?:零?[一二]?十[一二三四五六七八九]?|零[一二三四五六七八九])?|"
      "[0-9]{2,3}|[〇零○一二三四五六七八九]{2,3})";
  std::vector<std::string> era_words;
  for (const auto& [w, y] : tables->eras) era_words.push_back(w);
  const std::vector<std::string> other_years = {"同年", "当年", "次年", "翌年", "第二年"};
  const std::string year = "(" + year_digits + " ?年度?|" + rel_year + "|" + JoinWords(other_years) + "|" +
                           Alternation(era_words) + "(?:元|[一二三四五六七八九十]{1,3}|[0-9]{1,2}) ?年)";  // one group
  const std::string month_num = "([0-9]{1,2}|十[一二]?|[一二三四五六七八九])";  // one group
  const std::string month = month_num + " ?月";
  const std::string day_num = "([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])";
  const std::string day = day_num + " ?[日号]";
  const std::string join = " ?(?:—|–|-|~|～|至|到) ?";
  const std::string from = "(?:从 ?)?";
  const std::string cn_day = "([一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])";
  const std::string weekday_tail = "(?:[，,] ?(?:星期|周|礼拜|禮拜|週)[一二三四五六日天])?";
  const std::string day_part = " ?(?:" + day + "|" + cn_day + ")" + weekday_tail;  // two groups
  const std::vector<std::string> suffix_words = {"上旬", "中旬", "下旬", "底以来", "末以来", "底", "末", "初", "中",
                                                 "以来", "至今"};
  const std::string suffix = "(" + JoinWords(suffix_words) + ")?";  // 中旬 before 中: leftmost-first
  const std::string bound = "(?: ?(或之前|及以前|或以前|及之前|以前|之前|或之后|及之后|及以后|或以后|以后|之后|起|开始|前))?";
  const std::string lead = "(?:(自从|自|从) ?)?";
  const std::string ganzhi = "([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])";
  const std::string zodiac = "([鼠牛虎兔龙蛇马羊猴鸡狗猪])";
  const std::string lunar_day =
      "(初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|"
      "[一二三四五六七八九]|[0-9]{1,2})";
  // A lunar date's range to a later day of the same month or of a named one (正月初二至初五, 腊月二十八到正月初六):
  // groups join, month, day after the groups of the date.
  const std::string lunar_range = "(?:(至|到|—|-|~)(?:(正|腊|冬|十[一二]?|[一二三四五六七八九]) ?月)?" + lunar_day +
                                  "日?)?";
  std::vector<std::string> holiday_words, plan_words;
  for (const auto& [w, h] : tables->holidays) holiday_words.push_back(w);
  for (const auto& [w, p] : tables->plans) plan_words.push_back(w);

  tables->context_year = std::make_unique<RE2>(
      "([12][0-9]{3}) ?年|([〇零○一二三四五六七八九]{4}) ?年|([12][0-9]{3})[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(" +
          rel_year + ")",
      Quiet());
  tables->context_month = std::make_unique<RE2>(month_num + " ?月", Quiet());
  if (!tables->context_year->ok() || !tables->context_month->ok()) {
    return Status(StatusCode::kInvalidRule, "date context patterns: " + tables->context_year->error());
  }
  std::shared_ptr<const Tables> t = tables;
  const std::size_t first_rule = rules->size();

  rules->push_back({"date.datetime", RecordType::kDate,
                    "([12][0-9]{3}) ?[-/.—年] ?([0-9]{1,2}) ?[-/.—月] ?([0-9]{1,2}) ?日?(?:T| |)?([0-9]{1,2}):([0-9]{2})"
                    "(?::([0-9]{2}))?",
                    DatetimeProduction(), kDatetimePriority});
  rules->push_back({"date.numeric", RecordType::kDate,
                    "([12][0-9]{3})([-/.— ])([0-9]{1,2})([-/.— ])([0-9]{1,2})" + bound,
                    NumericDateProduction(), kDatePriority});
  rules->push_back({"date.ymd", RecordType::kDate,
                    lead + year + "(?: ?" + month + "份?(?:" + day_part + ")?)?" + suffix + bound,
                    CalendarProduction(t, 1, 2, 3, 4, 5, 6, 7), kDatePriority});
  {
    std::vector<std::string> year_words = RelativeWords(*tables, "year");
    year_words.insert(year_words.end(), other_years.begin(), other_years.end());
    std::vector<std::string> other_starts = era_words;  // readings YmdQuickGroups does not count
    for (const char* w : {"自", "从"}) other_starts.emplace_back(w);
    rules->back().quick_groups = YmdQuickGroups(year_words, other_starts, suffix_words);
  }
  rules->push_back({"date.md", RecordType::kDate, lead + month + "份?(?:" + day_part + ")?" + suffix + bound,
                    CalendarProduction(t, 1, -1, 2, 3, 4, 5, 6), kDatePriority});
  rules->push_back({"date.day", RecordType::kDate, "([0-9]{1,2}) ?(日|号)", BareDayProduction(t), kDatePriority});
  rules->push_back({"date.period", RecordType::kDate,
                    "(?:" + year + ")?(上半年|下半年|前半年|后半年|前(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3}) ?个?月|"
                    "前[一二两三]季度|第?[一二三四1-4]季度|第[一二三四1-4]季|前[一二两三]季|[Qq][1-4]|年底|年末|年初|年中|年内|开年)"
                    "(以来|至今)?",
                    PeriodProduction(t), kDatePriority});
  rules->push_back({"date.period_end", RecordType::kDate,
                    "(?:(截至|截止到|截止) ?)?(?:" + year + ")?(第?[一二三四1-4]季度|上半年|下半年)(末|底)",
                    PeriodEndProduction(t), kDatePriority});
  rules->push_back({"date.season", RecordType::kDate, year + " ?的?([春夏秋冬])(?:天|季|季度)", SeasonProduction(t),
                    kDatePriority});
  rules->push_back({"date.quarter_range", RecordType::kDate,
                    "(?:" + year + ")?第?([一二三四1-4]) ?(?:季度)? ?(?:至|到|—|-|、) ?第?([一二三四1-4]) ?季度",
                    QuarterRangeProduction(t), kDatePriority});
  rules->push_back({"date.period_compact", RecordType::kDate, "([12][0-9]{3}) ?([QqHh])([1-4])",
                    CompactPeriodProduction(), kDatePriority});
  rules->push_back({"date.month_range", RecordType::kDate,
                    from + "(?:" + year + ")?" + month_num + " ?(?:月份?)?" + join + "(?:" + year + ")?" + month_num +
                        " ?月份?",
                    MonthRangeProduction(t), kDatePriority});
  rules->push_back({"date.year_range", RecordType::kDate,
                    from + "([12][0-9]{3}|[〇零○一二三四五六七八九]{4}) ?(?:年度?)?" + join +
                        "([12][0-9]{3}|[〇零○一二三四五六七八九]{4}) ?年度?|从 ?([12][0-9]{3})" + join +
                        "([12][0-9]{3})|在?([12][0-9]{3}) ?年 ?[与和] ?([12][0-9]{3}) ?年 ?之?间",
                    YearRangeProduction(),
                    kDatePriority});
  rules->push_back({"date.month_between", RecordType::kDate,
                    "在?(?:" + year + ")?" + month_num + " ?月 ?[和与] ?(?:" + year + ")?" + month_num + " ?月 ?之?间",
                    MonthRangeProduction(t), kDatePriority});
  rules->push_back({"date.day_range", RecordType::kDate,
                    from + "(?:" + year + ")?" + month + " ?" + day_num + " ?[日号]?" + join + "(?:" + year + ")?(?:" +
                        month + ")?" + day,
                    DayRangeProduction(t), kDatePriority});
  rules->push_back({"date.as_of", RecordType::kDate,
                    "(截至|截止到|截止|直到|到|至) ?(?:" + year + "(?:" + month + "份?(?:" + day + ")?)?|" + month +
                        "份?(?:" + day + ")?)(底|末)?|(?:截至|截止到|截止|到|至)(年底|年末)|(?:截至|截止到?)(今天|今日|"
                        "发稿时)",
                    AsOfProduction(t), kDatePriority});
  {
    // The parts of date.recent, for its pattern and its quick groups (RecentQuickGroups).
    RecentParts parts;
    parts.prefixes = {"近", "过去的", "过去", "最近", "前", "上", "后", "下", "未来的", "未来", "今后", "之后"};
    parts.chinese_digits = U"一二两三四五六七八九十";
    parts.counters = {"个", "個"};
    parts.units = {"年", "月", "周", "星期", "天"};
    parts.tails = {"来", "以来"};
    parts.half = "半";
    std::string digits;
    for (char32_t c : parts.chinese_digits) AppendUtf8(c, &digits);
    rules->push_back({"date.recent", RecordType::kDate,
                      "(" + JoinWords(parts.prefixes) + ")? ?((?:[0-9]{1,2}|[" + digits + "]{1,3})(?:" +
                          JoinWords(kSpanJoins) + ")(?:[0-9]{1,2}|[" + digits + "]{1,3})|[0-9]{1,2}|[" + digits +
                          "]{1,3}|" + parts.half + ") ?(" + JoinWords(parts.counters) + ")? ?(" +
                          JoinWords(parts.units) + ") ?(" + JoinWords(parts.tails) + ")?",
                      RecentProduction(), kDatePriority});
    rules->back().quick_groups = RecentQuickGroups(std::move(parts));
  }
  rules->push_back({"date.relative", RecordType::kDate,
                    "(" + rel_year + ")?(" + Alternation(RelativeWords(*tables, "")) + ")(?:" + day + ")?",
                    RelativeProduction(t),
                    kDatePriority});
  rules->push_back({"date.holiday", RecordType::kDate,
                    "(农历 ?)?(?:" + year + ")?(?:" + ganzhi + "年?)?(?:" + zodiac + "年)?“?(" +
                        Alternation(holiday_words) + ")”?(" + JoinWords(kHolidaySuffixes) + ")?",
                    HolidayProduction(t), kDatePriority + 1});
  rules->push_back({"date.lunar", RecordType::kDate,
                    "(?:" + year + " ?)?农历 ?(?:" + year + ")?(?:" + ganzhi + "年?)?(?:" + zodiac +
                        "年)?(闰)?(正|冬|腊|十[一二]?|[一二三四五六七八九]|[0-9]{1,2}) ?月" + lunar_day + "日?" +
                        lunar_range,
                    LunarProduction(t), kDatePriority + 1});
  // Gated by a Chinese month + 月 (every match has one, or 大年): RE2's atoms let every 6月18日 through.
  std::vector<std::string> lunar_gate = {"大年"};
  for (const char* m : {"正", "腊", "冬", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}) {
    lunar_gate.push_back(std::string(m) + "月");
    lunar_gate.push_back(std::string(m) + " 月");
  }
  rules->push_back({"date.lunar_named", RecordType::kDate,
                    "(?:" + year + ")?(?:(正|腊|冬|十[一二]?|[一二三四五六七八九]) ?月|(大年))" + lunar_day + lunar_range,
                    NamedLunarProduction(t),
                    kDatePriority + 1, std::move(lunar_gate)});
  rules->push_back({"date.plan", RecordType::kDate,
                    "[“\"‘「『]?(" + Alternation(plan_words) + ")[”\"’」』]?(?:规划)?(期间|时期|期内|开局之年|开局年|首年|"
                    "起步之年|以来|收官之年|收官年|末期|末)",
                    PlanProduction(t), kDatePriority + 1});
  rules->push_back({"date.year_part", RecordType::kDate,
                    year + " ?的? ?(第|前|最后|最後) ?([0-9]{1,3}|[一二两三四五六七八九十]{1,3}) ?(?:个|個)?(月|周|週|天)",
                    YearPartProduction(t), kDatePriority});
  rules->push_back({"date.month_week", RecordType::kDate,
                    "(?:" + year + ")?" + month + " ?的? ?第([一二三四五1-5]) ?(?:周|个星期|週)", MonthWeekProduction(t),
                    kDatePriority});
  rules->push_back({"date.ago", RecordType::kDate,
                    "([0-9]{1,2}|[一二两三四五六七八九十]{1,3}) ?(个|個)?(年|月|周|星期|天)(前|后)", AgoProduction(),
                    kDatePriority});
  rules->push_back({"date.weekday", RecordType::kDate,
                    "(上上[个個]?|下下[个個]?|上一?[个個]?|下一?[个個]?|这一?[个個]?|本|最后一[个個]的?)?(?:星期|周|礼拜|禮拜|週)([一二三四五六日天末])",
                    WeekdayProduction(), kDatePriority});
  rules->push_back({"date.decade", RecordType::kDate,
                    "(上世纪|本世纪|(?:[12][0-9]|[一二]?十[一二三四五六七八九]?)世纪)?([1-9]0|[一二三四五六七八九]十)年代",
                    DecadeProduction(), kDatePriority});
  rules->push_back({"date.day_first", RecordType::kDate,
                    "([0-9]{1,2})([-/.])([0-9]{1,2})([-/.])([12][0-9]{3})", DayFirstProduction(), kDatePriority});
  rules->push_back({"date.numeric_range", RecordType::kDate,
                    "([12][0-9]{3})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + join + "([12][0-9]{3})[-/.]([0-9]{1,2})[-/.]"
                    "([0-9]{1,2})",
                    NumericRangeProduction(false), kDatePriority + 1});
  rules->push_back({"date.numeric_range_day_first", RecordType::kDate,
                    "([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([12][0-9]{3})" + join + "([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]"
                    "([12][0-9]{3})",
                    NumericRangeProduction(true), kDatePriority + 1});
  rules->push_back({"date.dateline", RecordType::kDate, "(?:" + year + ")?" + month + " ?" + day + " ?[电讯]",
                    DatelineProduction(t), kDatelinePriority});
  for (std::size_t i = first_rule; i < rules->size(); ++i) {
    (*rules)[i].produce = OutsideTitles(std::move((*rules)[i].produce));
  }
  return Status::Ok();
}

}  // namespace zhfacts::internal
