"""The whole a "серед них" item is one of, told with its verb between: "Семеро людей зазнали поранень, серед них
дитина", "Семь человек получили ранения, среди них ребенок". The figure's noun need not end right before the comma:
its clause may close on a word of the people's outcome ("зазнали поранень", "получили ранения"), with no break between
(a figure of another clause is no whole of the item)."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token
from .mentions import DocText, Mention, text_between
from .sides import CLAUSE_END

__all__ = ["closes_before"]

#: How many words of its outcome ("зазнали поранень", "дістали поранення") may stand between the whole's noun and the
#: comma before "серед них".
_VERB_WORDS = 3


def closes_before(doc: DocText, toks: Sequence[Token], found: Mention, p: int) -> bool:
    """Whether the figure ``found`` closes right before the continuation opening at ``toks[p]``: its noun ends there
    (or one word before), or its clause goes on to there on words of the people's outcome alone."""
    end = max(found.noun_end, found.number.last_token + 1)
    if end in (p, p - 1):
        return True
    if not 0 < end < p or p - end > _VERB_WORDS or CLAUSE_END.search(
            text_between(doc.text, toks[end - 1].end, toks[p - 1].end)):
        return False
    return any(doc.lang.outcomes_people.match(toks, k) is not None for k in range(end, p))
