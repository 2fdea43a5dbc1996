"""A holiday on a fixed day of the calendar, as a day: "на Різдво 2024 року" (25 December 2024), "на Новый год
2025" (1 January 2025), with the year written after it (without, which one is not told).
The holidays are the grammar's (``dates.holidays``: each one's names, by lemma, and its month and day), as in English
(``..holiday_dates``). A feast whose day moves with the year (Easter) is not read."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

from ...languages.morphology import PhraseTable, Token
from .language import YEAR, Language


@dataclass(frozen=True, slots=True)
class HolidayNamed:
    """A holiday at ``tokens[first:last + 1]`` (its year's words, if written, included)."""

    first: int
    last: int
    year: int | None
    month: int
    day: int


_TABLES: dict[str, PhraseTable] = {}
#: the forms of the holiday names' first words by language code (a token holding none starts no holiday); None: a
#: name opens on a prefix word ("Різдв*"), which any token may start
_FIRSTS: dict[str, frozenset[str] | None] = {}
_LEMMAS = attrgetter("lemmas")


def _table(lang: Language) -> PhraseTable:
    table = _TABLES.get(lang.code)
    if table is None:
        by_day: dict[str, list[str]] = {}
        for holiday in lang.raw.get("grammar", {}).get("dates", {}).get("holidays", {}).values():
            by_day.setdefault(str(holiday["day"]), []).extend(holiday["names"])
        table = _TABLES[lang.code] = PhraseTable(by_day, lang.code)
        # (the forms the table indexes its names by, as ``match`` tests a token's lemmas against them first)
        _FIRSTS[lang.code] = None if table._prefixed else table._firsts
    return table


def _may_open_one(tokens: list[Token], lang: Language) -> bool:
    """Whether some token holds a holiday name's first word (one test in C over the sentence's lemmas chained)."""
    firsts = _FIRSTS.get(lang.code)
    return firsts is None or not firsts.isdisjoint(chain.from_iterable(map(_LEMMAS, tokens)))


def holidays_named(tokens: list[Token], lang: Language, used: set[int]) -> list[HolidayNamed]:
    """The holidays a sentence names with the year written right after each ("Різдво 2024 року"), not their eves."""
    kinds, present = lang.token_kinds(tokens)
    if not present & YEAR:
        return []  # (read only with its year written after it: most sentences hold no year, and are not looped over)
    table = _table(lang)
    if not _may_open_one(tokens, lang):
        return []  # (no holiday's first word: most sentences with a year, whose tokens are not looped over)
    out: list[HolidayNamed] = []
    i = 0
    while i < len(tokens):
        # (capitalised, as a name is: "на Новий рік", not "у новому році", "in the new year")
        hit = table.match(tokens, i) if i not in used and tokens[i].text[:1].isupper() else None
        if hit is None:
            i += 1
            continue
        month, _, day = hit[0].partition("-")
        end = hit[1]
        year, last = None, end - 1
        if end < len(tokens) and kinds[end] & YEAR and tokens[end].start - tokens[end - 1].end <= 3:
            year, last = int(tokens[end].low), end
            word = lang.grammar["dates"].match(tokens, end + 1, key="year_words") if end + 1 < len(tokens) else None
            if word is not None:
                last = word[1] - 1
        eve = i > 0 and lang.grammar["dates"].match(tokens, i - 1, i, "yesterday") is not None
        if year is not None and not eve:  # (with no year, which one is not told; "напередодні Нового року": its eve)
            out.append(HolidayNamed(i, last, year, int(month), int(day)))
        i = last + 1
    return out
