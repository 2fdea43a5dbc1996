"""A timeline's line opened by a dated label ("Summer 2023: ... in June alone", "2 March 2023 – ... said Russia had
lost 24,000 in February"): a bare month inside the line is in the label's year, not the publication's, and a label
day before such a month dates the statement only (the month is the figure's span)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..languages.grammar import PatternGrammar
from . import dates as datelib
from .body import Sentence
from .document import Mention, Reader
from .span_context import dates_in

__all__ = ["LabelYearRules", "months_in_label_year"]

_DIGIT = re.compile(r"\d")  # a month mention that states its own year holds one


class LabelYearRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.line_label_after = g.pattern("line_label_after", guard=False)


def months_in_label_year(reader: Reader, m: Mention,
                         found: list[datelib.DateMention]) -> list[datelib.DateMention]:
    """``found`` (the dates of ``m``'s sentence, in text order) with its bare months put in the year of the dated label
    that opens the sentence's line, and that label dropped if it is a day, a month was moved and ``m`` is a month's
    figure (the label is when the line's statement was made); else ``found`` as it is."""
    if not _holds_bare_month(found):
        return found  # (most sentences: no month without its year, nothing the label could move)
    sent = m.sentence
    label = _line_label(reader, sent, found)
    if label is None or label.date is None:
        return found
    moved: list[datelib.DateMention] = []
    for d in found:
        if d is label or d.kind != "month" or _DIGIT.search(d.text) or d.date is None or d.span_start is None:
            moved.append(d)
            continue
        year = label.date.year
        if label.precision == "day" and d.span_start.replace(year=year) > label.date:
            year -= 1  # "2 March 2023 – ... in April": the April before the day it was said
        moved.append(replace(d, date=_in_year(d.date, year), span_start=d.span_start.replace(year=year), year=year))
    if moved == found:
        return found
    if m.measure_cue != "month":
        return moved  # "... and 500,000 since the invasion": a running total stands on the label's day
    return [d for d in moved if not (d is label and label.precision == "day")]


def _holds_bare_month(found: list[datelib.DateMention]) -> bool:
    return any(_bare_month(d) for d in found)


def _bare_month(d: datelib.DateMention) -> bool:
    """A month named without its year ("in June alone"): the one kind of date a line's label puts in its year."""
    return d.kind == "month" and not _DIGIT.search(d.text) and d.date is not None and d.span_start is not None


def _line_label(reader: Reader, sent: Sentence, found: list[datelib.DateMention]) -> datelib.DateMention | None:
    """The date that opens the sentence's line, followed by a colon or a dash ("Summer 2023:", "2 March 2023 –"); the
    line's first sentence holds it, this one or one before it on the same line."""
    r = reader.grammar.rules(LabelYearRules)
    first_sent = reader.sentences[reader.paragraph_opening(sent)]
    if first_sent is not sent and "\n" in reader.norm[first_sent.start : sent.start]:
        return None  # (a paragraph of several lines: the label opens another line)
    dates = found if first_sent is sent else dates_in(reader, first_sent.start, first_sent.end)
    first = next(iter(dates), None)
    if (first is None or first.date is None or not _DIGIT.search(first.text)
            or reader.norm[first_sent.start : first.start].strip()
            or (first_sent.start > 0 and reader.norm[first_sent.start - 1] != "\n"
                and reader.norm[: first_sent.start].strip())):
        return None
    return first if r.line_label_after.match(reader.norm, first.end) else None


def _in_year(day: dt.date, year: int) -> dt.date:
    """A month's last day moved to another year (28 February where the 29th is not)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)
