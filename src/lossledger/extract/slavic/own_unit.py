"""Whose soldiers a unit's are, where no side is named: "120 бійців бригади дістали поранення", "медики батальйону
евакуювали 410 поранених" count the unit's own, the speaker's side, else the side the text is written from; a figure
that restates the one before it ("У середньому це 20–25 бійців на добу") is of that figure's side. The side a
Russian-language text is written from is told by the words only one side's press uses ("оккупанты", "Силы обороны";
"СВО", "киевский режим"): profiles' [press_words]."""

from __future__ import annotations

from typing import Any

from ...languages.morphology import PhraseTable, tags
from .funeral import fallen_side
from .language import PEOPLE
from .mentions import DocText, Mention, text_between
from .tolls import soldiers_home


def soldiers_of_a_unit(doc: DocText, m: Mention) -> bool:
    """Whether ``m`` counts a unit's own soldiers: a unit word ("бригада", "батальон") in the genitive right after the
    figure's noun ("бійців (нашої) бригади"), or, for the wounded carried off, after the noun of those carrying them
    ("медики батальйону евакуювали"); not where the sentence names a side or someone destroys or captures them."""
    toks = m.sentence.tokens
    ctx = doc.lang.grammar["context"]
    units = ctx.find_all(toks, key="own_units")
    if not units or m.category not in PEOPLE:
        return False  # (no unit word: most sentences)
    if doc.lang.sides.find_all(toks) or ctx.find_all(toks, key="destroy_verbs") \
            or ctx.find_all(toks, key="taken_prisoner"):
        return False
    end = m.noun_end
    carried = m.outcome == "wounded" and ctx.find_all(toks, 0, m.number.first_token, "carried_away")
    for _key, a, b in units:
        if "gent" not in tags(toks[b - 1].low, doc.lang.code):
            continue
        start = a - 1 if a - 1 >= end and ctx.match(toks, a - 1, key="own") is not None else a
        if start == end and end > 0 and text_between(doc.text, toks[end - 1].end, toks[start].start).strip() == "":
            return True  # "120 бійців бригади", "9 бійців нашої бригади"
        if carried and b <= m.number.first_token:
            return True  # "медики батальйону евакуювали 410 поранених"
    return False


def unit_side(doc: DocText, m: Mention) -> str | None:
    """The side of a unit whose soldiers ``m`` counts: the speaker's own, else the side whose places the text says its
    soldiers are from ("батальйон, сформований з жителів Свердловської області"), else the side the text is written
    from."""
    own = doc.profile.own_side(m.claimant) if m.claimant else None
    return own or soldiers_home(doc) or fallen_side(doc) or press_side(doc)


def restates_the_figure_before(doc: DocText, prev: Mention | None, m: Mention) -> bool:
    """Whether ``m``, a rate whose sentence names no side, restates ``prev`` just before it in its paragraph by a word
    pointing back ("Це приблизно 15 бійців щодня", "В среднем это 15 бойцов в сутки")."""
    if prev is None or m.measure != "rate" or prev.measure == "rate" or prev.sentence is m.sentence \
            or prev.sentence.paragraph != m.sentence.paragraph or prev.category not in PEOPLE \
            or m.category not in PEOPLE or not prev.side:
        return False
    toks = m.sentence.tokens
    return bool(doc.lang.grammar["context"].find_all(toks, 0, m.number.first_token, "points_back")) \
        and not doc.lang.sides.find_all(toks)


def press_side(doc: DocText) -> str | None:
    """The side the text is written from by the words only its press uses, where the profile has them and one side's
    outnumber the other's; else None."""
    if "press_side" not in doc.cache:  # (read once a document asks: few do)
        table = _press_table(doc)
        votes: dict[str, int] = {}
        if table is not None:
            ctx = doc.lang.grammar["context"]
            for s in doc.sentences:
                hits = table.find_all(s.tokens)
                # ("так называемой СВО": the other side's word held at arm's length, not the press's own)
                held = {b for _k, _a, b in ctx.find_all(s.tokens, key="so_called")} if hits else ()
                for key, a, _b in hits:
                    if a not in held:
                        votes[key] = votes.get(key, 0) + 1
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        doc.cache["press_side"] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
            else None
    found: str | None = doc.cache["press_side"]
    return found


def _press_table(doc: DocText) -> PhraseTable | None:
    known = _PRESS_TABLES.get(id(doc.lang))
    if known is None or known[0] is not doc.lang:
        words = doc.lang.raw["profile"].get("press_words", {})
        # (none where the profile lists no word: the text's sentences are not scanned)
        table = PhraseTable(words, doc.lang.code) if any(words.values()) else None
        known = _PRESS_TABLES[id(doc.lang)] = (doc.lang, table)
    found: PhraseTable | None = known[1]
    return found


#: {id of a language: (the language, its press words' table, None where the profile has none)}
_PRESS_TABLES: dict[int, tuple[Any, PhraseTable | None]] = {}
