#!/usr/bin/python3
"""CLI contract tests for `zhfacts extract` (issues 5, 6, 7): exit codes, one output line per input line, error
line numbers, determinism across threads, locales and time zones, broken pipes, full disks, -o atomicity, bad
input at scale, streaming memory, and the GNU parallel scale-out.

usage: cli_test.py ZHFACTS_BINARY SOURCE_DIR CASE    (CASE: one of the test_* names below, without "test_")
Each case is one CTest test (tests/cli.cmake). Exit status 0: passed; 77: skipped; anything else: failed.
"""
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
BIN = SRC = TMP = None

# Document texts written for these tests (OCR noise: full-width digits, broken lines, stray spaces).
TEXTS = [
    "今年1—4月,全区规上工业总产值２５３.６３亿元,同比增长2.08%。",
    "2023年,园区营业收入1.2万亿元,比上年增长12%;固定资产投资约96亿\n元,工业投资占比64.48%。",
    "截至2024年3月底,智算中心算力规模达到808P,预计年底前突破1500PFLOPS。",
    "去年9月,新区签约项目42个,总投资逾300亿元;新增用地370亩,年发电量约800万度。",
    "“十四五”期间,全县GDP年均增长6%左右,新产品产值翻一番。",
    "上半年,区内企业销售额同比下降3.5%;高新技术企业1280家,从业人员超过2万人。",
    "三时纪科技与二元工业签署合作协议,地址:石虎山18号。",  # no facts (company names, a street number)
]


def run(args, stdin=None, env=None, check_rc=None):
    p = subprocess.run([BIN] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                       timeout=300)
    if check_rc is not None and p.returncode != check_rc:
        raise AssertionError(f"zhfacts {' '.join(args)[:200]}: exit {p.returncode}, want {check_rc}\n"
                             f"{p.stderr.decode(errors='replace')[-2000:]}")
    return p


