#include "normalize/utf8.h"

namespace zhfacts::internal {

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp;
    std::size_t len = DecodeUtf8(s, i, &cp);
    if (len) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      out.append("\xEF\xBF\xBD");
      i += IllFormedLength(s, i);
    }
  }
  return out;
}

}  // namespace zhfacts::internal
