"""'The stabilisation point took in 143 wounded soldiers, its chief surgeon said', 'the hospital has admitted 40 injured
servicemen': the wounded a medical post takes in, admits or treats are its own side's, whom a belligerent's source
counts as its own (not the enemy's, as the kills it reports are). Read where ``extract`` decides whose loss a figure
is. Grammar: ``treated_before``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from ..languages.reverse import end_test
from .body import Sentence
from .document import Reader

__all__ = ["TreatedRules", "treated_as_own"]


class TreatedRules:
    """The pattern this reader uses, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.treated_before = g.pattern("treated_before")


def treated_as_own(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Whether the people counted at ``abs_start`` are told as taken in, admitted or treated (the verb right before
    the number)."""
    pattern = reader.grammar.rules(TreatedRules).treated_before
    return end_test(pattern).found(reader.norm, max(sent.start, abs_start - 50), abs_start)
