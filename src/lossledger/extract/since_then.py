"""'The counteroffensive began in June 2023. Since then, Ukraine has lost 90 tanks': "since then" opening a figure's
clause counts from the start the sentence before dated (a verb of starting right before its date), as "has since"
does in the start's own sentence (``span_context._started_then_since``). The war's start makes the figure a running
total (``mention_dates`` reads a span from the war's first day so). Read by ``mention_dates``."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader
from .span_context import START_REACH, SpanContextRules, dates_in, sentence_index

__all__ = ["SinceThenRules", "start_told_before", "war_called_operation"]

class SinceThenRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.since_then = g.pattern("since_then", guard=False)
        self.since_start_of_operation = g.pattern("since_start_of_operation", guard=False)
        self.war_as_operation = g.pattern("war_as_operation", guard=False)


def start_told_before(reader: Reader, m: Mention, sent: Sentence, abs_start: int, war_start: dt.date) -> None:
    """Set ``m.period_start`` to the start the sentence before dates, when "since then" stands before ``m`` in its
    sentence (its own clause or the opening one: "Since then, ...")."""
    lo = sent.start
    r = reader.grammar.rules(SinceThenRules)
    # (most sentences hold no "since" before a figure: the words the pattern needs are looked for first)
    if not reader.folded.may_match(r.since_then, lo, abs_start) or r.since_then.search(
            reader.norm, lo, abs_start) is None:
        return
    index = sentence_index(reader, sent.start)
    before = reader.sentences[index - 1] if index > 0 else None
    if before is None or before.paragraph < sent.paragraph - 1:
        return
    # (the verb of starting read as in the start's own sentence: span_context._started_then_since)
    started_on_before = reader.grammar.rules(SpanContextRules).started_on_before
    started = [d for d in dates_in(reader, before.start, before.end)
               if started_on_before.search(reader.norm, max(before.start, d.start - START_REACH), d.start)]
    d = started[-1] if started else None
    if d is None or d.date is None:
        return
    m.period_start = d.span_start or d.date
    if d.span_start is not None and d.span_start <= war_start <= d.date:
        m.period_start = war_start  # "The invasion began in February 2022. Since then, ...": since the war began
    m.extra["start_kind"] = d.kind


def war_called_operation(reader: Reader, m: Mention, sent: Sentence) -> None:
    """'Russia calls its war a "special military operation" ... had lost 35,000 since the start of the operation':
    the bare operation, in a text that named the war so before, is the war (a running total), not an operation of its
    own (a span, as "since the start of the Kursk operation" is)."""
    if m.measure != "period" or m.period_days is not None or m.measure_cue != "period_open":
        return
    r = reader.grammar.rules(SinceThenRules)
    if (reader.folded.may_match(r.since_start_of_operation, sent.start, sent.end)
            and reader.sentence_search(sent, r.since_start_of_operation) is not None
            and r.war_as_operation.search(reader.norm, 0, sent.start) is not None):
        m.measure = "cumulative"
