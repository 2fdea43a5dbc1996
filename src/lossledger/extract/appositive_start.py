"""'Since the offensive's first day, 18 March, Russia has lost 14,600 troops': a date set off by commas right after a
"since" phrase that names the start of something (its first day, its start, its launch) is that start told again, in
apposition, so it starts the figure's span; a comma after "since" makes a date an as-of date only where no such phrase
stands before it ("since the start of the offensive, the General Staff said on 20 April"). Read by
``span_context.date_role``. Grammar: ``since_start_apposition_before``, ``apposition_close_after``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .date_mentions import DateMention
from .document import Reader

__all__ = ["AppositiveStartRules", "start_in_apposition"]

#: how far before the date the "since" phrase may open ("since the first day of the summer counteroffensive, ")
_REACH = 80


class AppositiveStartRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.since_start_apposition_before = g.pattern("since_start_apposition_before", guard=False)
        self.apposition_close_after = g.pattern("apposition_close_after", guard=False)


def start_in_apposition(reader: Reader, d: DateMention, sent: Sentence) -> bool:
    """Whether the date ``d`` stands in apposition to a "since <the start of X>," phrase right before it, closed by a
    comma, a dash or the sentence's end after it."""
    r = reader.grammar.rules(AppositiveStartRules)
    lo = max(sent.start, d.start - _REACH)
    if r.since_start_apposition_before.search(reader.norm, lo, d.start) is None:
        return False
    return r.apposition_close_after.match(reader.norm, d.end, sent.end) is not None
