"""Date mentions: "13 листопада 2022 року", "станом на 13.11.2022", months, years, weekdays, days of the war."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...languages.morphology import Token, tags
from .. import dates as english
from ..calendar_dates import resolve_weekday_date
from .anniversary_year import anniversary_year
from .birth_dates import is_birth_date
from .document_dates import is_document_date, is_report_date
from .holidays import holidays_named, on_the_day
from .language import DIGITS, MONTH, SEASON, WEEKDAY, YEAR, Language
from .numbers import lone_multiplier, number_word, token_index
from .sentences import Sentence

# -- dates -----------------------------------------------------------------------------------------------


@dataclass
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    role: str  # "as_of", "since", "span", "plain", "since_clock" (from an hour of that day)
    kind: str  # "day", "month", "season", "year", "year_start", "war_day", "weekday", "today"
    first_token: int = 0
    last_token: int = 0
    #: a weekday's: the last day of the week a heading dates ("Підсумки тижня, 1–7 грудня"), which the weekday falls
    #: within, else None (the latest such day up to the publication date; extract/slavic/week_lines.py)
    week_end: dt.date | None = None


# (the first digit matched before the look behind it, which tests the character before that digit: a pattern
# opening on a digit is searched for by ``re`` from digit to digit, where one opening on a look ahead is tried at
# every character)
_NUMERIC_DATE = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_YEAR = re.compile(r"^(19|20)\d\d$")
_DOT_DIGIT = re.compile(r"\.\d")
#: the dash between the first and the last of a range of days ("23–29 ноября"), no space or one either side
_DAY_DASH = re.compile(r" ?[—–-] ?")
#: a range of days of the same month, shorter than this, is a span of days (not two figures joined)
_DASHED_DAYS = 31


def _role_before(tokens: list[Token], i: int, lang: Language) -> str:
    dates = lang.grammar["dates"]
    if i >= 2 and len(tokens[i - 1].low) == 2 and tokens[i - 1].low.isdigit() and tokens[i - 2].low.isdigit() \
            and tokens[i - 1].start == tokens[i - 2].end + 1:
        # "станом на 08:00 10 червня": the words before the clock time; "(з 18:00 9 червня)": the evening a night
        # began, neither the day of its figures nor a span's first day
        role = _role_before(tokens, i - 2, lang)
        return "since_clock" if role == "since" else role
    for k in (3, 2, 1):
        if i - k < 0:
            continue
        for key, role in (("as_of_before", "as_of"), ("since_before", "since")):
            hit = dates.match(tokens, i - k, i, key)
            if hit and hit[1] == i:
                return role
    return "plain"


def find_dates(text: str, sent: Sentence, lang: Language, *, war_start: dt.date | None = None,
               published: dt.date | None = None,
               written_from: Callable[[], str | None] | None = None) -> list[DateMention]:
    """Dates of a sentence: "13.11.2022", "13 листопада 2022 року", "в ноябре", "у 2024 році",
    "с начала года", "у понеділок", "23-ї доби війни", "в третью годовщину вторжения" (given the war's
    start); each with the role the words before give it."""
    tokens = sent.tokens
    used: set[int] = set()
    # (each reader below finds nothing without its kind of word or its grammar's key in the sentence: both read
    # once here, and a reader whose word is missing is not called; most sentences hold no date at all)
    every = lang.token_kinds(tokens)[1]
    present = lang.grammar["dates"].keys_in(tokens)
    out = _numeric_dates(text, sent, lang, used) if every & DIGITS else []
    if war_start is not None and "anniversary" in present:
        out += _anniversaries(text, tokens, lang, used, war_start)
    if every & MONTH:
        out += _month_dates(text, tokens, lang, used)
    if every & SEASON:
        out += _season_dates(tokens, lang, used)
    # ("на Різдво 2024 року", "на Великдень цього року": holidays_named asks its own words first)
    for h in holidays_named(tokens, lang, used, published.year if published is not None else None, written_from):
        out.append(DateMention(tokens[h.first].start, tokens[h.last].end, h.year, h.month, h.day,
                               on_the_day(tokens, h, _role_before(tokens, h.first, lang), lang), "day", h.first,
                               h.last))
        used.update(range(h.first, h.last + 1))
    if every & YEAR or "start_of" in present:
        out += _year_dates(tokens, lang, used)
    if every & WEEKDAY:
        out += _weekday_dates(tokens, lang, used)
    if _names_yesterday(text, lang) and any(text.find(w, sent.start, sent.end) >= 0 for w in _YESTERDAY[lang.code]):
        out += _yesterday_dates(tokens, lang, used)
    if not _DAYS_BACK_KEYS.isdisjoint(present):
        out += _days_back(tokens, lang, used)
    if "war_day" in present:
        out += _war_days(text, tokens, lang)
    if not out:
        return out
    out.sort(key=lambda d: d.start)
    for d in out:
        if d.role == "since" and is_report_date(tokens, d, lang):
            d.role = "as_of"  # ("в сводке от 3 декабря": the day the report's figures stand at)
    # ("родившийся 12 марта 1995 года"; "запит від 25.11.2026")
    return [d for d in out if not is_birth_date(tokens, d, lang) and not is_document_date(text, tokens, d, lang)]


def _numeric_dates(text: str, sent: Sentence, lang: Language, used: set[int]) -> list[DateMention]:
    out: list[DateMention] = []
    if not lang.token_kinds(sent.tokens)[1] & DIGITS:
        return out  # (a digit of the sentence is in one of its tokens: none, no date in digits)
    # (a date holds a "." before a digit, found by a search for the "." alone, a few instructions a character where
    # the date's own search, opening on a digit, costs some hundred; it opens at most two digits before that "."
    # and looks behind from there)
    dot = _DOT_DIGIT.search(text, sent.start, sent.end)
    if dot is None:
        return out
    for m in _NUMERIC_DATE.finditer(text, max(sent.start, dot.start() - 2), sent.end):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if year < 100:
            year += 2000
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        i = token_index(sent.tokens, m.start())
        j = token_index(sent.tokens, m.end()) - 1
        used.update(range(i, j + 1))
        out.append(DateMention(m.start(), m.end(), year, month, day, _role_before(sent.tokens, i, lang), "day", i, j))
    return out


def _year_after(tokens: list[Token], k: int, lang: Language) -> tuple[int | None, int]:
    """("2022", index of its last token) for "2022 року" / "2022 г." at ``tokens[k]``, else (None, k - 1)."""
    if k < len(tokens) and _YEAR.match(tokens[k].low) and tokens[k].start - tokens[k - 1].end <= 3:
        last = k
        word = lang.grammar["dates"].match(tokens, k + 1, key="year_words") if k + 1 < len(tokens) else None
        if word is not None:
            last = word[1] - 1
        return int(tokens[k].low), last
    return None, k - 1


def _after_in_word(tokens: list[Token], i: int, lang: Language) -> bool:
    """"у вересні", "в течение мая": a span word right before ``tokens[i]``."""
    spans = lang.grammar["spans"]
    return any(i - k >= 0 and (hit := spans.match(tokens, i - k, key="in_words")) is not None and hit[1] == i
               for k in (1, 2))


def _since_word_before(tokens: list[Token], i: int, lang: Language) -> int | None:
    """The first token of "з", "від", "починаючи з" right before ``tokens[i]``; None: none there."""
    dates = lang.grammar["dates"]
    return next((i - k for k in (1, 2) if i - k >= 0 and (hit := dates.match(tokens, i - k, key="since_before"))
                 is not None and hit[1] == i), None)


def _month_dates(text: str, tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    out: list[DateMention] = []
    kinds, every = lang.token_kinds(tokens)
    if not every & MONTH:
        return out  # (most sentences name no month)
    for i, tok in enumerate(tokens):
        if i in used or not kinds[i] & MONTH:
            continue
        month = next(lang.months[f] for f in tok.lemmas if f in lang.months)
        first, day = i, None
        if i > 0 and (i - 1) in lang.grammar["dates"].starts(tokens, "end_of"):
            # "к концу ноября", "станом на кінець листопада": the figure stands at the month's last day
            year, last = _year_after(tokens, i + 1, lang)
            out.append(DateMention(tokens[i - 1].start, tokens[max(last, i)].end, year, month,
                                   calendar.monthrange(year or 2001, month)[1], "as_of", "day", i - 1, max(last, i)))
            used.update(range(i - 1, max(last, i) + 1))
            continue
        if i > 0 and tokens[i - 1].low.isdigit() and 1 <= int(tokens[i - 1].low) <= 31 \
                and tok.start - tokens[i - 1].end <= 2:
            first, day = i - 1, int(tokens[i - 1].low)
        if day is None and (ranged := _month_range(text, tokens, i, kinds, lang)) is not None:
            out.extend(ranged)  # "жовтня–листопада 2023 року", "в октябре-ноябре": from the first to the last's end
            used.update(range(i, ranged[-1].last_token + 1))
            continue
        year, last = _year_after(tokens, i + 1, lang)
        last = max(last, i)
        if day is not None:
            start_day = first - 2
            if start_day >= 0 and start_day not in used and tokens[start_day].low.isdigit() \
                    and 1 <= int(tokens[start_day].low) < day \
                    and lang.grammar["dates"].match(tokens, first - 1, first, "range_to") \
                    and _role_before(tokens, start_day, lang) == "since":
                # "с 1 по 7 марта", "з 1 до 7 березня": the span's first day takes the month after it
                out.append(DateMention(tokens[start_day].start, tokens[start_day].end, year, month,
                                       int(tokens[start_day].low), "since", "day", start_day, start_day))
                used.add(start_day)
            elif first >= 1 and (first - 1) not in used and tokens[first - 1].low.isdigit() \
                    and 1 <= int(tokens[first - 1].low) < day and day - int(tokens[first - 1].low) < _DASHED_DAYS \
                    and _DAY_DASH.fullmatch(text, tokens[first - 1].end, tokens[first].start):
                # "(23–29 ноября)", "23-29 листопада": days joined by a dash, a span from the first to the last
                out.append(DateMention(tokens[first - 1].start, tokens[first - 1].end, year, month,
                                       int(tokens[first - 1].low), "since", "day", first - 1, first - 1))
                used.add(first - 1)
                out.append(DateMention(tokens[first].start, tokens[last].end, year, month, day, "as_of", "day", first,
                                       last))
                used.update(range(first, last + 1))
                continue
            elif start_day >= 0 and start_day not in used and tokens[start_day].low.isdigit() \
                    and int(tokens[start_day].low) == day - 1 and tokens[first - 1].low in lang.and_words:
                # "29 и 30 ноября", "29 і 30 листопада": two days in a row named together are a span of both
                out.append(DateMention(tokens[start_day].start, tokens[start_day].end, year, month,
                                       day - 1, "since", "day", start_day, start_day))
                used.add(start_day)
            out.append(DateMention(tokens[first].start, tokens[last].end, year, month, day,
                                   _role_before(tokens, first, lang), "day", first, last))
        elif _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tokens[last].end, year, month, None, "span", "month", i, last))
        elif year is not None or _role_before(tokens, i, lang) == "since":
            out.append(DateMention(tok.start, tokens[last].end, year, month, None,
                                   _role_before(tokens, i, lang), "month", i, last))
        elif i > 1 and lang.grammar["dates"].match(tokens, i - 1, i, "range_to") \
                and any(d.role == "since" and d.kind == "month" and d.last_token == i - 2 for d in out):
            # "з січня по листопад": the span ends with the last day of the month after "по"
            out.append(DateMention(tok.start, tokens[last].end, year, month,
                                   calendar.monthrange(year or 2001, month)[1], "as_of", "day", i, last))
        else:
            continue  # a month word alone ("травень" the name, "мая" of another word) is no date
        used.update(range(first, last + 1))
    _share_the_end_year(tokens, out, lang)
    return out


def _month_range(text: str, tokens: list[Token], i: int, kinds: list[Any], lang: Language) -> list[DateMention] | None:
    """Two months joined by a dash ("жовтня–листопада 2023 року"): a span since the first month's first day (in the
    year after the second, which the first shares) to the second month's last day; None where no such pair is."""
    j = i + 1
    if j >= len(tokens) or not kinds[j] & MONTH or tokens[j].start - tokens[i].end > 3 \
            or not _RANGE_DASH.fullmatch(text[tokens[i].end:tokens[j].start]):
        return None
    first = next(lang.months[f] for f in tokens[i].lemmas if f in lang.months)
    second = next(lang.months[f] for f in tokens[j].lemmas if f in lang.months)
    if second <= first:
        return None  # ("грудня–січня": across a year's end, no year to give each; left alone)
    year, last = _year_after(tokens, j + 1, lang)
    last = max(last, j)
    return [DateMention(tokens[i].start, tokens[i].end, year, first, None, "since", "month", i, i),
            DateMention(tokens[j].start, tokens[last].end, year, second,
                        calendar.monthrange(year or 2001, second)[1], "as_of", "day", j, last)]


