"""The General Staff's daily running totals, shipped with the package.

The snapshot in ``data/general_staff/`` is PetroIvaniuk's 2022-Ukraine-Russia-War-Dataset
(MIT, see the LICENSE beside it). It lets the extractor date an undated article from the
running totals it quotes, and lets the checker work offline on a fresh machine.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["ReferenceSeries", "general_staff_snapshot", "GENERAL_STAFF_COLUMNS", "SHIPPED_SERIES"]

#: Snapshot column -> lossledger category. Early bulletins counted vehicles and fuel tanks
#: apart; both belong to the spec's ``vehicles`` but are separate running totals.
GENERAL_STAFF_COLUMNS: dict[str, str] = {
    "personnel": "personnel",
    "tank": "tanks",
    "APC": "armoured_vehicles",
    "field artillery": "artillery",
    "MRL": "mlrs",
    "anti-aircraft warfare": "air_defence",
    "aircraft": "aircraft",
    "helicopter": "helicopters",
    "drone": "drones",
    "cruise missiles": "missiles",
    "naval ship": "ships",
    "submarines": "submarines",
    "vehicles and fuel tanks": "vehicles",
    "military auto": "vehicles",
    "fuel tank": "fuel_tanks",
    "special equipment": "special_equipment",
    "mobile SRBM system": "srbm_launchers",
    "ground robotic systems": "ground_robotic_systems",
}


@dataclass
class ReferenceSeries:
    """Running totals per category: ``points[category]`` is a date-sorted list of (date, value)."""

    name: str
    side: str
    points: dict[str, list[tuple[dt.date, float]]] = field(default_factory=dict)
    _by_value: dict[tuple[str, float], list[dt.date]] = field(default_factory=dict, repr=False)

    def add(self, category: str, date: dt.date, value: float) -> None:
        self.points.setdefault(category, []).append((date, value))
        self._by_value.setdefault((category, value), []).append(date)

    def finish(self) -> ReferenceSeries:
        for rows in self.points.values():
            rows.sort()
        return self

    def categories(self) -> Iterable[str]:
        return self.points.keys()

    def value_on(self, category: str, date: dt.date) -> float | None:
        """The running total published on ``date`` (None outside the series or on a gap)."""
        rows = self.points.get(category)
        if not rows:
            return None
        i = bisect.bisect_left(rows, (date, float("-inf")))
        if i < len(rows) and rows[i][0] == date:
            return rows[i][1]
        return None

    def dates_with_value(self, category: str, value: float) -> list[dt.date]:
        """Every date on which the running total of ``category`` was exactly ``value``."""
        return list(self._by_value.get((category, value), ()))

    def span(self) -> tuple[dt.date, dt.date] | None:
        dates = [rows[0][0] for rows in self.points.values() if rows]
        ends = [rows[-1][0] for rows in self.points.values() if rows]
        return (min(dates), max(ends)) if dates else None


@lru_cache(maxsize=1)
def general_staff_snapshot() -> ReferenceSeries:
    """The shipped General Staff series of Russian losses (read once, then cached)."""
    series = ReferenceSeries(name="general_staff", side="russia")
    path = resources.files("lossledger") / "data" / "general_staff" / "russia_losses_daily_merged.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            date = dt.date.fromisoformat(row["date"])
            for column, category in GENERAL_STAFF_COLUMNS.items():
                cell = (row.get(column) or "").strip()
                if cell:
                    series.add(category, date, float(cell))
    return series.finish()


#: The series shipped with the package, by the name a profile's ``dating_series`` gives.
SHIPPED_SERIES = {"general_staff": general_staff_snapshot}
