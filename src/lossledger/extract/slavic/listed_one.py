"""One thing named bare in a counted list after a verb of downing ("сбиты три управляемые авиабомбы, реактивный снаряд
HIMARS и 312 беспилотников"): the verb before the list is the item's, though the item before it counts no loss."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, is_adjectival, text_between
from .numbers import number_word

#: the gap between two items of one list: a comma, nothing that ends a clause
_ITEM_GAP = re.compile(r"\s*,?\s*")
_LIST_REACH = 14  # tokens from the verb to the item: a few counted items


def verb_before_a_counted_list(doc: DocText, toks: list[Token], first: int, end: int) -> int | None:
    """The verb of downing or destroying that opens the comma list holding the item ``toks[first:end]``, when an
    item counted with a figure comes between them and no verb of its own follows the item in its part of the list
    (not "сбиты 20 дронов, самолет вернулся на базу")."""
    lang = doc.lang
    if first == 0 or text_between(doc.text, toks[first - 1].end, toks[first].start).strip() != ",":
        return None
    k = end
    while k < len(toks) and toks[k].low not in lang.and_words \
            and _ITEM_GAP.fullmatch(text_between(doc.text, toks[k - 1].end, toks[k].start)):
        if tags(toks[k].low, lang.code) & {"VERB", "PRTS", "INFN"}:
            return None
        k += 1
    counted = False
    for j in range(first - 1, max(-1, first - _LIST_REACH), -1):
        if not _ITEM_GAP.fullmatch(text_between(doc.text, toks[j].end, toks[j + 1].start)):
            return None  # (a stop, a colon or a dash: another clause)
        if toks[j].low[:1].isdigit() or number_word(lang, toks[j]) is not None:
            counted = True
        elif lang.outcomes_equipment.match(toks, j, key="destroyed"):
            return j if counted else None
    return None


def adjectives_before_item(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    """``toks[lo:hi]`` are the item's adjectives: "в том числе большой десантный корабль", and a figure glued by a
    hyphen to the word after it ("155-мм гаубицу", "120-мм миномет": a calibre, an adjective, no count)."""
    k = lo
    while k < hi:
        if toks[k].low.isdigit() and k + 1 < hi and doc.text[toks[k].end:toks[k + 1].start] == "-":
            k += 2
        elif is_adjectival(toks[k], doc.lang.code):
            k += 1
        else:
            return False
    return True


def verb_of_its_own(doc: DocText, toks: list[Token], b: int) -> bool:
    """The thing named bare that ends at ``b`` is the subject of a verb of its own, a finite one not in the plural
    that is no outcome: "сбиты 20 беспилотников, самолет вернулся на базу" (not one more thing of the list; not
    "вертолет был уничтожен", a verb before the outcome's participle)."""
    if b >= len(toks) or text_between(doc.text, toks[b - 1].end, toks[b].start).strip(" "):
        return False
    found = tags(toks[b].low, doc.lang.code)
    if "VERB" not in found or "plur" in found or found & {"Impe", "PRTS", "pssv"}:
        return False
    if doc.lang.outcomes_equipment.match(toks, b) is not None:
        return False
    return not (b + 1 < len(toks) and tags(toks[b + 1].low, doc.lang.code) & {"PRTS", "Impe", "pssv"})


def passive_after(doc: DocText, toks: list[Token], b: int) -> int:
    """The index of a short participle or passive form right after a thing named at ``toks[:b]`` ("вертолет сбит"),
    past its make ("Ка-52") and a form of the auxiliary before it (grammar ``auxiliary_words``: "самолет был сбит",
    "літак було збито"); -1 where none."""
    while b + 1 < len(toks) and doc.text[toks[b].end:toks[b + 1].start] == "-" and toks[b + 1].low[:1].isdigit():
        b += 2  # ("вертолет Ка-52 был сбит": past the make)
    k = b + 1 if b + 1 < len(toks) and toks[b].low in doc.lang.raw["grammar"].get("auxiliary_words", ()) else b
    return k if k < len(toks) and tags(toks[k].low, doc.lang.code) & {"PRTS", "Impe", "pssv"} else -1


def participle_after_auxiliary(doc: DocText, toks: list[Token], k: int, a: int) -> int:
    """The index of a passive participle right after an auxiliary within ``toks[k:a]``, before the thing at ``a`` it
    names ("був збитий російський гелікоптер": Ukrainian tags the participle as the thing's adjective, and "була" may
    read as one too); -1 where none."""
    auxiliary = doc.lang.raw["grammar"].get("auxiliary_words", ())
    return next((j + 1 for j in range(max(0, k), a - 1)
                 if toks[j].low in auxiliary and "pssv" in tags(toks[j + 1].low, doc.lang.code)), -1)


def verb_places(doc: DocText, toks: list[Token], k: int, a: int, b: int) -> tuple[int, int, int]:
    """Where the verb of a thing named bare at ``toks[a:b]`` may stand: ``k``, right before its adjectives ("сбит
    украинский вертолет"); a passive after it ("вертолет был уничтожен"); a participle after an auxiliary before it
    ("був збитий російський гелікоптер")."""
    return k, passive_after(doc, toks, b), participle_after_auxiliary(doc, toks, k, a)
