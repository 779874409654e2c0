#include "io/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include <array>

#include "normalize/utf8.h"
#include "serialize/json_writer.h"

namespace zhfacts::internal {

namespace {

using Json = nlohmann::json;

// Offset of the first ill-formed UTF-8 byte, or npos.
std::size_t FindInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (!len) return i;
    i += len;
  }
  return std::string_view::npos;
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, " prefix, cut to a
// short length at a UTF-8 boundary (the "last read" part can quote a whole line).
std::string ShortParseMessage(const char* what) {
  std::string m = what;
  std::size_t p = m.find("] ");
  if (p != std::string::npos) m.erase(0, p + 2);
  const std::string kPrefix = "parse error at line 1, ";
  if (m.compare(0, kPrefix.size(), kPrefix) == 0) m.erase(0, kPrefix.size());
  constexpr std::size_t kMax = 160;
  if (m.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(m[cut]) & 0xC0) == 0x80) --cut;
    m.resize(cut);
    m += "…";
  }
  return m;
}

enum class Field { kNone, kId, kText, kDate };

// Keeps the top-level "id", "text" and "date"; checks the shape; builds nothing else.
class Handler final : public nlohmann::json_sax<Json> {
 public:
  explicit Handler(JsonlDocument* doc) : doc_(doc) {}

