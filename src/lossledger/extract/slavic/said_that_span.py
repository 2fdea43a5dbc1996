"""A span said with the saying, not with the figures: "Губернатор на этой неделе сообщил, что с начала осени погибли 11
мирных жителей, еще 46 получили ранения", "Голова ОВА цього тижня повідомив, що з початку осені ... ще 46 дістали
поранення": the week is when it was said; a figure of the clause "что ..." that names no span of its own (the part after
"еще") takes the clause's span, not the one before its verb of saying."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText
from .saying import SAYING_KEYS


def that_clause_start(doc: DocText, toks: list[Token], first: int) -> int | None:
    """The first token of the clause "X сообщил, что ..." that holds the figure at ``first`` (its "что" right after a
    verb of saying, the comma between), where a word of the sentence stands before that verb; else None."""
    ctx = doc.lang.grammar["context"]
    if "says_that" not in ctx.keys_in(toks):
        return None  # (no "что" / "що": most sentences)
    verb_ends = {b for _k, _a, b in ctx.find_all(toks, 0, first, SAYING_KEYS[0])}
    opened = [b for _k, a, b in ctx.find_all(toks, 0, first, "says_that") if a in verb_ends and a > 1]
    return opened[-1] if opened else None
