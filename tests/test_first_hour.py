"""The first hour of a real user (issue 15): output that fits 80 columns, exports that keep what a claim
says, inputs with a README beside them, `explain` and `runs`, and source text that never acts on the
terminal or the spreadsheet (issue 16, items 14 and 15)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from lossledger import extract_claims
from lossledger.cli import cli
from lossledger.errors import ArgumentError, LossledgerError
from lossledger.explain import RULES
from lossledger.sanitize import csv_cell, json_line, visible
from lossledger.terminal import value_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "articles"
NARROW = {"COLUMNS": "80", "TTY_COMPATIBLE": None, "FORCE_COLOR": None}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's demo ledger: the example articles ingested and checked."""
    db = tmp_path_factory.mktemp("demo") / "examples.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(ARTICLES), "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["check", "--db", str(db)]).exit_code == 0
    return db


def _flat(text: str) -> str:
    return " ".join(text.split())


def _fits(output: str, width: int = 80) -> None:
    wide = [line for line in output.splitlines() if cell_len(line) > width]
    assert not wide, f"{len(wide)} lines wider than {width}: {wide[:3]}"


# -- terminal output at 80 columns -------------------------------------------------------------------


def test_extract_table_at_80_columns_shows_every_claim_whole() -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["extract", str(ARTICLES), "--format", "table"], env=NARROW)
    assert table.exit_code == 0, table.output
    _fits(table.stdout)
    claims = [json.loads(line) for line in runner.invoke(cli, ["extract", str(ARTICLES)]).stdout.splitlines()]
    assert len(claims) == 20
    for claim in claims:
        head = re.compile(re.escape(value_text(claim["value"], claim["value_high"], claim["qualifier"]))
                          + rf" {claim['side']} {claim['category']} {claim['outcome']} · "
                          + (rf"period {claim['period_days']}d" if claim["period_days"] else claim["measure"]))
        assert head.search(table.stdout), claim
    for marked in ("≤320 ukraine personnel losses · period 1d", "≥5,000 russia personnel losses · period 7d",
                   "~203,160 russia personnel killed"):
        assert marked in table.stdout
    assert table.stdout.count("claimant ua_general_staff") == sum(c["claimant"] == "ua_general_staff" for c in claims)


def test_claims_and_check_at_80_columns(demo_db: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["claims", "--db", str(demo_db)], env=NARROW)
    assert listed.exit_code == 0, listed.output
    _fits(listed.stdout)
    rows = [json.loads(line) for line in
            runner.invoke(cli, ["claims", "--db", str(demo_db), "--json"]).stdout.splitlines()]
    assert "≤320 ukraine personnel losses · period 1d" in listed.stdout  # not "320", and the period kept
    assert ".0" not in listed.stdout.replace("2023-05", "")  # counts as integers
    for row in rows:
        if row["findings"]:
            for kind in row["findings"].split(","):
                assert kind in listed.stdout
    assert listed.stdout.count("claimant ") == len(rows)
    checked = runner.invoke(cli, ["check", "--db", str(demo_db)], env=NARROW)
    assert checked.exit_code == 0, checked.output
    _fits(checked.stdout)
    findings = json.loads(runner.invoke(cli, ["check", "--db", str(demo_db), "--json"]).stdout)["findings"]
    problems = [f for f in findings if f["kind"] not in ("confirmed", "daily_confirmed")]
    assert problems
    for finding in problems:
        assert _flat(finding["message"]) in _flat(checked.stdout)  # the whole finding, wrapped, not cut
    assert len(checked.stdout.splitlines()) < 60  # was 143 lines for 5 findings


def test_wide_or_piped_output_is_one_row_a_claim(demo_db: Path) -> None:
    piped = CliRunner().invoke(cli, ["claims", "--db", str(demo_db)], env={"COLUMNS": None})
    lines = piped.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "doc", "side", "category"]
    assert len(lines) == 1 + 20 + 1


# -- exports -------------------------------------------------------------------------------------------


