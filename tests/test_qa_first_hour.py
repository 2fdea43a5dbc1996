"""Defects found by the QA pass over the merged code (a new analyst's first hour, re-run attacks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from lossledger.cli import cli

ROOT = Path(__file__).resolve().parents[1]
NARROW = {"COLUMNS": "80", "TTY_COMPATIBLE": None, "FORCE_COLOR": None}


def _wide_lines(output: str, width: int = 80) -> list[str]:
    return [line for line in output.splitlines() if cell_len(line) > width]


def test_runs_fits_80_columns_and_a_check_stores_no_documents(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-with-a-rather-long-name-as-analysts-keep-them"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia lost 300 tanks, Ukraine's General Staff said on May 1, 2023.\n",
                                  encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"abc\x00def")
    db = tmp_path / "r.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", str(db)]).exit_code == 1
    assert runner.invoke(cli, ["check", "--db", str(db)]).exit_code == 0
    listed = runner.invoke(cli, ["runs", "--db", str(db)], env=NARROW)
    assert listed.exit_code == 0, listed.output
    assert not _wide_lines(listed.stdout), _wide_lines(listed.stdout)
    flat = " ".join(listed.stdout.split())
    assert "Run 2: check, ok" in flat and "checked 1 claim of 1 document, 0 failures" in flat
    assert "Run 1: ingest of" in flat and "1 document stored" in flat
    assert "binary.txt: byte offset 3: binary data" in flat
    # piped, one line a run as before
    piped = runner.invoke(cli, ["runs", "--db", str(db)], env={"COLUMNS": None})
    assert any(line.startswith("Run 1: ingest of ") and line.endswith("+00:00") for line in piped.stdout.splitlines())


def test_reference_audit_fits_80_columns(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    series = tmp_path / "copy.csv"
    series.write_text("date,category,value\n2023-05-01,tanks,3800\n2023-05-02,tanks,3700\n", encoding="utf-8")
    runner = CliRunner()
    imported = runner.invoke(cli, ["reference", "import", str(series), "--db", str(db),
                                   "--source", "general_staff_copy"])
    assert imported.exit_code == 0, imported.output
    audited = runner.invoke(cli, ["reference", "audit", "--db", str(db)], env=NARROW)
    assert audited.exit_code == 1, audited.output  # it found something
    assert "decrease" in audited.stdout
    assert not _wide_lines(audited.stdout), _wide_lines(audited.stdout)


def test_explorer_csv_downloads_run_no_formula(tmp_path: Path) -> None:
    """The explorer's "Download CSV" (Datasette's CSV) neutralises cells as `lossledger export` does."""
    import asyncio
    import csv
    import io
    import json

    from lossledger.serve import DATABASE_NAME, EXPLORER_TABLE, make_app

    source = tmp_path / "hostile.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in (
        {"id": "=cmd|' /C calc'!A0", "published": "2023-05-01",
         "text": '=HYPERLINK("http://evil.test") Russia has lost 200 tanks, the General Staff said on May 1, 2023.'},
        {"id": "-f", "published": "2023-05-02",
         "text": "@SUM(1)\nRussia has lost 210 tanks, the General Staff said on May 2, 2023."},
    )) + "\n", encoding="utf-8")
    db = tmp_path / "l.db"
    assert CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    app = make_app(db, workdir=tmp_path / "explorer", with_report=False)

    async def fetch(path: str) -> str:
        await app.invoke_startup()
        response = await app.client.get(path)
        assert response.status_code == 200, response.text[:300]
        return str(response.text)

    for path in (f"/{DATABASE_NAME}/claims.csv", f"/{DATABASE_NAME}/claims.csv?_stream=on",
                 f"/{DATABASE_NAME}/{EXPLORER_TABLE}.csv", f"/{DATABASE_NAME}/documents.csv?_stream=on"):
        rows = list(csv.reader(io.StringIO(asyncio.run(fetch(path)), newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        assert len(rows) == 3, (path, rows)
        risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not c[1:2].isdigit())]
        assert not risky, (path, risky)
        assert any(c.startswith("'=") for c in cells), path  # kept, behind an apostrophe
        if "claims" in path:
            header = rows[0]
            assert {row[header.index("value")] for row in rows[1:]} <= {"200", "210", "200.0", "210.0"}


def _run_into_dev_full(*args: str) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w") as full:  # every write fails with ENOSPC, as on a full disk
        return subprocess.run([sys.executable, "-m", "lossledger", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=300, check=False, cwd=ROOT)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_behind_standard_output_is_one_error_line(tmp_path: Path) -> None:
    extracted = _run_into_dev_full("extract", "examples/articles")
    assert extracted.returncode == 1
    assert "Traceback" not in extracted.stderr, extracted.stderr[-2000:]
    assert "standard output: cannot write: No space left on device" in extracted.stderr
    db = tmp_path / "l.db"
    assert CliRunner().invoke(cli, ["ingest", str(ROOT / "examples" / "articles"), "--db", str(db)]).exit_code == 0
    exported = _run_into_dev_full("export", "-", "--db", str(db))
    assert exported.returncode == 1
    assert "Traceback" not in exported.stderr, exported.stderr[-2000:]
    assert "<stdout>: cannot write: No space left on device" in exported.stderr


def test_a_full_disk_under_an_export_file_is_one_error_and_no_file(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from lossledger import export

    db = tmp_path / "l.db"
    assert CliRunner().invoke(cli, ["ingest", str(ROOT / "examples" / "articles"), "--db", str(db)]).exit_code == 0

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write", full)
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(cli, ["export", str(out), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{out}: cannot write: No space left on device" in result.output
    assert not isinstance(result.exception, OSError)
    assert list(tmp_path.iterdir()) == [db] or all(p.name.startswith("l.db") for p in tmp_path.iterdir())


def test_claims_import_counts_in_the_right_number(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("date,estimate_low,estimate_high,estimate,type,source,source_url,country\n"
                     "16/01/2024,,,390580,casualties,Armed Forces of Ukraine,,russia\n"
                     "16/01/2024,,,1,2,3,4,5,6,7\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "import", str(table), "--preset", "economist",
                                      "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 1, result.output
    assert "2 rows read, 1 claim (1 added, 0 already stored), 1 bad row; into" in result.stdout
