"""'EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 14 MAY 2025': a press release's embargo line names the day the release may be
published, its own day, as a dateline does, however many words (a time, a time zone) stand before the date on the
line. Where the line gives no year ("14 MAY"), the year comes from the text's other evidence (a date it names with its
year) as a dateline's does, and not from a weekday its body names ("injured on Monday" is a day of the news before the
release, not the embargo's): with no other evidence the release stays undated. Read by ``dates.infer_publication_date``
and ``document_facts`` (the day is the text's own, not that of its latest news). Grammar: ``embargo_line``."""

from __future__ import annotations

import re

__all__ = ["EMBARGO_REACH", "on_embargo_line"]

EMBARGO_REACH = 300  # how far into a text its embargo line may begin (under a "PRESS RELEASE" line or a heading)


def on_embargo_line(text: str, start: int, embargo_line: re.Pattern[str]) -> bool:
    """Whether the date at ``start`` stands on an embargo line near the text's top (``embargo_line`` matches the
    line's words before the date)."""
    line_start = text.rfind("\n", 0, start) + 1
    return line_start <= EMBARGO_REACH and embargo_line.match(text, line_start, start) is not None
