"""A part of a year the text names with its year, "in the first half of 2024", "in the third quarter of 2025", "in Q4
2024", "over the first eleven months of 2024" (months counted from the year's start or back from its end): figures
told for it are told once it is over, so its last day is a lower bound of an undated text's date
(``dates.infer_publication_date``), as a month's or a season's end is. The words are the grammar's
(``patterns.part_of_year``, ``measure.months_in_part``, ``measure.part_ordinals``, ``measure.month_units``,
``numbers.values``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..languages.grammar import PatternGrammar
from .numbers import NumberRules

__all__ = ["later", "may_name_part", "part_end", "part_over"]

_Q_FORMS = ("Q1", "Q2", "Q3", "Q4")  # (the pattern's quarter group in Q-form: "in Q4 2024")


class PartRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.part = g.pattern("part_of_year", guard=False)
        self.months_in_part = g.table("measure.months_in_part")
        self.ordinals = g.table("measure.part_ordinals")
        self.month_units = frozenset(w.lower() for w in g.words("measure.month_units"))
        self.counts = g.rules(NumberRules).word_values
        #: words one of which every match ``part_over`` reads holds (its group part or unit, lower-cased)
        self.parts = (*self.months_in_part, *self.month_units)


def part_end(year: int, ordinal: int, months: int) -> dt.date | None:
    """The last day of the ``ordinal``-th part of ``months`` months of ``year`` (-1: the part that ends it)."""
    last_month = 12 if ordinal == -1 else ordinal * months
    if not 0 < last_month <= 12:
        return None
    return dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def part_over(text: str, grammar: PatternGrammar, latest: tuple[dt.date, str] | None) -> tuple[dt.date, str] | None:
    """The latest end of a half or a quarter of a written year the text names ("in the first half of 2024" -> 30
    June 2024), with its evidence ("part:first half of 2024"), when it is later than the ``latest`` day the text's
    other evidence gives; else None. A part that begins after that day is a plan's ("is to reopen in the second half
    of 2025"), not a tally's."""
    r = grammar.rules(PartRules)
    if not may_name_part(text, r):
        return None  # (most texts name no half or quarter: the pattern, opening on no literal, is not run)
    found: list[tuple[dt.date, str]] = []
    for match in r.part.finditer(text):
        if match.group("quarter") and match.group("qyear"):
            end = part_end(int(match.group("qyear")), int(match.group("quarter")), 3)
        elif match.group("part") and match.group("year"):
            months = r.months_in_part.get(match.group("part").lower())
            ordinal = r.ordinals.get(match.group("which").lower())
            end = part_end(int(match.group("year")), ordinal, months) if months and ordinal else None
        elif match.group("unit") and match.group("unit").lower() in r.month_units and match.group("year"):
            # "over the first eleven months of 2024": the months counted from the year's start (or back from its end)
            ordinal = r.ordinals.get(match.group("which").lower())
            count = _count(r, match.group("count"))
            end = part_end(int(match.group("year")), ordinal, count) if ordinal in (1, -1) and count else None
        else:
            continue
        if end is not None and later(end, months_of(match, r), latest[0] if latest else None):
            found.append((end, f"part:{match.group(0).strip()}"))
    return max(found) if found else None


def may_name_part(text: str, r: PartRules) -> bool:
    """Whether ``text`` may hold a match ``part_over`` reads: one with a part named (``months_in_part``'s words,
    "half", "quarter") or a quarter in Q-form ("Q3"); a match of neither (the first two weeks of May) is passed by."""
    if "Q" in text and any(q in text for q in _Q_FORMS):
        return True
    lowered = text.lower()
    return any(part in lowered for part in r.parts)


def months_of(match: re.Match[str], r: PartRules) -> int:
    """How many months the part a match of ``patterns.part_of_year`` names holds."""
    if match.group("quarter"):
        return 3
    if (match.group("unit") or "").lower() in r.month_units:
        return _count(r, match.group("count")) or 12
    return r.months_in_part.get((match.group("part") or "").lower(), 12)


def _count(r: PartRules, word: str | None) -> int | None:
    """The months a count names ("eleven", "11"), when fewer than a year's."""
    word = (word or "").lower()
    value = int(word) if word.isdigit() else r.counts.get(word)
    return int(value) if value is not None and value == int(value) and 0 < value < 12 else None


def later(end: dt.date, months: int, latest: dt.date | None) -> bool:
    """Whether a part of ``months`` months ending on ``end`` ends after ``latest`` and begins no later than it."""
    if latest is None:
        return True
    first_month = end.month - months + 1
    return end > latest and dt.date(end.year, first_month, 1) <= latest
