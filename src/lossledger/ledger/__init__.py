"""The ledger: a SQLite file holding documents, claims, runs, reference series, findings and claim groups.

The only door to SQLite: ``schema`` (tables and migrations, versioned with ``PRAGMA user_version``),
``connection`` (opening, read-write or read-only, transactions, reading), ``store`` (the writes),
``ingest`` (a stream of documents stored as one run, with the extraction passed in by the caller).
It imports neither the extractor nor the readers.
"""

from __future__ import annotations

from .connection import DEFAULT_BUSY_TIMEOUT, LedgerFile, open_read_only, table_names
from .ingest import DEFAULT_BATCH_SIZE, ExtractFn, IngestReport, ProgressFn, ingest_documents, run_ingest
from .schema import CLAIM_COLUMNS, COUNT_COLUMNS, MIGRATIONS, SCHEMA_VERSION
from .store import DEFAULT_DB, Ledger, StoreResult, content_hash

__all__ = [
    "CLAIM_COLUMNS",
    "COUNT_COLUMNS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_BUSY_TIMEOUT",
    "DEFAULT_DB",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ExtractFn",
    "IngestReport",
    "Ledger",
    "LedgerFile",
    "ProgressFn",
    "StoreResult",
    "content_hash",
    "ingest_documents",
    "open_read_only",
    "run_ingest",
    "table_names",
]
