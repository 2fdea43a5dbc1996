""""Цієї весни ... у 2025 році", "этой весной, как и за весь 2025 год": a season told as this one beside the one year
after the war's the text names is that year's, and the text is from its end at the earliest (31 May 2025), as in
English (``..this_season``). A winter (across two years) is not placed. The words are the grammar's
(``dates.this_season``, ``dates.seasons``); read when nothing else dates the text."""

from __future__ import annotations

import calendar
import datetime as dt

from .dates import DateMention
from .mentions import DocText

__all__ = ["this_season"]


def this_season(doc: DocText, dates: list[DateMention], war_start: dt.date) -> dt.date | None:
    """The last day of the season told as this one in the text's one year after the war's; None when no such season,
    or several years, are told."""
    years = {d.year for d in dates if d.kind == "year" and d.year is not None and d.year > war_start.year}
    if len(years) != 1:
        return None
    year = years.pop()
    table = doc.lang.grammar["dates"]
    seasons: dict[str, int] = doc.lang.raw["grammar"].get("dates", {}).get("seasons", {})
    found: list[dt.date] = []
    for sent in doc.sentences:
        if "this_season" not in table.keys_in(sent.tokens):
            continue
        toks = sent.tokens
        for _key, _a, b in table.find_all(toks, key="this_season"):
            first = next((seasons[f] for f in toks[b].lemmas if f in seasons), None) if b < len(toks) else None
            if first is None or first + 2 > 12:
                continue  # (not a season, or a winter: which year's is not told)
            last = first + 2
            found.append(dt.date(year, last, calendar.monthrange(year, last)[1]))
    return max(found, default=None)
