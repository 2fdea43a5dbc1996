"""Audit the reference series themselves: where copies of one family's series disagree, and where one copy
goes down or has holes.

Every copy of the General Staff series in the ledger (and the shipped snapshot, on the cells no newer copy of
it holds: the checker's own view, ``merged_series.MergedSeries``) is compared cell by cell. One finding per
cell (category, date), giving every copy's value and which copies agree; where the neighbouring days tell
which value is wrong, the finding names it and says how it went wrong:

* ``digit_swap``: the wrong value is the right one with two neighbouring digits swapped;
* ``copied_day``: the wrong value is that copy's own value of the day before, where the others moved;
* ``disagree``: the copies differ in another way (the neighbours may or may not tell which is right);
* ``stated_increase``: a copy's stated "+N" for a day is not the difference of its running totals (less the
  day's correction);
* ``decrease``: a running total goes down with no correction recorded for that day;
* ``gap``: days missing inside a copy's own dates (one finding per run of days, listing the categories).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..ledger import Ledger
from ..reference import SeriesBundle, load_bundles, load_increases
from .merged_series import Cell, MergedSeries, merge_copies
from .rules import digit_swap, rules
from .wording import num

__all__ = ["AUDIT_KINDS", "AuditFinding", "AuditReport", "audit_bundles", "audit_reference"]

AUDIT_KINDS: tuple[str, ...] = ("digit_swap", "copied_day", "disagree", "stated_increase", "decrease", "gap")

DAY = dt.timedelta(days=1)


@dataclass
class AuditFinding:
    kind: str
    category: str
    date: dt.date
    values: dict[str, float]
    message: str
    #: The copies whose value the neighbouring days support, and those they do not (empty: cannot tell).
    agree: list[str] = field(default_factory=list)
    suspect: list[str] = field(default_factory=list)
    end_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "category": self.category, "date": self.date.isoformat(),
            "end_date": self.end_date.isoformat() if self.end_date else None, "values": self.values,
            "agree": self.agree, "suspect": self.suspect, "message": self.message,
        }  # fmt: skip


@dataclass
class AuditReport:
    sources: list[str]
    #: Cells (category, date) held by two or more copies: compared across copies.
    cells_compared: int
    findings: list[AuditFinding]
    #: Every cell any copy holds: each is checked for falls, stated increases and gaps, even with one copy.
    cells_checked: int = 0

    @property
    def by_kind(self) -> dict[str, int]:
        return dict(Counter(f.kind for f in self.findings))

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources, "cells_checked": self.cells_checked, "cells_compared": self.cells_compared,
            "by_kind": self.by_kind,
            "findings": [f.to_dict() for f in self.findings],
        }  # fmt: skip


def _neighbour(merged: MergedSeries, category: str, date: dt.date, step: int) -> float | None:
    """The value the copies agree on next to ``date`` (up to three days away, skipping disputed days)."""
    for k in range(1, 4):
        cell = merged.cell(category, date + k * step * DAY)
        if cell is not None and cell.agreed is not None:
            return cell.agreed
    return None


def _judge(merged: MergedSeries, category: str, date: dt.date, cell: Cell) -> AuditFinding:
    """One finding for a cell on which the copies disagree: how they differ (two digits swapped, a copy
    repeating its own value of the day before while the others moved) and which value the neighbouring days
    support, when they tell."""
    prev = _neighbour(merged, category, date, -1)
    nxt = _neighbour(merged, category, date, 1)
    revised = merged.correction(category, date) or merged.correction(category, date + DAY)
    values = dict(cell.values)
    where = f"{category} on {date.isoformat()}"

    def fits(value: float) -> bool:
        return (prev is not None and nxt is not None and prev <= value <= nxt) and not revised

    fitting = sorted({v for v in values.values() if fits(v)})
    right = fitting[0] if len(fitting) == 1 else None
    agree = cell.sources_with(right) if right is not None else []
    suspect = [s for s, v in cell.values if right is not None and v != right]
    before = {b.source: b.series[merged.side].value_on(category, date - DAY) for b in merged.bundles}
    repeated = [s for s, v in cell.values if before.get(s) == v]
    moved = [s for s, v in cell.values if before.get(s) is not None and before.get(s) != v]
    distinct = sorted(set(values.values()))
    if len(distinct) == 2 and digit_swap(distinct[0], distinct[1]):
        kind, how = "digit_swap", f"{num(distinct[0])} and {num(distinct[1])} are the same digits, two swapped"
    elif repeated and moved:
        kind = "copied_day"
        steps = ", ".join(f"{s} moved by {num(values[s] - (before[s] or 0))}" for s in moved)
        how = f"{', '.join(repeated)} repeats its value of the day before (an increase of 0) where {steps}"
    else:
        kind, how = "disagree", "the values differ"
    if right is None:
        verdict = "the days around it do not tell which is right"
    else:
        verdict = (f"{', '.join(agree)} fit the days around it ({num(prev or 0)} before, {num(nxt or 0)} after), "
                   f"{', '.join(suspect)} do not")
    return AuditFinding(
        kind, category, date, values, f"Copies disagree on {where}: {cell.describe()}; {how}; {verdict}.",
        agree, suspect,
    )  # fmt: skip


def _stated_increases(
    merged: MergedSeries, category: str, seen: set[tuple[str, dt.date]]
) -> list[AuditFinding]:
    """A copy's stated "+N" against the difference of its own running totals, once per cell."""
    out = []
    for bundle in merged.bundles:
        series = bundle.series[merged.side]
        for (side, cat, date), stated in sorted(bundle.increases.items()):
            if side != merged.side or cat != category or (category, date) in seen:
                continue
            today, before = series.value_on(category, date), series.value_on(category, date - DAY)
            if today is None or before is None:
                continue
            actual = today - before - merged.correction(category, date)
            if actual == stated:
                continue
            seen.add((category, date))
            cell = merged.cell(category, date)
            out.append(AuditFinding(
                "stated_increase", category, date, dict(cell.values) if cell else {bundle.source: today},
                f"{bundle.source} states +{num(stated)} {category} on {date}, but its running total went from "
                f"{num(before)} to {num(today)} (+{num(actual)}).", [], [bundle.source],
            ))  # fmt: skip
    return out


