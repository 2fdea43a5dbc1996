"""Date mentions in news text: found and resolved to calendar days.

:func:`find_dates` finds every date mention ("Sunday (November 6)", "01.04.2022", "last week",
"in July", "2023:") in text order and resolves it to a calendar day (or a month/year span)
against the document's publication date. The extractor uses it to set ``as_of``; ``dates``
builds publication-date inference on it (and re-exports the public names below).

Every word this module reads is the grammar's (``languages/<code>/grammar.toml``): its word tables
(``dates.months``, ``dates.seasons``, ...) and the patterns of the words around dates (prepositions, ordinal
suffixes, units). The code holds only the structure: digits, punctuation, group names. The regular expressions
are built from the grammar once per language (``DateMentionRules``, in ``date_mention_rules``), and each text is
scanned with one ``finditer`` per pattern family.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..languages.grammar import PatternGrammar
from .calendar_dates import (
    PUBLISHED_SLACK_DAYS,
    add_months,
    make_date,
    month_span,
    parse_iso_or_none,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    resolve_weekday_date,
)
from .date_mention_rules import DateMentionRules
from .holiday_dates import holidays_named
from .required_words import lower_once
from .season_after import seasons_after_told
from .that_month import years_of_that_month

_YEAR = re.compile(r"\d{4}")  # a year written in a date's text

__all__ = [
    "DateMention",
    "find_dates",
    "month_span",
    "parse_iso_or_none",
    "resolve_day_month",
    "resolve_weekday",
    "resolve_weekday_date",
    "PUBLISHED_SLACK_DAYS",
    "add_months",
    "make_date",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date mention: its place in the text, its kind and the date it resolves to.

    ``kind`` is one of explicit, day_month, numeric, weekday_date, weekday, relative, month, year.
    ``date`` is the resolved day (for month/year precision: the last day of the span);
    ``span_start`` is the first day of a month/year/multi-month span, else None.
    """

    start: int
    end: int
    text: str
    kind: str
    date: dt.date | None
    span_start: dt.date | None
    precision: str
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    year: int | None = None


# Where a date written in digits may start: a run of one or two digits (a day, a month's number) that is no
# thousands' part ("1,200"), or of four (a year). Every alternative of ``digit_led`` (``date_mention_rules``) opens
# with such a run (``_DAY``, ``\d{1,2}``, ``[0-3]\d``, ``_YEAR``), so no other run starts a match; most of a loss
# report's numbers are other runs. (The leading class lets re skip to a digit at once; the lookbehind keeps to a
# run's first digit.)
_DATE_DIGITS = re.compile(r"\d(?<!\d\d)(?:\d?(?!\d|,\d)|\d\d\d(?!\d))")
_WORD_START = re.compile(r"(?<![\w'’])[a-z]")
_LETTER_LED = frozenset(
    {"xm", "myear", "dmm", "mprev", "month", "xw", "wdate", "wday", "relspan", "mchain", "chain", "rel", "ago"}
)


def match_before(pattern: re.Pattern[str], text: str, start: int, reach: int = 48) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched right before ``start``."""
    return pattern.search(text, max(0, start - reach), start)


def find_all(haystack: str, needles: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of each needle (str.find runs at C speed)."""
    hits: list[int] = []
    for needle in needles:
        position = haystack.find(needle)
        while position != -1:
            hits.append(position)
            position = haystack.find(needle, position + 1)
    hits.sort()
    return hits


# ------------------------------------------------------------------------------------------------
# Small helpers.


def cardinal(r: DateMentionRules, text: str) -> int | None:
    """A cardinal written in digits or words ("1,000", "Fifteen", "twenty-four", "a")."""
    text = text.strip().lower()
    if text[:1].isdigit():
        return int(text.replace(",", ""))
    parts = re.split(r"[- ]", text)
    total = 0
    for part in parts:
        value = r.number_words.get(part)
        if value is None:
            return None
        total = total * value if value in (100, 1000) and total else total + value
    return total


