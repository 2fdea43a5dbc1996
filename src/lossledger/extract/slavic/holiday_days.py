""""Напередодні Дня Незалежності ... у 2024 році", "накануне Дня Победы ... в 2024 году": a holiday on a fixed day named
without its year (``holidays`` reads one only with its year written after it), or its eve (``dates.yesterday`` right
before the name: the day before, in the year named), dates an undated text to that day of the year the text names (its
latest), as a yearless date does; so does the eve of one named with its own year ("Напередодні Великодня 2024 року":
4 May 2024). The holidays are the grammar's (``dates.holidays``); a feast whose day moves with the year is read only
with its own year."""

from __future__ import annotations

import datetime as dt

from ...languages.morphology import Token
from .dates import safe_date
from .holidays import day_of, holiday_table
from .mentions import DocText

__all__ = ["holiday_days"]


def holiday_days(doc: DocText, year: int) -> list[dt.date]:
    """The days in ``year`` of the holidays the text names without a year (the day before for an eve)."""
    lang = doc.lang
    table, holidays = holiday_table(lang)
    words = lang.grammar["dates"]
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i, tok in enumerate(toks):
            # (capitalised, as a name is: "на Новий рік", not "у новому році")
            hit = table.match(toks, i) if tok.text[:1].isupper() else None
            if hit is None:
                continue
            eve = i > 0 and words.match(toks, i - 1, i, "yesterday") is not None
            own = _own_year(toks, hit[1])
            if own is not None and not eve:
                continue  # ("на Різдво 2024 року": the holiday of its own year, read by ``holidays``)
            if own is None and "easter" in holidays[hit[0]]:
                continue  # (a feast whose day moves with the year: only with its own year)
            on = own or year
            day = safe_date(on, *day_of(holidays[hit[0]], on))
            if day is not None and eve and own is not None:
                day -= dt.timedelta(days=1)  # ("Напередодні Великодня 2024 року": 4 May 2024)
            elif day is not None and eve:
                # (the eve in the year named: "напередодні Нового року ... у 2024 році" is 31 December 2024)
                eve_day = day - dt.timedelta(days=1)
                day = safe_date(year, eve_day.month, eve_day.day)
            if day is not None:
                found.append(day)
    return found


def _own_year(toks: list[Token], end: int) -> int | None:
    """The year written right after a holiday's name ending before ``toks[end]`` ("Великодня 2024 року"), or None."""
    if end < len(toks) and toks[end].low.isdigit() and toks[end].start - toks[end - 1].end <= 3:
        return int(toks[end].low) if len(toks[end].low) == 4 else 0
    return None
