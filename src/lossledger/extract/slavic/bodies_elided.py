"""Bodies received told by each side in turn, the second with its verb and noun left out: "Украина получила 1 000 тел,
Россия — 41", "Україна отримала 1 000 тіл, Росія — 41". The side named before the dash received the bodies of the
figure after it: its own dead, as the first side's figure is its own."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, first_hit, starts_between, text_between

__all__ = ["elided_recipient"]

_DASH_ONLY = re.compile(r"\s*[—–-]\s*")


def elided_recipient(doc: DocText, toks: list[Token], first: int) -> str | None:
    """The side named in the nominative right before a dash and the figure at ``toks[first]``, after a comma, in a
    sentence that counted bodies received before it; else None."""
    if first < 2 or not _DASH_ONLY.fullmatch(text_between(doc.text, toks[first - 1].end, toks[first].start)):
        return None
    named = [(key, a) for key, a, b in doc.lang.sides.find_all(toks, max(0, first - 3), first) if b == first]
    if not named:
        return None
    key, a = named[-1]
    if a == 0 or "," not in text_between(doc.text, toks[a - 1].end, toks[a].start) \
            or "nomn" not in tags(toks[first - 1].low, doc.lang.code):
        return None
    ctx = doc.lang.grammar["context"]
    if first_hit(ctx, "bodies_received", toks, 0, a) is None or not starts_between(ctx, "bodies_of", toks, 0, a):
        return None
    return key
