"""A bare figure whose own clause says where its people fell ("143 загинули на роботі, ще 643 — на фронті")."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token
from .funeral import fallen_side
from .mentions import DocText, Mention, text_between
from .numbers import Number


def at_war_in_own_clause(at_war: Sequence[tuple[str, int, int]], num: Number, numbers: Sequence[Number]) -> bool:
    """Whether a phrase of being at the war (``at_war`` hits) stands after ``num`` and before the next figure: the
    part told after it fell at the front, not the part before ("Із них 143 загинули на роботі, ще 643 — на фронті,
    захищаючи Україну": soldiers, the 643 only)."""
    end = _next_figure(num, numbers)
    return any(a > num.last_token and (end is None or a < end) for _key, a, _b in at_war)


def all_past_the_next_figure(at_war: Sequence[tuple[str, int, int]], num: Number, numbers: Sequence[Number]) -> bool:
    """Whether every phrase of being at the war stands past the figure after ``num``: told of that figure, not of
    this one ("Из них 143 человека погибли на работе, еще 643 — на фронте": the 143 stay who they were)."""
    end = _next_figure(num, numbers)
    return end is not None and all(a > end for _key, a, _b in at_war)


def beside_a_part_at_the_front(doc: DocText, toks: Sequence[Token], at_war: Sequence[tuple[str, int, int]],
                               num: Number, numbers: Sequence[Number]) -> bool:
    """Whether a part of people ("Із них 143 людини загинули на роботі, ще 643 — на фронті") stands before a part
    said to fall at the war, with every word of the army in the sentence past the next figure: the parts are told
    apart by where each fell, so this one, not at the front, is civilians (the whole sentence's words would make
    it soldiers too)."""
    if not at_war or not all_past_the_next_figure(at_war, num, numbers):
        return False
    end = _next_figure(num, numbers)
    return end is not None and all(a > end for _key, a, _b in doc.lang.military_context.find_all(toks))


def whole_of_parts_apart(doc: DocText, toks: Sequence[Token], at_war: Sequence[tuple[str, int, int]], num: Number,
                         numbers: Sequence[Number]) -> bool:
    """Whether ``num`` is a whole its parts follow in its sentence, after a colon or a word of a part ("загинули 120
    залізничників: 70 — на фронті, ще 50 — на роботі", "..., з них 70 — на фронті"), every phrase of being at the war
    past the next figure: the parts are told apart by where they fell, the whole is people of both kinds."""
    end = _next_figure(num, numbers)
    if end is None or not all_past_the_next_figure(at_war, num, numbers):
        return False
    ctx = doc.lang.grammar["context"]
    return ":" in text_between(doc.text, toks[num.last_token].end, toks[end].start) \
        or any(ctx.match(toks, a, a + 1, "part_of") for _k, a, _b in ctx.find_all(toks, num.last_token + 1, end,
                                                                                  "continuation"))


def _next_figure(num: Number, numbers: Sequence[Number]) -> int | None:
    """The first token of the figure after ``num`` in its sentence, if any."""
    return next((n.first_token for n in numbers if n.first_token > num.last_token), None)


def side_of_the_whole(doc: DocText, out: Sequence[Mention], carried: Mention | None) -> str | None:
    """The side of the figure a part at the front goes on from (the one before in the sentence, else the one it
    carries on), else the side the language's press mourns: its own people at the front, not the enemy's soldiers."""
    whole = out[-1] if out else carried
    return whole.side if whole is not None and whole.side is not None else fallen_side(doc)


def kind_of_a_part(doc: DocText, toks: Sequence[Token], num: Number, figures: Sequence[Number], before: Mention) -> str:
    """The kind of a bare figure after a part said to fall at the war, the mirror of ``beside_a_part_at_the_front``
    ("З них 30 людей загинули на фронті, ще 12 — під час обстрілів", "еще 30 — в результате ракетных ударов", "ще 50 —
    на роботі"): its own clause decides, so one about strikes or work, with no word of the army in it, is civilians;
    else the kind of the figure before."""
    if before.category != "personnel" or not any(f.last_token < num.first_token for f in figures):
        return before.category
    at_war = doc.lang.grammar["context"].find_all(toks, key="at_war")
    previous = max(f.last_token for f in figures if f.last_token < num.first_token)
    if not any(previous < a < num.first_token for _key, a, _b in at_war) \
            or any(a > num.last_token for _key, a, _b in at_war):
        return before.category  # (the part before fell at the war, this one is not said to)
    end = _next_figure(num, figures) or len(toks)
    struck = doc.lang.civilian_context.find_all(toks, num.last_token + 1, end) \
        or doc.lang.grammar["context"].find_all(toks, num.last_token + 1, end, "strikes") \
        or doc.lang.grammar["context"].find_all(toks, num.last_token + 1, end, "at_work")
    army = doc.lang.military_context.find_all(toks, num.last_token + 1, end) \
        or _struck_army_between(doc, toks, num.last_token + 1, end)
    return "civilians" if struck and not army else before.category


def _struck_army_between(doc: DocText, toks: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether an army is named after a place of it struck in ``toks[lo:hi]`` ("обстрілів позицій ВС РФ", "окопов
    ВС Украины", "позицій Сил оборони"): a word of the army, by whatever name, not of civilians."""
    ctx = doc.lang.grammar["context"]
    return any(a > lo and ctx.match(toks, a - 1, key="attack_targets") is not None
               for _key, a, _b in doc.lang.sides.find_all(toks, lo, hi))
