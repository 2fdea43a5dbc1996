"""A unit that lost, in the account of a source of a side: "За місяць батальйон втратив 14 бійців" is the source's
own side's loss where no side is named (the unit with no side of its own is the speaker's)."""

from __future__ import annotations

from ...languages.morphology import tags
from .mentions import DocText, Mention


def own_unit_lost(doc: DocText, m: Mention) -> bool:
    """Whether a unit word ("батальйон", "бригада") in the nominative, before ``m``'s figure, is the subject of a
    verb of losing right after it (an adverb or two between)."""
    toks = m.sentence.tokens
    units = doc.lang.grammar["context"].find_all(toks, 0, m.number.first_token, "own_units")
    for _key, _a, b in units:
        if "nomn" not in tags(toks[b - 1].low, doc.lang.code):
            continue  # ("втрати батальйону": another's word for it)
        for k in range(b, min(m.number.first_token, b + 3)):
            hit = doc.lang.outcomes_people.match(toks, k)
            if hit is not None and hit[0] == "losses" and "VERB" in tags(toks[k].low, doc.lang.code):
                return True
    return False
