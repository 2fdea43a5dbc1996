"""A month, season or day named beside "торік" / "минулого року" / "в прошлом году": of the calendar year before
publication ("Торік у березні загинули 230", "у березні минулого року"), not of the year of publication."""

from __future__ import annotations

import dataclasses

from .dates import DateMention
from .mentions import DocText
from .sentences import Sentence

#: how many words (a preposition) may stand between the cue and the date it names the year of
_GAP = 1


def in_the_year_before(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with the year of publication's year before given to a month, season or day with no year of its own
    that stands right beside a cue of last year."""
    if doc.published is None or not any(d.year is None and d.kind in ("day", "month", "season") for d in dates):
        return dates  # (every date has its year, or none is a month: most)
    cues = doc.lang.grammar["spans"].find_all(sent.tokens, key="last_year")
    if not cues:
        return dates
    year = doc.published.year - 1
    return [dataclasses.replace(d, year=year) if d.year is None and d.kind in ("day", "month", "season") and any(
        0 <= d.first_token - b <= _GAP or 0 <= a - d.last_token - 1 <= _GAP for _k, a, b in cues) else d
        for d in dates]
