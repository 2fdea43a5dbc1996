"""A span counted from a full date the text names, in one phrase with it: "two days after the parade on 9 May 2024",
"a year has passed since the dam burst on 6 June 2023", "exactly two years ago, on 14 July 2022" (an anniversary),
"last month's strike, on April 3, 2025" (the text is of the month after), "last May, on 12 May 2024" (the text is of
the year after). Each gives the earliest day the text can be from: a lower bound of an undated text's date, read with
the days counted back (``day_told_back``). The words are the grammar's (``patterns.counted_after``,
``patterns.counted_ago``, ``patterns.month_told_back``, ``dates.count_words``, ``dates.months``,
``dates.span_unit_days``: "a fortnight after")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .calendar_dates import add_months
from .date_mentions import DateMention
from .one_phrase import NEIGHBOUR_CHARS, phrase_gap

__all__ = ["add_span", "counted_after", "month_after", "not_a_dateline", "year_after"]

#: The most of a unit counted: "two years after", not "a hundred years after".
MOST_COUNTED = {"day": 31, "week": 8, "month": 24, "year": 10}


class CountedRules:
    """The patterns this module reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.after = g.pattern("counted_after", guard=False)
        self.ago = g.pattern("counted_ago", guard=False)
        self.month_back = g.pattern("month_told_back", guard=False)
        self.document_dated = g.pattern("document_dated", guard=False)
        self.long_past = g.pattern("long_past_before", guard=False)
        self.since_opening = g.pattern("since_opening", guard=False)
        self.counts = {k.lower(): v for k, v in g.table("dates.count_words").items()}
        self.months = {k.lower(): v for k, v in g.table("dates.months").items()}
        self.unit_days = {k.lower(): v for k, v in g.table("dates.span_unit_days").items()}


def add_span(day: dt.date, count: int, unit: str) -> dt.date:
    """``day`` plus ``count`` units (a month or a year by the calendar: 29 February a year on is 28 February)."""
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(days=7 * count)
    return add_months(day, count * (12 if unit == "year" else 1))


def month_after(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return add_months(day.replace(day=1), 1)


def year_after(day: dt.date) -> dt.date:
    """The first day of the year after ``day``'s."""
    return dt.date(day.year + 1, 1, 1)


def _count(r: CountedRules, word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else r.counts.get(word)


def _in_days(r: CountedRules, count: int | None, unit: str) -> tuple[int | None, str]:
    """A count of a unit the grammar gives in days ("a fortnight": 14 days), else the count and unit as they are."""
    days = r.unit_days.get(unit)
    return (None if count is None else count * days, "day") if days is not None else (count, unit)




def counted_after(text: str, full: Sequence[DateMention], grammar: PatternGrammar) -> list[tuple[dt.date, str]]:
    """The days the spans counted from the full dates ``full`` (read without a publication date) reach, each with
    its evidence ("explicit:9 May 2024+counted:Two days after")."""
    r = grammar.rules(CountedRules)
    found: list[tuple[dt.date, str]] = []
    dated = [m for m in full if m.date is not None]
    for match in r.after.finditer(text):
        count = _count(r, match.group("count") or match.group("count2"))
        count, unit = _in_days(r, count, (match.group("unit") or match.group("unit2")).lower())
        if count is None or not 0 < count <= MOST_COUNTED[unit]:
            continue
        # (the date after the words: "on 9 May 2024, two days after the parade" is the day itself)
        day = next((m for m in dated if phrase_gap(text, match.end(), m.start)), None)
        if day is not None and day.date is not None:
            found.append((add_span(day.date, count, unit), f"{day.kind}:{day.text}+counted:{match.group(0)}"))
    for m in dated:
        assert m.date is not None
        ago = r.ago.search(text, max(0, m.start - NEIGHBOUR_CHARS), m.start)
        if ago is None:
            continue
        # ("this time last year": one year)
        said = ago.group("count")
        count, unit = _in_days(r, _count(r, said) if said else 1, (ago.group("unit") or ago.group("last")).lower())
        if count is not None and 0 < count <= MOST_COUNTED[unit]:
            found.append((add_span(m.date, count, unit), f"{m.kind}:{m.text}+counted:{ago.group(0).strip()}"))
    for match in r.month_back.finditer(text):
        name = match.group("name")
        month = r.months.get(name.lower()) if name else None
        if name and month is None:
            continue
        for m in dated:
            assert m.date is not None
            if not (phrase_gap(text, match.end(), m.start) or phrase_gap(text, m.end, match.start())):
                continue
            if match.group("month"):
                found.append((month_after(m.date), f"{m.kind}:{m.text}+counted:{match.group(0)}"))
            elif month == m.date.month:
                found.append((year_after(m.date), f"{m.kind}:{m.text}+counted:{match.group(0)}"))
    return found


def not_a_dateline(text: str, start: int, grammar: PatternGrammar) -> bool:
    """Whether the words before the date at ``start`` on its line make it no dateline, few as they are: a document's
    date ("A report dated 2 May 2024"), a day a span is counted from ("Last May, on 12 May 2024", "Two years ago,
    on ..."), a day told as long past ("Back on 3 March 2023"), a day a count starts ("Since 9 June 2025"): the text is
    from later."""
    r = grammar.rules(CountedRules)
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(r.document_dated.search(line) or r.ago.search(line) or r.long_past.search(line)
                or r.since_opening.search(line) or (
        (last := r.month_back.search(line)) is not None and (last.group("month") or (last.group("name") or "").lower()
                                                             in r.months)))
