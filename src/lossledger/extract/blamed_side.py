"""'Two civilians were killed in the village of Zarichne, the regional governor said, blaming Ukrainian forces': a
sentence that blames one side for a toll (a gerund or clause after the toll or its source: "blaming Kyiv", "accusing
Russian troops of shelling the village", "who blamed a Ukrainian drone") tells the other side's victims, wherever the
place named is (a village no list holds is no side's by its name). Read by ``whose_loss.side_of`` for victims with no
side of their own before the place's side is looked for. Grammar: ``blamed_side_after``."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["BlamedSideRules", "victims_of_side_blamed"]

_SIDE_REACH = 30  # how far after the verb of blaming the blamed side's word may begin ("blaming a Ukrainian drone")


class BlamedSideRules:
    """The grammar's patterns of this reader, compiled once per grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.blamed_side_after: re.Pattern[str] = g.pattern("blamed_side_after", guard=False)


def victims_of_side_blamed(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The enemy of the one side the words after the number at ``abs_start`` blame for the toll; None where none is
    blamed, or both sides are named right after the verb."""
    r = reader.grammar.rules(BlamedSideRules)
    verb = r.blamed_side_after.search(reader.norm, abs_start, sent.end)
    if verb is None:
        return None
    prof = reader.profile
    hi = min(sent.end, verb.end() + _SIDE_REACH)
    named = {key for vocabulary in ("side_name", "side_adjective")
             for m in reader.scan.finditer(vocabulary, verb.end(), hi)
             if (key := prof.key_of(m)) in prof.sides and prof.sides[key].opponent}
    if len(named) != 1:
        return None
    return prof.sides[named.pop()].opponent
