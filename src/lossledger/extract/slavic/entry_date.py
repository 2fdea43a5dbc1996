"""A timeline's entry opened by a bare date: "4 березня. Перший удар по центру міста: загинули семеро мешканців",
"З 1 по 15 травня. Місто обстрілювали щодня. ... загинули 11 цивільних", "18 августа. Авиабомба попала в лицей. Погибли
три человека". The date alone, as the first sentence of its line, dates the figures of that line's later sentences that
name no time of their own: the day of the strike told, or the span between two days."""

from __future__ import annotations

from dataclasses import replace

from .dates import DateMention
from .mentions import DocText
from .sentences import Sentence

__all__ = ["entry_dates"]

#: The kinds of date that may open an entry: a day, a month, a span between two days or months.
_ENTRY_KINDS = ("day", "month")


def entry_dates(doc: DocText, sent: Sentence) -> list[DateMention]:
    """The dates of the bare date opening the line (paragraph) of ``sent``, set at the start of ``sent``, where no
    sentence between names a time of its own; else []."""
    at = doc.sentence_number.get(id(sent), 0)
    k = at
    while k > 0 and doc.sentences[k - 1].paragraph == sent.paragraph:
        k -= 1
    if k == at:
        return []
    head = doc.sentences[k]
    named = doc.dates.get(id(head), [])
    if not named or any(d.kind not in _ENTRY_KINDS or not d.month for d in named) \
            or any(_own_dates(doc, doc.sentences[i], named) for i in range(k + 1, at)):
        return []
    covered = {i for d in named for i in range(d.first_token, d.last_token + 1)}
    # (the date and the words joining a span's days, "з ... по ...", only: no verb, no figure of its own)
    if len(head.tokens) - len(covered) > 2 or any(m.sentence is head for m in doc.mentions):
        return []
    first = sent.tokens[0]
    return [replace(d, start=first.start, end=first.end, first_token=0, last_token=0) for d in named]


def _own_dates(doc: DocText, sent: Sentence, named: list[DateMention]) -> bool:
    """Whether ``sent`` names a time of its own (not the entry's dates, carried to it: "ліцей № 2" counts)."""
    dates = doc.dates.get(id(sent), [])
    return bool(dates) and [(d.year, d.month, d.day, d.role, d.kind) for d in dates] \
        != [(d.year, d.month, d.day, d.role, d.kind) for d in named]
