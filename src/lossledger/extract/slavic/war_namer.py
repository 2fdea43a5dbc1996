"""The side whose own name for the war a text uses ("с начала СВО погибли 93 прихожанина", "за ноябрь погибли пятеро
прихожан" in a notice of those "погибшим в ходе специальной военной операции"): where nothing else says whose people
a figure counts (no side word, no place, no source of a side), they are that side's. Only a name of the war that
names no country (the profile's ``war_names`` holding no side word: "СВО", "спецоперация"; not "в Украине"), and
one the text does not hold at arm's length: "так звана СВО", "так называемой спецоперации" (grammar ``context
.so_called`` right before it) is the other side's name quoted, not the text's own."""

from __future__ import annotations

from ...languages.morphology import Token
from .language import PEOPLE
from .mentions import DocText, Mention


def namer_side(doc: DocText) -> str | None:
    """The one side whose own name for the war the document uses, read once; None where it uses none or both."""
    if "war_namer" in doc.cache:
        return doc.cache["war_namer"]  # type: ignore[no-any-return]
    found: str | None = None
    if doc.lang.war_names is not None:
        named: set[str] = set()
        for s in doc.sentences:
            for key, a, b in own_war_names(doc, s.tokens):
                if not doc.lang.sides.find_all(s.tokens, a, b):
                    named.add(key)
        found = next(iter(named)) if len(named) == 1 else None
    doc.cache["war_namer"] = found
    return found


def named_war_side(doc: DocText, m: Mention) -> str | None:
    """``namer_side`` for people a figure counts as dead, hurt or missing, not as destroyed ("с начала СВО уничтожены:
    642 самолета", "уничтожено 300 военнослужащих" are someone's doing to the other side)."""
    if m.category not in PEOPLE or doc.lang.grammar["context"].find_all(m.sentence.tokens, key="destroy_verbs"):
        return None
    return namer_side(doc)


def own_war_names(doc: DocText, toks: list[Token]) -> list[tuple[str, int, int]]:
    """The profile's names of the war in ``toks`` (key, first, end) the text uses as its own: not right after a word
    holding it at arm's length ("так званої СВО", "так называемой «спецоперации»")."""
    table = doc.lang.war_names
    hits = table.find_all(toks) if table is not None else []
    if not hits:
        return hits
    ctx = doc.lang.grammar["context"]
    ends = {b for _k, _a, b in ctx.find_all(toks, key="so_called")}
    return [h for h in hits if h[1] not in ends] if ends else hits


def participants_side(doc: DocText, toks: list[Token], category: str) -> str | None:
    """The side of the people of ``category`` a sentence ``toks`` counts where it names them as those at a side's war
    by that side's name ("погибли 48 участников так называемой СВО", "погибших на СВО жителей"; grammar ``context
    .war_participants`` right before the name, a word holding it at arm's length between or not): the side whose name
    of the war it is. Not for those destroyed (someone's doing to the other side)."""
    table = doc.lang.war_names
    if table is None or category not in PEOPLE:
        return None
    hits = table.find_all(toks)
    if not hits:
        return None  # (no name of the war: most sentences)
    ctx = doc.lang.grammar["context"]
    if ctx.find_all(toks, key="destroy_verbs"):
        return None
    held = {b: a for _k, a, b in ctx.find_all(toks, key="so_called")}
    before = {b for _k, _a, b in ctx.find_all(toks, key="war_participants")}
    sides = {key for key, a, b in hits
             if (a in before or held.get(a, -1) in before) and not doc.lang.sides.find_all(toks, a, b)}
    return next(iter(sides)) if len(sides) == 1 else None
