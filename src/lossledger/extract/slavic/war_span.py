""""Півтора року повномасштабної війни", "через два года после вторжения", "два роки після початку вторгнення": a
span (a count, a unit of ``dates.span_units``) counted from the war's start, as English reads "two years into the war"
(``..war_time``): an undated text with no other evidence is of the day the span reaches. Between the unit and the war
noun (``spans.war_nouns``) stand only the words of ``dates.war_span_links`` ("після", "начала", "повномасштабної");
"the first three months of the war" (a span long over) is not read; "майже" (``dates.almost``) takes a quarter of a
month or year off, as English's "nearly". A year or month of the war told by an ordinal ("на
третьому році війни", "третий год войны") is a span of dates: the latest yearless date the text tells inside it, else
its first day (a year's) or its middle (a month's), as English's "its third year"."""

from __future__ import annotations

import datetime as dt

from ..date_mentions import add_months
from ..war_time import war_offset
from .dates import DateMention, safe_date
from .mentions import DocText
from .numbers import number_word

__all__ = ["war_span"]

#: The most a span of the war may count, by unit (a longer count is of something else).
MOST = {"day": 5000, "week": 600, "month": 150, "year": 12}
#: The most link words between the unit and the war noun.
GAP = 3
#: A yearless date told beside a span of the war reached on a day is of the days around it: from a fortnight before
#: (the span is told roughly) to half a year after (as English places one beside a war time: ``..dates``).
SLACK, REACH = dt.timedelta(days=14), dt.timedelta(days=183)


def war_span(doc: DocText, dates: list[DateMention]) -> dt.date | None:
    """The latest day a span of the war the text counts reaches (or a yearless date of ``dates`` inside a year or
    month of the war it names), or None."""
    lang = doc.lang
    table, spans = lang.grammar["dates"], lang.grammar["spans"]
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
            k = i + 1
            while k < min(len(toks), i + 1 + GAP) and spans.match(toks, k, key="war_nouns") is None \
                    and table.match(toks, k, key="war_span_links") is not None:
                k += 1
            if k >= len(toks) or spans.match(toks, k, key="war_nouns") is None:
                continue
            nth = next((lang.ordinals[w] for w in prev.lemmas if w in lang.ordinals), None)
            if nth is not None and unit in ("month", "year") and nth <= MOST[unit]:
                found.append(_inside(war_start, nth, unit, dates))  # "на третьому році війни"
                continue
            half = 0.0
            if i > 2 and (hit := table.match(toks, i - 2, i, "and_a_half")) is not None and hit[1] == i:
                prev, half = toks[i - 3], 0.5  # "два з половиною роки"
            count = float(prev.low) if prev.low.isdigit() else number_word(lang, prev)
            if count is None or not 0 < count <= MOST[unit]:
                continue
            count += half
            before = i - (3 if half else 1) - 1  # (the word before the count)
            if before >= 0 and any(lang.ordinals.get(w) == 1 for w in toks[before].lemmas):
                continue  # "перші три місяці війни": a span long over
            if before >= 0 and unit in ("month", "year") and table.match(toks, before, i, "almost") is not None:
                count -= 0.25  # "майже три роки війни", as English's "nearly"
            day = war_offset(war_start, count, unit)  # ("майже три роки": 33 months and 23 days)
            found.append(_placed(dates, day, day - SLACK, day + REACH) or day)
    return max(found, default=None)


def _inside(war_start: dt.date, nth: int, unit: str, dates: list[DateMention]) -> dt.date:
    """The latest yearless date of ``dates`` inside the ``nth`` year or month of the war, else the year's first day
    (the month's middle)."""
    months = 12 if unit == "year" else 1
    low = add_months(war_start, (nth - 1) * months)
    high = add_months(war_start, nth * months) - dt.timedelta(days=1)
    return _placed(dates, low, low, high) or (low if unit == "year" else low + (high - low) // 2)


def _placed(dates: list[DateMention], anchor: dt.date, low: dt.date, high: dt.date) -> dt.date | None:
    """The latest yearless date of ``dates`` between ``low`` and ``high`` (in the years around ``anchor``), or None."""
    return max((day for d in dates if d.kind == "day" and d.year is None and d.month and d.day
                for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (day := safe_date(year, d.month, d.day)) is not None and low <= day <= high), default=None)
