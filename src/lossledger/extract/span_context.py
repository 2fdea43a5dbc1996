"""Spans a figure takes from around it: the dates of its clause, the list it is in, the heading above a
list and the sentence before ("The heaviest fighting was on Monday. In these clashes ..."). ``measure`` decides a
figure's own span; these are the readings of its neighbours it asks for. What a figure takes from the figures told
before it (the day of the report it goes on with, the same period's span) is read in ``figures_before``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from ..languages.grammar import PatternGrammar
from . import dates as datelib
from .appositive_start import start_in_apposition
from .body import Sentence
from .document import Mention, Reader
from .duty_clause import date_in_duty_clause
from .measure_rules import MeasureRules
from .relative_sources import date_of_later_figures_source

__all__ = ["START_REACH", "SpanContextRules", "date_role", "dates_in", "dates_of_event_before", "figure_dates",
           "heading_day", "heading_start", "joined_clause", "joined_days", "joined_months", "last_year_span",
           "line_date", "rate_restated", "day_of_event_retold", "span_told_before", "sentence_index",
           "running_totals_from_series", "span_of_lead_sentence", "start_on_or_before", "started_after_war",
           "statement_opening_span", "trailing_rate", "without_day_said"]


class SpanContextRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.next_number = g.pattern("next_number")
        self.line_date_dash = g.pattern("line_date_dash", guard=False)
        self.as_of_heading = g.pattern("as_of_heading", guard=False)
        self.rate_words = g.pattern("rate_words")
        self.in_a_day = g.pattern("in_a_day")
        self.total_cue = g.pattern("total_cue")
        self.breakdown = g.pattern("breakdown")
        self.since_or_from = g.pattern("since_or_from")
        self.reported_clause_between = g.pattern("reported_clause_between", guard=False)
        self.since_month = g.pattern("since_month")
        self.dateline_before_date = g.pattern("dateline_before_date", guard=False)
        self.dateline_after_date = g.pattern("dateline_after_date", guard=False)
        self.dateline_place_before_date = g.pattern("dateline_place_before_date", guard=False)
        self.dateline_dash_after_date = g.pattern("dateline_dash_after_date", guard=False)
        self.said_in = g.pattern("said_in")
        self.report_goes_on = g.pattern("report_goes_on")
        self.report_also_counts = g.pattern("report_also_counts")
        self.same_report_counts = g.pattern("same_report_counts")
        self.span_part_alone = g.pattern("span_part_alone", guard=False)
        self.estimate_restated = g.pattern("estimate_restated")
        self.same_span_length = g.pattern("same_span_length")
        self.as_of_between = g.pattern("as_of_between")
        self.year_span_before = g.pattern("year_span_before")
        self.reported_when = g.pattern("reported_when")
        self.report_dated = g.pattern("report_dated_before")
        self.coordinated_tail = g.pattern("coordinated_tail")
        self.loss_word = g.pattern("loss_word")
        self.on_day = g.pattern("on_day")
        self.date_join = g.pattern("date_join")
        self.started_on_before = g.pattern("started_on_before", guard=False)
        self.since_after_start = g.pattern("since_after_start", guard=False)
        self.same_period = g.pattern("same_period")
        self.respectively = g.pattern("respectively")
        self.last_year = g.pattern("last_year")
        self.said_between = g.pattern("said_between")
        self.since_word = g.pattern("since_word")
        self.figure_pointer = g.pattern("figure_pointer")
        self.counted_clause = g.pattern("counted_clause")
        self.retold_event = g.pattern("retold_event")
        self.future_openers = g.words("measure.future_openers")  # a tuple, for str.startswith
        self.clause_joint = g.pattern("clause_joint")
        self.since_strike_clause = g.pattern("since_strike_clause", guard=False)
        self.court_act_after_day = g.pattern("court_act_after_day", guard=False)
        self.saying_after_day = g.pattern("saying_after_day", guard=False)
        self.day_opening_sentence = g.pattern("day_opening_sentence", guard=False)
        self.one_strike_anaphora = g.pattern("one_strike_anaphora", guard=False)
        self.the_unit_named_before = g.pattern("the_unit_named_before")  # (read by flashback.py)


_NUMBER_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+")  # digits, or a number word in any script


def dates_in(reader: Reader, lo: int, hi: int) -> list[datelib.DateMention]:
    # reader.dates are in text order and never overlap (find_dates): bisect instead of a scan of every
    # date of the document, which made a document's cost grow with the square of its size
    found = reader.dates
    out = []
    for index in range(bisect.bisect_left(found, lo, key=_start_of), len(found)):
        d = found[index]
        if d.start > hi:
            break
        if d.end <= hi:
            out.append(d)
    return out


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def _start_of(d: datelib.DateMention) -> int:
    return d.start


def date_role(reader: Reader, d: datelib.DateMention, sent: Sentence) -> str:
    """'start' for the beginning of a span ("since February 24", "from 24 February 2022"), else 'as_of'."""
    key = (sent.start, d.start)  # asked for each figure of the sentence: the answer depends on these alone
    known = reader.date_roles.get(key)
    if known is not None:
        return known
    r = reader.grammar.rules(SpanContextRules)
    before = reader.norm[max(sent.start, d.start - 80) : d.start]
    since = None
    for match in r.since_or_from.finditer(before):
        since = match  # the last one
    role = "start" if since is not None and not r.as_of_between.search(before, since.end()) else "as_of"
    dated = r.report_dated.search(before) if role == "start" else None
    if dated is not None and since is not None and dated.start() < since.start():
        # "a Pentagon estimate from August 2023": the day of the document, no span's start (but "since the previous
        # update on April 2" is one)
        role = "as_of"
    if role == "as_of" and (_started_then_since(reader, d, sent) or start_in_apposition(reader, d, sent)):
        role = "start"
    reader.date_roles[key] = role
    return role


#: how far before a date the verb of starting may stand ("began its offensive on Avdiivka in October 2023", "launched
#: its incursion into the border region on August 6": up to ten words between)
START_REACH = 90


def _started_then_since(reader: Reader, d: datelib.DateMention, sent: Sentence) -> bool:
    """'The offensive began in June 2023, and Ukraine has since lost 100 tanks': the day a thing began, when "has
    since" follows it, is where the figure's span starts (not when it stands)."""
    r = reader.grammar.rules(SpanContextRules)
    return (r.started_on_before.search(reader.norm, max(sent.start, d.start - START_REACH), d.start) is not None
            and r.since_after_start.match(reader.norm[d.end : sent.end]) is not None)


