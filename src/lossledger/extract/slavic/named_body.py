"""A side word that names no loss: the body that speaks (the war a span counts from is read in ``mentions``)."""

from __future__ import annotations

from collections.abc import Iterable

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between

_Hit = tuple[str, int, int]


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


#: how many words a title's name may run on in the genitive before the place it is of ("министр здравоохранения и
#: социальной защиты Белгородской области")
_TITLE_RUNS_ON = 5


def officials_of_a_region(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """"Министр здравоохранения Белгородской области": a state's body or title (a key of that state's own) whose name
    goes on in the genitive, with no mark between, to a place of the same state is that place's authorities, the
    state's officials (profiles' ``state_claimants``), whatever the bare title names alone ("министр": the defence
    minister)."""
    hits = _heads_of_the_state_named(doc, toks, hits)
    if not hits or not doc.lang.places.find_all(toks):
        return hits  # (no place the war's words know: most sentences)
    out = []
    for key, a, b in hits:
        side = doc.profile.own_side(key)
        officials = doc.lang.state_claimants.get(side or "")
        if officials is not None and officials != key and _place_the_name_goes_on_to(doc, toks, b) == side:
            key = officials
        out.append((key, a, b))
    return out


def _place_the_name_goes_on_to(doc: DocText, toks: list[Token], end: int) -> str | None:
    """The side of the place a name ending at ``end`` goes on to in the genitive ("здравоохранения Курской области"),
    if it does."""
    for k in range(end, min(len(toks), end + _TITLE_RUNS_ON)):
        if text_between(doc.text, toks[k - 1].end, toks[k].start).strip(" "):
            return None  # (a mark between: "министр, Курская область")
        found = tags(toks[k].low, doc.lang.code)
        place = doc.lang.places.match(toks, k)
        if place is not None:
            return place[0] if "gent" in found else None
        if "gent" not in found and toks[k].low not in doc.lang.and_words:
            return None
    return None


def _heads_of_the_state_named(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """"Президент Білорусі", "президента Франції": a head of state's bare title (grammar ``head_of_state``) that a
    source's key gives one state is the state's named right after it, capitalised in the genitive: a place's state's
    officials, else another government's ("other")."""
    ctx = doc.lang.grammar["context"]
    if not hits or not ctx.find_all(toks, key="head_of_state"):
        return hits  # (no head of state by title: most sentences)
    out = []
    for key, a, b in hits:
        if b < len(toks) and ctx.match(toks, a, b, "head_of_state") == ("head_of_state", b) \
                and not text_between(doc.text, toks[b - 1].end, toks[b].start).strip(" ") \
                and toks[b].text[:1].isupper() and "gent" in (found := tags(toks[b].low, doc.lang.code)) \
                and not found & {"Name", "Surn", "Patr"} and doc.lang.sides.match(toks, b) is None:
            key = state_of_the_place_named(doc, toks, b)
        out.append((key, a, b))
    return out
