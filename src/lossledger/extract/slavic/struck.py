"""Weapons counted as what struck a target, not as what was lost ("зафіксовано влучання 13 ударних БпЛА")."""

from __future__ import annotations

from ...languages.morphology import tags
from .mentions import DocText, text_between
from .numbers import Number
from .sentences import Sentence


def counts_what_struck(doc: DocText, sent: Sentence, num: Number) -> bool:
    """Whether ``num`` follows a noun of a hit ("влучання", "попадания") with only the names of other weapons and
    a conjunction between: "зафіксовано влучання ракет та 13 ударних БпЛА на 6 локаціях" counts the drones that got
    through, not drones downed."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    k = num.first_token - 1
    while k >= 0 and num.first_token - k <= 4:
        if text_between(doc.text, toks[k].end, toks[k + 1].start).strip():
            return False  # (a comma or a dash ends the phrase)
        if ctx.match(toks, k, key="hit_by"):
            return True
        if not ("CONJ" in tags(toks[k].low, doc.lang.code) or doc.lang.categories.match(toks, k)):
            return False
        k -= 1
    return False