def started_after_war(reader: Reader, m: Mention) -> bool:
    """'destroyed three ships since January': a figure whose span starts on a month (not with the war), still read
    as a running total before the dates are resolved (a later "in the same period" means that span)."""
    r = reader.grammar.rules(SpanContextRules)
    sent = m.sentence
    return (m.measure == "cumulative" and reader.sentence_search(sent, r.since_month) is not None
            and reader.scan.search("war_start", sent.start, sent.end, sliced=True) is None)


def heading_start(reader: Reader, sent: Sentence) -> dt.date | None:
    """The start of the span a list's heading gives its items ("Ukraine's losses since June 4 were:")."""
    for d in dates_in(reader, sent.start, sent.end):
        if d.date is not None and date_role(reader, d, sent) == "start":
            return d.span_start or d.date
    return None


def rate_restated(reader: Reader, sent: Sentence, abs_start: int) -> tuple[str, float | None, str] | None:
    """'officers told me Russia was losing 1,000 men a day. Today the figure is closer to 1,300': "the figure" restates
    the rate of the sentence before (its first figure, as ``loss_frame.restated_figure``), and is a rate of that unit
    too: "today" says when it stands, not that it is one day's loss."""
    last = reader.mentions[-1] if reader.mentions else None
    if last is None or last.sentence is sent or last.sentence.paragraph < sent.paragraph - 1:
        return None
    first = last
    for m in reversed(reader.mentions):  # (from the end: a document's mentions are many)
        if m.sentence is not last.sentence:
            break
        first = m
    if first.measure != "rate" or reader.grammar.rules(SpanContextRules).figure_pointer.search(
            reader.norm, sent.start, abs_start) is None:
        return None
    return "rate", first.period_days, "restated_rate"


