"""A figure told as a state that stands now ("... had been killed this year alone, and 26 more are listed as missing",
"14 died in the past month and 9 more remain in captivity"): a list's next item in the present tense of a state counts
who are missing or held today, not what befell them within the span the item before it names; it is a count with no
span (``cumulative``), not that span's. A figure of one attack ("died in the strike and 12 more remain missing") is
that attack's still (measure.py reads the event before)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .document import Mention, Reader

__all__ = ["StandingStateRules", "stands_apart_from_span", "told_as_standing_state"]


class StandingStateRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.standing_state_after: re.Pattern[str] = g.pattern("standing_state_after", guard=False)


def told_as_standing_state(reader: Reader, abs_end: int, hi: int) -> bool:
    """Whether the words after the figure ending at ``abs_end`` (to ``hi``) tell it as a state that stands now."""
    return reader.grammar.rules(StandingStateRules).standing_state_after.match(reader.norm, abs_end, hi) is not None


# the cues of a calendar span the list's item before may hold (or none yet: "this year" is read with the dates), and
# "N more" read as an increase since the last count: not one attack's ("in the strike" opens a span of its own event)
_SPAN_CUES = frozenset({"period_phrase", "month", "increment", "default", "list", "present_perfect"})


def stands_apart_from_span(reader: Reader, local: tuple[str, float | None, str] | None, prev: Mention, abs_end: int,
                           hi: int) -> bool:
    """Whether the figure ending at ``abs_end``, the next item of a list after ``prev`` in its sentence (its own
    clause's cues ``local``), is told as a state that stands now, apart from the span of a calendar that the item
    before names."""
    if local is not None and (local[0] != "period" or local[2] not in _SPAN_CUES):
        return False
    return prev.measure_cue in _SPAN_CUES and told_as_standing_state(reader, abs_end, hi)
