#include "lexicon/lexicon.h"

#include <boost/locale.hpp>
#include <fstream>
#include <sstream>

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "lexicon/embedded.h"
#include "normalize/utf8.h"

namespace zhfacts::internal {

namespace {

constexpr std::size_t kMaxLexiconBytes = std::size_t{16} << 20;

// NFC through Boost.Locale's ICU backend, selected explicitly: the posix/std backends return the input unchanged.
const std::locale& IcuLocale() {
  static const std::locale loc = [] {
    boost::locale::localization_backend_manager mgr = boost::locale::localization_backend_manager::global();
    mgr.select("icu");
    boost::locale::generator gen(mgr);
    return gen("zh_CN.UTF-8");
  }();
  return loc;
}

// NFC of a lexicon cell. Most cells (Chinese words, ASCII units) are NFC already, which ICU's Normalizer2 decides
// in UTF-8 without building a locale: creating Boost.Locale's ICU locale (number and date formats included) was
// half of the start-up of a process, paid before the first document.
std::string Nfc(std::string cell) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) &&
      nfc->isNormalizedUTF8(icu::StringPiece(cell.data(), static_cast<int32_t>(cell.size())), status) &&
      U_SUCCESS(status)) {
    return cell;
  }
  return boost::locale::normalize(cell, boost::locale::norm_nfc, IcuLocale());
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    cells.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

std::string Stem(std::string_view name) {
  std::size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::size_t dot = name.find('.');
  return std::string(name.substr(0, dot));
}

}  // namespace

int LexiconTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Result<LexiconTable> Lexicons::Parse(std::string_view name, std::string_view text) {
  auto fail = [&](std::size_t line, const std::string& why) {
    return Status(StatusCode::kInvalidLexicon, std::string(name) + ":" + std::to_string(line) + ": " + why);
  };
  if (text.size() > kMaxLexiconBytes) return fail(0, "file is larger than 16 MiB");
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
  LexiconTable table;
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!IsValidUtf8(line)) return fail(line_no, "invalid UTF-8");
    std::vector<std::string> cells = SplitTabs(line);
    if (table.columns.empty()) {
      for (const std::string& c : cells) {
        if (c.empty()) return fail(line_no, "empty column name in header");
      }
      table.columns = std::move(cells);
      continue;
    }
    if (cells.size() != table.columns.size()) {
      return fail(line_no, "expected " + std::to_string(table.columns.size()) + " columns, got " +
                               std::to_string(cells.size()));
    }
    if (cells[0].empty()) return fail(line_no, "first column (" + table.columns[0] + ") is empty");
    for (std::string& c : cells) c = Nfc(std::move(c));
    table.rows.push_back(std::move(cells));
    table.sources.push_back(std::string(name) + ":" + std::to_string(line_no));
  }
  if (table.columns.empty()) return fail(line_no, "no header row");
  return table;
}

Result<Lexicons> Lexicons::Builtin() {
  Lexicons lex;
  for (int i = 0; i < kEmbeddedLexiconCount; ++i) {
    Result<LexiconTable> t = Parse(kEmbeddedLexicons[i].name, kEmbeddedLexicons[i].text);
    if (!t.ok()) return Status(StatusCode::kInternal, t.status().message());
    t->kind = Stem(kEmbeddedLexicons[i].name);
    lex.tables_[t->kind] = std::move(t.value());
  }
  return lex;
}

Status Lexicons::AddText(std::string_view name, std::string_view text) {
  Result<LexiconTable> t = Parse(name, text);
  if (!t.ok()) return t.status();
  for (auto& [kind, table] : tables_) {
    if (table.columns == t->columns) {
      table.rows.insert(table.rows.end(), t->rows.begin(), t->rows.end());
      table.sources.insert(table.sources.end(), t->sources.begin(), t->sources.end());
      return Status::Ok();
    }
  }
  std::string known;
  for (const auto& [kind, table] : tables_) {
    if (!known.empty()) known += ", ";
    known += kind;
  }
  return Status(StatusCode::kInvalidLexicon,
                std::string(name) + ":1: header matches no built-in lexicon (known kinds: " + known + ")");
}

Status Lexicons::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot open");
  std::string text;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    text.append(buf, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxLexiconBytes) {
      return Status(StatusCode::kInvalidLexicon, path + ":0: file is larger than 16 MiB");
    }
  }
  if (in.bad()) return Status(StatusCode::kIoError, path + ": read error");
  return AddText(path, text);
}

const LexiconTable& Lexicons::Get(std::string_view kind) const {
  static const LexiconTable kEmpty;
  auto it = tables_.find(kind);
  return it == tables_.end() ? kEmpty : it->second;
}

std::vector<std::string> Lexicons::Kinds() const {
  std::vector<std::string> kinds;
  for (const auto& [k, t] : tables_) kinds.push_back(k);
  return kinds;
}

}  // namespace zhfacts::internal