def trailing_rate(reader: Reader, at: int, hi: int) -> re.Match[str] | None:
    """The rate words after the last number of a coordinated pair or list that starts at ``at``."""
    r = reader.grammar.rules(SpanContextRules)
    for _ in range(4):
        token = _NUMBER_TOKEN.match(reader.norm, at)
        if token is None:
            return None
        nxt = reader.search_number(r.next_number, token.end(), hi)
        own = reader.norm[token.end() : nxt.start() if nxt else hi]
        rate = r.rate_words.search(own)
        if rate is not None:
            return None if r.in_a_day.search(own) else rate
        if nxt is None or not r.coordinated_tail.fullmatch(own):
            return None
        at = nxt.start()
    return None


def heading_day(reader: Reader, sent: Sentence) -> dt.date | None:
    """The one day a list's heading gives its items: "Russia's losses on Monday were:", or "Russia lost 1,200
    soldiers on Monday. The losses included:" (a heading with no figure that breaks down a day's figure)."""
    r = reader.grammar.rules(SpanContextRules)
    for d in dates_in(reader, sent.start, sent.end):
        if (d.date is not None and d.kind in ("weekday", "weekday_date") and r.on_day.search(
                reader.norm, max(sent.start, d.start - 6), d.start)
                and not r.reported_when.search(reader.norm, max(sent.start, d.start - 40), d.start)
                and not r.report_dated.search(reader.norm, max(sent.start, d.start - 30), d.start)):
            return d.date
    # (the second pass: every mention of the document is read; the last one before this heading)
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    last = reader.mentions[index - 1] if index else None
    own = index < len(reader.mentions) and reader.mentions[index].sentence is sent
    if (last is not None and not own and last.sentence.paragraph >= sent.paragraph - 1
            and last.measure == "period" and last.period_days == 1 and last.dated
            and reader.sentence_search(sent, r.breakdown)
            and not reader.in_slice(r.total_cue, sent.start, sent.end)
            and reader.scan.search("war_start", sent.start, sent.end, sliced=True) is None):
        return last.as_of
    return None


def span_of_lead_sentence(reader: Reader, sent: Sentence) -> tuple[Sentence, datelib.DateMention] | None:
    """'Belousov alleged heavy equipment losses by Ukraine in 2025. According to his report, Ukraine lost
    103,000 units': a sentence with no figure that names the losses of a year or month leads the next one."""
    r = reader.grammar.rules(SpanContextRules)
    index = sentence_index(reader, sent.start) - 1
    if index < 0:
        return None
    before = reader.sentences[index]
    if before.paragraph != sent.paragraph or not r.loss_word.search(reader.norm, before.start, before.end):
        return None
    mention = bisect.bisect_left(reader.mentions, before.start, key=_sentence_start)
    if mention < len(reader.mentions) and reader.mentions[mention].sentence is before:
        return None  # a sentence with figures of its own dates them, not the next one
    spans = [d for d in dates_in(reader, before.start, before.end) if d.precision in ("month", "year")
             and d.span_start is not None and r.year_span_before.search(
                 reader.norm, max(before.start, d.start - 30), d.start)]
    return (before, spans[0]) if len(spans) == 1 else None


def span_told_before(reader: Reader, sent: Sentence) -> tuple[Sentence, re.Match[str]] | None:
    """'Russian forces repelled four attacks over the past day, the ministry reported. "The enemy lost 530
    servicemen," it said': the sentence just before, with no figure of its own, and the span phrase it tells the
    report's day (or week) with."""
    index = sentence_index(reader, sent.start) - 1
    if index < 0:
        return None
    before = reader.sentences[index]
    if before.paragraph < sent.paragraph - 1 or (reader.mentions and reader.mentions[-1].sentence is before):
        return None  # a sentence with figures of its own gives its span to them
    found = reader.scan.search("period_days", before.start, before.end, sliced=True)
    if found is None or reader.scan.search("war_start", before.start, before.end, sliced=True) is not None:
        return None
    return before, found


