#!/usr/bin/env bash
# The JSONL filter under GNU parallel (--pipe --keep-order) gives exactly the output of one direct run:
# one output line per input line, in input order, errors as lines.
# usage: gnu_parallel_test.sh ZHFACTS_BINARY
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work/in.jsonl" <<'PY'
import json, sys
texts = ['2023年,园区规上工业总产值253.63亿元,同比增长2.08%。', '智算中心形成500P算力,二期超过1500P。',
         '今年１—５月固定资产投资约９６亿元,占比61.5%。', '新增企业167家,土地370亩。']
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for i in range(3000):
        if i % 250 == 7:
            f.write('{"id": "broken", "text": \n')  # a bad line: must come out as an error line in place
        else:
            f.write(json.dumps({'id': i, 'text': texts[i % 4] * (1 + i % 3), 'date': '2024-06-18'},
                               ensure_ascii=False) + '\n')
PY
"$cli" extract --input-format jsonl --threads 1 < "$work/in.jsonl" > "$work/direct.jsonl" || [ $? -eq 1 ]
parallel --will-cite --pipe --keep-order -N 200 --block 64M -j 2 "$cli" extract --input-format jsonl --threads 1 \
  < "$work/in.jsonl" > "$work/parallel.jsonl" || [ $? -le 12 ]
in_lines=$(wc -l < "$work/in.jsonl")
out_lines=$(wc -l < "$work/parallel.jsonl")
[ "$in_lines" -eq "$out_lines" ] || { echo "expected $in_lines lines, got $out_lines"; exit 1; }
# Error entries name line numbers within each chunk; compare everything else.
strip='s/"line":[0-9]*/"line":N/g'
if ! cmp -s <(sed "$strip" "$work/direct.jsonl") <(sed "$strip" "$work/parallel.jsonl"); then
  echo "GNU parallel output differs from the direct run"; diff <(sed "$strip" "$work/direct.jsonl") \
    <(sed "$strip" "$work/parallel.jsonl") | head -5; exit 1
fi
echo "gnu parallel: $out_lines lines, identical to the direct run"
