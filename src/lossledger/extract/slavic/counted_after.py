""""Через два дні після параду 9 травня 2024 року", "рівно рік тому, 6 червня 2023 року", "ровно год назад, 6 июня
2023 года" (an anniversary), "минулого місяця, 3 квітня 2025 року" (the text is of the month after), "минулого травня,
12 травня 2024 року" (the text is of the year after): a span counted from a full date the text names, in one phrase
with it, gives the earliest day the text can be from, as in English (``..counted_after``). Read with the days counted
back (``told_back``). The words are the grammar's (``dates.counted_after``, ``dates.counted_ago``, ``dates.span_units``,
``dates.month_back``, ``dates.last_named``)."""

from __future__ import annotations

import datetime as dt

from ...languages.morphology import Token
from ..counted_after import MOST_COUNTED, add_span, month_after, year_after
from ..one_phrase import in_one_phrase
from .dates import DateMention, resolve_date
from .mentions import DocText
from .numbers import number_word

__all__ = ["counted_after"]


def counted_after(doc: DocText, dates: list[DateMention]) -> list[tuple[dt.date, DateMention]]:
    """The days the spans counted from the full dates of ``dates`` reach, each with the date's mention."""
    full = [(d, day) for d in dates if d.kind == "day" and d.year is not None
            and (day := resolve_date(d, None)) is not None]
    if not full:
        return []
    lang = doc.lang
    table = lang.grammar["dates"]
    units = {w: unit for unit, words in lang.raw["grammar"]["dates"].get("span_units", {}).items() for w in words}
    found: list[tuple[dt.date, DateMention]] = []
    for sent in doc.sentences:
        toks = sent.tokens
        present = table.keys_in(toks)
        # (a unit is read only before "після", "тому": most sentences hold neither, and their tokens are not looked at)
        counts = "counted_after" in present or "counted_ago" in present
        for i, tok in enumerate(toks[:-1]) if counts else ():
            unit = next((units[w] for w in tok.lemmas if w in units), None)
            if unit is None:
                continue
            key = next((k for k in ("counted_after", "counted_ago") if k in present
                        and table.match(toks, i + 1, key=k) is not None), None)
            if key is None:
                continue
            said = _count(doc, toks[i - 1]) if i > 0 else None
            count = 1 if said is None else said  # ("рік тому": one)
            if not 0 < count <= MOST_COUNTED[unit]:
                continue
            start, end = toks[i if said is None else i - 1].start, toks[i + 1].end
            for d, day in full:
                # (after: the date follows the words; "тому": on either side of them)
                if (d.start >= end or key == "counted_ago") and in_one_phrase(doc.text, (start, end), (d.start, d.end)):
                    found.append((add_span(day, count, unit), d))
        for key, a, b in [*table.find_all(toks, key="month_back"), *table.find_all(toks, key="last_named")]:
            month = next((lang.months[w] for w in toks[b].lemmas if w in lang.months), None) \
                if key == "last_named" and b < len(toks) else None
            if key == "last_named" and month is None:
                continue
            span = (toks[a].start, toks[b if month is not None else b - 1].end)
            for d, day in full:
                if not in_one_phrase(doc.text, span, (d.start, d.end)):
                    continue
                if key == "month_back":
                    found.append((month_after(day), d))
                elif month == day.month:
                    found.append((year_after(day), d))
    return found


def _count(doc: DocText, tok: Token) -> int | None:
    """The count a token before a unit gives ("два", "3"), or None."""
    if tok.low.isdigit():
        return int(tok.low)
    value = number_word(doc.lang, tok)
    return int(value) if value is not None and value == int(value) else None
