// The whole documents the tests can read: the golden articles (tests/data/articles), the bundled examples and, when
// ../shared is present, the seed articles. Used by tests that compare two ways of computing the same thing.
#ifndef ZHFACTS_TESTS_TEST_DOCUMENTS_H_
#define ZHFACTS_TESTS_TEST_DOCUMENTS_H_

#include <dirent.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace test_documents {

// Every *.txt file in those folders, as bytes (folders that do not exist are skipped).
inline std::vector<std::string> All() {
  std::vector<std::string> texts;
  for (const char* dir : {ZHFACTS_TEST_DATA "/articles", ZHFACTS_SOURCE_DIR "/examples/data",
                          ZHFACTS_SHARED_DIR "/corpus/seeds"}) {
    if (DIR* d = opendir(dir)) {
      while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() < 4 || name.compare(name.size() - 4, 4, ".txt") != 0) continue;
        std::ifstream in(std::string(dir) + "/" + name, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        texts.push_back(ss.str());
      }
      closedir(d);
    }
  }
  return texts;
}

}  // namespace test_documents

#endif  // ZHFACTS_TESTS_TEST_DOCUMENTS_H_
