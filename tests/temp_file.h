// A file written for one test and removed when it goes out of scope, also when a REQUIRE fails half-way. It lives
// in the test build directory (ZHFACTS_BINARY_TMP), named per process, so that concurrent test runs (ctest -j runs
// each test case as its own process) never share a file and nothing is left in /tmp.
#ifndef ZHFACTS_TESTS_TEMP_FILE_H_
#define ZHFACTS_TESTS_TEMP_FILE_H_

#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

namespace zhfacts_test {

class TempFile {
 public:
  TempFile(std::string_view name, std::string_view content)
      : path_(std::string(ZHFACTS_BINARY_TMP) + "/" + std::to_string(::getpid()) + "_" + std::string(name)) {
    Write(content);
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Replaces the content (a test that tries several files under one name).
  void Write(std::string_view content) const {
    std::ofstream(path_, std::ios::binary | std::ios::trunc).write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace zhfacts_test

#endif  // ZHFACTS_TESTS_TEMP_FILE_H_