def dates_of_event_before(reader: Reader, m: Mention, sent: Sentence, back: int = 1) -> bool:
    """'The heaviest fighting was on Monday. In these clashes, Ukraine lost 1,600 men': the event the sentence
    before told of dates the figure ("since June 6" starts its span; a named day is its one day); ``back`` sentences
    before (the sentence before is 1). Whether it did."""
    r = reader.grammar.rules(SpanContextRules)
    index = sentence_index(reader, sent.start) - back
    if index < 0 or reader.sentences[index].paragraph < sent.paragraph - 2:
        return False
    before = reader.sentences[index]
    for d in dates_in(reader, before.start, before.end):
        if d.date is None or d.text.lower().startswith(r.future_openers):
            continue
        if ((date_role(reader, d, before) == "start" and not _one_strike_since(reader, d, before, sent))
                or (d.precision == "day" and d.span_start is not None)):
            m.period_start = d.span_start or d.date  # "since June 6", "from 1 to 5 June"
            return True
        if (d.precision == "day" and d.kind in ("weekday", "weekday_date", "explicit", "day_month")
                and not r.reported_when.search(reader.norm, max(before.start, d.start - 40), d.start)
                and not r.report_dated.search(reader.norm, max(before.start, d.start - 30), d.start)):
            m.as_of, m.as_of_basis, m.dated = d.date, "stated", True
            m.period_days = m.period_days or 1
            return True
        if (d.precision == "month" and m.period_start is None
                and not r.reported_when.search(reader.norm, max(before.start, d.start - 40), d.start)):
            # "A missile hit the bridge in August. Three guards were killed in that strike": a day of that month
            m.as_of, m.as_of_basis, m.dated = d.date, "stated", True
            return True
    return False


def _one_strike_since(reader: Reader, d: datelib.DateMention, before: Sentence, sent: Sentence) -> bool:
    """'closed since a missile hit it in August. Three guards were killed in that strike': the date after "since" and
    a verb of striking is that strike's too, and the figure pointing back at one strike is dated by it."""
    r = reader.grammar.rules(SpanContextRules)
    return (r.since_strike_clause.search(reader.norm, max(before.start, d.start - 80), d.start) is not None
            and r.one_strike_anaphora.search(reader.norm, sent.start, sent.end) is not None)


def _start_of_sentence(s: Sentence) -> int:
    return s.start


def sentence_index(reader: Reader, start: int) -> int:
    """The index in ``reader.sentences`` of the sentence starting at ``start`` (or of the first after it): one less
    is the sentence before."""
    return bisect.bisect_left(reader.sentences, start, key=_start_of_sentence)


_DATELINE_REACH = 40  # how far into its sentence a wire dateline's date may begin


def joined_clause(reader: Reader, sent: Sentence, at: int) -> tuple[int, int] | None:
    """The bounds of the joined clause of ``sent`` that holds the figure at ``at``, when the sentence joins clauses
    ("..., and", "; ", ", while", ", but") and the figure's and another's each hold a figure and a span of their own
    ("lost 3,600 tanks since February 2022, and in November alone it lost 97 artillery systems"): each clause's span
    is its own figures'. None when the sentence joins no such clauses (then its spans are read sentence-wide)."""
    r = reader.grammar.rules(SpanContextRules)
    if reader.sentence_search(sent, r.clause_joint) is None:
        return None
    parts = reader.joined_clauses.get(sent.start)
    if parts is None:
        parts = reader.joined_clauses[sent.start] = _clauses_with_own_spans(reader, sent)
    for lo, hi in parts:
        if lo <= at < hi:
            return lo, hi
    return None


def _clauses_with_own_spans(reader: Reader, sent: Sentence) -> list[tuple[int, int]]:
    numbers = [sent.start + n.start for n in reader.numbers_in(sent)]
    if len(numbers) < 2:
        return []
    r = reader.grammar.rules(SpanContextRules)
    joints = [j.span() for j in r.clause_joint.finditer(reader.norm, sent.start, sent.end)]
    bounds = [sent.start, *(b for span in joints for b in span), sent.end]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    # (the measure is read before the document's dates are found: the sentence's own are found here, for both)
    dated = [(sent.start + d.start, sent.start + d.end) for d in datelib.find_dates(
        reader.norm[sent.start : sent.end], published=reader.latest, war_start=reader.profile.war_start,
        grammar=reader.grammar)]
    # (a day that dates a statement is no span: "said on Tuesday that it destroyed eight tanks, ..., and 13 armoured
    # vehicles on Monday" is one list)
    dated = [(s, e) for s, e in dated if not r.reported_when.search(reader.norm, max(sent.start, s - 40), s)]
    own = [(lo, hi) for lo, hi in parts if _holds_figure_and_span(reader, numbers, dated, lo, hi)]
    return own if len(own) > 1 else []


