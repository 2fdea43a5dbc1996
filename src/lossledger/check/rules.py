"""The checker's rules and arithmetic: ``data/check_rules.toml`` (kinds, thresholds, tolerances, wording),
how a rounded figure is read, and two digits swapped."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "KINDS", "PROBLEM_KINDS", "accepted_range", "digit_swap", "precise", "rounding_unit", "rules", "within",
]  # fmt: skip

KINDS: tuple[str, ...] = (
    "confirmed", "differs", "wrong_date", "mislabelled_running_total", "outcome_mislabel",
    "daily_confirmed", "daily_mismatch", "decreasing_total", "delta_mismatch", "implausible",
    "series_disagree",
)  # fmt: skip

#: Kinds that report a problem (the rest confirm).
PROBLEM_KINDS: frozenset[str] = frozenset(KINDS) - {"confirmed", "daily_confirmed"}


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    text = (resources.files("lossledger") / "data" / "check_rules.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def rounding_unit(value: float) -> float:
    """10^(trailing zeros) of a whole number: 80,000 -> 10,000; 75,930 -> 10; 2,765 -> 1."""
    if not float(value).is_integer() or value == 0:
        return 1.0
    number, unit = int(abs(value)), 1
    while number % 10 == 0:
        number //= 10
        unit *= 10
    return float(unit)


def accepted_range(value: float, qualifier: str, value_high: float | None = None) -> tuple[float, float]:
    """The reference values a claim agrees with, given how the text rounded it."""
    tol = rules()["tolerance"]
    if qualifier == "range" and value_high is not None:
        return (value, value_high)
    unit = rounding_unit(value)
    coarse = unit > tol["exact_unit"]
    if qualifier == "at_least":
        return (value, value + (min(unit, tol["directional_fraction"] * value) if coarse else 0.0))
    if qualifier == "at_most":
        return (value - (min(unit, tol["directional_fraction"] * value) if coarse else 0.0), value)
    slack = min(unit, tol["round_fraction"] * value) if coarse else 0.0
    return (value - slack, value + slack)


def within(ref: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= ref <= bounds[1]


def digit_swap(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` are the same digits with two neighbours swapped."""
    sa, sb = str(int(a)), str(int(b))
    if len(sa) != len(sb) or sa == sb or not (float(a).is_integer() and float(b).is_integer()):
        return False
    diff = [i for i in range(len(sa)) if sa[i] != sb[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and sa[diff[0]] == sb[diff[1]]
        and sa[diff[1]] == sb[diff[0]]
    )


def precise(value: float, value_high: float | None) -> bool:
    """A figure given to the unit (not rounded, not a range): precise enough to call a misquote."""
    return rounding_unit(value) <= rules()["tolerance"]["exact_unit"] and value_high is None
