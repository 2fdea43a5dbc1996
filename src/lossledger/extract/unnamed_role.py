"""'The general told lawmakers that up to 60,000 ...': a role with the definite article, no body and no one named
before in it is still who says the figure (a source, so not the article's own voice). It speaks for the one belligerent
in view ("Russia launched an offensive. The general said ..."): that nation's role for it, else its officials; with no
nation in view it is a source of no kind the text tells, `other`. When the sentence before (or its own words before
the role) names that nation's role with the same head noun ("Ukraine's defence minister spoke on Monday. The minister
said ..."), the role phrase takes that body back: its key (`ua_mod`), not the bare noun's. Read by
``attribution._sources_named`` where ``definite_role`` finds no earlier holder of the role."""

from __future__ import annotations

import bisect
import re

from .body import Sentence
from .document import Reader, Source
from .nation_in_view import role_of_sole_nation_before, sole_nation_before
from .sources import source_tables

__all__ = ["unnamed_role_source"]


def unnamed_role_source(reader: Reader, sent: Sentence, start: int, end: int, score: int, scope: str) -> Source:
    """The source of the role phrase ``reader.text[start:end]`` that no earlier source holds."""
    role = _role_named_before(reader, sent, start, end) or role_of_sole_nation_before(reader, sent, start)
    nation = sole_nation_before(reader, sent, start) if role is None else None
    key = role.key if role is not None else source_tables(reader.profile).defaults.get(nation or "", "other")
    return Source(key, reader.text[start:end], start, score, scope=scope)


def _role_named_before(reader: Reader, sent: Sentence, start: int, end: int) -> Source | None:
    """The last role of the one nation in view, named in the sentence before ``sent`` (or in ``sent`` before
    ``start``), whose words hold the head noun of the role phrase ``reader.text[start:end]`` ("minister" in
    "Ukraine's defence minister"); None when there is none."""
    nation = sole_nation_before(reader, sent, start)
    roles = source_tables(reader.profile).roles.get(nation) if nation is not None else None
    words = reader.text[start:end].split(",")[0].split()
    if roles is None or not words:
        return None
    head = re.compile(rf"(?<![\w-]){re.escape(words[-1].lower())}(?![\w-])")
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1  # (nation_in_view's sentence before)
    before = reader.sentences[i] if i >= 0 and reader.sentences[i].paragraph >= sent.paragraph - 1 else None
    spans = ([(before.start, before.end)] if before is not None else []) + [(sent.start, start)]
    held = [m for lo, hi in spans for m in roles.pattern.finditer(reader.norm, lo, hi)
            if head.search(m.group(0).lower())]
    return Source(roles.key(held[-1]), reader.text[start:end], start) if held else None
