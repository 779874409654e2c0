#!/usr/bin/env bash
# zhfacts side by side with Microsoft Recognizers-Text (JavaScript, npm) on the same sentences, in one run.
#
#   bash bench/compare_peers.sh [BUILD_DIR]        (default build/; needs the zhfacts CLI built)
#
# Installs @microsoft/recognizers-text-suite into bench/peers/ (git-ignored) on first use, splits the corpus
# (../shared/corpus/seeds when present, else the bundled articles) into sentences, runs the peer's Chinese
# number, percent, currency, dimension and datetime models sentence by sentence, then zhfacts on the same sentences
# (one JSONL document per sentence, one thread, all rules, JSONL output), and prints both throughputs and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli="$build/examples/zhfacts"
[ -x "$cli" ] || { echo "compare_peers: build the CLI first ($cli)" >&2; exit 2; }
command -v node >/dev/null || bash scripts/setup.sh <(printf 'nodejs\nnpm\n')
if [ ! -d bench/peers/node_modules/@microsoft/recognizers-text-suite ]; then
  mkdir -p bench/peers
  npm install --silent --no-audit --no-fund --prefix bench/peers @microsoft/recognizers-text-suite@1.3.1 >&2
fi
corpus=../shared/corpus/seeds
[ -d "$corpus" ] || corpus=examples/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$corpus" "$work" <<'PY'
import json, pathlib, re, sys
corpus, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sentences = []
for f in sorted(corpus.glob('*.txt')):
    for s in re.split(r'(?<=[。！？!?；])|\n', f.read_text(encoding='utf-8', errors='replace')):
        s = s.strip()
        if s:
            sentences.append(s)
(work / 'sentences.txt').write_text('\n'.join(sentences) + '\n', encoding='utf-8')
with open(work / 'sentences.jsonl', 'w', encoding='utf-8') as out:
    for rep in range(200):  # zhfacts is fast: repeat the same sentences so its timing is stable
        for i, s in enumerate(sentences):
            out.write(json.dumps({'id': f'{rep}-{i}', 'text': s, 'date': '2024-06-18'}, ensure_ascii=False) + '\n')
PY
peer=$(NODE_PATH=bench/peers/node_modules node bench/compare_peers.js "$work/sentences.txt" 2024-06-18)
bytes1=$(wc -c < "$work/sentences.txt")
t0=$(date +%s.%N)
"$cli" extract --input-format jsonl --format jsonl --threads 1 "$work/sentences.jsonl" > "$work/out.jsonl"
t1=$(date +%s.%N)
/usr/bin/python3 - "$peer" "$work/sentences.jsonl" "$work/out.jsonl" "$t0" "$t1" <<'PY'
import json, sys
peer = json.loads(sys.argv[1])
docs = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
text_bytes = sum(len(d['text'].encode()) for d in docs)
out = [json.loads(l) for l in open(sys.argv[3], encoding='utf-8')]
records = sum(len(o['records']) for o in out)
seconds = float(sys.argv[5]) - float(sys.argv[4])
peer_rate = peer['bytes'] / peer['seconds']
ours = text_bytes / seconds
print(f"corpus: {peer['sentences']} sentences, {peer['bytes']/1e3:.1f} KB (zhfacts: the same sentences x200, one JSONL document each)")
print("| tool | MB/s | results |")
print("|---|---:|---:|")
print(f"| Recognizers-Text 1.3.1 (JS; number, percent, currency, dimension, datetime) | {peer_rate/1e6:.4f} | {peer['results']} |")
print(f"| zhfacts (1 thread, all rules, JSONL out, process start included) | {ours/1e6:.1f} | {records // 200} |")
print(f"ratio: zhfacts is {ours/peer_rate:,.0f}x faster")
PY
