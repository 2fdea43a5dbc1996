"""Losses told with a possessive of the third person ("В общей сложности его потери превысили 1,4 миллиона", "Загалом
їхні втрати сягнули ..."): the losses of the side the figure before counted, in its paragraph or the one before (the
one "his" or "their" points back to), not a side guessed from the rest of the sentence (the war's name in "за время
СВО" is a span, not whose losses)."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText
from .sentences import Sentence


def owners_side(doc: DocText, sent: Sentence, lo: int, first: int) -> str | None:
    """The side of the figure before that a possessive pronoun (grammar ``owner_pronouns``, as written) right before
    a word for losses (``context.losses_of``) in ``toks[lo:first]`` points back to, or None."""
    pronouns = doc.lang.raw["grammar"].get("owner_pronouns", ())
    toks: list[Token] = sent.tokens
    if not pronouns or not any(t.low in pronouns for t in toks[lo:first]):
        return None  # (no such pronoun before the figure: most sentences)
    hits = doc.lang.grammar["context"].find_all(toks, lo, first, "losses_of")
    if not any(a > lo and toks[a - 1].low in pronouns for _k, a, _b in hits):
        return None
    before = [m for m in doc.mentions if m.sentence.start < sent.start and m.side is not None]
    if not before or before[-1].sentence.paragraph < sent.paragraph - 1:
        return None
    return before[-1].side
