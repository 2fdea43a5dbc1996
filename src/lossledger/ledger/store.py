"""Writing to the ledger: documents with their claims, runs and their failures.

Every write is one transaction (``BEGIN IMMEDIATE`` under WAL), so a process killed at any point leaves
either a whole batch or nothing, and two processes writing to one ledger wait for each other instead of
losing rows. ``Ledger.store`` writes one batch of (document, claims) pairs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psutil

from ..errors import InputError
from ..model import CLAIM_RECORD_FIELDS, Claim, Document
from .connection import LedgerFile
from .schema import INSERT_CLAIM

__all__ = ["DEFAULT_DB", "Ledger", "StoreResult", "content_hash"]

DEFAULT_DB = "lossledger.db"


def content_hash(text: str) -> str:
    """The SHA-256 of a document's text: two documents with the same id and hash are the same."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass
class StoreResult:
    """What one ``Ledger.store`` call wrote. ``failures``: documents that could not be stored (each one's
    own problem, e.g. text SQLite cannot hold, or an id another source already holds), recorded as failures
    of the run; the rest of the batch is stored."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    failures: list[InputError] = field(default_factory=list)


#: Longest failure message stored in the ledger (a corrupt input can make an error of megabytes).
MAX_FAILURE_CHARS = 1_000

#: SQLite result codes that belong to one document's data, not to the ledger: that document fails alone.
_DOCUMENT_ERROR_CODES = frozenset(
    code for code in (getattr(sqlite3, name, None) for name in
                      ("SQLITE_TOOBIG", "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_RANGE"))
    if code is not None
)


class _IdTaken(Exception):
    """A document's id is stored already, from another source file, with another text."""


def _document_level(exc: BaseException) -> bool:
    """Whether storing one document failed for a reason of its own (the ledger itself is fine)."""
    if isinstance(exc, (_IdTaken, UnicodeError, OverflowError, sqlite3.DataError, sqlite3.IntegrityError)):
        return True
    return isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) in _DOCUMENT_ERROR_CODES


def _storable(text: str | None, limit: int = MAX_FAILURE_CHARS) -> str | None:
    """Text SQLite can hold: at most ``limit`` characters, lone surrogates spelled out (``\\ud800``)."""
    if text is None:
        return None
    if len(text) > limit:
        text = f"{text[:limit]}… ({len(text) - limit:,} more characters)"
    return text if text.isascii() else text.encode("utf-8", "backslashreplace").decode("utf-8")


_PLACE_IN_FILE = re.compile(r"(?::\d+|#record-\d+|#entry-\d+)$")


def _source_file(origin: str | None) -> str | None:
    """The file a document came from: its origin without the line, record or entry."""
    return _PLACE_IN_FILE.sub("", origin) if origin else origin


