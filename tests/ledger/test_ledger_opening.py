"""Opening a ledger a killed or concurrent first run has only begun: reopened or made, never refused.

The kills here are deterministic: the killed process stops itself (SIGKILL) when its ledger connection is
about to run a chosen statement, so each window a kill can leave is made every time, not by luck of timing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_ledger import write_articles

from lossledger.errors import LedgerError
from lossledger.ledger import SCHEMA_VERSION, Ledger, open_read_only
from lossledger.ledger import connection as ledger_connection
from lossledger.pipeline import ingest

# An ingest that kills itself (SIGKILL, no clean-up runs) just before its ledger connection runs the first
# statement containing argv[3].
_SELF_KILLING_INGEST = """
import os, signal, sys
from lossledger.ledger import connection
from lossledger.pipeline import ingest

folder, db, marker = sys.argv[1:4]
plain_connect = connection.connect

def connect_then_die_at_marker(*args, **kwargs):
    conn = plain_connect(*args, **kwargs)
    def trace(sql):
        if marker in sql:
            os.kill(os.getpid(), signal.SIGKILL)
    conn.set_trace_callback(trace)
    return conn

connection.connect = connect_then_die_at_marker
ingest([folder], db_path=db, batch_size=3)
print("not killed")
"""

#: window -> the statement the first run dies before: just after SQLite made the file (empty), after the
#: switch to WAL (a page of header, no table), inside the schema's transaction (tables made, not committed),
#: inside the first batch (schema and run committed, no document).
KILL_POINTS = {
    "file-created": "PRAGMA busy_timeout",
    "wal-switched": "PRAGMA synchronous",
    "schema-half-made": "CREATE TABLE runs",
    "first-batch-half-stored": "INSERT INTO claims",
}


@pytest.mark.parametrize("window", list(KILL_POINTS))
def test_a_first_ingest_killed_in_any_window_leaves_a_file_the_rerun_completes(tmp_path: Path, window: str) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 7)
    expected_db = tmp_path / "expected.db"
    ingest([folder], db_path=expected_db)
    db = tmp_path / "killed.db"
    killed = subprocess.run([sys.executable, "-c", _SELF_KILLING_INGEST, str(folder), str(db), KILL_POINTS[window]],
                            capture_output=True, timeout=300)
    assert killed.returncode == -9, killed.stderr.decode()
    assert db.exists()
    if window == "first-batch-half-stored":
        open_read_only(db).close()  # a ledger with its schema: readable as it is
    else:
        with pytest.raises(LedgerError, match="no ledger here yet") as info:  # empty: not "another program's"
            open_read_only(db)
        assert str(db) in str(info.value)
    report = ingest([folder], db_path=db)
    assert report.ok and report.documents_added == 7
    with Ledger.open(db) as ledger, Ledger.open(expected_db) as expected:
        assert ledger.schema_version == SCHEMA_VERSION
        assert ledger.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
        for table in ("documents", "claims"):
            assert ledger.count(table) == expected.count(table)
        statuses = [r["status"] for r in ledger.query("SELECT status FROM runs ORDER BY id")]
    assert statuses == (["interrupted", "ok"] if window == "first-batch-half-stored" else ["ok"])


def test_a_ledger_another_process_commits_while_this_one_looks_is_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The race of two first runs: this one reads the file's schema version (0: nothing yet), the other
    commits the whole schema, this one lists the tables. Read apart, that was "another program's database"."""
    db = tmp_path / "shared.db"
    # What a first run leaves once it switched the file to WAL: a header page, no table, version 0. In WAL
    # mode a writer does not wait for a reader, so the other run's commit lands inside this run's look.
    sqlite3.connect(db).execute("PRAGMA journal_mode = WAL").connection.close()
    plain_connect = ledger_connection.connect
    made_by_the_other_run: list[int] = []

    def connect_with_a_rival(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = plain_connect(*args, **kwargs)  # type: ignore[arg-type]

        def trace(sql: str) -> None:
            if "sqlite_master" in sql and not made_by_the_other_run:
                made_by_the_other_run.append(1)
                rival = sqlite3.connect(db, isolation_level=None)  # the other run, with a schema of its own
                rival.execute("BEGIN IMMEDIATE")
                for target in range(SCHEMA_VERSION):
                    ledger_connection.MIGRATIONS[target](ledger_connection.sqlite_utils.Database(rival))
                rival.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                rival.execute("COMMIT")
                rival.close()

        conn.set_trace_callback(trace)
        return conn

    monkeypatch.setattr(ledger_connection, "connect", connect_with_a_rival)
    with Ledger.open(db) as ledger:
        assert made_by_the_other_run
        assert ledger.schema_version == SCHEMA_VERSION
        assert ledger.count("documents") == 0


# Rounds of several processes opening one new file at the same instant (forked after the import, so they
# start together); prints what each refusal said.
_SIMULTANEOUS_FIRST_OPENS = """
import multiprocessing, sys, time
from pathlib import Path
from lossledger.errors import LedgerError
from lossledger.ledger import Ledger

def open_at(path, start, answers):
    while time.time() < start:
        pass
    try:
        Ledger.open(path, timeout=30).close()
        answers.put("")
    except LedgerError as exc:
        answers.put(str(exc))

folder, rounds, openers = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
fork = multiprocessing.get_context("fork")
answers = fork.Queue()
for n in range(rounds):
    start = time.time() + 0.02
    processes = [fork.Process(target=open_at, args=(folder / f"new-{n}.db", start, answers)) for _ in range(openers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    for _ in processes:
        if refusal := answers.get():
            print(refusal)
"""


def test_first_runs_opening_one_new_file_at_once_all_open_it(tmp_path: Path) -> None:
    """Before the fix, 14 and 13 of 600 such opens (two runs of 150 files x 4 processes) were refused: as
    another program's database (the race above) or "database is locked" at once (two switching one new file
    to WAL together)."""
    rounds = 20
    done = subprocess.run([sys.executable, "-c", _SIMULTANEOUS_FIRST_OPENS, str(tmp_path), str(rounds), "4"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    for n in range(rounds):
        with Ledger.open(tmp_path / f"new-{n}.db", create=False) as ledger:
            assert ledger.schema_version == SCHEMA_VERSION


def test_a_foreign_database_is_still_refused_by_name(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (body TEXT)").connection.commit()
    for open_it in (Ledger.open, open_read_only):
        with pytest.raises(LedgerError, match="not a lossledger ledger") as info:
            open_it(foreign)
        assert str(foreign) in str(info.value)
