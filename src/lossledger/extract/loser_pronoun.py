"""'Moscow launched its full-scale invasion in February 2022. Ever since, it has lost more than 3,000 tanks': "it" (or
"they") that loses, before the figure in its sentence, points at the subject the sentence before opens on, when that
is a side's name or its forces ("Russian troops"); the figure is that side's loss, across a line break too (the
sentence before may be the last of the paragraph before). Read by ``extract`` where nothing else in the sentence says
whose the loss is (grammar ``pronoun_loses_before``, ``subject_opening``). A pronoun that loses before the sentence's
own source ("Russia started a push in May. Since then, it has lost 4,000 men, Kyiv said") cannot point at that source,
said only after it: the subject before is read so even where "it has lost" would otherwise be the speaker's own loss
(``side_of_pronoun_before_its_source``)."""

from __future__ import annotations

import bisect

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["LoserPronounRules", "side_of_pronoun_before_its_source", "side_of_pronoun_that_loses"]


class LoserPronounRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.pronoun_loses_before = g.pattern("pronoun_loses_before", guard=False)
        self.subject_opening = g.pattern("subject_opening", guard=False)


def side_of_pronoun_that_loses(reader: Reader, sent: Sentence, abs_start: int, before_pos: int | None = None
                               ) -> str | None:
    """The side the sentence before ``sent`` opens on as its subject, when a pronoun before ``abs_start`` loses (and,
    given ``before_pos``, stands before it)."""
    r = reader.grammar.rules(LoserPronounRules)
    if not reader.folded.may_match(r.pronoun_loses_before, sent.start, abs_start):
        return None  # (most sentences hold no pronoun that loses)
    pronoun = r.pronoun_loses_before.search(reader.norm, sent.start, abs_start)
    if pronoun is None or (before_pos is not None and pronoun.start() >= before_pos):
        return None
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1  # (loss_frame.sentence_before's)
    before = reader.sentences[i] if i >= 0 else None
    if before is None or before.paragraph < sent.paragraph - 1:
        return None
    opening = r.subject_opening.match(reader.norm, before.start, before.end)
    at = opening.end() if opening is not None else before.start
    for vocabulary in ("side_name", "side_forces"):  # ("Russian troops began an assault in May. Since then, they")
        subject = reader.scan.search(vocabulary, at, min(before.end, at + 30))
        if subject is not None and subject.start() == at:
            key = reader.profile.key_of(subject)
            return key if key in reader.profile.sides and reader.profile.sides[key].opponent else None
    return None


def side_of_pronoun_before_its_source(reader: Reader, sent: Sentence, abs_start: int, source_start: int | None
                                      ) -> str | None:
    """The side the sentence before opens on, when a pronoun that loses stands before the source its own sentence
    names after it (``source_start``): "Since then, it has lost 4,000 men, Kyiv said" (not "Kyiv said it had lost")."""
    if source_start is None or sent.start <= source_start < abs_start:
        return None
    if source_start < sent.start:
        # a source told earlier: the pronoun points at the subject of the sentence before only where that sentence
        # is not the source's own ('"When the war began, Kyiv's army had 250,000 men. Its losses have passed ..."')
        i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1
        if i < 0 or source_start >= reader.sentences[i].start:
            return None
        return side_of_pronoun_that_loses(reader, sent, abs_start)
    return side_of_pronoun_that_loses(reader, sent, abs_start, before_pos=source_start)
