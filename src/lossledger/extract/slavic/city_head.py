"""A city's head by the city's name ("глава Светлогорска Белгородской области сообщил", "мер Нижньобережного на
Херсонщині повідомив"): the head of a city the war's words do not know is an official of the state of the place the
sentence names beside it (a region, as "мэр города" is read), and no one's where the sentence names none."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .language import CITY_HEAD
from .mentions import DocText, text_between
from .saying import verb_follows

__all__ = ["heads_of_a_city"]

_Hit = tuple[str, int, int]
#: how many words after the city's name its verb of saying may stand ("глава Светлогорска Белгородской области
#: сообщил")
_TO_VERB = 4


def heads_of_a_city(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with each city head named by the city's name (profiles' ``[city_heads]``, a capitalised name in the
    genitive right after the title, no mark between) read as a local source (the hits inside it given up), where the
    sentence names a place of one state, the subject of a verb of saying or after a source marker."""
    # (a title is a kind of token, ``CITY_HEAD``, read once per form and process and per sentence)
    kinds, every = doc.lang.token_kinds(toks)
    if not every & CITY_HEAD:
        return hits  # (no city head's title: most sentences)
    at = [i for i in range(len(toks) - 1) if kinds[i] & CITY_HEAD]
    if not at:
        return hits  # (a title only as the sentence's last word)
    if len({key for key, _a, _b in doc.lang.places.find_all(toks)}) != 1:
        return hits  # (no place, or places of both states: nothing settles whose the city is)
    ctx = doc.lang.grammar["context"]
    verbs = {a for _k, a, _b in ctx.find_all(toks, key="report_verbs")}
    markers = {b for _k, _a, b in ctx.find_all(toks, key="source_markers")}
    for i in at:
        city = toks[i + 1]
        found = tags(city.low, doc.lang.code)
        if not city.text[:1].isupper() or found & {"Name", "Patr"} \
                or text_between(doc.text, toks[i].end, city.start).strip(" ") \
                or doc.lang.places.match(toks, i + 1) is not None:
            continue  # (not a name: "мэр Сергей Петров"; a city the words know is read as a place)
        if ("gent" not in found or "Surn" in found) and not _region_after(doc, toks, i + 2):
            continue  # (a name the dictionary does not read as a place's genitive, "мэр Иванов", with no region after)
        if any(a <= i + 1 < b and b - a > 1 for _k, a, b in hits):
            continue  # (inside a longer source named already: "мэр Белгорода")
        if i not in markers and not verb_follows(doc, toks, i + 2, verbs, _TO_VERB):
            continue
        hits = [h for h in hits if not (i <= h[1] < i + 2)] + [("local", i, i + 2)]
    return hits


def _region_after(doc: DocText, toks: list[Token], k: int) -> bool:
    """Whether a place the war's words know stands at ``toks[k]`` right after the name before it ("Светлогорска
    Белгородской области": the city's region, which tells the name before it for a city's)."""
    return k < len(toks) and not text_between(doc.text, toks[k - 1].end, toks[k].start).strip(" ") \
        and doc.lang.places.match(toks, k) is not None
