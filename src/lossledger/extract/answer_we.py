"""'Q: Ukraine's General Staff says Russia lost 1,240 troops yesterday. ... A: In January we documented 96 tanks': the
"we" of an interview's answer is the one who answers (the one its introduction presents), not the last source the
questions named. Read by ``extract._read_sentence`` over the source ``attribution.claimant_in`` pointed back to."""

from __future__ import annotations

import re

from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .line_sources import LineSourceRules, answer_source

__all__ = ["answerer_for_we"]


def answerer_for_we(reader: Reader, sent: Sentence, source: Source | None) -> Source | None:
    """The answer's speaker in place of ``source``, when ``source`` was named before ``sent`` (a pronoun pointed back
    at it), ``sent`` stands in an answer's paragraph ("A: ...") and says "we"; else ``source``."""
    if source is None or source.start >= sent.start:
        return source  # (a source named in the sentence itself speaks for it)
    index = reader.paragraph_opening(sent)
    if reader.grammar.rules(LineSourceRules).answer_label.match(reader.norm, reader.sentences[index].start) is None:
        return source
    words = reader.grammar.rules(AttributionRules).team_pronouns
    s_text = reader.norm[sent.start:sent.end]
    if not any(re.search(rf"\b{re.escape(w)}\b", s_text, re.IGNORECASE) for w in words):
        return source
    answerer = answer_source(reader, sent)
    return source if answerer is None else answerer
