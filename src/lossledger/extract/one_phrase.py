"""Two mentions of a text in one phrase: a few characters apart, no end of a sentence or clause between ("yesterday,
on 12 August 2024", "two days after the parade on 9 May 2024", "this past weekend, on Saturday 14 June 2025"). The
readers of a day counted back from the publication or counted from a full date (``day_told_back``,
``counted_after``, ``weekend_back`` and their Ukrainian and Russian twins) ask it."""

from __future__ import annotations

import re

__all__ = ["NEIGHBOUR_CHARS", "in_one_phrase", "phrase_gap"]

#: How far apart (characters) two mentions of one phrase may stand: "yesterday, on ...", "last week's strike on the
#: port, on ...", "two days after the Victory Day parade on 9 May 2024".
NEIGHBOUR_CHARS = 40
_BREAK = re.compile(r"[.!?;\n]")


def phrase_gap(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is one phrase's gap: at most ``NEIGHBOUR_CHARS`` characters, no end of a sentence or
    clause."""
    return 0 <= b - a <= NEIGHBOUR_CHARS and not _BREAK.search(text, a, b)


def in_one_phrase(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two mentions of ``text`` at ``one`` and ``other`` (start, end) stand in one phrase."""
    return phrase_gap(text, *((one[1], other[0]) if one[1] <= other[0] else (other[1], one[0])))
