"""A newsroom's own count of soldiers who died ("За підрахунками редакції, загинули 120 військових", "Наші журналісти
нарахували 145 загиблих", "По подсчетам редакции, погибли 140 военных"): the dead a newsroom can count, by name, are
those of the side it writes from (the language's press's own, profiles' ``fallen_side``; in a language written from
either side, the side its press's words tell), where the sentence names no side and no one destroys them."""

from __future__ import annotations

from ...languages.morphology import Token
from .funeral import fallen_side
from .mentions import DocText
from .own_unit import press_side


def newsrooms_dead_side(doc: DocText, toks: list[Token], before: int) -> str | None:
    """The side of soldiers who died that the article's own newsroom counted (before the figure at ``before``: an
    outlet's word, "редакція", right after a count's word, "за підрахунками", or after "наш", "наші журналісти"),
    where the sentence says they died ("загинули", "загиблих") and no one killed them; else None."""
    ctx = doc.lang.grammar["context"]
    present = ctx.keys_in(toks)
    if "destroy_verbs" in present or not ({"outlet", "own"} & present):
        return None  # (most sentences)
    if "died" not in present and not any(key == "killed" for key, _a, _b in doc.lang.outcomes_people.find_all(toks)):
        return None  # (not the dead: "загинули", "загиблих")
    markers = {b for _k, _a, b in ctx.find_all(toks, 0, before, "source_markers")}
    owns = {b for _k, _a, b in ctx.find_all(toks, 0, before, "own")}
    counted = any(a in markers or a in owns for _k, a, _b in ctx.find_all(toks, 0, before, "outlet")) \
        or any(k in owns and ctx.match(toks, k, key="newsroom") is not None for k in range(before))
    if not counted:
        return None
    return fallen_side(doc) or press_side(doc)


def newsroom_counts(doc: DocText, toks: list[Token]) -> bool:
    """Whether a count's word has an outlet's word right after it ("за підрахунками редакції", "по подсчетам
    издания"): the count is the newsroom's (or the outlet's named before), not a body's the sentence names."""
    ctx = doc.lang.grammar["context"]
    outlets = {a for _k, a, _b in ctx.find_all(toks, key="outlet")}
    return any(b in outlets for _k, _a, b in ctx.find_all(toks, key="source_markers"))


def read_by_own_newsroom(doc: DocText, toks: list[Token],
                         hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``hits`` less the bodies whose reports the article's own newsroom read for its count ("такий підрахунок зробила
    наша редакція за повідомленнями міської ради", "подсчитала наша редакция по сообщениям администраций"): a body
    after a source's word that follows "наша редакція" is the count's basis, not its source."""
    ctx = doc.lang.grammar["context"]
    ours = [b for _k, _a, b in ctx.find_all(toks, key="own") if b < len(toks)
            and (ctx.match(toks, b, key="outlet") is not None or ctx.match(toks, b, key="newsroom") is not None)]
    if not ours:
        return hits  # (most sentences: no newsroom of the article's own)
    bases = {b for _k, a, b in ctx.find_all(toks, key="source_markers") if a > ours[0]}
    return [h for h in hits if h[1] not in bases]
