""""За п'ять днів з 6 червня 2025 року ... загинули 19 цивільних", "за пять дней с 6 июня 2025 года": a figure told over
a span of a few days that starts on a full date the text names in its sentence was told once the span was over, on
its last day (the start plus the days, the first counted) or later: a lower bound of an undated text's date, as in
English (``..span_end_day``)."""

from __future__ import annotations

import datetime as dt

from ..span_end_day import days_of_a_short_span
from .dates import resolve_date
from .mentions import DocText

__all__ = ["span_end"]


def span_end(doc: DocText) -> dt.date | None:
    """The latest day a span of a few days counted from a full date ends, of the figures read; None if none is."""
    found: list[dt.date] = []
    for m in doc.mentions:
        days = days_of_a_short_span(m.measure, m.period_days)
        if days is None:
            continue
        starts = [m.period_start_date] if m.period_start_date is not None else [
            d for d in doc.dates.get(id(m.sentence), []) if d.role == "since"]
        found += [r + dt.timedelta(days=days - 1) for d in starts
                  if d.kind == "day" and d.year is not None and (r := resolve_date(d, None)) is not None]
    return max(found, default=None)
