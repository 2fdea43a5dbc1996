"""What an undated figure takes from the figures told before it: the day of the report it goes on with, the span
or the date of a figure "over the same period", a day's figure told as a part of the total before it, the figure
before it in its sentence.

Split from ``span_context`` (the spans a figure takes from the text around it: its clause, the heading, the
sentence before) because these read the mentions already found, not the text: asked by ``mention_dates`` and
``measure`` once the figures before are read.
"""

from __future__ import annotations

import bisect
import datetime as dt

from .body import Sentence
from .document import Mention, Reader
from .measure_rules import MeasureRules
from .span_context import SpanContextRules, dates_in

__all__ = ["as_of_of_total_before", "before_in_sentence", "day_of_report_before", "day_within_total",
           "list_of_a_day", "one_day_told_before", "same_span_restated_longer", "span_of_report_before",
           "span_of_same_period_before", "span_of_same_source_before"]


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def one_day_told_before(reader: Reader, m: Mention) -> bool:
    """Is the last increment before ``m`` (in an earlier sentence, at most three paragraphs back, the running
    totals between them passed over) one day's losses of the same side?"""
    index = bisect.bisect_left(reader.mentions, m.sentence.start, key=_sentence_start)
    for before in reversed(reader.mentions[max(0, index - 8) : index]):
        if before.sentence.paragraph < m.sentence.paragraph - 3:
            return False
        if before.measure != "cumulative":
            # (not "719,490 personnel, including 1,770 over the past day": a day within the total told before)
            return (before.measure == "period" and before.period_days == 1 and before.side == m.side
                    and not day_within_total(reader, before))
    return False


_REPORT_SPANS = (1.0, 7.0)  # a day's or a week's report


def span_of_same_source_before(reader: Reader, m: Mention) -> float | None:
    """'The Zapad group eliminated up to 2,280 servicemen over the week, the ministry said. | Units of the Yug group
    destroyed three tanks': the length of the day's or week's span of the last increment before ``m`` (a sentence
    before, a paragraph back at most, the running totals between passed over) where it is the same side's loss told
    by the same source; else None."""
    index = bisect.bisect_left(reader.mentions, m.sentence.start, key=_sentence_start)
    for before in reversed(reader.mentions[max(0, index - 8) : index]):
        if before.sentence.paragraph < m.sentence.paragraph - 1:
            return None
        if before.measure != "cumulative":
            # (a sentence with no source or side of its own goes on with the report: "... over the past week, the
            # air force said. Air defences shot down 412 drones")
            same = (before.side == m.side and before.claimant is not None and before.claimant == m.claimant
                    or m.claimant is None and m.side is None and before.claimant is not None)
            same = same and before.period_days in _REPORT_SPANS and not day_within_total(reader, before)
            return before.period_days if same and before.measure == "period" else None
    return None


def day_of_report_before(reader: Reader, m: Mention) -> dt.date | None:
    """'..., the regiment said on August 28. It said a total of 72 have been killed': an undated running total of a
    sentence that goes on with the report before it ("It said", "The ministry added") is as of the day that report
    was given ("said on August 28", "said on Monday that"); so is a figure "in the same period" as the report's."""
    r = reader.grammar.rules(SpanContextRules)
    sent = m.sentence
    if ((m.measure != "cumulative" and m.measure_cue != "same_period") or m.dated
            or not r.report_goes_on.match(reader.norm, sent.start, sent.start + m.number.start)):
        return None
    i = bisect.bisect_right(reader.sentences, sent.start, key=_sentence_end) - 1
    before = reader.sentences[i] if i >= 0 else None
    if before is None or before.paragraph < sent.paragraph - 1:
        return None
    told = [d for d in dates_in(reader, before.start, before.end)
            if d.precision == "day" and d.date is not None and d.span_start is None
            and r.said_in.search(reader.norm, max(before.start, d.start - 40), d.start)]
    return told[-1].date if told else None


