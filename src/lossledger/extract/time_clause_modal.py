"""'Nine soldiers died before they could be evacuated', 'were killed before medics could reach them': a modal in a
clause of time after the figure ("before", "until", "by the time" and its subject) says what could not happen in time,
not that the figure is uncertain or still to come; it neither hedges the figure nor makes it a projection. Read where
``hedging.is_hedged`` and ``measure.measure_of`` look for their words. Grammar: ``time_clause_before_modal``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from ..languages.reverse import end_test
from .document import Reader

__all__ = ["TimeClauseRules", "first_outside_time_clause", "in_time_clause_after"]


class TimeClauseRules:
    """The pattern this reader uses, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.time_clause_before_modal = g.pattern("time_clause_before_modal", guard=False)


def in_time_clause_after(reader: Reader, word_start: int, abs_start: int) -> bool:
    """Whether the word at ``word_start``, after the figure at ``abs_start``, stands in a clause of time right after its
    opener and subject ("... before they | could be evacuated")."""
    if word_start <= abs_start:
        return False
    pattern = reader.grammar.rules(TimeClauseRules).time_clause_before_modal
    return end_test(pattern).found(reader.norm, max(abs_start, word_start - 60), word_start)


def first_outside_time_clause(reader: Reader, name: str, lo: int, hi: int, abs_start: int) -> bool:
    """Whether the scan's ``name`` words hold one in ``lo``..``hi`` that is not in a clause of time after the figure."""
    return any(not in_time_clause_after(reader, m.start(), abs_start) for m in reader.scan.finditer(name, lo, hi))
