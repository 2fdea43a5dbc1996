"""Weapons counted as what struck a target, not as what was lost ("зафіксовано влучання 13 ударних БпЛА")."""

from __future__ import annotations

from ...languages.morphology import tags
from .mentions import DocText, text_between
from .numbers import Number, number_word
from .sentences import Sentence


def counts_what_struck(doc: DocText, sent: Sentence, num: Number) -> bool:
    """Whether ``num`` follows a noun of a hit ("влучання", "попадания") with only the names of other weapons and
    a conjunction between: "зафіксовано влучання ракет та 13 ударних БпЛА на 6 локаціях" counts the drones that got
    through, not drones downed; or ``num`` is the whole of the attack that a part downed is taken from: "из 112
    запущенных дронов сбиты 79", "з 60 ракет збито 52"."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    if num.first_token > 0 and ctx.match(toks, num.first_token - 1, num.first_token, "part_of"):
        # (a word of downing, then a figure of its own, after it in the sentence)
        down = doc.lang.outcomes_equipment.find_all(toks, num.last_token + 1, len(toks), "destroyed")
        return bool(down) and any(t.low.isdigit() or number_word(doc.lang, t) for t in toks[down[0][2]:])
    k = num.first_token - 1
    while k >= 0 and num.first_token - k <= 4:
        if text_between(doc.text, toks[k].end, toks[k + 1].start).strip():
            return False  # (a comma or a dash ends the phrase)
        if ctx.match(toks, k, key="hit_by"):
            return True
        if not ("CONJ" in tags(toks[k].low, doc.lang.code) or doc.lang.categories.match(toks, k)):
            return False
        k -= 1
    return False


#: the grammatical cases a word's readings may show
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def counted_as_means(doc: DocText, sent: Sentence, num: Number, noun_end: int) -> bool:
    """Whether the drones or missiles counted stand in the instrumental case only ("обстріляли область 40
    безпілотниками", "уразив 7 дронами 3 об'єкти"): the means of an attack, not things lost."""
    # (the first word that shows its case: an indeclinable one, "БпЛА", shows every case)
    for t in sent.tokens[num.last_token + 1:noun_end]:
        found = tags(t.low, doc.lang.code)
        if "Fixd" not in found and found & _CASES:
            return found & _CASES == {"ablt"}
    return False
