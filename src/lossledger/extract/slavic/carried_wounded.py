"""The wounded carried off or saved ("медики евакуювали 640 поранених", "эвакуировали с передовой 40 раненых"): a
count of the wounded, which a word of no loss that moves or saves people (grammar ``carried_away``) does not undo, as
it undoes the civilians evacuated or the people rescued alive."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText

__all__ = ["wounded_carried"]


def wounded_carried(doc: DocText, toks: list[Token], noun_outcome: str | None, lo: int, hi: int) -> bool:
    """Whether the figure counts a noun of the wounded and every word of no loss in ``toks[lo:hi]`` carries people
    away or saves them."""
    if noun_outcome != "wounded":
        return False  # (no noun of the wounded counted: most figures)
    ctx = doc.lang.grammar["context"]
    found = ctx.find_all(toks, lo, hi, "non_loss")
    return bool(found) and all(ctx.match(toks, a, key="carried_away") is not None for _key, a, _b in found)

