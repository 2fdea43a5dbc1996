"""Storing a stream of documents as one run: batches, skipping stored texts, failures recorded.

The extraction is the caller's: ``ingest_documents`` and ``run_ingest`` take the function that gives a
document's claims (and the version of the extractor to record), so the ledger imports neither the
extractor nor the readers (``pipeline.ingest`` reads the paths and passes the extractor in).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError, LedgerError
from ..model import Claim, Document
from .store import Ledger, content_hash

__all__ = ["DEFAULT_BATCH_SIZE", "ExtractFn", "IngestReport", "ProgressFn", "ingest_documents", "run_ingest"]

#: Documents per transaction during ingest: small enough that a kill loses little work, large enough
#: that the per-transaction fsync does not dominate.
DEFAULT_BATCH_SIZE = 50


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


def ingest_documents(
    ledger: Ledger,
    documents: Iterable[Document | InputError],
    *,
    run_id: int,
    reextract: bool = False,
    extract: ExtractFn,
    extractor_version: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    report: IngestReport | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Extract and store ``documents`` batch by batch (one transaction each) into an open ledger.

    Documents already stored with the same text are not extracted again (unless ``reextract``).
    An ``InputError`` from the reader, or an exception from the extractor on one document, is recorded
    as a failure of the run and the rest goes on. ``progress`` gets the report after each batch.
    ``extract`` gives a document's claims; ``extractor_version`` is stored with them.
    """
    extract_fn = extract
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
                              extractor_version=extractor_version, unchanged=unchanged)
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


def run_ingest(
    ledger: Ledger,
    run_id: int,
    documents: Iterable[Document | InputError],
    stats: Any,
    *,
    db_path: str | os.PathLike[str],
    reextract: bool,
    batch_size: int,
    extract: ExtractFn,
    extractor_version: str | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Store ``documents`` as run ``run_id`` and close the run with its status, whatever happens.

    ``stats`` is whatever counted the reading (``ReadStats``, or the Parquet shards' stats): its
    ``skipped`` and ``duplicates`` go into the report. ``progress``: as in ``ingest_documents``."""
    report = IngestReport(run_id=run_id, db_path=str(db_path))
    status = "error"
    try:
        ingest_documents(ledger, documents, run_id=run_id, reextract=reextract, batch_size=batch_size,
                         extract=extract, extractor_version=extractor_version, report=report,
                         progress=progress)
        status = "failed" if report.failures else "ok"
    finally:
        report.status = status
        report.skipped = dict(stats.skipped)
        report.duplicates = stats.duplicates
        report.skipped_items = list(getattr(stats, "skipped_items", ()))
        with contextlib.suppress(LedgerError):
            ledger.finish_run(run_id, status=status)
    return report
