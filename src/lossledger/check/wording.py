"""How findings word things: numbers, dates, categories, the series a value comes from."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .rules import rules

if TYPE_CHECKING:  # types only: merged_series words its cells with ``num``
    from .claims import StoredClaim
    from .merged_series import Cell

__all__ = ["cell_details", "copies_named", "day_name", "label_of", "num", "rounded", "series_name", "when"]


def num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def day_name(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def label_of(category: str) -> str:
    return str(rules()["labels"].get(category, category.replace("_", " ")))


def series_name(family: str) -> str:
    """How a finding names a family of series: "the General Staff", "Oryx"."""
    return str(rules()["sources"].get(family, family))


def copies_named(cell: Cell) -> str:
    """The copies of the series a cell's value comes from, as a finding names them."""
    names = [s for s, _ in cell.values]
    return f"series {names[0]}" if len(names) == 1 else f"series {', '.join(names)} agree"


def cell_details(cell: Cell) -> dict[str, Any]:
    return {"series": {s: v for s, v in cell.values}}


def rounded(claim: StoredClaim, ref: float) -> str:
    """Say so when a claim matched only as the text's rounding of the reference value."""
    return "" if ref == claim.value else f", which the text gives as {num(claim.value)}"


def when(dates: tuple[dt.date, dt.date]) -> str:
    """'on 6 November 2022' or 'from 11 November 2022 to 1 December 2022'."""
    first, last = dates
    return f"on {day_name(first)}" if first == last else f"from {day_name(first)} to {day_name(last)}"
