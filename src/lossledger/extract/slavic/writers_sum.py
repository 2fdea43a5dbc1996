"""The writer's own sum of the figures before: "Разом за три дні це 3 740 осіб", "Итого за три дня это 3 740
человек". The sentence opens on a word of summing (grammar ``sum_words``) and names the figure right after the
pointing word "це" / "это" (``sum_pointer``), with no verb of saying and no source of its own: a figure the article
works out itself, no source's (the source before does not go on to it)."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText

__all__ = ["writers_sum"]

#: How many words the summing word may stand from the sentence's start ("А разом за три дні це ...").
_OPENING = 2


def writers_sum(doc: DocText, toks: list[Token]) -> bool:
    """Whether the sentence is the writer's sum of the figures before it."""
    ctx = doc.lang.grammar["context"]
    if not any(ctx.match(toks, k, k + 1, "sum_words") for k in range(min(len(toks), _OPENING))):
        return False  # (most sentences)
    pointed = any(ctx.match(toks, k, k + 1, "sum_pointer") and toks[k + 1].low[:1].isdigit()
                  for k in range(len(toks) - 1))
    present = ctx.keys_in(toks)
    return pointed and "report_verbs" not in present and "source_markers" not in present \
        and not doc.lang.claimants.find_all(toks)
