"""Easter's day in a year, by either reckoning, as a day of the Gregorian calendar: the Julian (the Orthodox churches',
Ukraine's and Russia's) and the Gregorian (the Western churches'), as python-dateutil computes them. Read where a text
names Easter with its year (``holiday_dates``, ``slavic.holidays``)."""

from __future__ import annotations

import datetime as dt

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

__all__ = ["gregorian_easter", "julian_easter"]


def julian_easter(year: int) -> tuple[int, int]:
    """(month, day) of Easter by the Julian reckoning, as a day of the Gregorian calendar."""
    found: dt.date = easter(year, EASTER_ORTHODOX)
    return found.month, found.day


def gregorian_easter(year: int) -> tuple[int, int]:
    """(month, day) of Easter by the Gregorian reckoning."""
    found: dt.date = easter(year, EASTER_WESTERN)
    return found.month, found.day
