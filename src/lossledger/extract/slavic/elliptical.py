"""A bare figure that counts the thing named before it: a part of it ("з них 17", "Більшість із них ..."), more of it
("ще 43 — з моргів"), a count closing a clause "когда ..."; and "один из ..." of things that are no loss."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...languages.morphology import Token, tags
from .language import PEOPLE
from .mentions import DocText, clause_bounds, is_adjectival, starts_between, text_between
from .numbers import Number
from .sentences import Sentence

_DASH = re.compile(r"[—–‒−-]")


def counted_at_clause_end(doc: DocText, sent: Sentence, num: Number, qual_first: int) -> bool:
    """A bare figure closing a clause "когда ..." / "коли ..." right after a verb of counting and its subject ("чем в
    апреле, когда Генштаб ВСУ насчитал 29 тысяч."): a count of what the sentence counted before it."""
    toks = sent.tokens
    lo, hi = clause_bounds(doc, sent, num)
    if (num.last_token + 1 != hi and num.last_token + 1 != len(toks)) \
            or toks[lo].low not in doc.lang.raw["grammar"]["spans"].get("when_said", ()):
        return False
    verbs = doc.lang.grammar["context"].find_all(toks, max(0, qual_first - 4), qual_first, key="counted_by")
    return bool(verbs) and not _PUNCT_BETWEEN.search(text_between(doc.text, toks[verbs[-1][2] - 1].end,
                                                                  toks[qual_first].start))


_PUNCT_BETWEEN = re.compile(r"[,;:—–(]")


def one_of_other_things(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"один из самых высоких показателей", "один з найкривавіших ударів": one of things that are no loss (not
    "трое из них", "двоє з поранених", "11 з 13 ракет")."""
    k = num.last_token + 1
    if k + 1 >= len(toks) or not doc.lang.grammar["context"].match(toks, k, k + 1, "part_of") \
            or "NPRO" in tags(toks[k + 1].low, doc.lang.code):
        return False
    j = k + 1
    while j < len(toks) and is_adjectival(toks[j], doc.lang.code) and not toks[j].low.isdigit():
        j += 1
    return j < len(toks) and j > k + 1 and doc.lang.categories.match(toks, j) is None \
        and doc.lang.noun_outcomes.match(toks, j) is None and "NOUN" in (found := tags(toks[j].low, doc.lang.code)) \
        and "PREP" not in found


def more_bodies(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"тіл ..., ще 43 — з моргів": a bare count going on ("ще") before a dash, in a sentence counting bodies,
    after a count of the dead."""
    k = num.last_token + 1
    return bool(doc.mentions) and doc.mentions[-1].category in PEOPLE and doc.mentions[-1].outcome == "killed" \
        and num.first_token >= 1 and k < len(toks) \
        and doc.lang.grammar["context"].match(toks, num.first_token - 1, key="continuation") is not None \
        and bool(_DASH.search(text_between(doc.text, num.end, toks[k].start))) \
        and starts_between(doc.lang.grammar["context"], "bodies_of", toks, 0, num.first_token)


#: the words that open "з них", "из них" (the context grammar's part_of), by language code
_PART_OF_WORDS: dict[str, frozenset[str]] = {}


def part_of_those(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"47 поранені, 36 з них у лікарнях", "17 из них госпитализированы", "Із них 17 госпіталізовані": a part of
    the figure before."""
    ctx = doc.lang.grammar["context"]
    k = num.last_token + 1
    if k < len(toks) and ctx.match(toks, k, key="continuation") is not None:
        return ctx.match(toks, k, k + 1, "part_of") is not None
    firsts = _PART_OF_WORDS.get(doc.lang.code)
    if firsts is None:
        firsts = _PART_OF_WORDS[doc.lang.code] = frozenset(doc.lang.raw["grammar"]["context"].get("part_of", ()))
    for j in range(max(0, num.first_token - 4), num.first_token - 1):
        # (the words before the number, a qualifier between: "З них близько 52 тисяч", "Из них не менее 5")
        if toks[j].low not in firsts:
            continue
        hit = ctx.match(toks, j, key="continuation")
        if hit is not None and ctx.match(toks, j, j + 1, "part_of") is not None and (hit[1] == num.first_token or (
                (q := doc.lang.grammar["qualifiers"].match(toks, hit[1])) is not None and q[1] == num.first_token)
                or _named_between(doc, toks, hit[1], num.first_token)
                or _outcome_between(doc, toks, hit[1], num.first_token)):
            return True
    return False


def _outcome_between(doc: DocText, toks: list[Token], k: int, first: int) -> bool:
    """"З них знищено 241", "Из них уничтожены 50": between the part's words and its figure, only what became of
    them."""
    for table in (doc.lang.outcomes_equipment, doc.lang.outcomes_people):
        hit = table.match(toks, k, first)
        if hit is not None and hit[1] == first:
            return True
    return False


def _named_between(doc: DocText, toks: list[Token], k: int, first: int) -> bool:
    """"Из них поименно установлены 300", "З них поіменно встановлено 300": between the part's words and its figure,
    only that they are counted by name (and the verb of it)."""
    hit = doc.lang.grammar["context"].match(toks, k, first, "by_name")
    return hit is not None and (hit[1] == first or hit[1] + 1 == first
                                and bool(tags(toks[hit[1]].low, doc.lang.code) & {"VERB", "PRTS", "ADJS"}))


def opens_on_a_part(doc: DocText, toks: list[Token]) -> bool:
    """"Більшість із них ...", "Часть из них ...": the sentence speaks of a part of the figure before."""
    ctx = doc.lang.grammar["context"]
    return any(ctx.match(toks, k, key="continuation") is not None and ctx.match(toks, k, k + 1, "part_of") is not None
               for k in (1, 2) if k + 1 < len(toks))


def more_of_those(doc: DocText, sent: Sentence, num: Number) -> bool:
    """"Погибли 200 военных. Еще 40 пропали без вести": a bare count right after the word opening its sentence that
    goes on ("еще", not "из них": a part), whose clause says what befell people, after a count of people in the
    paragraph: more of those."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    before = doc.mentions[-1] if doc.mentions else None
    if before is None or before.category not in PEOPLE or before.sentence.paragraph != sent.paragraph \
            or before.sentence is sent or num.last_token + 1 >= len(toks):
        return False
    hit = ctx.match(toks, 0, key="continuation")
    if hit is None or ctx.match(toks, 0, 1, "part_of") is not None or not (hit[1] == num.first_token or (
            (q := doc.lang.grammar["qualifiers"].match(toks, hit[1])) is not None and q[1] == num.first_token)):
        return False
    if "NOUN" in tags(toks[num.last_token + 1].low, doc.lang.code):
        return False  # ("Еще 12 домов ...": a noun of its own counts)
    lo, hi = clause_bounds(doc, sent, num)
    return bool(doc.lang.outcomes_people.find_all(toks, num.last_token + 1, hi))


def goes_on_from_an_age(doc: DocText, toks: list[Token], num: Number, figures: Sequence[Number]) -> bool:
    """"Старшому з них був 41 рік, молодшому — 24": a bare figure after a dash that goes on from a figure of years
    with no span before it ("за 3 роки", "с 2022 года") is an age (or a length of time) too, no count."""
    before = [f for f in figures if f.end <= num.start]
    if not before:
        return False  # (most dashes: no figure before the bare one)
    f = before[-1]
    numbers, spans, dates = (doc.lang.grammar[k] for k in ("numbers", "spans", "dates"))
    return f.last_token + 1 < len(toks) and numbers.match(toks, f.last_token + 1, key="lengths_of_time") is not None \
        and not any(spans.match(toks, k, key="span_lead") or dates.match(toks, k, key="since_before")
                    for k in range(max(0, f.first_token - 2), f.first_token))


def an_age_of_one_of_them(doc: DocText, sent: Sentence, num: Number, figures: Sequence[Number]) -> bool:
    """"Одному з них був 31 рік", "Одной из погибших было 19 лет": the one of those counted before whose clause tells
    a figure of years and no outcome is given an age, no count."""
    toks = sent.tokens
    k = num.last_token + 1
    if k + 1 >= len(toks) or not doc.lang.grammar["context"].match(toks, k, k + 1, "part_of"):
        return False
    lo, hi = clause_bounds(doc, sent, num)
    years = doc.lang.grammar["numbers"]
    return any(num.end <= f.start and f.last_token + 1 < hi
               and years.match(toks, f.last_token + 1, key="lengths_of_time") is not None for f in figures) \
        and not doc.lang.outcomes_people.find_all(toks, lo, hi)


def downed_after_all(doc: DocText, sent: Sentence, hi: int) -> bool:
    """"10 із них не долетіли до Києва, їх збили": a later clause of the sentence (past ``hi``, the end of the figure's)
    says the things its figure lost one way or another were downed (not "локаційно втрачені: їх подавили засоби
    РЕБ", jammed: lost)."""
    return bool(doc.lang.grammar["context"].find_all(sent.tokens, hi, len(sent.tokens), key="downed_them"))