# ------------------------------------------------------------------------------------------------
# Resolution of one mention.


def _span_mention(
    where: tuple[int, int, str],
    kind: str,
    first: tuple[int, int] | None,
    last: tuple[int, int] | None,
    precision: str,
) -> DateMention:
    """A month/year span mention at ``where`` (start, end, text) from the (year, month) of its
    first and last month."""
    if first is None or last is None:
        return DateMention(*where, kind, None, None, precision)
    return DateMention(
        *where,
        kind,
        month_span(*last)[1],
        month_span(*first)[0],
        precision,
        month=last[1] if precision == "month" else None,
        year=last[0],
    )


def _year_mention(start: int, end: int, written: str, kind: str, year: int) -> DateMention:
    return DateMention(
        start, end, written, kind, dt.date(year, 12, 31), dt.date(year, 1, 1), "year", year=year
    )


def _month_range(
    r: DateMentionRules, where: tuple[int, int, str], first_word: str | None, last_word: str, year: int | None
) -> DateMention:
    """A month or a run of months ("January-March 2023"); ``year`` is the last month's year."""
    last = r.month_lookup[last_word]
    first = r.month_lookup[first_word] if first_word else last
    if year is None:
        return _span_mention(where, "month", None, None, "month")
    first_year = year if first <= last else year - 1
    return _span_mention(where, "month", (first_year, first), (year, last), "month")


