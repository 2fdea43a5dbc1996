""""Last month, in March 2025, ...", "last month's 40 strikes (March 2025)": a month counted back from the publication
beside a month of a written year names that month, so an undated text is of the month after it, its first day the
earliest (as "last month, on 14 March 2025" is: ``counted_after``). Read with the days counted back
(``day_told_back``); the words are the grammar's (``patterns.month_told_back``, its group month)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .counted_after import CountedRules, month_after
from .date_mentions import DateMention
from .one_phrase import phrase_gap

__all__ = ["month_told_back", "yearless_day_told_back"]


def month_told_back(text: str, mentions: Sequence[DateMention], grammar: PatternGrammar) -> list[tuple[dt.date, str]]:
    """The first day of the month after each month of a written year that a month counted back stands beside in one
    phrase, with its evidence ("month:March 2025+counted:Last month")."""
    months = [m for m in mentions if m.precision == "month" and m.year is not None and m.date is not None]
    if not months:
        return []
    found: list[tuple[dt.date, str]] = []
    for match in grammar.rules(CountedRules).month_back.finditer(text):
        if not match.group("month"):
            continue
        for m in months:
            if (phrase_gap(text, match.end(), m.start) or phrase_gap(text, m.end, match.start())) and m.date:
                found.append((month_after(m.date), f"{m.kind}:{m.text}+counted:{match.group(0)}"))
    return found


def yearless_day_told_back(text: str, mentions: Sequence[DateMention], grammar: PatternGrammar,
                           anchor: dt.date) -> tuple[dt.date, str] | None:
    """"Last month, on 12 March, the General Staff put ...": a month counted back beside a day without its year, in
    a text dated ``anchor`` by what it quotes (the series's day of the total told that day): the text is of the
    month after that day, its first day the earliest. The day is placed on or before the anchor (its year, or the
    year before). None where no such phrase is told."""
    days = [m for m in mentions if m.precision == "day" and m.year is None and m.month and m.day]
    if not days:
        return None
    found: list[tuple[dt.date, str]] = []
    for match in grammar.rules(CountedRules).month_back.finditer(text):
        if not match.group("month"):
            continue
        for m in days:
            if not (phrase_gap(text, match.end(), m.start) or phrase_gap(text, m.end, match.start())):
                continue
            for year in (anchor.year, anchor.year - 1):
                try:
                    day = dt.date(year, m.month or 1, m.day or 1)
                except ValueError:
                    continue
                if day <= anchor:
                    found.append((month_after(day), f"{m.kind}:{m.text}+counted:{match.group(0)}"))
                    break
    return max(found, default=None)
