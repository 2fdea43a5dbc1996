"""The parts of a year or a month a figure's clause names, read as its span: "since the beginning of the year",
"in the first three months of the year", "in Q2 2025", "in the first half of the month".

Its own module: these readings come last in ``mention_dates.resolve_dates``, after every other date of the
mention is set, and share nothing with the rest of it but the reader; they share among themselves the clause
test (``_may_name_a_part``) that turns away the many clauses none of them can read anything in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from .body import Sentence
from .document import Mention, Reader
from .measure_rules import MeasureRules
from .month_spans import so_far_to_report
from .required_words import holds_one_of, required_words
from .span_context import dates_in

__all__ = ["read_named_part"]


def read_named_part(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """Set the span of a figure whose clause names a part of a year or of a month (else leave it as it is)."""
    if _may_name_a_part(reader, m, sent, abs_start):
        _year_so_far(reader, m, sent, abs_start)
        _part_of_year(reader, m, sent, abs_start)
        _part_of_month(reader, m, sent, abs_start)
        _week_of_month(reader, m, sent, abs_start)


def _may_name_a_part(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> bool:
    """False only when the figure's clause holds none of the words ``_year_so_far``, ``_part_of_year`` and
    ``_part_of_month`` need (``_part_words``): then none of them reads anything there. Found once per clause (every
    figure of a clause asks; few clauses name a part of a year or a month)."""
    if m.extra.get("breakdown") and m.measure_cue == "list":
        return True  # (_year_so_far reads such a part from its sentence's start, not its clause's)
    words = _part_words(reader.grammar.rules(MeasureRules))
    lowered = reader.folded.folded
    if words is None or lowered is None:
        return True
    clause = reader.clause_bounds(sent, abs_start)
    known = reader.part_clauses.get(clause)
    if known is None:
        known = reader.part_clauses[clause] = holds_one_of(lowered[clause[0]:clause[1]], words)
    return known


@functools.lru_cache(maxsize=16)
def _part_words(r: MeasureRules) -> tuple[str, ...] | None:
    """The lower-cased words one of which a clause holds wherever ``_year_so_far``, ``_part_of_year`` or
    ``_part_of_month`` may read a part: the words their patterns need (``required_words``, read from the patterns as
    they are) and the part-of-year prefilter's; None when a pattern needs none, or needs them as written."""
    needs = [required_words(pattern) for pattern in (r.year_so_far, r.part_of_month, r.part_of_year_again,
                                                                 r.week_of_month)]
    if any(need is None or not need.folded for need in needs):
        return None
    return tuple(dict.fromkeys([word for need in needs if need is not None for word in need.words]
                               + list(r.part_of_year_prefilter)))

