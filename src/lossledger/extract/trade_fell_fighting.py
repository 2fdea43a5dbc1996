"""People counted by a civilian trade who died fighting ("143 students, graduates and staff killed defending Ukraine",
"12 teachers who were killed fighting at the front"): the spec counts who fell at war as soldiers (`personnel`),
whatever their work at home; the trade is only what they were before (a strike that kills students in their dormitory
leaves them civilians)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .document import Reader

__all__ = ["TradeFellRules", "serving_in_forces", "trade_fell_fighting"]


class TradeFellRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        serving = g.pattern("trade_fell_serving", guard=False)
        self.fell_after = re.compile(f"(?:{g.source('trades_listed_after')})(?:{serving.pattern})", serving.flags)
        self.serving_in_forces_after = g.pattern("serving_in_forces_after", guard=False)


def trade_fell_fighting(reader: Reader, np_end: int) -> bool:
    """Whether the civilians counted, whose noun phrase ends at ``np_end``, died fighting (the rest of their list and
    a relative clause may come between)."""
    return reader.grammar.rules(TradeFellRules).fell_after.match(reader.norm, np_end) is not None


def serving_in_forces(reader: Reader, np_end: int) -> bool:
    """Whether the people counted, whose noun phrase ends at ``np_end``, are told right after it as serving in a force
    ("8 residents serving in the army", "nine men from the village who were serving in the armed forces"): soldiers,
    whatever their noun says they are at home."""
    return reader.grammar.rules(TradeFellRules).serving_in_forces_after.match(reader.norm, np_end) is not None
