"""Claims against lower-bound counts (Oryx's visually confirmed equipment, Mediazona's named dead): a count
grows and estimates of all losses exceed it, so only a count of the same thing below the count is wrong
(``differs``); one within the text's rounding of it is ``confirmed``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..reference import SeriesBundle
from .claims import StoredClaim
from .findings import Draft
from .rules import accepted_range, rules
from .wording import day_name, label_of, num, series_name

__all__ = ["LowerBoundChecks"]


class LowerBoundChecks:
    """A running total against every lower-bound series among the reference bundles."""

    def __init__(self, bundles: Sequence[SeriesBundle]) -> None:
        self.lower = [b for b in bundles if b.bound == "lower_bound"]

    def check(self, claim: StoredClaim) -> list[Draft]:
        """A lower-bound count (Oryx, Mediazona) against a claim its author is said to make. Only a count of
        the same thing is compared (an exact or rounded figure, not an estimate, range or "more than"), and
        only a figure below the count is wrong: the count grows, and estimates of all losses exceed it."""
        lb = rules()["lower_bound"]
        assert claim.as_of is not None
        if claim.qualifier not in lb["count_qualifiers"] or claim.value_high is not None:
            return []
        if lb.get("estimate_words") and re.search(lb["estimate_words"], claim.quote, re.IGNORECASE):
            return []
        for bundle in self.lower:
            family = bundle.family
            if claim.claimant not in lb["claimants"].get(family, []):
                continue
            if claim.outcome not in lb["outcomes"].get(family, []):
                continue
            series = bundle.for_side(claim.side)
            rows = series.points.get(claim.category) if series else None
            if not rows:
                continue
            start = claim.as_of - dt.timedelta(days=lb["back_days"])
            end = claim.as_of + dt.timedelta(days=lb["ahead_days"])
            before = [(d, v) for d, v in rows if start <= d <= claim.as_of]
            after = [(d, v) for d, v in rows if claim.as_of < d <= end]
            near = before[-1:] + after[:1]
            if not near:
                continue
            bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
            low, high = min(v for _, v in near), max(v for _, v in near)
            name = series_name(family)
            if bounds[1] >= low and bounds[0] <= high:
                date, ref = near[0]
                return [Draft(
                    "confirmed", claim,
                    f"Confirmed: {name} counted {num(ref)} {label_of(claim.category)} on {day_name(date)} "
                    f"({bundle.source}).", bundle.source, date, ref,
                )]  # fmt: skip
            if not before or bounds[1] >= low:
                return []  # above the count: a later count or an estimate of more, not a misquote
            date, ref = before[-1]
            return [Draft(
                "differs", claim,
                f"Differs: {name} had already counted {num(ref)} {label_of(claim.category)} by {day_name(date)} "
                f"({bundle.source}), more than the {num(claim.value)} the claim gives as its count.",
                bundle.source, date, ref, {"bound": "lower_bound"},
            )]  # fmt: skip
        return []

    # checks across one claimant's claims
