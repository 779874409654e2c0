#include "serialize/number_json.h"

#include <charconv>
#include <cmath>

#include "normalize/utf8.h"

namespace zhfacts::internal {

bool IsPlainDecimal(std::string_view s) {
  std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (digits == 0) return false;
  if (i == s.size()) return true;
  if (s[i] != '.') return false;
  ++i;
  digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  return digits > 0 && i == s.size();
}

DecimalToken ClassifyDecimal(std::string_view s) {
  DecimalToken t;
  if (!IsPlainDecimal(s)) return t;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  bool negative = s[0] == '-';
  if (s.find('.') == std::string_view::npos) {
    if (negative) {
      auto [p, ec] = std::from_chars(first, last, t.i);
      if (ec == std::errc() && p == last) {
        // "-0" is the integer 0, written without a sign, as nlohmann writes an unsigned 0.
        t.kind = t.i == 0 ? DecimalToken::kUnsigned : DecimalToken::kSigned;
        return t;
      }
    } else {
      auto [p, ec] = std::from_chars(first, last, t.u);
      if (ec == std::errc() && p == last) {
        t.kind = DecimalToken::kUnsigned;
        return t;
      }
    }
  }
  // from_chars rounds to nearest like strtod, but ignores the locale and reports out-of-range values.
  auto [p, ec] = std::from_chars(first, last, t.d, std::chars_format::fixed);
  if (ec != std::errc() || p != last || !std::isfinite(t.d)) return t;
  t.kind = DecimalToken::kDouble;
  return t;
}

nlohmann::ordered_json DecimalToJson(const std::string& s) {
  DecimalToken t = ClassifyDecimal(s);
  switch (t.kind) {
    case DecimalToken::kUnsigned: return t.u;
    case DecimalToken::kSigned: return t.i;
    case DecimalToken::kDouble: return t.d;
    case DecimalToken::kString: break;
  }
  return RepairUtf8(s);
}

}  // namespace zhfacts::internal
