""""Кількість загиблих унаслідок ракетного удару по Кременчуку зросла до 20 ... Нагадаємо, у понеділок росіяни
завдали ракетного удару по торговому центру в Кременчуці": a text whose first paragraphs name an event by its place
and kind only (a place struck more than once: which strike is not told there) and tell what was hit in a later
paragraph, in a sentence that names the event in full. The event is the one of those the lead named in part: the
later sentence says which (a recap, "as reported", tied to the text's time by a weekday, the night's or the day's,
or "yesterday": background told with no tie is not the text's news).
Asked only where the lead names no event in full (``war_events.date_by_event``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ..profiles import Profile
from .war_events import EventCalendar, Word, calendar_for, event_day, events_placed_in, named_events, phrase_in

__all__ = ["event_told_later"]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

#: What the text's later paragraphs are: the words of each sentence, and where each is in the text.
Rest = tuple[Sequence[Sequence[Word]], Sequence[tuple[int, int]]]


def partly_named(lead: Sequence[Sequence[Word]], text: str, code: str, calendar: EventCalendar,
                 spans: Sequence[tuple[int, int]]) -> set[str]:
    """The events with a target whose place and kind (not the target) a sentence of the lead names, not as past
    and with no year written."""
    looking_back = calendar.looking_back.get(code, ())
    found: set[str] = set()
    for i, words in enumerate(lead):
        if i < len(spans) and _YEAR.search(text, *spans[i]):
            continue
        partial = [event.id for event in events_placed_in(calendar, code, words) if event.target
                   and phrase_in(event.place.get(code, ()), words, capital=True)
                   and phrase_in(calendar.kind_words[event.kind].get(code, ()), words)
                   and not phrase_in(event.target.get(code, ()), words)]
        if partial and not phrase_in(looking_back, words):
            found.update(partial)
    return found


def event_told_later(lead: Sequence[Sequence[Word]], lead_end: int, text: str, code: str, profile: Profile,
                     weekdays_between: Callable[[int, int], Sequence[int]], spans: Sequence[tuple[int, int]],
                     rest_of: Callable[[], Rest]) -> tuple[dt.date, str] | None:
    """The day of the one event the lead names in part and a later sentence (``rest_of()``: the later paragraphs'
    words and spans, built only where the lead names one in part) names in full, with its evidence; None where
    there is none, or two, or the text writes a year after the event's."""
    calendar = calendar_for(profile)
    if calendar is None or not (partial := partly_named(lead, text, code, calendar, spans)):
        return None
    rest, rest_spans = rest_of()
    named = {key: value for key, value in named_events(rest, text, code, calendar, spans=rest_spans,
                                                       weekdays_between=weekdays_between).items() if key in partial}
    if len(named) != 1:
        return None
    event, tie = next(iter(named.values()))
    if not tie:
        return None  # ("In March, missiles hit the station in Kramatorsk": background, not tied to the text's time)
    if any(int(y) > event.day.year for y in _YEAR.findall(text)):
        return None  # ("... in 2024": a later text looking back on it)
    day, evidence = event_day(event, weekdays_between(0, lead_end), tie)
    return day, f"{evidence}+told_later"
