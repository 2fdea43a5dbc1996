""""Дрон влучив у склад, а в середу, 19 березня, ще один — у школу", "19 марта, в среду, ...": a yearless day with its
weekday beside it anywhere in the text, not only heading it (``weekday_heading``) or as its dateline (``dates.
dateline_with_weekday``). The text is of the year in which that day falls on that weekday
(``calendar_dates.resolve_weekday_date``), as English reads "on Wednesday, 19 March" wherever it stands; of several
such days, the latest."""

from __future__ import annotations

import datetime as dt

from ..calendar_dates import resolve_weekday_date
from .dates import DateMention

__all__ = ["weekday_beside"]

#: What may stand between a weekday and its day ("у середу, 19 березня", "19 марта — в среду").
_BETWEEN = " ,\u2013\u2014-"
#: The longest word that may stand between a day and the weekday after it: a preposition ("19 березня, у понеділок",
#: "19 марта, во вторник"), by its length, not a list (a weekday mention begins after its preposition).
_PREPOSITION_CHARS = 2


def weekday_beside(text: str, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The latest yearless day of ``dates`` with a weekday mention beside it, in the year it falls on that weekday
    (not before the war); None when no such pair stands or a pair names no year near the war."""
    weekdays = [d for d in dates if d.kind == "weekday" and d.day is not None and d.day >= 0]
    found: list[dt.date] = []
    for d in dates:
        if d.kind != "day" or d.year is not None or not d.month or not d.day:
            continue
        for w in weekdays:
            if not _beside(text, w, d):
                continue
            day = resolve_weekday_date(d.month, d.day, w.day or 0, war_start=war_start)
            if day is not None and day >= war_start:
                found.append(day)
    return max(found, default=None)


def _beside(text: str, weekday: DateMention, day: DateMention) -> bool:
    """Whether the weekday stands right before the day ("середу, 19 березня") or right after it, a preposition apart
    at most ("19 березня, у понеділок")."""
    if weekday.end <= day.start:
        return not text[weekday.end : day.start].strip(_BETWEEN)
    if weekday.start < day.end:
        return False
    gap = text[day.end : weekday.start].strip(_BETWEEN).split()
    return not gap or (len(gap) == 1 and gap[0].isalpha() and len(gap[0]) <= _PREPOSITION_CHARS)
