"""A toll raised after one attack's toll was told ("Governor Halych said six people were killed. ... The emergency
service said the death toll had risen to 12"): the raised figure counts the same attack's victims, so it is a period
claim (the spec: one attack is a bounded event), not a running total of the war, though its sentence names no attack.

The word that raises it is the toll's own ("the death toll", "the toll", "rose to", "had risen to"); the figure before
is of victims and of one event (read so by its own sentence), in the paragraphs just above, and smaller than the new
figure by no more than a toll grows in a day or two of rescue work (``_GROWTH``): a war's total is far larger."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["TollRaisedRules", "toll_of_attack_raised"]

_GROWTH = 10  # the most times the earlier toll the raised one may hold
_PARAGRAPHS = 6  # how many paragraphs back the attack's toll may stand (a live blog's entries are a paragraph each)
_EVENT_CUES = frozenset({"event", "period_open"})


class TollRaisedRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.raised_toll_cue = g.pattern("raised_toll_cue", guard=False)


def toll_of_attack_raised(reader: Reader, sent: Sentence, category: str, value: float,
                          totals: list[re.Match[str]]) -> bool:
    """Whether the figure, whose clause's only cues of a running total are the toll's own words, raises the toll of an
    attack told just before (of victims, smaller, read as one event's)."""
    if not totals or not reader.profile.is_victims(category):
        return False
    r = reader.grammar.rules(TollRaisedRules)
    if not all(r.raised_toll_cue.fullmatch(t.group(0)) for t in totals):
        return False
    if reader.scan.search("war_start", sent.start, sent.end, sliced=True) is not None:
        return False
    return any(reader.profile.is_victims(m.category) and m.measure == "period" and m.measure_cue in _EVENT_CUES
               and m.value < value <= m.value * _GROWTH
               for m in reader.recent_mentions(sent, paragraphs=_PARAGRAPHS) if m.sentence is not sent)
