"""A part of a year the text names with its year, "in the first half of 2024", "in the third quarter of 2025", "in Q4
2024": figures told for it are told once it is over, so its last day is a lower bound of an undated text's date
(``dates.infer_publication_date``), as a month's or a season's end is. The words are the grammar's
(``patterns.part_of_year``, ``measure.months_in_part``, ``measure.part_ordinals``)."""

from __future__ import annotations

import calendar
import datetime as dt

from ..languages.grammar import PatternGrammar

__all__ = ["part_end", "part_over"]


class PartRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.part = g.pattern("part_of_year", guard=False)
        self.months_in_part = g.table("measure.months_in_part")
        self.ordinals = g.table("measure.part_ordinals")


def part_end(year: int, ordinal: int, months: int) -> dt.date | None:
    """The last day of the ``ordinal``-th part of ``months`` months of ``year`` (-1: the part that ends it)."""
    last_month = 12 if ordinal == -1 else ordinal * months
    if not 0 < last_month <= 12:
        return None
    return dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def part_over(text: str, grammar: PatternGrammar) -> tuple[dt.date, str] | None:
    """The latest end of a half or a quarter of a written year the text names ("in the first half of 2024" -> 30
    June 2024), with its evidence ("part:first half of 2024"); None when it names none."""
    r = grammar.rules(PartRules)
    found: list[tuple[dt.date, str]] = []
    for match in r.part.finditer(text):
        if match.group("quarter") and match.group("qyear"):
            end = part_end(int(match.group("qyear")), int(match.group("quarter")), 3)
        elif match.group("part") and match.group("year"):
            months = r.months_in_part.get(match.group("part").lower())
            ordinal = r.ordinals.get(match.group("which").lower())
            end = part_end(int(match.group("year")), ordinal, months) if months and ordinal else None
        else:
            continue
        if end is not None:
            found.append((end, f"part:{match.group(0)}"))
    return max(found) if found else None