def _mention(
    r: DateMentionRules, match: re.Match[str],
    text: str,
    lowered: str,
    published: dt.date | None,
    war_start: dt.date,
    previous: dt.date | None,
) -> DateMention | None:
    """Turn one regex match into a mention (None when the match is not a date after all)."""
    group = match.lastgroup or ""
    start, end = match.start(), match.end()
    before = text[start - 1] if start else " "
    if group in _LETTER_LED:
        if before.isalnum():
            return None  # inside a word: "Aprilia", "Christmas"
    elif before.isdigit() or before in ",.$£€" or (before in "-:/" and group != "year"):
        return None  # inside a number: "1,2022", "12022", "3.01.04"
    written = text[start:end]

    def day_mention(
        kind: str,
        date: dt.date | None,
        month: int | None = None,
        day: int | None = None,
        weekday: int | None = None,
    ) -> DateMention:
        return DateMention(
            start, end, written, kind, date, None, "day", month=month, day=day, weekday=weekday
        )

    if group == "iso":
        date = make_date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        return day_mention("numeric", date) if date else None
    if group == "num":
        year, first, second = int(match["num_y"]), int(match["num_d"]), int(match["num_m"])
        date = make_date(year, second, first)
        if date is None and match["num_sep"] == "/":  # "11/13/2022": American order
            date = make_date(year, first, second)
        return day_mention("numeric", date) if date else None
    if group == "nshort":
        month, day = int(match["ns_m"]), int(match["ns_d"])
        if not _valid_day(month, day) or r.time_of_day_before.search(text, max(0, start - 3), start):
            return None  # "at 10.30" is a time
        return day_mention("numeric", _yearless(r, month, day, text, start, published, war_start), month, day)
    if group in ("xd", "xm", "xw"):
        month, day = _month_day(r, match, group)
        date = make_date(int(match[f"{group}_y"]), month, day)
        return day_mention("explicit", date) if date else None
    if group == "wdate":
        month, day = _month_day(r, match, "wp" if (match["wpm1"] or match["wpm2"]) else "w")
        if not _valid_day(month, day):
            return None
        weekday = r.weekday_lookup[match["w_wd"]]
        date = resolve_weekday_date(month, day, weekday, war_start=war_start, published=published)
        return day_mention("weekday_date", date, month, day, weekday)
    if group == "drange":
        month, first, last = r.month_lookup[match["dr_m"].rstrip(".")], int(match["dr_d1"]), int(match["dr_d2"])
        if not (_valid_day(month, first) and _valid_day(month, last) and first < last):
            return None
        if match["dr_y"]:
            kind, date = "explicit", make_date(int(match["dr_y"]), month, last)
        else:
            kind, date = "day_month", _yearless(r, month, last, text, start, published, war_start)
        span_start = date.replace(day=first) if date is not None else None
        return DateMention(start, end, written, kind, date, span_start, "day", month=month, day=last,
                           year=date.year if date is not None else None)
    if group in ("dmd", "dmm"):
        month, day = _month_day(r, match, group)
        if not _valid_day(month, day):
            return None
        return day_mention("day_month", _yearless(r, month, day, text, start, published, war_start), month, day)
    if group == "myear":
        first_word, last_word = (match["my_m0"], match["my_m"]) if match["my_m"] else (None, match["my_m0"])
        return _month_range(r, (start, end, written), first_word, last_word, int(match["my_y"]))
    if group == "mprev":
        return _month_range(r, (start, end, written), None, match["mp_m"],
                            published.year - 1 if published is not None else None)
    if group == "month":
        word = match["mo_m0"]
        if (
            word in r.bare_month_needs_preposition
            and not r.date_preposition.search(text, max(0, start - 24), start)
            and not r.month_follows.match(text, end)
            and not (r.month_subject_after.match(text, end)
                     and not r.name_before_month.search(text, max(0, start - 24), start))
            and not (r.month_label_colon_after.match(text, end)
                     and r.line_start_before.search(text, max(0, start - 8), start))
            and not (r.that_verb_month_after.match(text, end)
                     and r.that_month_before.search(text, max(0, start - 12), start))
        ):
            return None
        first_word, last_word = (match["mo_m0"], match["mo_m"]) if match["mo_m"] else (None, match["mo_m0"])
        return _month_range(r,
            (start, end, written), first_word, last_word, resolve_month(r.month_lookup[last_word], published)
        )
    if group == "relspan" and match["wm_wd"]:  # "last Monday"
        weekday = r.lower_weekday_lookup[match["wm_wd"]]
        step = r.weekday_steps.get(" ".join(match["rs_mod"].lower().split()), 0)
        date = resolve_weekday(weekday, published=published, step=step)
        return day_mention("weekday", date, weekday=weekday)
    if group == "relspan":
        modifier = " ".join(match["rs_mod"].lower().split())
        unit = r.unit_key[match["rs_unit"]]
        step = r.span_steps.get(modifier, 0)
        kind = "relative" if modifier.startswith(r.within_span_modifiers) else unit
        if published is None:
            return _span_mention((start, end, written), kind, None, None, unit)
        if unit == "month":
            month_start = add_months(published.replace(day=1), step)
            year_month = (month_start.year, month_start.month)
            return _span_mention((start, end, written), kind, year_month, year_month, "month")
        return _year_mention(start, end, written, kind, published.year + step)
    if group == "ago":
        count_match = match_before(r.count_before, lowered, start)
        count = cardinal(r, count_match["n"]) if count_match else None
        if count_match is None or count is None or count > 10_000:
            return None  # "years ago" with no count
        start = count_match.start()
        written = text[start:end]
        days = count * r.vocabulary["unit_days"][match["ago_u"]]
        return day_mention("relative", published - dt.timedelta(days=days) if published else None)
    if group == "mchain":
        return _span_mention((start, end, written), "relative", None, None, "month")
    if group == "chain":
        offset = r.vocabulary["chained_days"][" ".join(written.lower().split())]
        return day_mention("relative", previous + dt.timedelta(days=offset) if previous else None)
    if group == "rel":
        offset = r.vocabulary["relative_days"][" ".join(written.lower().split())]
        return day_mention("relative", published + dt.timedelta(days=offset) if published else None)
    if group == "wday":
        weekday = r.weekday_lookup[match["wd_wd"]]
        return day_mention("weekday", resolve_weekday(weekday, published=published), weekday=weekday)
    if group == "year":
        context = text[max(0, start - 24) : start]
        if not (
            r.date_preposition.search(context)
            or text.startswith(":", end)
            or not context.strip()
            or context.endswith("\n")
        ):
            return None
        first_year = int(match["yr"])
        last_year = _last_year_of_run(first_year, match["yr2"]) if match["yr2"] else None
        if last_year is None:  # ("2022-15" is no run of years: the year alone)
            return _year_mention(start, start + 4, text[start:start + 4], "year", first_year)
        return DateMention(start, end, written, "year", dt.date(last_year, 12, 31), dt.date(first_year, 1, 1), "year",
                           year=last_year)
    return None


