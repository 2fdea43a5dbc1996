"""The span an interview's answer is about, for its figures that name none of their own.

"Q: How hard was last month in your sector? / A: ... My battalion lost nine men killed": the question asks about a
span, and the answer's figures are of it; "A: In October the enemy attacked my sector 214 times. My battalion lost
nine men": the month that opens the answer frames its later sentences. Read only in a paragraph that opens with an
answer's label ("A:"), so other text pays one match per sentence with a figure of no span.
"""

from __future__ import annotations

import bisect
import re

from . import dates as datelib
from .body import Sentence
from .document import Reader
from .line_sources import LineSourceRules
from .measure_rules import MeasureRules
from .span_context import dates_in

__all__ = ["answer_frame", "answer_month", "answer_period_phrase"]


def answer_frame(reader: Reader, sent: Sentence) -> list[Sentence]:
    """The sentences that frame the answer ``sent`` belongs to, nearest first: the answer's opening sentence (when
    ``sent`` comes after it), then the question just before the answer. Empty outside an answer."""
    r = reader.grammar.rules(LineSourceRules)
    # (the paragraph's first sentence by bisection: a walk back through one long paragraph costs a step a sentence)
    index = bisect.bisect_left(reader.sentences, sent.paragraph, key=_paragraph_of)
    opening = reader.sentences[index]
    if r.answer_label.match(reader.norm, opening.start) is None:
        return []  # (most paragraphs are no answer)
    frames = [opening] if opening.start < sent.start else []
    if index > 0:
        asked = bisect.bisect_left(reader.sentences, reader.sentences[index - 1].paragraph, key=_paragraph_of)
        if r.question_label.match(reader.norm, reader.sentences[asked].start) is not None:
            frames += reader.sentences[asked:index]
    return frames


def answer_period_phrase(reader: Reader, sent: Sentence) -> re.Match[str] | None:
    """The span phrase ("last night", "over the past week") the nearest frame of the answer names, if it names one
    and no span since the war began."""
    for frame in answer_frame(reader, sent):
        found = reader.scan.search("period_days", frame.start, frame.end, sliced=True)
        if found is not None:
            if reader.scan.search("war_start", frame.start, frame.end, sliced=True) is not None:
                return None
            return found
    return None


def answer_month(reader: Reader, sent: Sentence) -> tuple[Sentence, datelib.DateMention] | None:
    """The one month (or year) the nearest frame of the answer that names one names ("In October ...", "How hard was
    last month?"), with that frame; none when it dates a statement ("Britain's defence ministry said in May that ...":
    when that source spoke, not what the answer is about)."""
    said_in = reader.grammar.rules(MeasureRules).said_in
    for frame in answer_frame(reader, sent):
        spans = [d for d in dates_in(reader, frame.start, frame.end)
                 if d.precision in ("month", "year") and d.span_start is not None]
        if spans:
            if len(spans) > 1 or said_in.search(reader.norm[max(frame.start, spans[0].start - 64):spans[0].start]):
                return None
            return frame, spans[0]
    return None


def _paragraph_of(s: Sentence) -> int:
    return s.paragraph
