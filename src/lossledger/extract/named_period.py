"""'Methods: We linked hospital registries between 24 February 2022 and 31 December 2024 ... Findings: ... killed 8,640
civilians over the study period': a period a study or report names by what it is ("the study period", "the reporting
period", "the period under review") is the run of days the text told before, in a sentence of its own (which need hold
no figure), so the figure is of that span, as of its last day. Read by ``mention_dates.resolve_dates`` for a figure its
own sentence gives no date. Grammar: ``named_period``."""

from __future__ import annotations

import re
from dataclasses import replace

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .date_mentions import DateMention
from .document import Mention, Reader
from .span_context import date_role, dates_in, sentence_index

__all__ = ["NamedPeriodRules", "period_named_before"]

_YEAR = re.compile(r"\d{4}")  # a day written with its year
_LOOK_BACK = 8  # how many sentences back the run of days may be told (a structured abstract's methods, then findings)


class NamedPeriodRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.named_period = g.pattern("named_period")
        self.run_of_days_join = g.pattern("run_of_days_join", guard=False)


def period_named_before(reader: Reader, m: Mention) -> DateMention | None:
    """The run of days told before that the figure's "over the study period" names, the nearest one; else None."""
    sent = m.sentence
    r = reader.grammar.rules(NamedPeriodRules)
    if not reader.sentence_may_hold(sent, r.named_period) or reader.sentence_search(sent, r.named_period) is None:
        return None
    index = sentence_index(reader, sent.start)
    for before in reversed(reader.sentences[max(0, index - _LOOK_BACK):index]):
        run = _run_of_days(reader, before)
        if run is not None:
            return run
    return None


def _run_of_days(reader: Reader, sent: Sentence) -> DateMention | None:
    """The last run of days ``sent`` tells ("between 24 February 2022 and 31 December 2024", "from 1 March to 31 May"):
    a day that starts a span joined to a later day, as one mention from the first to the last."""
    r = reader.grammar.rules(NamedPeriodRules)
    days = [d for d in dates_in(reader, sent.start, sent.end) if d.date is not None and d.precision == "day"]
    found = None
    for first, last in zip(days, days[1:], strict=False):
        if (first.date is not None and last.date is not None and first.date > last.date
                and _YEAR.search(first.text) is None and (first.date.month, first.date.day) != (2, 29)
                and first.date.replace(year=last.date.year) < last.date):
            # "between 1 January and 30 June 2024": the first day takes the year written after the last
            first = replace(first, date=first.date.replace(year=last.date.year))
        if (first.date is not None and last.date is not None and first.date < last.date
                and r.run_of_days_join.fullmatch(reader.norm, first.end, last.start)
                and date_role(reader, first, sent) == "start"):
            found = replace(last, start=first.start, text=reader.norm[first.start:last.end], span_start=first.date)
    return found
