"""A night's or a day's span with no date of its own after the day of the attack the paragraph names ("Рано утром в
воскресенье дроны атаковали Рыльск. ... Всего над областью за ночь уничтожены 11 беспилотников", "У неділю дрони
атакували Суми. За ніч над областю збито 11 безпілотників"): the night or day of that attack, not the one before the
publication."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText
from .sentences import Sentence

#: the spans' keys of a sentence that carries its own span on (``spans`` in the grammar)
_SPANS = frozenset({"day", "week", "month"})
#: how many sentences back, within the paragraph, the attack's day is looked for
_BACK = 3


def night_of_the_day_before(doc: DocText, sent: Sentence) -> list[DateMention]:
    """The day (a weekday, or a date with its month) an earlier sentence of ``sent``'s paragraph names, with no span of
    its own, where ``sent`` names a night's or a day's span ("за ночь", "за ніч", "за сутки") and no date; else []."""
    toks = sent.tokens
    spans = doc.lang.grammar["spans"]
    if not toks or not any(key == "day" for key, _a, _b in spans.find_all(toks)):
        return []  # (most sentences)
    at = doc.sentence_number.get(id(sent), 0)
    for back in range(at - 1, max(at - 1 - _BACK, -1), -1):
        prev = doc.sentences[back]
        if prev.paragraph != sent.paragraph or any(key in _SPANS for key, _a, _b in spans.find_all(prev.tokens)):
            return []  # (another paragraph's, or a span of its own: "Уночі 18 листопада ...", carried as it is)
        named = [d for d in doc.dates.get(id(prev), []) if d.kind == "weekday" and d.day is not None
                 or d.kind == "day" and d.month and d.day]
        if named:
            d = named[-1]
            return [DateMention(toks[0].start, toks[0].end, d.year, d.month, d.day, "plain", d.kind, 0, 0)]
    return []