def _holds_figure_and_span(reader: Reader, numbers: list[int], dated: list[tuple[int, int]], lo: int, hi: int
                           ) -> bool:
    spans = [(s, e) for s, e in dated if lo <= s and e <= hi]
    spans += [m.span() for kind in ("period_days", "war_start") for m in reader.scan.finditer(kind, lo, hi)]
    # (an open span, "over the quarter", bounds its clause too; but "another 14" goes on with a count, no span)
    increments = reader.grammar.rules(MeasureRules).increment_words
    spans += [m.span() for m in reader.scan.finditer("period_open", lo, hi) if m.group(0).lower() not in increments]
    if not spans:
        return False
    return any(lo <= at < hi and not any(s <= at < e for s, e in spans) for at in numbers)


def figure_dates(reader: Reader, sent: Sentence, at: int) -> list[datelib.DateMention]:
    """The dates of the sentence of the figure at ``at`` (days joined: ``joined_days``), but a month or a year a
    clause after it tells of the counted ("2,480 names, most of them volunteers who signed up in 2024"): when they
    joined, not when they were lost; and of its own clause alone where the sentence joins clauses that each count over
    a span of their own (``joined_clause``); nor a date in a clause of what the subject does ("The 47th Brigade, which
    has defended the town since 2024, lost ...": ``duty_clause``)."""
    own = joined_clause(reader, sent, at)
    found = dates_in(reader, *own) if own is not None else dates_in(reader, sent.start, sent.end)
    found = [d for d in found if not date_in_duty_clause(reader, d, sent, at)]  # "..., which has held it since 2024,"
    if found and found[-1].start > at:  # (dates are in text order: only one after the figure may be dropped)
        r = reader.grammar.rules(SpanContextRules)
        found = [d for d in found
                 if d.start < at or d.precision == "day" or not r.counted_clause.search(reader.norm, at, d.start)]
        later = [sent.start + n.start for n in reader.numbers_in(sent) if sent.start + n.start > at]
        found = [d for d in found if d.start < at or not date_of_later_figures_source(reader, later, at, d.start)]
    if len(found) > 1 and found[0].start - sent.start < _DATELINE_REACH:
        r = reader.grammar.rules(SpanContextRules)
        first = found[0]
        if (r.dateline_after_date.match(reader.norm, first.end)
                and r.dateline_before_date.fullmatch(reader.norm, sent.start, first.start)) or (
                r.dateline_dash_after_date.match(reader.norm, first.end)
                and r.dateline_place_before_date.fullmatch(reader.norm, sent.start, first.start)):
            found = found[1:]  # "KYIV, June 9 (Reuters) - ... killed five on Sunday", "LVIV, 4 November 2025 - ...
            # in October": the day the story was filed
    return joined_days(reader, sent, found)


def joined_days(reader: Reader, sent: Sentence, found: list[datelib.DateMention]) -> list[datelib.DateMention]:
    """'on Saturday and Sunday', 'on 3 and 4 May': two days joined are one run of days (a span), unless the
    sentence gives each its own figure ("respectively")."""
    r = reader.grammar.rules(SpanContextRules)
    if len(found) < 2 or reader.sentence_search(sent, r.respectively):
        return found
    out: list[datelib.DateMention] = []
    for d in found:
        last = out[-1] if out else None
        if (last is not None and last.precision == d.precision == "day" and last.span_start is None
                and last.date is not None and d.date is not None and 0 < (d.date - last.date).days <= 6
                and r.date_join.fullmatch(reader.norm, last.end, d.start)):
            out[-1] = replace(d, start=last.start, text=reader.norm[last.start : d.end], span_start=last.date)
        else:
            out.append(d)
    return out


def joined_months(reader: Reader, d: datelib.DateMention,
                   candidates: list[datelib.DateMention]) -> datelib.DateMention:
    """'in June and July': the two months as one span, from the first day of the first to the last of the last."""
    r = reader.grammar.rules(SpanContextRules)
    later = next((x for x in candidates if x.start > d.end), None)
    if (later is None or later.precision != "month" or later.date is None or d.span_start is None
            or later.span_start is None or not r.date_join.fullmatch(reader.norm, d.end, later.start)
            or not d.span_start < later.span_start <= d.span_start.replace(year=d.span_start.year + 1)):
        # ("Over August and September, Russia lost ...": the later month chosen, the one joined before it opens)
        earlier = next((x for x in reversed(candidates) if x.end <= d.start), None)
        if (earlier is None or earlier.precision != "month" or earlier.span_start is None or d.span_start is None
                or d.date is None or not r.date_join.fullmatch(reader.norm, earlier.end, d.start)
                or not earlier.span_start < d.span_start <= earlier.span_start.replace(
                    year=earlier.span_start.year + 1)):
            return d
        return replace(d, start=earlier.start, text=reader.norm[earlier.start : d.end], span_start=earlier.span_start)
    return replace(d, end=later.end, text=reader.norm[d.start : later.end], date=later.date, month=later.month,
                   year=later.year)


