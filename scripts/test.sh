#!/bin/sh
# Set up a fresh machine and run every check: install, lint, type-check, the CLI reference,
# the golden extractor output of every shared document, the test suite (which includes the quality gate)
# and the planted-error benchmark of `check`.
# Installs: the package and its dev tools into .venv (pip), and Debian's chromium for the browser tests
# (.ci/browser-deps.sh: apt-get as root or with sudo, waiting a bounded time for the package lock).
# Without apt, or when that install fails, the browser tests skip and say so; everything else still runs.
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[dev,dask]'
sh .ci/browser-deps.sh || echo "scripts/test.sh: going on without chromium; the browser tests will skip" >&2
.venv/bin/ruff check src tests scripts benchmarks
.venv/bin/mypy
.venv/bin/python scripts/cli_reference.py --check
.venv/bin/python benchmarks/bench_check.py
.venv/bin/python benchmarks/golden_extract.py --check quality/golden_digests.json
.venv/bin/pytest
