"""A part whose verb of dying is left out after a dash, told only where they died ("Ще 31 загинув унаслідок обстрілів,
а семеро — у полоні", "а семеро — в плену"): captivity is where they died, not what befell them (killed, not
captured), as "загинули в полоні" with its verb says."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...languages.morphology import Token, tags
from .numbers import Number

if TYPE_CHECKING:  # (mentions reads this module: its document type only for the checker)
    from .mentions import DocText

__all__ = ["captive_part", "died_in_captivity"]

_DASH = re.compile(r"[—–]")


def died_in_captivity(doc: DocText, toks: list[Token], number: Number, lo: int, hi: int,
                      cues: list[tuple[str, int, int]]) -> bool:
    """Whether the figure's clause ``toks[lo:hi]`` has no verb, only a place of captivity after a dash as its
    outcome, and a verb of dying stands before it in the sentence (the verb left out), with how or where the figure
    before died."""
    if not cues or any(c[0] != "captured" for c in cues) or number.last_token + 1 >= hi:
        return False
    spans = doc.lang.grammar["spans"]
    if not all(spans.match(toks, c[1], key="in_captivity") for c in cues):
        return False  # (not "взяли в полон": taken prisoner)
    if not _DASH.search(doc.text, toks[number.last_token].end, toks[number.last_token + 1].start):
        return False  # (the verb left out: a dash after the figure)
    if any("VERB" in tags(toks[k].low, doc.lang.code) for k in range(lo, hi)):
        return False  # ("а семеро — досі перебувають у полоні": a verb of its own)
    ctx = doc.lang.grammar["context"]
    # (and the clause before tells how or where its own died, parts told apart so: "загинув унаслідок обстрілів, а
    # семеро — у полоні"; not "Загинули 20 військових, ще 6 — у полоні", six more held captive)
    return bool(ctx.find_all(toks, 0, lo, key="died")) \
        and bool(spans.find_all(toks, 0, lo, key="event_lead") or ctx.find_all(toks, 0, lo, key="at_war"))


def captive_part(doc: DocText, toks: list[Token], number: Number) -> bool:
    """Whether the figure is a part whose verb of dying is left out and whose own clause, to the sentence's end, names
    captivity and no word of the army or of civilians ("31 загинув унаслідок обстрілів, а семеро — в окупації чи
    полоні"): beside civilians before it, people whose kind the text does not tell."""
    lo = number.last_token + 1
    if lo >= len(toks) or not _DASH.search(doc.text, toks[number.last_token].end, toks[lo].start):
        return False
    hi = len(toks)
    cues = list(doc.lang.outcomes_people.find_all(toks, lo, hi))
    return died_in_captivity(doc, toks, number, lo, hi, cues) and not doc.lang.military_context.find_all(toks, lo, hi) \
        and not doc.lang.civilian_context.find_all(toks, lo, hi)
