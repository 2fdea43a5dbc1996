"""The day of a strike told a few sentences before, for a toll "внаслідок удару" later in its paragraph: "Внаслідок
ракетного удару 5 грудня загинули 11 людей. Серед загиблих — юнак. Загалом, за даними поліції, внаслідок удару
постраждали 37 людей", "В результате удара 5 декабря погибли 11 человек. ... Всего в результате удара пострадали 37".
The sentence names the strike (an event phrase holding a word of striking, grammar ``strikes``) and no date of its own;
the nearest sentence before it in the paragraph that names a day names the same strike: that day is the toll's (not
where that sentence names another day, nor past one that names none of the strike)."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText
from .sentences import Sentence

__all__ = ["day_of_the_strike_before"]

#: How many sentences back the strike's day may be told.
_BACK = 4


def day_of_the_strike_before(doc: DocText, sent: Sentence) -> list[DateMention]:
    """The day (as a plain date at the sentence's first word) of the strike the sentence's event phrase names, told
    in a sentence before it in its paragraph; else nothing."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    struck = {lemma for _k, a, b in doc.lang.grammar["spans"].find_all(toks, key="event")
              for k in range(a, b) if ctx.match(toks, k, k + 1, "strikes") for lemma in toks[k].lemmas}
    if not struck:
        return []  # (no strike named: most sentences)
    at = doc.sentence_number.get(id(sent), 0)
    for back in range(at - 1, max(-1, at - 1 - _BACK), -1):
        prev = doc.sentences[back]
        if prev.paragraph != sent.paragraph:
            return []
        days = [d for d in doc.dates.get(id(prev), []) if d.kind == "day" and d.month and d.role == "plain"]
        if not days:
            continue
        if len(days) > 1 or not any(t.lemmas & struck for t in prev.tokens):
            return []
        d = days[0]
        return [DateMention(toks[0].start, toks[0].end, d.year, d.month, d.day, "plain", d.kind, 0, 0)]
    return []
