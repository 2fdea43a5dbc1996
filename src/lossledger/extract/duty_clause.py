"""'The 47th Brigade, which has defended the town since 2024, lost 3 soldiers on Tuesday', 'Colonel Ivan Petrenko, who
has served since 2022, said ...': a date in a relative clause set off by commas before the figure, whose verb tells
what its subject (a unit, a person) does or has done in the war (defends, holds, serves, fights, is stationed), tells
of the subject, not of the figure: it is no span or day of the figure's (read by ``span_context.figure_dates``); but
where the subject's own verb right after the clause is a perfect of loss ("..., which has held the line since March,
has lost 60 soldiers"), its losses over the time it has held: the date stays.
Grammar: ``duty_clause_before_date``, ``duty_clause_close_after``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .date_mentions import DateMention
from .document import Reader

__all__ = ["DutyClauseRules", "date_in_duty_clause"]

#: how far before the date the relative clause may open ("which has held the line on the river's east bank since")
_REACH = 90


class DutyClauseRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.before_date = g.pattern("duty_clause_before_date", guard=False)
        self.close_after = g.pattern("duty_clause_close_after", guard=False)


def date_in_duty_clause(reader: Reader, d: DateMention, sent: Sentence, at: int) -> bool:
    """Whether the date ``d``, before the figure at ``at``, stands in a relative clause of a subject's duty opened by
    a comma before it and closed by a comma before the figure."""
    if d.end > at:
        return False
    r = reader.grammar.rules(DutyClauseRules)
    if r.before_date.search(reader.norm, max(sent.start, d.start - _REACH), d.start) is None:
        return False
    return r.close_after.match(reader.norm, d.end, at) is not None
