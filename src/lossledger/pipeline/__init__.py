"""Paths -> claims -> ledger, by stage and by backend.

``serial`` (one process: what ``lossledger extract`` and ``ingest`` run by default), ``processes``
(local worker pools), ``shards`` (Parquet partitions: writing, manifests, merging; no Dask) and
``dask`` (the only module importing Dask). ``scaled`` picks one of them for the command line.
Dependencies point one way: serial <- shards <- processes <- dask <- scaled.
"""

from __future__ import annotations

from .serial import (
    CLAIM_COLUMNS,
    DocumentExtractor,
    Extracted,
    Extraction,
    ExtractSummary,
    claims_to_csv,
    claims_to_jsonl,
    default_extract,
    extract_paths,
    extractor_version,
    ingest,
    language_skips,
    reader_options_for,
)

__all__ = [
    "CLAIM_COLUMNS",
    "DocumentExtractor",
    "ExtractSummary",
    "Extracted",
    "Extraction",
    "claims_to_csv",
    "claims_to_jsonl",
    "default_extract",
    "extract_paths",
    "extractor_version",
    "ingest",
    "language_skips",
    "reader_options_for",
]
