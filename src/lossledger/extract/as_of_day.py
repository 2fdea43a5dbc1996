"""'210 civilians killed in April, according to its report as of 30 April': a month's figure (its month named right
after it) is dated by the month's end; the "as of" day only says when the report's tally stands."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from . import dates as datelib
from .document import Mention, Reader

__all__ = ["AsOfDayRules", "without_as_of_day"]


class AsOfDayRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.as_of_before_date = g.pattern("as_of_before_date", guard=False)


def without_as_of_day(reader: Reader, m: Mention, found: list[datelib.DateMention]) -> list[datelib.DateMention]:
    """``found`` (the dates of ``m``'s sentence) without the days "as of" puts, where ``m`` is a month's figure and a
    month stays to date it; else ``found`` as it is."""
    if m.measure_cue != "month" or not any(d.precision == "month" for d in found):
        return found
    r = reader.grammar.rules(AsOfDayRules)
    sent_start = m.sentence.start
    return [d for d in found
            if not (d.precision == "day" and r.as_of_before_date.search(reader.norm, max(sent_start, d.start - 12),
                                                                        d.start))]
