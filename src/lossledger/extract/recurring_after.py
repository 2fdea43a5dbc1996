""""Today at the expanded board of the Defence Ministry ...": a war's event that comes back every year under the same
words (``recurs`` in the profile's ``war_events.toml``), tied to the text's own time ("today", "сегодня") but with
neither weekday nor year to tell which year's it is. Where the text's other dates place it (its latest dated event,
"since 4 June 2023", a lower bound), the text is of the first of those events on or after that day, within the year
after it: the text reports the event as its day's news, and the dates it tells are before it. Asked for an undated
text once its other dating has found a date (``document_facts``, ``slavic/assembly``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from ..profiles import Profile
from .war_events import EventCalendar, Word, calendar_for, event_day, named_events

__all__ = ["may_name_recurring", "recurring_after"]

#: How long after the text's other dates the event it ties to its time may be (the next year's event is the one)
REACH = dt.timedelta(days=366)


def may_name_recurring(text: str, code: str, profile: Profile) -> bool:
    """Whether ``text`` holds, in any case, the first stem of a recurring event's place in language ``code`` (the
    cheap gate before its first paragraphs are cut into words: most texts name none)."""
    calendar = calendar_for(profile)
    if calendar is None:
        return False
    stems = _recurring_stems(calendar, code)
    low = text.lower()
    return any(stem in low for stem in stems)


_STEMS: dict[tuple[int, str], tuple[EventCalendar, tuple[str, ...]]] = {}


def _recurring_stems(calendar: EventCalendar, code: str) -> tuple[str, ...]:
    """The first stems of the recurring tied events' places in language ``code`` (once per calendar and language)."""
    known = _STEMS.get((id(calendar), code))
    if known is not None and known[0] is calendar:
        return known[1]
    stems = tuple(sorted({phrase[0].removesuffix("_end_") for event in calendar.events if event.recurs and event.tied
                          for phrase in event.place.get(code, ())}))
    _STEMS[(id(calendar), code)] = (calendar, stems)
    return stems


def recurring_after(lead: Sequence[Sequence[Word]], text: str, code: str, profile: Profile,
                    weekdays_between: Callable[[int, int], Sequence[int]], spans: Sequence[tuple[int, int]],
                    floor: dt.date) -> tuple[dt.date, str] | None:
    """The day of the first recurring event the text's first paragraphs (``lead``, at ``spans``) tie to its time, of
    several named with no weekday or year to choose, on or after ``floor`` (the date the text's other dates give) and
    within a year of it, with its evidence; None where the text names no such events, or one that is not recurring."""
    calendar = calendar_for(profile)
    if calendar is None:
        return None
    named = named_events(lead, text, code, calendar, spans=spans, weekdays_between=weekdays_between)
    if len(named) < 2 or not all(event.recurs and event.tied and tie.offset is not None and not tie.weekdays
                                 for event, tie in named.values()):
        return None  # (one event named is the event reader's; a weekday told picks one there too)
    after = [(event, tie) for event, tie in named.values() if floor <= event.day <= floor + REACH]
    if not after:
        return None
    event, tie = min(after, key=lambda found: found[0].day)
    day, evidence = event_day(event, (), tie)
    return day, f"{evidence}+after:{floor.isoformat()}"
