""""За тиждень до Різдва 2024 року", "за три дні до Дня Незалежності 2024 року", "за неделю до Дня Победы 2024
года": the time told before a holiday moves its day back by so many days (18 December 2024, 21 August 2024, 2 May
2024), as English's "a week before Christmas" (``..holiday_dates``). The words are the grammar's
(``dates.holiday_leads``: the days back -> the phrases, read right before the holiday's name)."""

from __future__ import annotations

import datetime as dt

from ...languages.morphology import PhraseTable, Token
from .language import Language

__all__ = ["lead_back"]

#: each language's phrases of the time before a holiday, by language code (False: the grammar has none)
_TABLES: dict[str, PhraseTable | bool] = {}
#: the most words a phrase of the time before a holiday holds ("за два з половиною тижні до": none so long)
_MOST_WORDS = 5


def lead_back(tokens: list[Token], lang: Language, first: int, year: int, month: int, day: int
              ) -> tuple[int, int, int]:
    """(year, month, day) of the holiday whose name starts at ``tokens[first]`` on ``year``'s ``month`` and ``day``,
    moved back by the time a phrase right before it tells ("за тиждень до Різдва 2024 року" -> 2024, 12, 18); the
    day itself when none stands there."""
    table = _TABLES.get(lang.code)
    if table is None:
        words = lang.raw.get("grammar", {}).get("dates", {}).get("holiday_leads", {})
        table = _TABLES[lang.code] = PhraseTable(words, lang.code) if words else False
    if table is False or first == 0:
        return year, month, day
    assert isinstance(table, PhraseTable)
    for start in range(max(0, first - _MOST_WORDS), first):
        hit = table.match(tokens, start, first)
        if hit is not None and hit[1] == first:
            moved = dt.date(year, month, day) - dt.timedelta(days=int(hit[0]))
            return moved.year, moved.month, moved.day
    return year, month, day
