"""'Drones killed 12 civilians this spring ... in 2025': a season told as this one ("this spring") beside the one year
after the war's the text names is that year's, and the text is from its end at the earliest (31 May 2025), as "in the
spring of 2025" is read. A winter (across two years) is not placed. The words are the grammar's
(``patterns.this_season``, ``dates.seasons``); read by ``dates._infer`` when nothing else dates the text."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .date_mentions import DateMention
from .date_rules import DateRules

__all__ = ["this_season"]


def this_season(mentions: Sequence[DateMention], grammar: PatternGrammar, war_start: dt.date
                ) -> tuple[dt.date, str] | None:
    """The last day of the season told as this one in the text's one year after the war's, with its evidence; None
    when no such season, or several years, are told."""
    r = grammar.rules(DateRules)
    said, seasons = r.this_season, r.seasons
    years = {m.year for m in mentions if m.kind == "year" and m.year is not None and m.year > war_start.year}
    if len(years) != 1:
        return None
    year = years.pop()
    found: list[tuple[dt.date, str]] = []
    for m in mentions:
        told = said.fullmatch(m.text) if m.kind == "season" and m.date is None else None
        if told is None:
            continue
        first, last = seasons[told["season"].lower()]
        if first <= last:  # (not a winter: which year's is not told)
            found.append((dt.date(year, last, calendar.monthrange(year, last)[1]), f"season:{m.text}+year:{year}"))
    return max(found) if found else None
