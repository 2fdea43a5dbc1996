"""One member of a nation's armed forces speaking ("an officer of the Ukrainian Armed Forces said", "a Russian army
sergeant told"): not the forces' own statement, which the profile gives the body that publishes their figures (the
General Staff, the defence ministry), but one of the nation's other officials (the spec: "any other part of Ukraine's
military" is its officials). Read by ``sources.classify_source`` (grammar ``one_of_the_forces``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar

__all__ = ["ForceMemberRules", "one_member_of_the_forces"]


class ForceMemberRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.one_of_the_forces = g.pattern("one_of_the_forces", guard=False)


def one_member_of_the_forces(grammar: PatternGrammar, phrase: str) -> bool:
    """Whether the source ``phrase`` names one member of a nation's forces (an officer, a soldier, a rank of the
    army), not the forces themselves nor their voice (a spokesman speaks for them)."""
    return grammar.rules(ForceMemberRules).one_of_the_forces.search(phrase) is not None
