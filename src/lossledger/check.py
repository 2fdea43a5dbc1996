"""The checker: compare claims with reference series and with each other; write findings and echo groups.

A figure repeated by many outlets is one claim group (claimant, side, category, outcome, value, as_of within
a day). Each claim is checked, then findings of one kind about one group are merged into one finding that
lists every claim, document and quote: forty outlets repeating a mislabelled total make one finding.

Kinds: ``confirmed``, ``differs``, ``wrong_date`` (cumulative vs the series on as_of),
``mislabelled_running_total`` (a "past 24 hours" figure that is the running total), ``outcome_mislabel``
("killed" for the General Staff's killed-and-wounded figure), ``daily_confirmed`` / ``daily_mismatch``
(+N vs the series' daily difference less corrections), ``decreasing_total`` and ``delta_mismatch`` (one
claimant's own figures over time) and ``implausible`` (rates or totals far outside the series' range).
Rules and thresholds are data: ``data/check_rules.toml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .check_series import Cell, MergedSeries
from .ledger import Ledger
from .model import outlet_of
from .profiles import ClaimantLabels, Profile, claimant_labels_for
from .reference import SeriesBundle, load_bundles

__all__ = [
    "KINDS",
    "CheckReport",
    "Finding",
    "StoredClaim",
    "check",
    "check_ledger",
    "compute_findings",
    "group_claims",
    "outlet_of",
]

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


# -- the claims as the checker sees them -------------------------------------------------------------


@dataclass
class StoredClaim:
    """A claim row of the ledger joined with what the checker needs of its document."""

    id: int
    doc: str
    side: str
    category: str
    outcome: str
    value: float
    value_high: float | None
    qualifier: str
    measure: str
    period_days: float | None
    as_of: dt.date | None
    as_of_basis: str
    claimant: str | None
    quote: str
    outlet: str
    seen: str | None
    #: The extraction rule; it names the profile the claim was read with (``... russia-ukraine@2``).
    rule: str = ""
    #: The claimant as written ("CSIS"): keeps sources apart inside one key such as ``other``.
    claimant_text: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredClaim:
        return cls(
            id=int(row["id"]), doc=row["doc"], side=row["side"] or "", category=row["category"] or "",
            outcome=row["outcome"] or "", value=float(row["value"] or 0),
            value_high=None if row["value_high"] is None else float(row["value_high"]),
            qualifier=row["qualifier"] or "exact", measure=row["measure"] or "",
            period_days=None if row["period_days"] is None else float(row["period_days"]),
            as_of=dt.date.fromisoformat(row["as_of"]) if row["as_of"] else None,
            as_of_basis=row["as_of_basis"] or "none", claimant=row["claimant"] or None,
            quote=row["quote"] or "", outlet=outlet_of(row.get("url"), row.get("source"), row["doc"]),
            seen=row.get("published") or (row.get("ingested_at") or "")[:10] or None,
            rule=row.get("rule") or "", claimant_text=row.get("claimant_text") or None,
        )  # fmt: skip


@dataclass
class Finding:
    kind: str
    severity: str
    claim_ids: list[int]
    docs: list[str]
    quotes: list[str]
    message: str
    reference_source: str | None = None
    reference_date: dt.date | None = None
    reference_value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)
    group_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "severity": self.severity, "claims": self.claim_ids, "documents": self.docs,
            "quotes": self.quotes, "message": self.message, "reference_source": self.reference_source,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "reference_value": self.reference_value, "details": self.details, "group_id": self.group_id,
        }  # fmt: skip


@dataclass
class ClaimGroup:
    id: int
    key: tuple[Any, ...]
    members: list[StoredClaim]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members})

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc for m in self.members})


@dataclass
class CheckReport:
    claims: int
    groups: int
    findings: list[Finding]
    references: list[str]
    #: Things the reader should know about the run (e.g. claims whose profile could not be loaded).
    notes: list[str] = field(default_factory=list)

    @property
    def by_kind(self) -> dict[str, int]:
        return dict(Counter(f.kind for f in self.findings))

    @property
    def problems(self) -> int:
        return sum(1 for f in self.findings if f.kind in PROBLEM_KINDS)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": self.claims,
            "groups": self.groups,
            "references": self.references,
            "by_kind": self.by_kind,
            "notes": self.notes,
            "findings": [f.to_dict() for f in self.findings],
        }


# -- numbers and words -------------------------------------------------------------------------------


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def _label(category: str) -> str:
    return str(rules()["labels"].get(category, category.replace("_", " ")))


def _series_name(family: str) -> str:
    """How a finding names a family of series: "the General Staff", "Oryx"."""
    return str(rules()["sources"].get(family, family))


def _sources(cell: Cell) -> str:
    """The copies of the series a cell's value comes from, as a finding names them."""
    names = [s for s, _ in cell.values]
    return f"series {names[0]}" if len(names) == 1 else f"series {', '.join(names)} agree"


