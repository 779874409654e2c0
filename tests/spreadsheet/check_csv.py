"""Spreadsheet check (issue 7): `zhfacts extract --format csv` opened as an analyst would open it.

    check_csv.py pandas|libreoffice CLI WORKDIR ARTICLE...

Runs the CLI on the articles (reference date 2024-06-18) and checks, for every row, that
  - Chinese text arrives intact: the text cell equals the original document sliced at byte_start:byte_end;
  - numbers arrive as numbers (value, spans, …) equal to the CSV's exact decimal;
  - dates arrive as dates: day-granularity date values and period_start/period_end.
`pandas` reads the CSV with pandas.read_csv; `libreoffice` converts it to xlsx with soffice --headless and the UTF-8
CSV import filter (README: feeding spreadsheets), then reads the cells with openpyxl. A leading UTF-8 BOM (the CLI's
default for Excel) is accepted. Exits 77 (CTest: skipped) when soffice is missing.
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

# Columns that hold numbers (for date rows, value/value_min/value_max hold ISO dates) and real dates.
NUMERIC = {"value", "value_min", "value_max", "value_canonical", "span_start", "span_end", "byte_start", "byte_end"}
DATES = {"period_start", "period_end"}


def text_column_spec(header):
    """The LibreOffice CSV filter's column formats: 2 (Text) for every text column, so a cell like 8.6% or 2023
    stays as written; numeric and date columns keep 1 (Standard) and are detected."""
    return "/".join(f"{i + 1}/2" for i, name in enumerate(header) if name not in NUMERIC | DATES)


def is_cjk(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def run_cli(cli, workdir, articles, scratch):
    out = subprocess.run([cli, "extract", "--format", "csv", "--reference-date", "2024-06-18", *articles],
                         cwd=workdir, check=True, capture_output=True).stdout
    path = os.path.join(scratch, "facts.csv")
    with open(path, "wb") as f:
        f.write(out)
    text = out.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return path, rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def check_rows(rows, workdir):
    """The CSV itself: the text column is the original slice, so later comparisons test the spreadsheet."""
    originals = {}
    for r in rows:
        if r["doc_id"] not in originals:
            with open(os.path.join(workdir, r["doc_id"]), "rb") as f:
                originals[r["doc_id"]] = f.read()
        data = originals[r["doc_id"]]
        text = r["text"]
        if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
            text = text[1:]  # the CLI's formula protection
        expect(data[int(r["byte_start"]):int(r["byte_end"])].decode("utf-8") == text, f"provenance of {r}")
    expect(sum(is_cjk(r["text"]) for r in rows) >= 10, "at least 10 records with Chinese text")
    expect(any(r["type"] == "date" and r["granularity"] == "day" for r in rows), "at least one full date")


failures = []


def expect(ok, what):
    if not ok:
        failures.append(what)


def day(s):
    return datetime.date.fromisoformat(s)


def check_pandas(path, header, rows):
    import pandas as pd

    df = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    expect(list(df.columns) == header, f"pandas header {list(df.columns)}")
    expect(len(df) == len(rows), f"pandas rows {len(df)} != {len(rows)}")
    for col in ("span_start", "span_end", "byte_start", "byte_end"):
        expect(pd.api.types.is_integer_dtype(df[col]), f"pandas {col} dtype {df[col].dtype}")
    for i, r in enumerate(rows):
        cell = df.iloc[i]
        expect(str(cell["text"]) == r["text"], f"pandas text row {i}: {cell['text']!r} != {r['text']!r}")
        expect(str(cell["metric"]) == r["metric"], f"pandas metric row {i}")
        if r["type"] != "date" and r["value"]:
            expect(float(cell["value"]) == float(Decimal(r["value"])), f"pandas value row {i}: {cell['value']!r}")
        elif r["granularity"] == "day":
            got = pd.to_datetime(cell["value"], format="%Y-%m-%d").date()
            expect(got == day(r["value"]), f"pandas date row {i}: {got} != {r['value']}")
        for col in DATES:
            if r[col]:
                expect(pd.to_datetime(cell[col]).date() == day(r[col]), f"pandas {col} row {i}")


def convert_with_libreoffice(path, filter_options):
    # Beside the CSV, in the run's scratch directory; a private profile there: parallel runs do not collide.
    scratch = os.path.dirname(path)
    out = tempfile.mkdtemp(prefix="xlsx_", dir=scratch)
    profile = tempfile.mkdtemp(prefix="lo_profile_", dir=scratch)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    f"--infilter={filter_options}", "--convert-to", "xlsx", "--outdir", out, path],
                   check=True, capture_output=True, timeout=300)
    import openpyxl

    return list(openpyxl.load_workbook(os.path.join(out, "facts.xlsx")).active.iter_rows(values_only=True))


def date_cell_ok(cell, want, granularity):
    """A full date must become a real date; a month may become its first day, a year the number; anything else
    (2024-Q1, 2023/2025) must stay the string as written."""
    if granularity == "day":
        return isinstance(cell, datetime.datetime) and cell.date() == day(want)
    if granularity == "datetime":  # 2024-06-18T09:12:05 arrives as a real date-time
        return isinstance(cell, datetime.datetime) and cell == datetime.datetime.fromisoformat(want)
    if granularity == "month" and isinstance(cell, datetime.datetime):
        return cell.date() == day(want + "-01")
    if granularity == "year" and isinstance(cell, (int, float)):
        return cell == int(want)
    return cell == want


def check_libreoffice(path, header, rows, filter_options, text_as_written):
    cells = convert_with_libreoffice(path, filter_options)
    where = f"LibreOffice ({filter_options})"
    expect(list(cells[0][:len(header)]) == header, f"{where} header {cells[0]}")
    expect(len(cells) == len(rows) + 1, f"{where} rows {len(cells) - 1} != {len(rows)}")
    for i, (r, row) in enumerate(zip(rows, cells[1:])):
        got = dict(zip(header, row))
        for name in header:
            want, cell = r[name], got[name]
            if not want:
                expect(cell is None, f"{where} row {i} {name}: {cell!r} should be empty")
            elif name in NUMERIC and not (r["type"] == "date" and name.startswith("value")):
                expect(isinstance(cell, (int, float)) and cell == float(Decimal(want)),
                       f"{where} row {i} {name}: {cell!r} should be the number {want}")
            elif name in DATES or (name.startswith("value") and r["type"] == "date"):
                expect(date_cell_ok(cell, want, r["granularity"] if name not in DATES else "day"),
                       f"{where} row {i} {name}: {cell!r} should be the date {want}")
            elif is_cjk(want) or text_as_written:
                expect(cell == want, f"{where} row {i} {name}: {cell!r} != {want!r}")


def main():
    with tempfile.TemporaryDirectory(prefix="zhfacts_csv_") as scratch:  # removed however the checks end
        return check(*sys.argv[1:4], sys.argv[4:], scratch)


def check(mode, cli, workdir, articles, scratch):
    path, header, rows = run_cli(cli, workdir, articles, scratch)
    check_rows(rows, workdir)
    if mode == "pandas":
        check_pandas(path, header, rows)
    else:
        if shutil.which("soffice") is None:
            print("soffice not found (Debian: libreoffice-calc-nogui): skipped")
            return 77
        # The documented import: UTF-8 (76), comma, double quote, from line 1, text columns as Text.
        check_libreoffice(path, header, rows, "CSV:44,34,76,1," + text_column_spec(header), text_as_written=True)
        # The minimal filter: Chinese text, numbers and dates still arrive; 8.6% may become a number there.
        check_libreoffice(path, header, rows, "CSV:44,34,76,1", text_as_written=False)
    for f in failures[:30]:
        print("FAIL:", f)
    print(f"{mode}: {len(rows)} rows checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
