"""An official series as the checker and the audit see it: every imported copy and the shipped snapshot,
merged per category and date, one merged series per side the copies are about.

No copy replaces another. A cell (category, date) holds the value of each copy that has it; the copies either
agree on it or the cell is disputed, and a finding then says so instead of confirming from either. A copy
named in ``supersedes_snapshot`` (the PetroIvaniuk series imported again, newer) stands in for the shipped
snapshot on the cells it holds; the snapshot stays in force for every cell an import lacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..reference import SeriesBundle
from .wording import num

__all__ = ["Cell", "MergedSeries"]

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Cell:
    """The values the copies give for one (category, date): source -> value, in the copies' order."""

    values: tuple[tuple[str, float], ...]

    @property
    def agreed(self) -> float | None:
        """The value when every copy gives the same one, else None."""
        distinct = {v for _, v in self.values}
        return self.values[0][1] if len(distinct) == 1 else None

    @property
    def primary(self) -> tuple[str, float]:
        return self.values[0]

    def sources_with(self, value: float) -> list[str]:
        return [s for s, v in self.values if v == value]

    def describe(self) -> str:
        """'2,840 (general_staff_snapshot, general_staff_lod)' or '2,840 (a) / 2,480 (b)'."""
        by_value: dict[float, list[str]] = {}
        for source, value in self.values:
            by_value.setdefault(value, []).append(source)
        return " / ".join(f"{num(v)} ({', '.join(s)})" for v, s in by_value.items())


class MergedSeries:
    """The copies of one family's series of one side, merged per category and date (built lazily)."""

    def __init__(self, bundles: Sequence[SeriesBundle], *, side: str, supersedes_snapshot: Iterable[str] = ()):
        self.side = side
        self.bundles = [b for b in bundles if b.for_side(side) is not None]
        superseding = set(supersedes_snapshot)
        self._superseding = [b for b in self.bundles if b.source in superseding]
        self._cells: dict[str, dict[dt.date, Cell]] = {}
        self._rows: dict[str, list[tuple[dt.date, float]]] = {}

    @property
    def sources(self) -> list[str]:
        return [b.source for b in self.bundles]

    def __bool__(self) -> bool:
        return bool(self.bundles)

    def categories(self) -> set[str]:
        return {c for b in self.bundles for c in b.series[self.side].points}

    def has(self, category: str) -> bool:
        return any(category in b.series[self.side].points for b in self.bundles)

    def cells(self, category: str) -> dict[dt.date, Cell]:
        if category not in self._cells:
            merged: dict[dt.date, list[tuple[str, float]]] = {}
            for bundle in self.bundles:
                rows = bundle.series[self.side].points.get(category, [])
                snapshot = bundle.source.endswith("_snapshot")
                for date, value in rows:
                    if snapshot and any(
                        b.series[self.side].value_on(category, date) is not None for b in self._superseding
                    ):
                        continue  # a newer copy of the same series holds this cell
                    merged.setdefault(date, []).append((bundle.source, value))
            self._cells[category] = {d: Cell(tuple(v)) for d, v in sorted(merged.items())}
        return self._cells[category]

    def cell(self, category: str, date: dt.date) -> Cell | None:
        return self.cells(category).get(date)

    def rows(self, category: str) -> list[tuple[dt.date, float]]:
        """(date, value) of every cell, the first copy's value where they disagree."""
        if category not in self._rows:
            self._rows[category] = [(d, c.primary[1]) for d, c in self.cells(category).items()]
        return self._rows[category]

    def value_on(self, category: str, date: dt.date) -> float | None:
        cell = self.cell(category, date)
        return cell.primary[1] if cell else None

    def span(self, category: str) -> tuple[dt.date, dt.date] | None:
        rows = self.rows(category)
        return (rows[0][0], rows[-1][0]) if rows else None

    def correction(self, category: str, date: dt.date) -> float:
        """A revision of the General Staff's own totals on ``date`` (from whichever copy records it)."""
        for bundle in self.bundles:
            value = bundle.corrections.get((self.side, category, date))
            if value:
                return value
        return 0.0

    def daily(self, category: str, date: dt.date) -> Cell | None:
        """Each copy's increase on ``date`` (less the day's correction), from its own two days."""
        out = []
        correction = self.correction(category, date)
        for bundle in self.bundles:
            series = bundle.series[self.side]
            today = series.value_on(category, date)
            before = series.value_on(category, date - DAY)
            if today is None or before is None:
                continue
            if bundle.source.endswith("_snapshot"):
                cell = self.cell(category, date)
                if cell is None or bundle.source not in {s for s, _ in cell.values}:
                    continue  # superseded on this day
            out.append((bundle.source, today - before - correction))
        return Cell(tuple(out)) if out else None


def merge_copies(
    bundles: Sequence[SeriesBundle], *, family: str, supersedes_snapshot: Sequence[str] = ()
) -> dict[str, MergedSeries]:
    """Every copy of one family's series among ``bundles``, merged per side. The sides are the ones the
    copies hold series for (the General Staff's: Russia's), not a side named in the code. Order of the
    copies: those that supersede the shipped snapshot first, then the snapshot, then the other copies as
    second opinions."""
    copies = [b for b in bundles if b.family == family]
    merged: dict[str, MergedSeries] = {}
    for side in sorted({side for b in copies for side in b.series}):
        ordered = sorted(
            (b for b in copies if b.for_side(side)),
            key=lambda b: (b.source not in supersedes_snapshot, not b.source.endswith("_snapshot"), b.source),
        )
        merged[side] = MergedSeries(ordered, side=side, supersedes_snapshot=supersedes_snapshot)
    return merged
