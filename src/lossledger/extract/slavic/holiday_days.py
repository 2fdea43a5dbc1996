""""Напередодні Дня Незалежності ... у 2024 році", "накануне Дня Победы ... в 2024 году": a holiday on a fixed day named
without its year (``holidays`` reads one only with its year written after it), or its eve (``dates.yesterday`` right
before the name: the day before, in the year named), dates an undated text to that day of the year the text names (its
latest), as a yearless date does. The holidays are the grammar's (``dates.holidays``); a feast whose day moves with the
year is not read."""

from __future__ import annotations

import datetime as dt

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
            if hit is None or "easter" in holidays[hit[0]]:
                continue
            if hit[1] < len(toks) and toks[hit[1]].low.isdigit() and toks[hit[1]].start - toks[hit[1] - 1].end <= 3:
                continue  # ("на Різдво 2024 року": the holiday of its own year, read by ``holidays``)
            day = safe_date(year, *day_of(holidays[hit[0]], year))
            if day is not None and i > 0 and words.match(toks, i - 1, i, "yesterday") is not None:
                # (the eve in the year named: "напередодні Нового року ... у 2024 році" is 31 December 2024)
                eve = day - dt.timedelta(days=1)
                day = safe_date(year, eve.month, eve.day)
            if day is not None:
                found.append(day)
    return found
