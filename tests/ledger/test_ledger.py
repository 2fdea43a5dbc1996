"""The SQLite ledger: schema, idempotent and crash-safe ingest, concurrent writers, bad database files."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lossledger.errors import InputError, LedgerError
from lossledger.ledger import SCHEMA_VERSION, Ledger, ingest_documents
from lossledger.model import Claim, Document
from lossledger.pipeline import ingest
from lossledger.series import general_staff_snapshot

REQUIRED_COLUMNS = {
    "documents": "id source url title published published_basis language content_hash text ingested_at",
    "claims": "id doc side category outcome value value_high qualifier measure period_days period_start "
    "as_of as_of_basis claimant claimant_text hedged quote quote_start quote_end rule extractor_version",
    "runs": "id command args started_at finished_at documents claims failures status",
    "failures": "id run_id path location message",
    "reference_points": "source side category date value bound",
    "findings": "id kind severity claim_id doc message reference_source reference_date reference_value "
    "details",
    "claim_groups": "id claimant side category outcome value as_of n_reports n_outlets first_seen last_seen "
    "outlets",
    "claim_group_members": "group_id claim_id",
}


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Short articles of our own, one per day, quoting the General Staff's running totals."""
    series = general_staff_snapshot()
    folder.mkdir(parents=True, exist_ok=True)
    day0 = dt.date(2022, 6, 1)
    paths = []
    for i in range(start, start + count):
        day = day0 + dt.timedelta(days=i)
        personnel = series.value_on("personnel", day)
        tanks = series.value_on("tanks", day)
        text = (
            f"Kyiv, {day:%B} {day.day}, {day.year}. Update number {i}.\n\n"
            f"The General Staff of the Armed Forces of Ukraine said on {day:%B} {day.day}, {day.year} that "
            f"Russia had lost about {personnel:,.0f} troops and {tanks:,.0f} tanks since the invasion "
            "began.\n"
        )
        path = folder / f"article_{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def hand_claim(doc: str, value: float, *, category: str = "tanks") -> Claim:
    quote = f"Russia has lost {value:,.0f} {category}."
    return Claim(
        doc=doc,
        side="russia",
        category=category,
        outcome="losses",
        value=value,
        value_high=None,
        qualifier="exact",
        measure="cumulative",
        period_days=None,
        period_start=None,
        as_of=dt.date(2022, 11, 13),
        claimant="ua_general_staff",
        claimant_text="the General Staff",
        hedged=False,
        quote=quote,
        start=0,
        end=len(quote),
        rule="test/hand",
        as_of_basis="stated",
    )


