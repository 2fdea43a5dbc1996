"""A table's two-cell rows set off by bars ("| Танки | 12 |", "| Tanks | 12 |") read as the list lines they stand for
("  Танки — 12  "): a category and its figure, under the line before the table that names the source and span. The
bars become spaces and a dash, so offsets into the text stay the original's and quotes are the original's words."""

from __future__ import annotations

import re

#: a line of two cells set off by bars, the second holding a figure: "| Танки | 12 |", "|ББМ|7|"
_TWO_CELL_ROW = re.compile(r"^([ \t]*)\|([^|\n]*[^\W\d_][^|\n]*)\|([^|\n]*\d[^|\n]*)\|([ \t]*)$", re.MULTILINE)


def table_rows_as_lines(text: str) -> str:
    """``text`` with each two-cell row of a table set off by bars written as a list line of the same length."""
    if "|" not in text:
        return text  # (no bar: most texts)
    return _TWO_CELL_ROW.sub(lambda m: f"{m.group(1)} {m.group(2)}—{m.group(3)} {m.group(4)}", text)
