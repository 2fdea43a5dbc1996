"""A span told as the days that followed a day the text gave before: "When the column rolled out on 8 June 2023, ...
Oryx recorded 31 tanks lost in the eleven days that followed", "In the two weeks that followed, the brigade lost 45
soldiers". A figure with a length of its own (``period_days``) and no date of its own, in a sentence that says the
span followed, is of the days after the last day the text named before it (in its sentence, or in the sentences of its
paragraph and the one before): from the next day, for that length."""

from __future__ import annotations

import datetime as dt
import re

from ..languages.grammar import PatternGrammar
from . import date_mentions as datelib
from .document import Mention, Reader
from .span_context import dates_in, sentence_index

__all__ = ["FollowedRules", "days_that_followed"]

_LOOK_BACK = 4  # sentences before the figure's own searched for the day the span follows


class FollowedRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.followed: re.Pattern[str] = g.pattern("span_that_followed", guard=False)


def days_that_followed(reader: Reader, m: Mention) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the span ``m`` is told of as following a day named before, else None."""
    if m.measure != "period" or m.period_days is None or m.dated or m.period_start is not None:
        return None
    sent = m.sentence
    pointer = reader.grammar.rules(FollowedRules).followed.search(reader.norm, sent.start, sent.end)
    if pointer is None:
        return None  # (most sentences tell no span as following)
    index = sentence_index(reader, sent.start)
    day: datelib.DateMention | None = None
    for i in range(index, max(-1, index - 1 - _LOOK_BACK), -1):
        s = reader.sentences[i]
        if s.paragraph < sent.paragraph - 1:
            break
        hi = pointer.start() if i == index else s.end
        days = [d for d in dates_in(reader, s.start, hi) if d.precision == "day" and d.span_start is None
                and d.date is not None]
        if days:
            day = days[-1]
            break
    if day is None or day.date is None:
        return None
    first = day.date + dt.timedelta(days=1)
    return first, first + dt.timedelta(days=int(m.period_days) - 1)
