""""Підсумки 2024 року", "за підсумками 2024 року", "Итоги 2024 года": a written year summed up, told once it is
over, so its last day is a lower bound of an undated text's date, as a half or a quarter of it is (``part_over``). The
words are the grammar's (``dates.year_summed``, by lemma); the year is the run of digits right after one, or after the
year's noun and a colon ("Підсумки року: 2024", ``dates.year_summed_noun``)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import chain, pairwise
from operator import attrgetter

from .mentions import DocText

__all__ = ["year_summed"]

_LEMMAS = attrgetter("lemmas")
#: between the year's noun and the year: a colon or a dash
_COLON = re.compile(r"\s*[:—–-]\s*")


def year_summed(doc: DocText, latest: dt.date | None) -> dt.date | None:
    """The last day of the latest year the text sums up, when it is later than the ``latest`` day its other evidence
    gives and that day falls in it or before (a year summed up after a later day is a past one); else None."""
    words = set(doc.lang.raw["grammar"]["dates"].get("year_summed", ()))
    if not words:
        return None
    nouns = set(doc.lang.raw["grammar"]["dates"].get("year_summed_noun", ()))
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        # (whether a token holds a word of summing up asked first, in C: most sentences hold none, and their tokens
        # are then not looped over; only a token that holds one is read on)
        if words.isdisjoint(chain.from_iterable(map(_LEMMAS, toks))):
            continue
        for i in range(len(toks) - 1):
            if words.isdisjoint(toks[i].lemmas):
                continue
            at = i + 1
            if i + 2 < len(toks) and nouns.intersection(toks[i + 1].lemmas) \
                    and _COLON.fullmatch(doc.text, toks[i + 1].end, toks[i + 2].start):
                at = i + 2  # "Підсумки року: 2024", "Итоги года — 2024": the year after the colon
            year = toks[at].low
            if len(year) == 4 and year.isdigit() and year.startswith("20") and words.intersection(toks[i].lemmas):
                end = dt.date(int(year), 12, 31)
                if latest is None or (end > latest and latest.year == end.year):
                    found.append(end)
    found += [end for end in _compared_whole(doc) if latest is None or (end > latest and latest.year == end.year)]
    return max(found, default=None)


def _compared_whole(doc: DocText) -> list[dt.date]:
    """The last day of each year a sentence tells as past and compares whole with the one before it ("У 2024 році
    кількість звернень була вдвічі більшою, ніж у попередньому році", "В 2023 году потерь было больше, чем в
    предыдущем году"), not a year still going ("поки що", "пока", "цього року") (round 61e). The words are the
    grammar's (``dates.year_compared``: ``prior``, ``year_before``, ``told_past``, ``so_far``)."""
    dates = doc.lang.raw["grammar"]["dates"]
    compared = dates.get("year_compared", {})
    prior = set(compared.get("prior", ()))
    if not prior:
        return []
    nouns, past = set(dates.get("year_summed_noun", ())), set(compared.get("told_past", ()))
    so_far = set(compared.get("so_far", ()))
    before = set(compared.get("year_before", ()))  # (the preposition of a year: "у 2024 році", "в 2023 году")
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        # (asked in C first, as year_summed does: most sentences hold no word of comparing)
        if prior.isdisjoint(chain.from_iterable(map(_LEMMAS, toks))) \
                or any(so_far.intersection(t.lemmas) for t in toks):
            continue
        for i in range(1, len(toks) - 1):
            year = toks[i].low
            if not (len(year) == 4 and year.isdigit() and year.startswith("20") and toks[i - 1].low in before
                    and nouns.intersection(toks[i + 1].lemmas)):
                continue
            rest = toks[i + 2:]
            if any(t.low in past for t in rest) and any(
                    prior.intersection(a.lemmas) and nouns.intersection(b.lemmas) for a, b in pairwise(rest)):
                found.append(dt.date(int(year), 12, 31))
    return found
