"""'By Christmas, Russia had lost 380,000 troops', 'since New Year's Day': a holiday on a fixed day of the calendar
is that day, of the year written after it ("Christmas 2023"), else the last one by the report, as a day and month
without a year is (``calendar_dates.resolve_day_month``). Read by ``date_mentions`` with the other dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from ..languages.grammar import PatternGrammar
from .calendar_dates import PUBLISHED_SLACK_DAYS, ToldDate, make_date, resolve_day_month
from .easter import gregorian_easter, julian_easter
from .one_phrase import in_one_phrase

__all__ = ["Holiday", "HolidayDateRules", "easter_beside", "holidays_named"]


class HolidayDateRules:
    """The holidays of one language's grammar (``dates.holidays``: a name -> its month and day) and the pattern of
    their names (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.holiday_day = g.pattern("holiday_day", guard=False)
        self.holidays = g.pairs("dates.holidays")
        self.leads = g.table("dates.holiday_leads")  # ("a week before Christmas": 7 days)
        # Easter, whose day moves with the year: the Orthodox one named so, else read only in a year both reckonings
        # keep on one day (which church's a text means is not told)
        self.orthodox_easter = frozenset(g.words("dates.orthodox_easter_names"))
        self.easter = frozenset(g.words("dates.easter_names"))
        # (the names no other name holds: "christmas" for "christmas eve" too; a text without any names none)
        names = (*self.holidays, *self.orthodox_easter, *self.easter)
        self.shortest_names = tuple(name for name in names
                                    if not any(other != name and other in name for other in names))


class Holiday(NamedTuple):
    """A holiday named in a text, in the order of ``date_mentions.DateMention``'s first fields."""

    start: int
    end: int
    text: str
    kind: str  # "explicit" with its year written, else "day_month"
    date: dt.date | None
    month: int
    day: int
    year: int | None


def holidays_named(g: PatternGrammar, text: str, lowered: str, published: dt.date | None,
                   told: Sequence[ToldDate] = ()) -> list[Holiday]:
    """The holidays named in ``text``, in text order; none where ``lowered`` (the lower-cased text) holds no
    holiday's name (most texts: the pattern is not tried). One with no year of its own is the first on or after the
    time told last before it (``told``: the text's dates; "reached Avdiivka in October 2023 ... By Christmas": 2023's),
    where that one is no later than the report; else the last by the report."""
    r = g.rules(HolidayDateRules)
    if not any(_names_word(lowered, name) for name in r.shortest_names):
        return []
    found = []
    for m in r.holiday_day.finditer(text):
        name = " ".join(m["name"].lower().replace("’", "'").split())
        if name in r.orthodox_easter or name in r.easter:
            if (easter := _easter(name, m["year"], r)) is None:
                continue
            month, day = easter
        else:
            month, day = r.holidays[name]
        if m["eve"]:  # ("on the eve of Independence Day": the day before)
            before = dt.date(2001, month, day) - dt.timedelta(days=1)  # (any year without 29 February)
            month, day = before.month, before.day
        year = int(m["year"]) if m["year"] else None
        if m["lead"]:  # ("a week before Christmas": 18 December; "a week before New Year's Day 2025": 25 Dec 2024)
            before = dt.date(2001, month, day) - dt.timedelta(days=r.leads[" ".join(m["lead"].lower().split())])
            month, day, year = before.month, before.day, year - (before.year < 2001) if year else None
        date = make_date(year, month, day) if year else (_first_after_told(told, m.start(), month, day, published)
                                                         or resolve_day_month(month, day, published=published))
        found.append(Holiday(m.start(), m.end(), m.group(0), "explicit" if year else "day_month", date, month, day,
                             year))
    return found


def _names_word(lowered: str, name: str) -> bool:
    """Whether ``lowered`` holds ``name`` (or its plural) not run on into a longer word ("easter", not "eastern
    Ukraine", which most texts of the war hold: the holiday pattern would be tried in nearly all of them)."""
    at = lowered.find(name)
    while at >= 0:
        end = at + len(name)
        end += lowered.startswith("s", end)  # ("New Years Eve")
        if end == len(lowered) or not lowered[end].isalpha():
            return True
        at = lowered.find(name, end)
    return False


def _easter(name: str, year: str | None, r: HolidayDateRules) -> tuple[int, int] | None:
    """(month, day) of the Easter named with its ``year``: the Orthodox one's, else the day both reckonings share that
    year; None with no year written (which year's is not told) or when the reckonings part."""
    if not year:
        return None
    if name in r.orthodox_easter:
        return julian_easter(int(year))
    found = julian_easter(int(year))
    return found if found == gregorian_easter(int(year)) else None


def _first_after_told(told: Sequence[ToldDate], at: int, month: int, day: int, published: dt.date | None
                      ) -> dt.date | None:
    """The first (month, day) on or after the start of the last dated time told before ``at``, if no later than the
    report (nor a year on), else None."""
    before = [d for d in told if d.start < at and d.date is not None]
    since = (before[-1].span_start or before[-1].date) if before else None
    if since is None:
        return None
    for year in (since.year, since.year + 1):
        found = make_date(year, month, day)
        if found is not None and found >= since:
            latest = published + dt.timedelta(days=PUBLISHED_SLACK_DAYS) if published is not None else None
            return found if latest is None or found <= latest else None
    return None


def easter_beside(g: PatternGrammar, text: str, yearless: Sequence[tuple[int, int, int, int]], war_start: dt.date
                  ) -> dt.date | None:
    """"On Orthodox Easter, 5 May": Easter named with no year in one phrase with a yearless day (``yearless``: its
    start, end, month and day) names the first year of the war's whose Easter fell on that day (bare Easter: where
    both reckonings share it; of several years, the first, as a weekday's: ``calendar_dates.resolve_weekday_date``),
    as Ukrainian and Russian read it (``slavic.easter_beside``); the latest such day, else None."""
    r = g.rules(HolidayDateRules)
    lowered = text.lower()
    if not any(name in lowered for name in r.easter):  # ("easter" is in every Easter's name)
        return None
    found: list[dt.date] = []
    for m in r.holiday_day.finditer(text):
        name = " ".join(m["name"].lower().split())
        if m["year"] or m["lead"] or m["eve"] or (name not in r.orthodox_easter and name not in r.easter):
            continue
        for start, end, month, day in yearless:
            if not in_one_phrase(text, m.span("name"), (start, end)):
                continue
            years = [y for y in range(war_start.year - 1, war_start.year + 9)
                     if _easter(name, str(y), r) == (month, day) and dt.date(y, month, day) >= war_start]
            found += [dt.date(years[0], month, day)] if years else []
    return max(found, default=None)
