"""The side holding a place the sentence tells is occupied ("в окупованому Мелітополі", "в оккупированном ВСУ селе"):
the side named right after the word, else the opponent of the side whose place the word names, else, for a place the
war's words do not know, the profile's occupier (``[city_heads] occupier``); a city's head by a bare title in that
sentence ("заявив мер міста") is that side's official, one it installed."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText


def occupier(doc: DocText, toks: list[Token]) -> str | None:
    """The side holding the place the sentence calls occupied (grammar ``context.occupied``), else None."""
    ctx = doc.lang.grammar["context"]
    for _k, _a, b in ctx.find_all(toks, key="occupied"):
        if b >= len(toks):
            continue
        by = doc.lang.sides.match(toks, b)
        if by is not None and by[0] in doc.profile.sides:
            return by[0]  # ("оккупированном ВСУ селе": the side named as holding it)
        place = doc.lang.places.match(toks, b)
        if place is not None and place[0] in doc.profile.sides:
            return doc.profile.sides[place[0]].opponent  # ("в окупованій Херсонщині": the other side's hold)
        if toks[b].text[:1].isupper():
            held = doc.lang.raw.get("profile", {}).get("city_heads", {}).get("occupier")
            return held if held in doc.profile.sides else None  # ("в окупованому Мелітополі": a city not listed)
    return None