def _year_so_far(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'have lost 185,000 since the beginning of the year': a period from 1 January to the report (no length)."""
    r = reader.grammar.rules(MeasureRules)
    if m.measure in ("rate", "projection") or m.measure_cue in ("war_start", "delta", "period_phrase"):
        return
    lo, hi = reader.clause_bounds(sent, abs_start)
    if m.extra.get("breakdown") and m.measure_cue == "list":
        lo = sent.start  # "killed 118 since the start of the year, including nine children": the whole's span
    if (span := reader.search_in(sent, r.year_so_far, lo, hi)) is None:
        return
    end = so_far_to_report(reader, m, sent.start, sent.end)
    m.measure, m.period_days = "period", None  # a year still running has no length yet
    if end is not None:  # a week from its Monday, a month from its first day, else a year from 1 January
        unit_days = next((r.rate_unit_days[word] for word in span.group(0).lower().split()
                          if word in r.rate_unit_days), None)
        m.period_start = (end - dt.timedelta(days=end.weekday()) if unit_days == 7
                          else end.replace(day=1) if unit_days == 30 else dt.date(end.year, 1, 1))


def _in_clause(reader: Reader, m: Mention, sent: Sentence, abs_start: int,
               pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The part of a month ``pattern`` reads in the figure's clause (none for a rate or a projection)."""
    if m.measure in ("rate", "projection"):
        return None
    lo, hi = reader.clause_bounds(sent, abs_start)
    if not reader.folded.may_match(pattern, lo, hi):  # (a cheap test first: the words every match holds)
        return None
    return pattern.search(reader.norm, lo, hi)


def _part_of_month(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'killed 120 in the first half of the month': a period of half a month, dated at its end."""
    r = reader.grammar.rules(MeasureRules)
    span = _in_clause(reader, m, sent, abs_start, r.part_of_month)
    if span is None:
        return
    if r.event_started_before.search(reader.norm, max(sent.start, span.start() - 90), span.start()):
        return  # "since the offensive began in the second half of January": when the span began, not the span
    abs_end = sent.start + m.number.end
    part = r.among_them_within.search(reader.norm, abs_end, span.start()) if abs_end <= span.start() else None
    if part is not None and reader.search_number(r.next_number, abs_end, span.start()):
        return  # "150 deaths in June, of them 40 in the first half of the month": the part's span, not the whole's
    named = next((d for d in dates_in(reader, span.start(), span.end() + 6)
                  if d.precision == "month" and d.span_start is not None), None)
    if named is None and span.group("month") is None:
        # "In June, ... in the first half of the month": the month the sentence named
        named = next((d for d in reversed(dates_in(reader, sent.start, span.start()))
                      if d.precision == "month" and d.kind != "season" and d.span_start is not None), None)
    reference = reader.latest or reader.published
    if named is not None and named.span_start is not None:
        first = named.span_start
    elif span.group("month") is None and reference is not None:
        first = reference.replace(day=1)  # "the first half of the month": the month of the report
    else:
        return
    last_day = calendar.monthrange(first.year, first.month)[1]
    if span.group("which").lower() in r.first_half:
        start, end = first, first.replace(day=15)
    else:
        start, end = first.replace(day=16), first.replace(day=last_day)
    _stated_span(reader, m, start, end)


def _week_of_month(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'lost 900 troops in the first week of March': the month's first seven days (the second week its next seven,
    the last week its last seven; a fortnight's fourteen), a period dated on its last day (the report's day while it
    still runs)."""
    r = reader.grammar.rules(MeasureRules)
    span = _in_clause(reader, m, sent, abs_start, r.week_of_month)
    named = next((d for d in dates_in(reader, span.start("month"), span.end() + 6)
                  if d.precision == "month" and d.span_start is not None), None) if span is not None else None
    if span is None or named is None or named.span_start is None:
        return  # (the month written as a date, not the verb "may")
    first = named.span_start
    place = r.part_ordinals.get(span.group("which").lower(), 0)
    days = r.month_part_days.get(span.group("unit").lower(), 7)  # ("the first fortnight of May": 14 days)
    if place == -1:
        end = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        start = end - dt.timedelta(days=days - 1)
    else:
        start = first + dt.timedelta(days=days * (place - 1))
        end = start + dt.timedelta(days=days - 1)
        if end.month != first.month:
            return  # (no "fourth fortnight" of a month)
    _stated_span(reader, m, start, end)


def _part_of_year(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'lost 80,000 in the first three months of the year', '2,100 in the last three months of 2024', 'in Q2 2025':
    a period of that part of the year, dated at its end (at the report's day while it still runs). Of several in
    the clause the figure takes the one nearest it; 'for the quarter' takes the part named in the sentences before."""
    r = reader.grammar.rules(MeasureRules)
    if m.measure in ("rate", "projection"):
        return
    lo, hi = reader.clause_bounds(sent, abs_start)
    lowered = reader.folded.folded  # (None when lower-casing the text would not find what IGNORECASE finds)
    may_name_part = lowered is None or holds_one_of(lowered[lo:hi], r.part_of_year_prefilter)  # (one slice)
    if may_name_part and reader.search_in(sent, r.part_of_year, lo, hi) is not None:
        abs_end = sent.start + m.number.end
        span = min(r.part_of_year.finditer(reader.norm, lo, hi),
                   key=lambda x: abs_start - x.end() if x.end() <= abs_start else max(0, x.start() - abs_end))
    elif reader.search_in(sent, r.part_of_year_again, lo, hi) is not None:
        earlier = [x for x in r.part_of_year.finditer(reader.norm, max(0, sent.start - 1200), sent.start)
                   if x.group("month") is None]
        if not earlier:
            return
        span = earlier[-1]
    else:
        return
    bounds = _part_of_year_bounds(reader, span)
    if bounds is None:
        return
    start, end = bounds
    if reader.latest is not None and end > reader.latest:
        end = reader.latest  # the part of the year was still running when the text was written
    if end < start:
        return  # a part of the year still to come
    _stated_span(reader, m, start, end)


def _stated_span(reader: Reader, m: Mention, start: dt.date, end: dt.date) -> None:
    """A period the text states from ``start`` to ``end``, dated at its end (the report's day while it still runs)."""
    if reader.latest is not None and end > reader.latest >= start:
        end = reader.latest
    m.measure, m.period_start, m.as_of, m.as_of_basis = "period", start, end, "stated"
    m.period_days = float((end - start).days + 1)


def _part_of_year_bounds(reader: Reader, span: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the part of a year ``span`` (a ``part_of_year`` match) names."""
    r = reader.grammar.rules(MeasureRules)
    reference = reader.latest or reader.published
    if span.group("quarter"):  # "in Q3 2024"
        year = int(span.group("qyear")) if span.group("qyear") else reference.year if reference else None
        if year is None:
            return None
        last_month = 3 * int(span.group("quarter"))
        return (dt.date(year, last_month - 2, 1),
                dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))
    named = next((d for d in dates_in(reader, span.start("month"), span.end() + 6)
                  if d.precision == "month" and d.span_start is not None), None) if span.group("month") else None
    weeks = (span.group("unit") or "").lower() in r.week_units
    place = r.part_ordinals.get(span.group("which").lower(), 0)
    if span.group("month") and (named is None or named.span_start is None or not weeks or place != 1):
        return None  # only "the first N weeks of <Month>", the month written as a date (not the verb "may")
    if named is not None and named.span_start is not None:
        year = named.span_start.year
    elif span.group("year"):
        year = int(span.group("year"))
    elif reference is not None:
        year = reference.year - (1 if span.group("last_year") else 0)
    else:
        return None
    part = (span.group("part") or "").lower()
    count = r.word_values.get((span.group("count") or "").lower()) or (
        int(span.group("count")) if (span.group("count") or "").isdigit() else 0)
    if part or (span.group("unit") or "").lower() in r.month_units:
        months = r.months_in_part.get(part, count)
        if part and place > 0:  # "the second quarter": the months after the parts before it
            first_month, last_month = months * (place - 1) + 1, months * place
        elif place > 0 and not part:  # "the first three months": from January
            first_month, last_month = 1, months
        elif place == -1:  # "the last three months", "the final quarter": up to December
            first_month, last_month = 13 - months, 12
        else:
            return None
        if not 1 <= first_month <= last_month <= 12 or (not part and place > 1):
            return None  # "the third half", "the second three months"
        return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if not 0 < count <= 52 or place not in (1, -1):
        return None
    if place == 1:
        start = named.span_start if named is not None and named.span_start is not None else dt.date(year, 1, 1)
        return start, start + dt.timedelta(days=7 * count - 1)
    end = dt.date(year, 12, 31)  # "in the last six weeks of 2024"
    return end - dt.timedelta(days=7 * count - 1), end