def write(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def good_line(i):
    return json.dumps({"id": f"doc-{i}", "text": TEXTS[i % len(TEXTS)], "date": "2024-06-18"},
                      ensure_ascii=False).encode()


def corpus(n):
    return b"".join(good_line(i) + b"\n" for i in range(n))


# Bad JSONL lines, one per kind, with the error code each must give.
BAD_KINDS = [
    (b"{\"id\":\"t\",\"text\":\"unterminated", "invalid_json"),       # truncated line
    (b"{\"text\":\"a\"}{\"text\":\"b\"}", "invalid_json"),            # two objects
    (b"not json at all", "invalid_json"),                             # bad JSON
    (b"", "invalid_json"),                                            # blank line
    (b"[\"text\"]", "invalid_json"),                                  # not an object
    (b"{\"id\":\"m\"}", "missing_text"),                              # no text
    (b"{\"id\":\"n\",\"text\":42}", "missing_text"),                  # non-string text
    (b"{\"id\":{\"k\":1},\"text\":\"a\"}", "invalid_field"),          # object id
    (b"{\"id\":\"" + b"x" * (1 << 20) + b"\",\"text\":\"a\"}", "invalid_field"),  # a 1 MB id
    (b"{\"text\":\"bad \xff\xfe bytes\"}", "invalid_utf8"),           # invalid UTF-8 inside a string
    (b"{\"text\":\"a\",\"date\":\"2024-13-40\"}", "invalid_field"),   # impossible date
    (b"{\"text\":\"a\",\"date\":20240618}", "invalid_field"),         # non-string date
]


def lines_of(out):
    assert out.endswith(b"\n") or not out
    return out.split(b"\n")[:-1]


def sha(b):
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------------------------------------------------------


def test_help_version():
    p = run(["--help"], check_rc=0)
    assert b"examples:" in p.stdout and b"--input-format" in p.stdout and not p.stderr
    p = run(["--version"], check_rc=0)
    assert p.stdout.startswith(b"zhfacts ") and b"schema" in p.stdout
    p = run(["extract", "--help"], check_rc=0)
    assert b"usage:" in p.stdout


def test_exit_codes():
    good = write("good.jsonl", corpus(20))
    bad = write("bad.jsonl", corpus(3) + b"{oops\n" + b"{\"x\":1}\n" + corpus(2))
    run(["extract", "--input-format", "jsonl", good], check_rc=0)
    p = run(["extract", "--input-format", "jsonl", bad], check_rc=1)
    assert b"2 input error" in p.stderr
    run(["extract", "--input-format", "jsonl", "--max-errors", "2", bad], check_rc=0)
    run(["extract", "--input-format", "jsonl", "--max-errors", "1", bad], check_rc=1)
    run(["extract", "--input-format", "jsonl", good, os.path.join(TMP, "missing.jsonl")], check_rc=1)
    for args in (["extract", "--format", "xml"], ["extract", "--bogus"], ["frobnicate"], [],
                 ["extract", "--threads", "0"], ["extract", "--reference-date", "2024-02-30"],
                 ["extract", "--threads"], ["extract", "--lexicon", os.path.join(TMP, "missing.tsv")],
                 ["extract", "--max-doc-bytes", "12X"]):
        p = run(args, stdin=b"", check_rc=2)
        assert not p.stdout, args
        assert p.stderr.startswith(b"zhfacts" if args else b"usage:"), (args, p.stderr)


def test_one_line_per_input_line():
    """Every bad kind between good lines: one output line each, the right code and 1-based line number."""
    data, expect = [], []
    for i, (bad, code) in enumerate(BAD_KINDS):
        data += [good_line(i), bad]
        expect += [None, code]
    path = write("mixed.jsonl", b"\n".join(data))  # the last line has no newline
    p = run(["extract", "--input-format", "jsonl", path], check_rc=1)
    out = lines_of(p.stdout)
    assert len(out) == len(data), (len(out), len(data))
    for n, (line, code) in enumerate(zip(out, expect), start=1):
        doc = json.loads(line)
        if code is None:
            assert not doc["errors"], (n, doc)
            assert doc["records"] or TEXTS[(n // 2) % len(TEXTS)] == TEXTS[-1], (n, doc)  # the last text has none
        else:
            assert [e["code"] for e in doc["errors"]] == [code], (n, doc["errors"])
            assert doc["errors"][0]["line"] == n and doc["errors"][0]["file"] == path
            assert len(doc["errors"][0]["message"]) < 300
    # The valid lines alone give the same bytes.
    alone = run(["extract", "--input-format", "jsonl", write("alone.jsonl", b"\n".join(data[::2]) + b"\n")],
                check_rc=0)
    assert lines_of(alone.stdout) == out[::2]
    # CRLF line endings read like LF; a BOM before the first line is dropped.
    crlf = run(["extract", "--input-format", "jsonl", write("crlf.jsonl", b"\xef\xbb\xbf" + b"\r\n".join(data))],
               check_rc=1)
    assert crlf.stdout.replace(b"crlf.jsonl", b"mixed.jsonl") == p.stdout


def test_interactive():
    """JSONL from a pipe that pauses: each document's line comes out before the next input arrives."""
    import select
    for threads in ("1", "3"):
        proc = subprocess.Popen([BIN, "extract", "--input-format", "jsonl", "--threads", threads],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for i in range(3):
            proc.stdin.write(good_line(i) + b"\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, f"no output for line {i + 1} within 30 s"
            assert json.loads(proc.stdout.readline())["id"] == f"doc-{i}"
        proc.stdin.close()
        assert proc.stdout.read() == b"" and proc.wait(timeout=30) == 0


def test_threads_identical():
    lines = corpus(3000).split(b"\n")
    for i in range(0, len(lines) - 1, 97):  # sprinkle bad lines
        lines[i] = BAD_KINDS[i % len(BAD_KINDS)][0]
    path = write("threads.jsonl", b"\n".join(lines))
    for fmt in ("jsonl", "json", "csv", "tsv"):
        hashes = {}
        for n in (1, 2, 4, 8):
            p = run(["extract", "--input-format", "jsonl", "--format", fmt, "--threads", str(n), path], check_rc=1)
            hashes[n] = sha(p.stdout)
        assert len(set(hashes.values())) == 1, (fmt, hashes)
    texts = [write(f"t{i}.txt", t) for i, t in enumerate(TEXTS)]
    outs = {sha(run(["extract", "--threads", str(n)] + texts, check_rc=0).stdout) for n in (1, 3, 8)}
    assert len(outs) == 1


def test_locale_timezone_identical():
    path = write("env.jsonl", corpus(500))
    hashes = set()
    for lc in ("C", "C.UTF-8"):
        for tz in ("UTC", "Asia/Shanghai"):
            env = dict(os.environ, LC_ALL=lc, TZ=tz)
            for fmt in ("jsonl", "csv"):
                p = run(["extract", "--input-format", "jsonl", "--format", fmt, path], env=env, check_rc=0)
                hashes.add((fmt, sha(p.stdout)))
    assert len(hashes) == 2, hashes


def test_head_broken_pipe():
    path = write("head.jsonl", corpus(30000))
    start = time.monotonic()
    p = subprocess.run(["bash", "-c", f"'{BIN}' extract --input-format jsonl '{path}' | head -1 >/dev/null; "
                                      "echo ${PIPESTATUS[0]}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    assert p.stdout.strip() == b"0", p.stdout
    assert p.stderr == b"", p.stderr
    assert time.monotonic() - start < 30
    # Also when the reader goes away on stdin input, with several threads.
    p = subprocess.run(["bash", "-c", f"cat '{path}' | '{BIN}' extract --input-format jsonl --threads 4 | head -c 10 "
                                      ">/dev/null; echo ${PIPESTATUS[1]}"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    assert p.stdout.strip() == b"0" and p.stderr == b"", (p.stdout, p.stderr)


def test_dev_full():
    if not os.path.exists("/dev/full"):
        return SKIP
    path = write("full.jsonl", corpus(50))
    for extra in ([], ["--threads", "4"], ["--format", "csv"]):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([BIN, "extract", "--input-format", "jsonl", path] + extra, stdout=full,
                               stderr=subprocess.PIPE, timeout=60)
        assert p.returncode == 2, (extra, p.returncode)
        assert b"No space left on device" in p.stderr, p.stderr


def test_output_file_atomic():
    path = write("o.jsonl", corpus(100))
    target = os.path.join(TMP, "out", "facts.jsonl")
    os.makedirs(os.path.dirname(target))
    want = run(["extract", "--input-format", "jsonl", path], check_rc=0).stdout
    p = run(["extract", "--input-format", "jsonl", "-o", target, path], check_rc=0)
    assert not p.stdout
    with open(target, "rb") as f:
        assert f.read() == want
    assert os.listdir(os.path.dirname(target)) == ["facts.jsonl"]  # no temporary left behind
    assert oct(os.stat(target).st_mode & 0o777) != "0o600"       # a normal file mode, not mkstemp's
    # While running, only a temporary exists; the final name appears when complete.
    target2 = os.path.join(TMP, "out", "live.jsonl")
    proc = subprocess.Popen([BIN, "extract", "--input-format", "jsonl", "--threads", "1", "-o", target2],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(corpus(3000))
    proc.stdin.flush()
    time.sleep(0.5)
    assert not os.path.exists(target2)
    temps = [n for n in os.listdir(os.path.dirname(target)) if n.startswith(".live.jsonl.tmp-")]
    assert len(temps) == 1, os.listdir(os.path.dirname(target))
    # Killed mid-run: no final file and no temporary.
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGTERM
    assert sorted(os.listdir(os.path.dirname(target))) == ["facts.jsonl"]
    # A directory that does not exist: exit 2, nothing created.
    p = run(["extract", "-o", os.path.join(TMP, "nodir", "x.jsonl"), path], check_rc=2)
    assert b"No such file or directory" in p.stderr
    # An existing file is replaced only on success.
    with open(target, "wb") as f:
        f.write(b"old")
    run(["extract", "--input-format", "jsonl", "-o", target, path], check_rc=0)
    with open(target, "rb") as f:
        assert f.read() == want


def test_text_inputs():
    a, b = write("a.txt", TEXTS[0]), write("b.txt", TEXTS[2])
    missing, directory = os.path.join(TMP, "missing.txt"), TMP
    p = run(["extract", a, missing, directory, b], check_rc=1)
    docs = [json.loads(l) for l in lines_of(p.stdout)]
    assert [d["id"] for d in docs] == [a, missing, directory, b]
    assert docs[0]["records"] and docs[3]["records"]
    assert docs[1]["errors"][0]["code"] == "io_error" and docs[1]["errors"][0]["line"] is None
    assert docs[2]["errors"][0]["code"] == "io_error" and "Is a directory" in docs[2]["errors"][0]["message"]
    if os.geteuid() != 0:  # root reads any file
        locked = write("locked.txt", TEXTS[1])
        os.chmod(locked, 0)
        p = run(["extract", locked, a], check_rc=1)
        assert b"Permission denied" in p.stdout
    # stdin: no file, or "-".
    one = run(["extract", a], check_rc=0).stdout.replace(json.dumps(a).encode(), b'"-"')
    assert run(["extract"], stdin=TEXTS[0].encode(), check_rc=0).stdout == one
    assert run(["extract", "-"], stdin=TEXTS[0].encode(), check_rc=0).stdout == one
    # LF, CRLF and CR versions of a document give the same facts.
    facts = set()
    for eol in ("\n", "\r\n", "\r"):
        doc = json.loads(run(["extract", "-"], stdin=(TEXTS[1].replace("\n", eol)).encode(), check_rc=0).stdout)
        facts.add(json.dumps([(r["type"], r["value"], r["unit"]) for r in doc["records"]]))
    assert len(facts) == 1, facts


def test_doc_too_large():
    big = write("big.txt", "产值100亿元。" * 2000)  # ~34 KB
    p = run(["extract", "--max-doc-bytes", "16K", big, write("small.txt", TEXTS[0])], check_rc=1)
    docs = [json.loads(l) for l in lines_of(p.stdout)]
    assert docs[0]["errors"][0]["code"] == "doc_too_large" and not docs[0]["records"]
    assert docs[1]["records"] and not docs[1]["errors"]
    line = json.dumps({"text": "产值100亿元。" * 2000}, ensure_ascii=False).encode()
    path = write("big.jsonl", good_line(0) + b"\n" + line + b"\n" + good_line(1) + b"\n")
    p = run(["extract", "--input-format", "jsonl", "--max-doc-bytes", "16K", path], check_rc=1)
    docs = [json.loads(l) for l in lines_of(p.stdout)]
    assert len(docs) == 3
    assert docs[1]["errors"] == [{"code": "doc_too_large", "message": docs[1]["errors"][0]["message"],
                                  "file": path, "line": 2}]
    assert docs[0]["records"] and docs[2]["records"]
    # From stdin too (the rest of the pipe is drained, not buffered).
    p = run(["extract", "--max-doc-bytes", "1K"], stdin=b"x" * 100000, check_rc=1)
    assert json.loads(p.stdout)["errors"][0]["code"] == "doc_too_large"


def test_formats():
    path = write("f.jsonl", corpus(14))
    csv = run(["extract", "--input-format", "jsonl", "--format", "csv", path], check_rc=0).stdout
    assert csv.startswith(b"\xef\xbb\xbfdoc_id,type,text,value,unit,")
    rows = csv.split(b"\r\n")
    assert rows[-1] == b"" and len(rows) > 10
    nobom = run(["extract", "--input-format", "jsonl", "--format", "csv", "--no-bom", path], check_rc=0).stdout
    assert nobom == csv[3:]
    tsv = run(["extract", "--input-format", "jsonl", "--format", "tsv", "--no-bom", path], check_rc=0).stdout
    assert tsv.startswith(b"doc_id\ttype\ttext\tvalue\t")
    arr = json.loads(run(["extract", "--input-format", "jsonl", "--format", "json", path], check_rc=0).stdout)
    assert arr and all(list(r)[0] == "doc_id" for r in arr)
    assert json.loads(run(["extract", "--format", "json"], stdin=b"", check_rc=0).stdout) == []
    explain = run(["extract", "--explain", "--reference-date", "2024-06-18"], stdin=TEXTS[0].encode(),
                  check_rc=0).stdout.decode()
    assert "rule=money.amount" in explain or "rule=" in explain, explain
    # Formula triggers in text cells are neutralized; numbers stay numbers.
    doc = json.dumps({"id": "=cmd|' /C calc'!A0", "text": TEXTS[5]}, ensure_ascii=False) + "\n"
    out = run(["extract", "--input-format", "jsonl", "--format", "csv", "--no-bom"], stdin=doc.encode(),
              check_rc=0).stdout.decode()
    assert "\r\n\"'=cmd|' /C calc'!A0\"," in out, out[:400]
    out = run(["extract", "--input-format", "jsonl", "--format", "csv", "--no-formula-protection"],
              stdin=doc.encode(), check_rc=0).stdout.decode()
    assert "\r\n\"=cmd|' /C calc'!A0\"," in out


def test_bad_input_at_scale():
    """100,000 lines, 10,000 of them bad (12 kinds): exactly 10,000 error entries at the right line numbers, and
    the output for the valid lines byte-identical to a run on the valid lines alone."""
    rng = random.Random(6)
    n, n_bad = 100000, 10000
    bad_at = set(rng.sample(range(1, n + 1), n_bad))
    lines, valid, expect = [], [], {}
    for no in range(1, n + 1):
        if no in bad_at:
            kind = BAD_KINDS[no % len(BAD_KINDS)]
            if kind[0].startswith(b"{\"id\":\"xxxx") and no % 50:  # a few 1 MB ids, the others 2 KB
                kind = (b"{\"id\":\"" + b"y" * 2000 + b"\",\"text\":\"a\"}", kind[1])
            lines.append(kind[0])
            expect[no] = kind[1]
        else:
            lines.append(good_line(no))
            valid.append(lines[-1])
    kinds = {lines[no - 1][:30] for no in bad_at}
    assert len(kinds) >= 10, len(kinds)
    full = write("scale.jsonl", b"\n".join(lines) + b"\n")
    alone = write("scale_valid.jsonl", b"\n".join(valid) + b"\n")
    del lines, valid
    start = time.monotonic()
    outs = []
    for path, rc in ((full, 1), (alone, 0)):  # output to files: ~250 MB, not held in memory here
        outs.append(path + ".out")
        with open(outs[-1], "wb") as out:
            p = subprocess.run([BIN, "extract", "--input-format", "jsonl", path], stdout=out,
                               stderr=subprocess.PIPE, timeout=300)
        assert p.returncode == rc, (p.returncode, p.stderr[-500:])
    errors = 0
    with open(outs[0], "rb") as got, open(outs[1], "rb") as want:
        for no, line in enumerate(got, start=1):
            if no in bad_at:
                doc = json.loads(line)
                assert len(doc["errors"]) == 1 and doc["errors"][0]["line"] == no, (no, doc["errors"])
                assert doc["errors"][0]["code"] == expect[no], (no, doc["errors"], expect[no])
                errors += 1
            else:
                assert b'"errors":[]' in line
                assert line == want.readline(), no  # byte-identical to the run on the valid lines alone
        assert no == n and want.readline() == b""
    assert errors == n_bad
    print(f"100,000 lines checked in {time.monotonic() - start:.1f} s")


def test_streaming_memory():
    """Peak RSS stays flat on a large JSONL input with one thread (issue 5: < 64 MiB on 1 GiB)."""
    one = corpus(2000)
    path = os.path.join(TMP, "large.jsonl")
    with open(path, "wb") as f:
        for _ in range(16):  # ~20 MB, with a 12 MB line among the documents
            f.write(one)
        f.write(json.dumps({"text": "增长5%。" * 1000000}, ensure_ascii=False).encode() + b"\n")
        for _ in range(16):
            f.write(one)
    # VmHWM of the running process (ru_maxrss of a child would count the Python process it was forked from).
    for threads, limit in ((1, 64), (2, 128)):
        with open(os.devnull, "wb") as null:
            proc = subprocess.Popen([BIN, "extract", "--input-format", "jsonl", "--threads", str(threads),
                                     "--max-doc-bytes", "1M", path], stdout=null, stderr=subprocess.DEVNULL)
        peak_kib = 0
        while proc.poll() is None:
            try:
                with open(f"/proc/{proc.pid}/status") as status:
                    for row in status:
                        if row.startswith("VmHWM:"):
                            peak_kib = max(peak_kib, int(row.split()[1]))
            except OSError:
                pass
            time.sleep(0.01)
        assert proc.returncode == 1, proc.returncode  # the 12 MB line is over the 1 MiB cap
        print(f"--threads {threads}: peak RSS {peak_kib / 1024:.1f} MiB (limit {limit} MiB)")
        assert 0 < peak_kib < limit * 1024, peak_kib


def spreadsheet_feed():
    """A CSV of realistic documents (one id that looks like a formula) and the records it must hold."""
    docs = [{"id": "=HYPERLINK(\"http://x\")" if i == 0 else f"新闻-{i}", "text": t, "date": "2024-06-18"}
            for i, t in enumerate(TEXTS)]
    stdin = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode()
    records = []
    for line in lines_of(run(["extract", "--input-format", "jsonl"], stdin=stdin, check_rc=0).stdout):
        doc = json.loads(line)
        records += [dict(r, doc_id=str(doc["id"])) for r in doc["records"]]
    csv = write("feed.csv", run(["extract", "--input-format", "jsonl", "--format", "csv"], stdin=stdin,
                                check_rc=0).stdout)
    assert len(records) > 10
    return csv, records


def test_pandas_csv():
    """pandas reads the CSV with Chinese text, numbers as numbers and dates as dates."""
    try:
        import pandas
    except ImportError:
        return SKIP
    csv, records = spreadsheet_feed()
    df = pandas.read_csv(csv, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert len(df) == len(records)
    for col in ("span_start", "span_end", "byte_start", "byte_end"):
        assert str(df[col].dtype) == "int64", (col, df[col].dtype)
    for i, r in enumerate(records):
        row = df.iloc[i]
        assert row["text"] == r["text"] and row["type"] == r["type"], (row["text"], r["text"])
        assert row["doc_id"] == ("'" + r["doc_id"] if r["doc_id"].startswith("=") else r["doc_id"])
        if r["type"] != "date":
            assert float(row["value"]) == float(r["value"]), (row["value"], r["value"])
        for col in ("period_start", "period_end"):
            if r[col]:
                assert pandas.to_datetime(row[col]).strftime("%Y-%m-%d") == r[col]


def test_libreoffice_csv():
    """LibreOffice (headless, the UTF-8 CSV filter the README documents) imports Chinese text intact, numbers as
    numbers, full dates as dates, and no formula."""
    soffice = shutil.which("soffice")
    if not soffice:
        return SKIP
    import xml.etree.ElementTree as ET
    csv, records = spreadsheet_feed()
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    t, o = "{%s}" % ns["table"], "{%s}" % ns["office"]
    columns = None
    for infilter, text_kept in (("CSV:44,34,76,1,,0,true", True), ("CSV:44,34,76,1", False)):
        subprocess.run([soffice, f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless",
                        f"--infilter={infilter}", "--convert-to", "fods", "--outdir", TMP, csv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=True)
        rows = []
        for r in ET.parse(csv[:-4] + ".fods").getroot().iter(t + "table-row"):
            cells = []
            for c in r.findall("table:table-cell", ns):
                assert c.get(t + "formula") is None, "a cell became a formula"
                n = min(int(c.get(t + "number-columns-repeated", "1")), 64)
                text = "\n".join("".join(p.itertext()) for p in c.iter("{%s}p" % ns["text"]))
                cells += [(c.get(o + "value-type"), c.get(o + "value") or c.get(o + "date-value"), text)] * n
            rows.append(cells)
        columns = [c[2] for c in rows[0] if c[2]]
        col = {name: i for i, name in enumerate(columns)}
        assert len(rows) >= len(records) + 1
        for r, cells in zip(records, rows[1:]):
            if text_kept:  # quoted cells stay text: 8.6% is not turned into 0.086
                assert cells[col["text"]] == ("string", None, r["text"]), (cells[col["text"]], r["text"])
            elif not r["text"].isascii():  # UTF-8 read as UTF-8 (8.6% may become a percentage here)
                assert cells[col["text"]] == ("string", None, r["text"]), (cells[col["text"]], r["text"])
            assert cells[col["doc_id"]][0] == "string" and cells[col["doc_id"]][2].lstrip("'") == r["doc_id"]
            assert cells[col["rule"]] == ("string", None, r["rule"])
            if r["type"] != "date":
                kind, value, _ = cells[col["value"]]
                assert kind == "float" and float(value) == float(r["value"]), (cells[col["value"]], r["value"])
            for name in ("span_start", "byte_end"):
                assert cells[col[name]][0] == "float"
            for name in ("period_start", "period_end"):
                if r[name]:
                    assert cells[col[name]][0] == "date" and cells[col[name]][1].startswith(r[name]), cells[col[name]]
    assert columns[:4] == ["doc_id", "type", "text", "value"]


def test_lexicon():
    """--lexicon adds entries in the built-in TSV format; a malformed file stops the run with file:line."""
    good = write("xts.tsv", "# A test currency (XTS is the ISO 4217 code reserved for testing).\n"
                            "word\tcode\n测试币\tXTS\n")
    text = "去年,该项目吸引投资500万测试币。".encode()
    without = run(["extract", "-"], stdin=text, check_rc=0).stdout
    with_lex = run(["extract", "--lexicon", good, "-"], stdin=text, check_rc=0).stdout
    assert b'"unit":"XTS"' in with_lex and b'"unit":"XTS"' not in without
    bad = write("bad.tsv", "word\tcode\n测试币\n")
    p = run(["extract", "--lexicon", good, "--lexicon", bad, "-"], stdin=text, check_rc=2)
    assert not p.stdout and f"{bad}:2:".encode() in p.stderr, p.stderr


def test_tty_manners():
    """A progress line and a coloured "error:" only when stderr is a terminal; NO_COLOR turns colour off."""
    if not shutil.which("script"):
        return SKIP
    path = write("tty.jsonl", corpus(20000))
    cmd = f"'{BIN}' extract --input-format jsonl --threads 2 '{path}' '{TMP}/missing' >/dev/null"
    typescript = os.path.join(TMP, "typescript")
    for no_color in (False, True):
        env = dict(os.environ, TERM="xterm")
        env.pop("NO_COLOR", None)
        if no_color:
            env["NO_COLOR"] = "1"
        subprocess.run(["script", "-qec", cmd, typescript], env=env, stdout=subprocess.DEVNULL, timeout=120)
        with open(typescript, "rb") as f:
            tty = f.read()
        assert b" docs, " in tty and b" MB/s" in tty, tty[-500:]
        assert (b"\x1b[" in tty) != no_color, tty[-500:]
    p = run(["extract", "--input-format", "jsonl", path, os.path.join(TMP, "missing")],
            env=dict(os.environ, TERM="xterm"), check_rc=1)
    assert b"docs," not in p.stderr and b"\x1b" not in p.stderr and b"\r" not in p.stderr, p.stderr


def test_gnu_parallel():
    if not shutil.which("parallel"):
        print("GNU parallel not installed: skipped")
        return SKIP
    lines = corpus(2500).split(b"\n")
    lines[10] = b"{bad"
    path = write("par.jsonl", b"\n".join(lines))
    direct = run(["extract", "--input-format", "jsonl", "--threads", "1"], stdin=open(path, "rb").read()).stdout
    p = subprocess.run(["bash", "-c", f"parallel --will-cite --pipe --keep-order -N 1000 '{BIN}' extract "
                                      f"--input-format jsonl --threads 1 < '{path}'"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    # Line numbers restart in each chunk; everything else is identical.
    strip = lambda b: [json.dumps({k: v for k, v in json.loads(l).items() if k != "errors"}) for l in lines_of(b)]
    assert len(lines_of(p.stdout)) == 2500
    assert strip(p.stdout) == strip(direct)


def main():
    global BIN, SRC, TMP
    BIN, SRC, case = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory(prefix="zhfacts-cli-") as TMP:
        rc = globals()["test_" + case]()
    sys.exit(rc or 0)


if __name__ == "__main__":
    main()
