"""'Russia lost 41,000 personnel in the twelve months to June', 'in the year to March', 'over the three months ending
September': a month named after a count of months and "to" (or "ending", "through") closes a run of that many
months, so the span starts on the first day of the first of them (July of the year before, for twelve months to June),
not on the first day of the month named. Read by ``mention_dates.resolve_dates`` as it reads a figure's dates (as it
reads "the week to 7 March"). Grammar: ``months_ending_before``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .calendar_dates import add_months
from .date_mentions import DateMention
from .document import Reader
from .measure_rules import MeasureRules

__all__ = ["MonthsToMonthRules", "months_ending_on_month"]

_REACH = 40  # how far before the month its count may stand ("in the twelve months up to the end of ")


class MonthsToMonthRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.months_ending_before = g.pattern("months_ending_before", guard=False)


def months_ending_on_month(reader: Reader, sent: Sentence, found: list[DateMention]) -> list[DateMention]:
    """``found`` with each month closed by "the N months to" (or "the year to") starting N months back."""
    r = reader.grammar.rules(MonthsToMonthRules)
    out = found
    for i, d in enumerate(found):
        if d.precision != "month" or d.date is None:
            continue
        run = r.months_ending_before.search(reader.norm, max(sent.start, d.start - _REACH), d.start)
        if run is None:
            continue
        count = _months(reader, run.group("count")) if run.group("count") else 12
        if count is None or not 1 < count <= 36:
            continue
        if out is found:
            out = list(found)
        out[i] = dataclasses.replace(d, span_start=_months_back(d.date, count))
    return out


def _months(reader: Reader, written: str) -> int | None:
    if written.isdigit():
        return int(written)
    value = reader.grammar.rules(MeasureRules).word_values.get(written.lower())
    return int(value) if value is not None else None


def _months_back(last_day: dt.date, count: int) -> dt.date:
    """The first day of the first of ``count`` months whose last ends on ``last_day``."""
    return add_months(last_day.replace(day=1), 1 - count)
