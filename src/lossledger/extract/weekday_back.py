""""Last Friday, 13 June, ...", "this past Wednesday, on 9 July 2025": a weekday counted back from the publication
beside a date that falls on it names a day of the week before the text's, so an undated text is of the week after
it: its Monday is the earliest day it can be from (as a weekend counted back is read, ``weekend_back``). The words
are the grammar's (``patterns.weekday_told_back``, ``dates.weekdays``)."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from .one_phrase import in_one_phrase

__all__ = ["WeekdayBackRules", "told_back_weekdays", "week_after_told_back"]


class WeekdayBackRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.weekday_back = g.pattern("weekday_told_back", guard=False)
        self.weekdays = {str(k).lower(): int(v) for k, v in g.table("dates.weekdays").items()}


def week_after_told_back(text: str, day: dt.date, span: tuple[int, int], grammar: PatternGrammar) -> dt.date | None:
    """The Monday of the week after ``day`` (a date of the text at ``span``) when a weekday counted back that ``day``
    falls on stands beside it in one phrase ("Last Friday, 13 June" -> 16 June 2025); else None."""
    r = grammar.rules(WeekdayBackRules)
    for match in r.weekday_back.finditer(text):
        if r.weekdays.get(match["weekday"].lower()) == day.weekday() and in_one_phrase(text, match.span(), span):
            return day + dt.timedelta(days=7 - day.weekday())
    return None


def told_back_weekdays(text: str, grammar: PatternGrammar) -> list[tuple[int, int]]:
    """The spans of the weekdays counted back ("Last Friday"): no weekday the text is told on."""
    return [m.span("weekday") for m in grammar.rules(WeekdayBackRules).weekday_back.finditer(text)]
