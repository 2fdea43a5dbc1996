""""Ще 3 березня 2023 року міський голова попереджав ... 14 січня він повідомив", "еще 3 марта 2023 года": a full date
told as long past (the grammar's ``dates.long_past`` right before it); a yearless date the text tells after it is the
next such day after it (14 January 2024), not one of its year before it, as in English (``..long_past``)."""

from __future__ import annotations

import datetime as dt

from ...languages.morphology import normal_word
from ..long_past import next_after
from .counted_after import counted_after
from .dates import DateMention, resolve_date
from .mentions import DocText

__all__ = ["after_long_past", "no_dateline", "told_long_past"]


def after_long_past(doc: DocText, dates: list[DateMention], latest: dt.date) -> list[dt.date]:
    """The yearless dates of ``dates`` told after a full date of the day ``latest`` that is told as long past, each
    placed after it; empty when no such date stands."""
    marked = [d for d in dates if d.kind == "day" and d.year is not None and resolve_date(d, None) == latest
              and told_long_past(doc, d)]
    if not marked:
        return []
    return [day for d in dates if d.start > marked[0].end and d.kind == "day" and d.year is None and d.month and d.day
            and (day := next_after(latest, d.month, d.day)) is not None]


def told_long_past(doc: DocText, d: DateMention) -> bool:
    """Whether the date ``d`` follows a word of ``dates.long_past`` ("ще 3 березня 2023 року")."""
    words = doc.lang.raw["grammar"]["dates"].get("long_past", ())
    before = doc.text[max(0, d.start - 12):d.start].split()
    return bool(before) and normal_word(before[-1]) in {normal_word(w) for w in words}


def no_dateline(doc: DocText, dates: list[DateMention]) -> set[int]:
    """The ids of the dates of ``dates`` that open no dateline, however early they stand: a day a span is counted
    from ("Минулого травня, 12 травня 2024 року"), a day told as long past ("Ще 3 березня 2023 року")."""
    return {id(d) for _day, d in counted_after(doc, dates)} | {id(d) for d in dates if told_long_past(doc, d)}
