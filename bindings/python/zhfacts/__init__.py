"""zhfacts — typed, source-linked facts from Chinese economic and technology news.

    >>> import zhfacts
    >>> for r in zhfacts.extract("2023年,全区规上工业总产值253.63亿元,同比增长2.08%。", reference_date="2024-05-20"):
    ...     print(r["type"], r["text"], r["value"], r["unit"])

    >>> ex = zhfacts.Extractor(traditional_to_simplified=True, lexicon_files=["my_units.tsv"])
    >>> ex.extract(text)                     # reusable, thread-safe; the GIL is released while extracting
    >>> zhfacts.extract_frame(["…", "…"])    # a pandas DataFrame, one row per record, with doc_id

Each record is a dict with the keys and values of the JSON output (schemas/record.schema.json). Errors raise
ValueError (bad input, bad lexicon), OSError (unreadable files) or RuntimeError (a bug).
"""

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from ._zhfacts import CSV_COLUMNS, RECORD_KEYS, RECORD_TYPES, SCHEMA_VERSION, Extractor, __version__

__all__ = ["Extractor", "extract", "extract_frame", "read_jsonl", "frame_columns", "RECORD_KEYS", "RECORD_TYPES",
           "CSV_COLUMNS", "SCHEMA_VERSION", "__version__"]

_default = None
_default_lock = threading.Lock()


def _default_extractor():
    global _default
    with _default_lock:
        if _default is None:
            _default = Extractor()
        return _default


def extract(text, reference_date=None):
    """The records of one document, as a list of dicts, with the default Extractor."""
    return _default_extractor().extract(text, reference_date)


def read_jsonl(path):
    """Yields (id, text, date) for each line {"id": …, "text": …, "date": "YYYY-MM-DD"} of a JSONL file, as the CLI's
    --input-format jsonl reads it. A missing id is the 0-based line index. Raises ValueError with file:line."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError as e:
                raise ValueError(f"{path}:{n + 1}: invalid JSON: {e}") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise ValueError(f"{path}:{n + 1}: not a JSON object with a string \"text\"")
            date = doc.get("date")
            if date is not None and not isinstance(date, str):
                raise ValueError(f"{path}:{n + 1}: \"date\" must be a string YYYY-MM-DD")
            yield doc.get("id", n), doc["text"], date


def frame_columns():
    """The columns of extract_frame(): doc_id, then the record keys with span and byte_span flattened to
    span_start, span_end, byte_start, byte_end (the CSV's names)."""
    columns = ["doc_id"]
    for key in RECORD_KEYS:
        if key == "span":
            columns += ["span_start", "span_end"]
        elif key == "byte_span":
            columns += ["byte_start", "byte_end"]
        else:
            columns.append(key)
    return columns


def _flatten(doc_id, record):
    row = {"doc_id": doc_id}
    for key, value in record.items():
        if key == "span":
            row["span_start"], row["span_end"] = value["start"], value["end"]
        elif key == "byte_span":
            row["byte_start"], row["byte_end"] = value["start"], value["end"]
        else:
            row[key] = value
    return row


def extract_frame(texts_or_jsonl_path, reference_date=None, extractor=None, workers=1):
    """A pandas DataFrame with one row per record and a doc_id column, in document order.

    texts_or_jsonl_path: a path (str or os.PathLike) to a JSONL file of {"id","text","date"} lines; or a list of
    texts (doc_id = position); or a dict or pandas Series {doc_id: text}. reference_date is the default for
    documents without their own "date". workers > 1 extracts on that many threads (same result, same order).
    """
    import pandas as pd

    ex = extractor if extractor is not None else _default_extractor()
    if isinstance(texts_or_jsonl_path, (str, bytes, os.PathLike)):
        docs = list(read_jsonl(os.fsdecode(texts_or_jsonl_path)))
    elif isinstance(texts_or_jsonl_path, pd.Series) or hasattr(texts_or_jsonl_path, "items"):
        docs = [(doc_id, text, None) for doc_id, text in texts_or_jsonl_path.items()]
    else:
        docs = [(i, text, None) for i, text in enumerate(texts_or_jsonl_path)]

    def run(doc):
        doc_id, text, date = doc
        return [_flatten(doc_id, r) for r in ex.extract(text, date or reference_date)]

    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            per_doc = list(pool.map(run, docs))
    else:
        per_doc = [run(d) for d in docs]
    rows = [row for rows in per_doc for row in rows]
    return pd.DataFrame(rows, columns=frame_columns())
