"""'There were 61,000 excess deaths in Ukraine in 2023': a sentence that only says losses existed in a place, with no
side in the noun phrase and no word of the army in the sentence, counts the people who died there (category
"people", whose side the place gives), not a force's soldiers. Read by ``extract`` after ``people_or_personnel``
(grammar ``existential_before``, ``place_named_after``)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader
from .loss_frame_rules import LossFrameRules

__all__ = ["ExistentialRules", "deaths_counted_in_place"]


class ExistentialRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.existential_before = g.pattern("existential_before", guard=False)
        self.place_named_after = g.pattern("place_named_after", guard=False)


def deaths_counted_in_place(reader: Reader, sent: Sentence, abs_start: int, np_end: int) -> bool:
    """Whether the figure at ``abs_start`` (its noun phrase ending at ``np_end``) is losses said to have been in a
    named place ("there were N deaths in PLACE"), its noun and sentence naming no side's force."""
    r = reader.grammar.rules(ExistentialRules)
    text = reader.norm
    if r.existential_before.search(text, max(sent.start, abs_start - 40), abs_start) is None:
        return False
    if r.place_named_after.match(text, np_end, reader.clause_bounds(sent, abs_start)[1]) is None:
        return False
    if any(reader.scan.search(vocabulary, abs_start, np_end) is not None
           for vocabulary in ("side_adjective", "side_name")):
        return False  # "There were 4,000 Russian deaths in Bakhmut": that side's
    return reader.grammar.rules(LossFrameRules).military_context.search(text, sent.start, sent.end) is None