def _share_the_end_year(tokens: list[Token], out: list[DateMention], lang: Language) -> None:
    """"з січня по листопад 2023 року", "с 1 октября по 30 ноября 2023 года": the year written after the span's last
    month is its first month's too (an earlier month of that year; a later one, "з грудня по лютий 2024 року", starts
    the year before)."""
    for start in out:
        if start.role != "since" or start.kind not in ("month", "day") or start.year is not None \
                or start.month is None:
            continue
        k = start.last_token + 1  # the word "по" / "до" right after the first month
        end = next((d for d in out if d.first_token == k + 1), None)
        if end is None or end.year is None or end.month is None \
                or not lang.grammar["dates"].match(tokens, k, k + 1, "range_to"):
            continue
        start.year = end.year if start.month <= end.month else end.year - 1


#: The dash of a range of months: a hyphen, an en or em dash, no spaces or one either side.
_RANGE_DASH = re.compile(r" ?[-–—] ?")


def _season_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"за зиму", "влітку 2023 року", "прошлым летом": a season (its first month in ``month``)."""
    out: list[DateMention] = []
    kinds, every = lang.token_kinds(tokens)
    if not every & SEASON:
        return out  # (most sentences name no season)
    seasons: dict[str, int] = lang.raw["grammar"].get("dates", {}).get("seasons", {})
    spans = lang.grammar["spans"]
    for i, tok in enumerate(tokens):
        first = next((seasons[f] for f in tok.lemmas if f in seasons), None) if i not in used else None
        if first is None:
            continue
        adverb = "ADVB" in tags(tok.low, lang.code)  # "влітку", "зимой": the season with no word before it
        if not adverb and _role_before(tokens, i, lang) == "since":
            # "з початку осені", "с начала лета": since the season's first month
            year, last = _year_after(tokens, i + 1, lang)
            last = max(last, i)
            out.append(DateMention(tok.start, tokens[last].end, year, first, None, "since", "month", i, last))
            used.update(range(i, last + 1))
            continue
        if not (adverb or _after_in_word(tokens, i, lang) or (i > 0 and spans.match(tokens, i - 1, key="recent"))):
            continue  # "зима була важкою": the season named, not a span
        year, last = _year_after(tokens, i + 1, lang)
        last = max(last, i)
        out.append(DateMention(tok.start, tokens[last].end, year, first, None, "span", "season", i, last))
        used.update(range(i, last + 1))
    return out


def season_bounds(d: DateMention, published: dt.date | None, *, whole: bool = False
                  ) -> tuple[dt.date, dt.date] | None:
    """The first and last days of a season's mention (the last one not after ``published``; a season still
    running ends at ``published`` unless ``whole``)."""
    month = d.month or 1
    if d.year is not None:
        year = d.year - 1 if month == 12 else d.year  # "взимку 2023 року": December 2022 to February 2023
    elif published is not None:
        year = published.year if dt.date(published.year, month, 1) <= published else published.year - 1
    else:
        return None
    start = dt.date(year, month, 1)
    end_year, end_month = (year + 1, month + 2 - 12) if month + 2 > 12 else (year, month + 2)
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    running = not whole and published is not None and start <= published < end
    return start, (published if running and published is not None else end)


def _year_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у 2024 році" (a span), "з початку 2024 року", "с начала года" (a span's start)."""
    dates = lang.grammar["dates"]
    starts_of = dates.starts(tokens, "start_of")
    out: list[DateMention] = []
    kinds, every = lang.token_kinds(tokens)
    if not every & YEAR and not starts_of:
        return out  # (neither a year nor "з початку": most sentences)
    # "к концу 2023 года", "на середину 2024 року": the day a figure stands at, within a year
    part_days = {**{k: (12, 31) for k in dates.starts(tokens, "end_of")},
                 **{k: (6, 30) for k in dates.starts(tokens, "middle_of")}}
    # (a date here opens at a year or right after "з початку": only those tokens are looked at, in order)
    openings = sorted({i for i, kind in enumerate(kinds) if kind & YEAR}
                      | {k + 1 for k in starts_of if k + 1 < len(tokens)})
    for i in openings:
        tok = tokens[i]
        if i in used:
            continue
        start_of = i > 0 and (i - 1) in starts_of
        year: int | None
        if kinds[i] & YEAR and i > 0 and (i - 1) in part_days:
            year, last = _year_after(tokens, i, lang)
            month, day = part_days[i - 1]
            out.append(DateMention(tokens[i - 1].start, tokens[last].end, year, month, day, "as_of", "day", i - 1,
                                   last))
            used.update(range(i - 1, last + 1))
            continue
        if kinds[i] & YEAR:
            year, last = _year_after(tokens, i, lang)
            if last == i and not start_of:
                continue  # a bare four-digit number: not a year without "року" or "з початку"
        elif start_of and (word := dates.match(tokens, i, key="year_words")) is not None:
            year, last = None, word[1] - 1  # "с начала года": this year
        elif start_of and i + 1 < len(tokens) and dates.match(tokens, i, key="this_year") is not None \
                and (word := dates.match(tokens, i + 1, key="year_words")) is not None:
            year, last = None, word[1] - 1  # "с начала этого года", "з початку поточного року"
        else:
            continue
        if start_of:
            out.append(DateMention(tokens[i - 1].start, tokens[last].end, year, None, None, "since", "year_start",
                                   i - 1, last))
        elif last > i and (since := _since_word_before(tokens, i, lang)) is not None:
            # "з 2023 року громада втратила 14 захисників": the year's first day, as "з початку 2023 року"
            out.append(DateMention(tokens[since].start, tokens[last].end, year, None, None, "since", "year_start",
                                   since, last))
        else:
            role = "span" if _after_in_word(tokens, i, lang) else "plain"
            out.append(DateMention(tok.start, tokens[last].end, year, None, None, role, "year", i, last))
        used.update(range(i - int(start_of), last + 1))
    return out


