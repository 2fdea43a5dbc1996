"""What a count was read from: "Опираясь на сообщения родственников и некрологи, журналисты установили имена 27
военных", "На основании некрологов издание установило 64 погибших". A word of no loss ("некролог", an obituary) that
is the object of a phrase of basis ("опираясь на", "на основании", "спираючись на") or of analysis ("проанализировали")
names the material, not what the figure counts, so it does not undo the figure's loss; and a body named in the
nominative after that object ("На основании некрологов издание установило") is the clause's subject, who counted: the
source, not a body whose words were read ("основанным на сводках оперштаба")."""

from __future__ import annotations

from ...languages.morphology import PhraseTable, Token, tags

__all__ = ["material_read", "object_of_the_basis"]

#: how many tokens after the phrase of basis its object may run ("сообщения родственников и некрологи")
_REACH = 5


def material_read(ctx: PhraseTable, toks: list[Token], start: int) -> bool:
    """Whether the word at ``start`` stands within the object of a phrase of basis or analysis before it."""
    return any(b <= start < b + _REACH
               for key in ("based_on", "analysed") for _k, _a, b in ctx.find_all(toks, 0, start, key))


#: the cases a body whose words were read stands in after a phrase of basis ("сводках оперштаба", "данных Генштаба")
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "gen2", "loc2"})


def object_of_the_basis(toks: list[Token], start: int, basis_end: int, code: str) -> bool:
    """Whether the body named at ``start`` stands in the object of the phrase of basis ending at ``basis_end``
    ("основанным на сводках оперштаба", "на основании некрологов и постов родственников"): within its reach, and not
    the clause's subject after it (a nominative with no oblique reading, not right after the phrase: "На основании
    некрологов издание установило")."""
    if not 0 <= start - basis_end < _REACH:
        return False
    found = tags(toks[start].low, code)
    return start == basis_end or "nomn" not in found or bool(found & _OBLIQUE)