def _cell_details(cell: Cell) -> dict[str, Any]:
    return {"series": {s: v for s, v in cell.values}}


DAY = dt.timedelta(days=1)


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


def _within(ref: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= ref <= bounds[1]


def _digit_swap(a: float, b: float) -> bool:
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


# -- echo groups -------------------------------------------------------------------------------------


def group_claims(claims: Sequence[StoredClaim]) -> list[ClaimGroup]:
    """Group the same figure from many documents: same claimant, side, category, outcome and value, with
    as_of dates no more than a day from the group's first."""
    by_key: dict[tuple[Any, ...], list[StoredClaim]] = defaultdict(list)
    for claim in claims:
        by_key[(claim.claimant, claim.side, claim.category, claim.outcome, claim.value)].append(claim)
    groups: list[ClaimGroup] = []
    for key in sorted(by_key, key=repr):
        members = sorted(by_key[key], key=lambda c: (c.as_of or dt.date.max, c.id))
        current: list[StoredClaim] = []
        start: dt.date | None = None
        for claim in members:
            if current:
                both_undated = claim.as_of is None and start is None
                close = claim.as_of is not None and start is not None and (claim.as_of - start).days <= 1
                if not (both_undated or close):
                    groups.append(ClaimGroup(len(groups) + 1, (*key, start), current))
                    current = []
            if not current:
                start = claim.as_of
            current.append(claim)
        if current:
            groups.append(ClaimGroup(len(groups) + 1, (*key, start), current))
    return groups


# -- the checks --------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """One claim's finding before findings about one group are merged."""

    kind: str
    claim: StoredClaim
    message: str
    reference_source: str | None = None
    reference_date: dt.date | None = None
    reference_value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)


