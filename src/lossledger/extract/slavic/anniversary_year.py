""""У річницю вторгнення, у 2024 році", "в годовщину вторжения в 2025 году": the war's anniversary with no ordinal
beside a year written near it is the anniversary of that year (24 February 2024, 2025), as English's "the anniversary
of the invasion in 2024" (``..war_time``). Read by ``dates._anniversaries`` (the year a few words either side)."""

from __future__ import annotations

from ...languages.morphology import Token
from .language import YEAR, Language

__all__ = ["anniversary_year"]

#: How many words before the anniversary's noun and after it a year may stand ("у 2024 році, в річницю"; "річницю
#: повномасштабного вторгнення у 2024 році").
BEFORE, AFTER = 5, 6


def anniversary_year(tokens: list[Token], lang: Language, at: int, war_year: int) -> int | None:
    """How many years old the war is on the anniversary named at ``tokens[at]`` by the one year after the war's
    written within a few words of it; None: none, or several."""
    kinds = lang.token_kinds(tokens)[0]
    years = {int(tokens[k].low) for k in range(max(0, at - BEFORE), min(len(tokens), at + AFTER + 1))
             if kinds[k] & YEAR and tokens[k].low.isdigit()}
    return years.pop() - war_year if len(years) == 1 and max(years) > war_year else None
