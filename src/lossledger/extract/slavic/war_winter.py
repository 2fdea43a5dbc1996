""""Третя зима війни", "третья зима войны": the Nth winter since the war began (an ordinal of ``dates.ordinals``, a
winter of ``dates.seasons``, a war noun of ``spans.war_nouns`` after it), as in English (``..war_winter``): an undated
text with no other evidence is of the winter's first day."""

from __future__ import annotations

import datetime as dt

from ..war_winter import WINTER_MONTH, winter_of_war
from .language import SEASON
from .mentions import DocText

__all__ = ["war_winter"]


def war_winter(doc: DocText) -> dt.date | None:
    """The first day of the latest winter of the war the text counts, or None."""
    lang = doc.lang
    winters = {w for w, month in lang.raw["grammar"]["dates"].get("seasons", {}).items() if month == WINTER_MONTH}
    spans = lang.grammar["spans"]
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        if not lang.token_kinds(toks)[1] & SEASON:
            continue  # (no season's word, a bit of the sentence's kinds: most sentences, not looped over)
        for i in range(1, len(toks) - 1):
            if winters.isdisjoint(toks[i].lemmas):
                continue
            n = next((lang.ordinals[w] for w in toks[i - 1].lemmas if w in lang.ordinals), None)
            if n is not None and spans.match(toks, i + 1, key="war_nouns") is not None \
                    and (span := winter_of_war(doc.profile.war_start, n)) is not None:
                found.append(span[0])
    return max(found, default=None)
