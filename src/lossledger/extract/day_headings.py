"""The day a date heading gives the entries under it: a live blog that runs over several days puts each day's date on a
line of its own ("Tuesday 12 May 2026", then "Wednesday 13 May 2026") above that day's timed entries, so a figure
under a heading that states no day of its own ("overnight", "over the past day", or none) stands as of the heading's
day, not the day the page was last published.

A line that holds only a full date is read as such a heading where the text has two or more of them on different days
(one such line alone is most often the article's dateline, which the publication date already gives)."""

from __future__ import annotations

import bisect
import datetime as dt

from .date_mentions import DateMention
from .document import Mention, Reader

__all__ = ["dates_of_day_headings"]

_HEADING_KINDS = frozenset({"explicit", "weekday_date", "day_month", "numeric"})
_LINE_PUNCTUATION = " \t,.;:|-–—()"


def _day_heading(reader: Reader, d: DateMention) -> bool:
    """Whether the date stands alone on its line (but for punctuation)."""
    if d.date is None or d.precision != "day" or d.kind not in _HEADING_KINDS:
        return False
    text = reader.norm
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    return not (text[line_start:d.start] + text[d.end:line_end]).strip(_LINE_PUNCTUATION)


def dates_of_day_headings(reader: Reader) -> None:
    """Move the figures under a day's heading that are dated by the publication day (or a word counted from it:
    "overnight", "over the past day") to the heading's day."""
    published = reader.latest
    if published is None or not reader.mentions:
        return
    heads = [d for d in reader.dates if _day_heading(reader, d)]
    if len({d.date for d in heads}) < 2:
        return
    starts = [d.start for d in heads]
    for m in reader.mentions:
        index = bisect.bisect_right(starts, m.sentence.start) - 1
        if index < 0 or m.as_of is None:
            continue
        day = heads[index].date
        assert day is not None
        shift = day - published
        if not shift or day > published:
            continue
        if m.as_of_basis == reader.published_basis or (
                m.as_of_basis == "relative" and published - dt.timedelta(days=1) <= m.as_of <= published):
            m.as_of += shift
            _shift_mention(m, shift)


def _shift_mention(m: Mention, shift: dt.timedelta) -> None:
    """A span counted back from the publication day ("over the past week") ends on the heading's day as well."""
    if m.period_start is not None and m.extra.get("start_kind") == "relative":
        m.period_start += shift
