"""Read claims back out of the ledger: filtered listings, and exports to CSV, JSON, JSON Lines and Parquet.

Two shapes: ``claims`` (every stored field, plus the document's URL and outlet and the findings' kinds)
and ``table``, the claims table analysts keep by hand: date, low, best, high, type, source, URL, whose
losses. Exports are written to a temporary file and renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .check import KINDS
from .errors import LossledgerError
from .ledger import Ledger
from .model import outlet_of

__all__ = [
    "EXPORT_FORMATS",
    "SHAPES",
    "ClaimFilter",
    "ExportReport",
    "export_claims",
    "list_claims",
    "query_claims",
]

EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "jsonl", "parquet")
SHAPES: tuple[str, ...] = ("claims", "table")

_SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list. Every field left at None matches everything; ``finding`` is a finding kind
    (or ``any`` for claims with a problem finding, ``none`` for claims without findings)."""

    side: str | None = None
    category: str | None = None
    claimant: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    finding: str | None = None
    doc: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column in ("side", "category", "doc"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"c.{column} = ?")
                params.append(value)
        if self.claimant is not None:
            if self.claimant in ("", "none", "null"):
                clauses.append("c.claimant IS NULL")
            else:
                clauses.append("c.claimant = ?")
                params.append(self.claimant)
        if self.since is not None:
            clauses.append("c.as_of >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            clauses.append("c.as_of <= ?")
            params.append(self.until.isoformat())
        if self.finding is not None:
            if self.finding == "none":
                clauses.append("NOT EXISTS (SELECT 1 FROM finding_claims fc WHERE fc.claim_id = c.id)")
            elif self.finding == "any":
                problems = [k for k in KINDS if k not in ("confirmed", "daily_confirmed")]
                clauses.append(
                    "EXISTS (SELECT 1 FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id"
                    f" WHERE fc.claim_id = c.id AND f.kind IN ({','.join('?' * len(problems))}))"
                )
                params.extend(problems)
            elif self.finding in KINDS:
                clauses.append(
                    "EXISTS (SELECT 1 FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id"
                    " WHERE fc.claim_id = c.id AND f.kind = ?)"
                )
                params.append(self.finding)
            else:
                raise LossledgerError(
                    f"unknown finding kind {self.finding!r}; known: {', '.join(KINDS)}, any, none"
                )
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


_QUERY = """
SELECT c.*, d.url AS url, d.source AS source, d.title AS title, d.published AS published,
  (SELECT group_concat(kind, ',') FROM (SELECT DISTINCT f.kind FROM finding_claims fc
     JOIN findings f ON f.id = fc.finding_id WHERE fc.claim_id = c.id ORDER BY f.kind)) AS findings,
  (SELECT m.group_id FROM claim_group_members m WHERE m.claim_id = c.id) AS group_id
FROM claims c JOIN documents d ON d.id = c.doc
"""


def query_claims(
    ledger: Ledger, *, filters: ClaimFilter | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Claims of an open ledger with their document's URL, outlet and finding kinds."""
    where, params = (filters or ClaimFilter()).where()
    sql = _QUERY + where + " ORDER BY c.as_of IS NULL, c.as_of, c.doc, c.quote_start, c.id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = ledger.query(sql, params)
    for row in rows:
        row["outlet"] = outlet_of(row.get("url"), row.get("source"), row["doc"])
        row["hedged"] = bool(row["hedged"])
        row.pop("source", None)
    return rows


def list_claims(
    *, db_path: str | os.PathLike[str], filters: ClaimFilter | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Claims of the ledger at ``db_path`` (which must exist), filtered."""
    with Ledger.open(db_path, read_only=True) as ledger:
        return query_claims(ledger, filters=filters, limit=limit)


# -- the analysts' claims table -----------------------------------------------------------------------

TABLE_COLUMNS: tuple[str, ...] = (
    "date", "low", "best", "high", "type", "source", "url", "whose_losses",
    "claimant", "qualifier", "measure", "period_days", "quote", "outlet", "findings", "claim_id", "doc",
)  # fmt: skip


def table_row(row: dict[str, Any]) -> dict[str, Any]:
    """One claim as a row of the hand-kept claims table."""
    low = row["value"]
    high = row["value_high"] if row["value_high"] is not None else low
    best = (low + high) / 2 if row["value_high"] is not None else low
    if row.get("value_best") is not None:  # a table's own best estimate (claims import)
        best = row["value_best"]
    kind = f"{row['category']} {row['outcome']}".replace("_", " ")
    if row["measure"] and row["measure"] != "cumulative":
        span = f", {row['period_days']:g} days" if row.get("period_days") else ""
        kind += f" ({row['measure']}{span})"
    return {
        "date": row["as_of"], "low": low, "best": best, "high": high, "type": kind,
        "source": row["claimant_text"] or row["claimant"] or row["outlet"], "url": row["url"],
        "whose_losses": row["side"], "claimant": row["claimant"], "qualifier": row["qualifier"],
        "measure": row["measure"], "period_days": row["period_days"], "quote": row["quote"],
        "outlet": row["outlet"], "findings": row["findings"], "claim_id": row["id"], "doc": row["doc"],
    }  # fmt: skip


# -- writing files ------------------------------------------------------------------------------------

_ARROW_TYPES: dict[str, pa.DataType] = {
    "id": pa.int64(), "claim_id": pa.int64(), "value": pa.float64(), "value_high": pa.float64(),
    "low": pa.float64(), "best": pa.float64(), "high": pa.float64(), "period_days": pa.float64(),
    "hedged": pa.bool_(), "quote_start": pa.int64(), "quote_end": pa.int64(), "group_id": pa.int64(),
}  # fmt: skip

CLAIM_EXPORT_COLUMNS: tuple[str, ...] = (
    "id", "doc", "side", "category", "outcome", "value", "value_high", "qualifier", "measure", "period_days",
    "period_start", "as_of", "as_of_basis", "claimant", "claimant_text", "hedged", "quote", "quote_start",
    "quote_end", "rule", "extractor_version", "url", "title", "published", "outlet", "findings", "group_id",
)  # fmt: skip


@dataclass
class ExportReport:
    path: str
    format: str
    shape: str
    rows: int


def export_claims(
    *,
    db_path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    fmt: str | None = None,
    shape: str = "claims",
    filters: ClaimFilter | None = None,
) -> ExportReport:
    """Write the (filtered) claims of the ledger to ``output`` as CSV, JSON, JSON Lines or Parquet.

    ``fmt`` None takes the format from the file suffix. ``shape`` is ``claims`` (every field) or
    ``table`` (date, low, best, high, type, source, URL, whose losses, ...).
    """
    output = Path(output)
    fmt = fmt or _SUFFIXES.get(output.suffix.lower())
    if fmt not in EXPORT_FORMATS:
        raise LossledgerError(
            f"{output}: cannot tell the export format; pass one of {', '.join(EXPORT_FORMATS)}"
        )
    if shape not in SHAPES:
        raise LossledgerError(f"unknown export shape {shape!r}; known: {', '.join(SHAPES)}")
    rows = list_claims(db_path=db_path, filters=filters)
    if shape == "table":
        columns: Sequence[str] = TABLE_COLUMNS
        records = [table_row(r) for r in rows]
    else:
        columns = CLAIM_EXPORT_COLUMNS
        records = [{c: r.get(c) for c in columns} for r in rows]
    if not output.parent.exists():
        raise LossledgerError(f"{output}: directory {output.parent} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(tmp, fmt, columns, records)
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportReport(path=str(output), format=fmt, shape=shape, rows=len(records))


def _write(path: Path, fmt: str, columns: Sequence[str], records: list[dict[str, Any]]) -> None:
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(columns))
            writer.writeheader()
            writer.writerows(records)
    elif fmt == "json":
        with path.open("w", encoding="utf-8") as fh:
            json.dump(records, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        schema = pa.schema([(c, _ARROW_TYPES.get(c, pa.string())) for c in columns])
        table = pa.Table.from_pylist(records, schema=schema)
        pq.write_table(table, path)
