"""'The offensive stalled in June 2023. The following winter Russia lost 90,000 soldiers': a season "the following"
names is the first of its name after the time the text dated last before it (after a month or a day: the first that
starts later; after a year: the first that ends after it, the winter that opens in its December). Read by
``date_mentions`` with the other dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from ..languages.grammar import PatternGrammar
from .calendar_dates import ToldDate, month_span

__all__ = ["FollowingSeason", "SeasonAfterRules", "seasons_after_told"]

_YEARS_AHEAD = 3  # how many years after the time told before a season's end is looked for


class SeasonAfterRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.following_season = g.pattern("following_season", guard=False)
        self.seasons = g.pairs("dates.seasons")


class FollowingSeason(NamedTuple):
    """A season named after a time told before, in the order of ``date_mentions.DateMention``'s first fields."""

    start: int
    end: int
    text: str
    kind: str  # "season"
    date: dt.date  # its last day
    span_start: dt.date


def seasons_after_told(g: PatternGrammar, text: str, lowered: str, told: Sequence[ToldDate]) -> list[FollowingSeason]:
    """The seasons "the following" names in ``text`` (``lowered``: lower-cased), dated from the last of ``told`` (the
    text's dates, in text order) before each; none where the text holds no "following" (most texts)."""
    if "following" not in lowered:
        return []
    r = g.rules(SeasonAfterRules)
    found = []
    for m in r.following_season.finditer(text):
        before = [d for d in told if d.start < m.start() and d.date is not None]
        anchor = before[-1] if before else None
        if anchor is None or anchor.date is None:
            continue
        first, last = r.seasons[m["season"].lower()]
        for end_year in range(anchor.date.year, anchor.date.year + _YEARS_AHEAD):
            start = month_span(end_year - 1 if first > last else end_year, first)[0]
            end = month_span(end_year, last)[1]
            if (end > anchor.date) if anchor.precision == "year" else (start > anchor.date):
                found.append(FollowingSeason(m.start(), m.end(), m.group(0), "season", end, start))
                break
    return found
