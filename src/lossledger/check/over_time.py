"""One claimant's own figures over time: a running total that goes down (``decreasing_total``) and a daily
"+N" that is not the difference of the claimant's own totals (``delta_mismatch``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ..profiles import ClaimantLabels
from .claims import ClaimGroup, StoredClaim
from .findings import Draft
from .rules import accepted_range, rounding_unit, rules, within
from .wording import day_name, label_of, num

__all__ = ["OverTimeChecks"]


class OverTimeChecks:
    """The checks across one claimant's echo groups, after each claim was compared with the references."""

    def __init__(self, *, claimant_labels: ClaimantLabels) -> None:
        self.claimant_labels = claimant_labels

    def check(
        self,
        groups: Sequence[ClaimGroup],
        *,
        confirmed: AbstractSet[int] = frozenset(),
        problems: AbstractSet[int] = frozenset(),
    ) -> list[Draft]:
        """Checks over one claimant's figures in time. ``confirmed``/``problems``: claim ids the reference
        comparison confirmed or flagged, to blame the right figure of a decreasing pair."""
        drafts: list[Draft] = []
        totals: dict[tuple[Any, ...], list[StoredClaim]] = defaultdict(list)
        dailies: list[StoredClaim] = []
        for group in groups:
            head = group.members[0]
            if head.claimant is None or head.as_of is None:
                continue
            if head.measure == "cumulative" and head.qualifier in ("exact", "approx", "at_least"):
                totals[(*self._source_key(head), head.side, head.category, head.outcome)].append(head)
            if head.measure == "period" and head.period_days == 1:
                dailies.extend(
                    m for m in group.members
                    if m.measure == "period" and m.period_days == 1 and m.id not in confirmed
                )  # fmt: skip
        drop = rules()["across"]["estimate_drop_fraction"]
        for series in totals.values():
            series.sort(key=lambda c: (c.as_of, c.value))
            for earlier, later in zip(series, series[1:], strict=False):
                assert earlier.as_of is not None and later.as_of is not None
                if later.as_of == earlier.as_of or later.qualifier == "at_least":
                    continue  # "more than 57,500" does not say the total is below an earlier 70,000
                hi_later = accepted_range(later.value, later.qualifier)[1]
                lo_earlier = accepted_range(earlier.value, earlier.qualifier)[0]
                if hi_later >= lo_earlier:
                    continue
                estimates = {earlier.qualifier, later.qualifier} & {"approx", "at_least"}
                if estimates and later.value >= earlier.value * (1 - drop):
                    continue  # an estimate revised down a little: a revision, not an error
                if earlier.id in confirmed and later.id in confirmed:
                    continue  # the reference itself went down (a revision): not the claimant's doing
                # Blame the figure the reference did not confirm: a wrong high figure makes the next
                # correct one look like a decrease.
                blame_earlier = earlier.id not in confirmed and (
                    later.id in confirmed or earlier.id in problems
                )
                blamed, other = (earlier, later) if blame_earlier else (later, earlier)
                drafts.append(Draft(
                    "decreasing_total", blamed,
                    f"Running total went down: {self._claimant(later)} gave {num(later.value)} "
                    f"{label_of(later.category)} on {day_name(later.as_of)} after {num(earlier.value)} on "
                    f"{day_name(earlier.as_of)}.", None, other.as_of, other.value,
                    {"other_claim": other.id, "other_doc": other.doc, "other_quote": other.quote},
                ))  # fmt: skip
        by_claimant: dict[tuple[Any, ...], dict[dt.date, set[float]]] = defaultdict(lambda: defaultdict(set))
        for (claimant, text, side, category, _outcome), series in totals.items():
            for c in series:
                # a total the series itself calls wrong (a wrong date, a misquote) is no base for a delta
                if (
                    c.qualifier in ("exact", "approx")
                    and rounding_unit(c.value) <= 10
                    and c.as_of is not None
                    and c.id not in problems
                ):
                    by_claimant[(claimant, text, side, category)][c.as_of].add(c.value)
        for daily in dailies:
            assert daily.as_of is not None
            known = by_claimant.get((*self._source_key(daily), daily.side, daily.category))
            if not known:
                continue
            today = known.get(daily.as_of, set())
            before = known.get(daily.as_of - dt.timedelta(days=1), set())
            if not today or not before:
                continue
            bounds = accepted_range(daily.value, daily.qualifier, daily.value_high)
            diffs = sorted({t - b for t in today for b in before})
            if not any(within(d, bounds) for d in diffs):
                drafts.append(
                    Draft(
                        "delta_mismatch",
                        daily,
                        f"Daily figure does not add up: {self._claimant(daily)} gave +{num(daily.value)} "
                        f"{label_of(daily.category)} on {day_name(daily.as_of)}, but its own totals went from "
                        f"{num(max(before))} to {num(max(today))} (+{num(diffs[-1])}).",
                        None,
                        daily.as_of,
                        diffs[-1],
                        {"totals_before": sorted(before), "totals_on": sorted(today)},
                    )
                )
        return drafts

    def _source_key(self, claim: StoredClaim) -> tuple[str | None, str | None]:
        """Whose figures one series over time is: the claimant, and inside a catch-all key such as
        ``other`` the name as written (CSIS apart from the WSJ)."""
        if claim.claimant in rules()["across"]["by_text_claimants"] and claim.claimant_text:
            return claim.claimant, " ".join(claim.claimant_text.lower().split())
        return claim.claimant, None

    def _claimant(self, claim: StoredClaim) -> str:
        """Who gave a figure, as a message names it: the profile's label ("Ukraine's General Staff"), and the
        name as written for a catch-all key ("other named source (CSIS)")."""
        if not claim.claimant:
            return "the article"
        label = self.claimant_labels(claim.claimant)
        text = self._source_key(claim)[1]
        return f"{label} ({claim.claimant_text})" if text and text != claim.claimant else label
