""""У травні 2024 року ... повідомив у вівторок", "Летом 2023 года ...": an undated text that names no day is from the
end of the latest month or season it names with its year (a month's tally is told once the month is over), or from
the text's one weekday on or after that end, as in English (``..dates.infer_publication_date``)."""

from __future__ import annotations

import datetime as dt

from ..calendar_dates import weekday_on_or_after as on_or_after
from .dates import DateMention, resolve_date, span_start

__all__ = ["latest_span_end", "weekday_on_or_after"]


def latest_span_end(dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The last day of the latest month or season of ``dates`` named with its year, not a span counted from ("з травня
    2023 року") nor the war's first month ("у лютому 2022 року"); None when the text names none."""
    ends = [end for d in dates
            if d.kind in ("month", "season") and d.year is not None and d.role != "since"
            and (end := resolve_date(d, None)) is not None and (first := span_start(d, None)) is not None
            and not first <= war_start <= end and end > war_start]
    return max(ends) if ends else None


def weekday_on_or_after(dates: list[DateMention], day: dt.date) -> dt.date | None:
    """The first day on or after ``day`` that falls on the text's one weekday ("у вівторок"); None when it names no
    weekday, or several."""
    weekdays = {d.day for d in dates if d.kind == "weekday" and d.day is not None and d.day >= 0}
    if len(weekdays) != 1:
        return None
    return on_or_after(day, weekdays.pop())
