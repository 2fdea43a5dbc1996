"""A span the sentence before gives, pointed back at: "Heavy fighting lasted from 3 May to 20 May 2024. During those
weeks the battalion lost 25 soldiers", "The siege lasted from 9 January to 17 February 2023. In that time 31 soldiers
were killed". A figure with no date of its own in a sentence that points back at a span ("during those weeks", "over
that period", "in that time") is of the one run of days (or of months) the sentence just before states, when that
sentence holds no figure whose span the pointer could mean instead."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..languages.grammar import PatternGrammar
from . import date_mentions as datelib
from .body import Sentence
from .calendar_dates import make_date
from .document import Mention, Reader
from .month_spans import run_of_months
from .span_context import START_REACH, date_role, dates_in, sentence_index

__all__ = ["SpanPointerRules", "span_pointed_back"]

_YEAR_WRITTEN = re.compile(r"\d{4}")
_OPEN_CUES = frozenset({"default", "same_period", "total", "present_perfect"})


class SpanPointerRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.pointer: re.Pattern[str] = g.pattern("span_pointer", guard=False)
        self.began_before: re.Pattern[str] = g.pattern("span_began_before", guard=False)
        self.ended_between: re.Pattern[str] = g.pattern("span_ended_between", guard=False)


def _mention_start(m: Mention) -> int:
    return m.sentence.start


def span_pointed_back(reader: Reader, m: Mention) -> datelib.DateMention | None:
    """The run of days (or months) of the sentence before that ``m``'s sentence points back at, else None."""
    if m.dated or m.period_start is not None or m.measure not in ("cumulative", "period") or (
            m.measure_cue not in _OPEN_CUES and (m.measure_cue != "period_open" or m.period_days is None)):
        return None  # ("over those 18 days": a length of its own, which the run told before must then have)
    sent = m.sentence
    if reader.grammar.rules(SpanPointerRules).pointer.search(reader.norm, sent.start, sent.end) is None:
        return None  # (most sentences point back at no span)
    index = sentence_index(reader, sent.start)
    if index == 0:
        return None
    before = reader.sentences[index - 1]
    if before.paragraph < sent.paragraph - 1:
        return None
    told = bisect.bisect_left(reader.mentions, before.start, key=_mention_start)
    if told < len(reader.mentions) and reader.mentions[told].sentence.start == before.start:
        return None  # a figure of its own: "over the same period" is that figure's span (span_context)
    found = [d for d in dates_in(reader, before.start, before.end) if d.date is not None]
    runs = [d for d in found if d.span_start is not None and (d.precision == "day" or run_of_months(d)
                                                             or d.kind == "season")]
    run = runs[0] if len(runs) == 1 and len(found) == 1 else None
    if not runs:
        run = _first_to_last(reader, before, found)  # "lasted from 9 January to 17 February 2023"
    if run is None or run.span_start is None or run.date is None or (
            m.period_days is not None and m.period_days != (run.date - run.span_start).days + 1):
        return None
    return run


def _first_to_last(reader: Reader, before: Sentence, found: list[datelib.DateMention]) -> datelib.DateMention | None:
    """'lasted from 9 January to 17 February 2023', 'began on 1 October 2024 and ended on 20 October': two days, the
    first where something starts, as one run (the first day's year from the last day's where it writes none)."""
    if len(found) != 2 or any(d.precision != "day" for d in found):
        return None
    first, last = found
    r = reader.grammar.rules(SpanPointerRules)
    if date_role(reader, first, before) != "start" and r.began_before.search(
            reader.norm, max(before.start, first.start - START_REACH), first.start) is None:
        return None
    if r.ended_between.fullmatch(reader.norm, first.end, last.start) is None:
        return None
    start, end = first.date, last.date
    assert start is not None and end is not None
    if not _YEAR_WRITTEN.search(first.text) and (written := _YEAR_WRITTEN.search(last.text)) is not None:
        start = make_date(int(written.group(0)), start.month, start.day) or start
        if start > end:
            start = make_date(start.year - 1, start.month, start.day) or start
    elif not _YEAR_WRITTEN.search(last.text) and (written := _YEAR_WRITTEN.search(first.text)) is not None:
        end = make_date(int(written.group(0)), end.month, end.day) or end
        if end < start:
            end = make_date(end.year + 1, end.month, end.day) or end
    if not start < end:
        return None
    return replace(last, start=first.start, text=reader.norm[first.start:last.end], date=end, span_start=start,
                   year=end.year)
