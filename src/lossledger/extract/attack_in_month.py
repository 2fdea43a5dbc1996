"""One attack dated by a month ("A Russian missile strike on Dnipro last month killed 14 civilians", "Last month's
strike on the market killed 23 people", "In March, a drone strike killed six"): the month says when the attack fell,
not the span the figure counts; the toll is that one attack's (a period of no stated length and no stated first day),
dated by the month (its last day; the spec's gold accepts either end where the text does not say which day). Many
strikes in a month ("In March, Russian strikes killed 200 civilians") stay that month's losses. The words are the
grammar's (``patterns.single_attack_before``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["SingleAttackRules", "single_attack_before"]


class SingleAttackRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.single_attack_before: re.Pattern[str] = g.pattern("single_attack_before", guard=False)


def single_attack_before(reader: Reader, sent: Sentence, number_at: int) -> bool:
    """Whether the clause of the figure at ``number_at`` tells, before it, one attack as what caused the loss."""
    lo = reader.clause_bounds(sent, number_at)[0]
    return reader.grammar.rules(SingleAttackRules).single_attack_before.search(reader.norm, lo, number_at) is not None
