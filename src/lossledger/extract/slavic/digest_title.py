"""A digest's title ("Головне", "Главное": grammar ``digest_title``) that names its span and counts nothing
("Головне за добу — 3 грудня", "Главное за неделю"): the span of each toll of no span of its own in the items under
it, past the blank lines between them (an item's own span, an attack it names or a count of names on a list stays
its own)."""

from __future__ import annotations

from typing import Any

from .context import sentence_cue
from .mentions import DocText
from .sentences import Sentence

#: How many sentences a digest's title paragraph may hold ("Телеканал «Суми-24». Головне за добу — 3 грудня").
_TITLE_SENTENCES = 3


def digest_title_cue(doc: DocText) -> Any:
    """The span cue of the document's first paragraph where it is a short title that counts nothing and names a
    span of a length (a day, a week) (``sentence_cue``'s form), else None."""
    sentences = doc.sentences
    if not sentences:
        return None
    first = sentences[0].paragraph
    title: list[Sentence] = [s for s in sentences if s.paragraph == first]
    if len(title) > _TITLE_SENTENCES or len(title) == len(sentences) \
            or any(m.sentence.paragraph == first for m in doc.mentions):
        return None
    ctx = doc.lang.grammar["context"]
    if not any(ctx.find_all(sent.tokens, key="digest_title") for sent in title):
        return None  # (a title that names no digest: "Росія за ніч запустила рекордні 810 дронів", a report's)
    for sent in reversed(title):
        found = sentence_cue(doc, sent, doc.dates.get(id(sent), []))
        if found is not None:
            return found if found[0] == "period" and found[1] is not None else None
    return None
