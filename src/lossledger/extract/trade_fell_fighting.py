"""People counted by a civilian trade who died fighting ("143 students, graduates and staff killed defending Ukraine",
"12 teachers who were killed fighting at the front"): the spec counts who fell at war as soldiers (`personnel`),
whatever their work at home; the trade is only what they were before (a strike that kills students in their dormitory
leaves them civilians)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .document import Reader

__all__ = ["TradeFellRules", "held_as_prisoners_of_war", "serving_in_forces", "side_fell_for", "told_serving_before",
           "trade_fell_fighting"]


class TradeFellRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        serving = g.pattern("trade_fell_serving", guard=False)
        self.fell_after = re.compile(f"(?:{g.source('trades_listed_after')})(?:{serving.pattern})", serving.flags)
        self.serving_in_forces_after = g.pattern("serving_in_forces_after", guard=False)
        self.held_as_prisoners_of_war_after = g.pattern("held_as_prisoners_of_war_after", guard=False)
        self.serving_copula_after = g.pattern("serving_copula_after", guard=False)


def trade_fell_fighting(reader: Reader, np_end: int) -> bool:
    """Whether the civilians counted, whose noun phrase ends at ``np_end``, died fighting (the rest of their list and
    a relative clause may come between)."""
    return reader.grammar.rules(TradeFellRules).fell_after.match(reader.norm, np_end) is not None


def serving_in_forces(reader: Reader, np_end: int) -> bool:
    """Whether the people counted, whose noun phrase ends at ``np_end``, are told right after it as serving in a force
    ("8 residents serving in the army", "nine men from the village who were serving in the armed forces"): soldiers,
    whatever their noun says they are at home."""
    return reader.grammar.rules(TradeFellRules).serving_in_forces_after.match(reader.norm, np_end) is not None


def held_as_prisoners_of_war(reader: Reader, np_end: int) -> bool:
    """Whether the people counted, whose noun phrase (or number) ends at ``np_end``, are told right after it as held
    as prisoners of war ("four are held as prisoners of war", "12 alumni taken as POWs"): soldiers, whatever their noun
    says they are at home."""
    return reader.grammar.rules(TradeFellRules).held_as_prisoners_of_war_after.match(reader.norm, np_end) is not None


def side_fell_for(reader: Reader, np_end: int) -> str | None:
    """The side whose name the words of a fighting death after the civilians counted hold ("lost 87 graduates in the
    defence of Ukraine", "12 teachers killed defending Ukraine"): the side they fought for."""
    fell = reader.grammar.rules(TradeFellRules).fell_after.match(reader.norm, np_end)
    if fell is None:
        return None
    for vocabulary in ("side_name", "side_adjective"):
        named = reader.scan.search(vocabulary, fell.start(), fell.end())
        if named is not None and reader.profile.key_of(named) in reader.profile.sides:
            return reader.profile.key_of(named)
    return None


def told_serving_before(reader: Reader, before: int, np_span: tuple[int, int]) -> tuple[str | None] | None:
    """'More than 1,450 alumni are serving in the armed forces. ... Another 12 alumni are listed as missing': whether
    the text told people of the counted noun's last word (before ``before``) as serving in a force or fallen fighting
    (then those counted missing or captured are of them, soldiers): None if not, else (the side the words of serving
    or falling name, or None)."""
    words = reader.norm[np_span[0]:np_span[1]].split()
    if not words:
        return None
    r = reader.grammar.rules(TradeFellRules)
    for told in re.finditer(rf"\b{re.escape(words[-1])}\b", reader.norm[:before], re.IGNORECASE):
        copula = r.serving_copula_after.match(reader.norm, told.end())
        found = (r.serving_in_forces_after.match(reader.norm, told.end()) or r.fell_after.match(reader.norm, told.end())
                 or (r.serving_in_forces_after.match(reader.norm, copula.end()) if copula is not None else None))
        if found is not None:
            for vocabulary in ("side_name", "side_adjective"):
                named = reader.scan.search(vocabulary, found.start(), found.end())
                if named is not None and reader.profile.key_of(named) in reader.profile.sides:
                    return (reader.profile.key_of(named),)
            return (None,)
    return None
