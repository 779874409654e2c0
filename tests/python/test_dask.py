"""examples/dask/run_dask.py on a LocalCluster with two worker processes equals a direct CLI run (issue 7).

Run by CTest as its own test (tests/dask.cmake: pytest -m dask), apart from the module tests."""
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "dask" / "run_dask.py"
DATA = ROOT / "examples" / "data"


def make_corpus(directory):
    """Three JSONL shards of documents made from the bundled articles: varied figures, ids, dates, OCR breaks."""
    articles = [DATA / "sample_article.txt"] + sorted((DATA / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in articles]
    docs = []
    for n in range(36):
        text = texts[n % len(texts)].replace("亿元", f"{n}亿元", 1 + n % 3)
        if n % 4 == 1:
            text = text.replace("，", "\n", 2)
        doc = {"id": f"doc-{n:03d}" if n % 5 else n, "text": text}
        if n % 3:
            doc["date"] = f"2024-0{1 + n % 9}-1{n % 10}"
        docs.append(doc)
    shards = []
    for s in range(3):
        path = directory / f"shard-{s}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for doc in docs[s * 12:(s + 1) * 12]:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        shards.append(path)
    return shards


@pytest.mark.dask
@pytest.mark.parametrize("engine", ["module", "cli"])
def test_local_cluster_equals_direct_run(tmp_path, cli, engine):
    shards = make_corpus(tmp_path)
    direct = subprocess.run([cli, "extract", "--input-format", "jsonl", "--reference-date", "2024-06-18"],
                            input=b"".join(p.read_bytes() for p in shards), capture_output=True, check=True).stdout
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "shard-*.jsonl"), str(out),
                             "--local-workers", "2", "--engine", engine, "--cli", cli,
                             "--reference-date", "2024-06-18"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "36 documents" in result.stderr and "(2 workers)" in result.stderr, result.stderr
    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    gathered = b"".join(p.read_bytes() for p in parts)
    assert gathered.decode("utf-8").splitlines() == direct.decode("utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in gathered.decode("utf-8").splitlines()]
    assert ids == [f"doc-{n:03d}" if n % 5 else n for n in range(36)]
    assert sum(len(json.loads(line)["records"]) for line in gathered.decode("utf-8").splitlines()) > 300
