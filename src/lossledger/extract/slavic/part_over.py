""""У першому півріччі 2024 року", "в третьем квартале 2025 года": a part of a written year the text names (an ordinal,
a part of ``dates.year_parts``, the year); figures told for it are told once it is over, so its last day is a lower
bound of an undated text's date, as in English (``..part_over``). So are months counted from a written year's start
("за 11 місяців 2024 року", "за десять месяцев 2023 года": the unit of ``dates.span_units``, month)."""

from __future__ import annotations

import datetime as dt

from ...languages.morphology import Token
from ..part_over import later, part_end
from .language import DIGITS
from .mentions import DocText
from .numbers import number_word

__all__ = ["part_over"]

#: The months of a part of a year the grammar names (``dates.year_parts``).
_MONTHS = {"half": 6, "quarter": 3}


def part_over(doc: DocText, latest: dt.date | None) -> dt.date | None:
    """The latest end of a half or a quarter of a written year the text names, when it is later than the ``latest``
    day the text's other evidence gives and begins no later than it (else a plan's: "відновити у другому півріччі
    2025 року"); else None."""
    lang = doc.lang
    parts = {w: _MONTHS[part] for part, words in lang.raw["grammar"]["dates"].get("year_parts", {}).items()
             for w in words if part in _MONTHS}
    month_words = set(lang.raw["grammar"]["dates"].get("span_units", {}).get("month", ()))
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        # (the year after the part is a run of digits: only the tokens before one are looked at, and most sentences
        # hold none)
        kinds, every = lang.token_kinds(toks)
        if not every & DIGITS:
            continue
        for i in [j - 1 for j in range(2, len(toks)) if kinds[j] & DIGITS]:
            months: int | None = next((parts[w] for w in toks[i].lemmas if w in parts), None)
            ordinal: int | None = None
            if months is None and month_words.intersection(toks[i].lemmas):
                # "за 11 місяців 2024 року": the months counted from the year's start
                months, ordinal = _count(doc, toks[i - 1]), 1
            elif months is not None:
                ordinal = next((lang.ordinals[w] for w in toks[i - 1].lemmas if w in lang.ordinals), None)
            if months is None:
                continue
            year = toks[i + 1].low
            if ordinal is None or not (len(year) == 4 and year.isdigit() and year.startswith("20")):
                continue
            if (end := part_end(int(year), ordinal, months)) is not None and later(end, months, latest):
                found.append(end)
    return max(found, default=None)


def _count(doc: DocText, tok: Token) -> int | None:
    """The months a token before the unit counts ("11", "десять"), when fewer than a year's."""
    value: float | None = int(tok.low) if tok.low.isdigit() else number_word(doc.lang, tok)
    return int(value) if value is not None and value == int(value) and 0 < value < 12 else None