def span_of_report_before(reader: Reader, m: Mention) -> Mention | None:
    """'At least 230 civilians were killed in August, according to an AFP tally. The tally also counts 1,020 people
    wounded': a sentence whose subject points back at the report before and says it also counts a figure gives that
    figure the span of the report's dated figure (a paragraph before at most)."""
    r = reader.grammar.rules(SpanContextRules)
    sent = m.sentence
    if m.dated or not any(reader.sentence_may_hold(sent, opening)
                          and opening.match(reader.norm, sent.start, sent.start + m.number.start)
                          for opening in (r.report_also_counts, r.estimate_restated, r.same_report_counts)):
        return None  # ("The estimate has a 95% confidence interval of 7,600 to 10,300": the estimate's span, too)
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    before = reader.mentions[index - 1] if index else None
    # (an estimate's bounds stand as of the estimate's date, a running total's too: "died between February 2022 and
    # the end of June 2025. The estimate has a 95% confidence interval of ...")
    # (and "The same update lists 11,980 tanks destroyed": the running total of the update before, as of its day)
    measures = ("period", "cumulative") if (r.estimate_restated.match(reader.norm, sent.start)
                                            or r.same_report_counts.match(reader.norm, sent.start)) else ("period",)
    if (before is None or before.measure not in measures or not before.dated
            or before.sentence.paragraph < sent.paragraph - 1):
        return None
    return before


_SPAN_LOOK_BACK = 6  # figures back to the last of a dated span, past a running total between


def span_of_same_period_before(reader: Reader, m: Mention) -> Mention | None:
    """'"In November, the brigade's losses were 17 killed," the post said. Over the same period, its drone operators
    destroyed 9 tanks': an undated figure "over the same period" whose measure found no span length (a month named
    before is read as a span only with the dates) takes the span of the dated figure of a span just before it (two
    paragraphs back at most)."""
    r = reader.grammar.rules(SpanContextRules)
    sent = m.sentence
    if (m.dated or m.period_start is not None
            or m.measure not in ("period", "cumulative") or not reader.sentence_may_hold(sent, r.same_period)
            or reader.sentence_search(sent, r.same_period) is None):
        return None
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    before = reader.mentions[index - 1] if index else None
    if (before is not None and before.measure == "cumulative" and before.measure_cue == "war_start"
            and reader.sentence_search(sent, r.same_span_length) is not None):
        # "... between 1 March and 31 May. Since the invasion, 206 ... Over the same three months, 612": a length is no
        # running total's span, but that of the last figure of a dated span
        before = next((b for b in reversed(reader.mentions[max(0, index - _SPAN_LOOK_BACK):index - 1])
                       if b.measure == "period" and b.dated and b.period_start is not None
                       and b.sentence.paragraph >= sent.paragraph - 3), None)
        return before if before is not None and m.period_days in (None, before.period_days) else None
    part_alone = before is not None and before.measure == "period" and r.span_part_alone.search(
        reader.norm, before.sentence.start, before.sentence.start + before.number.start) is not None
    if part_alone:
        # "In the first 48 hours of the offensive alone, 38 ... 27 tanks over the same period": the span the part was
        # singled out of, told before it
        before = next((b for b in reversed(reader.mentions[max(0, index - _SPAN_LOOK_BACK):index - 1])
                       if b.measure == "period" and b.dated and b.period_start is not None
                       and not r.span_part_alone.search(reader.norm, b.sentence.start,
                                                        b.sentence.start + b.number.start)), before)
    # (the figure just before: "since February 2022 ... 790,000. ... 400,000 over the same period" is a running total)
    if (before is None or before.sentence.paragraph < sent.paragraph - 2 or before.measure != "period"
            or not before.dated or before.period_start is None):
        return None
    # (a length the figure took from that same span, as its measure read it, is no span of its own: "in three months"
    # in a headline above "between 1 March and 31 May")
    # (nor one it took from a part singled out just before it)
    return before if part_alone or m.period_days is None or m.period_days == before.period_days else None


