"""Weapons counted by a clause that says they did not go off: unexploded ordnance found or cleared, not weapons
downed ("сапери знешкодили 2 ракети, які не розірвалися", "обезвредили 2 ракеты, которые не разорвались")."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText

#: how far into the relative clause its verb of not going off may stand ("які так і не розірвалися")
_WITHIN = 5


def unexploded_after(doc: DocText, toks: list[Token], hi: int) -> bool:
    """Whether the clause after the figure's own (ending at ``hi``) opens with a relative word and says its things
    did not go off."""
    ctx = doc.lang.grammar["context"]
    if hi >= len(toks) or ctx.match(toks, hi, key="relative") is None:
        return False  # (no relative clause after the figure's: most figures)
    return bool(ctx.find_all(toks, hi + 1, min(len(toks), hi + 1 + _WITHIN), "unexploded"))


def did_not_go_off(doc: DocText, toks: list[Token], first: int, hi: int) -> bool:
    """Whether the figure's own clause, after the figure (``toks[first:hi]``), says its things did not go off: "ще
    одна не вибухнула", "еще одна ракета упала в поле и не взорвалась"."""
    ctx = doc.lang.grammar["context"]
    return bool(ctx.starts(toks, "unexploded")) and bool(ctx.find_all(toks, first, hi, "unexploded"))


def unexploded_item(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the adjectives of one thing named bare (``toks[lo:hi]``) call it unexploded: "знешкодили нерозірвану
    крилату ракету", "обезвредили неразорвавшуюся ракету"."""
    ctx = doc.lang.grammar["context"]
    return any(ctx.match(toks, k, key="non_loss") is not None for k in range(lo, hi))