def table_columns(db: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")} for t in tables}
    finally:
        conn.close()


def test_schema_has_every_agreed_table_and_column(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    with Ledger.open(db) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION >= 1
        assert ledger.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    columns = table_columns(db)
    for table, names in REQUIRED_COLUMNS.items():
        assert set(names.split()) <= columns[table], table
    assert "claims_fts" in columns
    # reopening does not migrate again and keeps the version
    with Ledger.open(db) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION


def test_store_is_idempotent_and_replaces_changed_text(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    doc = Document(id="a", text="Russia has lost 2,840 tanks.", url="https://example.org/a")
    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        first = ledger.store([(doc, [hand_claim("a", 2840)])], run_id=run)
        again = ledger.store([(doc, [hand_claim("a", 2840)])], run_id=run)
        assert (first.added, first.claims, again.unchanged, again.claims) == (1, 1, 1, 0)
        changed = Document(id="a", text="Russia has lost 2,841 tanks.")
        result = ledger.store([(changed, [hand_claim("a", 2841)])], run_id=run)
        assert result.replaced == 1
        assert [c["value"] for c in ledger.claims_of("a")] == [2841]
        assert ledger.count("documents") == 1
        # full-text search over quotes follows inserts and deletes
        hits = ledger.query("SELECT quote FROM claims_fts WHERE claims_fts MATCH 'tanks'")
        assert [h["quote"] for h in hits] == ["Russia has lost 2,841 tanks."]
        run_row = ledger.query("SELECT documents, claims FROM runs WHERE id = ?", (run,))[0]
        assert run_row == {"documents": 2, "claims": 2}


def test_failed_batch_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    good = Document(id="good", text="Russia has lost 2,840 tanks.")
    bad_claim = hand_claim("bad", 1)
    object.__setattr__(bad_claim, "quote", object())  # not storable: the whole batch must roll back
    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        with pytest.raises(LedgerError, match="store documents failed"):
            ledger.store(
                [(good, [hand_claim("good", 2840)]), (Document(id="bad", text="x"), [bad_claim])], run_id=run
            )
        assert ledger.count("documents") == 0 and ledger.count("claims") == 0


def test_ingest_is_idempotent_and_reextract_recomputes(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    write_articles(tmp_path / "in", 12)
    calls: list[str] = []

    def extract(document: Document) -> list[Claim]:
        calls.append(document.id)
        return [hand_claim(document.id, 1000 + len(calls))]

    first = ingest([tmp_path / "in"], db_path=db, extract=extract, batch_size=5)
    assert (first.documents_added, first.claims, first.ok, first.status) == (12, 12, True, "ok")
    second = ingest([tmp_path / "in"], db_path=db, extract=extract)
    assert (second.documents_added, second.documents_unchanged, second.claims) == (0, 12, 0)
    assert len(calls) == 12  # stored documents are not extracted again
    third = ingest([tmp_path / "in"], db_path=db, extract=extract, reextract=True)
    assert (third.documents_replaced, third.claims) == (12, 12)
    with Ledger.open(db) as ledger:
        assert ledger.count("documents") == 12 and ledger.count("claims") == 12
        runs = ledger.query("SELECT command, status, documents, claims FROM runs ORDER BY id")
        assert [r["status"] for r in runs] == ["ok", "ok", "ok"]


def test_ingest_reports_progress_after_each_batch(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    write_articles(tmp_path / "in", 12)
    seen: list[tuple[int, int, int]] = []

    def extract(document: Document) -> list[Claim]:
        return [hand_claim(document.id, 1000), hand_claim(document.id, 50, category="personnel")]

    report = ingest([tmp_path / "in"], db_path=db, extract=extract, batch_size=5,
                    progress=lambda so_far: seen.append((so_far.documents_seen, so_far.documents_added, so_far.claims)))
    assert seen == [(5, 5, 10), (10, 10, 20), (12, 12, 24)]  # one call per stored batch, counts so far
    assert seen[-1] == (report.documents_seen, report.documents_added, report.claims)
    seen.clear()
    ingest([tmp_path / "in"], db_path=db, extract=extract, batch_size=5,
           progress=lambda so_far: seen.append((so_far.documents_seen, so_far.documents_unchanged, so_far.claims)))
    assert seen == [(5, 5, 0), (10, 10, 0), (12, 12, 0)]  # already stored: progress still moves


def test_ingest_records_failures_and_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00\x01")
    (folder / "empty.txt").write_bytes(b"")
    report = ingest([folder], db_path=db, extract=lambda d: [])
    assert report.documents_added == 3
    assert not report.ok and report.status == "failed" and len(report.failures) >= 1
    with Ledger.open(db) as ledger:
        failures = ledger.query("SELECT path, message FROM failures")
        assert len(failures) == len(report.failures)
        assert any("broken.txt" in (f["path"] or "") for f in failures)
        assert ledger.query("SELECT failures, status FROM runs")[0] == {
            "failures": len(failures),
            "status": "failed",
        }


def test_extractor_crash_on_one_document_is_a_recorded_failure(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    docs: list[Document | InputError] = [
        Document(id=f"d{i}", text=f"text {i}", origin=f"d{i}.txt") for i in range(4)
    ]
    docs.insert(2, InputError("cannot decode", path="x.txt", location="byte 3"))

    def extract(document: Document) -> list[Claim]:
        if document.id == "d1":
            raise RuntimeError("boom")
        return []

    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        report = ingest_documents(ledger, docs, run_id=run, extract=extract, batch_size=2)
        assert report.documents_added == 3
        assert sorted(f.path or "" for f in report.failures) == ["d1.txt", "x.txt"]
        assert ledger.count("failures") == 2


def test_missing_corrupt_and_foreign_files_give_ledger_errors(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="no ledger"):
        Ledger.open(tmp_path / "absent.db", create=False)
    with pytest.raises(LedgerError, match="does not exist"):
        Ledger.open(tmp_path / "no" / "dir" / "l.db")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(LedgerError, match="garbage.db"):
        Ledger.open(garbage)
    assert garbage.read_bytes() == b"this is not a database" * 100  # never written to
    # a real ledger whose pages are damaged
    db = tmp_path / "damaged.db"
    with Ledger.open(db) as ledger:
        run = ledger.start_run("t", {})
        ledger.store([(Document(id=f"d{i}", text="x" * 5000), []) for i in range(50)], run_id=run)
        ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096 : 4096 * 6] = os.urandom(4096 * 5)
    db.write_bytes(bytes(data))
    with pytest.raises(LedgerError, match="damaged.db"), Ledger.open(db) as ledger:
        ledger.query("SELECT count(*), sum(length(text)) FROM documents")
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE documents (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerError, match="not a lossledger"):
        Ledger.open(foreign)
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(LedgerError, match="newer"):
        Ledger.open(newer)


def test_locked_ledger_is_a_clear_error_and_nothing_half_written(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    Ledger.open(db).close()
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LedgerError, match="locked"), Ledger.open(db, timeout=0.2) as ledger:
            ledger.store([(Document(id="a", text="t"), [])], run_id=None)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with Ledger.open(db) as ledger:
        assert ledger.count("documents") == 0


_INGEST_SCRIPT = """
import itertools, sys, time
from lossledger.pipeline import ingest
from lossledger.extract import extract_claims

extracted = itertools.count(1)
stop_after = int(sys.argv[5])

def slow_extract(document):
    if stop_after and next(extracted) > stop_after:
        time.sleep(3600)  # wait here for the test's kill: this process never finishes the input
    time.sleep(float(sys.argv[3]))
    return extract_claims(document.text, published=document.published, doc_id=document.id)

report = ingest([sys.argv[1]], db_path=sys.argv[2], extract=slow_extract, batch_size=int(sys.argv[4]))
sys.exit(0 if report.ok else 1)
"""


def _spawn_ingest(folder: Path, db: Path, *, delay: float, batch: int, stop_after: int = 0) -> subprocess.Popen[bytes]:
    """An ingest in another process, extracting a document every ``delay`` seconds; with ``stop_after``, it
    extracts that many documents and then waits (for a kill) instead of extracting the next."""
    return subprocess.Popen(
        [sys.executable, "-c", _INGEST_SCRIPT, str(folder), str(db), str(delay), str(batch), str(stop_after)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _snapshot(db: Path) -> tuple[int, int, list[tuple[str, int]]]:
    with Ledger.open(db) as ledger:
        assert ledger.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
        per_doc = ledger.query(
            "SELECT d.id, count(c.id) AS n FROM documents d LEFT JOIN claims c ON c.doc = d.id"
            " GROUP BY d.id ORDER BY d.id"
        )
        return ledger.count("documents"), ledger.count("claims"), [(r["id"], r["n"]) for r in per_doc]


def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 240)
    expected_db = tmp_path / "expected.db"
    ingest([folder], db_path=expected_db)
    expected = _snapshot(expected_db)
    assert expected[0] == 240

    db = tmp_path / "killed.db"
    # Kill at a few points: each time the rerun must complete the work. Each process is killed once it has
    # stored 20 documents of its own (counted from what the ledger held before it began, however late a
    # loaded machine lets the kill land), so each one has begun its run; and it stops by itself after
    # 60 documents, so no kill comes after it finished: 3 x 60 < 240 documents.
    for _attempt in range(3):
        before = _snapshot(db)[0] if db.exists() else 0
        proc = _spawn_ingest(folder, db, delay=0.004, batch=7, stop_after=60)
        deadline = time.monotonic() + 120
        stored = before
        while stored < before + 20:
            if proc.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {proc.communicate()[1].decode()}")
            assert time.monotonic() < deadline, f"ingest stored {stored - before} documents in 120 s"
            time.sleep(0.01)
            if db.exists():
                with contextlib.suppress(LedgerError), Ledger.open(db, timeout=0.05) as ledger:
                    stored = ledger.count("documents")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        documents, claims, per_doc = _snapshot(db)
        assert before + 20 <= documents < 240
        # every stored document has all its claims: no half-stored document
        expected_per_doc = dict(expected[2])
        assert all(expected_per_doc[doc] == n for doc, n in per_doc)
    report = ingest([folder], db_path=db)
    assert report.ok
    assert _snapshot(db) == expected
    with Ledger.open(db) as ledger:
        statuses = [r["status"] for r in ledger.query("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted"] * 3 + ["ok"]


def test_two_concurrent_ingests_lose_nothing(tmp_path: Path) -> None:
    write_articles(tmp_path / "a", 120, start=0)
    write_articles(tmp_path / "b", 120, start=60)  # 60 documents overlap (same ids and texts)
    expected_db = tmp_path / "expected.db"
    ingest([tmp_path / "a", tmp_path / "b"], db_path=expected_db)
    expected = _snapshot(expected_db)
    assert expected[0] == 180

    db = tmp_path / "shared.db"
    Ledger.open(db).close()
    procs = [_spawn_ingest(tmp_path / name, db, delay=0.001, batch=5) for name in ("a", "b")]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert _snapshot(db) == expected


def test_the_version_stored_with_claims_is_the_callers(tmp_path: Path) -> None:
    """The ledger does not know the extractor: the pipeline passes its version in, and claims stored
    without one (written by hand) carry none rather than the extractor's."""
    from lossledger.extract import EXTRACTOR_VERSION

    folder = tmp_path / "in"
    write_articles(folder, 2)
    db = tmp_path / "ledger.db"
    report = ingest([folder], db_path=db)
    assert report.ok and report.claims > 0
    with Ledger.open(db) as ledger:
        assert ledger.query("SELECT DISTINCT extractor_version AS v FROM claims") == [{"v": EXTRACTOR_VERSION}]
        run = ledger.start_run("test", {})
        ledger.store([(Document(id="hand", text="by hand"), [hand_claim("hand", 7)])], run_id=run)
        ledger.store([(Document(id="given", text="given"), [hand_claim("given", 8)])], run_id=run,
                     extractor_version="x1")
        rows = ledger.query("SELECT doc, extractor_version AS v FROM claims WHERE doc IN ('hand', 'given')"
                            " ORDER BY doc")
    assert rows == [{"doc": "given", "v": "x1"}, {"doc": "hand", "v": None}]
