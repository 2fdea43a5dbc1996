""""This past weekend, on Saturday 14 June 2025, ...", "last weekend's strike, on 15 June 2025": a weekend counted back
from the publication beside a full date of a Saturday or a Sunday names that weekend, so an undated text is of the
week after it: its Monday is the earliest day it can be from. Read with the days counted back (``day_told_back``);
the words are the grammar's (``patterns.weekend_told_back``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .date_mentions import DateMention
from .one_phrase import in_one_phrase
from .required_words import Folded

__all__ = ["monday_after", "weekend_back"]

#: The weekdays of a weekend (Monday = 0).
WEEKEND = (5, 6)


class WeekendRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.weekend = g.pattern("weekend_told_back", guard=False)


def monday_after(day: dt.date) -> dt.date | None:
    """The Monday after ``day`` when it is of a weekend, else None."""
    return day + dt.timedelta(days=7 - day.weekday()) if day.weekday() in WEEKEND else None


def weekend_back(text: str, full: Sequence[DateMention], grammar: PatternGrammar) -> list[tuple[dt.date, str]]:
    """The Mondays after the weekend days of ``full`` (read without a publication date) a weekend counted back stands
    beside in one phrase, each with its evidence ("explicit:14 June 2025+weekend:This past weekend")."""
    r = grammar.rules(WeekendRules)
    found: list[tuple[dt.date, str]] = []
    if not any(m.date is not None and m.date.weekday() in WEEKEND for m in full) \
            or not Folded(text).may_match(r.weekend, 0, len(text)):
        return found  # (no day of a weekend, or no word every match holds, "weekend": most texts)
    for match in r.weekend.finditer(text):
        for m in full:
            if m.date is not None and (monday := monday_after(m.date)) is not None \
                    and in_one_phrase(text, match.span(), (m.start, m.end)):
                found.append((monday, f"{m.kind}:{m.text}+weekend:{match.group(0)}"))
    return found
