"""A part of a figure named before ("з них 52 тисячі — військовослужбовці", "430 из них погибли"): what it counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...languages.morphology import PhraseTable, Token, tags
from .language import PEOPLE
from .mentions import DocText, Mention, clause_bounds, find_cues, text_between
from .numbers import Number, number_word
from .sentences import Sentence

_DIGIT = re.compile(r"\d")


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


def past_the_whole(doc: DocText, sent: Sentence, num: Number, lo: int, table: PhraseTable) -> int:
    """Where the clause of ``num`` begins once a whole it is taken from is set aside: in "из 112 запущенных дронов
    сбиты 79" the drones launched are the whole (no loss), and 79 of them were downed; the clause's first word of loss
    after "из N", else ``lo``."""
    if table is not doc.lang.outcomes_equipment:
        return lo  # (weapons launched: things, not people)
    toks = sent.tokens
    if lo >= num.first_token - 2 or not _DIGIT.search(doc.text, toks[lo].end, toks[num.first_token - 1].end):
        return lo  # (no figure before this one in its clause: most)
    # (the sentence's scan of the context words, not each token of the clause)
    for _key, k, _end in doc.lang.grammar["context"].find_all(toks, lo, num.first_token - 1, "part_of"):
        if toks[k + 1].low.isdigit() or number_word(doc.lang, toks[k + 1]):
            return next((a for _key, a, _b in find_cues(table, toks, k + 2, num.first_token)), lo)
    return lo


#: the genders of an adjective's singular forms (a plural one has none)
_GENDERS = frozenset({"masc", "femn", "neut"})


def of_a_make(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"в том числе 9 западного производства", "з них 12 іноземного виробництва": an adjective in the genitive
    singular right after a figure that takes a plural (not "21 иностранного наемника") describes the things counted
    before (their make), not the noun the figure counts."""
    k = num.last_token + 1
    if k >= len(toks) or num.value < 2 or (num.value % 10 == 1 and num.value % 100 != 11):
        return False
    found = tags(toks[k].low, doc.lang.code)
    return "ADJF" in found and "gent" in found and bool(found & _GENDERS) and "plur" not in found


def found_alive(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"одного з потерпілих, якого вважали загиблим, дістали живим", "двоих нашли живыми": people the figure counts
    found alive after it (the word in the instrumental, before another figure) are no loss (not "живой силой");
    so are those the word names before the figure in its clause ("з-під завалів живими дістали трьох мешканців",
    "извлекли живыми 5 человек")."""
    for _key, a, _b in doc.lang.grammar["context"].find_all(toks, num.last_token + 1, len(toks), "alive"):
        if _alive_word(doc, toks[a]) and not _figure_in(doc, toks, num.last_token + 1, a):
            return True
    for _key, a, _b in doc.lang.grammar["context"].find_all(toks, max(0, num.first_token - 6), num.first_token,
                                                            "alive"):
        if _alive_word(doc, toks[a]) and not _figure_in(doc, toks, a + 1, num.first_token) \
                and not _CLAUSE_MARK.search(text_between(doc.text, toks[a].end, toks[num.first_token].start)):
            return True
    return False


_CLAUSE_MARK = re.compile(r"[,;:.!?—–]")


def _alive_word(doc: DocText, tok: Token) -> bool:
    found = tags(tok.low, doc.lang.code)
    return "ablt" in found and "femn" not in found


def _figure_in(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    return any(toks[j].low.isdigit() or toks[j].low in doc.lang.number_values
               or not doc.lang.number_forms.isdisjoint(toks[j].lemmas) for j in range(lo, hi))


def a_part_destroyed(doc: DocText, sent: Sentence, num: Number) -> bool:
    """Whether the clause of ``num`` tells what became of equipment ("З них 241 знищено", "Из них 50 уничтожены"): a
    part of the things the figure before counted, by its outcome."""
    lo, hi = clause_bounds(doc, sent, num)
    return bool(doc.lang.outcomes_equipment.find_all(sent.tokens, lo, hi))



def whole_of_parts(doc: DocText, sent: Sentence, num: Number, category: str, numbers: Sequence[Number]) -> bool:
    """"Із 318 танків 241 знищено, 44 пошкоджено": equipment counted right after the word of a part ("із", "из"),
    with a figure of its clause after it, is the whole those parts break down: the outcome words after them are
    theirs, and the whole's own is its loss."""
    toks = sent.tokens
    if category in PEOPLE or num.first_token < 1 \
            or doc.lang.grammar["context"].match(toks, num.first_token - 1, num.first_token, "part_of") is None:
        return False  # (no "із" right before: most figures)
    _lo, hi = clause_bounds(doc, sent, num)
    return any(f.start > num.end and f.last_token < hi for f in numbers)


def part_of_a_counted_whole(doc: DocText, toks: list[Token], num: Number, out: Sequence[Mention], hi: int) -> bool:
    """"повернули тіла 5 180 загиблих, серед яких 310 мали ознаки катувань": a part told after a whole this sentence
    counted (a word taking a part of it between them: "серед яких", "из них"; not "ще") is counted as that whole was,
    whatever word of no loss stood before the whole ("повернули"); a word of no loss in the part's own words still
    undoes it."""
    if not out:
        return False
    ctx = doc.lang.grammar["context"]
    went_on = ctx.find_all(toks, out[-1].number.last_token + 1, num.first_token, "parts_of_whole")
    if not went_on:
        return False
    table = doc.lang.outcomes_people if out[-1].category in PEOPLE else doc.lang.outcomes_equipment
    return not ctx.find_all(toks, went_on[-1][2], hi, "non_loss") or bool(find_cues(table, toks, went_on[-1][2], hi))