class _Checker:
    def __init__(self, bundles: Sequence[SeriesBundle], *, claimant_labels: ClaimantLabels) -> None:
        self.rules = rules()
        self.claimant_labels = claimant_labels
        gs = self.rules["general_staff"]
        superseding = list(gs.get("supersedes_snapshot", []))
        # Every copy of the General Staff series, merged per cell: newer copies of the shipped snapshot
        # first, then the snapshot, then the other copies as second opinions.
        gs_bundles = sorted(
            (b for b in bundles if b.family == "general_staff" and b.for_side("russia")),
            key=lambda b: (b.source not in superseding, not b.source.endswith("_snapshot"), b.source),
        )
        self.gs = MergedSeries(gs_bundles, side="russia", supersedes_snapshot=superseding)
        self.lower = [b for b in bundles if b.bound == "lower_bound"]
        self.echo = {c for c in gs["echo_claimants"] if c}
        self.own_voice_hosts = tuple(gs.get("own_voice_outlets", []))
        self.own_words = re.compile(gs["own_words"], re.IGNORECASE) if gs.get("own_words") else None
        self.never = set(gs["never_compared"])
        self._max_daily: dict[str, list[tuple[dt.date, float]]] = {}

    # helpers over the series

    def _lags(self, claim: StoredClaim) -> list[int]:
        lag = self.rules["lag"]
        return list(lag["stated"] if claim.as_of_basis in lag["stated_bases"] else lag["other"])

    def _lag_dates(self, claim: StoredClaim) -> list[dt.date]:
        assert claim.as_of is not None
        return [claim.as_of + dt.timedelta(days=lag) for lag in self._lags(claim)]

    def _window(self, claim: StoredClaim) -> list[tuple[dt.date, Cell]]:
        out = []
        for date in self._lag_dates(claim):
            cell = self.gs.cell(claim.category, date)
            if cell is not None:
                out.append((date, cell))
        return out

    def _covered(self, claim: StoredClaim, *, daily: bool = False) -> bool:
        """True when the series has every date the claim may refer to: outside the series' dates (or on a
        gap) a figure that matches nothing gets no verdict, since the series simply does not say."""
        for date in self._lag_dates(claim):
            if (self.gs.daily(claim.category, date) if daily else self.gs.cell(claim.category, date)) is None:
                return False
        return True

    def _gs_covers(self, claim: StoredClaim) -> bool:
        if claim.side != "russia" or claim.category in self.never or claim.as_of is None:
            return False
        return self.gs.has(claim.category)

    def _gs_outcome_ok(self, claim: StoredClaim, *, daily: bool = False) -> bool:
        gs = self.rules["general_staff"]
        if claim.category == "personnel":
            return claim.outcome in gs["daily_personnel_outcomes" if daily else "personnel_outcomes"]
        return claim.outcome in gs["equipment_outcomes"]

    def _own_wording(self, claim: StoredClaim) -> bool:
        """A General Staff figure in the General Staff's own word ("persons were liquidated"): its
        killed-and-wounded total, read as killed only because of how the bulletin words it."""
        return (
            claim.category == "personnel"
            and claim.outcome == "killed"
            and claim.claimant in self.echo
            and self.own_words is not None
            and bool(self.own_words.search(claim.quote))
        )

    def _echoes(self, claim: StoredClaim) -> bool:
        """The claim repeats the General Staff: its claimant is the General Staff or a Ukrainian official
        quoting it, or it is in the article's own voice on a Ukrainian outlet."""
        if claim.claimant in self.echo:
            return True
        return claim.claimant is None and self._ukrainian_outlet(claim)

    def _ukrainian_outlet(self, claim: StoredClaim) -> bool:
        return any(claim.outlet == h or claim.outlet.endswith("." + h) for h in self.own_voice_hosts)

    def _precise(self, claim: StoredClaim) -> bool:
        return rounding_unit(claim.value) <= self.rules["tolerance"]["exact_unit"] and claim.value_high is None

    # the per-claim checks

    def check(self, claim: StoredClaim) -> list[_Draft]:
        drafts: list[_Draft] = []
        if self._gs_covers(claim):
            echoes = self._echoes(claim)
            own_voice = claim.claimant is None and not echoes
            if self._own_wording(claim):
                claim = dataclasses.replace(claim, outcome="losses")
            if claim.measure == "cumulative" and (echoes or own_voice) and self._gs_outcome_ok(claim):
                found = self._cumulative(claim)
                # A round figure in an article's own voice may be anyone's estimate: the series can
                # confirm it, but only a precise figure is evidence enough of a misquote.
                if own_voice and not self._precise(claim):
                    found = [d for d in found if d.kind not in PROBLEM_KINDS]
                drafts += found
            elif (
                claim.measure == "cumulative" and claim.category == "personnel" and claim.outcome == "killed"
            ):
                drafts += self._outcome(claim)
            elif claim.measure in ("period", "rate") and echoes and self._gs_outcome_ok(claim, daily=True):
                drafts += self._period(claim)
            if (echoes or own_voice) and not any(d.kind == "mislabelled_running_total" for d in drafts):
                drafts += self._implausible(claim)
        if claim.measure == "cumulative" and claim.as_of is not None:
            drafts += self._lower_bound(claim)
        return drafts

    def _cumulative(self, claim: StoredClaim) -> list[_Draft]:
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        window = self._window(claim)
        if not window:
            return []
        name = _series_name("general_staff")
        for date, cell in window:
            if cell.agreed is not None and _within(cell.agreed, bounds):
                return [_Draft(
                    "confirmed", claim,
                    f"Confirmed: {name}'s running total of {_label(claim.category)} on {_day(date)} was "
                    f"{_num(cell.agreed)}{_rounded(claim, cell.agreed)} ({_sources(cell)}).",
                    cell.primary[0], date, cell.agreed, _cell_details(cell),
                )]  # fmt: skip
        for date, cell in window:
            matching = [(s, v) for s, v in cell.values if _within(v, bounds)]
            if matching:
                return [self._disagree(claim, date, cell, matching[0], "running total")]
        if not self._covered(claim):
            return []
        assert claim.as_of is not None
        date, cell = min(window, key=lambda p: abs((p[0] - claim.as_of).days) if claim.as_of else 0)
        source, ref = cell.primary
        figure = f"{name}'s figure for {_label(claim.category)} on {_day(date)} was {cell.describe()}"
        other = self._date_of_value(claim, bounds)
        if other is not None:
            first, last = other
            return [_Draft(
                "wrong_date", claim,
                f"Wrong date: {figure}; {_num(claim.value)} was the figure {_when(other)}.",
                source, date, ref,
                {"figure_dates": [first.isoformat(), last.isoformat()], **_cell_details(cell)},
            )]  # fmt: skip
        swapped = cell.agreed is not None and _digit_swap(claim.value, ref)
        note = " The digits look swapped." if swapped else ""
        return [_Draft(
            "differs", claim,
            f"Differs: {figure}, not {_num(claim.value)}, which was never its figure near that date.{note}",
            source, date, ref, {"digit_swap": swapped, **_cell_details(cell)},
        )]  # fmt: skip

    def _disagree(
        self, claim: StoredClaim, date: dt.date, cell: Cell, match: tuple[str, float], what: str
    ) -> _Draft:
        """The copies of the series disagree on the cell the claim matches: say so, confirm from neither."""
        source, value = match
        others = [(s, v) for s, v in cell.values if v != value]
        return _Draft(
            "series_disagree", claim,
            f"Series disagree: the copies of {_series_name('general_staff')}'s {what} of "
            f"{_label(claim.category)} on {_day(date)} give {cell.describe()}; the claim's "
            f"{_num(claim.value)} matches {', '.join(cell.sources_with(value))}, not "
            f"{', '.join(s for s, _ in others)}. Run `lossledger reference audit` to see which is right.",
            source, date, value, _cell_details(cell),
        )  # fmt: skip

    def _date_of_value(self, claim: StoredClaim, bounds: tuple[float, float]) -> tuple[dt.date, dt.date] | None:
        """The run of dates nearest to as_of on which every copy of the series gave a value within
        ``bounds`` (a value only one disputed copy gives is not evidence of a date)."""
        assert claim.as_of is not None
        cells = self.gs.cells(claim.category)
        limit = self.rules["wrong_date"]["max_days"]
        hits = [
            d for d, c in cells.items()
            if c.agreed is not None and _within(c.agreed, bounds) and abs((d - claim.as_of).days) <= limit
        ]  # fmt: skip
        if not hits:
            return None
        nearest = min(hits, key=lambda d: abs((d - claim.as_of).days) if claim.as_of else 0)
        hit_set = set(hits)
        first = last = nearest
        while first - DAY in hit_set:
            first -= DAY
        while last + DAY in hit_set:
            last += DAY
        return first, last

    def _outcome(self, claim: StoredClaim) -> list[_Draft]:
        """A "killed" figure equal to the General Staff's personnel figure (killed and wounded together)."""
        if not self._precise(claim) and claim.claimant not in self.echo:
            return []  # a round "100,000 killed" from elsewhere is not evidence of an echo
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        for date, cell in self._window(claim):
            for source, ref in cell.values:
                if _within(ref, bounds):
                    return [_Draft(
                        "outcome_mislabel", claim,
                        f"Called killed, but {_num(ref)} is {_series_name('general_staff')}'s personnel figure "
                        f"on {_day(date)} ({source}), which counts killed and wounded together.",
                        source, date, ref, _cell_details(cell),
                    )]  # fmt: skip
        return []

    def _period(self, claim: StoredClaim) -> list[_Draft]:
        assert claim.as_of is not None
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        if claim.measure == "period" and claim.value > 1:
            mislabel = self._running_total(claim, bounds)
            if mislabel is not None:
                return [mislabel]
        if claim.measure == "period" and claim.period_days == 1:
            return self._daily_check(claim, bounds)
        return []

    def _running_total(self, claim: StoredClaim, bounds: tuple[float, float]) -> _Draft | None:
        """A period claim whose figure is the running total: on as_of (within the lag), or, when the
        figure is far too large for the period, on the nearest date it was the running total."""
        assert claim.as_of is not None
        span = claim.period_days
        period = "a single day" if span == 1 else (f"{_num(span)} days" if span else "the period stated")
        name = _series_name("general_staff")
        for date, cell in self._window(claim):
            match = next(((s, v) for s, v in cell.values if _within(v, bounds)), None)
            if match is None:
                continue
            source, ref = match
            increase = None
            if span:
                earlier = self.gs.value_on(claim.category, date - dt.timedelta(days=int(span)))
                increase = None if earlier is None else ref - earlier
                if increase is not None and _within(increase, bounds):
                    return None  # the period's real increase happens to equal the total
            elif claim.value < 10:
                return None
            actual = f"; the increase over {period} was {_num(increase)}" if increase is not None else ""
            return _Draft(
                "mislabelled_running_total", claim,
                f"Mislabelled running total: {_num(claim.value)} {_label(claim.category)} is "
                f"{name}'s running total since 24 February 2022 on {_day(date)} ({source}), not the "
                f"losses of {period}{actual}.", source, date, ref, {"increase": increase, **_cell_details(cell)},
            )  # fmt: skip
        if not span or not self.gs:
            return None
        imp = self.rules["implausible"]
        window = dt.timedelta(days=imp["window_days"])
        most = self._max_daily_in(claim.category, claim.as_of - window, claim.as_of + window)
        if not most or claim.value / span <= imp["rate_factor"] * most:
            return None
        dates = self._date_of_value(claim, bounds)
        if dates is None:
            return None
        found = self.gs.cell(claim.category, dates[0])
        assert found is not None
        cell = found
        figure_dates = [d.isoformat() for d in dates]
        return _Draft(
            "mislabelled_running_total", claim,
            f"Mislabelled running total: {_num(claim.value)} {_label(claim.category)} is far too many for "
            f"{period}; it was {name}'s running total since 24 February 2022 "
            f"{_when(dates)} ({_sources(cell)}).", cell.primary[0], dates[0], cell.primary[1],
            {"figure_dates": figure_dates, **_cell_details(cell)},
        )  # fmt: skip

    def _daily_check(self, claim: StoredClaim, bounds: tuple[float, float]) -> list[_Draft]:
        """A daily "+N" against the day's difference of the running totals, less the day's corrections."""
        assert claim.as_of is not None
        name = _series_name("general_staff")
        days = [(d, self.gs.daily(claim.category, d)) for d in self._lag_dates(claim)]
        window = [(d, c) for d, c in days if c is not None]
        for date, cell in window:
            if cell.agreed is not None and _within(cell.agreed, bounds):
                return [_Draft(
                    "daily_confirmed", claim,
                    f"Confirmed: {name} reported {_num(cell.agreed)} more {_label(claim.category)} on "
                    f"{_day(date)} than the day before ({_sources(cell)}).",
                    cell.primary[0], date, cell.agreed, _cell_details(cell),
                )]  # fmt: skip
        for date, cell in window:
            matching = [(s, v) for s, v in cell.values if _within(v, bounds)]
            if matching:
                return [self._disagree(claim, date, cell, matching[0], "daily increase")]
        if claim.as_of_basis in self.rules["lag"]["weak_bases"]:
            return []  # an inferred date is too weak to call a daily figure wrong
        if not window or len(window) < len(days):
            return []  # a day outside the series (or on its gap): the series does not say
        date, cell = next(((d, c) for d, c in window if d == claim.as_of), window[0])
        source, daily = cell.primary
        swapped = cell.agreed is not None and _digit_swap(claim.value, daily)
        swap = " The digits look swapped." if swapped else ""
        return [_Draft(
            "daily_mismatch", claim,
            f"Daily figure differs: {name}'s {_label(claim.category)} rose by {cell.describe()} on "
            f"{_day(date)}, not {_num(claim.value)}.{swap}", source, date, daily,
            {"digit_swap": swapped, **_cell_details(cell)},
        )]  # fmt: skip

    def _implausible(self, claim: StoredClaim) -> list[_Draft]:
        assert claim.as_of is not None
        imp = self.rules["implausible"]
        if not self._gs_outcome_ok(claim, daily=True) or not self.gs:
            return []
        rows = self.gs.rows(claim.category)
        if not rows:
            return []
        window = dt.timedelta(days=imp["window_days"])
        stale = dt.timedelta(days=imp["stale_days"])
        # A series that ended long before the claim (or starts long after it) says nothing about it.
        if rows[-1][0] < claim.as_of - stale or rows[0][0] > claim.as_of + stale:
            return []
        name = _series_name("general_staff")
        high = claim.value_high if claim.value_high is not None else claim.value
        if claim.measure in ("rate", "period") and claim.period_days:
            per_day = high / claim.period_days
            daily = self._max_daily_in(claim.category, claim.as_of - window, claim.as_of + window)
            if daily and per_day > imp["rate_factor"] * daily:
                return [_Draft(
                    "implausible", claim,
                    f"Implausible: {_num(per_day)} {_label(claim.category)} a day is more than "
                    f"{imp['rate_factor']:g} times {name}'s largest daily figure around that date "
                    f"({_num(daily)}, {', '.join(self.gs.sources)}).",
                    self.gs.sources[0], claim.as_of, daily, {"per_day": per_day},
                )]  # fmt: skip
        elif claim.measure == "cumulative":
            later = [(d, v) for d, v in rows if d <= claim.as_of + window]
            if later and high > imp["cumulative_factor"] * max(v for _, v in later):
                date, ref = max(later, key=lambda p: p[1])
                cell = self.gs.cell(claim.category, date)
                assert cell is not None
                return [_Draft(
                    "implausible", claim,
                    f"Implausible: {_num(high)} {_label(claim.category)} is more than "
                    f"{imp['cumulative_factor']:g} times {name}'s own running total ({_num(ref)} on "
                    f"{_day(date)}, {_sources(cell)}).",
                    cell.primary[0], date, ref, _cell_details(cell),
                )]  # fmt: skip
        return []

    def _max_daily_in(self, category: str, start: dt.date, end: dt.date) -> float | None:
        if category not in self._max_daily:
            rows = self.gs.rows(category)
            diffs = []
            for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
                if (d1 - d0).days == 1:
                    diffs.append((d1, v1 - v0 - self.gs.correction(category, d1)))
            self._max_daily[category] = diffs
        values = [v for d, v in self._max_daily[category] if start <= d <= end]
        return max(values) if values else None

    def _lower_bound(self, claim: StoredClaim) -> list[_Draft]:
        """A lower-bound count (Oryx, Mediazona) against a claim its author is said to make. Only a count of
        the same thing is compared (an exact or rounded figure, not an estimate, range or "more than"), and
        only a figure below the count is wrong: the count grows, and estimates of all losses exceed it."""
        lb = self.rules["lower_bound"]
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
            name = _series_name(family)
            if bounds[1] >= low and bounds[0] <= high:
                date, ref = near[0]
                return [_Draft(
                    "confirmed", claim,
                    f"Confirmed: {name} counted {_num(ref)} {_label(claim.category)} on {_day(date)} "
                    f"({bundle.source}).", bundle.source, date, ref,
                )]  # fmt: skip
            if not before or bounds[1] >= low:
                return []  # above the count: a later count or an estimate of more, not a misquote
            date, ref = before[-1]
            return [_Draft(
                "differs", claim,
                f"Differs: {name} had already counted {_num(ref)} {_label(claim.category)} by {_day(date)} "
                f"({bundle.source}), more than the {_num(claim.value)} the claim gives as its count.",
                bundle.source, date, ref, {"bound": "lower_bound"},
            )]  # fmt: skip
        return []

    # checks across one claimant's claims

    def across(
        self,
        groups: Sequence[ClaimGroup],
        *,
        confirmed: AbstractSet[int] = frozenset(),
        problems: AbstractSet[int] = frozenset(),
    ) -> list[_Draft]:
        """Checks over one claimant's figures in time. ``confirmed``/``problems``: claim ids the reference
        comparison confirmed or flagged, to blame the right figure of a decreasing pair."""
        drafts: list[_Draft] = []
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
        drop = self.rules["across"]["estimate_drop_fraction"]
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
                drafts.append(_Draft(
                    "decreasing_total", blamed,
                    f"Running total went down: {self._claimant(later)} gave {_num(later.value)} "
                    f"{_label(later.category)} on {_day(later.as_of)} after {_num(earlier.value)} on "
                    f"{_day(earlier.as_of)}.", None, other.as_of, other.value,
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
            if not any(_within(d, bounds) for d in diffs):
                drafts.append(
                    _Draft(
                        "delta_mismatch",
                        daily,
                        f"Daily figure does not add up: {self._claimant(daily)} gave +{_num(daily.value)} "
                        f"{_label(daily.category)} on {_day(daily.as_of)}, but its own totals went from "
                        f"{_num(max(before))} to {_num(max(today))} (+{_num(diffs[-1])}).",
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
        if claim.claimant in self.rules["across"]["by_text_claimants"] and claim.claimant_text:
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


def _rounded(claim: StoredClaim, ref: float) -> str:
    """Say so when a claim matched only as the text's rounding of the reference value."""
    return "" if ref == claim.value else f", which the text gives as {_num(claim.value)}"


def _when(dates: tuple[dt.date, dt.date]) -> str:
    """'on 6 November 2022' or 'from 11 November 2022 to 1 December 2022'."""
    first, last = dates
    return f"on {_day(first)}" if first == last else f"from {_day(first)} to {_day(last)}"


def compute_findings(
    claims: Sequence[StoredClaim], bundles: Sequence[SeriesBundle], *, claimant_labels: ClaimantLabels | None = None
) -> tuple[list[ClaimGroup], list[Finding]]:
    """Echo groups and merged findings for ``claims`` against ``bundles`` (pure: no database).

    ``claimant_labels`` name the claimants in messages (default: the profiles the claims' rules name)."""
    groups = group_claims(claims)
    group_of = {m.id: g for g in groups for m in g.members}
    labels = claimant_labels if claimant_labels is not None else claimant_labels_for({c.rule for c in claims})
    checker = _Checker(bundles, claimant_labels=labels)
    drafts: list[_Draft] = []
    for claim in claims:
        drafts.extend(checker.check(claim))
    confirmed = {d.claim.id for d in drafts if d.kind not in PROBLEM_KINDS}
    problems = {d.claim.id for d in drafts if d.kind in PROBLEM_KINDS}
    drafts.extend(checker.across(groups, confirmed=confirmed, problems=problems))
    return groups, _merge(drafts, group_of)


def _merge(drafts: Iterable[_Draft], group_of: dict[int, ClaimGroup]) -> list[Finding]:
    severity = rules()["severity"]
    merged: dict[tuple[Any, ...], Finding] = {}
    for draft in drafts:
        group = group_of.get(draft.claim.id)
        key = (
            draft.kind,
            group.id if group else draft.claim.id,
            draft.claim.measure,
            draft.claim.period_days,
        )
        finding = merged.get(key)
        if finding is None:
            merged[key] = Finding(
                kind=draft.kind,
                severity=severity.get(draft.kind, "warning"),
                claim_ids=[draft.claim.id],
                docs=[draft.claim.doc],
                quotes=[draft.claim.quote],
                message=draft.message,
                reference_source=draft.reference_source,
                reference_date=draft.reference_date,
                reference_value=draft.reference_value,
                details=dict(draft.details),
                group_id=group.id if group else None,
            )
            continue
        if draft.claim.id not in finding.claim_ids:
            finding.claim_ids.append(draft.claim.id)
        if draft.claim.doc not in finding.docs:
            finding.docs.append(draft.claim.doc)
        if draft.claim.quote not in finding.quotes:
            finding.quotes.append(draft.claim.quote)
    out = list(merged.values())
    for finding in out:
        group = group_of.get(finding.claim_ids[0])
        if group is not None:
            finding.details.update(
                n_reports=len(group.documents), n_outlets=len(group.outlets), outlets=group.outlets
            )
        finding.details.update(claims=finding.claim_ids, documents=finding.docs, quotes=finding.quotes)
    out.sort(key=lambda f: (KINDS.index(f.kind) if f.kind in KINDS else 99, f.claim_ids[0]))
    return out


# -- the ledger side ---------------------------------------------------------------------------------

_CLAIMS_SQL = """
SELECT c.*, d.url AS url, d.source AS source, d.published AS published, d.ingested_at AS ingested_at
FROM claims c JOIN documents d ON d.id = c.doc ORDER BY c.id
"""


def load_claims(ledger: Ledger) -> list[StoredClaim]:
    return [StoredClaim.from_row(row) for row in ledger.query(_CLAIMS_SQL)]


def check_ledger(ledger: Ledger, *, profile: Profile | str | None = None) -> CheckReport:
    """Recompute claim groups and findings of an open ledger (replacing the previous ones, atomically).

    Messages name claimants as the claims' profile does; ``profile`` is the user's profile file when
    the claims were extracted with one (a ledger records only its name)."""
    claims = load_claims(ledger)
    bundles = load_bundles(ledger)
    labels = claimant_labels_for({c.rule for c in claims}, profile=profile)
    groups, findings = compute_findings(claims, bundles, claimant_labels=labels)
    run_id = ledger.start_run("check", {"profile": str(profile) if profile is not None else None})
    with ledger.transaction("write findings") as conn:
        conn.execute("DELETE FROM finding_claims")
        conn.execute("DELETE FROM findings")
        conn.execute("DELETE FROM claim_group_members")
        conn.execute("DELETE FROM claim_groups")
        conn.executemany(
            "INSERT INTO claim_groups (id, claimant, side, category, outcome, value, as_of, n_reports,"
            " n_outlets, first_seen, last_seen, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_group_row(g) for g in groups],
        )
        conn.executemany(
            "INSERT INTO claim_group_members (group_id, claim_id) VALUES (?, ?)",
            [(g.id, m.id) for g in groups for m in g.members],
        )
        for f in findings:
            cursor = conn.execute(
                "INSERT INTO findings (kind, severity, claim_id, doc, message, reference_source,"
                " reference_date, reference_value, details, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f.kind,
                    f.severity,
                    f.claim_ids[0],
                    f.docs[0],
                    f.message,
                    f.reference_source,
                    f.reference_date.isoformat() if f.reference_date else None,
                    f.reference_value,
                    json.dumps(f.details, default=str),
                    f.group_id,
                ),
            )
            conn.executemany(
                "INSERT INTO finding_claims (finding_id, claim_id) VALUES (?, ?)",
                [(cursor.lastrowid, claim_id) for claim_id in f.claim_ids],
            )
        conn.execute(
            "UPDATE runs SET claims = ?, documents = ?, finished_at = ?, status = 'ok' WHERE id = ?",
            (
                len(claims),
                len({c.doc for c in claims}),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                run_id,
            ),
        )
    return CheckReport(
        claims=len(claims), groups=len(groups), findings=findings, references=[b.source for b in bundles],
        notes=[labels.note] if labels.note else [],
    )


def _group_row(group: ClaimGroup) -> tuple[Any, ...]:
    claimant, side, category, outcome, value, as_of = group.key
    seen = sorted(m.seen for m in group.members if m.seen)
    return (
        group.id,
        claimant,
        side,
        category,
        outcome,
        value,
        as_of.isoformat() if as_of else None,
        len(group.documents),
        len(group.outlets),
        seen[0] if seen else None,
        seen[-1] if seen else None,
        json.dumps(group.outlets),
    )


def check(*, db_path: str | os.PathLike[str], profile: Profile | str | None = None) -> CheckReport:
    """Open the ledger at ``db_path`` (it must exist), recompute findings and groups, and report them.
    ``profile``: as in ``check_ledger``."""
    with Ledger.open(db_path, create=False) as ledger:
        return check_ledger(ledger, profile=profile)
