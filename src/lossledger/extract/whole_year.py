"""A year the text tells whole, which is over when it is told: "in all of 2025", "in 2025 as a whole", "captured 5,600
square kilometres in 2025, the highest gains since 2022", "... in 2025, more than the previous two years combined".
The year's last day is then a lower bound of an undated text's date, which a day the text names only as a span's start
("since 1 June") does not overrule (``dates.infer_publication_date``). The words are the grammar's
(``patterns.whole_year_before``, ``patterns.whole_year_after``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .date_mentions import DateMention


class WholeYearRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.before = g.pattern("whole_year_before", guard=False)
        self.after = g.pattern("whole_year_after", guard=False)


def told_whole(g: PatternGrammar, text: str, year: DateMention) -> bool:
    """Whether the year mention ``year`` ("2025") is told whole, as a year that is over."""
    r = g.rules(WholeYearRules)
    return bool(r.before.search(text, max(0, year.start - 30), year.start) or r.after.match(text, year.end))


#: How far after a span's start the year told whole may end and still be the text's (a year, the span's own or the
#: next's; a later one is another story).
YEAR_REACH_DAYS = 366


def after_whole_year(g: PatternGrammar, text: str, mentions: Sequence[DateMention], placed: tuple[dt.date, str],
                     since_before: re.Pattern[str]) -> tuple[dt.date, str] | None:
    """When the day ``placed`` (``dates``' estimate, "day_month:1 June+year:2025") is one the text names only as a
    span's start ("since 1 June") and the text tells a year whole that ends after it ("in 2025 as a whole"): that
    year's last day, else None."""
    said = placed[1].partition("+")[0].partition(":")[2]
    start = next((m for m in mentions if m.text == said and m.date is None and m.day is not None), None)
    if start is None or not since_before.search(text, max(0, start.start - 40), start.start):
        return None
    years = [y for y in mentions if y.kind == "year" and y.date is not None
             and 0 < (y.date - placed[0]).days <= YEAR_REACH_DAYS and told_whole(g, text, y)]
    if not years:
        return None
    year = max(years, key=lambda y: y.start)
    assert year.date is not None
    return year.date, f"year:{year.text}+{placed[1]}"
