""""As the third winter of the war sets in", "the war's second winter": the Nth winter since the war began, the first
being the one after its first autumn (December 2022 to February 2023 for a war begun in February 2022). A span of war
time (``war_time.WarTimeMention``) from the winter's first day to its last; an undated text with no other evidence is
of its first day, the earliest the words are true. The words are the grammar's (``patterns.war_winter``,
``dates.ordinals``)."""

from __future__ import annotations

import calendar
import datetime as dt

from ..languages.grammar import PatternGrammar
from .required_words import Folded
from .war_time import WarTimeMention

__all__ = ["war_winter", "winter_of_war"]

#: The first month of a winter (December, of the northern year the war is fought in).
WINTER_MONTH = 12


class WinterRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.winter = g.pattern("war_winter", guard=False)
        self.ordinals = {k.lower(): v for k, v in g.table("dates.ordinals").items()}


def winter_of_war(war_start: dt.date, n: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the ``n``-th winter since ``war_start``."""
    if not 0 < n <= 10:
        return None
    year = war_start.year + n - (0 if war_start.month < WINTER_MONTH else -1) - 1
    return dt.date(year, WINTER_MONTH, 1), dt.date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])


def war_winter(text: str, grammar: PatternGrammar, war_start: dt.date) -> WarTimeMention | None:
    """The latest winter of the war the text counts ("the third winter of the war"), as a span of war time."""
    r = grammar.rules(WinterRules)
    if not Folded(text).may_match(r.winter, 0, len(text)):
        return None  # (no word every match holds, "winter": most texts; the pattern opens on a class, dear per char)
    found: list[WarTimeMention] = []
    for m in r.winter.finditer(text):
        which = m.group("which") or m.group("which2") or m.group("which3")
        span = winter_of_war(war_start, r.ordinals.get(which.lower(), 0))
        if span is not None:
            found.append(WarTimeMention(m.start(), m.end(), m.group(0), span[0], span[0], span[1]))
    return max(found, key=lambda w: w.date) if found else None
