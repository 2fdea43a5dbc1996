"""The ledger: a SQLite file holding documents, claims, runs, reference series, findings and claim groups.

Every write is one transaction (``BEGIN IMMEDIATE`` under WAL), so a process killed at any point leaves
either a whole batch or nothing, and two processes writing to one ledger wait for each other instead of
losing rows. The schema is versioned with ``PRAGMA user_version`` and migrated in order on open.

``Ledger.store`` writes one batch of (document, claims) pairs; ``ingest`` is the orchestration the
``lossledger ingest`` command calls (read, extract, store, record the run).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from . import __version__
from .errors import InputError, LedgerError
from .model import Claim, Document

if TYPE_CHECKING:
    from .readers import ReaderOptions

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "IngestReport",
    "Ledger",
    "StoreResult",
    "content_hash",
    "ingest",
    "ingest_documents",
]

DEFAULT_DB = "lossledger.db"

#: How long a writer waits for another process's transaction before giving up (seconds).
DEFAULT_BUSY_TIMEOUT = 60.0

#: Documents per transaction during ingest: small enough that a kill loses little work, large enough
#: that the per-transaction fsync does not dominate.
DEFAULT_BATCH_SIZE = 50

_SCHEMA_V1 = """
CREATE TABLE documents (
  id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, published TEXT, published_basis TEXT,
  language TEXT, content_hash TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL,
  run_id INTEGER, extracted_at TEXT
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), side TEXT, category TEXT,
  outcome TEXT, value REAL, value_high REAL, qualifier TEXT, measure TEXT, period_days REAL,
  period_start TEXT, as_of TEXT, as_of_basis TEXT, claimant TEXT, claimant_text TEXT, hedged INTEGER,
  quote TEXT, quote_start INTEGER, quote_end INTEGER, rule TEXT, extractor_version TEXT
);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_key ON claims(side, category, as_of);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY, command TEXT, args TEXT, started_at TEXT, finished_at TEXT,
  documents INTEGER, claims INTEGER, failures INTEGER, status TEXT, pid INTEGER, host TEXT,
  documents_unchanged INTEGER
);
CREATE TABLE failures (id INTEGER PRIMARY KEY, run_id INTEGER, path TEXT, location TEXT, message TEXT);
CREATE TABLE reference_points (
  source TEXT, side TEXT, category TEXT, date TEXT, value REAL,
  bound TEXT,  -- 'official' or 'lower_bound'
  PRIMARY KEY (source, side, category, date)
);
CREATE TABLE reference_corrections (
  source TEXT, side TEXT, category TEXT, date TEXT, value REAL,
  PRIMARY KEY (source, side, category, date)
);
CREATE TABLE reference_sources (
  source TEXT PRIMARY KEY, family TEXT, format TEXT, side TEXT, bound TEXT, path TEXT, sha256 TEXT,
  points INTEGER, corrections INTEGER, first_date TEXT, last_date TEXT, imported_at TEXT
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY, kind TEXT, severity TEXT, claim_id INTEGER REFERENCES claims(id), doc TEXT,
  message TEXT, reference_source TEXT, reference_date TEXT, reference_value REAL,
  details TEXT,  -- JSON: other claim ids, documents, dates, quotes
  group_id INTEGER
);
CREATE INDEX findings_claim ON findings(claim_id);
CREATE INDEX findings_kind ON findings(kind);
CREATE TABLE finding_claims (finding_id INTEGER, claim_id INTEGER, PRIMARY KEY (finding_id, claim_id));
CREATE INDEX finding_claims_claim ON finding_claims(claim_id);
CREATE TABLE claim_groups (
  id INTEGER PRIMARY KEY, claimant TEXT, side TEXT, category TEXT, outcome TEXT, value REAL, as_of TEXT,
  n_reports INTEGER, n_outlets INTEGER, first_seen TEXT, last_seen TEXT, outlets TEXT
);
CREATE TABLE claim_group_members (group_id INTEGER, claim_id INTEGER, PRIMARY KEY (group_id, claim_id));
CREATE INDEX claim_group_members_claim ON claim_group_members(claim_id);
"""


def _migrate_v1(db: sqlite_utils.Database) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)
    # sqlite-utils runs these statements inside our open transaction (it avoids executescript's commit).
    db.table("claims").enable_fts(["quote"], create_triggers=True)


def _migrate_v2(db: sqlite_utils.Database) -> None:
    # The best value of a low/best/high estimate (a hand-kept claims table's "estimate" column), which is
    # neither end of the range nor always its midpoint.
    db.execute("ALTER TABLE claims ADD COLUMN value_best REAL")
    # A series' stated daily increase ("+N"), where its format gives one: `reference audit` checks it against
    # the day-over-day difference of the running totals.
    db.execute(
        "CREATE TABLE reference_increases (source TEXT, side TEXT, category TEXT, date TEXT, value REAL,"
        " PRIMARY KEY (source, side, category, date))"
    )


#: Migrations in order: entry i brings the schema from version i to i + 1.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_migrate_v1, _migrate_v2)
SCHEMA_VERSION = len(MIGRATIONS)

CLAIM_COLUMNS: tuple[str, ...] = (
    "doc",
    "side",
    "category",
    "outcome",
    "value",
    "value_high",
    "qualifier",
    "measure",
    "period_days",
    "period_start",
    "as_of",
    "as_of_basis",
    "claimant",
    "claimant_text",
    "hedged",
    "quote",
    "quote_start",
    "quote_end",
    "rule",
    "extractor_version",
    "value_best",
)

_INSERT_CLAIM = (
    f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"
)


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


class Ledger:
    """An open ledger file. Use ``Ledger.open`` (or ``with Ledger.open(...) as ledger``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, timeout: float = DEFAULT_BUSY_TIMEOUT,
        read_only: bool = False,
    ) -> Ledger:
        """Open (and, with ``create``, make or migrate) the ledger at ``path``.

        Only ``create`` makes a ledger, and only in a new or empty file: a SQLite file of another program
        is refused by name and left exactly as it was (no table added, no journal mode changed).
        ``read_only`` opens an existing ledger for reading only (SQLite enforces it).
        Raises ``LedgerError`` when the file is missing (and ``create`` is false), is not a SQLite
        database or not a ledger, is locked for longer than ``timeout`` seconds, or has a newer schema
        than this code.
        """
        path = Path(path)
        if (not create or read_only) and not path.exists():
            raise LedgerError(f"{path}: no ledger here (run `lossledger ingest` first or pass --db)")
        if path.exists() and path.is_dir():
            raise LedgerError(f"{path}: is a directory, not a ledger file")
        if not path.parent.exists():
            raise LedgerError(f"{path}: directory {path.parent} does not exist")
        try:
            if read_only:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise LedgerError(f"{path}: cannot open ledger: {exc}") from exc
        ledger = cls(conn, path)
        try:
            with ledger._guard("open"):
                conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                # Before anything is written: is this a ledger (or a new, empty file for one)?
                ledger._refuse_foreign(create=create and not read_only)
                if read_only:
                    conn.execute("PRAGMA query_only = ON")
                    return ledger
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal" and str(path) != ":memory:":
                    raise LedgerError(f"{path}: cannot switch the ledger to WAL mode (got {mode})")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                ledger._migrate()
        except BaseException:
            conn.close()
            raise
        return ledger

    def _refuse_foreign(self, *, create: bool) -> None:
        """Raise ``LedgerError`` unless the file is a ledger, or (with ``create``) a new or empty file."""
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        tables = sorted(row[0] for row in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
        if version == 0 and tables:
            shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
            raise LedgerError(
                f"{self.path}: not a lossledger ledger (a SQLite database of another program, with table(s) "
                f"{shown}): left unchanged; pass --db with a new file or an existing ledger"
            )
        if version == 0 and not create:
            raise LedgerError(f"{self.path}: no ledger here (an empty database; run `lossledger ingest` first)")
        if version > 0 and "documents" not in tables:
            raise LedgerError(f"{self.path}: not a lossledger ledger (schema version {version} but no "
                              "'documents' table): left unchanged")
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: ledger schema version {version} is newer than this lossledger "
                f"understands ({SCHEMA_VERSION}); upgrade lossledger"
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn sqlite3 errors into a ``LedgerError`` that names the file and what was being done."""
        try:
            yield
        except LedgerError:
            raise
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:
                raise LedgerError(
                    f"{self.path}: ledger is locked by another process ({action}): {text}"
                ) from exc
            raise LedgerError(f"{self.path}: {action} failed: {text}") from exc
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.DataError) as exc:
            raise LedgerError(f"{self.path}: {action} failed: {type(exc).__name__}: {exc}") from exc
        except sqlite3.IntegrityError as exc:
            raise LedgerError(f"{self.path}: {action} refused by the ledger's constraints: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise LedgerError(
                f"{self.path}: not a usable ledger (corrupt or not SQLite) during {action}: {exc}"
            ) from exc

    @contextlib.contextmanager
    def transaction(self, action: str = "write") -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it is written, or none of it."""
        with self._guard(action):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: ledger schema version {version} is newer than this lossledger "
                f"understands ({SCHEMA_VERSION}); upgrade lossledger"
            )
        if version == SCHEMA_VERSION:
            return
        with self.transaction("migrate"):
            # Another process may have migrated while we waited for the write lock.
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if (
                version == 0
                and self.conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"
                ).fetchone()[0]
            ):
                raise LedgerError(
                    f"{self.path}: has a 'documents' table but no schema version: not a lossledger ledger"
                )
            for target in range(version, SCHEMA_VERSION):
                MIGRATIONS[target](self.db)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        with self._guard("read schema version"):
            return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- reading ---------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts."""
        with self._guard("query"):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def count(self, table: str) -> int:
        with self._guard(f"count {table}"):
            return int(self.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

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
        with self.transaction("start run") as conn:
            for run_id, pid in conn.execute(
                "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)
            ).fetchall():
                if pid is not None and not _pid_alive(int(pid)):
                    conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (run_id,))
            cursor = conn.execute(
                "INSERT INTO runs (command, args, started_at, documents, claims, failures, status, pid, host,"
                " documents_unchanged) VALUES (?, ?, ?, 0, 0, 0, 'running', ?, ?, 0)",
                (command, json.dumps(args, default=str), _now(), os.getpid(), host),
            )
            return int(cursor.lastrowid or 0)

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
        ``unchanged`` counts documents the caller found already stored without passing them (the run's
        record counts them too). The run's counters are updated in the same transaction, so they always
        match the data.
        """
        version = extractor_version or _extractor_version()
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
                   result: StoreResult, *, run_id: int | None, replace: bool, version: str, now: str) -> None:
        digest = content_hash(document.text)
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
                (
                    document.origin,
                    document.url,
                    document.title,
                    _iso(document.published),
                    document.published_basis,
                    document.language,
                    digest,
                    document.text,
                    run_id,
                    now,
                    document.id,
                ),
            )
            result.replaced += 1
        else:
            conn.execute(
                "INSERT INTO documents (id, source, url, title, published, published_basis, language,"
                " content_hash, text, ingested_at, run_id, extracted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.id,
                    document.origin,
                    document.url,
                    document.title,
                    _iso(document.published),
                    document.published_basis,
                    document.language,
                    digest,
                    document.text,
                    now,
                    run_id,
                    now,
                ),
            )
            result.added += 1
        conn.executemany(_INSERT_CLAIM, [_claim_row(claim, document.id, version) for claim in claims])
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


