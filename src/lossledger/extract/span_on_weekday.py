""""Since May 12, drones have killed 14 civilians over a four-day span, the governor said on Thursday": a span of a
few days counted from a day written without its year, in a text whose weekdays all fall within it, the last of them
its last day. Of the war's years, the one whose span ends on a weekday the text names, with every weekday it names
inside the span, dates the text to the span's last day (the figures were told once it was over). Asked for an
undated text that nothing else dates (``document_facts``); the words are the grammar's (``patterns.span_length``,
``patterns.since_before_date``, ``dates.weekdays``)."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from . import dates as datelib
from .date_rules import DateRules
from .measure_rules import MeasureRules
from .span_end_day import LONGEST_SPAN

__all__ = ["span_on_weekday"]

#: How many of the war's years a yearless start is tried in
YEARS = 5


def span_on_weekday(text: str, grammar: PatternGrammar, war_start: dt.date) -> tuple[dt.date, str] | None:
    """The last day of the one span of days the text tells ("a four-day span", "the two days") counted from a
    yearless day ("since May 12"), in the one war year where every weekday the text names falls in the span and one
    of them on its last day, with its evidence; else None."""
    r = grammar.rules(MeasureRules)
    lengths = set()
    for m in r.span_length.finditer(text):
        if m.group("one") or (m.group("unit") or "").lower() != "day":
            continue
        count = m.group("count")
        days = int(count) if count.isdigit() else r.word_values.get(count.lower())
        if days and 1 < days <= LONGEST_SPAN:
            lengths.add(int(days))
    if len(lengths) != 1:
        return None
    days = lengths.pop()
    since = grammar.rules(DateRules).since_before
    mentions = datelib.find_dates(text, published=None, war_start=war_start, grammar=grammar)
    weekdays = {m.weekday for m in mentions if m.kind == "weekday" and m.weekday is not None}
    starts = [m for m in mentions if m.kind in ("day_month", "numeric") and m.date is None and m.month and m.day
              and since.search(text, max(0, m.start - 40), m.start)]
    if not weekdays or len(starts) != 1:
        return None
    start = starts[0]
    found: list[dt.date] = []
    for year in range(war_start.year, war_start.year + YEARS):
        try:
            first = dt.date(year, start.month or 1, start.day or 1)
        except ValueError:
            continue
        last = first + dt.timedelta(days=days - 1)
        inside = {(first + dt.timedelta(days=k)).weekday() for k in range(min(days, 7))}
        if first >= war_start and last.weekday() in weekdays and weekdays <= inside:
            found.append(last)
    if len(found) != 1:
        return None
    return found[0], f"{start.kind}:{start.text}+span_days:{days}+weekdays"
