"""Reference sources ready for checking: the shipped General Staff snapshot and what the ledger holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..ledger import Ledger
from ..series import ReferenceSeries, general_staff_snapshot
from .formats import ReferenceData, family_of, format_rules, read_petroivaniuk


def load_increases(ledger: Ledger, bundles: list[SeriesBundle]) -> None:
    """Attach each source's stated daily increases to its bundle."""
    by_source = {b.source: b for b in bundles}
    for row in ledger.query("SELECT source, side, category, date, value FROM reference_increases"):
        bundle = by_source.get(row["source"])
        if bundle is not None:
            key = (row["side"], row["category"], dt.date.fromisoformat(row["date"]))
            bundle.increases[key] = float(row["value"])


@dataclass
class SeriesBundle:
    """One reference source ready for checking: running totals, corrections and what kind of bound."""

    source: str
    family: str
    bound: str
    series: dict[str, ReferenceSeries]  # by side
    corrections: dict[tuple[str, str, dt.date], float] = field(default_factory=dict)
    #: Stated daily increases ("+N"), where the source gives them.
    increases: dict[tuple[str, str, dt.date], float] = field(default_factory=dict)

    def for_side(self, side: str) -> ReferenceSeries | None:
        return self.series.get(side)

    def correction(self, side: str, category: str, date: dt.date) -> float:
        return self.corrections.get((side, category, date), 0.0)


@lru_cache(maxsize=1)
def shipped_general_staff() -> SeriesBundle:
    """The General Staff snapshot shipped in the package, with its corrections."""
    bundle = SeriesBundle(
        source="general_staff_snapshot",
        family="general_staff",
        bound="official",
        series={"russia": general_staff_snapshot()},
    )
    correction_file = (
        resources.files("lossledger") / "data" / "general_staff" / "russia_losses_equipment_correction.json"
    )
    with resources.as_file(correction_file) as real_path:
        data = ReferenceData(
            format="petroivaniuk", source=bundle.source, family="general_staff", bound="official"
        )
        read_petroivaniuk(
            Path(real_path), real_path.read_text(encoding="utf-8"), format_rules()["petroivaniuk"], data
        )
    bundle.corrections = data.corrections
    return bundle


def load_bundles(ledger: Ledger) -> list[SeriesBundle]:
    """Every reference source in the ledger, plus the shipped General Staff snapshot."""
    bundles: dict[str, SeriesBundle] = {}
    families = {r["source"]: r for r in ledger.query("SELECT source, family, bound FROM reference_sources")}
    for row in ledger.query("SELECT source, side, category, date, value, bound FROM reference_points"):
        meta = families.get(row["source"], {})
        bundle = bundles.get(row["source"])
        if bundle is None:
            bundle = bundles[row["source"]] = SeriesBundle(
                source=row["source"],
                family=meta.get("family") or family_of(row["source"]),
                bound=row["bound"] or meta.get("bound") or "official",
                series={},
            )
        series = bundle.series.get(row["side"])
        if series is None:
            series = bundle.series[row["side"]] = ReferenceSeries(name=row["source"], side=row["side"])
        series.add(row["category"], dt.date.fromisoformat(row["date"]), float(row["value"]))
    for row in ledger.query("SELECT source, side, category, date, value FROM reference_corrections"):
        if row["source"] in bundles:
            key = (row["side"], row["category"], dt.date.fromisoformat(row["date"]))
            bundles[row["source"]].corrections[key] = float(row["value"])
    for bundle in bundles.values():
        for series in bundle.series.values():
            series.finish()
    out = sorted(bundles.values(), key=lambda b: b.source)
    # The shipped snapshot stays in force for whatever the imports lack: the checker merges the copies of a
    # series per cell (check/merged_series.py), so it is always there.
    if not any(b.source == shipped_general_staff().source for b in out):
        out.insert(0, shipped_general_staff())
    return out
