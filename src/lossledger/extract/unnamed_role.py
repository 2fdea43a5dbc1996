"""'The general told lawmakers that up to 60,000 ...': a role with the definite article, no body and no one named
before in it is still who says the figure (a source, so not the article's own voice). It speaks for the one belligerent
in view ("Russia launched an offensive. The general said ..."): that nation's role for it, else its officials; with no
nation in view it is a source of no kind the text tells, `other`. Read by ``attribution._sources_named`` where
``definite_role`` finds no earlier holder of the role."""

from __future__ import annotations

from .body import Sentence
from .document import Reader, Source
from .nation_in_view import role_of_sole_nation_before, sole_nation_before
from .sources import source_tables

__all__ = ["unnamed_role_source"]


def unnamed_role_source(reader: Reader, sent: Sentence, start: int, end: int, score: int, scope: str) -> Source:
    """The source of the role phrase ``reader.text[start:end]`` that no earlier source holds."""
    role = role_of_sole_nation_before(reader, sent, start)
    nation = sole_nation_before(reader, sent, start) if role is None else None
    key = role.key if role is not None else source_tables(reader.profile).defaults.get(nation or "", "other")
    return Source(key, reader.text[start:end], start, score, scope=scope)
