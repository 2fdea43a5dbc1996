"""A document's own date dates no figure: "у відповідь на Ваш запит від 25.11.2026", "лист № 14/2-881 від 2 грудня",
"в ответ на запрос от 25.11.2026", "приказ от 3 ноября". The "від" / "от" before such a date names the day a letter,
request or order was written, not a span's first day (``dates.find_dates`` drops it). A report's date ("в сводке от 3
декабря", "у зведенні від 3 грудня") is the day its figures stand at: no span's first day either, but the figures'
as-of day (``dates.find_dates`` reads it so). The words are the grammar's (``dates.document_date_before``,
``dates.document_nouns``, ``dates.report_nouns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...languages.morphology import Token
from .language import Language

if TYPE_CHECKING:  # (``dates`` imports this module)
    from .dates import DateMention

#: How many number tokens a document's number may hold between its sign and "від" ("№ 14/2-881 від").
NUMBER_REACH = 4


def is_document_date(text: str, tokens: list[Token], d: DateMention, lang: Language) -> bool:
    """Whether the date ``d`` is a document's: "від" / "от" right before it, and right before that a document's noun
    ("запит", "лист", "запрос") or a number after the sign "№"."""
    if d.kind != "day" or d.first_token < 2:
        return False
    dates = lang.grammar["dates"]
    if dates.match(tokens, d.first_token - 1, key="document_date_before") is None:
        return False
    k = d.first_token - 2
    if dates.match(tokens, k, key="document_nouns") is not None:
        return True
    first = k
    while first > 0 and k - first < NUMBER_REACH and tokens[first - 1].low.isdigit() \
            and "№" not in text[tokens[first - 1].end:tokens[first].start]:
        first -= 1
    return tokens[k].low.isdigit() and "№" in text[max(0, tokens[first].start - 3):tokens[first].start]


def is_report_date(tokens: list[Token], d: DateMention, lang: Language) -> bool:
    """Whether the date ``d`` is a report's: "від" / "от" right before it, and right before that a report's noun
    ("сводка", "доклад", "зведення", "звіт"), whose figures stand at that day."""
    if d.kind != "day" or d.first_token < 2:
        return False
    dates = lang.grammar["dates"]
    return dates.match(tokens, d.first_token - 1, key="document_date_before") is not None \
        and dates.match(tokens, d.first_token - 2, key="report_nouns") is not None
