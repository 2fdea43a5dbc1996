"""'FACT: Ukraine lost one aircraft in March.' over 'Source: Air Force of the Armed Forces of Ukraine': a "Source:" line
right under a line (or under a paragraph, a blank line between) names the source of that line's figures, as a chart's
or a fact box's source line does for what stands above it; the spec's "a source is whoever the text says asserts the
number, in any form". Only a figure no sentence credits in its own words takes it (a sentence naming its own source,
pointing back at one or going on with a report comes first), and only a name the profile classifies. Read where
``extract`` looks for a sentence's source. Grammar: ``source_line_under``."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source

__all__ = ["ClosingSourceRules", "kind_of_figures_line", "source_line_under"]


class ClosingSourceRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.source_line_under = g.pattern("source_line_under", guard=False)
        self.kind_of_figures_line = g.pattern("kind_of_figures_line", guard=False)


def source_line_under(reader: Reader, sent: Sentence) -> Source | None:
    """The source a "Source:" line right under ``sent``'s line names, when the profile classifies it; else None."""
    line_end = reader.norm.find("\n", sent.start)
    if line_end < 0 or line_end > sent.end + 400:
        return None  # (the last line, or a sentence of a long paragraph far from its end)
    line = reader.grammar.rules(ClosingSourceRules).source_line_under.match(reader.norm, line_end)
    if line is None:
        return None
    start, end = line.span("name")
    kind = classify_source(reader.profile, reader.norm[start:end].lower(), grammar=reader.grammar)
    if kind is None:
        return None
    return Source(kind[0], reader.text[start:end], start, score=1, scope="before")


def kind_of_figures_line(reader: Reader, sent: Sentence) -> Source | None:
    """'... In our region, 38 civilians were killed ...' over the text's last line 'Regional figures: Zhovtneve Regional
    Military Administration.': a closing line that names the source of one kind of the text's figures ("regional",
    "civilian", "casualty") is the source of a figure whose sentence names that kind (a word of the same stem: "region",
    "civilians", "casualties"), when the profile classifies it; else None."""
    r = reader.grammar.rules(ClosingSourceRules)
    last_break = reader.norm.rstrip().rfind("\n")
    if last_break < sent.end:
        return None  # (the sentence is on the last line, or there is one line only)
    line = r.kind_of_figures_line.match(reader.norm, last_break + 1)
    if line is None:
        return None
    kind = line.group("kind").lower()
    stem = kind[: max(_STEM, len(kind) - 3)]
    if re.search(rf"\b{re.escape(stem)}", reader.norm[sent.start:sent.end], re.IGNORECASE) is None:
        return None
    start, end = line.span("name")
    found = classify_source(reader.profile, reader.norm[start:end].lower(), grammar=reader.grammar)
    if found is None:
        return None
    return Source(found[0], reader.text[start:end], start, score=1, scope="before")


_STEM = 5  # the fewest letters of a kind's word a word of the sentence must share ("regio" of "regional", "region")
