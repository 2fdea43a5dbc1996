"""A body the writer names as a partner in its own count ("according to the casualty data we collect with regional
authorities", "figures we compile together with the police"): the writer ("we") asserts the number, not the partner
(``attribution.claimant_in`` drops such a source; the figure is the text's own, or its named author's)."""

from __future__ import annotations

import functools

from ..languages.grammar import PatternGrammar
from .attribution_rules import WordPlaces, needed_words
from .document import Reader, Source

__all__ = ["PartnerSourceRules", "named_as_partner"]

_REACH = 60  # (the characters before a source read for the writer's verb of counting and "with")


class PartnerSourceRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.partner_before = g.pattern("partner_of_writer_before", guard=False)
        self.partner_words = needed_words(self.partner_before)  # ("with": every match holds one)


@functools.lru_cache(maxsize=1)  # (one entry: the document being read)
def _partner_places(norm: str, folded: str | None, needs: tuple[tuple[str, ...], bool] | None) -> WordPlaces:
    """Where the document holds the words every match of ``partner_before`` holds, found once per document."""
    return WordPlaces(needs, norm, folded)


def named_as_partner(reader: Reader, src: Source) -> bool:
    """Whether ``src`` stands right after the writer's own verb of counting and "with" ("data we collect with X"), or
    holds them ("the figures we compile together with the police")."""
    r = reader.grammar.rules(PartnerSourceRules)
    lo, hi = max(0, src.start - _REACH), src.start + len(src.text)
    # (asked of every named source of a sentence: most windows hold no "with", told by a bisection, not a search)
    if not _partner_places(reader.norm, reader.folded.folded, r.partner_words).may_match(lo, hi):
        return False
    return r.partner_before.search(reader.norm, lo, hi) is not None
