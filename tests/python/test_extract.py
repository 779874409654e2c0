"""zhfacts.extract and zhfacts.Extractor: records are the JSON records, with exact provenance; errors are Python
exceptions with the status message (issue 7)."""
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
import zhfacts

from conftest import articles

ARTICLE = "今年1—5月,溪南高新区规上工业总产值412.37亿元,同比增长8.6%;新增算力 500P,完成投资约96亿元。"


def test_records_have_the_json_keys_in_order():
    records = zhfacts.extract(ARTICLE, reference_date="2024-06-18")
    assert records, "the article has figures"
    for r in records:
        assert list(r) == list(zhfacts.RECORD_KEYS)
        assert r["type"] in zhfacts.RECORD_TYPES


@pytest.mark.parametrize("text,expected", [
    ("总投资32亿元", [("money", "32亿元", 3200000000, "CNY")]),
    ("同比增长15.2%", [("growth_rate", "15.2%", 15.2, "percent")]),
    ("形成 500P 先进智能算力", [("compute_power", "500P", 500, "PFLOPS")]),
    ("新增土地 370亩", [("quantity", "370亩", 370, "亩")]),
    ("２０２４年３月４日", [("date", "２０２４年３月４日", "2024-03-04", None)]),
])
def test_extract_table(text, expected):
    got = [(r["type"], r["text"], r["value"], r["unit"]) for r in zhfacts.extract(text, reference_date="2024-06-18")]
    assert got == expected


@pytest.mark.parametrize("text", ["", "本报讯 记者 林晓", "溪南高新区向新发力,跑出发展加速度。"])
def test_no_figures_no_records(text):
    assert zhfacts.extract(text) == []


@pytest.mark.parametrize("name,text,date", articles())
def test_extract_equals_jsonl_line(name, text, date):
    ex = zhfacts.Extractor()
    line = ex.extract_jsonl(text, date, id=name)
    assert line.endswith("\n") and line.count("\n") == 1
    doc = json.loads(line)
    assert doc["id"] == name and doc["reference_date"] == date and doc["errors"] == []
    assert doc["records"] == ex.extract(text, date)


@pytest.mark.parametrize("name,text,date", articles())
def test_extract_equals_cli(cli, name, text, date, tmp_path):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([cli, "extract", "--reference-date", date, str(path)], check=True, capture_output=True).stdout
    assert json.loads(out)["records"] == zhfacts.extract(text, date)


@pytest.mark.parametrize("name,text,date", articles())
def test_provenance(name, text, date):
    data = text.encode("utf-8")
    for r in zhfacts.extract(text, date):
        assert text[r["span"]["start"]:r["span"]["end"]] == r["text"]
        assert data[r["byte_span"]["start"]:r["byte_span"]["end"]].decode("utf-8") == r["text"]


def test_bytes_with_invalid_utf8_are_repaired_and_counted():
    text = b"\xff\xfe" + "完成投资96亿元".encode("utf-8")
    doc = json.loads(zhfacts.Extractor().extract_jsonl(text))
    assert doc["invalid_utf8"] == 2
    assert [r["text"] for r in doc["records"]] == ["96亿元"]
    assert doc["records"][0]["byte_span"] == {"start": 2 + len("完成投资".encode()), "end": len(text)}


def test_types_option_filters_records():
    ex = zhfacts.Extractor(types=["money", "compute_power"])
    assert ex.options["types"] == ["money", "compute_power"]
    assert sorted({r["type"] for r in ex.extract(ARTICLE)}) == ["compute_power", "money"]


def test_options_round_trip():
    ex = zhfacts.Extractor(traditional_to_simplified=False, max_document_bytes=1000)
    assert ex.options["traditional_to_simplified"] is False
    assert ex.options["max_document_bytes"] == 1000
    assert ex.options["types"] == list(zhfacts.RECORD_TYPES)


def test_user_lexicon_adds_a_currency(tmp_path):
    lexicon = tmp_path / "currencies.tsv"
    lexicon.write_text("# test currencies\nword\tcode\n以太币\tETH\n", encoding="utf-8")
    text = "融资2亿以太币"
    assert zhfacts.Extractor().extract(text) == []
    records = zhfacts.Extractor(lexicon_files=[str(lexicon)]).extract(text)
    assert [(r["text"], r["value"], r["unit"]) for r in records] == [("2亿以太币", 200000000, "ETH")]


def test_bad_lexicon_is_a_value_error_with_file_and_line(tmp_path):
    lexicon = tmp_path / "currencies.tsv"
    lexicon.write_text("word\tcode\n比特币\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"invalid_lexicon: .*currencies\.tsv:2: "):
        zhfacts.Extractor(lexicon_files=[str(lexicon)])


def test_missing_lexicon_is_an_os_error(tmp_path):
    with pytest.raises(OSError, match="io_error: .*nope.tsv"):
        zhfacts.Extractor(lexicon_files=[str(tmp_path / "nope.tsv")])


@pytest.mark.parametrize("date", ["2024-02-30", "2024/06/18", "yesterday", ""])
def test_bad_reference_date_is_a_value_error(date):
    if date == "":
        assert zhfacts.extract("增长3%", reference_date=date) == zhfacts.extract("增长3%")
        return
    with pytest.raises(ValueError, match="invalid_argument: reference date"):
        zhfacts.extract("增长3%", reference_date=date)


def test_document_too_large_is_a_value_error():
    ex = zhfacts.Extractor(max_document_bytes=16)
    assert ex.extract("增长3%") != []
    with pytest.raises(ValueError, match="doc_too_large"):
        ex.extract(ARTICLE)


def test_bad_arguments():
    with pytest.raises(ValueError, match="unknown record type 'money_amount'"):
        zhfacts.Extractor(types=["money_amount"])
    with pytest.raises(TypeError):
        zhfacts.Extractor().extract_jsonl("增长3%", id=[1])
    with pytest.raises(TypeError):
        zhfacts.extract(42)


def test_ids_are_json_tokens():
    ex = zhfacts.Extractor()
    assert json.loads(ex.extract_jsonl("x", id=7))["id"] == 7
    assert json.loads(ex.extract_jsonl("x", id='a"b'))["id"] == 'a"b'
    assert json.loads(ex.extract_jsonl("x"))["id"] is None


def test_threads_give_the_sequential_results():
    """One Extractor shared by 4 threads (the GIL is released while extracting) gives the same records."""
    ex = zhfacts.Extractor()
    docs = [(text, date) for _, text, date in articles()] * 8
    docs += [(ARTICLE.replace("412.37", f"{n}.5"), "2024-06-18") for n in range(40)]
    sequential = [ex.extract(t, d) for t, d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda doc: ex.extract(*doc), docs))
    assert threaded == sequential
    assert sum(len(r) for r in sequential) > 100
