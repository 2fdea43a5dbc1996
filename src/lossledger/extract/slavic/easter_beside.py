""""На Великдень, 20 квітня, ...", "на Пасху, 5 мая, ...": Easter with no year named beside a yearless day names the
year in which Easter fell on that day (by its reckoning, ``easter = "julian"`` in ``dates.holidays``), as a weekday
beside one does (``weekday_beside``): 20 April is 2025's, 5 May 2024's; of several years of the war's, the first (16
April: 2023, not 2028), as a weekday's (``calendar_dates.resolve_weekday_date``)."""

from __future__ import annotations

import datetime as dt

from ..easter import julian_easter
from ..one_phrase import in_one_phrase
from .dates import DateMention
from .holidays import holiday_table
from .mentions import DocText

__all__ = ["easter_beside"]


def easter_beside(doc: DocText, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The latest yearless day of ``dates`` named in one phrase with Easter, in the first year of the war's whose
    Easter fell on it; None when none is, or the day fits no such year."""
    yearless = [d for d in dates if d.kind == "day" and d.year is None and d.month and d.day]
    if not yearless:
        return None
    table, holidays = holiday_table(doc.lang)
    keys = {key for key, holiday in holidays.items() if holiday.get("easter") == "julian"}
    found: list[dt.date] = []
    for sent in doc.sentences if keys else ():
        toks = sent.tokens
        for i, tok in enumerate(toks):
            # (capitalised, as a name is)
            hit = table.match(toks, i) if tok.text[:1].isupper() else None
            if hit is None or hit[0] not in keys:
                continue
            span = (tok.start, toks[hit[1] - 1].end)
            for d in yearless:
                if d.month and d.day and in_one_phrase(doc.text, span, (d.start, d.end)):
                    years = [y for y in range(war_start.year - 1, war_start.year + 9)
                             if julian_easter(y) == (d.month, d.day) and dt.date(y, d.month, d.day) >= war_start]
                    found += [dt.date(years[0], d.month, d.day)] if years else []
    return max(found, default=None)