class Ledger(LedgerFile):
    """An open ledger file. Use ``Ledger.open`` (or ``with Ledger.open(...) as ledger``).

    Opening, transactions and reading are ``LedgerFile``'s; here: runs and the writes of an ingest."""

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """``{document id: content hash}`` for those of ``ids`` already in the ledger."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        with self._guard("look up documents"):
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for doc_id, digest in self.conn.execute(
                    f"SELECT id, content_hash FROM documents WHERE id IN ({marks})", chunk
                ):
                    out[doc_id] = digest
        return out

    # -- runs ------------------------------------------------------------------------------------

    def start_run(self, command: str, args: dict[str, Any]) -> int:
        """Record a run as ``running`` (and mark runs of dead processes on this host ``interrupted``)."""
        host = os.uname().nodename
        self.mark_interrupted_runs()
        with self.transaction("start run") as conn:
            cursor = conn.execute(
                "INSERT INTO runs (command, args, started_at, documents, claims, failures, status, pid, host,"
                " documents_unchanged) VALUES (?, ?, ?, 0, 0, 0, 'running', ?, ?, 0)",
                (command, json.dumps(args, default=str), _now(), os.getpid(), host),
            )
            return int(cursor.lastrowid or 0)

    def mark_interrupted_runs(self) -> list[int]:
        """Mark ``interrupted`` the runs of this host still recorded as ``running`` whose process is gone
        (killed with kill -9, or its machine restarted): it never finished and never will. Returns their ids.
        Runs of other hosts are left alone (their processes cannot be seen from here)."""
        host = os.uname().nodename
        with self._guard("look up running runs"):
            running = self.conn.execute(
                "SELECT id, pid, started_at FROM runs WHERE status = 'running' AND host = ?", (host,)
            ).fetchall()
        gone = [run_id for run_id, pid, started in running if pid is not None and not _run_alive(int(pid), started)]
        if gone:
            with self.transaction("mark interrupted runs") as conn:
                conn.executemany("UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'",
                                 [(run_id,) for run_id in gone])
        return gone

    def finish_run(self, run_id: int, *, status: str) -> None:
        with self.transaction("finish run") as conn:
            conn.execute("UPDATE runs SET finished_at = ?, status = ? WHERE id = ?", (_now(), status, run_id))

    def record_failures(self, failures: Sequence[InputError], *, run_id: int) -> None:
        """Write input failures of a run (in their own transaction)."""
        if not failures:
            return
        with self.transaction("record failures") as conn:
            self._insert_failures(conn, failures, run_id=run_id)

    @staticmethod
    def _insert_failures(conn: sqlite3.Connection, failures: Sequence[InputError], *, run_id: int) -> None:
        conn.executemany(
            "INSERT INTO failures (run_id, path, location, message) VALUES (?, ?, ?, ?)",
            [(run_id, _storable(f.path), _storable(f.location), _storable(getattr(f, "message", str(f))))
             for f in failures],
        )
        conn.execute("UPDATE runs SET failures = failures + ? WHERE id = ?", (len(failures), run_id))

    # -- writing ---------------------------------------------------------------------------------

    def store(
        self,
        batch: Sequence[tuple[Document, list[Claim]]],
        *,
        run_id: int | None,
        replace: bool = False,
        failures: Sequence[InputError] = (),
        extractor_version: str | None = None,
        unchanged: int = 0,
    ) -> StoreResult:
        """Write a batch of (document, claims) pairs, and the batch's input failures, in ONE transaction.

        A document whose id is stored with the same content hash is left alone (``unchanged``) unless
        ``replace`` is true; one stored with a different hash is replaced with its new claims. Replacing
        deletes the document's old claims and the findings and group memberships that cite them.
        An id stored from another source file with another text is never replaced: that document fails
        (naming both places), as does a document the ledger cannot hold; the rest of the batch is stored.
        ``extractor_version`` is stored with each claim (the pipeline passes its extractor's; the ledger
        does not know the extractor). ``unchanged`` counts documents the caller found already stored
        without passing them (the run's record counts them too). The run's counters are updated in the
        same transaction, so they always match the data.
        """
        version = extractor_version
        result = StoreResult()
        now = _now()
        with self.transaction("store documents") as conn:
            for document, claims in batch:
                conn.execute("SAVEPOINT document")
                try:
                    self._store_one(conn, document, claims, result, run_id=run_id, replace=replace, version=version,
                                    now=now)
                except Exception as exc:
                    # (a full disk or I/O error may have ended the whole transaction already: not ours to undo)
                    if not _document_level(exc) or not conn.in_transaction:
                        raise
                    conn.execute("ROLLBACK TO document")
                    conn.execute("RELEASE document")
                    message = str(exc) if isinstance(exc, _IdTaken) else (
                        f"cannot be stored in the ledger: {type(exc).__name__}: {exc}")
                    result.failures.append(InputError(_storable(message) or "", path=_storable(
                        document.origin or document.id)))
                    continue
                conn.execute("RELEASE document")
            if (failures or result.failures) and run_id is not None:
                self._insert_failures(conn, [*failures, *result.failures], run_id=run_id)
            if run_id is not None:
                conn.execute(
                    "UPDATE runs SET documents = documents + ?, claims = claims + ?,"
                    " documents_unchanged = documents_unchanged + ? WHERE id = ?",
                    (result.added + result.replaced, result.claims, result.unchanged + unchanged, run_id),
                )
        return result

    def _store_one(self, conn: sqlite3.Connection, document: Document, claims: list[Claim],
                   result: StoreResult, *, run_id: int | None, replace: bool, version: str | None, now: str) -> None:
        digest = content_hash(document.text)
        # the columns an update and an insert both write, in this order
        stored = (document.origin, document.url, document.title, _iso(document.published), document.published_basis,
                  document.language, digest, document.text)
        row = conn.execute("SELECT content_hash, source FROM documents WHERE id = ?", (document.id,)).fetchone()
        if row is not None:
            if row[0] == digest and not replace:
                result.unchanged += 1
                return
            if row[0] != digest and _source_file(row[1]) != _source_file(document.origin):
                raise _IdTaken(
                    f"document id {document.id!r} is already stored from {row[1]} with another text: "
                    "not replaced (give the documents distinct ids)"
                )
            self._delete_claims_of(conn, document.id)
            conn.execute(
                "UPDATE documents SET source = ?, url = ?, title = ?, published = ?,"
                " published_basis = ?, language = ?, content_hash = ?, text = ?, run_id = ?,"
                " extracted_at = ? WHERE id = ?",
                (*stored, run_id, now, document.id),
            )
            result.replaced += 1
        else:
            conn.execute(
                "INSERT INTO documents (source, url, title, published, published_basis, language,"
                " content_hash, text, id, ingested_at, run_id, extracted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*stored, document.id, now, run_id, now),
            )
            result.added += 1
        conn.executemany(INSERT_CLAIM, [_claim_row(claim, document.id, version) for claim in claims])
        result.claims += len(claims)

    @staticmethod
    def _delete_claims_of(conn: sqlite3.Connection, doc_id: str) -> None:
        old = "SELECT id FROM claims WHERE doc = ?"
        conn.execute(f"DELETE FROM findings WHERE claim_id IN ({old})", (doc_id,))
        conn.execute(f"DELETE FROM finding_claims WHERE claim_id IN ({old})", (doc_id,))
        conn.execute(f"DELETE FROM claim_group_members WHERE claim_id IN ({old})", (doc_id,))
        conn.execute("DELETE FROM claims WHERE doc = ?", (doc_id,))

    def claims_of(self, doc_id: str) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM claims WHERE doc = ? ORDER BY quote_start, id", (doc_id,))


def _claim_row(claim: Claim, doc_id: str, version: str | None) -> tuple[Any, ...]:
    """The values of ``schema.CLAIM_COLUMNS`` for a claim: dates as ISO text, ``hedged`` as 0 or 1."""
    return (
        # the document the claim was stored with, whatever the claim's own ``doc`` says
        *(doc_id if name == "doc" else _column_value(getattr(claim, name)) for name in CLAIM_RECORD_FIELDS),
        version,
        claim.extra.get("value_best"),  # set by ``claims import`` (a table's best estimate), else null
    )


def _column_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _run_alive(pid: int, started_at: str | None) -> bool:
    """Whether process ``pid`` is still the run that began at ``started_at``: it exists, has not ended
    (a zombie has), and began before the run did (a later process may have been given a dead run's pid)."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        began = process.create_time()
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:  # another user's process: it exists, whose it is cannot be told
        return True
    try:
        run_began = dt.datetime.fromisoformat(started_at).timestamp() if started_at else None
    except ValueError:
        run_began = None
    # started_at has whole seconds; the process may also have begun a little before its run
    return run_began is None or began <= run_began + 1
