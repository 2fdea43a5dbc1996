"""A birth date dates nothing: "родившийся 12 марта 1995 года", "народжений 3 травня 1990 року", "1995 року
народження". Such a date is no figure's day and no mark of when the text was written (``dates.find_dates`` drops it).
The words are the grammar's (``dates.birth_before``, ``dates.birth_after``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...languages.morphology import Token
from .language import Language

if TYPE_CHECKING:  # (``dates`` imports this module)
    from .dates import DateMention

#: How many words may stand between the word of birth and its date ("народився у 1995 році").
BIRTH_WORD_REACH = 2


def is_birth_date(tokens: list[Token], d: DateMention, lang: Language) -> bool:
    """Whether the date ``d`` of a sentence of ``tokens`` is someone's birth: a word of birth right before it (but for
    a preposition), or "(року) народження" right after it."""
    if d.kind not in ("day", "month", "year"):
        return False
    dates = lang.grammar["dates"]
    for k in range(max(0, d.first_token - BIRTH_WORD_REACH), d.first_token):
        hit = dates.match(tokens, k, d.first_token, "birth_before")
        if hit is not None and hit[1] in (d.first_token, d.first_token - 1) \
                and (hit[1] == d.first_token or len(tokens[hit[1]].low) <= 2):
            return True
    after = d.last_token + 1
    if after < len(tokens) and dates.match(tokens, after, key="year_words") is not None:
        after += 1  # "12 марта 1995 года рождения" (the year's word outside the date)
    return after < len(tokens) and dates.match(tokens, after, key="birth_after") is not None
