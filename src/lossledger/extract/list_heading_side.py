"""Whose losses a list's lines count when the heading above them says it: "Ukrainian losses over the week: / Personnel:
300 / Tanks: 4", "Losses of the Russian armed forces: / - tanks: 5". A line that names no side of its own takes the side
whose losses the heading names (a side's word right before the loss noun, or after "losses of"); a heading that names
the losses of neither side, or of both, gives none. (Without it the lines took the side of the bulletin layout's body's
usual enemy, whatever the heading said.)"""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader
from .span_context import sentence_index

__all__ = ["ListHeadingRules", "side_of_list_heading"]

_HEADING_REACH = 40  # list lines back to the heading at most


class ListHeadingRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.after_side: re.Pattern[str] = g.pattern("loss_noun_after_side", guard=False)
        self.before_side: re.Pattern[str] = g.pattern("loss_noun_before_side", guard=False)


def side_of_list_heading(reader: Reader, sent: Sentence) -> str | None:
    """The side whose losses the heading of the list ``sent`` is a line of names, else None."""
    if sent.kind != "list_item":
        return None  # (tested first: most sentences are no list's lines)
    heading = _heading_of(reader, sent)
    if heading is None:
        return None
    prof = reader.profile
    r = reader.grammar.rules(ListHeadingRules)
    named: set[str] = set()
    for vocabulary in ("side_name", "side_adjective"):
        for m in reader.scan.finditer(vocabulary, heading.start, heading.end):
            key = prof.key_of(m)
            if key in prof.sides and (r.after_side.match(reader.norm, m.end(), heading.end)
                                      or r.before_side.search(reader.norm, heading.start, m.start())):
                named.add(key)
    return next(iter(named)) if len(named) == 1 else None


def _heading_of(reader: Reader, sent: Sentence) -> Sentence | None:
    """The sentence ending in a colon above the run of list lines ``sent`` is in."""
    index = sentence_index(reader, sent.start)
    for k in range(index - 1, max(-1, index - 1 - _HEADING_REACH), -1):
        before = reader.sentences[k]
        if before.kind == "list_item":
            continue
        return before if reader.norm[before.start:before.end].rstrip().endswith(":") else None
    return None
