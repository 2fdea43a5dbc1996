"""Easter's day in a year, by either reckoning, as a day of the Gregorian calendar: the Julian (the Orthodox churches',
Ukraine's and Russia's) and the Gregorian (the Western churches'). Read where a text names Easter with its year
(``holiday_dates``, ``slavic.holidays``)."""

from __future__ import annotations

import datetime as dt

__all__ = ["gregorian_easter", "julian_easter"]


def julian_easter(year: int) -> tuple[int, int]:
    """(month, day) of Easter by the Julian reckoning, as a day of the Gregorian calendar (Meeus)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    julian = dt.date(year, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
    found = julian + dt.timedelta(days=year // 100 - year // 400 - 2)  # (the calendars' distance that spring)
    return found.month, found.day


def gregorian_easter(year: int) -> tuple[int, int]:
    """(month, day) of Easter by the Gregorian reckoning (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32
