"""A post opened by its source: "Командування Повітряних сил ЗС України інформує:", or signed at its head by its
author's name and office on a line of its own ("Андрей Ковригин | Губернатор Брянской области")."""

from __future__ import annotations

from ...languages.morphology import tags
from .claimants import SourceCue
from .mentions import DocText, Mention
from .sentences import Sentence

#: the word classes of a verb: a line holding one says something, no signature
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
#: the most words a signature line holds (a name and an office)
_SIGNATURE_WORDS = 10


def opens_the_post(doc: DocText, sent: Sentence, own: SourceCue | None, found: list[Mention]) -> bool:
    """The text's first sentence names a source and ends with a colon, or is its author's signature line, with no
    figure of its own: the whole post below is its word (over paragraphs of comment too), until another source is
    named."""
    if own is None or found or sent is not doc.sentences[0]:
        return False
    line = doc.text[sent.start:sent.end].rstrip()
    return line[-1:] == ":" or _signature_line(doc, sent, line)


def _signature_line(doc: DocText, sent: Sentence, line: str) -> bool:
    """"Андрей Ковригин | Губернатор Брянской области": a first line of its own, its author's name and office parted
    by a bar, no verb and no stop."""
    if "|" not in line or line[-1:] in ".!?" or len(sent.tokens) > _SIGNATURE_WORDS:
        return False
    if len(doc.sentences) > 1 and doc.sentences[1].paragraph == sent.paragraph:
        return False
    return not any(tags(t.low, doc.lang.code) & _VERB_TAGS for t in sent.tokens)
