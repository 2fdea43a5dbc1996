""""У першому півріччі 2024 року", "в третьем квартале 2025 года": a part of a written year the text names (an ordinal,
a part of ``dates.year_parts``, the year); figures told for it are told once it is over, so its last day is a lower
bound of an undated text's date, as in English (``..part_over``)."""

from __future__ import annotations

import datetime as dt

from ..part_over import later, part_end
from .language import DIGITS
from .mentions import DocText

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
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        # (the year after the part is a run of digits: only the tokens before one are looked at, and most sentences
        # hold none)
        kinds, every = lang.token_kinds(toks)
        if not every & DIGITS:
            continue
        for i in [j - 1 for j in range(2, len(toks)) if kinds[j] & DIGITS]:
            months = next((parts[w] for w in toks[i].lemmas if w in parts), None)
            if months is None:
                continue
            ordinal = next((lang.ordinals[w] for w in toks[i - 1].lemmas if w in lang.ordinals), None)
            year = toks[i + 1].low
            if ordinal is None or not (len(year) == 4 and year.isdigit() and year.startswith("20")):
                continue
            if (end := part_end(int(year), ordinal, months)) is not None and later(end, months, latest):
                found.append(end)
    return max(found, default=None)
