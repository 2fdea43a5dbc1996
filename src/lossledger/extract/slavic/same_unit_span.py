"""The span "за цей же тиждень", "за той самий місяць" refers to when no figure before it has one: the nearest
sentence before that names a span of that length ("З 1 по 7 грудня ... окупували 94 км²": a week of no loss
figure), else a span of the unit's length with no dates ("за той же тиждень": a week); and the figures whose span is
set aside as a narrower one ("Лише за листопад ..."), which "за той самий період" passes over."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText, Mention
from .numbers import Number
from .spans import find_measure

__all__ = ["narrowed", "unit_span_before"]

#: How many sentences back the span of a unit may stand, the nearest first.
_SENTENCES_BACK = 6

#: the unit keys of the spans grammar and the lengths in days a span of each may have
_UNITS = {"unit_week": (7.0, 7.0), "unit_month": (28.0, 31.0), "unit_year": (365.0, 366.0)}


def unit_span_before(doc: DocText, m: Mention
                     ) -> tuple[str, float | None, DateMention | None, DateMention | None] | None:
    """(measure, days, start, end) of the span of the unit the words "за цей же тиждень" of ``m``'s sentence name,
    from the nearest sentence before naming one of its length; a week's bare length where none does; None where the
    words name no unit."""
    toks = m.sentence.tokens
    spans = doc.lang.grammar["spans"]
    unit = None
    for _key, a, b in spans.find_all(toks, key="this_period"):
        unit = next((key for k in range(a, b) for key in _UNITS if spans.match(toks, k, key=key)), None)
        if unit is not None:
            break
    if unit is None:
        return None  # ("за цей час": no unit of its own)
    shortest, longest = _UNITS[unit]
    here = doc.sentence_number.get(id(m.sentence), 0)
    for k in range(here - 1, max(-1, here - 1 - _SENTENCES_BACK), -1):
        prev = doc.sentences[k]
        if not prev.tokens:
            continue
        fake = Number(prev.end, prev.end, 0, None, False, len(prev.tokens), len(prev.tokens) - 1)
        measure, days, since, as_of = find_measure(doc, prev, fake, 0, len(prev.tokens), doc.dates.get(id(prev), []))
        if measure == "period" and days is not None and shortest <= days <= longest:
            return measure, days, since, as_of
    return ("period", shortest, None, None) if unit == "unit_week" else None


def narrowed(doc: DocText, m: Mention) -> bool:
    """Whether ``m``'s sentence opens on a narrower span set aside ("Лише за листопад аналітики підтвердили ...",
    grammar ``narrowing``)."""
    return doc.lang.grammar["context"].match(m.sentence.tokens, 0, key="narrowing") is not None
