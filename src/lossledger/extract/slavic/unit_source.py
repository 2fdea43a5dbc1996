"""A unit of an army as a source ("как сообщили в 155-й бригаде", "по данным 36-й отдельной бригады ВСУ", "повідомили
в 3-му батальйоні", "Белорусский полк в составе ВСУ ... сообщил"): the key the profile gives that army's units
([unit_claimants]: the side named with the unit, else the side the text is written from). Only a numbered unit where
it is said, or one opening its sentence as the subject of a verb of saying: a bare "бригада" is as often the doer
("бригада уничтожила 200 боевиков") or whose soldiers ("командира бригады ВСУ") as a source."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between
from .own_unit import press_side
from .sides import CLAUSE_END, default_side, opponent

_Hit = tuple[str, int, int]
#: the marks between a unit's name and what follows it that end its name
_ENDS_NAME = re.compile(r"[,.;:!?—–‒−()«»\"]")
#: an adjective or a participle of a unit's name ("отдельной", "механизированной", "окремій")
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
#: how many words past a unit opening its sentence its verb of saying may stand ("полк в составе ВСУ в своем заявлении
#: сообщил")
_TO_VERB = 8
#: how many words past the unit noun a side word may stand and still be its army ("бригады морской пехоты ВСУ")
_NAME_WORDS = 4


def numbered_units(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """The sentence's sources ``hits`` with the units named by their number where they are said added, and a unit the
    war's words name already ("бригада") keyed by the army its name names ("в 155-й бригаді ЗС РФ")."""
    units = doc.lang.raw["profile"].get("unit_claimants")
    if not units:
        return hits
    found = doc.lang.grammar["context"].find_all(toks, key="numbered_units")
    if not found:
        return hits  # (no unit word: most sentences)
    named = {a: i for i, (_k, a, _b) in enumerate(hits)}
    covered = {i for _k, a, b in hits for i in range(a, b)}
    out = list(hits)
    for _key, a, b in found:
        start = _numbered(doc, toks, a)
        if (start is None or not _says(doc, toks, start, b)) and not _opens_saying(doc, toks, a, b):
            continue
        key, name_end, stated = _key_of_the_unit(doc, toks, a, b, units)
        if a in named and stated:
            out[named[a]] = (key, a, max(name_end, hits[named[a]][2]))  # ("в 155-й бригаді ЗС РФ": Russia's army)
        elif a not in covered:
            out.append((key, a, name_end))
    return out


def _numbered(doc: DocText, toks: list[Token], a: int) -> int | None:
    """The first token of an ordinal in digits ("155-й", "3-го", "47-ї") before the unit noun at ``toks[a]``,
    adjectives between ("36-й отдельной бригады"), if one stands there."""
    k = a
    while k > 0 and not tags(toks[k - 1].low, doc.lang.code).isdisjoint(_ADJECTIVES) and not toks[k - 1].low.isdigit():
        k -= 1
    if k >= 2 and toks[k - 2].low.isdigit() and len(toks[k - 1].low) <= 3 \
            and text_between(doc.text, toks[k - 2].end, toks[k - 1].start) == "-":
        return k - 2
    return None


def _opens_saying(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    """Whether the unit at ``toks[a:b]``, numbered or not, opens its sentence as the subject of a verb of saying a few
    words on, its army between ("Белорусский полк в составе ВСУ в своем заявлении сообщил"); not one a title is of
    ("Командир полка ВСУ сообщил": the genitive)."""
    found = tags(toks[b - 1].low, doc.lang.code)
    if "nomn" not in found or "gent" in found \
            or any(tags(t.low, doc.lang.code).isdisjoint(_ADJECTIVES) for t in toks[:a]):
        return False
    verbs = doc.lang.grammar["context"].find_all(toks, b, min(len(toks), b + _TO_VERB), "report_verbs")
    return bool(verbs) and not CLAUSE_END.search(text_between(doc.text, toks[b - 1].end, toks[verbs[0][1]].start))


def _says(doc: DocText, toks: list[Token], start: int, end: int) -> bool:
    """Whether the unit from ``toks[start]`` to ``toks[end]`` stands as who says: in it, right after a verb of saying
    ("сообщили в 155-й бригаде") or before one ("в 47-й бригаде рассказали"), after a source marker ("по данным
    36-й бригады"), or as the subject of a verb of saying right after its name ("3-й батальон сообщил"); not the
    subject of a clause reported ("что 47-я бригада потеряла 300").
    """
    ctx = doc.lang.grammar["context"]
    verbs = ctx.find_all(toks, key="report_verbs")
    if any(b == start for _k, _a, b in ctx.find_all(toks, key="source_markers")):
        return True
    inside = start > 0 and ctx.match(toks, start - 1, start, "at_body") is not None
    if inside and any(b == start - 1 for _k, _a, b in verbs):
        return True  # "сообщили в 155-й бригаде"
    if end >= len(toks) or _ENDS_NAME.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        return False
    return any(end <= a <= end + _NAME_WORDS for _k, a, _b in verbs)  # "в 47-й бригаде рассказали"


def _key_of_the_unit(doc: DocText, toks: list[Token], a: int, b: int,
                     units: dict[str, str]) -> tuple[str, int, bool]:
    """(the key of the army the unit at ``toks[a:b]`` is of, the end of its name, whether its name says which): a side
    word right before it or among its name's words after it ("российской бригады", "бригады морской пехоты ВС РФ",
    which end its name), else the side the text is written from."""
    sides = doc.lang.sides
    before = sides.match(toks, a - 1) if a > 0 else None
    if before is not None and before[0] in units:
        return units[before[0]], b, True
    for k in range(b, min(len(toks), b + _NAME_WORDS)):
        if _ENDS_NAME.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            break
        side = sides.match(toks, k)
        if side is not None:
            return units.get(side[0], units.get("default", "other")), side[1], side[0] in units
    own = press_side(doc) or opponent(doc.profile, default_side(doc) or "")
    return units.get(own or "", units.get("default", "other")), b, False
