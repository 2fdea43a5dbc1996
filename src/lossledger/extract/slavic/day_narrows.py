""""Цього тижня, у вівторок, Генштаб оцінив втрати ...", "На этой неделе, во вторник, ...": a week or month named
and narrowed right after it to one of its weekdays. The weekday says when the figure was told; the week is then no
span of the figure (as English reads "This week, on Tuesday, ..." in ``measure.py``). Round 61d: a month narrowed
to one of its days ("Минулого місяця, 12 березня, Генштаб оцінив ...", "В прошлом месяце, 12 марта, ...") alike."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token
from .dates import DateMention

__all__ = ["narrowed_to_weekday"]

#: a word between the span's words and the weekday, no longer than a preposition ("у", "в", "во")
_POINTER_LETTERS = 2


def narrowed_to_weekday(text: str, toks: Sequence[Token], cue_end: int, dates: Sequence[DateMention], *,
                        days: bool = False) -> bool:
    """Whether a weekday mention of ``dates`` follows the span cue ending before token ``cue_end``, a comma and a
    preposition apart at most; or, where ``days`` (a month's cue), a day of the month set off by a comma (not a
    span's first day: "протягом тижня з 3 серпня" is a span)."""
    for d in dates:
        if not cue_end <= d.first_token <= cue_end + 1:
            continue
        if d.kind != "weekday" and not (days and d.kind == "day" and d.role != "since"
                                        and "," in text[toks[cue_end - 1].end:d.start]):
            continue
        if d.first_token == cue_end + 1 and len(toks[cue_end].low) > _POINTER_LETTERS:
            continue
        gap = text[toks[cue_end - 1].end:toks[d.first_token].start]
        if all(ch in " ,\u00a0" or ch.isalpha() for ch in gap):
            return True
    return False
