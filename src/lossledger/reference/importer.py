"""Importing a reference file into the ledger, with a summary of what it read and warnings when it
covers less than what it replaces."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ledger import Ledger
from .bundles import shipped_general_staff
from .formats import ReferenceData, read_reference


@dataclass
class ReferenceImportReport:
    """What ``import_reference`` wrote."""

    path: str
    format: str
    source: str
    family: str
    bound: str
    points: int
    corrections: int
    categories: list[str]
    first_date: str | None
    last_date: str | None
    skipped: dict[str, int]
    #: Rows repaired or dropped, and a file that covers less than what it replaces (``import_warnings``).
    warnings: list[str] = field(default_factory=list)
    #: Days per category this file holds.
    days: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- reading files ---------------------------------------------------------------------------------



def import_reference(
    path: str | os.PathLike[str],
    *,
    db_path: str | os.PathLike[str],
    format: str | None = None,
    source: str | None = None,
) -> ReferenceImportReport:
    """Read a reference file and store its points in the ledger, replacing the same source's earlier
    points for the categories this file holds (one transaction)."""
    path = Path(path)
    data = read_reference(path, format=format, source=source)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    categories = sorted(
        {(side, cat) for side, cat, _ in data.points} | {(s, c) for s, c, _ in data.corrections}
    )
    dates = sorted({d for _, _, d in data.points})
    warnings = list(data.warnings) + sudden_drops(data)
    with Ledger.open(db_path) as ledger, ledger.transaction("import reference") as conn:
        warnings += coverage_warnings(conn, data)
        for side, category in categories:
            if any(k[:2] == (side, category) for k in data.points):
                conn.execute(
                    "DELETE FROM reference_points WHERE source = ? AND side = ? AND category = ?",
                    (data.source, side, category),
                )
            if any(k[:2] == (side, category) for k in data.corrections):
                conn.execute(
                    "DELETE FROM reference_corrections WHERE source = ? AND side = ? AND category = ?",
                    (data.source, side, category),
                )
        conn.executemany(
            "INSERT INTO reference_points (source, side, category, date, value, bound)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (data.source, s, c, d.isoformat(), v, data.bound)
                for (s, c, d), v in sorted(data.points.items())
            ],
        )
        conn.executemany(
            "INSERT INTO reference_corrections (source, side, category, date, value) VALUES (?, ?, ?, ?, ?)",
            [(data.source, s, c, d.isoformat(), v) for (s, c, d), v in sorted(data.corrections.items())],
        )
        store_increases(conn, data)
        totals = conn.execute(
            "SELECT (SELECT count(*) FROM reference_points WHERE source = ?),"
            " (SELECT count(*) FROM reference_corrections WHERE source = ?),"
            " (SELECT min(date) FROM reference_points WHERE source = ?),"
            " (SELECT max(date) FROM reference_points WHERE source = ?)",
            (data.source,) * 4,
        ).fetchone()
        conn.execute(
            "INSERT OR REPLACE INTO reference_sources (source, family, format, side, bound, path, sha256,"
            " points, corrections, first_date, last_date, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                data.source,
                data.family,
                data.format,
                ",".join(sorted({s for s, _ in categories})),
                data.bound,
                str(path),
                digest,
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )
    return ReferenceImportReport(
        path=str(path),
        format=data.format,
        source=data.source,
        family=data.family,
        bound=data.bound,
        points=len(data.points),
        corrections=len(data.corrections),
        categories=sorted({c for _, c in categories}),
        first_date=dates[0].isoformat() if dates else None,
        last_date=dates[-1].isoformat() if dates else None,
        skipped=data.skipped,
        warnings=warnings,
        days=dict(sorted(Counter(c for _, c, _ in data.points).items())),
    )


def store_increases(conn: sqlite3.Connection, data: ReferenceData) -> None:
    """Replace the source's stated daily increases for the categories this file states them for."""
    for side, category in sorted({(s, c) for s, c, _ in data.increases}):
        conn.execute(
            "DELETE FROM reference_increases WHERE source = ? AND side = ? AND category = ?",
            (data.source, side, category),
        )
    conn.executemany(
        "INSERT INTO reference_increases (source, side, category, date, value) VALUES (?, ?, ?, ?, ?)",
        [(data.source, s, c, d.isoformat(), v) for (s, c, d), v in sorted(data.increases.items())],
    )


#: A running total falling by more than this fraction from one date to the next is worth a word at import.
SUDDEN_DROP = 0.2


def sudden_drops(data: ReferenceData) -> list[str]:
    """Running totals that fall by more than ``SUDDEN_DROP`` from one date to the next: a row the reader
    could not map (a broken Oryx name) or a typo, said at import instead of found by a checker later."""
    by_series: dict[tuple[str, str], list[tuple[dt.date, float]]] = {}
    for (side, category, date), value in data.points.items():
        by_series.setdefault((side, category), []).append((date, value))
    out = []
    for (side, category), rows in sorted(by_series.items()):
        rows.sort()
        for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
            if v0 > 0 and v1 < v0 * (1 - SUDDEN_DROP) and not data.corrections.get((side, category, d1)):
                out.append(
                    f"{side} {category} falls from {v0:,.0f} on {d0} to {v1:,.0f} on {d1}: a row may be "
                    "missing or mistyped there"
                )
    return out


def coverage_warnings(conn: sqlite3.Connection, data: ReferenceData) -> list[str]:
    """Say so when a file covers less than what it replaces: the same source's earlier points (dropped by
    the import) or, for a General Staff copy, the shipped snapshot (which stays in force for the rest)."""
    out = []
    new: dict[tuple[str, str], list[dt.date]] = {}
    for side, category, date in data.points:
        new.setdefault((side, category), []).append(date)
    for (side, category), dates in sorted(new.items()):
        old = conn.execute(
            "SELECT count(*), min(date), max(date) FROM reference_points"
            " WHERE source = ? AND side = ? AND category = ?",
            (data.source, side, category),
        ).fetchone()
        first, last = min(dates).isoformat(), max(dates).isoformat()
        if old[0] and (len(dates) < old[0] or first > old[1] or last < old[2]):
            out.append(
                f"{data.source} {side} {category}: this file has {len(dates)} days ({first} to {last}), fewer "
                f"than the {old[0]} days ({old[1]} to {old[2]}) it replaces; those points are dropped"
            )
    if data.family == "general_staff" and data.points and not data.source.endswith("_snapshot"):
        snapshot = shipped_general_staff().series["russia"]
        lacking = [
            f"{category} ({len(rows)} days)" for category, rows in sorted(snapshot.points.items())
            if len(new.get(("russia", category), [])) < len(rows)
        ]  # fmt: skip
        if lacking:
            out.append(
                f"{data.source} covers less than the shipped General Staff snapshot for {len(lacking)} of "
                f"{len(snapshot.points)} categories ({', '.join(lacking[:4])}{', ...' if len(lacking) > 4 else ''});"
                " the snapshot stays in force where this file has no value"
            )
    return out


