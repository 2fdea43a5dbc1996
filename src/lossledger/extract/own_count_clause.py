"""A clause of the writer's own count after a semicolon (or a comma and a conjunction): "Oryx lists 2,100 Russian tanks
lost; my own count from satellite images puts the figure at 2,400, the blogger said", "Kyiv put the losses at 1,200; by
my reckoning 800 of them were killed", "... 1,100 were killed, but my own sources suggest closer to 800". The source the
clause before names speaks for its own figures only; the clause's figures are those of the speaker it names itself
("the blogger said": ``other``), else the writer's own (no source). A semicolon that goes on with a report ("One person
was killed, the mayor said; 9 were injured") opens on no such count and keeps it."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .attribution import claimant_in
from .body import Sentence
from .document import Reader, Source

__all__ = ["OwnCountClauseRules", "own_count_clause_source", "own_reckoning_source"]

_QUOTES = "\"“”"


class OwnCountClauseRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.opening: re.Pattern[str] = g.pattern("own_count_clause", guard=False)
        self.clause_break: re.Pattern[str] = g.pattern("own_count_clause_break", guard=False)
        self.reckoning_after: re.Pattern[str] = g.pattern("own_reckoning_after", guard=False)


def own_count_clause_source(reader: Reader, sent: Sentence, abs_start: int, source: Source | None) -> Source | None:
    """The source of the figure at ``abs_start``, which ``source`` (named in the sentence) would speak for: the same,
    unless a semicolon (or a comma and a conjunction) between them opens a clause of the writer's own count (then that
    clause's own speaker, or None)."""
    if source is None or source.start >= abs_start:
        return source  # (tested first: most figures have no semicolon between them and their source)
    text = reader.norm
    r = reader.grammar.rules(OwnCountClauseRules)
    breaks = [b.end() for b in r.clause_break.finditer(text, source.start, abs_start)]
    if not breaks:
        return source
    after = r.clause_break.search(text, abs_start, sent.end)
    end = after.start() if after is not None else sent.end
    opened = next((at for at in reversed(breaks) if r.opening.match(text, at, end) is not None), None)
    if opened is None or any(q in text[sent.start:sent.end] for q in _QUOTES):
        return source  # (a first person inside a quote is the source's own)
    return claimant_in(reader, sent, near=abs_start, within=(opened, end))


def own_reckoning_source(reader: Reader, sent: Sentence, abs_end: int, source: Source | None) -> Source | None:
    """None for the figure ending at ``abs_end`` that the writer tags after it as worked out by the text ("closer to
    10,000 dead in February, a figure we calculated", "some 3,100, by our own calculation"), outside a quote: the
    text's own sum or share, whatever source the sentence named for its parts; else ``source``."""
    if source is None:
        return None
    if reader.grammar.rules(OwnCountClauseRules).reckoning_after.match(reader.norm, abs_end, sent.end) is None:
        return source
    return source if any(q in reader.norm[sent.start:sent.end] for q in _QUOTES) else None
