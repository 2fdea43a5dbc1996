"""'Yesterday, on 12 August 2024, ...', "last week's strike, on April 3, 2025": a day counted back from the
publication ("yesterday", "last week", "two days ago") beside a full date names the same day, so an undated text is
from that day plus the days counted back. Read by ``dates.infer_publication_date``; the words are the grammar's
(``date_mentions``' relative days), their distance back is what they resolve to from any publication day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..languages.grammar import PatternGrammar
from .counted_after import counted_after
from .date_mentions import DateMention, find_dates
from .one_phrase import in_one_phrase
from .weekday_back import week_after_told_back
from .weekend_back import weekend_back

__all__ = ["day_told_back"]

#: A day counted back further than this ("a year ago") is no day of the news beside it.
MOST_DAYS_BACK = 14
#: Any day: the mentions are resolved from it once to learn how many days back each one counts.
_PROBE = dt.date(2024, 6, 15)


def day_told_back(text: str, mentions: Sequence[DateMention], *, war_start: dt.date, grammar: PatternGrammar
                  ) -> tuple[dt.date, str] | None:
    """The latest full date of ``mentions`` (read without a publication date) that a day counted back stands beside
    in one phrase, plus the days counted back: "Yesterday, on 12 August 2024" -> 13 August 2024. None when no
    such pair stands in the text."""
    full = [m for m in mentions if m.date is not None and m.precision == "day"
            and m.kind in ("explicit", "numeric", "weekday_date")]
    if not full:
        return None
    probed = find_dates(text, published=_PROBE, war_start=war_start, grammar=grammar)
    back = [(m, (_PROBE - m.date).days) for m in probed
            if m.kind == "relative" and m.precision == "day" and m.date is not None]
    found: list[tuple[dt.date, str]] = []
    for told, days in back:
        if not 0 < days <= MOST_DAYS_BACK:
            continue
        for day in full:
            if in_one_phrase(text, (told.start, told.end), (day.start, day.end)) and day.date is not None:
                found.append((day.date + dt.timedelta(days=days), f"{day.kind}:{day.text}+relative:{told.text}"))
    found += counted_after(text, full, grammar)  # "two days after the parade on 9 May 2024", "last May, on 12 May"
    found += weekend_back(text, full, grammar)  # "this past weekend, on Saturday 14 June 2025" (weekend_back.py)
    found += [(week, f"{m.kind}:{m.text}+weekday_back") for m in full if m.date is not None
              and (week := week_after_told_back(text, m.date, (m.start, m.end), grammar)) is not None]
    return max(found) if found else None


