"""A body named with "our" ("по оценке нашего военного ведомства", "за оцінкою нашого оборонного відомства"): the
body the war's words name with a side's adjective ("российское военное ведомство": ru_mod) for the side the text is
written from (its press's words, else the opponent of the side whose losses its language's press usually counts)."""

from __future__ import annotations

from typing import Any

from ...languages.morphology import PhraseTable, Token, tokenize
from .mentions import DocText
from .own_unit import press_side
from .sides import default_side, opponent

_Hit = tuple[str, int, int]


def our_bodies(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with each body "our" names ("нашего военного ведомства") read as the text's own side's body in its
    place (a back-reference, "ведомство", read inside it is no longer the source named before)."""
    ctx = doc.lang.grammar["context"]
    owns = [a for _k, a, b in ctx.find_all(toks, key="own") if b == a + 1 and b < len(toks)]
    if not owns:
        return hits  # (no "our": most sentences)
    side = press_side(doc) or opponent(doc.profile, default_side(doc) or "")
    table = _tables(doc).get(side or "")
    if table is None:
        return hits
    for at in owns:
        found = table.match(toks, at + 1)
        if found is None:
            continue
        key, end = found
        if any(at < h[1] < end < h[2] for h in hits):
            continue  # ("наш министр иностранных дел": a longer title named, not the side's minister)
        hits = [h for h in hits if not (at <= h[1] < end)] + [(key, at, end)]
    return hits


def _tables(doc: DocText) -> dict[str, PhraseTable]:
    """{side: the bodies the profile names with that side's adjective, the adjective left off ("военное
    ведомство")}, read from the language's words once."""
    known = _TABLES.get(id(doc.lang))
    if known is None or known[0] is not doc.lang:
        by_side: dict[str, dict[str, list[str]]] = {}
        # (a title of office whose nation may follow it, "министр": "наш министр иностранных дел" is no defence
        # minister; grammar [titles] office)
        office = {lemma for word in doc.lang.raw["grammar"].get("titles", {}).get("office", ())
                  for t in tokenize(word, doc.lang.code) for lemma in t.lemmas}
        for key, phrases in doc.lang.raw["profile"].get("claimants", {}).items():
            for phrase in phrases:
                words = phrase.split()
                toks = tokenize(phrase, doc.lang.code)
                hit = doc.lang.sides.match(toks, 0) if len(toks) >= 2 and len(words) == len(toks) else None
                if hit is not None and len(toks) == 2 and not office.isdisjoint(toks[1].lemmas):
                    continue
                if hit is not None and hit[1] == 1:
                    by_side.setdefault(hit[0], {}).setdefault(key, []).append(" ".join(words[1:]))
        tables = {side: PhraseTable(table, doc.lang.code) for side, table in by_side.items()}
        known = _TABLES[id(doc.lang)] = (doc.lang, tables)
    found: dict[str, PhraseTable] = known[1]
    return found


#: {id of a language: (the language, {side: its bodies' table})}
_TABLES: dict[int, tuple[Any, dict[str, PhraseTable]]] = {}
