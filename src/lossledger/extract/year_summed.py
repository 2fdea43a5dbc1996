""""2024 in review", "2024: the year in review", "In all of 2024 ...": a written year summed up, told once it is
over, so its last day is a lower bound of an undated text's date, as a half or a quarter of it is (``part_over``;
Ukrainian and Russian: ``slavic.year_summed``). The words are the grammar's (``patterns.year_summed``, its group year
or year2)."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar

__all__ = ["year_summed"]


class YearSummedRules:
    """The pattern this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.summed = g.pattern("year_summed")
        self.whole = g.pattern("year_told_whole")


def year_summed(text: str, grammar: PatternGrammar, latest: tuple[dt.date, str] | None,
                *, whole: bool = False) -> tuple[dt.date, str] | None:
    """The last day of the latest year the text sums up, with its evidence ("year_summed:2024 in review"), when it is
    later than the ``latest`` day the text's other evidence gives and that day falls in it (a year summed up beside
    a later day is a past one); else None. With ``whole``, a year told whole instead ("In all of 2024")."""
    found: list[tuple[dt.date, str]] = []
    rules = grammar.rules(YearSummedRules)
    for match in (rules.whole if whole else rules.summed).finditer(text):
        end = dt.date(int(match["year"]), 12, 31)
        if latest is None or (end > latest[0] and latest[0].year == end.year):
            found.append((end, f"year_summed:{match.group(0).strip()}"))
    return max(found) if found else None
