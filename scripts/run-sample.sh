#!/usr/bin/env bash
# The main job: install what is missing, build in Release, extract the facts of the bundled sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh scripts/packages-build.txt
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build -j"$(nproc)" --target zhfacts_cli >/dev/null
./build/examples/zhfacts extract --reference-date 2024-06-18 examples/data/sample_article.txt
