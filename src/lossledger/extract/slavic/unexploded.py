"""Weapons counted by a clause that says they did not go off: unexploded ordnance found or cleared, not weapons
downed ("сапери знешкодили 2 ракети, які не розірвалися", "обезвредили 2 ракеты, которые не разорвались")."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText

#: how far into the relative clause its verb of not going off may stand ("які так і не розірвалися")
_WITHIN = 5


def unexploded_after(doc: DocText, toks: list[Token], first: int, hi: int) -> bool:
    """Whether the figure's things did not go off: its own clause says so after it (``toks[first:hi]``: "ще одна не
    вибухнула", "еще одна упала в поле и не взорвалась"), or the clause after its own (from ``hi``) opens with a
    relative word and says so ("2 ракети, які не розірвалися")."""
    ctx = doc.lang.grammar["context"]
    said = ctx.starts(toks, "unexploded")
    if not said:
        return False  # (no word of not going off in the sentence: most sentences)
    if any(first <= k < hi for k in said):
        return True
    if hi >= len(toks) or ctx.match(toks, hi, key="relative") is None:
        return False
    return any(hi + 1 <= k < hi + 1 + _WITHIN for k in said)


def unexploded_item(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the adjectives of one thing named bare (``toks[lo:hi]``) call it unexploded: "знешкодили нерозірвану
    крилату ракету", "обезвредили неразорвавшуюся ракету"."""
    ctx = doc.lang.grammar["context"]
    return any(ctx.match(toks, k, key="non_loss") is not None for k in range(lo, hi))
