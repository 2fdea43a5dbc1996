"""'Private Ihor Lysenko, 22, was one of 17 soldiers of the brigade killed in the strike', 'One of the 17 soldiers
killed was a medic': a "one of N" that names a person (after a copula, or opening a sentence whose verb says what that
one was) is no count of its own (the spec's people identified without a number), and the whole N it is taken out of is
the loss, not a whole of a part (grammar ``one_identified_before``, ``one_identified_opening``). Read by ``extract``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["IdentifiedOneRules", "identified_one_at"]


class IdentifiedOneRules:
    """The grammar's patterns of this reader, compiled once per grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.before = g.pattern("one_identified_before", guard=False)
        self.opening = g.pattern("one_identified_opening", guard=False)
        self.one_of = g.pattern("one_of_count", guard=False)


def identified_one_at(reader: Reader, sent: Sentence) -> int | None:
    """Where the sentence's "one of N" that names a person starts, if it holds one."""
    r = reader.grammar.rules(IdentifiedOneRules)
    text = reader.norm
    at = text.find("one of", sent.start, sent.end)
    if at < 0:
        at = text.find("One of", sent.start, sent.end)
    if at < 0 or not r.one_of.match(text, at, sent.end):
        return None
    if r.before.search(text, max(sent.start, at - 40), at) is not None:
        return at  # "he was one of 17 soldiers killed"
    if r.opening.match(text, sent.start, sent.end) is not None:
        return at  # "One of the 17 soldiers killed in the strike was a medic"
    return None
