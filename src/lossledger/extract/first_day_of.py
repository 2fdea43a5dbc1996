""""On the first day of spring 2025", "on the first day of March 2025": the first day of a month or season of a written
year is that span's first day, not its last, which a month or season named alone gives an undated text (its end: a
span named is over, or nearly, when told). Read by ``dates.infer_publication_date``; the words are the grammar's
(``patterns.first_day_of``, matched right before the span's mention)."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from .date_mentions import DateMention

__all__ = ["FirstDayRules", "span_day"]

#: How far before a span's mention its words are looked for.
_REACH = 40


class FirstDayRules:
    """The pattern this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.first_day = g.pattern("first_day_of")


def span_day(text: str, grammar: PatternGrammar, mention: DateMention) -> dt.date | None:
    """The day a month or season mention dates an undated text by: its first day after "the first day of", else its
    last (``mention.date``)."""
    if mention.span_start is not None and grammar.rules(FirstDayRules).first_day.search(
            text, max(0, mention.start - _REACH), mention.start):
        return mention.span_start
    return mention.date
