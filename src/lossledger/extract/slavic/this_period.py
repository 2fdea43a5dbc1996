""""За цей час" / "за это время" read back to a span: one named earlier in the figure's own sentence ("З 1 по 15
травня місто обстрілювали, за цей час загинули 6 людей": those fifteen days), or one named in a sentence before with
how often the thing befell ("С начала года город обстреливают ежедневно. За это время погибли 40": since 1 January,
not a daily rate)."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText, Mention
from .numbers import Number
from .sentences import Sentence
from .spans import find_measure

__all__ = ["span_in_the_clause_before", "span_past_the_rate"]

_Span = tuple[str, float | None, DateMention | None, DateMention | None]


def span_in_the_clause_before(doc: DocText, m: Mention) -> _Span | None:
    """The span the words of ``m``'s sentence before its "за цей час" name ("З 1 по 15 травня ..."), with the day it
    ends; None where they name none."""
    sent = m.sentence
    cue = next((a for _k, a, b in doc.lang.grammar["spans"].find_all(sent.tokens, key="this_period")
                if b <= m.number.first_token), None)
    if not cue:
        return None  # (no cue, or one opening the sentence: the span of the sentences before)
    return _span_of(doc, sent, 0, cue)


def span_past_the_rate(doc: DocText, sent: Sentence, a: int = 0, b: int | None = None) -> _Span | None:
    """The span ``sent`` (its words from ``a`` to ``b``) names apart from its word of how often ("С начала года ...
    ежедневно": since 1 January), read in its words before that word, else after it; None where none is named."""
    b = len(sent.tokens) if b is None else b
    rate = next(((i, j) for k, i, j in doc.lang.grammar["spans"].find_all(sent.tokens, a, b) if k.startswith("rate")),
                None)
    if rate is None:
        return None
    return _span_of(doc, sent, a, rate[0], rated=False) or _span_of(doc, sent, rate[1], b, rated=False)


def _span_of(doc: DocText, sent: Sentence, a: int, b: int, *, rated: bool = True) -> _Span | None:
    if b <= a:
        return None
    fake = Number(sent.tokens[b - 1].end, sent.tokens[b - 1].end, 0, None, False, b, b - 1)
    measure, days, since, as_of = find_measure(doc, sent, fake, a, b, doc.dates.get(id(sent), []))
    if measure == "period" and (days is not None or since is not None):
        return measure, days, since, as_of
    if measure == "cumulative":
        return measure, days, since, None
    if measure == "rate" and rated:
        return span_past_the_rate(doc, sent, a, b)  # ("З 3 по 20 квітня ... щодня обстрілювали, за цей час")
    return None
