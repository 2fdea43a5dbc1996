"""'Estimates range between 300,000 troops (Kyiv, March 2024) and 450,000 troops (U.S. officials, June 2025)': a
parenthesis right after a figure (or its noun phrase) that holds a name and a date names that figure's own source, so
the two ends of such a range are two claims, each of its own source, not both of the source named last. The date in
the same bracket is read by ``bracket_dates``. Grammar: ``figure_source_bracket``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader, Source
from .sources import classify_source

__all__ = ["BracketSourceRules", "in_source_bracket", "source_in_own_bracket"]


class BracketSourceRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.figure_source_bracket = g.pattern("figure_source_bracket", guard=False)
        self.bracket_source_acronym = g.pattern("bracket_source_acronym", guard=False)


def source_in_own_bracket(reader: Reader, abs_end: int, np_end: int) -> Source | None:
    """The source named in the "(name, date)" bracket right after the number ending at ``abs_end`` or its noun phrase
    (ending at ``np_end``), when the name is one the profile classifies; else None."""
    if reader.norm.find("(", abs_end, max(abs_end, np_end) + 3) < 0:
        return None  # (most figures have no bracket after them)
    r = reader.grammar.rules(BracketSourceRules)
    for at in (abs_end, np_end) if np_end > abs_end else (abs_end,):
        bracket = r.figure_source_bracket.match(reader.norm, at)
        if bracket is None:
            continue
        start, end = bracket.span("name")
        kind = classify_source(reader.profile, reader.norm[start:end], grammar=reader.grammar)
        if kind is None:
            return _unknown_acronym(reader, start, end)
        return Source(kind[0], reader.text[start:end], start, score=1, scope="before")
    return None


def _unknown_acronym(reader: Reader, start: int, end: int) -> Source | None:
    """A bracket's name no table classifies but written as an acronym ("(CSIS, August 2025)"): a named body, ``other``
    (the spec's "any other named source"); a place or a common noun there names no source."""
    if "other" not in reader.profile.claimants:
        return None
    if reader.grammar.rules(BracketSourceRules).bracket_source_acronym.fullmatch(reader.text, start, end) is None:
        return None
    return Source("other", reader.text[start:end], start, score=1, scope="before")


def in_source_bracket(reader: Reader, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` are the name of a figure's "(name, date)" bracket: the source of the
    figure before them, not the side of a figure after them ("between 300,000 (Kyiv, March 2024) and 450,000")."""
    opening = reader.norm.rfind("(", max(0, start - 50), start)
    if opening < 0:
        return False
    bracket = reader.grammar.rules(BracketSourceRules).figure_source_bracket.match(reader.norm, opening)
    return bracket is not None and bracket.start("name") <= start and end <= bracket.end("name")