def _weekday_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у понеділок", "в субботу": the latest such day up to the publication date."""
    out: list[DateMention] = []
    kinds, every = lang.token_kinds(tokens)
    if not every & WEEKDAY:
        return out
    for i, tok in enumerate(tokens):
        if not kinds[i] & WEEKDAY:
            continue
        weekday = next(lang.weekdays[f] for f in tok.lemmas if f in lang.weekdays)
        if i not in used and _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tok.end, None, None, weekday, "plain", "weekday", i, i))
        elif i not in used and _role_before(tokens, i, lang) == "as_of":
            # "станом на ранок вівторка": the day the figure stands at, not a day's losses
            out.append(DateMention(tok.start, tok.end, None, None, weekday, "as_of", "weekday", i, i))
    return out


#: the words for "yesterday" by language code (read once)
_YESTERDAY: dict[str, tuple[str, ...]] = {}
#: the words for "today" by language code (read with those for "yesterday", and looked for only beside one)
_TODAY: dict[str, tuple[str, ...]] = {}
#: the last text looked at, and whether it names "yesterday"
_YESTERDAY_SEEN: list[Any] = [None, None, False]


def _names_yesterday(text: str, lang: Language) -> bool:
    """Whether the document's text holds a word for "yesterday" (looked for once per document: the word does not
    inflect, and most documents have none)."""
    if _YESTERDAY_SEEN[0] is not text or _YESTERDAY_SEEN[1] != lang.code:
        words = _YESTERDAY.get(lang.code)
        if words is None:
            found = lang.raw["grammar"]["dates"].get("yesterday", ())
            words = _YESTERDAY[lang.code] = tuple(found) + tuple(w.capitalize() for w in found)
            today = lang.raw["grammar"]["dates"].get("today", ())
            _TODAY[lang.code] = tuple(today) + tuple(w.capitalize() for w in today)
        _YESTERDAY_SEEN[:] = [text, lang.code, any(w in text for w in words)]
    return bool(_YESTERDAY_SEEN[2])