_MOST_YEARS_IN_A_RUN = 10


def _last_year_of_run(first_year: int, written: str) -> int | None:
    """The last year of a run written after ``first_year`` ("2024", or "24" in its century), if it comes after it
    within a decade."""
    last = int(written) if len(written) == 4 else first_year - first_year % 100 + int(written)
    return last if first_year < last <= first_year + _MOST_YEARS_IN_A_RUN else None


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]


def _month_day(r: DateMentionRules, match: re.Match[str], prefix: str) -> tuple[int, int]:
    groups = match.groupdict()
    month_word = groups.get(f"{prefix}m1") or groups[f"{prefix}m2"]
    day = groups.get(f"{prefix}d1") or groups[f"{prefix}d2"]
    return r.month_lookup[month_word.rstrip(".")], int(day)


def _yearless(
    r: DateMentionRules, month: int, day: int, text: str, start: int, published: dt.date | None, war_start: dt.date
) -> dt.date | None:
    """Resolve a date written without a year; the war's first day after "since"/"from" is itself."""
    if (month, day) == (war_start.month, war_start.day) and r.war_start_context.search(
        text, max(0, start - 60), start
    ):
        return war_start
    return resolve_day_month(month, day, published=published)


# The extractor reads a document's dates twice (to infer its date, then with that date): the matches
# do not depend on the date, so the last document's are kept. One entry: memory stays flat.
@functools.lru_cache(maxsize=1)
def _date_matches(r: DateMentionRules, text: str, lowered: str) -> tuple[re.Match[str], ...]:
    """Matches of the three date patterns in text order, inner matches of a longer one dropped.

    Each pattern is tried only where a match can start: at a month or weekday name, at a run of
    digits that may be a day, a month or a year, or at a word shortly before a relative key word ("day", "week", "ago").
    """
    matches: list[re.Match[str]] = []
    for trigger, pattern, source in ((r.name_trigger, r.name_led, text), (_DATE_DIGITS, r.digit_led, text)):
        end = -1
        for hit in trigger.finditer(source):
            if hit.start() < end:
                continue
            match = pattern.match(source, hit.start())
            if match is not None:
                matches.append(match)
                end = match.end()
    if len(lowered) == len(text):  # lower() keeps offsets except for a few rare letters
        end = -1
        for position in find_all(lowered, r.relative_keywords):
            if position < end:
                continue
            for word in _WORD_START.finditer(lowered, max(0, position - 24), position + 1):
                match = r.relative_led.match(lowered, word.start())
                if match is not None and match.end() > position:
                    matches.append(match)
                    end = match.end()
                    break
    matches.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for match in matches:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return tuple(kept)


# Seasons ("in the spring of 2023", "last summer", "during the winter of 2022-23"): their months are the
# grammar's dates.seasons; a winter runs from December into the year it is named by.


def _season_span(r: DateMentionRules, season: str, end_year: int) -> tuple[dt.date, dt.date]:
    first, last = r.seasons[season]
    start_year = end_year - 1 if first > last else end_year
    return month_span(start_year, first)[0], month_span(end_year, last)[1]


# Like the date matches, a text's season words do not depend on its date: the last document's are kept.
@functools.lru_cache(maxsize=1)
def _season_words(r: DateMentionRules, text: str) -> tuple[re.Match[str], ...]:
    return tuple(r.season_word.finditer(text))


