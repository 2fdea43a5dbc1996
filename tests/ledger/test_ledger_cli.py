"""The ledger commands of the CLI: ingest, reference import, check, claims, export (exit statuses, files)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from test_check import SEED_CLAIMS, store

from lossledger.cli import cli
from lossledger.ledger import Ledger


def test_ingest_exit_status_and_idempotence(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The General Staff said on November 13, 2022 that Russia had lost 2,840 tanks.\n"
    )
    db = tmp_path / "l.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "--json"])
    assert again.exit_code == 0 and json.loads(again.output)["documents_unchanged"] == 1
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    failed = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert failed.exit_code == 1 and "bad.txt" in failed.output


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(
            f"The General Staff said on November {i + 1}, 2022 that Russia had lost {2000 + i:,} tanks.\n"
        )
    return folder


#: Environment variables that make rich treat any output as a terminal (None: unset them).
NOT_A_TERMINAL: dict[str, str | None] = {"TTY_COMPATIBLE": None, "FORCE_COLOR": None}
A_TERMINAL: dict[str, str | None] = {"TTY_COMPATIBLE": "1", "FORCE_COLOR": None}


# serially; over two processes fed one document at a time; over two processes taking whole files
@pytest.mark.parametrize(("workers", "files"), [("1", 3), ("2", 3), ("2", 8)])
def test_ingest_shows_a_live_progress_line_only_on_a_terminal(tmp_path: Path, workers: str, files: int) -> None:
    folder = _articles(tmp_path / "in", files)
    runner = CliRunner()
    live = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "live.db"), "--workers", workers],
                         env=A_TERMINAL)
    assert live.exit_code == 0, live.output
    assert f"ingesting: {files} documents, {files} claims" in live.stderr  # the line as extract draws it
    assert f"Run 1: {files} documents read, {files} added" in live.stdout

    piped = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "piped.db"), "--workers", workers,
                                "--json"], env=NOT_A_TERMINAL)
    assert piped.exit_code == 0, piped.output
    assert piped.stderr == ""  # no progress line, no control codes
    assert json.loads(piped.stdout)["claims"] == files


def test_check_claims_export_and_reference_import(tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    store(db, SEED_CLAIMS)
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "mislabelled_running_total" in result.output
    strict = runner.invoke(cli, ["check", "--db", str(db), "--strict"])
    assert strict.exit_code == 1
    listed = runner.invoke(
        cli, ["claims", "--db", str(db), "--finding", "mislabelled_running_total", "--json"]
    )
    values = sorted(json.loads(line)["value"] for line in listed.output.splitlines())
    assert values == [261, 278, 1837]
    since = runner.invoke(
        cli, ["claims", "--db", str(db), "--since", "2022-11-13", "--category", "personnel", "--json"]
    )
    assert all(json.loads(line)["as_of"] >= "2022-11-13" for line in since.output.splitlines())
    for suffix in ("csv", "json", "jsonl", "parquet"):
        out = tmp_path / f"claims.{suffix}"
        exported = runner.invoke(
            cli, ["export", str(out), "--db", str(db), "--shape", "table", "--side", "russia"]
        )
        assert exported.exit_code == 0, exported.output
        assert out.exists()
    table = pq.read_table(tmp_path / "claims.parquet").to_pylist()
    assert {"date", "low", "best", "high", "type", "source", "url", "whose_losses"} <= set(table[0])
    assert all(row["whose_losses"] == "russia" for row in table)
    rate = next(row for row in table if row["low"] == 600)
    assert (rate["high"], rate["best"]) == (800, None)  # a range states its ends, not a best figure
    csv_path = tmp_path / "ref.csv"
    csv_path.write_text("date,category,value\n2022-11-13,tanks,2840\n")
    imported = runner.invoke(
        cli, ["reference", "import", str(csv_path), "--db", str(db), "--source", "general_staff_x"]
    )
    assert imported.exit_code == 0, imported.output
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps([{"date": "2022-11-13", "tank": "many"}]))
    failed = runner.invoke(
        cli, ["reference", "import", str(wrong), "--db", str(db), "--format", "petroivaniuk"]
    )
    assert failed.exit_code == 1 and "'tank'" in failed.output
    with Ledger.open(db) as ledger:
        assert ledger.count("reference_points") == 1


def test_commands_on_a_missing_ledger_fail_clearly(tmp_path: Path) -> None:
    runner = CliRunner()
    for args in (["check"], ["claims"], ["export", str(tmp_path / "x.csv")]):
        result = runner.invoke(cli, [*args, "--db", str(tmp_path / "absent.db")])
        assert result.exit_code == 1 and "no ledger" in result.output
    assert not (tmp_path / "absent.db").exists()


def test_check_names_claimants_with_the_profile_given(tmp_path: Path) -> None:
    from test_check import D, make_claim
    from test_profile import KARABAKH_LABELLED

    profile = tmp_path / "karabakh.toml"
    profile.write_text(KARABAKH_LABELLED, encoding="utf-8")
    db = tmp_path / "karabakh.db"
    rule = "noun_phrase/1 karabakh-2020@1"
    store(db, {
        f"az{i}": ([dataclasses.replace(make_claim(f"az{i}", value, claimant="az_mod", as_of=D(2020, 10, day)),
                                        side="armenia", rule=rule)], None)
        for i, (value, day) in enumerate([(130, 10), (120, 20)])
    })
    runner = CliRunner()
    named = runner.invoke(cli, ["check", "--db", str(db), "--json", "--profile", str(profile)])
    assert named.exit_code == 0, named.output
    [finding] = json.loads(named.stdout)["findings"]
    assert "Azerbaijan's Ministry of Defence gave 120" in finding["message"] and named.stderr == ""
    guessed = runner.invoke(cli, ["check", "--db", str(db), "--json"])
    [finding] = json.loads(guessed.stdout)["findings"]
    assert "az mod gave 120" in finding["message"]
    assert guessed.stderr.startswith("note: Claims extracted with profile karabakh-2020@1")
