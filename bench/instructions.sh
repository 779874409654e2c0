#!/usr/bin/env bash
# Instructions per pass over a workload, start-up excluded: a load-independent speed measure (wall-clock numbers on
# a shared 2-vCPU machine vary by ±20% from run to run). Needs valgrind.
#
#   bash bench/instructions.sh [ZHFACTS_CLI]        (default build/examples/zhfacts)
#
# Each workload runs through the CLI (one thread, JSONL in and out) once with one pass over its documents and once
# with five; (five - one) / 4 is the cost of one pass with warm caches (RE2's DFA states, restricted variants), and
# the first run's total is start-up plus one cold pass. Workloads: the seed articles (../shared/corpus/seeds, when
# present) as whole documents and as one document per sentence (compare_peers.sh's shape), and the bundled articles.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/examples/zhfacts}
[ -x "$cli" ] || { echo "instructions: build the CLI first ($cli)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" <<'PY'
import json, pathlib, re, sys
work = pathlib.Path(sys.argv[1])
def write(name, docs):
    for passes in (1, 5):
        with open(work / f"{name}.{passes}.jsonl", "w", encoding="utf-8") as out:
            for p in range(passes):
                for i, text in enumerate(docs):
                    out.write(json.dumps({"id": f"{p}-{i}", "text": text, "date": "2024-06-18"}, ensure_ascii=False) + "\n")
seeds = pathlib.Path("../shared/corpus/seeds")
if seeds.is_dir():
    articles = [f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))]
    write("seeds", articles)
    sentences = [s.strip() for a in articles for s in re.split(r"(?<=[。！？!?；])|\n", a) if s.strip()]
    write("sentences", sentences)
bundled = sorted(pathlib.Path("examples/data").glob("*.txt")) + sorted(pathlib.Path("tests/data/articles").glob("*.txt"))
write("bundled", [f.read_text(encoding="utf-8") for f in bundled])
PY
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$cli" extract --threads 1 --input-format jsonl "$1" \
    2>&1 >/dev/null | sed -n 's/.*Collected : //p'
}
printf '| workload | bytes per pass | start-up + 1st pass | per pass (warm) | per byte |\n|---|---:|---:|---:|---:|\n'
for name in seeds sentences bundled; do
  [ -f "$work/$name.1.jsonl" ] || continue
  one=$(count "$work/$name.1.jsonl")
  five=$(count "$work/$name.5.jsonl")
  bytes=$(/usr/bin/python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$work/$name.1.jsonl")
  per=$(( (five - one) / 4 ))
  awk -v n="$name" -v b="$bytes" -v o="$one" -v p="$per" \
    'BEGIN { printf "| %s | %d | %.1f M | %.2f M | %d |\n", n, b, o / 1e6, p / 1e6, p / b }'
done
