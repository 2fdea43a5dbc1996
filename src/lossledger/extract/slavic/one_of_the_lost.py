"""A figure that picks some out of a whole counted as lost, with nothing befalling them in its own clause ("Уламки
одного з 15 збитих дронів впали на підприємство", "Обломки двух из 15 сбитых беспилотников упали на склад",
"встановили особи 9 із 11 людей, які загинули"): where the lost fell or struck, or who were identified among them,
not a loss of its own. The whole ("15 збитих дронів", "11 людей, які загинули") stays a claim; a part with a word of
loss of its own stays one too ("один из 12 раненых скончался")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...languages.morphology import Token
from .mentions import DocText, clause_bounds, text_between
from .numbers import Number
from .sentences import Sentence

__all__ = ["loss_word_of_the_whole", "one_of_the_lost", "whole_taken_from"]

_CLAUSE_MARK = re.compile(r"[,;:.()—–]")
#: How many words the relative clause may hold before its verb of loss ("які внаслідок удару загинули" is past reach).
_RELATIVE_REACH = 2


def loss_word_of_the_whole(doc: DocText, toks: Sequence[Token], whole: Number) -> int | None:
    """The index of the word of loss that names the whole at ``whole``: right after it ("з 15 збитих", "із 12
    поранених"), or the verb of a relative clause after its noun ("з 11 людей, які загинули"); else None."""
    lost_word = whole.last_token + 1
    if lost_word >= len(toks):
        return None
    if doc.lang.outcomes_equipment.match(toks, lost_word) or doc.lang.outcomes_people.match(toks, lost_word):
        return lost_word
    noun = doc.lang.categories.match(toks, lost_word)
    at = noun[1] if noun is not None else lost_word + 1
    if at >= len(toks) or "," not in text_between(doc.text, toks[at - 1].end, toks[at].start) \
            or doc.lang.grammar["context"].match(toks, at, at + 1, "relative") is None:
        return None
    for k in range(at + 1, min(len(toks), at + 2 + _RELATIVE_REACH)):
        if k > at + 1 and _CLAUSE_MARK.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            return None  # (the relative clause closed: "з 300 мобілізованих, які прибули восени, загинули 38")
        if doc.lang.outcomes_people.match(toks, k) or doc.lang.outcomes_equipment.match(toks, k):
            return k
    return None


def one_of_the_lost(doc: DocText, sent: Sentence, num: Number, figures: Sequence[Number]) -> bool:
    """Whether ``num`` is followed by "з" / "из" and a figure named by a word of loss ("з 15 збитих", "з 11 людей,
    які загинули"), with no other word of loss in ``num``'s clause."""
    toks = sent.tokens
    at = num.last_token + 1
    if at + 2 >= len(toks) or doc.lang.grammar["context"].match(toks, at, key="part_of") is None:
        return False
    whole = next((f for f in figures if f.first_token == at + 1), None)
    if whole is None:
        return False
    lost_word = loss_word_of_the_whole(doc, toks, whole)
    if lost_word is None:
        return False
    lo, hi = clause_bounds(doc, sent, num)
    others = [a for table in (doc.lang.outcomes_equipment, doc.lang.outcomes_people)
              for _key, a, _b in table.find_all(toks, lo, hi) if a != lost_word]
    return not others


#: How near the next figure may stand for the whole's "з" to be a change's ("зросла з 20 до 25": an earlier toll).
_NEXT_FIGURE = 4


def whole_taken_from(doc: DocText, toks: Sequence[Token], num: Number, figures: Sequence[Number]) -> bool:
    """Whether ``num`` is a whole a part is later taken out of, opened by "з" / "из" with no figure before it and
    named by no word of loss of its own: "з 480 людей, які пішли з батальйоном, загинули 57", "из 480 человек,
    ушедших с батальоном, погибли 57" (those who went are no loss; "двоє з 20 поранених" is another case)."""
    if num.first_token < 1 or doc.lang.grammar["context"].match(toks, num.first_token - 1, num.first_token,
                                                                 "part_of") is None:
        return False
    if num.first_token >= 2 and toks[num.first_token - 2].low.isdigit():
        return False
    later = [f for f in figures if f.first_token > num.last_token]
    if not later or later[0].first_token - num.last_token <= _NEXT_FIGURE \
            or loss_word_of_the_whole(doc, toks, num) is not None:
        return False
    return any(doc.lang.outcomes_people.match(toks, k) or doc.lang.outcomes_equipment.match(toks, k)
               for k in range(num.last_token + 1, len(toks)))
