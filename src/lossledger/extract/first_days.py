"""'Ukraine launched its incursion into Kursk on August 6, 2024. Russia lost 3,000 soldiers in the first week': the
first week (or month, or 48 hours) of an event is a span (the profile's periods give its length), which starts on the
day the text said the event started, in the figure's sentence before it, in the sentence just before, in a clause after
it ("in the first 48 hours of the push, which began on Thursday") or, for an event the phrase names ("of the
offensive"), a few paragraphs before; the span's last day is the figure's date (the spec: "as_of is the span's last
day"). Read by ``mention_dates`` where the sentence gave the figure no date of its own (grammar ``first_days_of_event``;
the verb of starting is span_context's ``started_on_before``)."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .date_mentions import DateMention
from .document import Mention, Reader
from .span_context import START_REACH, SpanContextRules, dates_in, sentence_index

__all__ = ["FirstDaysRules", "first_days_of_start_told"]


_SENTENCES_BACK = 12  # how many sentences back the start of an event a phrase names may be told
_PARAGRAPHS_BACK = 4  # ... and how many paragraphs


class FirstDaysRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.first_days_of_event = g.pattern("first_days_of_event", guard=False)


def first_days_of_start_told(reader: Reader, m: Mention, sent: Sentence, abs_start: int, war_start: dt.date,
                             after_only: bool = False) -> DateMention | None:
    """Set ``m``'s span to the first ``m.period_days`` days from the day a verb of starting dates, when its clause says
    "in the first week" (or month) of something; a start told only to the month gives no day to count from. Returns
    the day counted from (None where none was, or the war's own); ``after_only`` reads only a start told after the
    figure (where the sentence gave it dates of its own)."""
    if m.measure != "period" or not m.period_days or m.period_days <= 1:
        return None
    lo, hi = reader.clause_bounds(sent, abs_start)
    if not reader.folded.may_match(reader.grammar.rules(FirstDaysRules).first_days_of_event, lo, hi):
        return None  # (most clauses tell of no first week)
    phrase = reader.grammar.rules(FirstDaysRules).first_days_of_event.search(reader.norm, lo, hi)
    if phrase is None:
        return None
    if phrase.group("month"):
        day = m.as_of or reader.published
        if not after_only and day is not None:
            _first_days_from(m, day.replace(day=1))  # "in the first four days of the month": from its 1st
            if reader.published is not None and m.as_of is not None and m.as_of > reader.published:
                m.as_of = reader.published  # (a span still running when the text was written)
        return None
    if phrase.group("war"):
        if not after_only:
            _first_days_from(m, war_start)  # "in the first month of the war": from the war's first day
        return None
    index = sentence_index(reader, sent.start)
    before = reader.sentences[index - 1] if index > 0 else None
    spans = [] if after_only else [(sent.start, abs_start)]
    if before is not None and before.paragraph >= sent.paragraph - 1 and not after_only:
        spans.append((before.start, before.end))
    # ("... in the first 48 hours of their latest push, which began on Thursday": the start told after the figure)
    spans.append((abs_start, sent.end))
    if phrase.group("event") and not after_only:
        # "the spring offensive, which began on March 2, ... In the first 48 hours of the offensive alone": the start
        # of the event the phrase names, told a few paragraphs before
        event = phrase.group("event").lower()
        back = reader.sentences[max(0, index - _SENTENCES_BACK):max(0, index - 1)]
        spans += [(s.start, s.end) for s in reversed(back)
                  if s.paragraph >= sent.paragraph - _PARAGRAPHS_BACK and event in reader.norm[s.start:s.end].lower()]
    started_on_before = reader.grammar.rules(SpanContextRules).started_on_before
    for span_lo, span_hi in spans:
        started = [d for d in dates_in(reader, span_lo, span_hi)
                   if d.date is not None and d.precision == "day" and d.span_start is None
                   and started_on_before.search(reader.norm, max(span_lo, d.start - START_REACH), d.start)]
        if started and started[-1].date is not None:
            _first_days_from(m, started[-1].date)
            return started[-1]
    return None


def _first_days_from(m: Mention, first: dt.date) -> None:
    """``m`` is the span of its ``period_days`` days from ``first``, dated on its last day."""
    assert m.period_days is not None
    m.period_start = first
    m.as_of, m.as_of_basis, m.dated = first + dt.timedelta(days=m.period_days - 1), "stated", True
