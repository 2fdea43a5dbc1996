""""У перший день весни 2025 року", "в первый день марта 2025 года": the first day of a season or month of a written
year is that span's first day, not its last, which a span named alone gives an undated text (``latest_span``), as in
English (``..first_day_of``). The words are the grammar's: an ordinal of one (``dates.ordinals``), a day
(``dates.span_units.day``), a season or month by lemma (``dates.seasons``, ``dates.months``), a year of digits."""

from __future__ import annotations

import datetime as dt
from itertools import chain
from operator import attrgetter

from .mentions import DocText

__all__ = ["first_days_of"]

_LEMMAS = attrgetter("lemmas")


def first_days_of(doc: DocText) -> list[tuple[dt.date, int]]:
    """Each first day of a season or month of a written year the text names, with where the span's word starts (its
    mention's start, when it is one: the span is then dated by its first day, not its last)."""
    lang = doc.lang
    words = lang.raw["grammar"]["dates"]
    days = set(words.get("span_units", {}).get("day", ()))
    seasons: dict[str, int] = words.get("seasons", {})
    # (the lemmas of an ordinal of one: whether a sentence holds one is asked first, in C; most hold none, and their
    # tokens are then not looped over)
    firsts = {w for w, n in lang.ordinals.items() if n == 1}
    found: list[tuple[dt.date, int]] = []
    for sent in doc.sentences:
        toks = sent.tokens
        if firsts.isdisjoint(chain.from_iterable(map(_LEMMAS, toks))):
            continue
        for i in range(len(toks) - 3):
            if firsts.isdisjoint(toks[i].lemmas) or not days.intersection(toks[i + 1].lemmas):
                continue
            span = toks[i + 2]
            month = next((lang.months[w] for w in span.lemmas if w in lang.months), None) \
                or next((seasons[w] for w in span.lemmas if w in seasons), None)
            year = toks[i + 3].low
            if month is not None and len(year) == 4 and year.isdigit() and year.startswith("20"):
                found.append((dt.date(int(year), month, 1), span.start))
    return found