def _claim_row(claim: Claim, doc_id: str, version: str) -> tuple[Any, ...]:
    return (
        doc_id,  # the document the claim was stored with, whatever the claim's own ``doc`` says
        claim.side,
        claim.category,
        claim.outcome,
        claim.value,
        claim.value_high,
        claim.qualifier,
        claim.measure,
        claim.period_days,
        _iso(claim.period_start),
        _iso(claim.as_of),
        claim.as_of_basis,
        claim.claimant,
        claim.claimant_text,
        int(bool(claim.hedged)),
        claim.quote,
        claim.start,
        claim.end,
        claim.rule,
        version,
        claim.extra.get("value_best"),  # set by ``claims import`` (a table's best estimate), else null
    )


def _extractor_version() -> str:
    from . import extract

    return str(getattr(extract, "EXTRACTOR_VERSION", None) or __version__)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- ingest ----------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    """What an ingest run did. ``ok`` is false when any input or document failed."""

    run_id: int
    db_path: str
    documents_seen: int = 0
    documents_added: int = 0
    documents_replaced: int = 0
    documents_unchanged: int = 0
    claims: int = 0
    failures: list[InputError] = field(default_factory=list)
    status: str = "running"
    skipped: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    #: (document id or file, reason) of every skipped document and file, as the readers listed them
    skipped_items: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "db": self.db_path,
            "documents_seen": self.documents_seen,
            "documents_added": self.documents_added,
            "documents_replaced": self.documents_replaced,
            "documents_unchanged": self.documents_unchanged,
            "claims": self.claims,
            "failures": [str(f) for f in self.failures],
            "status": self.status,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "skipped_items": [list(item) for item in self.skipped_items],
        }


