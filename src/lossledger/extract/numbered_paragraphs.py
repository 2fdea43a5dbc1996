"""Numbered paragraphs ("3. On 9 May, a drone strike ... the regional administration reported." / "5. Three aid workers
were injured on 11 May ..."): a report laid out in numbered paragraphs (a humanitarian agency's update, a briefing's
points) tells one item in each, so a source named in one numbered paragraph does not go on into the next's figures
that name none: they are the report's own (a source that opens a list with a colon heads numbered items that are no
paragraph of its own; and a figure whose sentence has a verb of saying of its own, "the two outlets estimate", is told
by a source that sentence points back at)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .attribution_rules import AttributionRules
from .document import Mention, Reader

__all__ = ["NumberedParagraphRules", "numbered_paragraph_between"]


class NumberedParagraphRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.paragraph_number = g.pattern("paragraph_number", guard=False)


def _numbered(reader: Reader, m: Mention) -> bool:
    first = reader.sentences[reader.paragraph_opening(m.sentence)]
    line_start = reader.norm.rfind("\n", 0, first.start) + 1
    return reader.grammar.rules(NumberedParagraphRules).paragraph_number.match(reader.norm, line_start) is not None


def numbered_paragraph_between(reader: Reader, before: Mention, after: Mention) -> bool:
    """Whether ``after`` stands in a later numbered paragraph than ``before``'s, itself numbered, in a sentence with no
    verb of saying."""
    sent = after.sentence
    return (sent.paragraph > before.sentence.paragraph and _numbered(reader, after) and _numbered(reader, before)
            and reader.grammar.rules(AttributionRules).reporting_verb.search(reader.norm, sent.start, sent.end) is None)
