"""Shared test set-up: markers by kind of test, so a run can pick them (``pytest -m "not browser"``).

Markers are given by module, here, rather than in each file: a new browser or Dask test file only
has to be named like its kind.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# Helper modules of the tests (fixtures written as plain modules) import by their bare name, from tests/
# and from the folders that mirror the packages (test_check's helpers serve the ledger's tests too), so a
# single file runs alone as well as in the whole suite.
for folder in (TESTS, *sorted(p for p in TESTS.iterdir() if p.is_dir() and any(p.glob("test_*.py")))):
    sys.path.insert(0, str(folder))

MARKERS = {
    "browser": "drives Debian's headless Chromium (skips when it is not installed)",
    "dask": "starts a Dask cluster",
    "quality_gate": "scores the extractor on the shared evaluation sets against quality/floors.json",
}
MARKED_MODULES = {
    "test_browser.py": "browser",
    "test_quality_gate.py": "quality_gate",
}


def pytest_configure(config: pytest.Config) -> None:
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        marker = MARKED_MODULES.get(item.path.name)
        if marker:
            item.add_marker(marker)
        if "distributed" in item.name or "dask" in item.name:
            item.add_marker("dask")
