""""Минулої п'ятниці, 13 червня", "в прошлую пятницу, 13 июня 2025 года": a weekday counted back from the publication
("last Friday") beside a date that falls on it names the week before the text's, so an undated text is of the week
after that day: its Monday is the earliest day it can be from (as a weekend counted back is read, ``weekend_back``).
The words are the grammar's (``dates.weekday_back``, the weekdays)."""

from __future__ import annotations

import datetime as dt

from ..one_phrase import in_one_phrase
from .dates import DateMention
from .language import WEEKDAY
from .mentions import DocText

__all__ = ["after_weekday_back", "monday_after_any", "weekdays_back"]


def monday_after_any(day: dt.date) -> dt.date:
    """The Monday of the week after ``day``'s."""
    return day + dt.timedelta(days=7 - day.weekday())


def weekdays_back(doc: DocText) -> list[tuple[int, int, int]]:
    """(start, end, weekday) of each weekday the text counts back from the publication ("минулої п'ятниці": 4)."""
    table = doc.lang.grammar["dates"]
    found: list[tuple[int, int, int]] = []
    for sent in doc.sentences:
        if "weekday_back" not in table.keys_in(sent.tokens):
            continue
        toks = sent.tokens
        kinds, _every = doc.lang.token_kinds(toks)
        for _key, a, b in table.find_all(toks, key="weekday_back"):
            if b < len(toks) and kinds[b] & WEEKDAY:
                weekday = next(doc.lang.weekdays[f] for f in toks[b].lemmas if f in doc.lang.weekdays)
                found.append((toks[a].start, toks[b].end, weekday))
    return found


def after_weekday_back(doc: DocText, named: list[tuple[dt.date, DateMention]]) -> list[tuple[dt.date, DateMention]]:
    """The Mondays after the days of ``named`` (each resolved, with its mention) that fall on a weekday counted back
    standing beside them in one phrase, each with the date's mention."""
    back = weekdays_back(doc) if named else []
    return [(monday_after_any(day), d) for start, end, weekday in back for day, d in named
            if day.weekday() == weekday and in_one_phrase(doc.text, (start, end), (d.start, d.end))]
