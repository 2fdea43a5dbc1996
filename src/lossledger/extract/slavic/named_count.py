"""A count of the dead by name in a paragraph of its own: "Поименно «Медиазоне» удалось установить 138 500
погибших" after a year's estimate is the standing count of names, not more of that year."""

from __future__ import annotations

from .mentions import DocText, Mention, first_hit


def named_anew(doc: DocText, prev: Mention, m: Mention) -> bool:
    """``m``, in a later paragraph than ``prev``, is counted by name ("поименно", "установить имена") before its
    figure, with no word that goes on with the figures before ("из них", "еще")."""
    if m.sentence.paragraph <= prev.sentence.paragraph:
        return False
    ctx = doc.lang.grammar["context"]
    toks = m.sentence.tokens
    first = m.number.first_token
    return first_hit(ctx, "by_name", toks, 0, first) is not None \
        and first_hit(ctx, "continuation", toks, 0, first) is None
