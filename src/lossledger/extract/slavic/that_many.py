"""A figure opening a line before a dash and a word that points back to it ("14 — стільки мирних жителів загинули за
тиждень", "41 — число раненых за тот же период"): a week-in-numbers column's line, whose noun, outcome and span are
the words after the pointing word, as if the figure stood there."""

from __future__ import annotations

from typing import Any

from ...languages.morphology import Token, tags

_DASHES = ("—", "–", "-")


def that_many_after(doc: Any, toks: list[Token], last: int) -> int | None:
    """The index of the word after "стільки" / "столько" / "кількість" / "число" where it follows the figure ending at
    ``toks[last]`` across a dash, else None."""
    k = last + 1
    if k + 1 >= len(toks) or doc.text[toks[last].end:toks[k].start].strip() not in _DASHES:
        return None
    hit = doc.lang.grammar["context"].match(toks, k, key="that_many")
    if hit is None or hit[1] >= len(toks) or doc.text[toks[hit[1] - 1].end:toks[hit[1]].start].strip():
        return None
    return int(hit[1])


#: how many words after the dash a line's noun of no loss is looked for in ("120 — нових укриттів")
_NOUN_REACH = 3


def _counted_form(doc: Any, t: Token) -> bool:
    """A noun or adjective in the genitive plural, the form a figure counts in ("нових укриттів", "школ")."""
    found = tags(t.low, doc.lang.code)
    return bool({"ADJF", "NOUN"} & found) and {"gent", "plur"} <= found and "PREP" not in found


def counts_no_loss_after_a_dash(doc: Any, toks: list[Token], first: int, last: int) -> bool:
    """Whether a figure opening its line (``toks[first:last + 1]``) counts a thing of no loss named after a dash: "17 —
    столько школ перешли ...", "120 — нових укриттів відкрили ..." (not "27 — у Харкові", a part by place)."""
    if first != 0:
        return False
    k = last + 1
    if k >= len(toks) or doc.text[toks[last].end:toks[k].start].strip() not in _DASHES:
        return False
    if (at := that_many_after(doc, toks, last)) is not None:
        k = at
    elif not (toks[k].text[:1].islower() and _counted_form(doc, toks[k])):
        return False  # (not a place, "2 — Херсон", nor a part by place, "27 — у Харкові", nor a verb)
    categories = doc.lang.categories
    return not any(categories.match(toks, j) for j in range(k, min(len(toks), k + _NOUN_REACH)))
