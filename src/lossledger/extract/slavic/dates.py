"""Date mentions: "13 листопада 2022 року", "станом на 13.11.2022", months, years, weekdays, days of the war."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ...languages.morphology import Token
from .language import Language
from .numbers import number_word, token_index
from .sentences import Sentence

# -- dates -----------------------------------------------------------------------------------------------


@dataclass
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    role: str  # "as_of", "since", "span", "plain"
    kind: str  # "day", "month", "year", "year_start", "war_day"
    first_token: int = 0
    last_token: int = 0


_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _role_before(tokens: list[Token], i: int, lang: Language) -> str:
    dates = lang.grammar["dates"]
    for k in (3, 2, 1):
        if i - k < 0:
            continue
        for key, role in (("as_of_before", "as_of"), ("since_before", "since")):
            hit = dates.match(tokens, i - k, i, key)
            if hit and hit[1] == i:
                return role
    return "plain"


def find_dates(text: str, sent: Sentence, lang: Language) -> list[DateMention]:
    """Dates of a sentence: "13.11.2022", "13 листопада 2022 року", "в ноябре", "у 2024 році",
    "с начала года", "у понеділок", "23-ї доби війни"; each with the role the words before give it."""
    tokens = sent.tokens
    used: set[int] = set()
    out = _numeric_dates(text, sent, lang, used)
    out += _month_dates(tokens, lang, used)
    out += _year_dates(tokens, lang, used)
    out += _weekday_dates(tokens, lang, used)
    out += _war_days(text, tokens, lang)
    out.sort(key=lambda d: d.start)
    return out


def _numeric_dates(text: str, sent: Sentence, lang: Language, used: set[int]) -> list[DateMention]:
    out = []
    for m in _NUMERIC_DATE.finditer(text, sent.start, sent.end):
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


def _month_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    out = []
    months = lang.month_forms
    for i, tok in enumerate(tokens):
        if i in used or months.isdisjoint(tok.lemmas):
            continue
        month = next(lang.months[f] for f in tok.lemmas if f in lang.months)
        first, day = i, None
        if i > 0 and tokens[i - 1].low.isdigit() and 1 <= int(tokens[i - 1].low) <= 31 \
                and tok.start - tokens[i - 1].end <= 2:
            first, day = i - 1, int(tokens[i - 1].low)
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
            out.append(DateMention(tokens[first].start, tokens[last].end, year, month, day,
                                   _role_before(tokens, first, lang), "day", first, last))
        elif _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tokens[last].end, year, month, None, "span", "month", i, last))
        elif year is not None or _role_before(tokens, i, lang) == "since":
            out.append(DateMention(tok.start, tokens[last].end, year, month, None,
                                   _role_before(tokens, i, lang), "month", i, last))
        else:
            continue  # a month word alone ("травень" the name, "мая" of another word) is no date
        used.update(range(first, last + 1))
    return out


def _year_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у 2024 році" (a span), "з початку 2024 року", "с начала года" (a span's start)."""
    dates = lang.grammar["dates"]
    starts_of = dates.starts(tokens, "start_of")
    out = []
    for i, tok in enumerate(tokens):
        if i in used:
            continue
        start_of = i > 0 and (i - 1) in starts_of
        year: int | None
        if tok.low[:1] in ("1", "2") and _YEAR.match(tok.low):
            year, last = _year_after(tokens, i, lang)
            if last == i and not start_of:
                continue  # a bare four-digit number: not a year without "року" or "з початку"
        elif start_of and (word := dates.match(tokens, i, key="year_words")) is not None:
            year, last = None, word[1] - 1  # "с начала года": this year
        else:
            continue
        if start_of:
            out.append(DateMention(tokens[i - 1].start, tokens[last].end, year, None, None, "since", "year_start",
                                   i - 1, last))
        else:
            role = "span" if _after_in_word(tokens, i, lang) else "plain"
            out.append(DateMention(tok.start, tokens[last].end, year, None, None, role, "year", i, last))
        used.update(range(i - int(start_of), last + 1))
    return out


def _weekday_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у понеділок", "в субботу": the latest such day up to the publication date."""
    out = []
    weekdays = lang.weekday_forms
    for i, tok in enumerate(tokens):
        if weekdays.isdisjoint(tok.lemmas):
            continue
        weekday = next(lang.weekdays[f] for f in tok.lemmas if f in lang.weekdays)
        if i not in used and _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tok.end, None, None, weekday, "plain", "weekday", i, i))
    return out


def _war_days(text: str, tokens: list[Token], lang: Language) -> list[DateMention]:
    """"23-ї доби вторгнення", "за вісім діб війни": a day of the war."""
    out = []
    war_day = lang.grammar["dates"].starts(tokens, "war_day")
    for i, tok in enumerate(tokens):
        if i == 0 or i not in war_day:
            continue
        prev = tokens[i - 1]
        if i > 1 and not prev.low.isdigit() and len(prev.low) <= 3 and tokens[i - 2].low.isdigit() \
                and text[tokens[i - 2].end:prev.start] == "-":
            prev = tokens[i - 2]  # "23-ї доби"
        value = float(prev.low) if prev.low.isdigit() else number_word(lang, prev)
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
    if d.kind == "weekday":
        if published is None or d.day is None:
            return None
        return published - dt.timedelta(days=(published.weekday() - d.day) % 7)
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
    year = d.year or (published.year if published else None)
    if year is None:
        return None
    if d.month is None:
        return dt.date(year, 1, 1)
    if d.day is None:
        return dt.date(year, d.month, 1)
    return resolve_date(d, published)
