"""zhfacts.extract_frame: a pandas DataFrame, one row per record, with doc_id (issue 7)."""
import json

import pandas as pd
import pytest
import zhfacts

from conftest import articles


def expected_rows(docs):
    rows = []
    for doc_id, text, date in docs:
        for r in zhfacts.extract(text, date):
            rows.append((doc_id, r["type"], r["text"], r["value"], r["span"]["start"], r["byte_span"]["end"]))
    return rows


def frame_rows(df):
    return list(df[["doc_id", "type", "text", "value", "span_start", "byte_end"]].itertuples(index=False, name=None))


def test_columns_are_doc_id_then_flattened_record_keys():
    df = zhfacts.extract_frame(["完成投资约96亿元"])
    assert list(df.columns) == zhfacts.frame_columns()
    assert df.columns[0] == "doc_id" and "span_start" in df.columns and "span" not in df.columns
    assert (df.loc[0, "doc_id"], df.loc[0, "text"], df.loc[0, "value"]) == (0, "约96亿元", 9600000000)


def test_list_of_texts_uses_positions_as_doc_ids():
    docs = articles()
    df = zhfacts.extract_frame([text for _, text, _ in docs], reference_date="2024-06-18")
    assert frame_rows(df) == expected_rows([(i, text, date) for i, (_, text, date) in enumerate(docs)])
    assert len(df) > 40


def test_dict_and_series_use_their_keys():
    docs = {"a": "完成投资约96亿元", "b": "同比增长8.6%"}
    assert list(zhfacts.extract_frame(docs)["doc_id"]) == ["a", "b"]
    assert list(zhfacts.extract_frame(pd.Series(docs))["doc_id"]) == ["a", "b"]


def test_jsonl_path_uses_ids_and_dates(tmp_path):
    path = tmp_path / "news.jsonl"
    docs = articles()
    with open(path, "w", encoding="utf-8") as f:
        for name, text, date in docs:
            f.write(json.dumps({"id": name, "text": text, "date": date}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"text": "今年3月,投资5亿元"}, ensure_ascii=False) + "\n")
    df = zhfacts.extract_frame(str(path), reference_date="2023-01-01")
    assert frame_rows(df) == expected_rows(docs + [(len(docs), "今年3月,投资5亿元", "2023-01-01")])
    assert frame_rows(zhfacts.extract_frame(path, reference_date="2023-01-01")) == frame_rows(df)


def test_workers_give_the_same_frame():
    texts = [text for _, text, _ in articles()] * 5
    assert zhfacts.extract_frame(texts, workers=4).equals(zhfacts.extract_frame(texts))


def test_no_records_gives_an_empty_frame_with_the_columns():
    df = zhfacts.extract_frame(["没有数字的句子。"])
    assert df.empty and list(df.columns) == zhfacts.frame_columns()


def test_bad_jsonl_line_is_a_value_error_with_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "增长3%"}\n{"id": 2, "body": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: "):
        zhfacts.extract_frame(str(path))
    path.write_text('{"id": 1, "text": "增长3%"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1: invalid JSON"):
        zhfacts.extract_frame(str(path))


def test_missing_jsonl_path_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        zhfacts.extract_frame(str(tmp_path / "missing.jsonl"))
