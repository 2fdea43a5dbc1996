"""Soldiers counted as from an unnamed area ("погибли 57 мобилизованных из района", "загинули 12 військових з
громади"): the area is the text's own place, so they are of the state whose places the document names, where it names
places of one state only ("Курганская область", "На Вінниччині"); no one's reading where it names none or both."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText

__all__ = ["district_side"]

#: how many words may stand between "из" and the area's noun ("из нашего района")
_TO_AREA = 2


def district_side(doc: DocText, toks: list[Token], noun: tuple[int, int] | None) -> str | None:
    """The state of the document's places where the noun counted is followed by "из" / "з" and an area's noun
    (grammar ``context.home_areas``), else None."""
    ctx = doc.lang.grammar["context"]
    if noun is None or noun[1] + 1 >= len(toks) or ctx.match(toks, noun[1], key="from_place") is None:
        return None
    if not any(ctx.match(toks, k, key="home_areas") is not None
               for k in range(noun[1] + 1, min(len(toks), noun[1] + 1 + _TO_AREA))):
        return None
    states = doc.cache.get("place_states")
    if states is None:
        states = doc.cache["place_states"] = frozenset(
            key for s in doc.sentences for key, _a, _b in doc.lang.places.find_all(s.tokens))
    return next(iter(states)) if len(states) == 1 else None
