"""Dates in news text: mentions, as-of resolution and publication-date inference.

Two jobs, both pure functions of the text:

* :func:`find_dates` finds every date mention ("Sunday (November 6)", "01.04.2022", "last week",
  "in July", "2023:") in text order and resolves it to a calendar day (or a month/year span)
  against the document's publication date. The extractor uses it to set ``as_of``. It lives in
  ``date_mentions`` with the resolution of one mention (the vocabulary and patterns it reads with in
  ``date_mention_rules``); it is re-exported here, as are the URL's date and the estimate it bounds (``url_dates``).
* :func:`infer_publication_date` dates an undated document from its own text: its full dates,
  its war-time expressions ("more than 200 days at war", "day 765 of the war": ``war_time``)
  and the running totals it quotes from a series whose history is known (the General Staff's).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..languages.grammar import PatternGrammar
from .calendar_dates import weekday_on_or_after
from .counted_after import not_a_dateline
from .date_mentions import (
    DateMention,
    find_dates,
    make_date,
    month_span,
    parse_iso_or_none,
    resolve_day_month,
    resolve_weekday,
    resolve_weekday_date,
)
from .date_rules import DateRules
from .day_told_back import day_told_back
from .embargo_line import EMBARGO_REACH, on_embargo_line
from .first_day_of import span_day
from .holiday_dates import easter_beside
from .long_past import after_long_past
from .month_told_back import month_told_back, yearless_day_told_back
from .part_over import part_over
from .this_season import this_season
from .told_back_weekday import told_back_weekday
from .url_dates import UrlDate, bounded_estimate, date_from_url
from .war_time import WarTimeMention, find_war_time
from .war_winter import war_winter  # "the third winter of the war" (war_winter.py)
from .weekday_back import told_back_weekdays, week_after_told_back
from .whole_year import after_whole_year
from .year_summed import year_summed

if TYPE_CHECKING:  # the series type only: the series itself comes from the profile
    from ..profiles import ReferenceSeries

__all__ = [
    "DateMention",
    "UrlDate",
    "bounded_estimate",
    "date_from_url",
    "span_total_reached",
    "find_dates",
    "infer_publication_date",
    "month_span",
    "opens_its_line",
    "parse_iso_or_none",
    "resolve_day_month",
    "resolve_weekday",
    "resolve_weekday_date",
]

#: Explicit dates further than this before the war's start are history, not the article's news.
HISTORY_MARGIN = dt.timedelta(days=31)
#: How far after the other evidence a yearless date may fall and still be the article's latest event
#: (half a year: a yearless date is placed in the year nearest that evidence).
PLACED_REACH = dt.timedelta(days=183)
#: How far before a war-time estimate ("15 months into the war") a yearless date may fall.
WAR_TIME_SLACK = dt.timedelta(days=14)
#: How far a reported event may follow the day a quoted running total was published.
SERIES_SLACK = dt.timedelta(days=3)
#: The smallest round personnel figure whose first day dates a text: smaller round figures are as often
#: civilian or Ukrainian tolls, and the General Staff's total passed them in the war's first weeks.
ROUND_TOTAL_MIN = 50_000
#: With a yearless date to give the day ("As of the 8th July"), a smaller round total may give the year: the
#: first day the series reached it.
ROUND_TOTAL_WITH_DAY_MIN = 10_000
#: A full date this close to the start of the text is a dateline ("12:38 01.04.2022").
DATELINE_CHARS = 40


def _in_span(date: dt.date, low: dt.date, high: dt.date) -> bool:
    return low <= date <= high


# ------------------------------------------------------------------------------------------------
# Publication-date inference.


@dataclass(frozen=True, slots=True)
class _SeriesEvidence:
    date: dt.date
    figures: tuple[str, ...]
    run_days: int  # length of the run of equally supported dates the estimate sits in
    approximate: bool  # only round totals matched (the day they were first reached)


def series_evidence(
    figures: Sequence[tuple[str, float]], series: ReferenceSeries, near: dt.date | None,
    round_min: int = ROUND_TOTAL_MIN,
) -> _SeriesEvidence | None:
    """The date the quoted running totals agree on: most figures first, then the run nearest
    ``near`` (if given), else the latest run; the latest day of that run."""
    # Exact totals date a text to the day, a round one less surely (10,000 or 250,000 may be anyone's
    # figure or a milestone the text recounts); a round figure's first day ("almost 85 thousand") counts
    # only when no quoted total matches.
    # (each figure's label with its dates as a set, not appended to every date's list: a figure that held for
    # months matches hundreds of days; the dates are counted in C, the chosen date's labels gathered at the end)
    exact: list[tuple[str, set[dt.date]]] = []
    round_exact: list[tuple[str, set[dt.date]]] = []
    crossings: list[tuple[str, set[dt.date]]] = []
    for category, value in figures:
        dates = series.dates_with_value(category, float(value))
        if dates:
            tier = round_exact if value >= 1000 and value % 1000 == 0 else exact
            tier.append((f"{category}={value:g}", set(dates)))
            continue
        crossing = _first_crossing(series, category, float(value), round_min)
        if crossing is not None:
            crossings.append((f"{category}~{value:g}", {crossing}))
    support = exact or round_exact or crossings
    if not support:
        return None
    counts: Counter[dt.date] = Counter()
    for _label, dates_of_figure in support:
        counts.update(dates_of_figure)
    best = max(counts.values())
    top = sorted(date for date, n in counts.items() if n == best)
    runs: list[list[dt.date]] = [[top[0]]]
    for date in top[1:]:
        if (date - runs[-1][-1]).days <= 1:
            runs[-1].append(date)
        else:
            runs.append([date])
    def distance(run: list[dt.date]) -> int:
        return min(abs((d - near).days) for d in run) if near is not None else 0

    # the latest run: the text quotes the current total and recounts older ones ("passed 250,000 on August
    # 7"); with other evidence, the latest run not before it, else the run nearest it
    after = [run for run in runs if near is not None and run[-1] >= near - SERIES_SLACK]
    chosen = after[-1] if after else (min(runs, key=distance) if near is not None else runs[-1])
    # A single figure that holds for weeks (helicopters, ships) says little on its own.
    spread = (top[-1] - top[0]).days + 1 if near is None else len(chosen)
    labels = tuple(label for label, dates_of_figure in support if chosen[-1] in dates_of_figure)
    return _SeriesEvidence(chosen[-1], labels, spread, all("~" in label for label in labels))


def _first_crossing(
    series: ReferenceSeries, category: str, value: float, round_min: int = ROUND_TOTAL_MIN
) -> dt.date | None:
    """For a round personnel figure ("almost 85 thousand"): the first day the total reached it."""
    if category != "personnel" or value < round_min or value % 1000:
        return None
    for date, total in series.points.get(category, ()):
        if total >= value:
            return date
    return None


def span_total_reached(
    spans: Sequence[tuple[str, float, dt.date]], series: ReferenceSeries
) -> tuple[dt.date, str] | None:
    """For losses counted from a stated day ("since the beginning of 2025, 177,000"): the first day the
    series grew by that much after that day, the latest over all such figures (a lower bound, like a
    round total's first day)."""
    found: list[tuple[dt.date, str]] = []
    for category, value, start in spans:
        rows = series.points.get(category) or []
        before = [total for day, total in rows if day < start][-1:]
        if not before:
            continue
        reached = next((day for day, total in rows if day >= start and total - before[0] >= value), None)
        if reached is not None:
            found.append((reached, f"series_since:{category}+{value:g}since{start.isoformat()}"))
    return max(found) if found else None


def _year_for(
    month: int, day: int, anchor: dt.date, low: dt.date | None = None, high: dt.date | None = None
) -> dt.date | None:
    """The occurrence of month/day nearest ``anchor`` (inside [low, high] when given)."""
    options = [
        date
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (date := make_date(year, month, day)) is not None
    ]
    if low is not None and high is not None:
        inside = [
            d for d in options if _in_span(d, low - dt.timedelta(days=31), high + dt.timedelta(days=31))
        ]
        options = inside or options
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def infer_publication_date(
    text: str,
    *,
    war_start: dt.date,
    grammar: PatternGrammar,
    figures: Sequence[tuple[str, float]] = (),
    series: ReferenceSeries | None = None,
    spans: Sequence[tuple[str, float, dt.date]] = (),
) -> tuple[dt.date | None, str]:
    """Date an undated document from its own text: ``(date, evidence)``.

    The publication date is on or after every dated event the article reports, and articles
    report recent events, so the estimate is the latest well-supported event:

    1. a full date in the dateline decides alone ("12:38 01.04.2022");
    2. running totals quoted from ``series`` (``figures``: (category, value) pairs read as
       cumulative losses; the profile's dating series, none by default) date the article
       to the day, when consistent with its dated events;
    3. else the latest full or weekday date ("Sunday (November 6)");
    4. else war-time expressions ("more than 200 days at war", "its fourth year");
    5. yearless dates ("as of June 2", "MOSCOW, Aug 5") take the year the other evidence, a
       month/year mention or a weekday in the text ("on Monday") agrees with, and win when
       they are later than the rest.

    ``spans`` are (category, value, first day) of losses the text counts from a stated day ("since the
    beginning of 2025"): the day the series grew by that much is a lower bound, like a round total's.

    ``evidence`` names what decided, e.g. "numeric:01.04.2022", "weekday_date:Sunday (November 6)",
    "war_day:200 days at war", "series:personnel=80860", "day_month:June 2+war_day:15 months of
    the full-scale war", or "none" (date None).
    """
    r = grammar.rules(DateRules)
    mentions = find_dates(text, published=None, war_start=war_start, grammar=grammar)
    date, evidence = _infer(text, r, mentions, war_start=war_start, grammar=grammar, figures=figures, series=series,
                            spans=spans)
    kind, _, said = evidence.partition("+")[0].partition(":")
    at = text.find(said, 0, DATELINE_CHARS + len(said)) if kind in ("explicit", "numeric") else -1
    embargo = kind in ("explicit", "numeric") and (
        on := text.find(said, 0, EMBARGO_REACH + DATELINE_CHARS)) >= 0 and on_embargo_line(text, on, r.embargo_line)
    if date is not None and kind in WEEKDAY_AFTER_KINDS and not (0 <= at < DATELINE_CHARS
                                                                and opens_its_line(text, at)
                                                                and not not_a_dateline(text, at, grammar)) \
            and not embargo and not _ends_a_range(r, text, mentions, said):
        # "between February 2022 and December 2025 ... released Tuesday", "(photo) January 20, 2026 ... said on
        # Wednesday": the text's one weekday on or after its latest dated day
        back = told_back_weekdays(text, grammar) if "+weekday_back" in evidence else []  # ("Last Friday": no said day)
        after = _weekday_after(r, [m for m in mentions if not any(a < m.end and m.start < b for a, b in back)], date)
        if after is not None and after[0] > date:
            return after[0], f"{evidence}+{after[1]}"
    return date, evidence


def _ends_a_range(r: DateRules, text: str, mentions: Sequence[DateMention], said: str) -> bool:
    """Whether the month ``said`` ends a range ("between February 2022 and December 2025"): a study's cut-off, which
    its release may follow by weeks, not a month's tally told on the weekday after it."""
    return any(m.text == said and m.kind in ("month", "season") and any(
        p.end <= m.start and r.range_link.fullmatch(text, p.end, m.start) for p in mentions) for m in mentions)


#: The evidence whose day is only a lower bound that the text's one weekday may follow: a full date (of an event
#: the text reports, not its dateline), or the end of a month or season it names.
WEEKDAY_AFTER_KINDS = ("explicit", "numeric", "month", "season")


def _infer(
    text: str,
    r: DateRules,
    mentions: Sequence[DateMention],
    *,
    war_start: dt.date,
    grammar: PatternGrammar,
    figures: Sequence[tuple[str, float]],
    series: ReferenceSeries | None,
    spans: Sequence[tuple[str, float, dt.date]],
) -> tuple[dt.date | None, str]:
    """``infer_publication_date`` but for the weekday that may follow its day."""
    floor = war_start - HISTORY_MARGIN

    # Full dates: each is a lower bound of the publication date.
    dated = sorted(
        (
            (m.date, m)
            for m in mentions
            if m.date is not None
            and m.precision == "day"
            and m.date >= floor
            and m.date != war_start
            and m.kind in ("explicit", "numeric", "weekday_date")
        ),
        key=lambda pair: pair[0],
    )
    while len(dated) > 1 and (dated[-1][0] - dated[-2][0]).days > 366:
        dated.pop()  # a date a year ahead of every other is a plan or a typo, not the news
    # "Yesterday, on 12 August 2024": the day after the date
    told = day_told_back(text, [m for _d, m in dated], war_start=war_start, grammar=grammar) if dated else None
    for mention in mentions:
        embargo = on_embargo_line(text, mention.start, r.embargo_line)  # ("EMBARGOED UNTIL 00:01 GMT, 14 MAY 2025")
        if mention.start >= DATELINE_CHARS and not embargo:
            break
        if mention.kind in ("explicit", "numeric") and mention.date is not None and mention.date >= floor and (
                embargo or (opens_its_line(text, mention.start) and not not_a_dateline(text, mention.start, grammar))):
            if told is not None and told[1].startswith(f"{mention.kind}:{mention.text}+"):
                return told
            return mention.date, f"{mention.kind}:{mention.text}"
    latest: tuple[dt.date, str] | None = None
    if dated:
        latest = (dated[-1][0], f"{dated[-1][1].kind}:{dated[-1][1].text}")
        if told is not None and told[0] > latest[0]:
            latest = told

    war_times = find_war_time(text, war_start=war_start, grammar=grammar)
    war_time = max(war_times, key=lambda w: w.date) if war_times else war_winter(text, grammar, war_start)

    series_hit: _SeriesEvidence | None = None
    if figures and series is not None:
        near = latest[0] if latest else (war_time.date if war_time else None)
        series_hit = series_evidence(figures, series, near)
        if series_hit is not None and near is None and series_hit.run_days > 14:
            series_hit = None  # one long-lived total and nothing else to pick among its dates
        if series_hit is not None and latest is not None and latest[0] > series_hit.date + SERIES_SLACK:
            series_hit = None  # the article reports events after the totals: not consistent
    if series_hit is not None and not series_hit.approximate:
        anchored = (series_hit.date, "series:" + ",".join(series_hit.figures))
        later = _place_yearless(r, mentions, war_start, floor, anchored, None, text, grammar)
        if later is None or later[0] <= series_hit.date + SERIES_SLACK:
            # ("Last month, on 12 March, the General Staff put ...": the text is of the month after the total's day)
            return yearless_day_told_back(text, mentions, grammar, series_hit.date) or anchored
        return later  # "June 10", months after the totals it quotes: the text reports later events

    if spans and series is not None and (since := span_total_reached(spans, series)) is not None and (
            latest is None or since[0] > latest[0]) and (series_hit is None or series_hit.approximate):
        latest = since
    if series_hit is None and latest is None and war_time is None and figures and series is not None:
        # "As of the 8th July ... more than 36 thousand": the first day the series reached the round total
        # gives the year of the yearless date
        rough = series_evidence(figures, series, None, ROUND_TOTAL_WITH_DAY_MIN)
        if rough is not None and rough.approximate:
            anchor = (rough.date - SERIES_SLACK, "series:" + ",".join(rough.figures))
            placed = _place_yearless(r, mentions, war_start, floor, anchor, None, text, grammar)
            if placed is not None:
                return placed
    # The latest dated event so far (a round total's first day is only a lower bound).
    if series_hit is not None and (latest is None or series_hit.date > latest[0]):
        latest = (series_hit.date, "series:" + ",".join(series_hit.figures))
        if series_hit.approximate and (weekday := _weekday_after(r, mentions, series_hit.date)) is not None:
            # "Kyiv said on Tuesday that 180,000 ...": the first Tuesday the total had been reached
            latest = weekday
    if (latest is not None and war_time is not None and war_time.low > latest[0]
            and (war_time.low < war_time.high or (series_hit is not None and series_hit.approximate
                                                   and latest[0] == series_hit.date))):
        # "now in its third year" (a span the text is in) after every dated event, or a duration ("nearly 18
        # months into the war") after the day a round total was first reached (only a lower bound): the war
        # time is the better estimate. A rough duration does not overrule a stated day.
        latest = None
    if (part := part_over(text, grammar, latest)) is not None:
        latest = part  # "in the first half of 2024": over when told (part_over.py)
    if (summed := year_summed(text, grammar, latest)) is not None:
        latest = summed  # "2024 in review": the year's last day (year_summed.py)
    if (back := max(month_told_back(text, mentions, grammar), default=None)) and (latest is None or back > latest):
        latest = back  # "Last month, in March 2025": 1 April 2025 (month_told_back.py)
    placed = _place_yearless(r, mentions, war_start, floor, latest, war_time, text, grammar) \
        or after_long_past(text, mentions, latest, grammar)  # "back on 3 March 2023. On 14 January" (long_past.py)
    if placed is not None:  # ("since 1 June ... in 2025 as a whole": the year's end)
        return after_whole_year(grammar, text, mentions, placed, r.since_before) or placed
    if (whole := year_summed(text, grammar, latest, whole=True)) is not None:
        latest = whole  # "In all of 2024 the shelling never stopped": that year's last day (year_summed.py)
    if latest is not None:
        return latest
    if war_time is not None:
        return _month_in_war_time(r, mentions, war_time) or (war_time.date, f"war_day:{war_time.text}")
    # "between February 2022 and December 2025": the text is from the latest month it names, or after it
    # (not the war's first month, nor a span's start: "since the invasion in February 2022", "from May 2023")
    months = [m for m in mentions if m.kind in ("month", "season") and m.date is not None and m.span_start is not None
              and m.span_start >= floor and not m.span_start <= war_start <= m.date
              and not r.since_before.search(text, max(0, m.start - 40), m.start)]
    if months:
        last = max(months, key=lambda m: m.date or war_start)
        return span_day(text, grammar, last), f"{last.kind}:{last.text}"  # ("the first day of": first_day_of.py)
    if (season := this_season(mentions, grammar, war_start)) is not None:
        return season  # "this spring ... in 2025": 31 May 2025 (this_season.py)
    if any(m.date == war_start for m in mentions):
        return war_start, "war_start"
    return None, "none"


#: The most words a dateline's line holds before its date ("KYIV, March 3", "Last updated on 12 March 2024"); a
#: sentence's date ("In a report published on 2 February 2024") is no dateline.
DATELINE_WORDS = 3


def opens_its_line(text: str, start: int) -> bool:
    """Whether the date at ``start`` opens its line but for a few words (a dateline's place, "Published on")."""
    return len(text[text.rfind("\n", 0, start) + 1 : start].split()) <= DATELINE_WORDS


def _month_in_war_time(r: DateRules, mentions: Sequence[DateMention], war_time: WarTimeMention
                       ) -> tuple[dt.date, str] | None:
    """A yearless month the text names ("The BBC reported in April") inside the span of the war it is in
    ("now in its third year"): the latest such month's last day, when it is later than the war time's
    estimate. A month named in a report is over, or nearly, when the report is read."""
    if war_time.low == war_time.high:
        return None  # a duration ("18 months into the war") is a day, not a span to place a month in
    found: list[tuple[dt.date, str]] = []
    for m in mentions:
        month = r.vocabulary["months"].get(m.text.strip().rstrip("."))
        if m.kind != "month" or m.date is not None or month is None:
            continue
        for year in (war_time.low.year, war_time.low.year + 1):
            first, last = month_span(year, month)
            if war_time.low <= last and first <= war_time.high:
                found.append((last, f"month:{m.text}+war_day:{war_time.text}"))
                break
    if not found:
        return None
    best = max(found)
    return best if best[0] > war_time.date else None


def _place_yearless(
    r: DateRules, mentions: Sequence[DateMention],
    war_start: dt.date,
    floor: dt.date,
    latest: tuple[dt.date, str] | None,
    war_time: WarTimeMention | None,
    text: str = "",
    grammar: PatternGrammar | None = None,
) -> tuple[dt.date, str] | None:
    """The latest yearless date, placed in the year the other evidence agrees with, when it is
    later than that evidence (it is then the article's latest event); else None. A month or year the
    text compares with ("more deaths than during the same period in 2024") is past: a yearless date
    goes after it."""
    yearless = [
        (m, m.month, m.day)
        for m in mentions
        if m.date is None and m.month is not None and m.day is not None and m.kind in ("day_month", "numeric")
    ]
    if not yearless:
        return None
    spans = [m for m in mentions if m.kind in ("month", "year") and m.span_start and m.span_start >= floor]
    latest_span = max(spans, key=lambda m: (m.span_start, m.kind == "month")) if spans else None
    candidates: list[tuple[dt.date, DateMention]] = []
    if latest is not None or war_time is not None:
        if latest is not None:
            anchor, low, high, basis = latest[0], None, None, latest[1]
        else:
            assert war_time is not None
            anchor, low, high = war_time.date, war_time.low, war_time.high
            basis = f"war_day:{war_time.text}"
        for mention, month, day in yearless:
            date = _year_for(month, day, anchor, low, high)
            if latest is not None and on_embargo_line(text, mention.start, r.embargo_line):
                date = _on_or_after(month, day, anchor)  # the release's own day: after every event it reports
            if date is not None:
                candidates.append((date, mention))
    elif latest_span is not None and latest_span.span_start is not None:
        basis = f"{latest_span.kind}:{latest_span.text}"
        year = latest_span.span_start.year
        candidates = [(d, m) for m, month, day in yearless if (d := make_date(year, month, day)) is not None]
        span_end = latest_span.date
        if span_end is not None and r.comparison_before.search(text, max(0, latest_span.start - 40), latest_span.start):
            candidates = [(d if d > span_end else make_date(d.year + 1, d.month, d.day) or d, m)
                          for d, m in candidates]
        elif r.plan_before.search(text, max(0, latest_span.start - 40), latest_span.start):  # a plan's: to come
            candidates = [(d if d < latest_span.span_start else make_date(d.year - 1, d.month, d.day) or d, m)
                          for d, m in candidates]
    else:
        # "MOSCOW, Aug 5: ... said on Monday": the year in which the date falls on that weekday.
        weekdays = [m.weekday for m in mentions if m.kind == "weekday" and m.weekday is not None]
        first, month, day = yearless[0]
        if grammar is not None and (back := told_back_weekday(text, mentions, war_start, grammar)) is not None:
            return back  # "On Tuesday ... yesterday, 12 May": the day after 12 May a Tuesday (told_back_weekday.py)
        if grammar is not None and (easter := easter_beside(grammar, text, [(m.start, m.end, month, day) for m, month,
                                                                    day in yearless], war_start)) is not None:
            return easter, "easter_beside"  # "On Orthodox Easter, 5 May": 2024's (holiday_dates.py)
        if first.start >= DATELINE_CHARS or on_embargo_line(text, first.start, r.embargo_line):
            return None  # (an embargo's day is the release's, a weekday of its body one of the news before it)
        for weekday in weekdays:
            date = resolve_weekday_date(month, day, weekday, war_start=war_start)
            if date is not None:  # ("Last Friday, 13 June": the week after, 16 June 2025; weekday_back.py)
                if grammar is not None:
                    date = week_after_told_back(text, date, (first.start, first.end), grammar) or date
                return date, f"{first.kind}:{first.text}+weekday:{_weekday_name(r, weekday)}"
        return None
    # "since Feb. 24" is the war's first day, whatever year the text is from
    candidates = [(d, m) for d, m in candidates if (d.month, d.day) != (war_start.month, war_start.day)]
    if not candidates:
        return None
    date, mention = max(candidates, key=lambda pair: pair[0])
    if latest is not None and not latest[0] < date <= latest[0] + PLACED_REACH and not (
            latest[0] < date and on_embargo_line(text, mention.start, r.embargo_line)):
        return None
    if latest is None and war_time is not None and date < war_time.low - WAR_TIME_SLACK:
        return None
    return date, f"{mention.kind}:{mention.text}+{basis}"


def _on_or_after(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The first occurrence of month/day on or after ``anchor``."""
    date = make_date(anchor.year, month, day)
    return date if date is None or date >= anchor else make_date(anchor.year + 1, month, day)


def _weekday_after(r: DateRules, mentions: Sequence[DateMention], day: dt.date) -> tuple[dt.date, str] | None:
    """The first day on or after ``day`` that falls on the text's only named weekday ("said on Tuesday"), or
    None when the text names no weekday alone, or several."""
    weekdays = {m.weekday for m in mentions if m.kind == "weekday" and m.weekday is not None}
    if len(weekdays) != 1:
        return None
    weekday = weekdays.pop()
    return weekday_on_or_after(day, weekday), f"weekday:{_weekday_name(r, weekday)}"


def _weekday_name(r: DateRules, weekday: int) -> str:
    return next(name for name, number in r.vocabulary["weekdays"].items() if number == weekday)
