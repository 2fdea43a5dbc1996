"""A line opened by its source's label and a colon: a wire's flash item under a time stamp ("14:32 Минобороны:
...", "09:05 Генштаб ЗСУ: ..."), and a label that names an office of a place ("Губернатор Белгородской области: ...",
"Голова Харківської ОВА: ...")."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between
from .sides import PUNCT_OR_DASH

#: How many words a source's label before its colon may hold past the time stamp ("Голова Харківської ОВА").
_LABEL_WORDS = 5


def time_stamp_end(doc: DocText, toks: list[Token]) -> int:
    """The number of tokens a time stamp ("HH:MM") opening ``toks`` takes (2), else 0."""
    if len(toks) < 3 or not (toks[0].text.isdigit() and len(toks[0].text) <= 2 and int(toks[0].text) < 24):
        return 0
    if not (toks[1].text.isdigit() and len(toks[1].text) == 2 and int(toks[1].text) < 60):
        return 0
    if text_between(doc.text, toks[0].end, toks[1].start) not in (":", "."):
        return 0
    # (the time stamp stands apart from the words after it: "14:32 Минобороны", not "14:32:05")
    return 2 if text_between(doc.text, toks[1].end, toks[2].start).strip(" —–-") == "" else 0


def label_colon(doc: DocText, toks: list[Token], stamp: int) -> int | None:
    """The token right after the colon closing a short label that opens ``toks`` past its time stamp ("Губернатор
    Белгородской области: ..."), where the label holds words only (no number, comma or dash), else None."""
    for k in range(stamp + 1, min(len(toks), stamp + _LABEL_WORDS + 1)):
        between = text_between(doc.text, toks[k - 1].end, toks[k].start)
        if between.strip(" »\"") == ":":
            return k
        if PUNCT_OR_DASH.search(between) or toks[k - 1].text[:1].isdigit():
            return None
    return None


def names_a_place(doc: DocText, toks: list[Token], end: int, colon: int) -> bool:
    """Whether the words between a source's name ending at ``toks[end]`` and the label's colon only run its name on
    in the genitive ("Губернатор Белгородской области:", "Оперштаб Курской области:"), not a clause of its own
    ("Издание составило список погибших военных:")."""
    for t in toks[end:colon]:
        found = tags(t.low, doc.lang.code)
        if "gent" not in found or found & {"VERB", "INFN", "PRTF", "GRND"}:
            return False
    return True
