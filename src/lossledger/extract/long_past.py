"""A full date told as long past, "back on 3 March 2023", "as early as 3 March 2023": the text is from well after it,
so a yearless date it tells after that date ("On 14 January, he said ...") is the next such day after it (14 January
2024), not the nearest one (14 January 2023, before it). Read by ``dates.infer_publication_date`` where the nearest
placement of a yearless date finds none later than the text's latest day. The words are the grammar's
(``patterns.long_past_before``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .calendar_dates import make_date
from .counted_after import counted_after
from .date_mentions import DateMention

__all__ = ["after_long_past", "next_after", "told_as_past"]

#: How many characters before a date its marker of the long past may end ("back on ").
MARKER_CHARS = 30


class LongPastRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.before = g.pattern("long_past_before", guard=False)


def next_after(day: dt.date, month: int, date: int) -> dt.date | None:
    """The first day of ``month`` and ``date`` after ``day`` (within the year after it)."""
    for year in (day.year, day.year + 1):
        found = make_date(year, month, date)
        if found is not None and found > day:
            return found
    return None


def after_long_past(text: str, mentions: Sequence[DateMention], latest: tuple[dt.date, str] | None,
                    grammar: PatternGrammar) -> tuple[dt.date, str] | None:
    """The latest yearless date told after the full date ``latest`` names, placed after it, when that date is told
    as long past; else None."""
    if latest is None:
        return None
    r = grammar.rules(LongPastRules)
    full = [m for m in mentions if m.date == latest[0] and m.precision == "day"
            and m.kind in ("explicit", "numeric", "weekday_date")
            and r.before.search(text, max(0, m.start - MARKER_CHARS), m.start)]
    if not full:
        return None
    found = [(day, f"{m.kind}:{m.text}+long_past:{full[0].text}") for m in mentions
             if m.start > full[0].end and m.date is None and m.month is not None and m.day is not None
             and m.kind in ("day_month", "numeric") and (day := next_after(latest[0], m.month, m.day)) is not None]
    return max(found) if found else None


def told_as_past(text: str, mention: DateMention, grammar: PatternGrammar) -> bool:
    """Whether the full date ``mention`` is told as long past ("back on 3 March 2023") or as a day a span is counted
    from ("Last May, on 12 May 2024", "a year since ... 6 June 2023"): a yearless date after it need not share its
    year."""
    r = grammar.rules(LongPastRules)
    return bool(r.before.search(text, max(0, mention.start - MARKER_CHARS), mention.start)
                or counted_after(text, [mention], grammar))
