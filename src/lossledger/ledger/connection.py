"""Opening a ledger file: the one place lossledger connects to SQLite.

``LedgerFile.open`` opens (and migrates) a ledger for reading and writing, or read-only; ``open_read_only``
gives the plain read-only connection the report and the explorer copy from. Both go through
``connect``, so every connection is made with the same settings and errors name the file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Self

import sqlite_utils

from ..errors import LedgerError
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["DEFAULT_BUSY_TIMEOUT", "REQUIRED_TABLES", "LedgerFile", "connect", "open_read_only", "table_names"]

#: How long a writer waits for another process's transaction before giving up (seconds).
DEFAULT_BUSY_TIMEOUT = 60.0

#: Tables a file must have to be read as a ledger by ``open_read_only``.
REQUIRED_TABLES = ("documents", "claims")


def connect(path: Path, *, read_only: bool, timeout: float = 5.0, autocommit: bool = False) -> sqlite3.Connection:
    """A SQLite connection to ``path``: read-only (``mode=ro``, SQLite enforces it) or read-write."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if autocommit:  # the ledger's own transactions (BEGIN IMMEDIATE), from any thread of the run
        return sqlite3.connect(target, uri=read_only, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    return sqlite3.connect(target, uri=read_only, timeout=timeout)


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The tables and views of the database behind ``conn`` (what a reader may rely on being there)."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only as a plain connection (rows as ``sqlite3.Row``) for code that only reads or
    copies a ledger (the report, the explorer); LedgerError names the file. Looser than ``LedgerFile.open``:
    any file with the ``REQUIRED_TABLES`` is read, whatever its schema version."""
    if not path.exists():
        raise LedgerError(f"{path}: no ledger here (run `lossledger ingest` to make one)")
    if path.is_dir():
        raise LedgerError(f"{path}: is a directory, not a ledger file")
    try:
        conn = connect(path, read_only=True)
        conn.row_factory = sqlite3.Row
        tables = table_names(conn)
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"{path}: not a readable SQLite ledger ({exc})") from exc
    if not tables:  # a new file, or one whose first ingest was stopped before it committed anything
        conn.close()
        raise LedgerError(f"{path}: no ledger here yet (an empty database; run `lossledger ingest` to fill it)")
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        conn.close()
        raise LedgerError(f"{path}: not a lossledger ledger (missing table(s): {', '.join(missing)})")
    return conn


class LedgerFile:
    """An open ledger file: opening, migrating, transactions and reading. ``Ledger`` adds the writes."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, timeout: float = DEFAULT_BUSY_TIMEOUT,
        read_only: bool = False,
    ) -> Self:
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
            conn = connect(path, read_only=read_only, timeout=timeout, autocommit=True)
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
                mode = ledger._switch_to_wal(timeout)
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
        version, tables = self._version_and_tables()
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

    def _version_and_tables(self) -> tuple[int, list[str]]:
        """The schema version and the tables, read in one snapshot of the file.

        Read apart, another process's first ingest could commit its new ledger between the two looks
        (version 0 read before its commit, its tables after): the file would look like another program's
        database and be refused, as a concurrent first run once was. One read transaction sees both or
        neither."""
        self.conn.execute("BEGIN")
        try:
            version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            tables = sorted(row[0] for row in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # ends the read; nothing was written
        return version, tables

    def _switch_to_wal(self, timeout: float) -> str:
        """``PRAGMA journal_mode = WAL``, tried again until ``timeout``; the journal mode it reached.

        Two first runs switching one new file at once each hold a read lock and want the write lock; SQLite
        answers one of them "database is locked" at once rather than wait (busy_timeout does not apply to
        a deadlock). Its failed statement has let go of its lock, so the other switches and this one,
        tried again, finds the file already in WAL mode."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return str(self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(0.01)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
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
