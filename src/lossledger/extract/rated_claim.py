"""A line that opens on the label of a claim the page rates ("MYTH: Russian air defences shot down 40 Ukrainian jets",
"FAKE: ...", "Claim: ..."): the figure after it is the claim being checked, told in the page's own voice, so the source
of the figures before it (a "FACT:" line's ministry) does not go on into it. Read as a break of the source's voice
(``attribution.remember_sources``); the words are the grammar's (``patterns.rated_claim_label``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["RatedClaimRules", "opens_on_rated_claim"]


class RatedClaimRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.rated_claim_label: re.Pattern[str] = g.pattern("rated_claim_label", guard=False)


def opens_on_rated_claim(reader: Reader, sent: Sentence) -> bool:
    """Whether ``sent`` opens on the label of a claim the page rates ("MYTH:")."""
    return reader.grammar.rules(RatedClaimRules).rated_claim_label.match(reader.norm, sent.start, sent.end) is not None
