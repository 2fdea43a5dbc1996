"""Read claims back out of the ledger: filtered listings, and exports to CSV, JSON, JSON Lines and Parquet.

Two shapes: ``claims`` (every stored field, plus the document's URL and outlet and the findings' kinds)
and ``table``, the claims table analysts keep by hand: date, low, best, high, type, source, URL, whose
losses. Exports are written to a temporary file and renamed, so a failed export never leaves half a file;
``-`` on the command line writes to standard output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from .check import KINDS
from .errors import LossledgerError
from .ledger import Ledger
from .model import outlet_of
from .sanitize import csv_row, json_line
from .terminal import number_text

__all__ = [
    "EXPORT_FORMATS",
    "SHAPES",
    "ClaimFilter",
    "ExportReport",
    "count_findings",
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


def count_findings(*, db_path: str | os.PathLike[str]) -> int:
    """How many findings the ledger holds: 0 until ``check`` has run (or when it found nothing)."""
    with Ledger.open(db_path, create=False) as ledger:
        return ledger.count("findings")


# -- the analysts' claims table -----------------------------------------------------------------------

TABLE_COLUMNS: tuple[str, ...] = (
    "date", "low", "best", "high", "type", "source", "url", "whose_losses",
    "claimant", "qualifier", "measure", "period_days", "quote", "outlet", "findings", "claim_id", "doc",
)  # fmt: skip


def bounds(value: float, value_high: float | None, qualifier: str | None) -> tuple[Any, Any, Any]:
    """(low, best, high) of a claim, each only where the claim states it: ``at_most`` ("up to 320") is a
    high bound only, ``at_least`` ("more than 5,000") a low bound only, ``approx`` and ``exact`` a best
    figure, a range ("600-800") its low and high ends. Whole numbers as ints."""
    low, high = _number(value), _number(value_high)
    if value_high is not None:
        return low, None, high
    if qualifier == "at_most":
        return None, None, low
    if qualifier == "at_least":
        return low, None, None
    return None, low, None


def table_row(row: dict[str, Any]) -> dict[str, Any]:
    """One claim as a row of the hand-kept claims table (low, best and high as ``bounds`` gives them; a
    table's own best estimate, kept by ``claims import``, stays the best)."""
    low, best, high = bounds(row["value"], row["value_high"], row["qualifier"])
    if row.get("value_best") is not None:
        best = _number(row["value_best"])
    kind = f"{row['category']} {row['outcome']}".replace("_", " ")
    if row["measure"] and row["measure"] != "cumulative":
        days = row.get("period_days")
        span = f", {number_text(days)} day{'' if days == 1 else 's'}" if days else ""
        kind += f" ({row['measure']}{span})"
    return {
        "date": row["as_of"], "low": low, "best": best, "high": high, "type": kind,
        "source": row["claimant_text"] or row["claimant"] or row["outlet"], "url": row["url"],
        "whose_losses": row["side"], "claimant": row["claimant"], "qualifier": row["qualifier"],
        "measure": row["measure"], "period_days": _number(row["period_days"]), "quote": row["quote"],
        "outlet": row["outlet"], "findings": row["findings"], "claim_id": row["id"], "doc": row["doc"],
    }  # fmt: skip


def _number(value: float | None) -> float | int | None:
    """A stored number as it was stated: ``120``, not ``120.0``."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# -- writing files ------------------------------------------------------------------------------------

_ARROW_TYPES: dict[str, pa.DataType] = {
    "id": pa.int64(), "claim_id": pa.int64(), "hedged": pa.bool_(), "quote_start": pa.int64(),
    "quote_end": pa.int64(), "group_id": pa.int64(),
    "date": pa.date32(), "as_of": pa.date32(), "period_start": pa.date32(), "published": pa.date32(),
}  # fmt: skip
#: Counts: int64 in Parquet when every value is whole (they are, for counts), else float64.
_NUMBER_COLUMNS = frozenset({"value", "value_high", "low", "best", "high", "period_days"})

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
    output: str | os.PathLike[str] | BinaryIO,
    fmt: str | None = None,
    shape: str = "claims",
    filters: ClaimFilter | None = None,
) -> ExportReport:
    """Write the (filtered) claims of the ledger to ``output`` as CSV, JSON, JSON Lines or Parquet.

    ``output`` is a path or an open binary stream (the command line passes standard output for ``-``).
    ``fmt`` None takes the format from the file suffix (CSV for a stream). ``shape`` is ``claims``
    (every field) or ``table`` (date, low, best, high, type, source, URL, whose losses, ...). Whole
    numbers are written as integers, dates as dates in Parquet, text cells of CSV neutralised against
    formulas (``sanitize.csv_cell``). A file is created with the permissions the user's umask gives.
    """
    stream = None if isinstance(output, (str, os.PathLike)) else output
    path = Path(output) if isinstance(output, (str, os.PathLike)) else None
    name = str(path) if path is not None else "<stdout>"
    fmt = fmt or (_SUFFIXES.get(path.suffix.lower()) if path is not None else "csv")
    if fmt not in EXPORT_FORMATS:
        raise LossledgerError(
            f"{name}: cannot tell the export format; pass one of {', '.join(EXPORT_FORMATS)}"
        )
    if shape not in SHAPES:
        raise LossledgerError(f"unknown export shape {shape!r}; known: {', '.join(SHAPES)}")
    rows = list_claims(db_path=db_path, filters=filters)
    if shape == "table":
        columns: Sequence[str] = TABLE_COLUMNS
        records = [table_row(r) for r in rows]
    else:
        columns = CLAIM_EXPORT_COLUMNS
        records = [{c: _number(r.get(c)) if c in _NUMBER_COLUMNS else r.get(c) for c in columns} for r in rows]
    if stream is not None:
        try:
            _write(stream, fmt, columns, records)
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk behind standard output
            raise LossledgerError(f"{name}: cannot write: {exc.strerror or exc}") from exc
        return ExportReport(path=name, format=fmt, shape=shape, rows=len(records))
    assert path is not None
    if not path.parent.exists():
        raise LossledgerError(f"{path}: directory {path.parent} does not exist")
    tmp, fh = _new_file(path)
    try:
        with fh:
            _write(fh, fmt, columns, records)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk: the partial file goes, the error names the file
        tmp.unlink(missing_ok=True)
        raise LossledgerError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportReport(path=str(path), format=fmt, shape=shape, rows=len(records))


def _new_file(path: Path) -> tuple[Path, BinaryIO]:
    """A new temporary file beside ``path``, created as ``open`` would create ``path`` (mode 0666 less the
    umask; ``tempfile.mkstemp`` would make it 0600 whatever the umask)."""
    for _attempt in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise LossledgerError(f"{path}: cannot write: {exc.strerror}") from exc
        return tmp, os.fdopen(fd, "wb")
    raise LossledgerError(f"{path}: cannot create a temporary file beside it")


def _write(fh: BinaryIO, fmt: str, columns: Sequence[str], records: list[dict[str, Any]]) -> None:
    if fmt == "parquet":
        pq.write_table(_arrow_table(columns, records), fh)
        return
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
    try:
        if fmt == "csv":
            writer = csv.DictWriter(text, fieldnames=list(columns))
            writer.writeheader()
            writer.writerows(csv_row(record) for record in records)
        elif fmt == "json":
            text.write(json_line(records, indent=1) + "\n")
        else:
            for record in records:
                text.write(json_line(record) + "\n")
        text.flush()
    finally:
        text.detach()  # the caller closes ``fh`` (standard output must stay open)


def _arrow_table(columns: Sequence[str], records: list[dict[str, Any]]) -> pa.Table:
    """The records as an Arrow table: dates as dates, counts as int64 when all are whole."""
    fields = []
    for column in columns:
        kind = _ARROW_TYPES.get(column, pa.string())
        if column in _NUMBER_COLUMNS:
            whole = all(isinstance(r[column], int) for r in records if r[column] is not None)
            kind = pa.int64() if whole else pa.float64()
        fields.append((column, kind))
    dates = [c for c in columns if _ARROW_TYPES.get(c) == pa.date32()]
    if dates:
        records = [{**r, **{c: _date(r[c], c) for c in dates}} for r in records]
    return pa.Table.from_pylist(records, schema=pa.schema(fields))


def _date(value: Any, column: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise LossledgerError(f"column {column}: {value!r} is not a date") from exc
