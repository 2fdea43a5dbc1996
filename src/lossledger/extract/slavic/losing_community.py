"""Whose soldiers a community or a place lost: "Громада втратила 30 військових", "Бурятия потеряла 500 военных". The
subject of a verb of losing that is a place the war's words know loses its own state's soldiers; one that is a
community (grammar ``losing_community``: a hromada, a village, a district) loses those of the place named in the
sentence, else those of the text's own side (profiles' ``fallen_side``)."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .funeral import fallen_side
from .mentions import DocText, text_between

#: how far before the verb of losing its subject may start ("Від початку вторгнення Вишнівська селищна рада втратила")
_SUBJECT_WITHIN = 4
#: a mark that ends the clause the subject stands in
_CLAUSE_MARK = re.compile(r"[,.;:!?—–(]")


def losing_community_side(doc: DocText, toks: list[Token], first: int) -> str | None:
    """The side whose soldiers the subject of a verb of losing before the figure at ``first`` lost, where that subject
    is a place (its state's) or a community (the place named in the sentence's, else the text's own); else None."""
    ctx = doc.lang.grammar["context"]
    communities = ctx.find_all(toks, 0, first, key="losing_community")
    places = doc.lang.places.find_all(toks, 0, first)
    if not communities and not places:
        return None  # (no community or place before the figure: most sentences; no verb is looked for)
    verb = _verb_of_losing(doc, toks, first)
    if verb is None:
        return None
    subject = _subject_before(doc, toks, verb, [*communities, *places])
    if subject is None:
        return None
    key, _a, _b = subject
    if key != "losing_community":
        return _state_of(doc, key)
    named = {k for k, _a, _b in doc.lang.places.find_all(toks)}
    if len(named) == 1:
        return _state_of(doc, named.pop())  # ("Село в Бурятії втратило 12 військових": the place named's)
    return fallen_side(doc) if not named else None


def _verb_of_losing(doc: DocText, toks: list[Token], first: int) -> int | None:
    """The verb of losing ("втратила", "потеряло") nearest before ``first``, if one."""
    for k in range(first - 1, -1, -1):
        hit = doc.lang.outcomes_people.match(toks, k)
        if hit is not None and hit[0] == "losses" and "VERB" in tags(toks[k].low, doc.lang.code):
            return k
    return None


def _subject_before(doc: DocText, toks: list[Token], verb: int,
                    found: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The community or place among ``found`` that ends the nominative words right before ``verb`` in its clause:
    its subject ("Вишнівська громада втратила", not "по селу ... втратили")."""
    lo = verb
    while lo > max(0, verb - _SUBJECT_WITHIN) and "nomn" in tags(toks[lo - 1].low, doc.lang.code) \
            and not _CLAUSE_MARK.search(text_between(doc.text, toks[lo - 1].end, toks[lo].start)):
        lo -= 1
    inside = [h for h in found if lo <= h[1] and h[2] <= verb]
    # (a place in the subject names whose it is before a community's noun: "Курська громада")
    return next((h for h in inside if h[0] != "losing_community"), inside[0] if inside else None)


def _state_of(doc: DocText, place: str) -> str | None:
    """The side a place's key names, if the war knows it."""
    return place if place in doc.profile.sides else None
