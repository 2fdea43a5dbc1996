"""Whose enemy "the enemy" is where no one speaks: the enemy of the side whose place it attacks ("Враг запустил 50
дронов, 10 из них не долетели до Киева": a text written from Ukraine, whatever its language)."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText


def enemy_of_the_attacked(doc: DocText, toks: list[Token]) -> str | None:
    """The side whose opponent is the place named right after a word of aiming ("до Киева", "по Харкову"), if the
    sentence names such places of one side only and that side has an opponent; else None."""
    ctx = doc.lang.grammar["context"]
    attacked = set()
    for _k, _a, b in ctx.find_all(toks, key="attacked_place_before"):
        place = doc.lang.places.match(toks, b) if b < len(toks) and toks[b].text[:1].isupper() else None
        if place is not None:
            attacked.add(place[0])
    if len(attacked) != 1:
        return None
    side = doc.profile.sides.get(attacked.pop())
    return side.opponent if side is not None and side.opponent else None
