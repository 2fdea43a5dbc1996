"""The figure named as a figure again ("цифра в 40 тысяч убитых не подтверждается", "цифру у 9 тисяч завищено"): a
fact-check or a comment speaking of a number the text already told is that claim again, not a claim of whoever the
sentence names (grammar ``figure_word``)."""

from __future__ import annotations

from .mentions import DocText
from .numbers import Number
from .sentences import Sentence


def a_figure_told_before(doc: DocText, sent: Sentence, num: Number) -> bool:
    """Whether the number at ``num`` follows a word for a figure ("цифра в", "цифра", "число") and its value is one
    a figure told before in the text holds."""
    k = num.first_token
    ctx = doc.lang.grammar["context"]
    # (the sentence's keys asked first, one look-up of its record: most sentences hold no word for a figure)
    if k == 0 or "figure_word" not in ctx.keys_in(sent.tokens):
        return False
    if not any(m.value == num.value for m in doc.mentions):
        return False  # (most figures: a value not told before)
    hits = ctx.find_all(sent.tokens, max(0, k - 3), k, "figure_word")
    return any(b == k for _key, _a, b in hits)
