"""A figure counting a generic word for a machine ("2870 ворожих машин знищено", "из них 140 машин повреждены"): the
kind of thing the figure just before it counted (armoured vehicles, tanks), not a kind of its own, where the sentence
counts nothing before it and the text's last figure counted a kind of materiel."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import tags
from .language import PEOPLE
from .mentions import DocText, Mention
from .numbers import Number
from .sentences import Sentence

#: how many sentences back the figure counting the kind may stand (a source's own sentence between: "Такі підрахунки
#: наводить Oryx.")
_SENTENCES_BACK = 2


def same_kind_before(doc: DocText, sent: Sentence, num: Number, out: Sequence[Mention],
                     figures: Sequence[Number]) -> str | None:
    """The category of the figure before that the generic machine word after ``num`` (grammar ``same_kind``) counts
    again, or None."""
    toks = sent.tokens
    k = num.last_token + 1
    while k < min(len(toks), num.last_token + 3) and "ADJF" in tags(toks[k].low, doc.lang.code) \
            and doc.lang.categories.match(toks, k) is None:
        k += 1  # ("2870 ворожих машин": past an adjective or two)
    if k >= len(toks) or doc.lang.grammar["context"].match(toks, k, key="same_kind") is None:
        return None
    if out or any(f.end <= num.start for f in figures) or not doc.mentions:
        return None  # (the sentence's own figure before it: a list of its own)
    last = doc.mentions[-1]
    back = doc.sentence_number[id(sent)] - doc.sentence_number[id(last.sentence)]
    if last.category in PEOPLE or last.category == "equipment" or not 0 < back <= _SENTENCES_BACK:
        return None
    return last.category
