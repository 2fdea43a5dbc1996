"""'Drones hit Belgorod overnight, according to the governor of the region': a role joined to a place that points back
("of the region", "of the city", "in the oblast") holds its office in the place named last before it, so the role is
that place's state's ("the governor of Belgorod": `ru_officials`), in its own sentence or taken back by "The governor"
in the next. A place is a capitalised word the profile's ``[source_nations]`` names a nation by, not its adjective
("Russian drones hit the city" names no place). Read by ``unnamed_role.role_held_before`` (grammar
``place_pointed_back``, ``nation_adjective``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader
from .sources import classify_source, source_tables

__all__ = ["PlacePointerRules", "place_named_before", "role_of_place_pointed_back", "without_place_pointer"]


class PlacePointerRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.place_pointed_back = g.pattern("place_pointed_back", guard=False)
        self.nation_adjective = g.pattern("nation_adjective", guard=False)


def place_named_before(reader: Reader, spans: list[tuple[int, int]]) -> str | None:
    """The last place named in ``spans`` (in text order): a capitalised word the profile names a nation by that is
    neither its adjective ("Russian") nor an acronym ("NATO")."""
    tables = source_tables(reader.profile)
    if tables.nations is None:
        return None
    r = reader.grammar.rules(PlacePointerRules)
    last = None
    for lo, hi in spans:
        for m in tables.nations.pattern.finditer(reader.norm, lo, hi):
            word = reader.text[m.start():m.end()]
            if word[:1].isupper() and not word.isupper() and not r.nation_adjective.fullmatch(word):
                last = word
    return last


def role_of_place_pointed_back(reader: Reader, role: str, after: str, spans: list[tuple[int, int]]) -> str | None:
    """The key of ``role`` ("the governor") held in the place named last in ``spans``, when the words ``after`` it
    open on a pointer back at a place (" of the region"); None otherwise."""
    r = reader.grammar.rules(PlacePointerRules)
    if r.place_pointed_back.match(after) is None:
        return None
    place = place_named_before(reader, spans)
    if place is None:
        return None
    kind = classify_source(reader.profile, f"{role.rstrip()} of {place}", grammar=reader.grammar)
    return kind[0] if kind is not None and kind[1] == "nation" else None


def without_place_pointer(reader: Reader, role: str) -> str:
    """``role`` up to a pointer back at a place in it ("the governor of the region" -> "the governor")."""
    pointer = reader.grammar.rules(PlacePointerRules).place_pointed_back.search(role)
    return role[:pointer.start()] if pointer is not None else role
