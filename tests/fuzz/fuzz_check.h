// FUZZ_CHECK: abort with the failed condition, so libFuzzer and the replay driver both report it.
#ifndef ZHFACTS_TESTS_FUZZ_FUZZ_CHECK_H_
#define ZHFACTS_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                               \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (0)

#endif  // ZHFACTS_TESTS_FUZZ_FUZZ_CHECK_H_
