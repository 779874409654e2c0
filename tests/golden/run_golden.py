#!/usr/bin/python3
"""Golden whole-article tests: runs `zhfacts extract` on each article of tests/golden/articles.tsv and compares the
output with the checked-in tests/golden/<article>.jsonl.

    tests/golden/run_golden.py --zhfacts build/examples/zhfacts              # compare; exit 1 and a diff on change
    ZHFACTS_UPDATE_GOLDEN=1 tests/golden/run_golden.py --zhfacts …           # rewrite the expected files on purpose

The expected file is the CLI's --format jsonl line for the document, laid out for review: the first line is the
document without its records, then one record per line (each line is one JSON object). Debian's /usr/bin/python3,
standard library only.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(os.path.dirname(HERE), "data", "articles")


def read_manifest(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                raise ValueError("%s:%d: expected 2 tab-separated columns" % (path, n))
            rows.append((cols[0], None if cols[1] == "-" else cols[1]))
    return rows


def extract(zhfacts, name, date):
    with open(os.path.join(ARTICLES, name), "rb") as f:
        text = f.read().decode("utf-8", "surrogateescape")
    doc = {"id": name, "text": text}
    if date:
        doc["date"] = date
    line = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogateescape") + b"\n"
    proc = subprocess.run([zhfacts, "extract", "--input-format", "jsonl", "--format", "jsonl"], input=line,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.decode("utf-8")
    if out.count("\n") != 1:
        raise RuntimeError("%s: zhfacts exited %d with %r" % (name, proc.returncode, proc.stderr[-300:]))
    return out


def layout(jsonl_line):
    """The document header (records removed) on one line, then one record per line. Numbers keep the CLI's digits."""
    doc = json.loads(jsonl_line, parse_float=Decimal)
    records = doc.pop("records", None) or []
    return "".join(dump(x) + "\n" for x in [doc] + records)


def dump(x):
    """json.dumps with key order kept, non-ASCII unescaped and decimals written exactly as parsed."""
    if isinstance(x, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + dump(v) for k, v in x.items()) + "}"
    if isinstance(x, list):
        return "[" + ",".join(dump(v) for v in x) + "]"
    if isinstance(x, Decimal):
        return str(x)
    return json.dumps(x, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--zhfacts", required=True, help="path to the zhfacts CLI")
    ap.add_argument("--manifest", default=os.path.join(HERE, "articles.tsv"))
    args = ap.parse_args()
    update = os.environ.get("ZHFACTS_UPDATE_GOLDEN") == "1"
    failed = 0
    try:
        for name, date in read_manifest(args.manifest):
            got = layout(extract(args.zhfacts, name, date))
            path = os.path.join(HERE, os.path.splitext(name)[0] + ".jsonl")
            want = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
            if got == want:
                print("ok       %s" % name)
            elif update:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(got)
                print("updated  %s" % path)
            else:
                failed += 1
                print("CHANGED  %s (ZHFACTS_UPDATE_GOLDEN=1 rewrites it; review the diff)" % name)
                sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                           "expected/" + os.path.basename(path),
                                                           "actual/" + os.path.basename(path)))
    except (OSError, ValueError, RuntimeError) as e:
        sys.stderr.write("run_golden.py: %s\n" % e)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
