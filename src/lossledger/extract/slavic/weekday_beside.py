""""Дрон влучив у склад, а в середу, 19 березня, ще один — у школу", "19 марта, в среду, ...": a yearless day with its
weekday beside it anywhere in the text, not only heading it (``weekday_heading``) or as its dateline (``dates.
dateline_with_weekday``). The text is of the year in which that day falls on that weekday
(``calendar_dates.resolve_weekday_date``), as English reads "on Wednesday, 19 March" wherever it stands; of several
such days, the latest."""

from __future__ import annotations

import datetime as dt

from ..beside import weekday_beside_day
from ..calendar_dates import resolve_weekday_date
from .dates import DateMention

__all__ = ["weekday_beside"]

def weekday_beside(text: str, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The latest yearless day of ``dates`` with a weekday mention beside it, in the year it falls on that weekday
    (not before the war); None when no such pair stands or a pair names no year near the war."""
    weekdays = [d for d in dates if d.kind == "weekday" and d.day is not None and d.day >= 0]
    found: list[dt.date] = []
    for d in dates:
        if d.kind != "day" or d.year is not None or not d.month or not d.day:
            continue
        for w in weekdays:
            if not weekday_beside_day(text, (w.start, w.end), (d.start, d.end)):
                continue
            day = resolve_weekday_date(d.month, d.day, w.day or 0, war_start=war_start)
            if day is not None and day >= war_start:
                found.append(day)
    return max(found, default=None)

