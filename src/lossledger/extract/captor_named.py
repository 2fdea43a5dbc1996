"""'Some 16 sailors are still held in Russian captivity, the navy said': people held by a side the text names after
them ("in Russian captivity", "held prisoner by Russia", "taken captive by Ukrainian forces") are the loss of that
side's enemy, whoever reports them. Read by ``extract`` for a captured count where nothing before the number says
whose loss it is (grammar ``captor_after``, read from the counted noun to the end of its clause; group captor or
holder)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["CaptorRules", "side_of_captor_named"]


class CaptorRules:
    """The grammar's patterns of this reader, compiled once per grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.captor_after = g.pattern("captor_after", guard=False)


def side_of_captor_named(reader: Reader, sent: Sentence, np_end: int, outcome: str) -> str | None:
    """The enemy of the captor named after the counted noun ending at ``np_end``, for a captured count."""
    if outcome != "captured":
        return None
    r = reader.grammar.rules(CaptorRules)
    held = r.captor_after.match(reader.norm, np_end, reader.clause_bounds(sent, np_end)[1])
    if held is None:
        return None
    prof = reader.profile
    group = "captor" if held.group("captor") is not None else "holder"
    for vocabulary in ("side_adjective", "side_name"):
        named = reader.scan.search(vocabulary, held.start(group), held.end(group))
        if named is not None and (side := prof.key_of(named)) in prof.sides:
            return prof.sides[side].opponent
    return None
