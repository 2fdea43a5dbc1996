"""A post under a line naming its author: "Допис начальника Сумської ОВА Олега Коваля:", "Пост главы ОВА:" over
the post's text. The line is a heading of the words below it, as "Заява губернатора:" is: its author says them."""

from __future__ import annotations

from .mentions import DocText
from .sentences import Sentence


def a_post_by_its_author(doc: DocText, sent: Sentence, first_source: int) -> bool:
    """Whether ``sent`` is a line of its own that opens on a noun of a post (grammar ``context.post_heading``:
    "допис", "пост") and closes on a colon, with the source named first at token ``first_source`` within a few
    words after the noun (its author, in the genitive: "Допис начальника ... ОВА ...:"). A post told of in a
    sentence ("поширюють допис, що ...") and a checkpoint ("атакували пост поліції") open no line so."""
    toks = sent.tokens
    if not toks or not 0 < first_source <= 4:
        return False
    text = doc.text
    if not text[sent.start:sent.end].endswith(":") or text[sent.end:].lstrip(" \t")[:1] not in ("\n", ""):
        return False  # (a line closing on its colon, the post below it)
    if text[:sent.start].rstrip(" \t")[-1:] not in ("\n", ""):
        return False  # (the line's first words)
    found = doc.lang.grammar["context"].match(toks, 0, key="post_heading")
    return found is not None and found[1] <= first_source
