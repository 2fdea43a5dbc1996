"""Things named bare that are no count of one: a mass noun ("лишился большого количества вооружения, в том числе
бронетехники и орудий": armour, not one armoured vehicle) and an abbreviation that closes the heading of a count in the
genitive plural ("15 тысяч танков, БМП и БТР", "орудий полевой артиллерии и РСЗО": one lumped figure, not one IFV
and one APC more)."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token, tags
from .mentions import DocText, Mention


def lumped_item(doc: DocText, toks: list[Token], a: int, h: int, found: Sequence[Mention]) -> bool:
    """The thing named bare at ``toks[a]`` (its adjectives from ``h``) is a mass noun (grammar ``mass_items``), or an
    abbreviation right after a counted item whose noun is in the genitive plural (the heading it closes)."""
    ctx = doc.lang.grammar["context"]
    if ctx.match(toks, a, key="mass_items") is not None:
        return True
    word = toks[a].text
    if not (len(word) > 1 and word.isupper()):
        return False
    for f in found:
        if f.noun_end not in (h, h - 1, h - 2):
            continue  # (the item right before it, a comma or "и" between)
        noun = range(f.number.last_token + 1, f.noun_end)
        if any({"gent", "plur"} <= tags(toks[k].low, doc.lang.code) for k in noun):
            return True
    return False
