"""Sources named by the shape of a line, not by a verb of saying: a transcript's speaker label
("COMMANDER: ..."), a report announced before the lines that give its figures, and a line ending on a colon over
a quoted paragraph ("X wrote on March 9:")."""

from __future__ import annotations

from .attribution import claimant_in
from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source

__all__ = ["frame_source", "speaker_label_source"]


def speaker_label_source(reader: Reader, sent: Sentence) -> Source | None:
    """The speaker of a transcript's line ("COMMANDER: Very hard. We lost 14 men."): the label that opens the line's
    first sentence speaks for each sentence of it, when it names a role or a kind of source (not "KYIV:", a dateline,
    nor "CLAIM:", which names no one)."""
    r = reader.grammar.rules(AttributionRules)
    index = reader.paragraph_opening(sent)
    label = r.speaker_label.match(reader.text, reader.sentences[index].start)
    if label is None:
        return None
    kind = classify_source(reader.profile, label.group("label").lower(), grammar=reader.grammar)
    if kind is None or kind[1] not in ("role", "kind"):
        return None
    return Source(kind[0], label.group("label"), label.start("label"))


def frame_source(reader: Reader, sent: Sentence) -> Source | None:
    """The source whose announced report the figures of ``sent`` continue: "The mission issued its monthly
    report on Tuesday. In June, 170 civilians were killed." The frame holds over its paragraph and the next, and
    from each paragraph whose figures it gave, over the next again (the lines or monthly paragraphs of a report)."""
    frame = reader.report_frame
    if frame is None or sent.paragraph > frame[1] + 1:
        return _source_over_quote(reader, sent)
    reader.report_frame = (frame[0], sent.paragraph)  # its lines and paragraphs go on from here
    return frame[0]


def _source_over_quote(reader: Reader, sent: Sentence) -> Source | None:
    """'X wrote on March 9:' over a paragraph that opens a quote: X is the source of the quoted passage's figures
    (only the line just before it, which must name X itself: "Here is what we know:" names no one)."""
    index = reader.paragraph_opening(sent)
    if index < 1 or not reader.norm.startswith('"', reader.sentences[index].start):
        return None
    before = reader.sentences[index - 1]
    if before.paragraph != sent.paragraph - 1 or not reader.norm[before.start:before.end].rstrip().endswith(":"):
        return None
    return claimant_in(reader, before)
