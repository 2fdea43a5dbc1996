"""The bodies of the dead handed back ("the bodies of 757 fallen soldiers were returned", "Kyiv gets back 757
bodies"): the dead of the side that gets them, so the words of a return or an exchange around them, which make
prisoners no loss, do not make these no loss (the shared sets annotate repatriated bodies as killed). Read by
``extract`` before its non-loss test (grammar ``bodies_of_before``, ``bodies_noun``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["ReturnedBodiesRules", "counts_bodies", "side_bodies_returned_to"]

# How far before the number "the bodies of" may start.
_REACH = 24


class ReturnedBodiesRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.bodies_of_before = g.pattern("bodies_of_before", guard=False)
        self.bodies_noun = g.pattern("bodies_noun", guard=False)
        self.bodies_handed_to = g.pattern("bodies_handed_to", guard=False)
        self.bodies_received_before = g.pattern("bodies_received_before", guard=False)


def counts_bodies(grammar: PatternGrammar, text: str, number_start: int, np_span: tuple[int, int] | None) -> bool:
    """Whether the number starting at ``number_start`` counts bodies: "the bodies of 757 ...", or "757 bodies"."""
    r = grammar.rules(ReturnedBodiesRules)
    if r.bodies_of_before.search(text, max(0, number_start - _REACH), number_start) is not None:
        return True
    return np_span is not None and r.bodies_noun.fullmatch(text, *np_span) is not None


def side_bodies_returned_to(reader: Reader, sent: Sentence, abs_start: int, np_end: int) -> str | None:
    """The side the bodies counted by the number at ``abs_start`` (its noun phrase ending at ``np_end``) were handed
    to ("the bodies of 757 fallen soldiers were returned to Ukraine", "Moscow gets back 88 bodies"): they are its
    dead, whoever tells of them."""
    r = reader.grammar.rules(ReturnedBodiesRules)
    handed = r.bodies_handed_to.match(reader.norm, np_end, sent.end)
    if handed is not None:
        named = reader.scan.search("side_name", handed.end(), min(sent.end, handed.end() + 24))
        return reader.profile.key_of(named) if named is not None and named.start() == handed.end() else None
    received = r.bodies_received_before.search(reader.norm, max(sent.start, abs_start - 48), abs_start)
    if received is None:
        return None
    # the subject right before the verb of getting them
    getter = [m for m in reader.scan.finditer("side_name", max(sent.start, received.start() - 30), received.start())
              if not reader.norm[m.end():received.start()].strip()]
    return reader.profile.key_of(getter[-1]) if getter else None
