""""On Tuesday the city declared a day of mourning after a missile hit the school yesterday, 12 May": a yearless day
counted back from the publication ("yesterday", "two days ago") names the publication's day and month, and the one
weekday its sentence names apart from it is that day's, as a dateline's is ("MOSCOW, Aug 5: ... said on Monday"):
the text is of the year in which the day after falls on that weekday (the day counted back given). Read by
``dates._place_yearless`` when nothing else places a yearless date; Ukrainian and Russian:
``slavic.told_back_weekday``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .beside import weekday_beside_day
from .calendar_dates import make_date
from .date_mentions import DateMention, find_dates
from .one_phrase import in_one_phrase

__all__ = ["told_back_weekday"]

#: Any day: the mentions are resolved from it once to learn how many days back each one counts (as ``day_told_back``).
_PROBE = dt.date(2024, 6, 15)
#: What ends a sentence, for the weekday told in the same one.
_STOPS = ".!?\n"


def told_back_weekday(text: str, mentions: Sequence[DateMention], war_start: dt.date, grammar: PatternGrammar
                      ) -> tuple[dt.date, str] | None:
    """The publication's day from the latest yearless day counted back whose sentence names one weekday besides, in
    the one year near the war in which it falls on that weekday, with its evidence; else None."""
    yearless = [m for m in mentions if m.date is None and m.month and m.day and m.kind in ("day_month", "numeric")]
    if not yearless or not any(m.kind == "weekday" for m in mentions):
        return None
    probed = find_dates(text, published=_PROBE, war_start=war_start, grammar=grammar)
    found: list[tuple[dt.date, str]] = []
    for told in probed:
        days = (_PROBE - told.date).days if told.date is not None else 0
        if told.kind != "relative" or told.precision != "day" or not 0 < days < 7:
            continue
        start = max(text.rfind(stop, 0, told.start) for stop in _STOPS) + 1
        ends = [at for stop in _STOPS if (at := text.find(stop, told.end)) >= 0]
        end = min(ends, default=len(text))
        for m in yearless:
            if not m.month or not m.day or not in_one_phrase(text, (told.start, told.end), (m.start, m.end)):
                continue
            # (not the day's own weekday: "Yesterday, 12 May, on Tuesday")
            weekdays = {w.weekday for w in mentions if w.kind == "weekday" and w.weekday is not None
                        and start <= w.start < end and not weekday_beside_day(text, (w.start, w.end), (m.start, m.end))}
            if len(weekdays) != 1:
                continue
            weekday = weekdays.pop()
            said = [said for y in range(war_start.year - 1, war_start.year + 9)
                    if (day := make_date(y, m.month, m.day)) is not None and day >= war_start
                    and (said := day + dt.timedelta(days=days)).weekday() == weekday]
            if len(said) == 1:
                found.append((said[0], f"{m.kind}:{m.text}+relative:{told.text}+weekday"))
    return max(found) if found else None
