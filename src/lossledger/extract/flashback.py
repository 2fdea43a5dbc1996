"""A paragraph that goes back in time: "Two years earlier, the bridge had cost the other side dearly. In a single
night, Russian paratroopers lost 11 armoured vehicles": the month the sentence before went back to dates the figure
of the next one that names no date of its own."""

from __future__ import annotations

import bisect

from . import dates as datelib
from .body import Sentence
from .document import Mention, Reader
from .measure_rules import MeasureRules
from .span_context import SpanContextRules, date_role, dates_in


def month_gone_back_to(reader: Reader, sent: Sentence) -> datelib.DateMention | None:
    """The one past month (not the report's own) the sentence just before, in the same paragraph and with no figure of
    its own, names, unless it names it as when something was said or the figure's span counts back from the report."""
    index = bisect.bisect_left(reader.sentences, sent.start, key=_start_of) - 1
    if index < 0:
        return None
    before = reader.sentences[index]
    if before.paragraph != sent.paragraph:
        return None
    told = bisect.bisect_left(reader.mentions, before.start, key=_sentence_start)
    if told < len(reader.mentions) and reader.mentions[told].sentence is before:
        return None  # a sentence with figures of its own dates them, not the next one
    months = [d for d in dates_in(reader, before.start, before.end) if d.precision == "month" and d.date is not None
              and date_role(reader, d, before) != "start"]  # ("its total since February 2022": a span's start)
    if len(months) != 1:
        return None
    month = months[0]
    published = reader.published
    if published is not None and month.date is not None and month.date >= published.replace(day=1):
        return None  # the report's own month: no going back
    r = reader.grammar.rules(MeasureRules)
    if r.reported_when.search(reader.norm, max(before.start, month.start - 40), month.start):
        return None  # "the governor said in April": when it was said
    cues = reader.scan.finditer("period_days", sent.start, sent.end)
    if any(r.span_from_report.search(cue.group(0)) for cue in cues):
        return None  # "Ukraine said 300 soldiers were killed over the past day": a span counted back from the report
    return month


#: the lengths in days a span of each unit may have, to know the figure before covered one such unit
_UNIT_DAYS = {"month": (28, 31), "week": (7, 7)}
_SAME_UNIT_PARAGRAPHS = 3  # how far back "the same week" may point


def span_of_the_unit_named_before(reader: Reader, m: Mention) -> Mention | None:
    """'destroyed 118 vehicles in October ... also eliminated 312 soldiers over the month': an undated figure "over the
    month" ("during the week") with no start of its own takes the span of the dated figure just before it (a paragraph
    back at most) where that span is one such month (week). A rate keeps its measure ("averaged 1,500 per day in
    November"): only a figure over a span is read, and only a span before it."""
    if m.dated or m.period_start is not None or m.measure != "period":
        return None
    sent = m.sentence
    pattern = reader.grammar.rules(SpanContextRules).the_unit_named_before
    if not reader.sentence_may_hold(sent, pattern) or (said := reader.sentence_search(sent, pattern)) is None:
        return None
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    shortest, longest = _UNIT_DAYS[said.group("unit").lower()]
    if said.group("same"):  # "in the same week": the last week told, a few paragraphs back at most
        return next((b for b in reversed(reader.mentions[max(0, index - 12):index])
                     if b.sentence.paragraph >= sent.paragraph - _SAME_UNIT_PARAGRAPHS and b.measure == "period"
                     and b.dated and b.period_start is not None and b.period_days is not None
                     and shortest <= b.period_days <= longest), None)
    before = reader.mentions[index - 1] if index else None
    if (before is None or before.sentence.paragraph < sent.paragraph - 1 or before.measure != "period"
            or not before.dated or before.period_start is None or before.period_days is None):
        return None
    return before if shortest <= before.period_days <= longest else None


def _start_of(s: Sentence) -> int:
    return s.start


def _sentence_start(m: Mention) -> int:
    return m.sentence.start
