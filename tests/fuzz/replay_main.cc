// Replay driver for compilers without libFuzzer: runs LLVMFuzzerTestOneInput on every file (or every file in every
// directory) given on the command line. CTest runs it over the seed corpus and the regression files forever.
#include <dirent.h>
#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void RunFile(const std::string& path, int* count) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  ++*count;
}

void Run(const std::string& path, int* count) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    std::fprintf(stderr, "replay: %s: not found\n", path.c_str());
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    RunFile(path, count);
    return;
  }
  std::vector<std::string> names;
  if (DIR* d = opendir(path.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') names.push_back(path + "/" + e->d_name);
    }
    closedir(d);
  }
  for (const std::string& n : names) Run(n, count);
}

}  // namespace

int main(int argc, char** argv) {
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] == '-') continue;  // libFuzzer flags are accepted and ignored
    Run(argv[i], &count);
  }
  std::printf("replayed %d inputs\n", count);
  return 0;
}
