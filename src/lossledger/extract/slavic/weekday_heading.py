""""Вівторок, 14 травня" or "14 мая, вторник" heading a live page's line: a yearless day with its weekday beside it
and no preposition ("у вівторок" is a weekday mention of its own, read by ``dates``). The text is of the year in which
that day falls on that weekday (``calendar_dates.resolve_weekday_date``), as an English heading's ("Tuesday, 14 May").
The weekdays are the grammar's (``Language.weekdays``)."""

from __future__ import annotations

import datetime as dt

from ..calendar_dates import resolve_weekday_date
from .dates import DATELINE_CHARS, DateMention
from .mentions import DocText

__all__ = ["heading_weekday"]

#: What may stand between the day and its weekday ("Вівторок, 14 травня", "14 мая — вторник").
_BETWEEN = " ,\u2013\u2014-"


def heading_weekday(doc: DocText, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The day a yearless date opening the text with its weekday beside it names, in the year that makes it fall on
    that weekday; else None."""
    text, weekdays = doc.text, doc.lang.weekdays
    for d in dates:
        if d.kind != "day" or d.year is not None or not d.month or not d.day or d.start >= DATELINE_CHARS:
            continue
        for tok in doc.tokens:
            if tok.start > d.end + DATELINE_CHARS:
                break
            beside = (tok.end <= d.start and not text[tok.end : d.start].strip(_BETWEEN)) or (
                tok.start >= d.end and not text[d.end : tok.start].strip(_BETWEEN))
            weekday = next((weekdays[w] for w in tok.lemmas if w in weekdays), None) if beside else None
            if weekday is not None and (day := resolve_weekday_date(d.month, d.day, weekday, war_start=war_start)):
                return day if day >= war_start else None
    return None
