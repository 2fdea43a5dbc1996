"""An undated Ukrainian or Russian text dated by the one named event of the war it reports (``war_events``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...languages.morphology import Token
from ..event_told_later import event_told_later
from ..war_events import LEAD_PARAGRAPHS, date_by_event, yearless_after_event
from .mentions import DocText


def published_by_event(doc: DocText) -> dt.date | None:
    """The day of the one named event the text's first paragraphs report ("ракетний удар по вокзалу
    Краматорська"), or the day after it a weekday the text names falls on ("у понеділок"); else, where the text names
    an event as past ("відтоді як зруйнували Каховську ГЕС"), its latest date without a year placed after it; None
    when the text names none, or two."""
    spans, weekdays_between = event_ties(doc)
    lead, lead_end = event_lead(doc)
    dated = date_by_event(lead, lead_end, doc.text, doc.lang.code, doc.profile, weekdays_between, spans) or \
        event_told_later(lead, lead_end, doc.text, doc.lang.code, doc.profile, weekdays_between, spans,
                         lambda: event_rest(doc)) or \
        yearless_after_event(lead, doc.text, doc.lang.code, doc.profile, spans, lambda: _yearless(doc))
    return dated[0] if dated is not None else None


def _yearless(doc: DocText) -> list[tuple[int, int]]:
    """(month, day) of each date the text writes without its year ("12 березня"), but a span's first day."""
    war_start = doc.profile.war_start
    return [(d.month, d.day) for s in doc.sentences for d in doc.dates.get(id(s), [])
            if d.kind == "day" and d.year is None and d.month and d.day and d.role != "since"
            and (d.month, d.day) != (war_start.month, war_start.day)]


def event_rest(doc: DocText) -> tuple[list[list[Token]], list[tuple[int, int]]]:
    """The tokens of each sentence after the text's first paragraphs, and where each is: where an event the lead
    names in part may be told in full (``event_told_later``)."""
    rest = [s for s in doc.sentences if s.paragraph > LEAD_PARAGRAPHS]
    return [s.tokens for s in rest], [(s.start, s.end) for s in rest]


def event_lead(doc: DocText) -> tuple[list[list[Token]], int]:
    """The tokens of each sentence of the text's first paragraphs, as this reader cut them, and where they end: what
    the war's named events are looked for in."""
    lead = [s for s in doc.sentences if s.paragraph <= LEAD_PARAGRAPHS]
    return [s.tokens for s in lead], max((s.end for s in lead), default=0)


def event_ties(doc: DocText) -> tuple[list[tuple[int, int]], Callable[[int, int], list[int]]]:
    """Where each sentence of the text's first paragraphs is (as ``event_lead`` gives their tokens), and the weekdays
    this reader read between two offsets ("у вівторок", "в ніч на п'ятницю"): what ties a sentence naming an event to
    the text's own time."""
    def weekdays_between(start: int, end: int) -> list[int]:
        found = [d for s in doc.sentences for d in doc.dates.get(id(s), [])
                 if d.kind == "weekday" and d.day is not None and start <= d.start < end]
        return [d.day for d in sorted(found, key=lambda d: d.start) if d.day is not None]

    return [(s.start, s.end) for s in doc.sentences if s.paragraph <= LEAD_PARAGRAPHS], weekdays_between