def test_export_table_keeps_bounds_integers_and_dates(demo_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "table.csv"
    old = os.umask(0o022)
    try:
        result = runner.invoke(cli, ["export", str(out), "--db", str(demo_db), "--shape", "table"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o644  # the user's umask, not 0600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    up_to = next(r for r in rows if "up to 320" in r["quote"])
    assert (up_to["low"], up_to["best"], up_to["high"]) == ("", "", "320")
    more_than = next(r for r in rows if r["qualifier"] == "at_least")
    assert (more_than["low"], more_than["best"], more_than["high"]) == ("5000", "", "")
    about = next(r for r in rows if r["qualifier"] == "approx")
    assert (about["low"], about["best"], about["high"]) == ("", "203160", "")
    assert not any(".0" in r[c] for r in rows for c in ("low", "best", "high", "period_days"))
    assert "1 days" not in out.read_text(encoding="utf-8")
    parquet = tmp_path / "table.parquet"
    assert runner.invoke(cli, ["export", str(parquet), "--db", str(demo_db), "--shape", "table"]).exit_code == 0
    schema = pq.read_schema(parquet)
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("high").type) == "int64"
    claims = tmp_path / "claims.parquet"
    assert runner.invoke(cli, ["export", str(claims), "--db", str(demo_db)]).exit_code == 0
    assert str(pq.read_schema(claims).field("value").type) == "int64"
    assert str(pq.read_schema(claims).field("as_of").type) == "date32[day]"


def test_export_dash_writes_to_standard_output(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "-", "--db", str(demo_db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 20
    assert "Wrote 20 claims" in result.stderr
    parquet = runner.invoke(cli, ["export", "-", "--db", str(demo_db), "--format", "parquet"])
    assert pq.read_table(io.BytesIO(parquet.stdout_bytes)).num_rows == 20
    assert not (tmp_path / "-").exists()


# -- nothing from a source acts on the terminal or the spreadsheet --------------------------------------


HOSTILE = ("=HYPERLINK(\"http://evil.example\") Russia lost 300 tanks\x1b]0;owned\x07 and 20 aircraft\x1b[2J in"
           " the past day, Ukraine's General Staff said on Sunday [bold]loudly[/bold].\n")


def test_sanitising_helpers() -> None:
    assert visible("a\x1b[2Jb\u202ec\x9bd") == "a\\x1b[2Jb\\u202ec\\x9bd"
    assert visible("line\nnext\ttab") == "line next tab"
    assert visible("a\r\nb\rc", keep_lines=True) == "a\nb\\rc"
    for formula in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(formula).startswith("'")
    assert csv_cell("Russia") == "Russia" and csv_cell(-5) == -5
    assert json.loads(json_line({"q": "a\x9bb\u202e"})) == {"q": "a\x9bb\u202e"}
    assert "\x9b" not in json_line({"q": "a\x9bb"})


def test_escape_sequences_and_formulas_never_reach_the_reader(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    runner = CliRunner()
    for fmt in ("table", "csv", "jsonl"):
        result = runner.invoke(cli, ["extract", str(article), "--format", fmt, "--language", "any"], env=NARROW)
        assert result.exit_code == 0, result.output
        assert "tanks" in result.stdout
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, fmt
    rows = list(csv.DictReader(io.StringIO(runner.invoke(
        cli, ["extract", str(article), "--format", "csv", "--language", "any"]).stdout)))
    assert rows and all(not str(v).startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert any(r["quote"].startswith("'=HYPERLINK") for r in rows)
    db = tmp_path / "h.db"
    assert runner.invoke(cli, ["ingest", str(article), "--db", str(db), "--language", "any"]).exit_code == 0
    listed = runner.invoke(cli, ["claims", "--db", str(db)], env=NARROW)
    assert "\\x1b]0;owned" in listed.stdout and "\x1b" not in listed.stdout
    wide = runner.invoke(cli, ["claims", "--db", str(db)], env={**NARROW, "COLUMNS": "400"})
    assert "[bold]loudly[/bold]" in wide.stdout  # article text is never read as rich markup
    exported = tmp_path / "out.csv"
    assert runner.invoke(cli, ["export", str(exported), "--db", str(db)]).exit_code == 0
    cells = [v for r in csv.DictReader(exported.open(encoding="utf-8")) for v in r.values()]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in cells)
    assert not any("\x1b" in v for v in cells)


# -- inputs ---------------------------------------------------------------------------------------------


def test_a_readme_beside_the_articles_is_skipped_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for article in ARTICLES.iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "README.md").write_text("# Articles collected in May\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "zeitung.txt").write_text(
        "Die ukrainische Regierung hat am Sonntag neue Zahlen veröffentlicht. Nach Angaben des Generalstabs"
        " wurden in der vergangenen Woche viele Fahrzeuge zerstört, und die Lage an der Front bleibt sehr"
        " angespannt, während die Verhandlungen weitergehen.\n", encoding="utf-8")
    runner = CliRunner()
    skipped = tmp_path / "skipped.tsv"
    result = runner.invoke(cli, ["extract", str(folder), "--skipped", str(skipped)])
    assert result.exit_code == 0, result.output
    assert "unsupported-file:.md 1" in result.stderr and "unsupported-file:.pdf 1" in result.stderr
    listed = dict(line.split("\t") for line in skipped.read_text(encoding="utf-8").splitlines())
    assert listed[str(folder / "zeitung.txt")] == "language:de"
    assert listed[str(folder / "README.md")] == "unsupported-file:.md"
    ingested = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "n.db"), "--json"])
    assert ingested.exit_code == 0, ingested.output
    assert [str(folder / "zeitung.txt"), "language:de"] in json.loads(ingested.stdout)["skipped_items"]
    named = runner.invoke(cli, ["extract", str(folder / "README.md")])
    assert named.exit_code == 1 and "unsupported file type '.md'" in named.stderr


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "no file of a supported type in this folder" in result.stderr
    assert "0 files, 0 documents, 0 claims; 1 error" in _flat(result.stderr)


def test_small_wording_and_argument_errors(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Russia lost 300 tanks, Ukraine's General Staff said.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "table"])
    assert "1 file," not in result.stderr  # two files here
    assert "2 files, 1 document, 1 claim; 1 error" in _flat(result.stderr)
    assert "binary.txt: byte offset 3" in result.stderr
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        extract_claims(b"Russia lost 300 tanks.")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="published='last May' is not a date"):
        extract_claims("Russia lost 300 tanks.", published="last May")
    assert issubclass(ArgumentError, LossledgerError)
    assert extract_claims("Russia lost 300 tanks.", published="") == extract_claims("Russia lost 300 tanks.")


# -- explain and runs -----------------------------------------------------------------------------------


def test_explain_a_stored_claim_names_the_deciding_words(demo_db: Path) -> None:
    runner = CliRunner()
    rows = [json.loads(line) for line in
            runner.invoke(cli, ["claims", "--db", str(demo_db), "--json"]).stdout.splitlines()]
    up_to = next(r for r in rows if r["qualifier"] == "at_most")
    result = runner.invoke(cli, ["explain", str(up_to["id"]), "--db", str(demo_db), "--json"])
    assert result.exit_code == 0, result.output
    explained = json.loads(result.stdout)
    assert explained["rule"].startswith("noun_phrase/") and explained["reproduced"]
    words = {e["field"]: e["words"] for e in explained["evidence"]}
    assert words == {"quote": up_to["quote"], "value": "up to 320", "category": "servicemen", "outcome": "lost",
                     "side": "Ukrainian forces", "claimant": "Russia's Defence Ministry",
                     "measure": "in the past 24 hours", "as_of": "Monday", "hedged": None}
    text = next(e for e in explained["evidence"] if e["field"] == "value")
    document = (ARTICLES / "weekly-review-2023-05-22.txt").read_text(encoding="utf-8")
    assert document[text["start"]:text["end"]] == "up to 320"  # offsets into the document
    shown = runner.invoke(cli, ["explain", str(up_to["id"]), "--db", str(demo_db)], env=NARROW)
    assert shown.exit_code == 0, shown.output
    _fits(shown.stdout)
    assert "noun_phrase" in shown.stdout and "“up to 320”" in shown.stdout
    missing = runner.invoke(cli, ["explain", "9999", "--db", str(demo_db)])
    assert missing.exit_code == 1 and "no claim 9999" in missing.output


def test_explain_text_and_every_documented_rule() -> None:
    rules_doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `(\w+)` \| [^|]+ \| \"([^\"]+)\" \|$", rules_doc, re.MULTILINE))
    assert set(documented) == set(RULES)
    runner = CliRunner()
    for rule, example in documented.items():
        number = re.search(r"\*\*(.+?)\*\*", example)
        assert number, rule
        result = runner.invoke(cli, ["explain", "--text", example.replace("**", ""), "--published", "2023-05-21",
                                     "--json"])
        assert result.exit_code == 0, (rule, result.output)
        explained = [json.loads(chunk) for chunk in re.split(r"(?<=})\n(?={)", result.stdout.strip())]
        found = [e for e in explained if e["rule"].split("/")[0] == rule]
        assert found, (rule, [e["rule"] for e in explained])
        if rule.endswith("count_of_one"):
            continue  # "сбит вертолет": the noun itself counts one; explain shows no number word for it
        assert any(number.group(1) in ev["words"] for e in found for ev in e["evidence"]
                   if ev["field"] == "value" and ev["words"]), rule
    nothing = runner.invoke(cli, ["explain", "--text", "The weather was fine."])
    assert nothing.exit_code == 1 and "No claim" in nothing.stderr