def _yesterday_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"вчора ворог втратив ...": the day before the publication date, a weekday mention one day back (its ``day``
    the days back, negative); "сьогодні" beside it, the publication date (a mention of its own kind, "today")."""
    words, today = _YESTERDAY[lang.code], _TODAY[lang.code]
    return [DateMention(t.start, t.end, None, None, -1 if t.text in words else None,
                        "as_of" if _role_before(tokens, a, lang) == "as_of" else "plain",
                        "weekday" if t.text in words else "today", a, a)
            for a, t in enumerate(tokens) if (t.text in words or t.text in today) and a not in used
            and not (t.text in words and _eve_of_a_thing(tokens, a, lang))]


#: the grammar's keys of days counted back from the publication date, and how many days back each names
_DAYS_BACK = (("two_days_back", 2), ("night_before_last", 1))
_DAYS_BACK_KEYS = frozenset(key for key, _back in _DAYS_BACK)


def _days_back(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"позавчора" (two days back), "позаминулої ночі" (the night that ran into yesterday, dated by its last day as
    "минулої ночі" is by the publication day): a weekday mention so many days back (its ``day`` negative)."""
    out = []
    dates = lang.grammar["dates"]
    present = dates.keys_in(tokens)  # (one look-up of the sentence's keys: most have neither)
    for key, back in _DAYS_BACK:
        if key not in present:
            continue
        for _key, a, b in dates.find_all(tokens, key=key):
            if not used.intersection(range(a, b)):
                out.append(DateMention(tokens[a].start, tokens[b - 1].end, None, None, -back,
                                       "as_of" if _role_before(tokens, a, lang) == "as_of" else "plain", "weekday",
                                       a, b - 1))
                used.update(range(a, b))
    return out


