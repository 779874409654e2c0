#!/usr/bin/env bash
# Runs every libFuzzer target of a ZHFACTS_FUZZ=ON build for SECONDS each, two at a time, starting from the seed
# corpus (copied: the checked-in corpus is not modified). A crash is written to tests/fuzz/findings/ and fails.
# usage: scripts/fuzz.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$1
seconds=${2:-60}
cd "$(dirname "$0")/.."
mkdir -p tests/fuzz/findings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pids=()
for f in tests/fuzz/fuzz_*.cc; do
  t=$(basename "$f" .cc); t=${t#fuzz_}
  mkdir -p "$work/$t"; cp -r tests/fuzz/corpus/"$t"/. "$work/$t/"
  "$build/tests/fuzz_$t" "$work/$t" -dict=tests/fuzz/dictionary.txt -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="tests/fuzz/findings/$t-" -print_final_stats=1 \
    >"$work/$t.log" 2>&1 &
  pids+=("$!:$t")
  if [ ${#pids[@]} -ge 2 ]; then
    for p in "${pids[@]}"; do
      pid=${p%%:*}; name=${p#*:}
      if ! wait "$pid"; then echo "fuzz_$name FAILED"; tail -40 "$work/$name.log"; exit 1; fi
      echo "fuzz_$name: $(grep -E 'stat::number_of_executed_units' "$work/$name.log" | awk '{print $2}') runs, no findings"
    done
    pids=()
  fi
done
for p in "${pids[@]}"; do
  pid=${p%%:*}; name=${p#*:}
  if ! wait "$pid"; then echo "fuzz_$name FAILED"; tail -40 "$work/$name.log"; exit 1; fi
  echo "fuzz_$name: $(grep -E 'stat::number_of_executed_units' "$work/$name.log" | awk '{print $2}') runs, no findings"
done
