"""Parts of a count told apart by how each died ("З них 40 загинули на фронті, ще 30 — внаслідок ракетних ударів"):
strikes in the plural in a part's own clause are the cause over the whole's span, not one strike, and the part before
it takes no event from that clause."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText
from .numbers import Number, number_word


def strikes_of_a_part(doc: DocText, toks: list[Token], number: Number, lo: int, hi: int) -> bool:
    """Whether ``number`` is a part going on from a figure before it in its sentence ("ще 30 —", "еще 30 —") whose
    clause ``toks[lo:hi]`` speaks of attacks in the plural only ("внаслідок ракетних ударів"): how those of the part
    died over the whole's span, not the toll of one strike."""
    ctx = doc.lang.grammar["context"]
    if not _goes_on(doc, toks, number) or not _figure_before(doc, toks, number.first_token):
        return False
    attacks = ctx.find_all(toks, lo, hi, "attack")
    return bool(attacks) and all("plur" in tags(toks[b - 1].low, doc.lang.code) for _k, _a, b in attacks)


def next_part(doc: DocText, toks: list[Token], number: Number) -> int | None:
    """Where a part going on after ``number`` opens ("..., ще 30 — внаслідок ударів"): the words from there on are that
    part's, not ``number``'s; None where no part follows."""
    ctx = doc.lang.grammar["context"]
    for _k, a, b in ctx.find_all(toks, number.last_token + 1, len(toks), "continuation"):
        if b < len(toks) and _is_figure(doc, toks[b]):
            return a
    return None


def _goes_on(doc: DocText, toks: list[Token], number: Number) -> bool:
    """A word of going on ("ще", "еще") right before the number."""
    ctx = doc.lang.grammar["context"]
    return number.first_token > 0 and any(b == number.first_token
                                          for _k, _a, b in ctx.find_all(toks, max(0, number.first_token - 3),
                                                                        number.first_token, "continuation"))


def _figure_before(doc: DocText, toks: list[Token], first: int) -> bool:
    return any(_is_figure(doc, t) for t in toks[:first])


def _is_figure(doc: DocText, token: Token) -> bool:
    """A figure in digits or a number word ("30", "п'ятеро", "пятеро")."""
    return token.low[:1].isdigit() or number_word(doc.lang, token) is not None