def _eve_of_a_thing(tokens: list[Token], a: int, lang: Language) -> bool:
    """"напередодні Нового року", "накануне переговоров": the eve of a thing named after the word (a genitive), not
    the day before the text."""
    found = tags(tokens[a + 1].low, lang.code) if a + 1 < len(tokens) else frozenset()
    return "gent" in found and not found & {"nomn", "PREP"}


def _anniversaries(text: str, tokens: list[Token], lang: Language, used: set[int],
                   war_start: dt.date) -> list[DateMention]:
    """"в третью годовщину полномасштабного вторжения", "у 2-гу річницю війни": the day the war is N years old."""
    dates = lang.grammar["dates"]
    out = []
    for i in dates.starts(tokens, "anniversary"):
        if i == 0:
            continue
        first = i - 1
        years = next((lang.ordinals[f] for f in tokens[first].lemmas if f in lang.ordinals), None)
        if years is None and first > 0 and len(tokens[first].low) <= 3 and tokens[first - 1].low.isdigit() \
                and text[tokens[first - 1].end:tokens[first].start] == "-":
            first -= 1  # "3-ю годовщину", "3-тю річницю"
            years = int(tokens[first].low)
        if years is None:  # "у річницю вторгнення, у 2024 році": the year written beside it (anniversary_year.py)
            first, years = i, anniversary_year(tokens, lang, i, war_start.year)
        if years is None or not 0 < years <= 50 or used.intersection(range(first, i + 1)):
            continue
        # the war within a few words after it ("годовщину начала войны", "річницю повномасштабного вторгнення")
        war = lang.grammar["spans"]
        if not any(war.match(tokens, k, key="war_nouns") for k in range(i + 1, min(len(tokens), i + 5))):
            continue
        day = safe_date(war_start.year + years, war_start.month, war_start.day)
        if day is None:
            continue
        if first > 0 and dates.match(tokens, first - 1, first, "yesterday") is not None:
            day -= dt.timedelta(days=1)  # "напередодні третьої річниці вторгнення": its eve
        out.append(DateMention(tokens[first].start, tokens[i].end, day.year, day.month, day.day,
                               _role_before(tokens, first, lang), "day", first, i))
        used.update(range(first, i + 1))
    return out