def _season_mentions(r: DateMentionRules, text: str, published: dt.date | None) -> list[DateMention]:
    found = []
    for word in _season_words(r, text):
        mod_match = r.season_mod_before.search(text, max(0, word.start() - 10), word.start())
        year_match = r.season_year_after.match(text, word.end())
        season = word.group(0).lower()
        if mod_match is None and (year_match is None or season in r.verb_seasons):
            continue  # "deaths fall 2023" is a verb; a bare "spring" may be anything
        start = mod_match.start() if mod_match is not None else word.start()
        end = year_match.end() if year_match is not None else word.end()
        if r.deadline_before.search(text, max(0, start - 12), start):
            continue  # "could reach 100,000 by the spring": a deadline, not a span
        first, last = r.seasons[season]
        if year_match is not None:
            end_year = int(year_match["year"])
            if first > last and year_match["year2"] is not None:  # "the winter of 2022-23"
                end_year += 1
        elif published is not None:
            # the latest such season begun by the report ("last": the one before the current one)
            end_year = published.year + (1 if first > last else 0)
            while _season_span(r, season, end_year)[0] > published:
                end_year -= 1
            mod = mod_match["mod"].lower() if mod_match is not None else ""
            if r.span_steps.get(mod, 0) < 0 and _season_span(r, season, end_year)[1] >= published:
                end_year -= 1
        else:
            found.append(DateMention(start, end, text[start:end], "season", None, None, "month"))
            continue
        first_day, last_day = _season_span(r, season, end_year)
        found.append(DateMention(start, end, text[start:end], "season", last_day, first_day, "month",
                                 month=last_day.month, year=last_day.year))
    return found


def _weekend_mentions(r: DateMentionRules, text: str, published: dt.date | None) -> list[DateMention]:
    """"over the weekend": the day its figures stand at, the Sunday by the report (while the weekend runs, the report's
    day); "last weekend" told on a weekend is the one before. Its length is no length the text gives (an occasion)."""
    found = []
    for match in r.weekend.finditer(text):
        if r.deadline_before.search(text, max(0, match.start() - 12), match.start()):
            continue  # "by the weekend": a deadline
        if published is None:
            found.append(DateMention(match.start(), match.end(), match.group(0), "weekend", None, None, "day"))
            continue
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)  # (Monday is 0: 5 is Saturday)
        if r.span_steps.get(match["mod"].lower(), 0) < 0 and published - saturday < dt.timedelta(days=2):
            saturday -= dt.timedelta(days=7)
        found.append(DateMention(match.start(), match.end(), match.group(0), "weekend",
                                 min(saturday + dt.timedelta(days=1), published), None, "day"))
    return found


def _with_seasons(mentions: list[DateMention], seasons: list[DateMention]) -> list[DateMention]:
    """The season mentions in place of the year mentions they contain."""
    kept = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in seasons)]
    return sorted(kept + seasons, key=lambda m: m.start)


def find_dates(text: str, *, published: dt.date | None, war_start: dt.date, grammar: PatternGrammar
               ) -> list[DateMention]:
    """Every date mention in text order, resolved where possible.

    Yearless dates go on or before ``published`` (two days' slack; "since February 24" is the
    war's first day); weekday dates take the year in which the weekday fits; weekdays, relative
    words and bare months count back from ``published``; "the next day" counts from the previous
    resolved mention. Without ``published``, mentions that need it keep ``date`` None. ``grammar`` is the
    language's (its month and weekday names, its prepositions).
    """
    return list(_dates_read(text, published, war_start, grammar))


