"""The figure a correction sets aside, told as an earlier report's: "Only 12 Russian soldiers were captured, not 40 as
first reported", "lost 15 tanks, not 50 as the ministry initially claimed". The spec keeps an earlier, superseded toll
quoted in the same article as a claim of its own; its source is the one the words of the earlier report name ("as the
ministry initially claimed"), else none (not the source of the correction). A wrong number set aside with no report
("12 tanks were destroyed, not 21") stays no claim (extract/__init__.py, ``rejected_before``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .attribution import claimant_in
from .body import Sentence
from .document import Reader, Source

__all__ = ["EarlierReportRules", "earlier_report_source", "told_as_reported_earlier"]


class EarlierReportRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.reported_earlier_after: re.Pattern[str] = g.pattern("reported_earlier_after", guard=False)


def told_as_reported_earlier(reader: Reader, sent: Sentence, abs_end: int) -> re.Match[str] | None:
    """The words after the figure ending at ``abs_end`` that tell it as an earlier report's ("as first reported")."""
    return reader.grammar.rules(EarlierReportRules).reported_earlier_after.match(reader.norm, abs_end, sent.end)


def earlier_report_source(reader: Reader, sent: Sentence, abs_end: int, source: Source | None) -> Source | None:
    """The source of the figure ending at ``abs_end``: ``source``, unless the figure is told as an earlier report's;
    then the source its own words name ("as the ministry first reported"), else None."""
    told = told_as_reported_earlier(reader, sent, abs_end) if source is not None else None
    if told is None:
        return source
    if not (told.group("who") or "").strip():
        return None  # (none named, or the participle right after the figure: "the 14 first reported")
    return claimant_in(reader, sent, within=(told.start("who"), told.end()))
