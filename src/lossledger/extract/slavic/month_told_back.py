""""Минулого місяця, у березні 2025 року, ...", "в прошлом месяце, в марте 2025 года": the month before the text's
beside a month of a written year names that month, so an undated text is of the month after it, its first day the
earliest, as beside a day of it ("минулого місяця, 3 квітня 2025 року": ``counted_after``) and as in English
(``..month_told_back``). The words are the grammar's (``dates.month_back``)."""

from __future__ import annotations

import datetime as dt

from ..counted_after import month_after
from ..one_phrase import in_one_phrase
from .dates import DateMention, resolve_date
from .mentions import DocText

__all__ = ["month_told_back"]


def month_told_back(doc: DocText, dates: list[DateMention]) -> dt.date | None:
    """The first day of the month after the latest month of a written year that the month before the text's stands
    beside in one phrase; None when none does."""
    months = [(d, end) for d in dates if d.kind == "month" and d.year is not None and d.role != "since"
              and (end := resolve_date(d, None)) is not None]
    if not months:
        return None
    table = doc.lang.grammar["dates"]
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for _key, a, b in table.find_all(toks, key="month_back"):
            span = (toks[a].start, toks[b - 1].end)
            found += [month_after(end) for d, end in months if in_one_phrase(doc.text, span, (d.start, d.end))]
    return max(found, default=None)