def same_span_restated_longer(reader: Reader, m: Mention, whole: Mention) -> float | None:
    """'... 8,420 from 1 to 7 March and 7,960 from 8 to 14 March. Over the same two weeks, ...': the length a
    restated span names (14 days), where it is longer than the span of the figure just before (which it then
    takes in, ending where that one ends)."""
    stated = reader.sentence_search(m.sentence, reader.grammar.rules(SpanContextRules).same_span_length)
    if stated is None or whole.period_days is None:
        return None
    units = reader.grammar.rules(MeasureRules)
    written, unit = stated.group(1), stated.group(2).lower()
    count = int(written) if written.isdigit() else units.word_values.get(written.lower())
    days = float(count * units.span_unit_days[unit] // 1) if count else None
    return days if days is not None and days > whole.period_days else None


def as_of_of_total_before(reader: Reader, m: Mention) -> dt.date | None:
    """'... had been killed as of the end of June. It put the wounded at 950,000 over the same period': an undated
    running total "over the same period" as a dated running total told before it is as of that total's date."""
    r = reader.grammar.rules(SpanContextRules)
    sent = m.sentence
    if m.measure != "cumulative" or m.dated:
        return None
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    before = reader.mentions[index - 1] if index else None
    if (before is None or not before.dated or before.measure != "cumulative"
            or before.sentence.paragraph < sent.paragraph - 2
            or not reader.in_slice(r.same_period, *reader.clause_bounds(sent, sent.start + m.number.start))):
        return None
    return before.as_of


def _sentence_end(s: Sentence) -> int:
    return s.end


def before_in_sentence(reader: Reader, m: Mention) -> Mention | None:
    """The mention before ``m`` in its sentence (every mention is read when dates are resolved)."""
    index = bisect.bisect_left(reader.mentions, m.sentence.start, key=_sentence_start)
    before = None
    for x in reader.mentions[index:]:
        if x.sentence is not m.sentence or x.number.start >= m.number.start:
            break
        before = x
    return before


def list_of_a_day(reader: Reader, m: Mention) -> bool:
    """'On Monday, Ukraine lost 600 troops and 20 tanks': a list item after a figure read as that day's."""
    if m.measure_cue != "list":
        return False
    before = before_in_sentence(reader, m)
    return before is not None and before.measure == "period" and before.period_days == 1


def day_within_total(reader: Reader, daily: Mention) -> bool:
    """'Russia has lost 655,540 troops ... This number includes 1,230 suffered over the past day': a day's figure
    told as a part of the running total before it; the report then goes on with running totals, not the day's."""
    r = reader.grammar.rules(SpanContextRules)
    index = bisect.bisect_left(reader.mentions, daily.sentence.start, key=_sentence_start)
    whole = reader.mentions[index - 1] if index else None
    # ("amounted to 719,490 personnel, including 1,770 over the past day": the total in the same sentence)
    same = [x for x in reader.mentions[index:] if x.sentence is daily.sentence and x.number.end <= daily.number.start]
    if same:
        whole = same[-1]
    at, rules = daily.sentence.start + daily.number.start, reader.grammar.rules(MeasureRules)
    if (daily.measure_cue == "increment" and any(x.sentence is daily.sentence and x.measure == "cumulative"
                                                 for x in reader.mentions[index:index + 8])
            and any(pattern.search(reader.norm, max(daily.sentence.start, at - 25), at)
                    for pattern in (rules.increase_before, rules.change_by_before))):
        return True  # "has lost 1,088,420, up 1,230 from the day before", "rose by 1,230 to ...": the total's change
    lo = daily.sentence.start + (whole.number.end if same and whole is not None else 0)
    return (whole is not None and whole.measure == "cumulative"
            and whole.sentence.paragraph >= daily.sentence.paragraph - 1
            and r.breakdown.search(reader.norm, lo, daily.sentence.start + daily.number.start) is not None)
