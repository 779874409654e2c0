#!/usr/bin/env bash
# The test command: install what is missing, then three tiers.
#   1. Release build (g++): the whole CTest suite.
#   2. ASan+UBSan build (clang, libFuzzer): unit tests, fuzz corpus replay, and each fuzz target for
#      ZHFACTS_FUZZ_SECONDS (default 60) with zero findings.
#   3. TSan build (clang): the concurrency tests.
# ZHFACTS_QUICK=1 runs tier 1 only (for quick local iterations; CI runs everything).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh scripts/packages-build.txt scripts/packages-test.txt
jobs=$(nproc)

echo "== tier 1: Release build and the whole test suite"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
[ "${ZHFACTS_QUICK:-0}" = 1 ] && exit 0

echo "== tier 2: ASan+UBSan (clang): unit tests, fuzz replay, ${ZHFACTS_FUZZ_SECONDS:-60} s per fuzz target"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DZHFACTS_SANITIZE=ON -DZHFACTS_FUZZ=ON -DZHFACTS_BUILD_BENCH=OFF -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
targets=(zhfacts_tests)
for f in tests/fuzz/fuzz_*.cc; do targets+=("$(basename "$f" .cc)"); done
cmake --build build-asan -j"$jobs" --target "${targets[@]}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
./build-asan/tests/zhfacts_tests
ctest --test-dir build-asan --output-on-failure -L fuzz_replay
bash scripts/fuzz.sh build-asan "${ZHFACTS_FUZZ_SECONDS:-60}"

echo "== tier 3: TSan (clang): concurrency tests"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DZHFACTS_TSAN=ON -DZHFACTS_BUILD_BENCH=OFF -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build-tsan -j"$jobs" --target zhfacts_tests
TSAN_OPTIONS=halt_on_error=1 ./build-tsan/tests/zhfacts_tests "[concurrency]"
echo "all tiers passed"
