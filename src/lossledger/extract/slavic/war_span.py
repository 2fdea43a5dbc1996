""""Півтора року повномасштабної війни", "через два года после вторжения", "два роки після початку вторгнення": a
span (a count, a unit of ``dates.span_units``) counted from the war's start, as English reads "two years into the war"
(``..war_time``): an undated text with no other evidence is of the day the span reaches. Between the unit and the war
noun (``spans.war_nouns``) stand only the words of ``dates.war_span_links`` ("після", "начала", "повномасштабної");
"the first three months of the war" (a span long over) is not read."""

from __future__ import annotations

import datetime as dt

from ..date_mentions import add_months
from .mentions import DocText
from .numbers import number_word

__all__ = ["war_span"]

#: The most a span of the war may count, by unit (a longer count is of something else).
MOST = {"day": 5000, "week": 600, "month": 150, "year": 12}
#: The most link words between the unit and the war noun.
GAP = 3


def war_span(doc: DocText) -> dt.date | None:
    """The latest day a span of the war the text counts reaches, or None."""
    lang = doc.lang
    dates, spans = lang.grammar["dates"], lang.grammar["spans"]
    units = {w: unit for unit, words in lang.raw["grammar"]["dates"].get("span_units", {}).items() for w in words}
    war_start = doc.profile.war_start
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i in range(1, len(toks) - 1):
            unit = next((units[w] for w in toks[i].lemmas if w in units), None)
            if unit is None:
                continue
            prev = toks[i - 1]
            count = float(prev.low) if prev.low.isdigit() else number_word(lang, prev)
            if count is None or not 0 < count <= MOST[unit]:
                continue
            if i > 1 and any(lang.ordinals.get(w) == 1 for w in toks[i - 2].lemmas):
                continue  # "перші три місяці війни": a span long over
            k = i + 1
            while k < min(len(toks), i + 1 + GAP) and spans.match(toks, k, key="war_nouns") is None \
                    and dates.match(toks, k, key="war_span_links") is not None:
                k += 1
            if k < len(toks) and spans.match(toks, k, key="war_nouns") is not None:
                found.append(_after(war_start, count, unit))
    return max(found, default=None)


def _after(day: dt.date, count: float, unit: str) -> dt.date:
    """``day`` plus ``count`` units (a fractional month or year in whole months: "півтора року" is 18 months)."""
    if unit == "day":
        return day + dt.timedelta(days=round(count))
    if unit == "week":
        return day + dt.timedelta(days=round(7 * count))
    return add_months(day, round(count * (12 if unit == "year" else 1)))