def _month_from_last(r: DateMentionRules, chained: DateMention, mentions: list[DateMention],
                     published: dt.date | None) -> DateMention:
    """"the month before" as the calendar month that many months from the month named last (else from the report's
    month; unresolved without either)."""
    step = r.vocabulary["chained_months"][" ".join(chained.text.lower().split())]
    last = next((m for m in reversed(mentions) if m.precision in ("month", "year") and m.date is not None), None)
    if last is not None and last.precision == "year" and last.year is not None and step % 12 == 0:
        # "last year, up from 18,900 the year before": whole years from the year named last
        return _year_mention(chained.start, chained.end, chained.text, "relative", last.year + step // 12)
    named = next((m.date for m in reversed(mentions) if m.precision == "month" and m.date is not None), published)
    if named is None:
        return chained
    month = add_months(named.replace(day=1), step)
    return _span_mention((chained.start, chained.end, chained.text), "relative", (month.year, month.month),
                         (month.year, month.month), "month")


# An undated document's dates are read twice without a date (the figures counted from a day, then the inference
# of its date): the last reading is kept. One entry: memory stays flat.
@functools.lru_cache(maxsize=1)
def _dates_read(text: str, published: dt.date | None, war_start: dt.date, grammar: PatternGrammar
                ) -> tuple[DateMention, ...]:
    r = grammar.rules(DateMentionRules)
    mentions: list[DateMention] = []
    previous: dt.date | None = None
    bare_months: list[int] = []
    lowered = lower_once(text)
    for match in _date_matches(r, text, lowered):
        mention = _mention(r, match, text, lowered, published, war_start, previous)
        if mention is None:
            continue
        if match.lastgroup == "mchain":
            mention = _month_from_last(r, mention, mentions, published)
        if mentions and mention.start < mentions[-1].end:  # a count read backwards overlaps
            continue
        if match.lastgroup == "month":
            bare_months.append(len(mentions))
        elif match.lastgroup == "myear" and bare_months and bare_months[-1] == len(mentions) - 1:
            mentions[-1] = _coordinated(r, text, mentions[-1], mention)
        mentions.append(mention)
        if mention.date is not None and mention.precision == "day":
            previous = mention.date
    if "that " in lowered:  # "that June": the June of the year the text dated before (that_month.py)
        bare = [i for i, m in enumerate(mentions) if m.kind == "month" and m.precision == "month"
                and not _YEAR.search(m.text)]
        for i, year in years_of_that_month(grammar, text, mentions, bare).items():
            month = mentions[i].month
            if month is not None:
                mentions[i] = replace(mentions[i], date=month_span(year, month)[1],
                                      span_start=month_span(year, month)[0], year=year)
    # a season word is one of the grammar's seasons (its months are looked up by the word): a lower-cased ASCII text
    # without any holds none, and is not scanned for them
    if (not text.isascii() or any(season in lowered for season in r.seasons)) and _season_words(r, text):
        seasons = _season_mentions(r, text, published)
        if seasons:
            mentions = _with_seasons(mentions, seasons)
    if any(word in lowered for word in r.weekend_words) and (weekends := _weekend_mentions(r, text, published)):
        mentions = sorted(mentions + weekends, key=lambda m: m.start)
    if holidays := holidays_named(grammar, text, lowered, published, mentions):  # "by Christmas" (not a year in it)
        mentions = _with_seasons(mentions, [DateMention(*h[:5], None, "day", month=h.month, day=h.day, year=h.year)
                                            for h in holidays])
    if later := seasons_after_told(grammar, text, lowered, mentions):  # "the following winter", after "in 2023"
        mentions = _with_seasons(mentions, [DateMention(*x, "month", month=x.date.month, year=x.date.year)
                                            for x in later])
    return tuple(mentions)


def _coordinated(r: DateMentionRules, text: str, bare: DateMention, dated: DateMention) -> DateMention:
    """ "July and August 2024": the bare month takes the year of the month after it."""
    if dated.year is None or dated.month is None:
        return bare
    if not r.coordination.fullmatch(text, bare.end, dated.start):
        return bare
    last = r.month_lookup.get(bare.text.split()[-1].strip("-–—"))
    first = r.month_lookup.get(re.split(r"\s*[-–—]\s*", bare.text)[0])
    if last is None or first is None:
        return bare
    year = dated.year if last <= dated.month else dated.year - 1
    first_year = year if first <= last else year - 1
    return replace(
        bare,
        date=month_span(year, last)[1],
        span_start=month_span(first_year, first)[0],
        month=last,
        year=year,
    )


