"""A side's minister named with a portfolio after the title ("российский министр иностранных дел заявил"): the
profile's words may give the side's adjective and the bare title ("российский министр") as the side's defence
ministry, but a title of office running on past it (grammar ``[titles]`` office: "министр иностранных дел") is
another ministry's, the side's state's other officials (profile ``[state_claimants]``)."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText

__all__ = ["portfolio_titles"]

_Hit = tuple[str, int, int]
#: the kind of title (grammar [titles]) that names no defence body
_OFFICE = "office"


def portfolio_titles(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with each of a ministry's keys whose words end inside a longer title of office ("российский
    министр" in "российский министр иностранных дел") read as the state officials of the side named at its start."""
    ministries = doc.profile.ministry_claimants
    if not any(k in ministries for k, _a, _b in hits) or doc.lang.title_tables is None:
        return hits
    found = doc.lang.title_tables[0].find_all(toks)
    spans = [(a, b) for kind, a, b in found if kind == _OFFICE]
    defence = [(a, b) for kind, a, b in found if kind != _OFFICE]
    out = []
    for key, a, b in hits:
        title = next((t for t in spans if key in ministries and a < t[0] < b < t[1]), None)
        if title is None and key in ministries and _portfolio_after(doc, toks, b) \
                and not any(x < b < y for x, y in defence):
            title = (b - 1, b + 1)  # "российский министр здравоохранения": a portfolio, not defence, after the title
        side = doc.lang.sides.match(toks, a) if title is not None else None
        if title is not None and side is not None and side[1] <= title[0]:
            out.append((doc.lang.state_claimants.get(side[0], key), a, title[1]))
        else:
            out.append((key, a, b))
    return out


def _portfolio_after(doc: DocText, toks: list[Token], b: int) -> bool:
    """A lower-case noun in the genitive right after the title ("министр здравоохранения", "міністр охорони"): the
    title's portfolio."""
    if b >= len(toks) or not toks[b].text[:1].islower() or doc.text[toks[b - 1].end:toks[b].start].strip():
        return False
    found = tags(toks[b].low, doc.lang.code)
    return "NOUN" in found and "gent" in found
