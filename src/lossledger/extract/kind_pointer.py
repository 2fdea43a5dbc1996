"""A source pointed back at by its kind alone ("the outlets said", "the project added") after a state body spoke in
between: "Mediazona and the BBC have counted 98,000 ... Ukraine's General Staff puts Russian losses at 1.2 million. The
count rose by 2,100 names, the two outlets said" is the outlets', not the General Staff's. A kind that the profile's
``[source_kinds]`` classifies (an outlet, a project, researchers) is never a state body, so it names again the last
source of such a kind that spoke, a few sources back at most."""

from __future__ import annotations

from .document import Reader, Source
from .sources import source_tables

__all__ = ["kind_source_before"]

_LOOK_BACK = 4  # sources spoken back to the one the kind names again


def kind_source_before(reader: Reader, noun: str, named_here: list[Source] | None = None) -> Source | None:
    """The last source named before in the same sentence (``named_here``: "* MEDIAZONA AND BBC RUSSIAN: The two outlets
    have confirmed ...", a bullet's label), else the last spoken, of the last few, whose key is one of the profile's
    kinds of source, where ``noun`` (a singular noun of a kind: "outlet") is such a kind; else None."""
    kinds = source_tables(reader.profile).kinds
    if kinds is None or kinds.pattern.fullmatch(noun) is None:
        return None
    keys = frozenset(kinds.key_of.values())
    here = next((src for src in reversed(named_here or []) if src.key in keys), None)
    return here or next((src for src in reversed(reader.sources_spoken[-_LOOK_BACK:]) if src.key in keys), None)
