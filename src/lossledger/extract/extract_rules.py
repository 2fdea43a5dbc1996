"""The patterns and word tables the sentence loop of ``extract`` reads (``ExtractRules``), compiled from one
language's grammar.

In a module of its own, as ``measure_rules`` and ``loss_frame_rules`` are beside their stages: with it the
package's module would stand at the size every module keeps under (750 lines). ``extract`` names it among its
own (``from lossledger.extract import ExtractRules``).
"""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .loss_frame_rules import LossFrameRules
from .measure_rules import MeasureRules

__all__ = ["ExtractRules"]


class ExtractRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.among_them = g.rules(MeasureRules).among_them
        self.toll_noun = g.rules(MeasureRules).toll_noun
        self.figure_for_span = g.pattern("figure_for_span")
        self.record_pointer = g.rules(LossFrameRules).record_pointer
        self.counts_joined = g.pattern("counts_joined", guard=False)
        self.vague_after = g.pattern("vague_after")
        self.year_line = g.pattern("year_line")
        self.counted_non_loss = g.pattern("counted_non_loss")
        self.attack_made_with_before = g.pattern("attack_made_with_before")
        self.whole_after_part = g.pattern("whole_after_part")
        self.whole_opening_before = g.pattern("whole_opening_before", guard=False)
        self.part_after_whole = g.pattern("part_after_whole", guard=False)
        self.ratio_before = g.pattern("ratio_before")
        self.ratio_after = g.pattern("ratio_after", guard=False)
        self.per_population_after = g.pattern("per_population_after", guard=False)
        self.crew_noun = g.pattern("crew_noun", guard=False)
        self.merchant_vessel = g.pattern("merchant_vessel")
        self.rejected_before = g.pattern("rejected_before")
        self.superseded_version_before = g.pattern("superseded_version_before")
        self.of_own_after = g.pattern("of_own_after", guard=False)
        self.among_them_after = g.pattern("among_them_after", guard=False)
        self.of_them_after = g.rules(LossFrameRules).of_them_after
        self.of_the_victims_after = g.rules(LossFrameRules).of_the_victims_after
        self.reference_mark = g.pattern("reference_mark", guard=False)
        self.average_restated = g.pattern("average_restated")
        self.contrast_clause = g.pattern("contrast_clause")
        self.crew_of = g.pattern("crew_of")
        self.figure_apposition = g.pattern("figure_apposition", guard=False)
        self.part_of_the = g.pattern("part_of_the", guard=False)
        self.part_was = g.pattern("part_was", guard=False)
        self.part_of_whole = g.pattern("part_of_whole")
        self.unit_own_losses = g.pattern("unit_own_losses")
        self.unit_own_members = g.pattern("unit_own_members")
