"""A side as the subject, its verb past a source set off by commas: "Украина, по оценке журнала, могла потерять до 60
тысяч", "Росія, за даними розвідки, втратила 40 танків". The clause of the figure opens after the aside; the side that
lost is the word before it, which opens the sentence or a clause of its own."""

from __future__ import annotations

import re

from ...languages.morphology import Token
from .mentions import DocText, text_between

__all__ = ["subject_past_aside"]

_COMMA = re.compile(r"\s*,\s*")
#: The most words a source set off by commas may hold ("по оценке британского журнала The Economist").
_ASIDE_WORDS = 8


def subject_past_aside(doc: DocText, toks: list[Token], lo: int) -> int:
    """The start of the clause at ``lo`` taken back over a source set off by commas to the side named right before it,
    where one is ("Украина, по данным издания, потеряла"); else ``lo``."""
    if lo < 3 or not _COMMA.fullmatch(text_between(doc.text, toks[lo - 1].end, toks[lo].start)):
        return lo
    ctx = doc.lang.grammar["context"]
    # (a source marker and a side both somewhere in the sentence, read from its scan, before the commas are looked
    # for: most clauses after a comma have neither)
    if "source_markers" not in ctx.keys_in(toks) or not doc.lang.sides.keys_in(toks):
        return lo
    opening = next((k for k in range(lo - 1, max(0, lo - 1 - _ASIDE_WORDS), -1)
                    if _COMMA.fullmatch(text_between(doc.text, toks[k - 1].end, toks[k].start))), None)
    if opening is None or ctx.match(toks, opening, key="source_markers") is None:
        return lo
    named = [(a, b) for _key, a, b in doc.lang.sides.find_all(toks, max(0, opening - 3), opening) if b == opening]
    if not named:
        return lo
    a = named[-1][0]
    if a > 0 and not re.search(r"[,;:.—–]", text_between(doc.text, toks[a - 1].end, toks[a].start)):
        return lo  # (the side is the clause's start, or the sentence's)
    return a
