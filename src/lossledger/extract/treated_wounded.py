"""'The stabilisation point took in 143 wounded soldiers, its chief surgeon said', 'the hospital has admitted 40 injured
servicemen': the wounded a medical post takes in, admits or treats are its own side's, whom a belligerent's source
counts as its own (not the enemy's, as the kills it reports are). Read where ``extract`` decides whose loss a figure
is. Grammar: ``treated_before``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from ..languages.reverse import end_test
from .body import Sentence
from .document import Reader

__all__ = ["TreatedRules", "side_of_post_in_view", "treated_as_own"]


class TreatedRules:
    """The pattern this reader uses, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.treated_before = g.pattern("treated_before")
        self.medical_post_of_side = g.pattern("medical_post_of_side", guard=False)


def treated_as_own(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Whether the people counted at ``abs_start`` are told as taken in, admitted or treated (the verb right before
    the number)."""
    pattern = reader.grammar.rules(TreatedRules).treated_before
    return end_test(pattern).found(reader.norm, max(sent.start, abs_start - 50), abs_start)


def side_of_post_in_view(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """'Eleven hours at a Ukrainian stabilisation point ... By his count, the point has treated more than 2,100
    soldiers': the side of the medical post the text names with its nation's adjective (the last before the number),
    for treated soldiers whose own words name no side; else None."""
    if not treated_as_own(reader, sent, abs_start):
        return None
    side = None
    for post in reader.grammar.rules(TreatedRules).medical_post_of_side.finditer(reader.norm, 0, abs_start):
        named = reader.profile.side_adjective_re.fullmatch(post.group("side"))
        if named is not None:
            side = reader.profile.key_of(named)
    return side
