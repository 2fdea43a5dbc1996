"""'Estimates range from 46,000 (President X, February 2025) to 100,000 (U.S. officials, June 2025)': a date inside the
parenthesis that opens right after a figure (or its noun phrase) is that figure's own, before any nearer date of
another figure's bracket. Read by ``mention_dates._choose_date`` (grammar ``figure_bracket_after``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from . import dates as datelib
from .document import Mention, Reader

__all__ = ["BracketDateRules", "date_in_own_bracket"]


class BracketDateRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.figure_bracket_after = g.pattern("figure_bracket_after", guard=False)


def date_in_own_bracket(reader: Reader, m: Mention, candidates: list[datelib.DateMention],
                        abs_end: int) -> datelib.DateMention | None:
    """The date of ``candidates`` inside the bracket right after ``m``'s number (ending at ``abs_end``) or its noun
    phrase, with no other figure before it there ("(up from 400 in May)" is the other figure's); else None."""
    r = reader.grammar.rules(BracketDateRules)
    np_end = m.extra.get("np_end")
    for at in (abs_end, np_end) if isinstance(np_end, int) and np_end > abs_end else (abs_end,):
        bracket = r.figure_bracket_after.match(reader.norm, at)
        if bracket is None:
            continue
        inside = [d for d in candidates if bracket.start() < d.start and d.end < bracket.end()
                  and not any(ch.isdigit() for ch in reader.norm[bracket.start():d.start])]
        if inside:
            return inside[0]
    return None