  bool null() override { return Scalar(Kind::kNull, {}); }
  bool boolean(bool) override { return Scalar(Kind::kOther, {}); }
  // SAX hands integers over as values; JSON integers have a single spelling (no leading zeros), so this is the
  // token as written.
  bool number_integer(number_integer_t v) override { return Scalar(Kind::kNumber, std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Scalar(Kind::kNumber, std::to_string(v)); }
  bool number_float(number_float_t, const string_t& token) override { return Scalar(Kind::kNumber, token); }
  bool string(string_t& s) override {
    if (depth_ == 1 && field_ == Field::kText) {  // the document: moved, not copied
      text_seen_ = has_text_ = true;
      doc_->text = std::move(s);
      field_ = Field::kNone;
      return true;
    }
    return Scalar(Kind::kString, s);
  }
  bool binary(binary_t&) override { return Scalar(Kind::kOther, {}); }

  bool start_object(std::size_t) override { return Open(true); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(false); }
  bool end_array() override { return Close(); }

  bool key(string_t& k) override {
    if (depth_ == 1) field_ = k == "id" ? Field::kId : k == "text" ? Field::kText : k == "date" ? Field::kDate
                                                                                       : Field::kNone;
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    if (status_.ok()) status_ = Status(StatusCode::kInvalidJson, ShortParseMessage(ex.what()));
    return false;
  }

  // The outcome once parsing has ended; `parsed` is what sax_parse returned.
  Status Finish(bool parsed) {
    if (!status_.ok()) return status_;
    if (!parsed) return Status(StatusCode::kInvalidJson, "not a JSON value");
    if (!top_is_object_) return Status(StatusCode::kInvalidJson, "the line is not a JSON object");
    if (!id_status_.ok()) return id_status_;
    if (!has_text_) return Status(StatusCode::kMissingText, text_seen_ ? "\"text\" is not a string"
                                                                         : "no \"text\" field");
    if (!date_status_.ok()) return date_status_;
    return Status::Ok();
  }

 private:
  enum class Kind { kNull, kNumber, kString, kOther, kContainer };

  bool Open(bool object) {
    if (depth_ == 0) top_is_object_ = object;
    if (depth_ == 1) Top(Kind::kContainer, {});
    if (++depth_ > kMaxDepth) {
      status_ = Status(StatusCode::kInvalidJson, "nested deeper than " + std::to_string(kMaxDepth) + " levels");
      return false;
    }
    return true;
  }
  bool Close() {
    --depth_;
    return true;
  }

  bool Scalar(Kind kind, const std::string& s) {
    if (depth_ == 1) Top(kind, s);  // depth 0: a bare scalar line; Finish() rejects it
    return true;
  }

  // A value of a top-level key.
  void Top(Kind kind, const std::string& s) {
    switch (field_) {
      case Field::kNone: break;
      case Field::kText:
        text_seen_ = true;
        has_text_ = kind == Kind::kString;
        if (has_text_) doc_->text = s; else doc_->text.clear();
        break;
      case Field::kId:
        id_status_ = Status::Ok();
        doc_->id.clear();
        doc_->id_json = "null";
        if (kind == Kind::kString) {
          if (s.size() > kMaxIdBytes) {
            id_status_ = Status(StatusCode::kInvalidField, "\"id\" is " + std::to_string(s.size()) +
                                                               " bytes long, the limit is " +
                                                               std::to_string(kMaxIdBytes));
          } else {
            doc_->id = s;
            doc_->id_json.clear();
            AppendJsonString(s, &doc_->id_json);
          }
        } else if (kind == Kind::kNumber) {
          doc_->id = s;
          doc_->id_json = s;
        } else if (kind != Kind::kNull) {
          id_status_ = Status(StatusCode::kInvalidField, "\"id\" must be a string or a number");
        }
        break;
      case Field::kDate:
        date_status_ = Status::Ok();
        doc_->date.clear();
        if (kind == Kind::kString) {
          doc_->date = s;
        } else if (kind != Kind::kNull) {
          date_status_ = Status(StatusCode::kInvalidField, "\"date\" must be a string \"YYYY-MM-DD\"");
        }
        break;
    }
    field_ = Field::kNone;
  }

  JsonlDocument* doc_;
  Status status_, id_status_, date_status_;
  Field field_ = Field::kNone;
  int depth_ = 0;
  bool top_is_object_ = false;
  bool has_text_ = false, text_seen_ = false;
};

}  // namespace

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at line[i, i + 4), or -1.
int Hex4(std::string_view line, std::size_t i) {
  if (i + 4 > line.size()) return -1;
  int v = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    int d = HexDigit(line[k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// The JSON string starting at line[*i] ('"'), decoded and appended to *out; *i ends past its closing quote. False
// for anything the full parser would reject or that needs a closer look: ill-formed UTF-8, a control character, an
// unknown escape, a lone surrogate, an unterminated string. Checking the raw bytes sequence by sequence is checking
// the decoded value: an escape always decodes to whole, well-formed sequences, and a sequence cut by a quote or a
// backslash is ill-formed either way.
bool DecodeString(std::string_view line, std::size_t* i, std::string* out) {
  std::size_t p = *i;
  if (p >= line.size() || line[p] != '"') return false;
  ++p;
  // Bytes that end a run of plain ASCII: the quote, the backslash, the control characters, and the lead and
  // continuation bytes of UTF-8 sequences (checked one sequence at a time).
  static constexpr auto kStop = [] {
    std::array<bool, 256> stop{};
    for (int c = 0; c < 0x20; ++c) stop[static_cast<std::size_t>(c)] = true;
    for (int c = 0x80; c < 0x100; ++c) stop[static_cast<std::size_t>(c)] = true;
    stop['"'] = stop['\\'] = true;
    return stop;
  }();
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  for (;;) {
    std::size_t run = p;
    for (;;) {
      while (p < line.size() && !kStop[bytes[p]]) ++p;
      if (p >= line.size() || bytes[p] < 0x80) break;
      // A UTF-8 sequence, which must be well-formed: three bytes (CJK) inline, a run of them in one loop, the rest
      // through DecodeUtf8.
      if (p + 2 < line.size() && IsWellFormed3(bytes + p)) {
        do p += 3; while (p + 2 < line.size() && IsWellFormed3(bytes + p));
        continue;
      }
      char32_t cp;
      const std::size_t len = DecodeUtf8(line, p, &cp);
      if (!len) return false;
      p += len;
    }
    out->append(line.data() + run, p - run);
    if (p >= line.size() || bytes[p] < 0x20) return false;
    if (line[p] == '"') break;
    if (++p >= line.size()) return false;  // a backslash
    char e = line[p++];
    switch (e) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '/': out->push_back('/'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'u': {
        int hi = Hex4(line, p);
        if (hi < 0) return false;
        p += 4;
        char32_t cp = static_cast<char32_t>(hi);
        if (hi >= 0xDC00 && hi <= 0xDFFF) return false;  // a low surrogate first
        if (hi >= 0xD800 && hi <= 0xDBFF) {
          if (p + 1 >= line.size() || line[p] != '\\' || line[p + 1] != 'u') return false;
          int lo = Hex4(line, p + 2);
          if (lo < 0xDC00 || lo > 0xDFFF) return false;
          p += 6;
          cp = 0x10000 + ((static_cast<char32_t>(hi) - 0xD800) << 10) + (static_cast<char32_t>(lo) - 0xDC00);
        }
        AppendUtf8(cp, out);
        break;
      }
      default: return false;
    }
  }
  *i = p + 1;
  return true;
}

}  // namespace

bool ParsePlainJsonlLine(std::string_view line, JsonlDocument* doc) {
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n')) ++i;
  };
  // A key: a string without escapes or control characters.
  auto key = [&](std::string_view* out) {
    if (i >= line.size() || line[i] != '"') return false;
    std::size_t begin = ++i;
    while (i < line.size() && line[i] != '"') {
      if (line[i] == '\\' || static_cast<unsigned char>(line[i]) < 0x20) return false;
      ++i;
    }
    if (i >= line.size()) return false;
    *out = line.substr(begin, i++ - begin);
    return true;
  };
  std::string id;
  std::string* value[3] = {&id, &doc->text, &doc->date};
  bool seen[3] = {false, false, false};
  bool numeric_id = false;
  for (std::string* v : value) v->clear();
  doc->text.reserve(line.size());  // the text is most of the line: no regrowth while it is copied
  skip_space();
  if (i >= line.size() || line[i++] != '{') return false;
  skip_space();
  for (;;) {
    std::string_view k;
    if (!key(&k)) return false;
    int field = k == "id" ? 0 : k == "text" ? 1 : k == "date" ? 2 : -1;
    if (field < 0 || seen[field]) return false;  // other keys and duplicates: the full parser
    skip_space();
    if (i >= line.size() || line[i++] != ':') return false;
    skip_space();
    if (field == 0 && i < line.size() && line[i] >= '0' && line[i] <= '9') {
      // A number id in its only spelling that SAX hands back unchanged: 0, or up to 18 digits without a leading 0.
      std::size_t begin = i;
      while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
      std::size_t len = i - begin;
      if ((len > 1 && line[begin] == '0') || len > 18) return false;
      if (i < line.size() && (line[i] == '.' || line[i] == 'e' || line[i] == 'E')) return false;
      id.assign(line.substr(begin, len));
      numeric_id = true;
    } else if (!DecodeString(line, &i, value[field])) {
      return false;
    }
    seen[field] = true;
    skip_space();
    if (i < line.size() && line[i] == ',') {
      ++i;
      skip_space();
      continue;
    }
    if (i >= line.size() || line[i++] != '}') return false;
    break;
  }
  skip_space();
  if (i != line.size() || !seen[1] || id.size() > kMaxIdBytes) return false;
  doc->id_json.clear();
  if (numeric_id) {
    doc->id_json = id;
  } else if (seen[0]) {
    AppendJsonString(id, &doc->id_json);
  } else {
    doc->id_json = "null";
  }
  doc->id = std::move(id);
  return true;
}

Status ParseJsonlLine(std::string_view line, JsonlDocument* doc) {
  if (ParsePlainJsonlLine(line, doc)) return Status::Ok();
  return ParseJsonlLineFull(line, doc);
}

Status ParseJsonlLineFull(std::string_view line, JsonlDocument* doc) {
  *doc = JsonlDocument{};
  doc->id_json = "null";
  if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status(StatusCode::kInvalidJson, "blank line");
  }
  Handler handler(doc);
  bool parsed = Json::sax_parse(line.begin(), line.end(), &handler);
  if (!parsed) {
    // nlohmann accepts only valid UTF-8, so a line it parsed needs no second look; one it rejected may have failed
    // on bytes that are not UTF-8, which deserve their own code.
    std::size_t bad = FindInvalidUtf8(line);
    if (bad != std::string_view::npos) {
      *doc = JsonlDocument{};
      doc->id_json = "null";
      return Status(StatusCode::kInvalidUtf8, "ill-formed UTF-8 at byte " + std::to_string(bad + 1));
    }
  }
  return handler.Finish(parsed);
}

}  // namespace zhfacts::internal