def _war_days(text: str, tokens: list[Token], lang: Language) -> list[DateMention]:
    """"23-ї доби вторгнення", "за вісім діб війни": a day of the war."""
    out = []
    for i in lang.grammar["dates"].starts(tokens, "war_day"):  # (in the order of the text)
        if i == 0:
            continue
        tok = tokens[i]
        prev = tokens[i - 1]
        if i > 1 and not prev.low.isdigit() and len(prev.low) <= 3 and tokens[i - 2].low.isdigit() \
                and text[tokens[i - 2].end:prev.start] == "-":
            prev = tokens[i - 2]  # "23-ї доби"
        value = float(prev.low) if prev.low.isdigit() else number_word(lang, prev)
        if value is None:  # "тисячний день війни": an ordinal word; "Тисяча днів війни": a multiplier alone
            value = next((float(lang.ordinals[w]) for w in prev.lemmas if w in lang.ordinals), None) \
                or lone_multiplier(lang, tokens, i - 1)
        if value is None:
            continue
        spans = lang.grammar["spans"]
        if any(spans.match(tokens, k, key="war_nouns") for k in range(i + 1, min(len(tokens), i + 4))):
            out.append(DateMention(prev.start, tok.end, None, None, int(value), "plain", "war_day", i - 1, i))
    return out


