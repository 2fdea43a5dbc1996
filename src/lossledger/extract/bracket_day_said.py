"""'Ukraine's air force shot down 2,100 Russian drones in May (Air Force, 1 June)': a day in a "(source, day)" bracket
after a figure whose clause names its own span first (a month, a season, a year) is the day the source said it, not
the figure's date; the span's last day is (the spec: "Losses within a named ... month ... → period; as_of is the span's
last day"), as "..., it said on 1 June" is read. Read by ``mention_dates._choose_date``. Grammar:
``source_bracket_before_day``, ``bracket_close_after_day``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .date_mentions import DateMention
from .document import Reader

__all__ = ["BracketDaySaidRules", "without_bracket_day_said"]

_REACH = 60  # how far before the day the bracket may open ("(Ukraine's air force command, ")


class BracketDaySaidRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.source_bracket_before_day = g.pattern("source_bracket_before_day", guard=False)
        self.bracket_close_after_day = g.pattern("bracket_close_after_day", guard=False)


def without_bracket_day_said(reader: Reader, pool: list[DateMention], abs_end: int) -> list[DateMention]:
    """``pool`` without the days of a "(source, day)" bracket that follows a span of the figure's own, told between
    the figure (ending at ``abs_end``) and the bracket."""
    if len(pool) < 2 or reader.norm.find("(", abs_end) < 0:
        return pool
    r = reader.grammar.rules(BracketDaySaidRules)
    dropped = [d for d in pool if d.precision == "day" and d.start > abs_end
               and r.source_bracket_before_day.search(reader.norm, max(abs_end, d.start - _REACH), d.start)
               and r.bracket_close_after_day.match(reader.norm, d.end)
               and any(s.precision != "day" and s.span_start is not None and abs_end <= s.start and s.end < d.start
                       for s in pool)]
    return [d for d in pool if d not in dropped] if dropped else pool