def last_year_span(reader: Reader, sent: Sentence, d: datelib.DateMention, abs_start: int) -> bool:
    """'Russia lost 400,000 soldiers last year': the year before is the figure's span, unless the words date a
    statement ("said last year that ...", "Last year, the ministry said ...")."""
    r = reader.grammar.rules(SpanContextRules)
    if not r.last_year.fullmatch(d.text):
        return False
    lo, hi = (d.end, abs_start) if d.end <= abs_start else (abs_start, d.start)
    return (not r.reported_when.search(reader.norm, max(sent.start, d.start - 40), d.start)
            and not r.said_between.search(reader.norm, lo, hi))


def without_day_said(reader: Reader, pool: list[datelib.DateMention], abs_start: int,
                     abs_end: int) -> list[datelib.DateMention]:
    """'said on Thursday that 174 were killed in June', '174 were killed in June, the mission said on Thursday': the
    day it was said gives way to a date after the figure (not to "since the offensive began in June", which dates a
    span's start)."""
    r = reader.grammar.rules(SpanContextRules)
    # (a day after the figure is told only by a verb of saying after the figure: in "said it shot down 40 drones on
    # Saturday" the day right after the figure's own noun phrase is the figure's)
    told = [d for d in pool if (d.end <= abs_start or d.start > abs_end)
            and (r.said_in.search(reader.norm, max(0, abs_end if d.start > abs_end else 0, d.start - 40), d.start)
                 or (d.end <= abs_start and (r.court_act_after_day.match(reader.norm, d.end, abs_start)
                                             or (r.day_opening_sentence.search(reader.norm, max(0, d.start - 6),
                                                                               d.start)
                                                 and r.saying_after_day.match(reader.norm, d.end, abs_start))
                                             or r.report_dated.search(reader.norm, max(0, d.start - 30), d.start))))]
    # (or, for a figure after the day it was said, a date before that day: "killed 41 in November, the mission said on
    # Friday, and wounded 230"; or a clause on between that day and the figure: "published on 14 January, says Ukraine
    # destroyed 11 last year and damaged another seven", not "on December 8 of this year", one date)
    if told and any(not r.since_word.search(reader.norm, abs_end, d.start) if d.start > abs_end else
                    (d.end <= told[0].start or len(reader.norm[told[-1].end:d.start].split()) > 2
                     or r.reported_clause_between.fullmatch(reader.norm, told[-1].end, d.start) is not None)
                    and told[-1].end <= abs_start
                    and not r.since_word.search(reader.norm, max(0, d.start - 30), d.start)
                    for d in pool if d not in told):
        return [d for d in pool if d not in told]
    return pool


def line_date(reader: Reader, sent: Sentence) -> datelib.DateMention | None:
    """The day that opens a timeline's line before a dash ("Sept. 21, 2022 — Putin orders mobilisation."): the
    date of each later sentence of that line that states none of its own. Else the day of a heading line right above
    the paragraph that says only as of when its figures stand ("Key figures (as of 1 December 2025)")."""
    r = reader.grammar.rules(SpanContextRules)
    opening = reader.paragraph_opening(sent)
    first = reader.sentences[opening]
    d = next(iter(dates_in(reader, first.start, first.end)), None) if first is not sent else None
    if (d is None or d.date is None or d.precision != "day" or reader.norm[first.start:d.start].strip()
            or not r.line_date_dash.match(reader.norm, d.end)):
        head = reader.sentences[opening - 1] if opening > 0 else None
        # (most lines before a paragraph end a sentence, or are long: no heading)
        if head is None or reader.norm[head.end - 1] in _SENTENCE_ENDS or head.end - head.start > _HEADING_LENGTH:
            return None
        return _heading_as_of(reader, head, r)
    return d


