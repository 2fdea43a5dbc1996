"""A post opened by its source: "Командування Повітряних сил ЗС України інформує:"."""

from __future__ import annotations

from .claimants import SourceCue
from .mentions import DocText, Mention
from .sentences import Sentence


def opens_the_post(doc: DocText, sent: Sentence, own: SourceCue | None, found: list[Mention]) -> bool:
    """The text's first sentence names a source and ends with a colon, with no figure of its own: the whole post
    below is its word (over paragraphs of comment too), until another source is named."""
    return own is not None and not found and sent is doc.sentences[0] \
        and doc.text[sent.start:sent.end].rstrip()[-1:] == ":"
