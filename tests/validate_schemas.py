#!/usr/bin/python3
"""Validates real `zhfacts extract` output against schemas/*.schema.json (JSON Schema 2020-12, with a
FormatChecker), using Debian's python3-jsonschema.

usage: validate_schemas.py ZHFACTS_BINARY SOURCE_DIR [SHARED_DIR]

Inputs: the bundled sample article, the CLI test texts (tests/data/cli/*.txt), the real articles in
SHARED_DIR/corpus/seeds/*.txt when present, and a JSONL file with good and bad lines (error lines). Checked:
--format jsonl lines (document schema), --format json (records schema: an array of records, each with doc_id first
and the same keys in every object), --explain records, and the provenance of every record of a text input.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker, RefResolver


def load_validators(source):
    schemas = {}
    for name in ("record", "document", "records"):
        with open(os.path.join(source, "schemas", name + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        schemas[name] = schema
    store = {s["$id"]: s for s in schemas.values()}
    checker = FormatChecker()
    # The checker must really check dates, or "format" would be a silent annotation.
    assert not checker.conforms("2024-02-30", "date"), "FormatChecker does not check dates"
    return {name: Draft202012Validator(s, resolver=RefResolver.from_schema(s, store=store), format_checker=checker)
            for name, s in schemas.items()}, schemas


def run(binary, args, stdin=None):
    p = subprocess.run([binary] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        raise SystemExit(f"zhfacts {args} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout


def validate(validator, instance, where):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        for e in errors[:5]:
            print(f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}", file=sys.stderr)
        raise SystemExit(f"{where}: {len(errors)} schema violation(s)")


def main():
    binary, source = sys.argv[1], sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else None
    validators, schemas = load_validators(source)

    version = run(binary, ["--version"]).decode()
    want = schemas["document"]["properties"]["schema_version"]["const"]
    assert f"(schema {want})" in version, f"kSchemaVersion and the schema disagree: {version!r} vs {want}"

    texts = [os.path.join(source, "examples", "data", "sample_article.txt")]
    texts += sorted(glob.glob(os.path.join(source, "tests", "data", "cli", "*.txt")))
    seeds = sorted(glob.glob(os.path.join(shared, "corpus", "seeds", "*.txt"))) if shared else []
    print(f"{len(texts)} test texts, {len(seeds)} real articles" + ("" if seeds else " (../shared absent: skipped)"))
    texts += seeds

    lines = records = 0
    types = set()
    for path in texts:
        with open(path, "rb") as f:
            original = f.read()
        for extra in ([], ["--reference-date", "2024-06-18"], ["--explain", "--format", "jsonl"]):
            out = run(binary, ["extract", "--threads", "2"] + extra + [path]).decode("utf-8")
            assert out.count("\n") == 1 and out.endswith("\n"), f"{path}: not exactly one line"
            doc = json.loads(out)
            validate(validators["document"], doc, f"{path} {extra}")
            assert doc["id"] == path and not doc["errors"]
            for r in doc["records"]:
                # Provenance: the original sliced at byte_span and at span equals text.
                b = r["byte_span"]
                assert original[b["start"]:b["end"]].decode("utf-8") == r["text"], (path, r)
                cps = original.decode("utf-8", errors="replace")
                assert cps[r["span"]["start"]:r["span"]["end"]] == r["text"], (path, r)
                assert ("sentence" in r) == ("--explain" in extra), r
                types.add(r["type"])
            lines += 1
            records += len(doc["records"])

        arr = json.loads(run(binary, ["extract", "--format", "json", "--reference-date", "2024-06-18", path]))
        validate(validators["records"], arr, f"{path} --format json")
        for r in arr:
            assert next(iter(r)) == "doc_id" and r["doc_id"] == path
            assert list(r) == list(arr[0]), "--format json: the same keys in every object"

    # Error lines: every kind of bad JSONL line, beside good ones.
    good = json.dumps({"id": "g1", "text": "2023年全区规上工业总产值253.63亿元,同比增长2.08%。", "date": "2024-01-05"},
                      ensure_ascii=False).encode()
    bad = [b"", b"{\"text\":", b"{\"text\":\"a\"}{\"text\":\"b\"}", b"{\"id\":\"m\"}", b"{\"text\":5}",
           b"{\"id\":{},\"text\":\"a\"}", b"{\"id\":\"" + b"i" * 2000 + b"\",\"text\":\"a\"}",
           b"{\"text\":\"\xff\"}", b"{\"text\":\"a\",\"date\":\"2024-02-30\"}", b"[1,2]",
           b"{\"text\":\"" + b"x" * 5000 + b"\"}"]
    jsonl = b"\n".join([good] + bad + [good]) + b"\r\n"
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as f:
        f.write(jsonl)
        f.flush()
        out = run(binary, ["extract", "--input-format", "jsonl", "--max-doc-bytes", "4K", f.name, "/nonexistent"])
        docs = [json.loads(l) for l in out.decode("utf-8").splitlines()]
        assert len(docs) == len(bad) + 3, len(docs)
        codes = set()
        for i, doc in enumerate(docs):
            validate(validators["document"], doc, f"error lines #{i + 1}")
            codes.update(e["code"] for e in doc["errors"])
        assert codes == {"invalid_json", "missing_text", "invalid_field", "invalid_utf8", "doc_too_large",
                         "io_error"}, codes
        arr = json.loads(run(binary, ["extract", "--input-format", "jsonl", "--format", "json", f.name]))
        validate(validators["records"], arr, "jsonl --format json")

    print(f"valid: {lines} document lines, {records} records (types: {', '.join(sorted(types))}), "
          f"error lines of {len(codes)} codes")


if __name__ == "__main__":
    main()
