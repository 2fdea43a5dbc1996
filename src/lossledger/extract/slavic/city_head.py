"""A city's head by the city's name ("глава Светлогорска Белгородской области сообщил", "мер Нижньобережного на
Херсонщині повідомив"): the head of a city the war's words do not know is an official of the state of the place the
sentence names beside it (a region, as "мэр города" is read), and no one's where the sentence names none."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .attacked import attacked_side
from .language import CITY_HEAD
from .mentions import DocText, text_between
from .occupied import occupier
from .saying import verb_follows

__all__ = ["heads_of_a_city", "heads_of_a_struck_city"]

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
        if (region := _region_head(doc, toks, i)) is not None:
            if not any(a <= i < b for _k, a, b in hits) and (
                    i in markers or i - 1 in verbs or verb_follows(doc, toks, region, verbs, _TO_VERB)):
                # ("глава Курганской области сообщил", "..., сообщил глава Курганской области": a region's head by
                # the region, an official of its state)
                hits = [h for h in hits if not (i <= h[1] < region)] + [("local", i, region)]
            continue
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


def _region_head(doc: DocText, toks: list[Token], i: int) -> int | None:
    """The end of a region's name right after the title at ``toks[i]`` ("глава Курганской области": a place's
    adjective the war's words know, then a region's noun, profiles' ``[city_heads] regions``), else None."""
    regions = doc.lang.raw.get("profile", {}).get("city_heads", {}).get("regions", ())
    place = doc.lang.places.match(toks, i + 1)
    if place is None or place[1] >= len(toks) or text_between(doc.text, toks[i].end, toks[i + 1].start).strip(" "):
        return None
    return place[1] + 1 if toks[place[1]].lemmas & frozenset(regions) else None


def heads_of_a_struck_city(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with a city head named by a title alone (grammar ``context.city_titles``: "міський голова", "мер")
    read as an official of the side an attack the sentence tells of struck, where that is not the state the title is
    read as ("внаслідок обстрілу ЗСУ Горлівки ..., повідомив міський голова": the head of a city Ukraine's army
    shelled, an official the other side installed)."""
    if not hits or not doc.lang.grammar["context"].find_all(toks, key="city_titles"):
        return hits
    # (else the side holding a place told occupied: "В окупованому Мелітополі ..., повідомив мер міста")
    struck = attacked_side(doc, toks) or occupier(doc, toks)
    state = doc.lang.state_claimants.get(struck) if struck else None
    if state is None:
        return hits
    ctx = doc.lang.grammar["context"]
    # (the title may run past the source's word: "мер міста" over the claimants' "мер")
    return [(state, a, t[1]) if k in doc.lang.state_claimants.values() and k != state
            and (t := ctx.match(toks, a, key="city_titles")) is not None and t[1] >= b else (k, a, b)
            for k, a, b in hits]