def resolve_date(d: DateMention, published: dt.date | None) -> dt.date | None:
    """The day a date mention names (a month or year: its last day, or ``published`` if still running)."""
    year = d.year
    if d.kind == "war_day":
        return None
    if d.kind == "season":
        bounds = season_bounds(d, published)
        return bounds[1] if bounds else None
    if d.kind == "today":
        return published
    if d.kind == "weekday":
        if published is None or d.day is None:
            return None
        if d.day < 0:
            return published + dt.timedelta(days=d.day)  # "вчора": days back
        last = d.week_end or published
        return last - dt.timedelta(days=(last.weekday() - d.day) % 7)
    if year is None:
        if published is None:
            return None
        year = published.year
        if d.month is not None:
            probe = safe_date(year, d.month, d.day or 1)
            if probe is not None and probe > published + dt.timedelta(days=2):
                year -= 1
    if d.kind == "year_start":
        return dt.date(year, 1, 1)
    if d.month is None:
        end = dt.date(year, 12, 31)
        return min(end, published) if published and published.year == year else end
    if d.day is None:
        end = dt.date(year, d.month, calendar.monthrange(year, d.month)[1])
        return min(end, published) if published and published.year == year and published.month == d.month else end
    return safe_date(year, d.month, d.day)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def span_start(d: DateMention, published: dt.date | None) -> dt.date | None:
    if d.kind == "season":
        bounds = season_bounds(d, published)
        return bounds[0] if bounds else None
    year = d.year or (published.year if published else None)
    if year is None:
        return None
    if d.month is None:
        return dt.date(year, 1, 1)
    if d.day is None:
        # ("у травні" in January: last May, as its last day is; resolve_date places it)
        end = resolve_date(d, published) if d.year is None else None
        return dt.date(end.year if end is not None else year, d.month, 1)
    return resolve_date(d, published)


