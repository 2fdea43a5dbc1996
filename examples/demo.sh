#!/bin/sh
# The main job on the shipped example articles: extract (a table), ingest, check, report.
# Run from the repository root after installing: sh examples/demo.sh
set -e
LOSSLEDGER=${LOSSLEDGER:-.venv/bin/lossledger}
OUT=${OUT:-out}
mkdir -p "$OUT"
rm -f "$OUT/examples.db" "$OUT/examples.db-wal" "$OUT/examples.db-shm"
echo "== Claims in examples/articles"
"$LOSSLEDGER" extract examples/articles --format table
echo
echo "== Ingest into $OUT/examples.db"
"$LOSSLEDGER" ingest examples/articles --db "$OUT/examples.db"
echo
echo "== Check against the General Staff series"
"$LOSSLEDGER" check --db "$OUT/examples.db"
echo
echo "== Report"
"$LOSSLEDGER" report --db "$OUT/examples.db" -o "$OUT/report.html"
