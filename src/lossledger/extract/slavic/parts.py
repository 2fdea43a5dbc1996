"""A part of a figure named before ("з них 52 тисячі — військовослужбовці", "430 из них погибли"): what it counts."""

from __future__ import annotations

from .mentions import DocText, clause_bounds, text_between
from .numbers import Number
from .sentences import Sentence


def died_or_missing(doc: DocText, sent: Sentence, num: Number) -> bool:
    """Whether the clause of ``num`` says people died or went missing ("430 из них погибли"): a part of a group that
    was no loss (recruited, returned) is a loss then, not when it is only hurt ("40 з них мають поранення")."""
    lo, hi = clause_bounds(doc, sent, num)
    return any(key in ("killed", "missing") for key, _a, _b in doc.lang.outcomes_people.find_all(sent.tokens, lo, hi))


def named_after_a_dash(doc: DocText, sent: Sentence, num: Number) -> str | None:
    """Soldiers or civilians named right after a dash that follows the figure, ending its clause: "з них 52 тисячі
    — військовослужбовці, решта — цивільні" counts soldiers (the civilians are the rest)."""
    toks = sent.tokens
    k = num.last_token + 1
    if k >= len(toks) or text_between(doc.text, num.end, toks[k].start).strip() not in ("—", "–", "-"):
        return None
    hit = doc.lang.categories.match(toks, k)
    if hit is None or hit[0] not in ("personnel", "civilians"):
        return None
    end = hit[1]
    return hit[0] if end >= len(toks) or text_between(doc.text, toks[end - 1].end, toks[end].start).strip() else None
