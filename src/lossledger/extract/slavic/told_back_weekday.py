""""У вівторок міська рада оголосила жалобу: вчора, 12 травня, ракета влучила у школу": a yearless day counted back
from the publication ("вчора", "позавчора") names the publication's day and month, and the one weekday its sentence
names apart from it is that day's, as a dateline's is ("ДУБАЙ, 14 августа ... в четверг": ``dates.
dateline_with_weekday``; English "MOSCOW, Aug 5 ... said on Monday"): the text is of the year in which the day after
falls on that weekday. The day itself is given; ``told_back.told_back_from`` adds the days counted back."""

from __future__ import annotations

import datetime as dt

from ..beside import weekday_beside_day
from ..one_phrase import in_one_phrase
from .dates import DateMention, safe_date
from .mentions import DocText
from .told_back import counted_back

__all__ = ["told_back_weekday"]


def told_back_weekday(doc: DocText, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The latest yearless day of ``dates`` counted back from the publication whose sentence names one weekday
    besides, in the one year near the war in which the publication's day falls on it; else None."""
    yearless = [d for d in dates if d.kind == "day" and d.year is None and d.month and d.day]
    back = [(start, end, days) for start, end, days in counted_back(doc, dates) if 0 < days < 7] if yearless else []
    found: list[dt.date] = []
    for start, end, days in back:
        sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        for d in yearless:
            if not in_one_phrase(doc.text, (start, end), (d.start, d.end)) or not d.month or not d.day:
                continue
            # (not the day's own weekday: "Позавчора, 10 червня, у вівторок" is read by weekday_beside)
            weekdays = {w.day for w in dates if w.kind == "weekday" and w.day is not None and w.day >= 0
                        and sentence.start <= w.start < sentence.end
                        and not weekday_beside_day(doc.text, (w.start, w.end), (d.start, d.end))}
            if len(weekdays) != 1:
                continue
            weekday = weekdays.pop()
            years = [y for y in range(war_start.year - 1, war_start.year + 9)
                     if (day := safe_date(y, d.month, d.day)) is not None and day >= war_start
                     and (day + dt.timedelta(days=days)).weekday() == weekday]
            if len(years) == 1 and (day := safe_date(years[0], d.month, d.day)) is not None:
                found.append(day)
    return max(found, default=None)