# -- an undated document's date from the totals it quotes --------------------------------------------------


def infer_from_totals(dates: list[DateMention], totals: list[tuple[str, float]],
                      spans: list[tuple[str, float, DateMention]], series: Any) -> dt.date | None:
    """An undated text's date from what is rough on its own, as in English (``..dates``): the first day the
    dating series reached a round total it quotes ("понад 250 тисяч"), or grew by a figure counted from a
    stated day ("з початку 2024 року ... 100 тисяч"), the later of the two (both only lower bounds); then a
    yearless date ("станом на 8 липня", "по состоянию на 8 июля") placed in the year that follows it, or the
    text's one weekday ("у четвер") on or after it. None when no total dates the text."""
    yearless = [d for d in dates if d.kind == "day" and d.year is None and d.month and d.day]
    round_min = english.ROUND_TOTAL_WITH_DAY_MIN if yearless else english.ROUND_TOTAL_MIN
    bounds: list[dt.date] = []
    rough = english.series_evidence(totals, series, None, round_min) if totals else None
    if rough is not None and rough.approximate:
        bounds.append(rough.date)
    dated_spans = [(category, value, first) for category, value, d in spans
                   if d.year is not None and (first := span_start(d, None)) is not None]
    reached = english.span_total_reached(dated_spans, series) if dated_spans else None
    if reached is not None:
        bounds.append(reached[0])
    if not bounds:
        return None
    lower = max(bounds)
    placed = [day for d in yearless for year in (lower.year, lower.year + 1)
              if (day := safe_date(year, d.month or 1, d.day or 1)) is not None
              and lower - english.SERIES_SLACK <= day <= lower + english.PLACED_REACH]
    if placed:
        return min(placed)
    weekdays = {d.day for d in dates if d.kind == "weekday" and d.day is not None and d.day >= 0}
    if len(weekdays) == 1:
        weekday = weekdays.pop()
        return lower + dt.timedelta(days=(weekday - lower.weekday()) % 7)
    return lower


#: A yearless date this close to the start of the text is a dateline ("КИЇВ, 14 серпня.").
DATELINE_CHARS = 40


def dateline_with_weekday(dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """"ДУБАЙ, 14 августа ... в четверг": a yearless dateline takes the year in which it falls on the weekday
    the text names (the only one it names), as in English."""
    weekdays = {d.day for d in dates if d.kind == "weekday" and d.day is not None and d.day >= 0}
    line = next((d for d in dates if d.start < DATELINE_CHARS and d.kind == "day" and d.year is None
                 and d.month and d.day), None)
    if line is None or len(weekdays) != 1 or line.month is None or line.day is None:
        return None
    found = resolve_weekday_date(line.month, line.day, weekdays.pop(), war_start=war_start)
    return found if found is not None and found >= war_start else None
