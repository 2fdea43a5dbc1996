"""The day a span counted from a stated day ends: a lower bound of an undated text's date.

"Since 6 June, Russia has launched 1,500 missiles ... killed 19 civilians in just a five-day span", "over the five days
since 6 June": a figure told over a span of days that starts on a day the text names (in its sentence or the one
right before) was told once the span was over, on its last day (the start plus the days, the first
counted) or later. Read by ``document_facts.date_undated_text`` after its first estimate, which gives a yearless start
its year; the figures themselves carry the span (``mention_dates``)."""

from __future__ import annotations

import datetime as dt

from . import dates as datelib
from .document import Reader
from .span_context import date_role

#: The longest span (in days) whose end dates a text: a month's tally is a month's (``dates`` reads months).
LONGEST_SPAN = 31
#: How far after the first estimate a span's end may move it (a span's end further on is another year's reading).
SPAN_END_REACH = LONGEST_SPAN


def days_of_a_short_span(measure: str | None, days: float | None) -> int | None:
    """The whole days of a figure's span of a few days (2 to ``LONGEST_SPAN``), else None."""
    if measure != "period" or days is None or not 1 < days <= LONGEST_SPAN or days != int(days):
        return None
    return int(days)


def span_end_day(reader: Reader, estimate: dt.date) -> dt.date | None:
    """The latest day a span of a few days that the text counts from a stated day ends, when it is after
    ``estimate`` (which places a yearless start in its year); else None."""
    spans = [(m, days) for m in reader.mentions if (days := days_of_a_short_span(m.measure, m.period_days))]
    if not spans:
        return None
    found = datelib.find_dates(reader.norm, published=estimate, war_start=reader.profile.war_start,
                               grammar=reader.grammar)
    best: dt.date | None = None
    for m, days in spans:
        here = reader.sentences.index(m.sentence)
        for sent in reader.sentences[max(0, here - 1) : here + 1]:
            starts = [d.date for d in found if sent.start <= d.start < sent.end and d.precision == "day"
                      and d.date is not None and d.kind in ("explicit", "day_month", "numeric")
                      and date_role(reader, d, sent) == "start"]
            if not starts:
                continue
            end = max(starts) + dt.timedelta(days=days - 1)
            if end > estimate and (best is None or end > best):
                best = end
    return best
