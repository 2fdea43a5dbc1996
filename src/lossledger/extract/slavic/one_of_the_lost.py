"""A figure that picks some out of a whole counted as lost, with nothing befalling them in its own clause ("Уламки
одного з 15 збитих дронів впали на підприємство", "Обломки двух из 15 сбитых беспилотников упали на склад"): where
the lost fell or struck, not a loss of its own. The whole ("15 збитих дронів") stays a claim; a part with a word of
loss of its own stays one too ("один из 12 раненых скончался")."""

from __future__ import annotations

from collections.abc import Sequence

from .mentions import DocText, clause_bounds
from .numbers import Number
from .sentences import Sentence


def one_of_the_lost(doc: DocText, sent: Sentence, num: Number, figures: Sequence[Number]) -> bool:
    """Whether ``num`` is followed by "з" / "из" and a figure whose next word is a word of loss ("з 15 збитих"), with
    no other word of loss in ``num``'s clause."""
    toks = sent.tokens
    at = num.last_token + 1
    if at + 2 >= len(toks) or doc.lang.grammar["context"].match(toks, at, key="part_of") is None:
        return False
    whole = next((f for f in figures if f.first_token == at + 1), None)
    if whole is None or whole.last_token + 1 >= len(toks):
        return False
    lost_word = whole.last_token + 1
    hit = doc.lang.outcomes_equipment.match(toks, lost_word) or doc.lang.outcomes_people.match(toks, lost_word)
    if hit is None:
        return False
    lo, hi = clause_bounds(doc, sent, num)
    others = [a for table in (doc.lang.outcomes_equipment, doc.lang.outcomes_people)
              for _key, a, _b in table.find_all(toks, lo, hi) if a != lost_word]
    return not others