ExtractFn = Callable[[Document], list[Claim]]
#: Called with the run's report so far after each stored batch (for a live progress line).
ProgressFn = Callable[[IngestReport], None]


def _default_extract(document: Document) -> list[Claim]:
    from .extract import extract_claims

    return extract_claims(document.text, published=document.published, doc_id=document.id,
                          language=document.language)


def ingest_documents(
    ledger: Ledger,
    documents: Iterable[Document | InputError],
    *,
    run_id: int,
    reextract: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extract: ExtractFn | None = None,
    report: IngestReport | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Extract and store ``documents`` batch by batch (one transaction each) into an open ledger.

    Documents already stored with the same text are not extracted again (unless ``reextract``).
    An ``InputError`` from the reader, or an exception from the extractor on one document, is recorded
    as a failure of the run and the rest goes on. ``progress`` gets the report after each batch.
    """
    extract_fn = extract or _default_extract
    report = report or IngestReport(run_id=run_id, db_path=str(ledger.path))
    pending_docs: list[Document] = []
    pending_failures: list[InputError] = []

    def flush() -> None:
        if not pending_docs and not pending_failures:
            return
        stored = {} if reextract else ledger.stored_hashes(d.id for d in pending_docs)
        batch: list[tuple[Document, list[Claim]]] = []
        seen_in_batch: dict[str, Document] = {}
        unchanged = 0
        for document in pending_docs:
            first = seen_in_batch.get(document.id)
            if first is not None:
                if content_hash(first.text) != content_hash(document.text):
                    # Two inputs with one id and different texts: never a silent replace.
                    pending_failures.append(InputError(
                        f"document id {document.id!r} is already used by {first.origin or first.id} with "
                        "another text: not stored (give the documents distinct ids)",
                        path=document.origin or document.id))
                    continue
                unchanged += 1
                continue
            seen_in_batch[document.id] = document
            if stored.get(document.id) == content_hash(document.text):
                unchanged += 1
                continue
            try:
                claims = extract_fn(document)
            except Exception as exc:  # one bad document must not stop the run; it is recorded
                pending_failures.append(
                    InputError(
                        f"extraction failed: {type(exc).__name__}: {exc}",
                        path=document.origin or document.id,
                        location=None,
                    )
                )
                continue
            batch.append((document, claims))
        result = ledger.store(batch, run_id=run_id, replace=reextract, failures=pending_failures,
                              unchanged=unchanged)
        report.documents_added += result.added
        report.documents_replaced += result.replaced
        report.documents_unchanged += result.unchanged + unchanged
        report.claims += result.claims
        report.failures.extend(pending_failures)
        report.failures.extend(result.failures)
        pending_docs.clear()
        pending_failures.clear()
        if progress is not None:
            progress(report)

    for item in documents:
        if isinstance(item, InputError):
            pending_failures.append(item)
        else:
            report.documents_seen += 1
            pending_docs.append(item)
        if len(pending_docs) >= batch_size or len(pending_failures) >= batch_size:
            flush()
    flush()
    return report


def ingest(
    paths: Sequence[str | os.PathLike[str]],
    *,
    db_path: str | os.PathLike[str] = DEFAULT_DB,
    reextract: bool = False,
    reader_options: ReaderOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extract: ExtractFn | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Read ``paths``, extract claims and store both in the ledger at ``db_path``; record the run.

    Idempotent (a document already stored is skipped), crash-safe (one transaction per batch; a rerun
    after a kill completes the work without duplicates) and safe with concurrent ingests (WAL, waits
    for the write lock). The report's ``failures`` list every input that could not be read.
    ``progress`` is called with the report so far after each stored batch.
    """
    from .readers import ReadStats, iter_documents

    stats = ReadStats()
    with Ledger.open(db_path) as ledger:
        options_record = dataclasses.asdict(reader_options) if reader_options is not None else None
        run_id = ledger.start_run(
            "ingest",
            {"paths": [str(p) for p in paths], "reextract": reextract, "reader_options": options_record},
        )
        documents = iter_documents([str(p) for p in paths], options=reader_options, stats=stats)
        return run_ingest(ledger, run_id, documents, stats, db_path=db_path, reextract=reextract,
                          batch_size=batch_size, extract=extract, progress=progress)


def run_ingest(
    ledger: Ledger,
    run_id: int,
    documents: Iterable[Document | InputError],
    stats: Any,
    *,
    db_path: str | os.PathLike[str],
    reextract: bool,
    batch_size: int,
    extract: ExtractFn | None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Store ``documents`` as run ``run_id`` and close the run with its status, whatever happens.

    ``stats`` is whatever counted the reading (``ReadStats``, or the Parquet shards' stats): its
    ``skipped`` and ``duplicates`` go into the report. ``progress``: as in ``ingest_documents``."""
    report = IngestReport(run_id=run_id, db_path=str(db_path))
    status = "error"
    try:
        ingest_documents(ledger, documents, run_id=run_id, reextract=reextract, batch_size=batch_size,
                         extract=extract, report=report, progress=progress)
        status = "failed" if report.failures else "ok"
    finally:
        report.status = status
        report.skipped = dict(stats.skipped)
        report.duplicates = stats.duplicates
        report.skipped_items = list(getattr(stats, "skipped_items", ()))
        with contextlib.suppress(LedgerError):
            ledger.finish_run(run_id, status=status)
    return report
