"""The month (or year) an event ended ("The Kursk incursion, costing the army 5,000 soldiers, ended in March", "the
siege, which ended in 2024, cost 900 lives"): the date says when the bounded event was over, not the span the figure
counts; the figure is that event's (a period of no stated length and no stated first day, dated by the date's last
day). The words are the grammar's (``patterns.event_ended_before``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["EventEndedRules", "event_ended_before"]

_REACH = 48


class EventEndedRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.event_ended_before: re.Pattern[str] = g.pattern("event_ended_before", guard=False)


def event_ended_before(reader: Reader, sent: Sentence, date_start: int) -> bool:
    """Whether the words just before the date mention at ``date_start`` tell that an event ended then."""
    rules = reader.grammar.rules(EventEndedRules)
    return rules.event_ended_before.search(reader.norm, max(sent.start, date_start - _REACH), date_start) is not None