def _decreases(merged: MergedSeries, category: str, seen: set[tuple[str, dt.date]]) -> list[AuditFinding]:
    """Running totals going down with no correction recorded that day (or the day before: the correction
    file dates some revisions a day early). A fall next to a cell on which the copies disagree is that
    cell's finding already."""
    out = []
    for bundle in merged.bundles:
        rows = bundle.series[merged.side].points.get(category, [])
        for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
            if v1 >= v0 or merged.correction(category, d1) or merged.correction(category, d0):
                continue
            if (category, d0) in seen or (category, d1) in seen:
                continue
            seen.add((category, d1))
            cell = merged.cell(category, d1)
            values = dict(cell.values) if cell else {bundle.source: v1}
            out.append(AuditFinding(
                "decrease", category, d1, values,
                f"{bundle.source}'s running total of {category} falls from {num(v0)} on {d0} to {num(v1)} on "
                f"{d1}, with no correction recorded.", [], [bundle.source],
            ))  # fmt: skip
    return out


def _gaps(bundle: SeriesBundle, side: str) -> list[AuditFinding]:
    """Runs of days missing inside a copy's own dates, one finding per run (with the categories it lacks)."""
    series = bundle.series[side]
    missing: dict[dt.date, list[str]] = {}
    for category, rows in series.points.items():
        have = {d for d, _ in rows}
        day = rows[0][0]
        while day <= rows[-1][0]:
            if day not in have:
                missing.setdefault(day, []).append(category)
            day += DAY
    out: list[AuditFinding] = []
    for day in sorted(missing):
        cats = sorted(missing[day])
        last = out[-1] if out else None
        if last and last.end_date == day - DAY and last.values.get("categories") == len(cats) and \
                last.category == ", ".join(cats):
            last.end_date = day
            continue
        out.append(AuditFinding("gap", ", ".join(cats), day, {"categories": len(cats)}, "", [], [bundle.source],
                                end_date=day))
    for finding in out:
        assert finding.end_date is not None
        days = (finding.end_date - finding.date).days + 1
        span = finding.date.isoformat() if days == 1 else f"{finding.date} to {finding.end_date} ({days} days)"
        finding.message = f"{bundle.source} has no value for {finding.category} on {span}."
    return out


def audit_bundles(bundles: Sequence[SeriesBundle], *, side: str | None = None) -> AuditReport:
    """Audit the General Staff copies among ``bundles`` (pure: no database): every side they hold series
    for, or only ``side``."""
    superseding = list(rules()["general_staff"].get("supersedes_snapshot", []))
    merged_by_side = merge_copies(bundles, family="general_staff", supersedes_snapshot=superseding)
    findings: list[AuditFinding] = []
    sources: list[str] = []
    checked = compared = 0
    for series_side, merged in merged_by_side.items():
        if side is not None and series_side != side:
            continue
        side_checked, side_compared = _audit_side(merged, findings)
        checked, compared = checked + side_checked, compared + side_compared
        sources += [s for s in merged.sources if s not in sources]
    findings.sort(key=lambda f: (f.date, f.category, AUDIT_KINDS.index(f.kind)))
    return AuditReport(sources=sources, cells_compared=compared, findings=findings, cells_checked=checked)


def _audit_side(merged: MergedSeries, findings: list[AuditFinding]) -> tuple[int, int]:
    """Add the findings about one side's merged copies; return the number of cells checked (every cell of
    every copy) and of cells compared (held by two or more copies)."""
    seen: set[tuple[str, dt.date]] = set()
    checked = compared = 0
    for category in sorted(merged.categories()):
        for date, cell in merged.cells(category).items():
            checked += 1
            if len(cell.values) < 2:
                continue
            compared += 1
            if cell.agreed is None:
                findings.append(_judge(merged, category, date, cell))
                seen.add((category, date))
        findings += _stated_increases(merged, category, seen)
        findings += _decreases(merged, category, seen)
    for bundle in merged.bundles:
        if not bundle.source.endswith("_snapshot"):
            findings += _gaps(bundle, merged.side)
    return checked, compared


def audit_reference(*, db_path: str | os.PathLike[str]) -> AuditReport:
    """Audit the reference series of the ledger at ``db_path`` (it must exist) and the shipped snapshot."""
    with Ledger.open(db_path, create=False) as ledger:
        bundles = load_bundles(ledger)
        load_increases(ledger, bundles)
        return audit_bundles(bundles)
