"""'Ukraine's General Staff said on 27 August that its drones struck the base. Russia's defence ministry said that day
that it had shot down 42 drones overnight': "that day" after a verb of saying points back at the day the sentence
before named (even a day of saying, which dates no figure of its own sentence), and dates the figure whose own clause
names no day ("overnight" is then the night before it). Read by ``mention_dates``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .dates import DateMention
from .document import Mention, Reader
from .span_context import SpanContextRules, dates_in, sentence_index

__all__ = ["DaySaidRules", "counted_from_day_said", "date_from_day_said_before"]


class DaySaidRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.said_that_day = g.pattern("said_that_day", guard=False)
        self.same_day_told = g.pattern("same_day_told")


def date_from_day_said_before(reader: Reader, m: Mention, sent: Sentence, abs_start: int,
                              candidates: list[DateMention]) -> bool:
    """Date ``m`` by the last day the sentence before names where its own sentence says "said that day" (or "the same
    day") before it and ``candidates``, the figure's own dates, are none or days counted from the day of saying
    ("overnight", "yesterday": counted from that day instead of the publication's); whether it did."""
    rules = reader.grammar.rules(DaySaidRules)
    if reader.norm.find(" da", sent.start, sent.end) < 0:  # (most sentences hold no "day" or "date")
        return False
    if any(d.kind != "relative" or d.date is None for d in candidates) or (candidates and reader.published is None):
        return False
    if rules.said_that_day.search(reader.norm, sent.start, abs_start) is None and (
            rules.same_day_told.search(reader.norm, *reader.clause_bounds(sent, abs_start)) is None):
        return False  # (nor "reached 4,310 on the same date", "On the same day, ... listed 14")
    index = sentence_index(reader, sent.start) - 1
    if index < 0 or reader.sentences[index].paragraph < sent.paragraph - 1:
        return False
    before = reader.sentences[index]
    day = next((d for d in reversed(dates_in(reader, before.start, before.end))
                if d.date is not None and d.precision == "day" and d.span_start is None), None)
    if day is None or day.date is None:
        return False
    relative = candidates[-1].date if candidates else None
    offset = relative - reader.published if relative is not None and reader.published is not None else dt.timedelta()
    m.as_of, m.as_of_basis, m.dated = day.date + offset, "stated", True
    return True


def counted_from_day_said(reader: Reader, chosen: DateMention, candidates: list[DateMention],
                          abs_start: int) -> DateMention:
    """'The navy said on Sunday that its drones had struck two ships overnight': a day counted from the day of saying
    ("overnight", "yesterday", ``chosen``) is counted from the day the sentence says it was said before the figure,
    not from the publication's; ``chosen`` itself where no such day stands before it."""
    if chosen.kind != "relative" or chosen.date is None or reader.published is None:
        return chosen
    said_in = reader.grammar.rules(SpanContextRules).said_in
    said = next((d for d in reversed(candidates) if d.end <= abs_start and d is not chosen and d.kind != "relative"
                 and d.precision == "day" and d.span_start is None and d.date is not None
                 and said_in.search(reader.norm, max(0, d.start - 40), d.start)), None)
    if said is None or said.date is None:
        return chosen
    return dataclasses.replace(chosen, date=said.date + (chosen.date - reader.published))
