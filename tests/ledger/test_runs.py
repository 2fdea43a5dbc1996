"""A run killed with kill -9 (or lost with its machine) never finishes: later readers mark it interrupted."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from lossledger.cli import cli
from lossledger.ledger import Ledger
from lossledger.runs import list_runs

_START_AND_HANG = """
import sys, time
from lossledger.ledger import Ledger
ledger = Ledger.open(sys.argv[1])
ledger.start_run("ingest", {"paths": ["x"]})
print("started", flush=True)
time.sleep(600)
"""


def _killed_run(db: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _START_AND_HANG, str(db)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_runs_lists_a_killed_run_as_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _killed_run(db)
    assert [r.status for r in list_runs(db_path=db)] == ["interrupted"]
    with Ledger.open(db) as ledger:  # and says so in the ledger, for every later reader
        assert [r["status"] for r in ledger.query("SELECT status FROM runs")] == ["interrupted"]
    listed = CliRunner().invoke(cli, ["runs", "--db", str(db)])
    assert listed.exit_code == 0 and "interrupted" in listed.output and "running" not in listed.output


def _run_row(db: Path, *, pid: int, started_at: str) -> None:
    with Ledger.open(db) as ledger, ledger.transaction() as conn:
        conn.execute("INSERT INTO runs (command, args, started_at, documents, claims, failures, status, pid, host)"
                     " VALUES ('ingest', '{}', ?, 0, 0, 0, 'running', ?, ?)",
                     (started_at, pid, os.uname().nodename))


def test_a_pid_taken_by_a_later_process_is_no_longer_the_run(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    Ledger.open(db).close()
    _run_row(db, pid=os.getpid(), started_at="2001-01-01T00:00:00+00:00")  # this process began later
    _run_row(db, pid=os.getpid(), started_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    assert [r.status for r in list_runs(db_path=db)] == ["running", "interrupted"]  # newest first