_SENTENCE_ENDS = frozenset(".!?:")  # the last characters of a line that is a sentence (or a list's heading), no heading
_HEADING_LENGTH = 130  # the longest heading line read for its "as of" date (the pattern's own bound)


def _heading_as_of(reader: Reader, head: Sentence, r: SpanContextRules) -> datelib.DateMention | None:
    """The day a heading line says its figures stand at ("Key figures (as of 1 December 2025)"), else None."""
    heading = r.as_of_heading.match(reader.norm, head.start, head.end)
    if heading is None:
        return None
    d = next(iter(dates_in(reader, heading.start("date"), heading.end("date"))), None)
    return d if d is not None and d.date is not None and d.precision == "day" else None


def start_on_or_before(m: Mention) -> None:
    """A yearless start put in the figure's own year when the year it was given puts it after the figure's date ("said
    on May 20, 2022, that 2,439 had surrendered since May 16": 2022-05-16): a span starts before it stands."""
    start, as_of = m.period_start, m.as_of
    if start is None or as_of is None or start <= as_of or m.extra.get("start_kind") != "day_month":
        return
    for year in (as_of.year, as_of.year - 1):
        try:
            moved = start.replace(year=year)
        except ValueError:  # 29 February
            continue
        if moved <= as_of:
            m.period_start = moved
            return


_WEAK_MEASURE_CUES = frozenset({"default", "list", "continued", "same_period", "answer_frame"})


def running_totals_from_series(reader: Reader) -> None:
    """A figure the text did not call a total or a day's losses is a running total when it is exactly
    the running total of the profile's dating series (the General Staff's) on its date (or the day before)."""
    series = reader.profile.running_totals()
    if series is None:
        return
    for m in reader.mentions:
        if (m.measure == "period" and m.measure_cue in _WEAK_MEASURE_CUES and m.side == series.side
                and m.as_of is not None and m.value_high is None
                and any(series.value_on(m.category, m.as_of - dt.timedelta(days=lag)) == m.value for lag in (0, 1))):
            m.measure, m.period_days, m.measure_cue = "cumulative", None, "series"


def day_of_event_retold(reader: Reader) -> None:
    """'A strike killed four people on Sunday. The governor said shelling had hit the town, killing four civilians
    and wounding 11': a sentence that retells in reported speech ("had hit") the toll of an event dated before (the
    same fact: side, victims and value) tells of that event, so its other figures with no date of their own take its
    day ("A drone attack killed 2 people and wounded 7" is another event)."""
    r = reader.grammar.rules(SpanContextRules)
    if not reader.folded.may_match(r.retold_event, 0, len(reader.norm)):  # (no sentence can retell an event)
        return
    undated = [m for m in reader.mentions
               if m.measure == "period" and not m.dated and m.period_days is None and m.period_start is None]
    if not undated:
        return
    dated: dict[tuple[object, ...], Mention] = {}
    for m in reader.mentions:
        if m.measure == "period" and m.dated and m.period_days == 1 and m.period_start is None:
            dated.setdefault(_fact_key(m), m)
    for m in undated:
        event = dated.get(_fact_key(m))
        if (event is None or not event.sentence.start < m.sentence.start
                or m.sentence.paragraph > event.sentence.paragraph + 3
                or not r.retold_event.search(reader.norm, m.sentence.start, m.sentence.start + m.number.start)):
            continue
        for other in undated:
            if other.sentence is m.sentence and not other.dated:
                other.as_of, other.as_of_basis, other.dated, other.period_days = event.as_of, "stated", True, 1


def _fact_key(m: Mention) -> tuple[object, ...]:
    # the key the extractor takes one fact by ("civilians" in one sentence, "people" in the next)
    return (m.side, "victims" if m.category in ("civilians", "people") else m.category, m.outcome, m.value)


def statement_opening_span(reader: Reader) -> datelib.DateMention | None:
    """The run of days ("From 8 to 14 November") the first sentence of the body dates, when it holds no figure: the
    span a statement that opens so reports on ("From 8 to 14 November, units continued the operation.")."""
    first = next((s for s in reader.sentences if s.kind != "heading"), None)
    if first is None or reader.numbers_in(first):
        return None
    runs = [d for d in dates_in(reader, first.start, first.end)
            if d.precision == "day" and d.date is not None and d.span_start is not None]
    return runs[0] if len(runs) == 1 else None
