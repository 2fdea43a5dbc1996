"""A body the writer names as a partner in its own count ("according to the casualty data we collect with regional
authorities", "figures we compile together with the police"): the writer ("we") asserts the number, not the partner
(``attribution.claimant_in`` drops such a source; the figure is the text's own, or its named author's)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader, Source

__all__ = ["PartnerSourceRules", "named_as_partner"]

_REACH = 60  # (the characters before a source read for the writer's verb of counting and "with")


class PartnerSourceRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.partner_before = g.pattern("partner_of_writer_before", guard=False)


def named_as_partner(reader: Reader, src: Source) -> bool:
    """Whether ``src`` stands right after the writer's own verb of counting and "with" ("data we collect with X"), or
    holds them ("the figures we compile together with the police")."""
    r = reader.grammar.rules(PartnerSourceRules)
    return r.partner_before.search(reader.norm, max(0, src.start - _REACH), src.start + len(src.text)) is not None
