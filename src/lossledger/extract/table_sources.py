"""A text table's source column: in rows laid out under a heading row such as "Estimate | Source | Date", the cell
under the heading that names sources says who gives the row's figures ("2,300 Russian soldiers killed | Latvian
military intelligence | 9 March 2024"), with no verb of saying (grammar ``table_source_header``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source

__all__ = ["TableSourceRules", "table_row_source"]

#: The mark that parts a text table's cells.
CELL_MARK = "|"
#: How many rows above a row its heading row may stand.
_ROWS_UP = 30


class TableSourceRules:
    """The heading of a table's source column and a reference mark in a cell, from one language's grammar."""

    def __init__(self, g: PatternGrammar) -> None:
        self.source_header: re.Pattern[str] = g.pattern("table_source_header", guard=False)
        self.reference_mark: re.Pattern[str] = g.pattern("reference_mark", guard=False)


def _line_at(norm: str, pos: int) -> tuple[int, int]:
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    return start, (len(norm) if end < 0 else end)


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the row ``norm[start:end]``, as spans."""
    spans, lo = [], start
    while (mark := norm.find(CELL_MARK, lo, end)) >= 0:
        spans.append((lo, mark))
        lo = mark + 1
    spans.append((lo, end))
    return spans


def table_row_source(reader: Reader, sent: Sentence) -> Source | None:
    """The source the row ``sent`` gives in the column its table's heading row names as the source's."""
    norm = reader.norm
    if norm.find(CELL_MARK, sent.start, sent.end) < 0:
        return None  # (most sentences are no table's row)
    start, end = _line_at(norm, sent.start)
    row = _cells(norm, start, end)
    heading = None
    for _ in range(_ROWS_UP):  # the heading is the first row of the block of rows the row is in
        if start == 0:
            break
        up_start, up_end = _line_at(norm, start - 1)
        if norm.find(CELL_MARK, up_start, up_end) < 0:
            break
        heading, start = _cells(norm, up_start, up_end), up_start
    if heading is None or len(heading) != len(row):
        return None
    r = reader.grammar.rules(TableSourceRules)
    column = next((i for i, (lo, hi) in enumerate(heading) if r.source_header.fullmatch(norm, lo, hi)), None)
    if column is None:
        return None
    lo, hi = row[column]
    mark = r.reference_mark.search(norm, lo, hi)
    hi = mark.start() if mark is not None else hi  # "General Staff of Ukraine[22]": the note's mark is no name
    while lo < hi and norm[lo].isspace():
        lo += 1
    while hi > lo and norm[hi - 1].isspace():
        hi -= 1
    if lo == hi:
        return None
    kind = classify_source(reader.profile, norm[lo:hi].lower(), grammar=reader.grammar)
    return Source(kind[0], reader.text[lo:hi], lo, score=1) if kind is not None else None
