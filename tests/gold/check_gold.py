#!/usr/bin/python3
"""Checks tests/gold/seeds.jsonl against the seed articles and prints its size per type.

    tests/gold/check_gold.py [--seeds DIR]

Every fact's text must be the slice of its file at its span; facts must be sorted, non-overlapping and well-formed.
Exit status 0 when consistent, 1 when not, 77 when the seeds directory is absent.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(evaluate.HERE, "seeds.jsonl"))
    ap.add_argument("--seeds", default=os.path.join(evaluate.PROJECT, "..", "shared", "corpus", "seeds"))
    args = ap.parse_args()
    docs = evaluate.load_gold(args.gold)
    counts = collections.Counter(f["type"] for d in docs for f in d["facts"])
    print("%d documents, %d facts: %s" % (len(docs), sum(counts.values()),
                                          ", ".join("%s %d" % (t, counts[t]) for t in evaluate.TYPES)))
    if not os.path.isdir(args.seeds):
        print("skipped: no seeds directory at %s" % args.seeds)
        return evaluate.SKIP
    problems = evaluate.check_gold(docs, args.seeds)
    for p in problems:
        print("problem: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
