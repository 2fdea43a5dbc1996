"""Whether a weekday stands beside a day as its own: right before it ("Wednesday, 19 March", "у середу, 19 березня") or
right after it, a preposition apart at most ("19 березня, у понеділок", "19 марта, во вторник"). Read by the readers
of a weekday that settles a yearless day's year (``slavic.weekday_beside``) and of one that does not, being the
publication's (``told_back_weekday``, ``slavic.told_back_weekday``)."""

from __future__ import annotations

__all__ = ["weekday_beside_day"]

#: What may stand between a weekday and its day.
_BETWEEN = " ,\u2013\u2014-"
#: The longest word that may stand between a day and the weekday after it: a preposition, by its length, not a list
#: (a weekday mention begins after its preposition).
_PREPOSITION_CHARS = 2


def weekday_beside_day(text: str, weekday: tuple[int, int], day: tuple[int, int]) -> bool:
    """Whether the weekday at ``weekday`` (start, end) stands beside the day at ``day`` as its own."""
    if weekday[1] <= day[0]:
        return not text[weekday[1] : day[0]].strip(_BETWEEN)
    if weekday[0] < day[1]:
        return False
    gap = text[day[1] : weekday[0]].strip(_BETWEEN).split()
    return not gap or (len(gap) == 1 and gap[0].isalpha() and len(gap[0]) <= _PREPOSITION_CHARS)
