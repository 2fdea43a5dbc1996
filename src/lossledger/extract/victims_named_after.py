"""Victims whose noun does not say who they were, named as civilians right after it ("61,000 excess deaths (95%
uncertainty interval ...) among civilians", "1,200 deaths among the civilian population"): civilians, not "people"
(the spec: "people" only where the text does not give their status). Read by ``extract`` after the noun phrase
(grammar ``civilians_named_after``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar

__all__ = ["VictimsNamedAfterRules", "civilians_named_after"]


class VictimsNamedAfterRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.civilians_named_after = g.pattern("civilians_named_after", guard=False)


def civilians_named_after(grammar: PatternGrammar, text: str, np_end: int) -> bool:
    """Whether the words right after the noun phrase ending at ``np_end`` name its victims as civilians."""
    return grammar.rules(VictimsNamedAfterRules).civilians_named_after.match(text, np_end) is not None
