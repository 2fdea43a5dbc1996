#!/bin/sh
# Set up a fresh machine and run every check: install, lint, type-check, the CLI reference,
# the golden extractor output of every shared document, the test suite (which includes the quality gate)
# and the planted-error benchmark of `check`.
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[dev,dask]'
sh .ci/browser-deps.sh
.venv/bin/ruff check src tests scripts benchmarks
.venv/bin/mypy
.venv/bin/python scripts/cli_reference.py --check
.venv/bin/python benchmarks/bench_check.py
.venv/bin/python benchmarks/golden_extract.py --check quality/golden_digests.json
.venv/bin/pytest
