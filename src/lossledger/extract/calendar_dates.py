"""Calendar arithmetic the date readers share: ISO parsing, month spans, adding months, and resolving a
weekday or a day of a month without a year against the publication date. No words of any language."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Protocol

#: Days of slack allowed when a yearless date is put on or before the publication date: a report
#: dated "November 7" may be published late on November 6 in another time zone.
PUBLISHED_SLACK_DAYS = 2


class ToldDate(Protocol):
    """A date a text told before, as ``date_mentions.DateMention`` gives it: what the readers of a time named after
    one ("by Christmas", "the following winter") count from."""

    @property
    def start(self) -> int: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def span_start(self) -> dt.date | None: ...
    @property
    def precision(self) -> str: ...


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a calendar month."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


_ISO_LIKE = re.compile(r"^\s*(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:[T\s].*)?$")


def parse_iso_or_none(value: str | dt.date | None) -> dt.date | None:
    """Tolerant ISO date parsing for inputs: "2022-11-13", "2022-11-13T08:00:00Z", "20221113",
    "2022/11/13", a date or datetime; None for anything empty or not a real date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_LIKE.match(value)
    if not match:
        return None
    return make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def resolve_weekday_date(
    month: int, day: int, weekday: int, *, war_start: dt.date, published: dt.date | None = None
) -> dt.date | None:
    """The year in which ``month``/``day`` falls on ``weekday`` (Monday = 0), among the years near
    the war (war_start.year - 1 .. war_start.year + 8); several -> the one nearest the publication
    date if known, else nearest the war start; none -> None."""
    anchor = published or war_start
    candidates = [
        date
        for year in range(war_start.year - 1, war_start.year + 9)
        if (date := make_date(year, month, day)) is not None and date.weekday() == weekday
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda date: (abs((date - anchor).days), date))


def resolve_day_month(month: int, day: int, *, published: dt.date | None) -> dt.date | None:
    """A yearless date put in the year that makes it on or before ``published`` (plus slack)."""
    if published is None:
        return None
    latest = published + dt.timedelta(days=PUBLISHED_SLACK_DAYS)
    for year in range(latest.year, latest.year - 9, -1):
        date = make_date(year, month, day)
        if date is not None and date <= latest:
            return date
    return None


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first day on or after ``day`` that falls on ``weekday`` (Monday 0)."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def resolve_weekday(weekday: int, *, published: dt.date | None, step: int = 0) -> dt.date | None:
    """The most recent ``weekday`` on or before ``published``; with ``step`` -1 ("last X") strictly before,
    with ``step`` 1 ("next X") strictly after (the grammar's dates.weekday_steps read the words)."""
    if published is None:
        return None
    if step > 0:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    if back == 0 and step < 0:
        back = 7
    return published - dt.timedelta(days=back)


def resolve_month(month: int, published: dt.date | None) -> int | None:
    """The year of the latest ``month`` that began on or before ``published``."""
    if published is None:
        return None
    return published.year if published.month >= month else published.year - 1


