"""When a figure holds: the dates of one mention (``resolve_dates``), once the document has its date.

The dates its sentence states (``span_context.figure_dates``), else the list heading's, else the publication
date, give a mention its ``as_of`` and ``period_start``; a month or a year named with it is a calendar span
("lost 23,000 in January"), and the parts of a year or a month it names ("since the beginning of the year",
"in the first three months of the year", "in the first half of the month") are spans too (``period_parts``). The measure
(``measure.measure_of``) is read before, sentence by sentence; a stated span may set it right here.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re

from . import dates as datelib
from .answer_span import answer_month
from .as_of_day import without_as_of_day
from .attack_in_month import single_attack_before
from .body import Sentence
from .bracket_dates import date_in_own_bracket
from .bracket_day_said import without_bracket_day_said
from .calendar_dates import make_date
from .day_said_before import counted_from_day_said, date_from_day_said_before
from .days_that_followed import days_that_followed
from .document import Mention, Reader
from .event_ended import event_ended_before
from .figures_before import (
    as_of_of_total_before,
    before_in_sentence,
    day_of_report_before,
    list_of_a_day,
    one_day_told_before,
    same_span_restated_longer,
    span_of_report_before,
    span_of_same_period_before,
    span_of_same_source_before,
)
from .first_days import first_days_of_start_told
from .flashback import month_gone_back_to, span_of_the_unit_named_before
from .image_date import date_from_image_before
from .label_year import months_in_label_year
from .line_sources import head_source
from .long_past import told_as_past
from .loss_frame import sentence_before
from .measure import PERIOD_DAYS
from .measure_rules import MeasureRules
from .month_spans import as_of_month_point, days_from_span_start, run_of_months
from .months_to_month import months_ending_on_month
from .named_period import period_named_before
from .period_parts import read_named_part
from .restated_whole import whole_restated
from .revised_figure import span_of_figure_revised
from .same_strike import date_of_strike_told, strike_day_told_before
from .since_then import start_told_before, war_called_operation
from .span_context import (
    date_role,
    dates_of_event_before,
    figure_dates,
    joined_months,
    last_year_span,
    line_date,
    span_of_lead_sentence,
    start_on_or_before,
    statement_opening_span,
    without_day_said,
)
from .span_pointed_back import span_pointed_back
from .toll_kept_rising import start_of_toll_kept_rising
from .toll_raised import earlier_toll_of_attack

__all__ = ["resolve_dates"]


def _end_of(d: datelib.DateMention) -> int:
    return d.end


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def _month_days(span_start: dt.date, end: dt.date) -> int:
    return (end - span_start).days + 1


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Measure cues that a stated start date overrules: none of them says the figure counts from the war's start.
_SPAN_END_REACH = 30  # how far before a span's closing date its link may stand ("to the last week of ")
_OPEN_SPAN_CUES = frozenset({"default", "list", "continued", "present_perfect", "total"})
_YEAR_WRITTEN = re.compile(r"\d{4}")  # a date written with its year (a forecast's month is then no guess)


def _event_going_on(reader: Reader, m: Mention) -> Mention | None:
    """'On Thursday, a missile hit a printing house, killing seven. Another 21 people were wounded' ('21 others were
    wounded'): a sentence that opens on one more of an attack's victims goes on with the dated victims of the sentence
    before, in its paragraph."""
    sent = m.sentence
    at = sent.start + m.number.start
    r = reader.grammar.rules(MeasureRules)
    # ("Twelve others were wounded": the number opens its sentence, right after the toll's)
    after = sent.start + m.number.end + 1
    others = not reader.norm[sent.start:at].strip() and reader.norm[after - 1:after] == " " and bool(
        r.others_after_count.match(reader.norm, after))
    if (m.measure != "period" or m.period_start is not None or not reader.profile.is_victims(m.category)
            or at - sent.start > 16 or not (others or r.increment_before.search(reader.norm, sent.start, at))):
        return None
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    told = reader.mentions[index - 1] if index else None
    if (told is None or told.sentence.paragraph != sent.paragraph or told.measure != "period" or not told.dated
            or (others and reader.norm[told.sentence.end:sent.start].strip() != "")
            or told.as_of is None or told.as_of_basis not in ("stated", "relative", "weekday_date")
            or not reader.profile.is_victims(told.category)):
        return None
    return told


def statement_span(reader: Reader, m: Mention) -> datelib.DateMention | None:
    """The run of days a body's statement covers, for a figure after its opening sentence: only a statement whose
    head names the body issuing it (``line_sources.head_source``) is read so."""
    span = statement_opening_span(reader)
    if span is None or m.sentence.start <= span.start or head_source(reader) is None:
        return None
    return span


def resolve_dates(reader: Reader, m: Mention, war_start: dt.date) -> None:
    """Fill in as_of and period_start from the dates the sentence states, else the publication date."""
    r = reader.grammar.rules(MeasureRules)
    sent = m.sentence
    abs_start = sent.start + m.number.start
    candidates = []
    found = _weeks_ending_on_days(reader, sent, figure_dates(reader, sent, abs_start))
    found = months_ending_on_month(reader, sent, found)  # "in the twelve months to June": from July before
    found = months_in_label_year(reader, m, found)  # "Summer 2023: ... in June alone": June 2023
    found = without_as_of_day(reader, m, found)  # "killed in April, ... as of 30 April": April's end
    others = _runs_of_other_figures(reader, sent, found, abs_start, sent.start + m.number.end)
    own_end = reader.clause_bounds(sent, abs_start)[1] if m.measure_cue == "standing_state" else sent.end
    for d in found:
        if m.measure_cue == "standing_state" and (d.end <= abs_start or d.start >= own_end) and (
                d.span_start or d.precision != "day"):
            continue  # "... this year alone, and 26 more are listed as missing": the item before's span, not its (nor
            # the span of the clause after it: "are held as prisoners of war; 1,150 were returned in May")
        if others and d.start in others:
            continue  # "lost 8,420 from 1 to 7 March and 7,960 from 8 to 14 March": the other figure's days
        if d.text.lower().startswith(r.future_openers):
            continue  # a future date is not the date of a loss figure
        if r.comparison_before.search(reader.norm, max(sent.start, d.start - 30), d.start):
            continue  # "a 20% increase from February": the date of another figure
        whole = m.extra.get("whole_words")
        if isinstance(whole, tuple) and whole[0] <= d.start < whole[1] and not r.supplied_in_whole.search(
                reader.norm, whole[0], d.start):
            continue  # "of the 3,800 men on its rolls in January, 2,300 had been killed": when the whole was counted
            # (but "of the 120 vehicles delivered this year, nine have been lost": lost within the span they came in)
        if d.span_start is not None and (d.precision == "day" or (  # (or a run of months after "from")
                run_of_months(d) and date_role(reader, d, sent) == "start")):
            if d.end <= abs_start and r.bring_total.search(reader.norm, d.end, abs_start) is not None:
                continue  # "lost 7,140 from October 13 to 19, bringing its total to ...": the increase's days only
            if d.end <= abs_start and r.compared_rate_before.search(reader.norm, max(d.end, abs_start - 40), abs_start):
                continue  # "In the week to Sunday, ... 6,840, down from 7,900 the week before": the first figure's days
            # "From 1 to 28 February 2023, the mission recorded 589 casualties": a run of days is the span
            m.period_start, m.extra["span_end"] = m.period_start or d.span_start, True
            candidates.append(d)
            continue
        if d.start > abs_start and r.part_before_date.search(reader.norm, _sentence_start(m) + m.number.end, d.start):
            continue  # "260 killed since the invasion, 41 of them since January", "610 of them last year": the part's
        if d.end <= abs_start and _whole_before_part(reader, m, d, abs_start):
            continue  # "lost since February 2022, 410 of them since June": the whole's start, the part has its own
        told_then = d.end <= abs_start and r.when_after.match(reader.norm, d.end) is not None
        if date_role(reader, d, sent) == "start" and not told_then:
            if d.start > abs_start and r.not_updated.search(reader.norm, reader.clause_bounds(sent, abs_start)[0],
                                                           abs_start):
                continue  # "has not updated its figure of 5,937 since September 2022": the silence's start
            # (told_then: "the highest since October 19, when it said Russia had lost 1,380": that figure's date)
            if d.start > abs_start and r.bring_total.search(reader.norm, abs_start, d.start):
                continue  # "lost 640 on Monday, bringing its losses since 24 February 2022 to ...": the total's
            if d.end <= abs_start and (bring := r.bring_total.search(reader.norm, d.end, min(sent.end, abs_start + 60))
                                       ) is not None and bring.start() < abs_start:
                continue  # "three since January, bringing to 29 the number ...": the increase's span, not the total's
            if d.start > abs_start and r.record_before_since.search(reader.norm, max(abs_start, d.start - 60), d.start):
                continue  # "183 killed in May, the highest monthly toll since mid-2022": the record's bound
            if m.period_days is not None and r.clause_closed_before.search(reader.norm, d.end, abs_start):
                continue  # "the total since the invasion began in February 2022; the losses over the past day were
                # 1,190": a start in a clause closed before, for a figure whose own clause counts its span
            if d.date and (m.period_start is None or (  # "since the start of the summer offensive on May 18": the
                    m.extra.get("start_kind") == "season" and d.precision == "day")):  # event's day, not its season's
                m.period_start = d.span_start or d.date
                if (d.precision == "month" and d.span_start is not None
                        and r.mid_month.search(reader.norm, max(sent.start, d.start - 6), d.start)):
                    m.period_start = d.span_start.replace(day=15)  # "since mid-May"
                if (d.precision == "month" and d.span_start is not None and (week := r.week_start_before.search(
                        reader.norm, max(sent.start, d.start - 20), d.start)) is not None):
                    # "from the second week of January": the 8th
                    m.period_start = d.span_start.replace(day=1 + 7 * (r.part_ordinals[week["which"].lower()] - 1))
                if d.span_start is not None and d.span_start <= war_start <= d.date:
                    m.period_start = war_start  # "since February 2022": since the war began
                m.extra["start_kind"] = d.kind
            elif d.date is None and d.day is not None:
                m.extra["start_kind"] = "yearless"  # "since June 4" in a text whose year is unknown
            continue
        if (d.end <= abs_start and d.date is not None and (d.span_start or d.date) <= war_start <= d.date
                and r.war_start_clause_before.search(reader.norm, max(sent.start, d.start - 90), d.start)):
            continue  # "The war, which began in February 2022, has killed ...": the war's start, not the figure's span
        candidates.append(d)
    if not candidates and m.period_start is None:
        start_told_before(reader, m, sent, abs_start, war_start)  # "X began in June 2023. Since then, ... lost 90"
        first_days_of_start_told(reader, m, sent, abs_start, war_start)  # "began on 6 August. ... in the first week"
    elif m.period_start is None and (first := first_days_of_start_told(reader, m, sent, abs_start, war_start,
                                                                        after_only=True)) is not None:
        candidates = [d for d in candidates if d is not first]  # "in the first 48 hours of the push, which began on"
    war_called_operation(reader, m, sent)  # "since the start of the operation", the war named so before
    if candidates and strike_day_told_before(reader, m, sent, candidates):
        candidates = []  # "A missile hit the village last Thursday. The governor said Monday that the strike killed 4"
    if not candidates and m.period_start is None and m.measure == "period" and reader.in_slice(
            r.event_anaphora, *reader.clause_bounds(sent, abs_start)):
        if not dates_of_event_before(reader, m, sent) and not (
                # "... on Monday. On that day alone they lost 900 men. Among the 31 tanks destroyed that day": the
                # sentence before points back in turn, at the day of the one before it
                (pointed := sentence_before(reader, sent)) is not None
                and reader.in_slice(r.event_anaphora, pointed.start, pointed.end)
                and dates_of_event_before(reader, m, sent, back=2)):
            date_of_strike_told(reader, m, sent)  # "... said Monday that the strike killed 4. ... in the same strike"
    elif (m.period_start is None or (m.measure == "cumulative" and m.period_start == war_start)) and (
            date_from_day_said_before(reader, m, sent, abs_start, candidates)):  # (a total since the war began too)
        candidates = []  # "The ministry said that day that ... overnight": the day before, its night counted from it
    elif not candidates and m.period_start is None and (m.measure != "cumulative" or m.measure_cue == "default"):
        date_from_image_before(reader, m, sent)  # "Imagery captured on 29 August shows ... Two more were damaged"
    year_line = m.extra.get("year_line")
    if isinstance(year_line, re.Match):
        year = int(year_line.group("year"))
        inner = [d for d in candidates
                 if d.start < sent.start + year_line.end() and d.date and d.precision == "day"]
        m.period_start = dt.date(year, 1, 1)
        m.as_of = inner[0].date if inner else dt.date(year, 12, 31)
        m.as_of_basis, m.dated = "stated", True
        if m.measure == "cumulative":
            m.measure = "period"
        return
    told = [d for d in candidates if d.start > abs_start
            and r.reported_when.search(reader.norm, max(sent.start, d.start - 40), d.start)]
    spans = [d for d in candidates if d.precision == "month" and abs_start < d.start < told[0].start] if told else []
    if spans:
        # "lost 31,470 troops in November alone, the ministry said this week": the month between the figure and the
        # time it was said is its span; when it was said is not
        candidates = [d for d in candidates if d not in told]
    chosen = _choose_date(reader, m, sent, abs_start, candidates) if candidates else None
    if chosen is not None and chosen.kind == "relative":
        chosen = counted_from_day_said(reader, chosen, candidates, abs_start)  # "said on Sunday that ... overnight"
    # "in June and July" is one span (but "in July and August, with 1,520 and 1,517 respectively" is two)
    if (chosen is not None and chosen.precision == "month"
            and not reader.sentence_search(sent, r.respectively)):
        chosen = joined_months(reader, chosen, candidates)
    if chosen is None and not candidates:
        chosen = line_date(reader, sent)  # "Sept. 21, 2022 — Putin orders ... Shoigu says 5,800 ...": the line's
    if chosen is None and m.measure_cue == "answer_frame" and (asked := answer_month(reader, sent)) is not None:
        # "Q: How hard was last month? / A: ... My battalion lost nine men": the month asked about, its own length
        m.dated, m.period_days = True, None
        _calendar_span_claim(reader, m, *asked)
    if chosen is None and m.measure == "cumulative" and m.measure_cue == "default" and m.period_start is None:
        lead = span_of_lead_sentence(reader, sent) or answer_month(reader, sent)  # (or the month an answer is about)
        if lead is not None:
            m.dated = True
            _calendar_span_claim(reader, m, *lead)
    if m.period_start is not None:
        # "between the start of the invasion in February 2022 and December 2025": the span's end dates the
        # figure, not the day the report came out
        ends = [d for d in candidates
                if r.span_end_before.search(reader.norm, max(sent.start, d.start - _SPAN_END_REACH), d.start)]
        if ends:
            chosen = ends[-1]
            m.extra["span_end"] = True
            if m.measure_cue == "period_phrase" and r.span_end_week_before.search(
                    reader.norm, max(sent.start, chosen.start - 20), chosen.start):
                m.period_days = None  # "to the last week of April": the span's end, counted from its start below
    if (chosen is not None and m.measure == "period" and m.period_days == PERIOD_DAYS["month"]
            and r.month_to_report.fullmatch(chosen.text) and reader.published is not None):
        # "lost 30,000 over the past month": the month that runs up to the report, not the calendar month before
        chosen = None
        m.as_of, m.as_of_basis, m.dated = reader.latest or reader.published, reader.published_basis, True
    if (chosen is not None and chosen.precision == "year" and r.last_year.fullmatch(chosen.text)
            and m.measure in ("cumulative", "period")
            and m.measure_cue in ("default", "list", "period_open", "present_perfect")
            and reader.published is not None
            and r.year_to_report.search(reader.norm, max(sent.start, chosen.start - 12), chosen.start)
            and chosen.text.lower().startswith(r.past_openers)):
        # "lost 400,000 in the past year": the year that runs up to the report
        chosen = None
        m.measure, m.period_days = "period", 365.0
        m.as_of, m.as_of_basis, m.dated = reader.latest or reader.published, reader.published_basis, True
    if chosen is not None:
        m.dated = True
        if chosen.precision == "month" or (chosen.precision == "year" and (r.year_span_before.search(
                reader.norm, max(sent.start, chosen.start - 30), chosen.start) or r.this_year.fullmatch(chosen.text)
                or r.year_before_named.fullmatch(chosen.text) or last_year_span(reader, sent, chosen, abs_start))):
            # ("up from 18,900 the year before": the whole year before the one named last, as "in 2024" is)
            _calendar_span_claim(reader, m, sent, chosen)
        elif chosen.date is not None:
            if (m.measure == "cumulative" and (m.measure_cue == "default" or list_of_a_day(reader, m))
                    and chosen.precision == "day" and chosen.span_start is None
                    and chosen.kind in ("weekday", "weekday_date", "relative")
                    and not r.reported_when.search(reader.norm, max(sent.start, chosen.start - 40), chosen.start)
                    and not r.report_dated.search(reader.norm, max(sent.start, chosen.start - 30), chosen.start)
                    and not r.level_verb_before.search(reader.norm, max(sent.start, abs_start - 40), abs_start)
                    and not (r.day_of_standing.fullmatch(chosen.text)  # "I put it at 85,000 today": the day it stands
                             and r.figure_pointer.search(reader.norm, sent.start, abs_start))
                    and not _day_dates_statement(reader, sent, chosen, abs_start)):
                # "Russia lost 1,200 soldiers on Monday": losses within a named day, not a statement's date (nor the
                # day a level stood at: "losses stood at 11,400 on Sunday")
                m.measure, m.period_days = "period", 1
            elif (m.measure == "period" and m.period_days is None and m.period_start is None
                  and m.measure_cue != "month" and chosen.precision == "day"
                  and r.on_day.search(reader.norm, max(sent.start, chosen.start - 6), chosen.start)
                  and not r.reported_when.search(reader.norm, max(sent.start, chosen.start - 40), chosen.start)
                  and not r.report_dated.search(reader.norm, max(sent.start, chosen.start - 30), chosen.start)
                  and not r.level_verb_before.search(reader.norm, max(sent.start, abs_start - 40), abs_start)
                  and not r.level_before_day.search(reader.norm, max(sent.start, chosen.start - 60), chosen.start)):
                # "lost 140 vehicles in the battles on Monday", "an attack on 23 May killed three": one day's event
                # (not "the strike's toll rose to 14 on Tuesday, including three children": the day the toll stood at)
                m.period_days = 1
            m.as_of = _year_from_context(reader, chosen) or chosen.date
            start_on_or_before(m)
            m.as_of_basis = {"weekday_date": "weekday_date", "weekday": "relative", "relative": "relative",
                             "year": "stated_year"}.get(chosen.kind, "stated")
            if (m.measure == "period" and m.period_days == PERIOD_DAYS["week"] and reader.published is not None
                    and r.week_to_report.fullmatch(chosen.text)):
                # "lost 3,000 soldiers last week": the week that runs up to the report, as "the past week" does
                m.as_of, m.as_of_basis = reader.latest or reader.published, reader.published_basis
    elif (whole := earlier_toll_of_attack(reader, m)) is not None:
        # "A drone attack on Kharkiv on Thursday killed 12 people. Early reports had put the toll at four dead": the
        # attack's day
        m.as_of, m.as_of_basis, m.dated = whole.as_of, whole.as_of_basis, True
        m.period_start, m.period_days = whole.period_start, whole.period_days
    elif ((m.measure, m.measure_cue) in (("period", "continued"), ("period", "event"), ("cumulative", "default"),
                                         ("cumulative", "total"), ("cumulative", "list_heading"))
          and (whole := span_of_report_before(reader, m)) is not None):
        # "... killed in August, according to an AFP tally. The tally also counts 1,020 wounded": the report's span
        m.measure, m.as_of, m.as_of_basis, m.dated = whole.measure, whole.as_of, whole.as_of_basis, True
        m.period_start, m.period_days = whole.period_start, whole.period_days
    elif ((m.measure, m.measure_cue) in (("period", "continued"), ("period", "event"), ("cumulative", "default"),
                                         ("cumulative", "continued"), ("cumulative", "total"))
          and r.among_them.match(reader.norm, sent.start)):  # ("Of the tanks, 71 ..., the tally shows": the tally's)
        # "In March, ... killed and injured over 600 civilians. Among them, 57 were children", "Among the wounded
        # are 10 children" after a toll since a date (or a strike's toll on a day): the part's span
        whole = whole_restated(reader, sent, r.among_them.match(reader.norm[sent.start:sent.end])) or next(
            (x for x in reversed(reader.mentions) if x.sentence.start < sent.start), None)  # (or the whole named again)
        if whole is not None and whole.measure == "period" and (whole.dated or whole.period_start is not None):
            m.measure, m.as_of, m.as_of_basis, m.dated = "period", whole.as_of, whole.as_of_basis, True
            m.period_start, m.period_days = m.period_start or whole.period_start, m.period_days or whole.period_days
    elif (m.measure == "cumulative" or m.period_days == 1) and r.figure_includes.match(reader.norm, sent.start):
        # "... estimated on Sunday that Russia has lost 885,430 troops. This number includes 1,330 casualties ... over
        # the past day": a part of the figure before, with no date of its own, is as of the day that figure was given
        index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
        whole = reader.mentions[index - 1] if index else None
        if (whole is not None and whole.dated and whole.as_of is not None and whole.as_of_basis != "stated_month"
                and whole.sentence.paragraph >= sent.paragraph - 1):
            m.as_of, m.as_of_basis, m.dated = whole.as_of, whole.as_of_basis, True
    elif r.part_of_whole.match(reader.norm, sent.start + m.number.end):
        # "Nearly 8,000 of the deaths were in the east": a part of the figure told before, as of its date (the whole
        # before it in its own sentence, if any: "118 tanks lost, 41 of them abandoned")
        index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
        whole = before_in_sentence(reader, m) or (reader.mentions[index - 1] if index else None)
        if (whole is not None and whole.dated and whole.sentence.paragraph >= sent.paragraph - 2
                and (whole.measure == m.measure or (m.measure, whole.measure) == ("cumulative", "period"))):
            m.measure, m.as_of, m.as_of_basis, m.dated = whole.measure, whole.as_of, whole.as_of_basis, True
            m.period_start, m.period_days = m.period_start or whole.period_start, m.period_days or whole.period_days
    elif m.measure_cue == "list" and (before := before_in_sentence(reader, m)) is not None and before.dated \
            and (before.measure == m.measure or (m.measure, before.measure) == ("cumulative", "period")) \
            and not before.extra.get("span_end"):
        # "Nearly 8,000 of the deaths were in the east and more than 2,000 in the south": the list's date (and
        # the span its first item was given from the sentence before)
        m.measure, m.as_of, m.as_of_basis, m.dated = before.measure, before.as_of, before.as_of_basis, True
        m.period_start, m.period_days = m.period_start or before.period_start, m.period_days or before.period_days
    elif (run := period_named_before(reader, m)) is not None and run.date is not None and run.span_start is not None:
        # "Methods: ... between 24 February 2022 and 31 December 2024 ... killed 8,640 over the study period": that run
        m.measure, m.as_of, m.as_of_basis, m.dated = "period", run.date, "stated", True
        m.period_start, m.period_days = run.span_start, _month_days(run.span_start, run.date)
    elif (whole := span_of_same_period_before(reader, m)) is not None:
        # "In November, the brigade's losses were 17 killed. Over the same period, it destroyed 9 tanks": that span
        m.measure, m.as_of, m.as_of_basis, m.dated = "period", whole.as_of, whole.as_of_basis, True
        m.period_start, m.period_days = whole.period_start, whole.period_days
        if whole.as_of is not None and (longer := same_span_restated_longer(reader, m, whole)) is not None:
            # "Over the same two weeks" after a week's figure: the two weeks that end where that week ends
            m.period_start, m.period_days = whole.as_of - dt.timedelta(days=longer - 1), longer
    elif (whole := span_of_the_unit_named_before(reader, m)) is not None:
        # "destroyed 118 vehicles in October ... also eliminated 312 soldiers over the month": that month
        m.as_of, m.as_of_basis, m.dated = whole.as_of, whole.as_of_basis, True
        m.period_start, m.period_days = whole.period_start, whole.period_days
    elif (span := span_pointed_back(reader, m)) is not None:
        # "Heavy fighting lasted from 3 May to 20 May 2024. During those weeks the battalion lost 25 soldiers"
        m.measure, m.as_of, m.as_of_basis, m.dated = "period", span.date, "stated", True
        m.period_start, m.period_days = span.span_start, _month_days(span.span_start, span.date)  # type: ignore[arg-type]
    elif (followed := days_that_followed(reader, m)) is not None:
        # "... on 8 June 2023 ... Oryx recorded 31 tanks lost in the eleven days that followed": the days after it
        m.period_start, m.as_of, m.as_of_basis, m.dated = followed[0], followed[1], "stated", True
    elif ((m.measure, m.measure_cue) in (("cumulative", "default"), ("period", "default"), ("period", "event"))
          and m.period_days is None and (span := statement_span(reader, m)) is not None):
        # "Ministry of Defence ... / From 8 to 14 November, units continued the operation. ... The enemy lost up to
        # 1,340 servicemen", "Air defence means shot down 12 missiles": a body's statement that opens on the run of
        # days it covers gives them to its figures with no span of their own
        m.measure, m.as_of, m.as_of_basis, m.dated = "period", span.date, "stated", True
        m.period_start, m.period_days = span.span_start, _month_days(span.span_start, span.date)  # type: ignore[arg-type]
    elif m.sentence.kind == "list_item" or m.rule in ("bulletin_item", "bulletin_delta"):
        # the list heading's date ("as of the morning of April 23", "from 24.02 to 23.04")
        ctx_date = reader.list_context.get("as_of")
        if isinstance(ctx_date, dt.date):
            m.as_of, m.as_of_basis, m.dated = ctx_date, "stated", True
        start = reader.list_context.get("start")
        if (isinstance(start, dt.date) and m.rule not in ("bulletin_item", "bulletin_delta")
                and m.measure == "cumulative" and m.measure_cue in ("list_heading", "default", "list")):
            # "Ukraine's losses since June 4 were:" heads the figures of that span (one that starts with the war
            # is set back to a running total below)
            m.measure, m.period_start, m.extra["start_kind"] = "period", start, "heading"
        day = reader.list_context.get("day")
        if (isinstance(day, dt.date) and m.rule not in ("bulletin_item", "bulletin_delta")
                and m.measure == "cumulative" and m.measure_cue in ("list_heading", "default", "list")):
            # "Russia's losses on Monday were:" heads that day's figures
            m.measure, m.period_days, m.as_of, m.as_of_basis, m.dated = "period", 1, day, "stated", True
    elif (m.measure == "period" and not m.dated and m.period_start is None and not candidates
          and (gone_back := month_gone_back_to(reader, sent)) is not None):
        # "Two years earlier, the bridge had cost them dearly. In a single night, they lost 11 armoured vehicles"
        m.as_of, m.as_of_basis, m.dated = gone_back.date, "stated", True
    if m.as_of is None and m.period_start is None:
        span_of_figure_revised(reader, m)  # "He has since raised it to 11": the span of the figure it changed
    if (start_of_toll := start_of_toll_kept_rising(reader, m)) is not None:
        m.measure, m.period_start = "period", start_of_toll  # "... the toll has kept climbing. At least 58 drowned"
    if m.as_of is None and (event := _event_going_on(reader, m)) is not None:
        m.as_of, m.as_of_basis, m.dated = event.as_of, event.as_of_basis, True  # "Another 21 were wounded": its day
    if m.as_of is None and (told_on := day_of_report_before(reader, m)) is not None:
        m.as_of, m.as_of_basis, m.dated = told_on, "stated", True  # "It said a total of 72 ...": the report's day
    if m.as_of is None and (total_as_of := as_of_of_total_before(reader, m)) is not None:
        m.as_of, m.as_of_basis, m.dated = total_as_of, "stated", True  # "... over the same period": the total's date
    if m.as_of is None and m.measure != "projection" and reader.published is not None:
        m.as_of, m.as_of_basis = reader.published, reader.published_basis
    if m.measure == "projection" and chosen is not None:
        _month_ahead(reader, m, chosen)
    if (m.as_of is not None and reader.latest is not None and m.as_of > reader.latest
            and not (m.measure == "projection" and chosen is not None)):
        m.as_of = reader.latest  # "so far in April": a figure is never dated after its report (a forecast may be)
    _same_span_another_year(reader, m)
    # "from 24 February 2022 to 5 March 2023": a span that starts with the war is the running total
    if (m.measure == "period" and m.period_start is not None and abs((m.period_start - war_start).days) <= 1
            and m.measure_cue not in ("delta", "period_phrase", "increment", "dated_list_item", "rate")):
        m.measure, m.period_days = "cumulative", None
    # "lost 4,700 servicemen in the Kursk region since August 6": a span that starts after the war did
    # ("since ... a year ago" is too rough a start to tell)
    if (m.measure == "cumulative" and m.measure_cue in _OPEN_SPAN_CUES and (
            (m.period_start is not None and m.period_start > war_start + dt.timedelta(days=1)
             and m.extra.get("start_kind") != "relative") or m.extra.get("start_kind") == "yearless")):
        m.measure, m.period_days = "period", None
    if (m.extra.get("span_end") and m.measure == "period" and m.period_start is not None
            and (m.period_days is None or (m.period_days == 1 and m.measure_cue in ("default", "total", "war_start")
                                           and m.period_start > war_start + dt.timedelta(days=1)))
            and m.as_of is not None and m.as_of >= m.period_start):
        # "between March 1 and August 31"; "lost 7,140 from October 13 to October 19, ..., bringing its total (since
        # February 2022) to": the days stated outrank a day's increment that daily updates told of elsewhere
        m.period_days = float((m.as_of - m.period_start).days + 1)
    if (((m.measure == "period" and m.period_days is None) or (m.measure, m.measure_cue) == ("cumulative", "default"))
            and m.period_start is None and not m.dated
            and (m.measure_cue == "increment" or reader.in_slice(r.also, sent.start, sent.end))
            # (but "The ministry also put Russian losses at 11,742 tanks": a level put at a figure, a running total;
            # "also" carries the report's source, not its day)
            and not (m.measure_cue != "increment"
                     and r.losses_put_at.search(reader.norm, max(sent.start, abs_start - 90), abs_start))
            and one_day_told_before(reader, m)):
        # "Six more armoured vehicles were also destroyed", "Russia also lost 510 soldiers", after the day's first
        # figure: the same day's report goes on
        m.measure, m.period_days = "period", 1
    elif (((m.measure == "cumulative" and m.measure_cue in ("default", "list"))
           # (or an attack's open span: "... over the past week, the air force said. Air defences shot down 412
           # drones", "Its air defences also downed 412 drones and 31 missiles")
           or (m.measure == "period" and m.period_days is None and m.measure_cue in ("event", "list")))
          and m.period_start is None and not m.dated
          and r.active_past_loss_before.search(reader.norm, max(sent.start, abs_start - 160), abs_start)
          and (days := span_of_same_source_before(reader, m)) is not None):
        # "... over the week, the ministry said. Units of the Yug group destroyed three tanks": the report goes on
        m.measure, m.period_days = "period", days
    read_named_part(reader, m, sent, abs_start)  # "since the beginning of the year", "in Q2 2025": the span


def _whole_before_part(reader: Reader, m: Mention, d: datelib.DateMention, abs_start: int) -> bool:
    """Whether ``d`` ends the whole's clause right before the part ``m`` counts, which has a span of its own after
    it ("3,900 lost since February 2022, 410 of them since June": February is the whole's)."""
    r = reader.grammar.rules(MeasureRules)
    return (_CLAUSE_MARK.fullmatch(reader.norm, d.end, abs_start) is not None
            and r.part_before_span.match(reader.norm, _sentence_start(m) + m.number.end) is not None)


_CLAUSE_MARK = re.compile(r"\s*[,;]\s*")


def _weeks_ending_on_days(reader: Reader, sent: Sentence, found: list[datelib.DateMention]
                          ) -> list[datelib.DateMention]:
    """'in the week to 7 March', 'in the week ending Sunday': the day named closes a run of seven days."""
    r = reader.grammar.rules(MeasureRules)
    out = found
    for i, d in enumerate(found):
        if (d.precision == "day" and d.date is not None and d.span_start is None
                and r.week_ending_before.search(reader.norm, max(sent.start, d.start - 24), d.start)):
            if out is found:
                out = list(found)
            out[i] = dataclasses.replace(d, span_start=d.date - dt.timedelta(days=6))
    return out


def _runs_of_other_figures(reader: Reader, sent: Sentence, found: list[datelib.DateMention], abs_start: int,
                           abs_end: int) -> set[int]:
    """Where the runs of days that are not the figure's own start, when its sentence gives two or more ("Russia lost
    8,420 soldiers from 1 to 7 March and 7,960 from 8 to 14 March"; "From 1 to 7 March it lost 8,420, and from 8 to
    14 March 7,960"): each figure's is the run on the side the sentence puts them (after its figures, or before) and
    nearest it; runs after a colon that follows the figure are those of the parts listed there ("killed 61, the UN
    said: 34 from 1 to 7 March and 27 from 8 to 14 March")."""
    runs = [d for d in found if d.precision == "day" and d.span_start is not None]
    if len(runs) < 2:
        return set()  # (most sentences give one run of days at most)
    listed = [d for d in runs if d.start >= abs_end and ":" in reader.norm[abs_end:d.start]]
    own = [d for d in runs if d not in listed]
    if not own:
        return {d.start for d in listed}
    numbers = reader.numbers_in(sent)
    runs_lead = bool(numbers) and runs[0].start < sent.start + numbers[0].start
    if runs_lead:
        side = [d for d in own if d.end <= abs_start]
        keep = side[-1] if side else min(own, key=lambda d: d.start - abs_end)
    else:
        side = [d for d in own if d.start >= abs_end]
        keep = side[0] if side else max(own, key=lambda d: d.end)
    return {d.start for d in runs if d is not keep}


def _month_ahead(reader: Reader, m: Mention, d: datelib.DateMention) -> None:
    """'could pass one million by December', said in June: a forecast's month with no year is the next such month
    (the same month while it runs), not the last one that has begun."""
    reference = reader.latest or reader.published
    if (m.as_of is None or reference is None or d.precision != "month" or _YEAR_WRITTEN.search(d.text)
            or m.as_of >= reference.replace(day=1)):
        return
    year = m.as_of.year + 1
    m.as_of = m.as_of.replace(year=year, day=min(m.as_of.day, calendar.monthrange(year, m.as_of.month)[1]))
    if m.period_start is not None and d.span_start is not None and m.period_start >= d.span_start:
        m.period_start = m.period_start.replace(year=m.period_start.year + 1, day=1)


def _day_dates_statement(reader: Reader, sent: Sentence, d: datelib.DateMention, number_at: int) -> bool:
    """"On Thursday, the General Staff said Russia had lost 1,187,320 troops", "On 4 December, it put Russia's losses
    at ...": a day that opens a sentence before its source and a verb of saying dates the statement of a running total
    (a perfect's, or a side's losses put at a level), not a day's losses."""
    r = reader.grammar.rules(MeasureRules)
    if d.end > number_at or r.said_after_date.match(reader.norm, d.end, number_at) is None:
        return False
    return (r.losses_put_at.search(reader.norm, d.end, number_at) is not None
            or r.perfect_tense.search(reader.norm, d.end, reader.clause_bounds(sent, number_at)[1]) is not None)


def _year_from_context(reader: Reader, d: datelib.DateMention) -> dt.date | None:
    """'On March 1, 2022, ... by March 3, the figure was revised': a yearless date close after a
    full one belongs to the same year, not to the publication's."""
    r = reader.grammar.rules(MeasureRules)
    if d.kind != "day_month" or d.date is None:
        return None
    # the dates ending in (d.start - 400, d.start], found by bisection (their ends are in text order too)
    window = reader.dates[bisect.bisect_right(reader.dates, d.start - 400, key=_end_of):
                          bisect.bisect_right(reader.dates, d.start, key=_end_of)]
    earlier = [x for x in window if x.end <= d.start and d.start - x.end < 400 and x.date is not None
               and x.kind in ("explicit", "numeric", "weekday_date") and x.precision == "day"
               and not r.since_or_from.search(reader.norm, max(0, x.start - 80), x.start)]
    if not earlier or earlier[-1].date is None or earlier[-1].date.year == d.date.year \
            or told_as_past(reader.norm, earlier[-1], reader.grammar):  # ("back on 3 March 2023", "Last May, on ...")
        return None
    try:
        return d.date.replace(year=earlier[-1].date.year)
    except ValueError:  # 29 February
        return None


def _choose_date(reader: Reader, m: Mention, sent: Sentence, abs_start: int,
                 candidates: list[datelib.DateMention]) -> datelib.DateMention | None:
    r = reader.grammar.rules(MeasureRules)
    if reader.sentence_search(sent, r.respectively):
        same = [x for x in reader.mentions + [m] if x.sentence is sent]
        idx = next((i for i, x in enumerate(same) if x is m), 0)
        return candidates[min(idx, len(candidates) - 1)]
    lo, hi = reader.clause_bounds(sent, abs_start)
    in_clause = [d for d in candidates if lo <= d.start < hi]
    abs_end = sent.start + m.number.end
    # "6,420 in the past week, down from 7,310 the week before": a date after the figure compared with it is its own
    # (and leaves the day it was said to none: "said casualties in February averaged 1,260, down from 1,520 in January")
    pool = [d for d in in_clause or candidates
            if d.start < abs_end or not r.compared_figure.search(reader.norm, abs_end, d.start)]
    pool = without_day_said(reader, pool, abs_start, abs_end)
    pool = without_bracket_day_said(reader, pool, abs_end)  # "in May (Air Force, 1 June)": May's
    if not pool:
        return None
    if (own_day := _day_of_added_figure(reader, sent, pool, abs_start, abs_end)) is not None:
        return own_day  # "1,000 were killed on Monday and 300 more on Tuesday": Tuesday's
    if (bracketed := date_in_own_bracket(reader, m, candidates, abs_end)) is not None:
        # "from 46,000 (X, February 2025) to 100,000 (U.S. officials, June 2025)": each end's own month (its bracket
        # may lie past a clause's bound the abbreviation's stop makes)
        return bracketed
    after = next((d for d in pool if d.start >= abs_end), None)
    before = next((d for d in reversed(pool) if d.end <= abs_start), None)
    if (after is not None and before is not None and r.own_date_between.fullmatch(reader.norm, abs_end, after.start)
            and r.list_item_joiner.fullmatch(reader.norm, before.end, abs_start)):
        return after  # "Eight were killed in 2022, six in 2023": the year right after "six" is its own

    def distance(d: datelib.DateMention) -> int:
        return abs_start - d.end if d.end <= abs_start else max(0, d.start - abs_end)
    return min(pool, key=lambda d: (_PRECISION_RANK.get(d.precision, 3), distance(d)))


def _day_of_added_figure(reader: Reader, sent: Sentence, pool: list[datelib.DateMention], abs_start: int,
                         abs_end: int) -> datelib.DateMention | None:
    """The day right after a figure added to one before it ("and 300 more on Tuesday", "another 40 on Sunday")."""
    r = reader.grammar.rules(MeasureRules)
    day = next((d for d in pool if d.precision == "day" and d.start >= abs_end), None)
    between = r.added_figure_day_between.match(reader.norm, abs_end, day.start) if day is not None else None
    if between is None or not (between.group("more") or r.added_figure_before.search(
            reader.norm, max(sent.start, abs_start - 14), abs_start)):
        return None
    return day


def _calendar_span_claim(reader: Reader, m: Mention, sent: Sentence, d: datelib.DateMention) -> None:
    """A figure dated by a month or a year: "lost 23,000 in January" ("in 2023") is that month's (year's)
    figure, a period; "said in July that the total was 15,000" is a running total as of that month."""
    r = reader.grammar.rules(MeasureRules)
    before = reader.norm[max(sent.start, d.start - 64) : d.start]
    by_point = r.by_point.search(before) if d.precision == "month" else None
    number_at = sent.start + m.number.start
    if (by_point is None and d.precision == "month" and (bare := r.bare_by.search(before))
            and (r.perfect_tense.search(reader.norm, *reader.clause_bounds(sent, number_at))
                 or (d.start - sent.start <= len(before) and r.lead_by.match(before)))):
        by_point = bare  # "had died by May", "By May, officials put ... at": as of the month's end
    by_point = by_point or as_of_month_point(r.as_of_before_month, before, m, d)  # "as of June 2025": a point
    if by_point is not None:
        # "by the middle of June, Russia had lost 20,000": a running total as of that point of the month
        if d.date is not None and d.span_start is not None:
            day = r.point_of_month_day.get((by_point.groupdict().get("pos") or "").lower())
            m.as_of = d.span_start.replace(day=day) if day else d.date  # no day listed: the month's end
            m.as_of_basis = "stated_month"
        return
    told_then = r.said_in.search(before)
    if told_then is None and r.point_in_time.fullmatch(d.text):
        told_then = r.reported_when.search(before)  # "said this month that 46,000 ...": when it was said
    if (told_then is None and d.end <= number_at and r.said_after_date.match(reader.norm, d.end, number_at)
            and r.perfect_tense.search(reader.norm, d.end, reader.clause_bounds(sent, number_at)[1])):
        # "In February, X said N had been killed": the month dates the statement of a running total, not a span
        told_then = r.said_after_date.match(reader.norm, d.end, number_at)
        if m.measure == "period" and m.measure_cue in ("month", "list") and m.period_start is None:
            m.measure, m.period_days = "cumulative", None
    if (told_then is None and d.start >= sent.start + m.number.end
            and (after := r.statement_month_after_level.fullmatch(reader.norm, sent.start + m.number.end, d.start))
            and r.figure_put_at.search(reader.norm, max(sent.start, number_at - 90), number_at)):
        # "put the number of soldiers killed at 46,000, in February": the month after a comma dates the statement
        told_then = after
        if m.measure == "period" and m.measure_cue in ("month", "list") and m.period_start is None:
            m.measure, m.period_days = "cumulative", None
    if (told_then is None and d.start == sent.start and d.end <= number_at
            and (put := r.label_month_level_put_at.fullmatch(reader.norm, d.end, number_at))):
        told_then = put  # "February 2024: X puts Russia's losses at 355,000": a timeline's month dates the statement
    weak_cue = m.measure_cue in ("default", "list", "continued", "month", "present_perfect")
    if (told_then is not None and m.measure == "period" and m.measure_cue in ("month", "list")
            and m.period_start is None):
        m.measure, m.period_days = "cumulative", None  # "the last time it gave a figure, in September 2022, ..."
    if m.measure == "cumulative" and weak_cue and not told_then:
        m.measure = "period"
    if d.date is not None:
        end = d.date
        if r.mid_month.search(before) and d.span_start is not None:
            end = d.span_start.replace(day=15)
        m.as_of, m.as_of_basis = end, f"stated_{d.precision}"
    if (m.measure == "period" and not told_then and d.precision == "month"
            and single_attack_before(reader, sent, number_at)):
        m.period_days = None  # "A missile strike on Dnipro last month killed 14": the month dates the one attack
        return
    if m.measure == "period" and not told_then and event_ended_before(reader, sent, d.start):
        m.period_days = None  # "The incursion, costing 5,000 soldiers, ended in March": the month dates its end
        return
    if m.measure == "period" and not told_then and m.measure_cue != "restated":
        # ("said in 2023 that 20,000 died in the battle", "the previous record, set in March": not its span)
        if d.span_start is not None and m.period_days != 1:  # (one day in the month: which day is not told)
            m.period_start = m.period_start or d.span_start
        if d.precision == "month" and m.period_days == PERIOD_DAYS["month"]:
            m.period_days = None  # "last month" is a calendar month: its own length
        if (m.period_days is None and d.span_start is not None and d.date is not None
                and (reader.latest is None or d.date <= reader.latest)):
            # (a month or year still running when the text was written has no length yet)
            m.period_days = days_from_span_start(m, d)  # (from a start read before: "between March 2022 and May")
        elif m.period_days is None and d.month and d.date is None:
            m.period_days = float(calendar.monthrange(2001, d.month)[1])  # year unknown: not a leap year


def _same_span_another_year(reader: Reader, m: Mention) -> None:
    """"412 killed since January, up from 250 in the same period of 2024": a figure compared with the one before it in
    its sentence runs over that figure's span in the year named (or the year before), whatever that year alone says."""
    r = reader.grammar.rules(MeasureRules)
    np_end = m.extra.get("np_end")
    at = np_end if isinstance(np_end, int) else m.sentence.start + m.number.end
    same = r.same_period_of_year_after.match(reader.norm[at:min(m.sentence.end, at + 80)])
    before = before_in_sentence(reader, m) if same is not None else None
    if same is None or before is None or before.period_start is None or before.as_of is None:
        return
    year = int(same.group("year")) if same.group("year") else before.as_of.year - 1
    start = make_date(year, before.period_start.month, before.period_start.day)
    end = make_date(year, before.as_of.month, before.as_of.day)
    if start is not None and end is not None and start <= end:
        m.measure, m.period_start, m.as_of, m.period_days = "period", start, end, before.period_days
        m.as_of_basis, m.dated = "stated", True
