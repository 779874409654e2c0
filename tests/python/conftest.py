"""Shared fixtures for the zhfacts Python tests (run by CTest: tests/python.cmake sets PYTHONPATH and ZHFACTS_CLI)."""
import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data"


def articles():
    """(name, text, reference date) of the bundled articles."""
    paths = [DATA / "sample_article.txt"] + sorted((DATA / "articles").glob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8"), "2024-06-18") for p in paths]


def pytest_configure(config):
    config.addinivalue_line("markers", "dask: starts a Dask LocalCluster (CTest runs these as dask.local_cluster)")


@pytest.fixture
def cli():
    path = os.environ.get("ZHFACTS_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("ZHFACTS_CLI is not set (CTest sets it to the built zhfacts CLI)")
    return path
