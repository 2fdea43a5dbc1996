"""'... rolled out on 8 June 2023. Of the 120 men in his company that June, 19 were killed between mid-June and the end
of August': a month named with "that" points back at the time the text dated before it with a year written (June
2023, not the June nearest the text's date), and the months its sentence names after it are of the same run of time
(August 2023). Read by ``date_mentions`` with the other dates: it gives the years, which that module writes in."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol

from ..languages.grammar import PatternGrammar

__all__ = ["ThatMonthRules", "years_of_that_month"]

_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


class ToldMonth(Protocol):
    """A date as ``date_mentions.DateMention`` gives it (what this reader reads of it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...


class ThatMonthRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.that_before = g.pattern("that_month_before", guard=False)
        self.subject_after = g.pattern("that_month_subject_after", guard=False)
        self.sentence_end = g.pattern("that_month_sentence_end", guard=False)


def years_of_that_month(g: PatternGrammar, text: str, told: Sequence[ToldMonth], months: Sequence[int]
                        ) -> dict[int, int]:
    """{index in ``told``: year} for each bare month (the indexes ``months``, in text order) that "that" names after a
    date with a written year, and for the bare months after it in its sentence; empty where no month is so named."""
    r = g.rules(ThatMonthRules)
    years: dict[int, int] = {}
    for i in months:
        if i in years:
            continue
        bare = told[i]
        if (r.that_before.search(text, max(0, bare.start - 12), bare.start) is None
                or r.subject_after.match(text, bare.end) is not None):
            continue  # (most months are named with no "that"; "said that June was": a conjunction)
        month = _month_of(bare)
        anchor = next((d for d in reversed(told[:i]) if d.date is not None
                       and _YEAR_WRITTEN.search(d.text) is not None), None)
        if anchor is None or anchor.date is None or month is None:
            continue
        year = anchor.date.year if month >= anchor.date.month else anchor.date.year + 1
        years[i] = year
        end = r.sentence_end.search(text, bare.end)
        stop = end.start() if end is not None else len(text)
        for j in months:
            later = told[j]
            if j <= i or later.start >= stop or (later_month := _month_of(later)) is None:
                continue
            years[j] = year if later_month >= month else year + 1
    return years


def _month_of(d: ToldMonth) -> int | None:
    return d.date.month if d.date is not None else None
