// The streaming record writer. json.cc (the DOM form) is the reference; serialize_test.cc checks that both give
// the same bytes on real extractions and on random records.
#include "serialize/json_writer.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "normalize/utf8.h"
#include "serialize/number_json.h"
#include "zhfacts/serialize.h"

namespace zhfacts {
namespace internal {

namespace {

// 0: copy as is; 1: two-character escape; 2: \u00xx.
constexpr unsigned char EscapeKind(unsigned char c) {
  return c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t' ? 1
         : c < 0x20                                                                             ? 2
                                                                                                : 0;
}

struct EscapeTable {
  unsigned char kind[128];
  constexpr EscapeTable() : kind() {
    for (int c = 0; c < 128; ++c) kind[c] = EscapeKind(static_cast<unsigned char>(c));
  }
};
constexpr EscapeTable kEscape;

char ShortEscape(unsigned char c) {
  switch (c) {
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return static_cast<char>(c);  // " and backslash
  }
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  std::size_t run = 0;  // start of the pending run of bytes copied unchanged
  std::size_t i = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE0 && s.size() - i >= 3 && IsWellFormed3(bytes + i)) {  // CJK, most of the text: no call
      i += 3;
      continue;
    }
    if (c < 0x80) {
      if (kEscape.kind[c] == 0) {
        ++i;
        continue;
      }
      out->append(s.data() + run, i - run);
      if (kEscape.kind[c] == 1) {
        out->push_back('\\');
        out->push_back(ShortEscape(c));
      } else {
        static constexpr char kHex[] = "0123456789abcdef";
        char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out->append(buf, 6);
      }
      run = ++i;
      continue;
    }
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (len) {
      i += len;
      continue;
    }
    out->append(s.data() + run, i - run);
    out->append("\xEF\xBF\xBD");
    i += IllFormedLength(s, i);
    run = i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendJsonString(s, out);
  }
}

void AppendJsonUint(std::uint64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

void AppendJsonInt(std::int64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

void AppendJsonDecimal(std::string_view decimal, std::string* out) {
  if (decimal.empty()) {
    out->append("null");
    return;
  }
  DecimalToken t = ClassifyDecimal(decimal);
  switch (t.kind) {
    case DecimalToken::kUnsigned: return AppendJsonUint(t.u, out);
    case DecimalToken::kSigned: return AppendJsonInt(t.i, out);
    case DecimalToken::kDouble: {
      // nlohmann's own Grisu2 formatting (what dump() calls), for this token only.
      char buf[64];
      char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, t.d);
      out->append(buf, end);
      return;
    }
    case DecimalToken::kString: return AppendJsonString(decimal, out);
  }
}

}  // namespace internal

void AppendRecordJson(const Record& r, std::string* out, const std::string* doc_id) {
  using internal::AppendJsonDecimal;
  using internal::AppendJsonString;
  using internal::AppendJsonStringOrNull;
  using internal::AppendJsonUint;
  // Each helper writes `key` (with its leading comma and colon) and then the value.
  auto str = [&](const char* key, const std::string& v) {
    out->append(key);
    AppendJsonStringOrNull(v, out);
  };
  auto dec = [&](const char* key, const std::string& v) {
    out->append(key);
    AppendJsonDecimal(v, out);
  };
  // value, value_min, value_max: numbers, except for dates (ISO strings).
  bool date = r.type == RecordType::kDate;
  auto val = [&](const char* key, const std::string& v) { date ? str(key, v) : dec(key, v); };
  auto name = [&](const char* key, const char* v) {
    out->append(key);
    if (v) {
      AppendJsonString(v, out);
    } else {
      out->append("null");
    }
  };
  auto span = [&](const char* key, const Span& s) {
    out->append(key);
    out->append("{\"start\":");
    AppendJsonUint(s.start, out);
    out->append(",\"end\":");
    AppendJsonUint(s.end, out);
    out->push_back('}');
  };
  out->push_back('{');
  if (doc_id) {
    out->append("\"doc_id\":");
    AppendJsonString(*doc_id, out);
    out->push_back(',');
  }
  name("\"type\":", RecordTypeName(r.type));
  out->append(",\"text\":");
  AppendJsonString(r.text, out);
  span(",\"span\":", r.span);
  span(",\"byte_span\":", r.byte_span);
  val(",\"value\":", r.value);
  str(",\"unit\":", r.unit);
  val(",\"value_min\":", r.value_min);
  val(",\"value_max\":", r.value_max);
  name(",\"qualifier\":", QualifierName(r.qualifier));
  str(",\"metric\":", r.metric);
  str(",\"metric_class\":", r.metric_class);
  str(",\"period\":", r.period);
  str(",\"subject\":", r.subject);
  name(",\"direction\":", DirectionName(r.direction));
  name(",\"basis\":", BasisName(r.basis));
  str(",\"granularity\":", r.granularity);
  str(",\"rule\":", r.rule);
  dec(",\"value_canonical\":", r.value_canonical);
  str(",\"unit_canonical\":", r.unit_canonical);
  str(",\"precision\":", r.precision);
  out->append(",\"implied\":");
  if (r.type == RecordType::kDate) {
    out->push_back('[');
    for (std::size_t i = 0; i < r.implied.size(); ++i) {
      if (i) out->push_back(',');
      AppendJsonString(r.implied[i], out);
    }
    out->push_back(']');
  } else {
    out->append("null");
  }
  str(",\"period_start\":", r.period_start);
  str(",\"period_end\":", r.period_end);
  out->append(",\"qualifies\":");
  if (r.qualifies >= 0) {
    internal::AppendJsonInt(r.qualifies, out);
  } else {
    out->append("null");
  }
  str(",\"status\":", r.status);
  if (!r.sentence.empty()) {
    out->append(",\"sentence\":");
    AppendJsonString(r.sentence, out);
  }
  out->push_back('}');
}

}  // namespace zhfacts
