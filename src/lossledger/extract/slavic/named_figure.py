"""A source that names a count of people with no word of loss in its clause ("Генштаб ЗСУ за той самий тиждень називає
7 840 осіб", "Минобороны за ту же неделю называет 2 300 человек"): its figure counts the same loss as the figure
just before it, in its paragraph or the one before (the loss, the side and the kind of the people). The verbs are the
grammar's (``context.names_figure``)."""

from __future__ import annotations

from .mentions import DocText, Mention, clause_bounds
from .numbers import Number
from .sentences import Sentence


def named_like_before(doc: DocText, sent: Sentence, num: Number, category: str) -> Mention | None:
    """The figure just before whose loss ``num`` names again by a verb of naming before it in its clause ("називає",
    "называет"), where ``num`` counts people (``category`` "people", or the kind of the one before) and its clause has
    no word of loss of its own; None otherwise."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    if not doc.mentions or not ctx.find_all(toks, key="names_figure"):
        return None  # (the sentence's words first, once: most have no verb of naming)
    lo, hi = clause_bounds(doc, sent, num)
    if not ctx.find_all(toks, lo, num.first_token, "names_figure") \
            or doc.lang.outcomes_people.find_all(toks, lo, hi) or doc.lang.noun_outcomes.find_all(toks, lo, hi):
        return None
    last = doc.mentions[-1]
    if last.sentence.paragraph < sent.paragraph - 1 or category not in ("people", last.category):
        return None
    return last
