#!/usr/bin/python3
"""Scores `zhfacts extract` against the gold set of real articles (issue 3, "A development gold set and an evaluator").

    tests/gold/evaluate.py --zhfacts build/examples/zhfacts            # clean text
    tests/gold/evaluate.py --zhfacts build/examples/zhfacts --ocr -v   # also on synthetic OCR damage, list errors
    tests/gold/evaluate.py --zhfacts … --json                          # machine-readable summary

The gold facts (seeds.jsonl, see GUIDELINES.md) index the articles in ../shared/corpus/seeds/ by code-point span. Each
article is sent to the CLI as one JSONL document with its gold reference date. A predicted record matches a gold fact
when both have the same type and their spans overlap; matching is one-to-one, greedy by overlap length (ties: the
closer start first). Precision, recall and F1 are reported per type and overall (micro-averaged). On matched figures:

  value      numbers equal within a relative 1e-6 (both ends of a range); dates: the same ISO string
  unit       equal after removing spaces (gold null: not counted)
  metric     equal after removing whitespace, or one contains the other (gold null: not counted; predicted null: wrong)
  qualifier  equal
  period     equal (gold null: not counted)
  direction, basis   growth rates only
  relative_date      value, on dates whose year is not written (今年, 去年9月, 上个月, 5月12日): resolved from context
  exact span         span equal to the gold span

It also reruns the documents whose reference date the gold set took from a dateline or publication line
("reference_date_source": "dateline") without giving a date, and reports whether the CLI found the same date.

--ocr adds a second evaluation on damaged copies of the articles (mid-sentence line breaks, full-width digits and
punctuation, stray spaces between CJK characters), made by a seeded PRNG; the gold spans are carried through the damage
by an offset map, so a fact's text on the damaged copy may contain the inserted breaks and spaces.

Exit status: 0 when the scores meet the thresholds (none by default: report only), 1 when one does not, 2 on a usage
or runtime error, 77 when the seeds directory is absent (CTest reports the test as skipped). Thresholds come from
--thresholds or the ZHFACTS_GOLD_THRESHOLDS environment variable, e.g. "f1=0.95,precision=0.97,metric=0.9":
  f1, precision, recall   overall (micro) scores;  f1.<type>  one type's F1;  value, unit, metric, qualifier, period
  accuracies on matched figures;  ocr.<key>, traditional.<key>, traditional_ocr.<key>  the same on the other runs.

--traditional adds an evaluation on the articles converted to traditional characters by ICU's Hans-Hant
transliterator (`uconv`, Debian's icu-devtools; skipped with a note when it is not installed), and with --ocr also on
damaged traditional copies. The conversion is character for character, so the gold spans hold unchanged.

Debian's /usr/bin/python3, standard library only.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

TYPES = ["output_value", "money", "growth_rate", "percentage", "compute_power", "quantity", "date"]
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most", "range", "as_of"}
HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(HERE))
SKIP = 77
RUNS = ("clean", "ocr", "traditional", "traditional_ocr")  # the evaluations, in order; threshold key prefixes


# ----------------------------------------------------------------------------------------------------------- loading
def load_gold(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                doc = json.loads(line)
                doc["_line"] = n
                docs.append(doc)
    return docs


def read_seed(seeds_dir, doc_id):
    with open(os.path.join(seeds_dir, doc_id), encoding="utf-8") as f:
        return f.read()


def check_gold(docs, seeds_dir):
    """Returns a list of problems: text not equal to the slice at span, overlaps, unknown types, bad values."""
    problems = []
    for doc in docs:
        text = read_seed(seeds_dir, doc["id"])
        last_end = 0
        for i, fact in enumerate(doc["facts"]):
            where = "%s fact %d (%r)" % (doc["id"], i, fact.get("text"))
            s, e = fact["span"]["start"], fact["span"]["end"]
            if not 0 <= s < e <= len(text):
                problems.append(where + ": span out of range")
                continue
            if text[s:e] != fact["text"]:
                problems.append(where + ": text is %r at the span" % text[s:e])
            if s < last_end:
                problems.append(where + ": overlaps or precedes the previous fact")
            last_end = e
            if fact["type"] not in TYPES:
                problems.append(where + ": unknown type")
            if fact["qualifier"] not in QUALIFIERS:
                problems.append(where + ": unknown qualifier")
            if fact["type"] != "date":
                for key in ("value", "value_min", "value_max"):
                    if fact.get(key) is not None and to_decimal(fact[key]) is None:
                        problems.append(where + ": %s is not a number" % key)
                if fact.get("value") is None and fact.get("value_min") is None:
                    problems.append(where + ": no value")
            if fact["type"] == "growth_rate" and (fact.get("direction") not in ("up", "down") or
                                                  fact.get("basis") not in ("yoy", "mom", "none")):
                problems.append(where + ": growth rate without direction/basis")
    return problems


# ------------------------------------------------------------------------------------------------------- running
def run_cli(zhfacts, docs, with_dates=True):
    """Runs the CLI once on all documents ({"id","text","date"} JSONL); returns {id: output document}.

    Without dates, the CLI must find each document's reference date in its text (dateline, publication line)."""
    def line(d):
        doc = {"id": d["id"], "text": d["_text"]}
        if with_dates:
            doc["date"] = d["reference_date"]
        return json.dumps(doc, ensure_ascii=False) + "\n"

    payload = "".join(line(d) for d in docs)
    proc = subprocess.run([zhfacts, "extract", "--input-format", "jsonl", "--format", "jsonl"],
                          input=payload.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = [l for l in proc.stdout.decode("utf-8", "replace").split("\n") if l.strip()]
    if len(lines) != len(docs):
        raise RuntimeError("zhfacts exited %d with %d output lines for %d documents: %s" %
                           (proc.returncode, len(lines), len(docs), proc.stderr.decode("utf-8", "replace")[-500:]))
    out = {}
    for doc, line in zip(docs, lines):
        out[doc["id"]] = json.loads(line, parse_float=Decimal, parse_int=Decimal)
    return out


def check_datelines(zhfacts, docs):
    """For the documents whose gold reference date comes from a dateline or publication line: the CLI, given no
    date, must find the same one. Returns {"n", "ok", "wrong": [(id, want, got)]}."""
    todo = [d for d in docs if d.get("reference_date_source") == "dateline"]
    results = run_cli(zhfacts, todo, with_dates=False) if todo else {}
    wrong = [(d["id"], d["reference_date"], results[d["id"]].get("reference_date")) for d in todo
             if results[d["id"]].get("reference_date") != d["reference_date"]]
    return {"n": len(todo), "ok": len(todo) - len(wrong), "wrong": wrong}


# ------------------------------------------------------------------------------------------------------- matching
def overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(gold_facts, predicted):
    """One-to-one greedy matching by overlap length within each type; returns [(gold_index, pred_index)]."""
    pairs = []
    for gi, g in enumerate(gold_facts):
        for pi, p in enumerate(predicted):
            if p.get("type") == g["type"]:
                ov = overlap(g["span"], p["span"])
                if ov > 0:
                    pairs.append((-ov, abs(g["span"]["start"] - p["span"]["start"]), gi, pi))
    pairs.sort()
    used_g, used_p, result = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return result


def to_decimal(v):
    if v is None:
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def numbers_equal(a, b):
    a, b = to_decimal(a), to_decimal(b)
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= Decimal("1e-6") * max(abs(a), abs(b))


def squash(s):
    return "".join(str(s).split()) if s is not None else None


def value_ok(g, p):
    if g["type"] == "date":
        return g.get("value") == p.get("value")
    if g.get("value") is None and g.get("value_min") is not None:
        return numbers_equal(g["value_min"], p.get("value_min")) and numbers_equal(g["value_max"], p.get("value_max"))
    return numbers_equal(g.get("value"), p.get("value"))


def metric_ok(g, p):
    pm = squash(p.get("metric"))
    if not pm:
        return False
    return any(gm and (gm == pm or gm in pm or pm in gm) for gm in (squash(g["metric"]), squash(g.get("_metric_alt"))))


def unit_ok(g, p):
    pu = squash(p.get("unit"))
    return pu in (squash(g["unit"]), squash(g.get("_unit_alt")))


def relative_date(g):
    """A date whose year is not written in it (今年, 去年9月, 上个月, 5月12日, 6年前): resolved from context."""
    return g["type"] == "date" and not re.search(r"[0-9０-９]{4}|[〇零一二三四五六七八九]{4}", g["text"])


# Attribute checks on matched pairs: name -> (applies(gold), correct(gold, pred)).
ATTRIBUTES = {
    "value": (lambda g: True, value_ok),
    "unit": (lambda g: g.get("unit") is not None, unit_ok),
    "metric": (lambda g: bool(g.get("metric")), metric_ok),
    "qualifier": (lambda g: True, lambda g, p: g["qualifier"] == p.get("qualifier")),
    "period": (lambda g: bool(g.get("period")), lambda g, p: g["period"] == p.get("period")),
    "direction": (lambda g: g["type"] == "growth_rate", lambda g, p: g.get("direction") == p.get("direction")),
    "basis": (lambda g: g["type"] == "growth_rate", lambda g, p: g.get("basis") == p.get("basis")),
    "relative_date": (relative_date, value_ok),
    "exact_span": (lambda g: True, lambda g, p: (g["span"]["start"], g["span"]["end"]) ==
                   (p["span"]["start"], p["span"]["end"])),
}


def evaluate(docs, predictions):
    counts = {t: {"gold": 0, "pred": 0, "tp": 0} for t in TYPES}
    attrs = {a: {"n": 0, "ok": 0} for a in ATTRIBUTES}
    misses, false_positives, wrong = [], [], []
    for doc in docs:
        gold, pred = doc["facts"], predictions.get(doc["id"], {}).get("records") or []
        pairs = match(gold, pred)
        for g in gold:
            counts[g["type"]]["gold"] += 1
        for p in pred:
            if p.get("type") in counts:
                counts[p["type"]]["pred"] += 1
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            counts[g["type"]]["tp"] += 1
            bad = []
            for name, (applies, correct) in ATTRIBUTES.items():
                if applies(g):
                    attrs[name]["n"] += 1
                    if correct(g, p):
                        attrs[name]["ok"] += 1
                    elif name not in ("exact_span", "relative_date"):  # the latter repeats "value"
                        bad.append(name)
            if bad:
                wrong.append((doc["id"], g, p, bad))
        misses += [(doc["id"], g) for i, g in enumerate(gold) if i not in matched_g]
        false_positives += [(doc["id"], p) for i, p in enumerate(pred) if i not in matched_p]
    return summarize(counts, attrs), misses, false_positives, wrong


def prf(tp, gold, pred):
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def summarize(counts, attrs):
    per_type = {t: dict(c, **prf(c["tp"], c["gold"], c["pred"])) for t, c in counts.items()}
    tot = {k: sum(c[k] for c in counts.values()) for k in ("gold", "pred", "tp")}
    accuracy = {a: dict(v, accuracy=round(v["ok"] / v["n"], 4) if v["n"] else None) for a, v in attrs.items()}
    return {"per_type": per_type, "overall": dict(tot, **prf(tot["tp"], tot["gold"], tot["pred"])),
            "matched": accuracy}


# ---------------------------------------------------------------------------------------------------- OCR damage
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.,:;()"}
WIDEN = str.maketrans(FULL_WIDTH)


def is_cjk(c):
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def damage(text, rng):
    """Returns (damaged text, pos) where pos[i] is the damaged offset of original character i (pos[len] = end).

    Line breaks never fall inside a run of digits (OCR breaks lines between tokens), but do fall between a number
    and its unit. Inside a number of running text (one that follows a Chinese character), a stray space may fall
    between its digits or next to its point (108 6.4亿元, 98. 4亿元), and a 0 or 1 between two digits may be read
    as the letter O or l (1O86.4亿元)."""
    out, pos, length, wide, in_prose = [], [], 0, False, False
    for i, c in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        inside = (prev.isdigit() and (c.isdigit() or c == ".")) or (prev == "." and c.isdigit())
        if c.isdigit() and not prev.isdigit() and prev != ".":
            in_prose = is_cjk(prev)
        if i and not inside:
            r = rng.random()
            insert = ""
            if prev != "\n" and c != "\n" and r < 0.02:
                insert = rng.choice(["\n\n", "\r\n", " \n"]) if r < 0.006 else "\n"
            elif is_cjk(prev) and (is_cjk(c) or c.isdigit()) and r < 0.06:
                insert = " "
            out.append(insert)
            length += len(insert)
        elif inside and in_prose and rng.random() < 0.05:
            out.append(" ")
            length += 1
        if c in FULL_WIDTH and prev not in FULL_WIDTH:
            wide = rng.random() < 0.3  # a whole run (a number with its point and %) goes full-width, or none of it
        pos.append(length)
        letter = c in "01" and prev.isdigit() and nxt.isdigit() and rng.random() < 0.05
        out.append({"0": "O", "1": "l"}[c] if letter else FULL_WIDTH[c] if c in FULL_WIDTH and wide else c)
        length += 1
    pos.append(length)
    return "".join(out), pos


def damaged_docs(docs, seed):
    result = []
    for k, doc in enumerate(docs):
        rng = random.Random(seed * 1000 + k)
        text, pos = damage(doc["_text"], rng)
        facts = []
        for f in doc["facts"]:
            s, e = pos[f["span"]["start"]], pos[f["span"]["end"] - 1] + 1
            facts.append(dict(f, span={"start": s, "end": e}, text=text[s:e]))
        result.append(dict(doc, facts=facts, _text=text))
    return result


def traditional_docs(docs, uconv="uconv"):
    """The articles in traditional characters, via ICU's Hans-Hant transliterator (uconv, Debian's icu-devtools).

    The transliteration maps character to character, so the gold spans stay as they are; a conversion that changes
    the length is an error. Returns None when uconv is not installed."""
    def hant(s):
        proc = subprocess.run([uconv, "-f", "utf-8", "-t", "utf-8", "-x", "Hans-Hant"], input=s.encode("utf-8"),
                              stdout=subprocess.PIPE, check=True)
        return proc.stdout.decode("utf-8")

    result = []
    for doc in docs:
        try:
            text = hant(doc["_text"])
        except FileNotFoundError:
            return None
        if len(text) != len(doc["_text"]):
            raise RuntimeError("%s: Hans-Hant changed the length (%d -> %d)" %
                               (doc["id"], len(doc["_text"]), len(text)))
        # A unit or metric may be reported as written (個, 產值) or folded back (个, 产值): both count as right.
        words = hant("\n".join("%s\n%s" % (f.get("unit") or "", f.get("metric") or "") for f in doc["facts"]))
        words = words.split("\n")
        facts = [dict(f, text=text[f["span"]["start"]:f["span"]["end"]], _unit_alt=words[2 * i] or None,
                      _metric_alt=words[2 * i + 1] or None) for i, f in enumerate(doc["facts"])]
        result.append(dict(doc, facts=facts, _text=text))
    return result


# ------------------------------------------------------------------------------------------------------- report
def fmt(x):
    return "  -  " if x is None else "%.3f" % x


def print_report(title, summary, out):
    out.write("== %s\n" % title)
    out.write("%-14s %5s %5s %5s %7s %7s %7s\n" % ("type", "gold", "pred", "tp", "P", "R", "F1"))
    rows = list(summary["per_type"].items()) + [("overall", summary["overall"])]
    for name, r in rows:
        out.write("%-14s %5d %5d %5d %7s %7s %7s\n" % (name, r["gold"], r["pred"], r["tp"], fmt(r["precision"]),
                                                    fmt(r["recall"]), fmt(r["f1"])))
    out.write("matched figures: " + ", ".join("%s %s (%d/%d)" % (a, fmt(v["accuracy"]), v["ok"], v["n"])
                                              for a, v in summary["matched"].items()) + "\n")


def show(s):
    return json.dumps(s, ensure_ascii=False)


def print_errors(misses, false_positives, wrong, out):
    for doc_id, g in misses:
        out.write("MISS %s %s %s %s value=%s\n" % (doc_id[:3], g["type"], g["span"]["start"], show(g["text"]),
                                                  g.get("value") or "%s~%s" % (g.get("value_min"), g.get("value_max"))))
    for doc_id, p in false_positives:
        out.write("FP   %s %s %s %s value=%s rule=%s\n" % (doc_id[:3], p.get("type"), p["span"]["start"],
                                                          show(p.get("text")), p.get("value"), p.get("rule")))
    for doc_id, g, p, bad in wrong:
        diffs = "; ".join("%s gold=%s pred=%s" % (b, show(g.get(b) if b != "value" else g.get("value") or
                                                            [g.get("value_min"), g.get("value_max")]),
                                                 show(str(p.get(b)) if p.get(b) is not None else None))
                          for b in bad)
        out.write("BAD  %s %s %s %s: %s\n" % (doc_id[:3], g["type"], g["span"]["start"], show(g["text"]), diffs))


def parse_thresholds(spec):
    result = {}
    for item in filter(None, (s.strip() for s in (spec or "").split(","))):
        key, _, value = item.partition("=")
        result[key.strip()] = float(value)
    return result


def check_thresholds(thresholds, summaries):
    failures = []
    for key, minimum in thresholds.items():
        head, _, rest = key.partition(".")
        scope, name = (head, rest) if head in RUNS else ("clean", key)
        s = summaries.get(scope)
        if s is None:
            failures.append("%s: no %s evaluation (add --ocr / --traditional)" % (key, scope))
            continue
        if name in ("f1", "precision", "recall"):
            got = s["overall"][name]
        elif name.startswith("f1.") and name[3:] in s["per_type"]:
            got = s["per_type"][name[3:]]["f1"]
        elif name in s["matched"]:
            got = s["matched"][name]["accuracy"]
        else:
            raise ValueError("unknown threshold key %r" % key)
        if got is None or got < minimum:
            failures.append("%s = %s < %s" % (key, got, minimum))
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--zhfacts", required=True, help="path to the zhfacts CLI")
    ap.add_argument("--gold", default=os.path.join(HERE, "seeds.jsonl"))
    ap.add_argument("--seeds", default=os.path.join(PROJECT, "..", "shared", "corpus", "seeds"))
    ap.add_argument("--ocr", action="store_true", help="also evaluate on synthetic OCR damage")
    ap.add_argument("--ocr-seed", type=int, default=1, help="PRNG seed of the damage (default 1)")
    ap.add_argument("--traditional", action="store_true",
                    help="also evaluate on the articles in traditional characters (ICU Hans-Hant via uconv)")
    ap.add_argument("--thresholds", default=os.environ.get("ZHFACTS_GOLD_THRESHOLDS", ""),
                    help="e.g. f1=0.95,precision=0.97,metric=0.9 "
                         "(default: $ZHFACTS_GOLD_THRESHOLDS; empty: report only)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false positives and wrong attributes")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args()

    if not os.path.isdir(args.seeds):
        print("skipped: no seeds directory at %s" % args.seeds)
        return SKIP
    try:
        thresholds = parse_thresholds(args.thresholds)
        docs = load_gold(args.gold)
        problems = check_gold(docs, args.seeds)
        if problems:
            sys.stderr.write("gold set is inconsistent with the seeds:\n  " + "\n  ".join(problems) + "\n")
            return 2
        for d in docs:
            d["_text"] = read_seed(args.seeds, d["id"])
        runs = [("clean", docs)]
        if args.ocr:
            runs.append(("ocr", damaged_docs(docs, args.ocr_seed)))
        if args.traditional:
            hant = traditional_docs(docs)
            if hant is None:
                sys.stderr.write("traditional: skipped, uconv (Debian icu-devtools) is not installed\n")
            else:
                runs.append(("traditional", hant))
                if args.ocr:
                    runs.append(("traditional_ocr", damaged_docs(hant, args.ocr_seed)))
        summaries, report = {}, sys.stderr if args.json else sys.stdout
        for name, run_docs in runs:
            summary, misses, fps, wrong = evaluate(run_docs, run_cli(args.zhfacts, run_docs))
            summaries[name] = summary
            print_report("%s (%d documents)" % (name, len(run_docs)), summary, report)
            if args.verbose:
                print_errors(misses, fps, wrong, report)
        datelines = check_datelines(args.zhfacts, docs)
        summaries["clean"]["dateline"] = dict(datelines, wrong=[list(w) for w in datelines["wrong"]])
        report.write("reference date found in the text (no date given): %d/%d%s\n" % (
            datelines["ok"], datelines["n"],
            "".join("; %s: want %s, got %s" % w for w in datelines["wrong"])))
    except (OSError, ValueError, KeyError, RuntimeError) as e:
        sys.stderr.write("evaluate.py: %s\n" % e)
        return 2
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=1))
    failures = check_thresholds(thresholds, summaries)
    for f in failures:
        sys.stderr.write("below threshold: %s\n" % f)
    if not thresholds:
        sys.stderr.write("report only: no thresholds set (ZHFACTS_GOLD_THRESHOLDS)\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
