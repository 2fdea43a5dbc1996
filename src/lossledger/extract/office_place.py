"""'A Ukrainian drone hit a house in the Russian city of Belgorod, killing two people, the regional police said': a
local office named with no nation ("the regional governor", "the city's mayor", "local police", "the regional health
department") runs the place its sentence, else the sentence before in its paragraph, names: a place of a side's (the
profile's ``places``: "Belgorod", "Kharkiv") or one named with its side's word ("the Russian town of X"), so it speaks
for that side. Outside the sentence's sources ("Kharkiv's governor said" names who speaks). Read by
``whose_loss.side_of_region_in_view`` before a region named with its side's word earlier in the paragraph, which is
farther (grammar ``place_kind_of``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .attribution import source_spans
from .body import Sentence
from .document import Reader
from .loss_frame import sentence_before

__all__ = ["OfficePlaceRules", "side_of_place_near"]


class OfficePlaceRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        # after a side's word: " city of", " town of" ("the Russian city of Belgorod")
        self.place_kind_of = g.pattern("place_kind_of", guard=False)


def side_of_place_near(reader: Reader, sent: Sentence, places: re.Pattern[str] | None) -> str | None:
    """The side of the last place named in ``sent`` outside its sources, else in the sentence before it in its
    paragraph: a word of ``places`` (one group a side) or a side's word before "city of"."""
    before = sentence_before(reader, sent)
    spans = [(sent.start, sent.end)]
    if before is not None and before.paragraph == sent.paragraph:  # (a new paragraph may move elsewhere)
        spans.insert(0, (before.start, before.end))
    for lo, hi in reversed(spans):
        skip = source_spans(reader, sent) if lo == sent.start else []
        found = _last_place(reader, lo, hi, places, skip)
        if found is not None:
            return found
    return None


def _last_place(reader: Reader, lo: int, hi: int, places: re.Pattern[str] | None,
                skip: list[tuple[int, int]]) -> str | None:
    r = reader.grammar.rules(OfficePlaceRules)
    found: tuple[int, str] | None = None
    named: list[tuple[int, str | None]] = [(m.start(), m.lastgroup) for m in places.finditer(reader.norm, lo, hi)
                                           ] if places is not None else []
    for vocabulary in ("side_adjective", "side_name"):
        for m in reader.scan.finditer(vocabulary, lo, hi):
            key = reader.profile.key_of(m)
            if key in reader.profile.sides and r.place_kind_of.match(reader.norm, m.end()) is not None:
                named.append((m.start(), key))
    for at, side in named:
        if side is not None and not any(a <= at < b for a, b in skip) and (found is None or at > found[0]):
            found = (at, side)
    return found[1] if found is not None else None
