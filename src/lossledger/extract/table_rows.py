"""A table's two-cell rows set off by bars ("| Танки | 12 |", "| Tanks | 12 |") read as the list lines they stand for
("  Танки — 12  "): a category and its figure, under the line before the table that names the source and span. The
bars become spaces and a dash, so offsets into the text stay the original's and quotes are the original's words."""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages.loader import language_codes, read_grammar

#: a line of two cells set off by bars, the second holding a figure: "| Танки | 12 |", "|ББМ|7|"
_TWO_CELL_ROW = re.compile(r"^([ \t]*)\|([^|\n]*[^\W\d_][^|\n]*)\|([^|\n]*\d[^|\n]*)\|([ \t]*)$", re.MULTILINE)


def table_rows_as_lines(text: str) -> str:
    """``text`` with each two-cell row of a table set off by bars written as a list line of the same length, and the
    rows under a head of a day's column and a total's written as the General Staff's lines (``column_rows``)."""
    if "|" not in text:
        return text  # (no bar: most texts)
    return signed_rows(column_rows(
        _TWO_CELL_ROW.sub(lambda m: f"{m.group(1)} {m.group(2)}—{m.group(3)} {m.group(4)}", text)))


#: a figure's cell: digits in groups, a "+" before them
_FIGURE = re.compile(r"\+?\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\+?\d+")


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The column heads of a day's increase and of a running total, of every language's grammar (``table_heads``)."""
    day: set[str] = set()
    total: set[str] = set()
    for code in language_codes():
        heads = read_grammar(code).get("table_heads", {})
        day.update(heads.get("day", ()))
        total.update(heads.get("total", ()))
    return frozenset(day), frozenset(total)


def _cells(line: str) -> list[str]:
    """A row's cells, stripped, without the empty ones the bars at its ends leave."""
    cells = [c.strip() for c in line.split("|")]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def column_rows(text: str) -> str:
    """``text`` with the rows of a table under a head naming a day's column and a total's ("Категорія | За добу |
    Всього" over "Танки | 12 | 11 020") each written as the General Staff's line of the same length ("Танки — 11
    020(+12)": a running total and the day's increase), and the head's line blanked (its words are the columns', not
    a span of the lines under it). Rows that would not fit are left as they are."""
    day_heads, total_heads = _heads()
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        head = [c.lower() for c in _cells(lines[k])] if lines[k].count("|") >= 2 else []
        day = next((i for i, c in enumerate(head) if c in day_heads), None)
        total = next((i for i, c in enumerate(head) if c in total_heads), None)
        if day is None or total is None or 0 in (day, total):
            k += 1
            continue
        rows = []
        j = k + 1
        while j < len(lines) and len(cells := _cells(lines[j])) == len(head) and re.search(r"[^\W\d_]", cells[0]) \
                and _FIGURE.fullmatch(cells[day]) and _FIGURE.fullmatch(cells[total]):
            line = f"{cells[0]} — {cells[total].lstrip('+')}(+{cells[day].lstrip('+')})"
            if len(line) > len(lines[j]):
                break
            rows.append((j, line.ljust(len(lines[j]))))
            j += 1
        if rows:
            lines[k] = " " * len(lines[k])
            for j2, line in rows:
                lines[j2] = line
            changed = True
        k = max(j, k + 1)
    return "\n".join(lines) if changed else text


def signed_rows(text: str) -> str:
    """``text`` with each row of a table with no head of its columns ("Особовий склад | 1 240 | +1 100", "| Танки | +12
    | 11 020 |") whose two figures are one signed, one not, written as the General Staff's line of the same length
    ("Особовий склад — 1 240(+1 100)"): the figure with its "+" is the day's increase, as "(+N)" after a running total
    is, and the other the running total. Rows under a head are ``column_rows``'; rows that would not fit are left."""
    lines = text.split("\n")
    changed = False
    for k, row in enumerate(lines):
        if row.count("|") < 2 or "+" not in row:
            continue
        cells = _cells(row)
        if len(cells) != 3 or not re.search(r"[^\W\d_]", cells[0]) \
                or not all(_FIGURE.fullmatch(c) for c in cells[1:]):
            continue
        signed = [c.startswith("+") for c in cells[1:]]
        if signed.count(True) != 1:
            continue  # (no sign, or both: nothing tells the day's column from the total's)
        day, total = (cells[1], cells[2]) if signed[0] else (cells[2], cells[1])
        line = f"{cells[0]} — {total}({day})"
        if len(line) > len(row):
            continue
        lines[k] = line.ljust(len(row))
        changed = True
    return "\n".join(lines) if changed else text