def test_runs_lists_counts_and_failures(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia lost 300 tanks, Ukraine's General Staff said.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"abc\x00def")
    db = tmp_path / "r.db"
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert ingested.exit_code == 1
    assert f"lossledger runs --db {db} --run 1" in ingested.stderr
    runs = runner.invoke(cli, ["runs", "--db", str(db)])
    assert runs.exit_code == 0, runs.output
    assert "Run 1: ingest of" in runs.stdout and "failed" in runs.stdout
    assert "1 document stored" in runs.stdout and "1 claim, 1 failure" in runs.stdout
    assert "binary.txt: byte offset 3: binary data" in runs.stdout
    listed = json.loads(runner.invoke(cli, ["runs", "--db", str(db), "--json"]).stdout)
    assert listed["failure_count"] == 1 and listed["failures"][0]["path"].endswith("binary.txt")
    assert runner.invoke(cli, ["runs", "--db", str(db), "--run", "7"]).exit_code == 1


# -- workers ----------------------------------------------------------------------------------------------


def test_workers_follow_the_input_size(tmp_path: Path) -> None:
    from lossledger.pipeline.processes import default_workers
    from lossledger.pipeline.scaled import PARALLEL_BYTES_PER_WORKER, PARALLEL_MIN_BYTES, auto_workers

    mid = tmp_path / "mid.jsonl"
    with mid.open("wb") as fh:
        fh.truncate(int(1.8 * 2**20))  # the 1.8 MB input: one process was faster
    assert auto_workers([str(mid)], None) == 1
    big = tmp_path / "big.jsonl"
    with big.open("wb") as fh:
        fh.truncate(PARALLEL_MIN_BYTES + PARALLEL_BYTES_PER_WORKER)
    assert auto_workers([str(big)], None) == min(default_workers(), 3)
    assert auto_workers([str(mid)], 4) == 4


def test_hints_on_an_unchecked_ledger_and_report_to_standard_output(tmp_path: Path) -> None:
    db = tmp_path / "unchecked.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(ARTICLES), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(cli, ["claims", "--db", str(db), "--finding", "any"])
    assert listed.exit_code == 0 and listed.stdout.strip() == "0 claims"
    assert f"run `lossledger check --db {db}` first" in listed.stderr
    page = runner.invoke(cli, ["report", "--db", str(db), "-o", "-"])
    assert page.exit_code == 0, page.output
    assert page.stdout_bytes.lstrip().lower().startswith(b"<!doctype html")
    assert "Report written to standard output" in page.stderr and "run `lossledger check" in page.stderr


def test_a_partitioned_run_counts_unsupported_files_too(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(8):
        (folder / f"a{i}.txt").write_text(f"Russia lost {300 + i} tanks, Ukraine's General Staff said.\n")
    (folder / "README.md").write_text("# notes\n")
    runner = CliRunner()
    extracted = runner.invoke(cli, ["extract", str(folder), "--workers", "2"])
    assert extracted.exit_code == 0, extracted.output
    assert "8 files, 8 documents" in extracted.stderr and "unsupported-file:.md 1" in extracted.stderr
    ingested = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "p.db"), "--workers", "2",
                                   "--json"])
    assert ingested.exit_code == 0, ingested.output
    assert json.loads(ingested.stdout)["skipped"]["unsupported-file:.md"] == 1
