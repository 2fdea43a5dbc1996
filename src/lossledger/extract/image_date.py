"""'Satellite imagery captured on 29 August shows ... The images show burn scars ... Two more aircraft may have been
damaged': the day a picture was taken dates the figures read from it in the sentences right after, which name no
day of their own (while they go on about the picture). Read by ``mention_dates``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader
from .span_context import dates_in, sentence_index

__all__ = ["ImageDateRules", "date_from_image_before"]

_SENTENCES_BACK = 3  # how far back the picture's sentence may stand (the figure's, or one between, points back at it)


class ImageDateRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.image_dated_before = g.pattern("image_dated_before", guard=False)
        self.image_word = g.pattern("image_word")


def _names_pictures(reader: Reader, r: ImageDateRules) -> bool:
    """False only when the text lacks the words every picture's day needs (``required_words``); asked once a
    document."""
    if reader.names_pictures is None:
        reader.names_pictures = reader.folded.may_match(r.image_dated_before, 0, len(reader.norm))
    return reader.names_pictures


def date_from_image_before(reader: Reader, m: Mention, sent: Sentence) -> bool:
    """Date ``m`` (a figure with no day of its own) by the day a picture told of just before was taken; whether it
    did. The sentence right after the picture's is read from it; one further on only where it, or one between, speaks
    of the picture again ("The images show")."""
    r = reader.grammar.rules(ImageDateRules)
    if not _names_pictures(reader, r):
        return False  # (most texts name no picture, and then no day one was taken)
    index = sentence_index(reader, sent.start)
    for back in range(1, _SENTENCES_BACK + 1):
        if index - back < 0:
            return False
        before = reader.sentences[index - back]
        if before.paragraph < sent.paragraph - 1:
            return False
        days = dates_in(reader, before.start, before.end)
        if not days:
            continue
        day = days[-1]
        if (day.date is None or day.precision != "day"
                or r.image_dated_before.search(reader.norm, max(before.start, day.start - 60), day.start) is None):
            return False  # the last day named before is no picture's: the figure is not read from one
        if back > 1 and not any(r.image_word.search(reader.norm, s.start, s.end)
                                for s in reader.sentences[index - back + 1 : index + 1]):
            return False  # (a sentence further on is read from the picture only where it is spoken of again)
        m.as_of, m.as_of_basis, m.dated = day.date, "stated", True
        return True
    return False
