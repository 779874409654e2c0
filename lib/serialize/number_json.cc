#include "serialize/number_json.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace zhfacts::internal {

nlohmann::ordered_json DecimalToJson(const std::string& s) {
  bool negative = !s.empty() && s[0] == '-';
  bool integer = s.find('.') == std::string::npos;
  const char* begin = s.c_str();
  errno = 0;
  if (integer) {
    char* end = nullptr;
    if (negative) {
      long long v = std::strtoll(begin, &end, 10);
      if (errno == 0 && end && *end == '\0') return v;
    } else {
      unsigned long long v = std::strtoull(begin, &end, 10);
      if (errno == 0 && end && *end == '\0') return v;
    }
  }
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(begin, &end);
  if (errno == ERANGE || !std::isfinite(d) || !end || *end != '\0') return s;
  return d;
}

}  // namespace zhfacts::internal
