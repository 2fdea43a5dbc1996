"""Four readings of a month or a span "so far" that ``mention_dates`` asks for (kept apart: that module stands near the
size every module keeps under): "since the beginning of the month" runs to the report, "as of June 2025" is a point,
"between March 2022 and December 2024" counts every day from its start, and "from April to June 2022" is a span with
its end, as a run of days is."""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateMention
from .document import Mention, Reader
from .span_context import dates_in

__all__ = ["as_of_month_point", "days_from_span_start", "run_of_months", "so_far_to_report"]


def so_far_to_report(reader: Reader, m: Mention, start: int, end: int) -> dt.date | None:
    """The day a span "so far" ("since the beginning of the month") runs to: the figure's own stated day, else the
    report's; not a day a sentence before stated for its own figures, which the figure took over ("... in August.
    ..., saying shelling had killed 41 since the beginning of the month": to the report). ``start`` and ``end`` bound
    the figure's sentence."""
    if m.as_of is not None and m.as_of_basis == "stated" and not dates_in(reader, start, end):
        m.as_of, m.as_of_basis = reader.latest or reader.published, reader.published_basis
    return m.as_of or reader.latest or reader.published


def as_of_month_point(as_of_before: re.Pattern[str], before: str, m: Mention, d: DateMention) -> re.Match[str] | None:
    """ "as of June 2025" right before a month with no start of a span told: the point the figures stand at (the
    month's end), not their span, for a list's parts after it too ("..., including up to 250,000 killed")."""
    if d.precision != "month" or m.period_start is not None:
        return None
    return as_of_before.search(before)


def days_from_span_start(m: Mention, d: DateMention) -> int:
    """The days of a span that ends with the month ``d``: from the span's stated start where one was read before it
    ("between March 2022 and December 2024": 1,037 days), else that month alone."""
    assert d.span_start is not None and d.date is not None
    first = (m.period_start if m.extra.get("span_end") and m.period_start is not None and m.period_start < d.span_start
             else d.span_start)
    return (d.date - first).days + 1


def run_of_months(d: DateMention) -> bool:
    """A run of months written as one date ("April to June 2022", "January-March 2023"): a span with its own end,
    which a "from" before it does not make an open start ("killed from April to June 2022": April to June)."""
    return (d.precision == "month" and d.kind != "season" and d.span_start is not None and d.date is not None
            and (d.span_start.year, d.span_start.month) != (d.date.year, d.date.month))

