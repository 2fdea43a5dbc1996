"""A sentence that closes on a bracket telling who said its figures: "... загинули двоє мирних жителів (міський
голова Іван Петренко повідомив у телеграмі)", "... ранены трое (об этом сообщил губернатор)". The bracket opens after
the sentence's words, holds a source and a verb of saying, and nothing but a stop follows it: the source speaks for
the figures before it, as a bracket holding the name alone does (bracket_source.py)."""

from __future__ import annotations

from .mentions import DocText, text_between
from .sentences import Sentence

__all__ = ["said_in_closing_bracket"]

#: What may stand after the bracket's close up to the sentence's end: a stop, spaces.
_AFTER_CLOSE = " .;\n"
#: How many words a bracket telling who said the figures may hold.
_BRACKET_WORDS = 10


def said_in_closing_bracket(doc: DocText, sent: Sentence,
                            hits: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The source of ``hits`` named in a bracket that closes the sentence beside a verb of saying, else None."""
    toks = sent.tokens
    if len(toks) < 3 or doc.text.rfind(")", toks[-1].end, sent.end + 1) < 0:
        return None  # (most sentences close on no bracket)
    after = doc.text[toks[-1].end:sent.end].lstrip()
    if not after.startswith(")") or after[1:].strip(_AFTER_CLOSE):
        return None
    opened = next((k for k in range(len(toks) - 1, max(0, len(toks) - _BRACKET_WORDS) - 1, -1)
                   if k > 0 and "(" in text_between(doc.text, toks[k - 1].end, toks[k].start)), None)
    if opened is None or any(")" in text_between(doc.text, toks[k - 1].end, toks[k].start)
                             for k in range(opened + 1, len(toks))):
        return None
    inside = [h for h in hits if h[1] >= opened]
    ctx = doc.lang.grammar["context"]
    if not inside or not ctx.find_all(toks, opened, len(toks), key="report_verbs"):
        return None
    # (the longest name of those inside: "голова ОВА", not "ОВА" in it)
    return max(inside, key=lambda h: (h[2] - h[1], -h[1]))
