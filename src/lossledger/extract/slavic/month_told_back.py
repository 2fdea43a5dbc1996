""""Минулого місяця, у березні 2025 року, ...", "в прошлом месяце, в марте 2025 года": the month before the text's
beside a month of a written year names that month, so an undated text is of the month after it, its first day the
earliest, as beside a day of it ("минулого місяця, 3 квітня 2025 року": ``counted_after``) and as in English
(``..month_told_back``). The words are the grammar's (``dates.month_back``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..counted_after import month_after
from ..one_phrase import in_one_phrase
from .dates import DateMention, resolve_date, safe_date
from .mentions import DocText

__all__ = ["month_told_back", "yearless_day_told_back"]


def month_told_back(doc: DocText, dates: list[DateMention]) -> dt.date | None:
    """The first day of the month after the latest month of a written year that the month before the text's stands
    beside in one phrase; None when none does."""
    months = [(d, end) for d in dates if d.kind == "month" and d.year is not None and d.role != "since"
              and (end := resolve_date(d, None)) is not None]
    if not months:
        return None
    ends = {id(d): end for d, end in months}  # (a mention is no dict key: a mutable dataclass)
    return max((month_after(ends[id(d)]) for d in _beside_month_back(doc, [d for d, _end in months])), default=None)


def yearless_day_told_back(doc: DocText, dates: list[DateMention], anchor: dt.date) -> dt.date | None:
    """"Минулого місяця, 12 березня, Генштаб оцінив ...", "В прошлом месяце, 12 марта, ...": the month before the
    text's beside a day without its year, in a text dated ``anchor`` by the total it quotes (the series's day): the
    first day of the month after that day, placed on or before the anchor (its year, or the year before); None when
    no such phrase is told (as English reads it: ``..month_told_back``)."""
    days = [d for d in dates if d.kind == "day" and d.year is None and d.month and d.day]
    if not days:
        return None
    found: list[dt.date] = []
    for d in _beside_month_back(doc, days):
        placed = [day for year in (anchor.year, anchor.year - 1)
                  if (day := safe_date(year, d.month or 1, d.day or 1)) is not None and day <= anchor]
        if placed:
            found.append(month_after(placed[0]))
    return max(found, default=None)


def _beside_month_back(doc: DocText, mentions: list[DateMention]) -> Iterator[DateMention]:
    """Each of ``mentions`` in one phrase with a phrase of the month before the text's (``dates.month_back``), once
    for each such phrase."""
    table = doc.lang.grammar["dates"]
    for sent in doc.sentences:
        toks = sent.tokens
        for _key, a, b in table.find_all(toks, key="month_back"):
            span = (toks[a].start, toks[b - 1].end)
            yield from (d for d in mentions if in_one_phrase(doc.text, span, (d.start, d.end)))
