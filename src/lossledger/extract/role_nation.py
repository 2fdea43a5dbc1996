"""A nation's role named with no nation ("when the defence minister said"): the nation of a source the same
sentence names before it ("The Kremlin has given no figure since 2022, when the defence minister said ..."). Split
from ``attribution``, which reads the sources a sentence names."""

from __future__ import annotations

from .document import Reader, Source
from .sources import roles_of_nation_speaking_as

__all__ = ["role_of_nation_named"]

_ROLE_REACH = 40  # how far into a definite role's phrase ("the defence minister") its role may begin


def role_of_nation_named(reader: Reader, named: list[tuple[int, int, Source]], start: int, *, person: bool
                         ) -> Source | None:
    """The source a definite role at ``start`` ("the defence minister", which points back at a ``person``) is, when a
    source of a nation is ``named`` before it in its sentence and that nation has the role: that nation's role
    ("the Kremlin ..., when the defence minister said": Russia's defence minister). None otherwise: the role then
    points back at the last person who spoke."""
    if not person:
        return None
    before = [src for _other, score, src in named if src.start < start and score > 0]
    for src in sorted(before, key=lambda s: s.start, reverse=True):
        roles = roles_of_nation_speaking_as(reader.profile, src.key)
        hit = roles.pattern.search(reader.norm, start, start + _ROLE_REACH) if roles is not None else None
        if roles is not None and hit is not None:
            return Source(roles.key(hit), reader.text[start:hit.end()], start)
    return None
