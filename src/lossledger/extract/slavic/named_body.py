"""A side word that names no loss: the body that speaks (the war a span counts from is read in ``mentions``)."""

from __future__ import annotations

from collections.abc import Iterable

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between


def names_the_body_before(doc: DocText, toks: list[Token], bodies: Iterable[tuple[int, int]], a: int, b: int) -> bool:
    """"Повітряні сили ЗС України", "командование Воздушных сил ВСУ": a side word that goes on a claimant's name
    (words in the genitive or abbreviations, spaces between and no mark) is part of that name, whose body speaks,
    not whose losses ("За даними Генштабу росіяни втратили ..." keeps the nominative)."""
    ends = [end for _start, end in bodies if end <= a]
    if not ends:
        return False
    end = max(ends)
    # (the first word between is capitalised, a name's: "ЗС", "Збройних сил"; not "потери ВСУ", whose losses)
    return all(_goes_on_a_name(doc, toks, k, capitalised=k == end < a) for k in range(end, b))


def _goes_on_a_name(doc: DocText, toks: list[Token], k: int, *, capitalised: bool) -> bool:
    if text_between(doc.text, toks[k - 1].end, toks[k].start).strip(" "):
        return False
    if capitalised and not toks[k].text[:1].isupper():
        return False
    return toks[k].text.isupper() or "gent" in tags(toks[k].low, doc.lang.code)


def state_of_the_place_named(doc: DocText, toks: list[Token], k: int) -> str:
    """Whose a body is whose name goes on with a capitalised name in the genitive at ``k``: the state of a place the
    war's words know ("глава правительства Бурятии": Russia's officials), else another government's ("other")."""
    place = doc.lang.places.match(toks, k)
    return doc.lang.state_claimants.get(place[0], "other") if place is not None else "other"
