""""На минулих вихідних, у суботу 14 червня 2025 року", "на прошлых выходных, 15 июня 2025 года": a weekend counted
back from the publication beside a full date of a Saturday or a Sunday names that weekend, so an undated text is of
the week after it (its Monday), as in English (``..weekend_back``). The words are the grammar's
(``dates.weekend_back``)."""

from __future__ import annotations

import datetime as dt

from ..one_phrase import in_one_phrase
from ..weekend_back import monday_after
from .dates import DateMention, resolve_date
from .mentions import DocText

__all__ = ["weekend_back"]


def weekend_back(doc: DocText, full: list[DateMention]) -> list[tuple[dt.date, DateMention]]:
    """The Mondays after the weekend days of the full dates ``full`` a weekend counted back stands beside in one
    phrase, each with the date's mention."""
    table = doc.lang.grammar["dates"]
    found: list[tuple[dt.date, DateMention]] = []
    for sent in doc.sentences:
        if "weekend_back" not in table.keys_in(sent.tokens):
            continue
        for _key, a, b in table.find_all(sent.tokens, key="weekend_back"):
            span = (sent.tokens[a].start, sent.tokens[b - 1].end)
            for d in full:
                if in_one_phrase(doc.text, span, (d.start, d.end)) and (day := resolve_date(d, None)) is not None \
                        and (monday := monday_after(day)) is not None:
                    found.append((monday, d))
    return found
