"""Claims against an official series (the General Staff's running totals, every copy merged): a running
total on its date (``confirmed``, ``differs``, ``wrong_date``, ``series_disagree``), a "killed" figure that is
the killed-and-wounded total (``outcome_mislabel``), a daily or period figure (``daily_confirmed``,
``daily_mismatch``, ``mislabelled_running_total``) and figures far outside the series' range (``implausible``).

Only claims that repeat the series are compared: from a claimant who quotes it, or in the article's own voice
(``Voice``). The series is one side's (the side the copies hold series for, see ``merge_copies``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from .claims import StoredClaim
from .findings import Draft
from .merged_series import Cell, MergedSeries
from .rules import PROBLEM_KINDS, accepted_range, digit_swap, precise, rules, within
from .wording import cell_details, copies_named, day_name, label_of, num, rounded, series_name, when

__all__ = ["OfficialChecks", "OfficialSeries", "Voice", "outcome_compared"]

DAY = dt.timedelta(days=1)


def outcome_compared(claim: StoredClaim, *, daily: bool = False) -> bool:
    """Whether the series counts the claim's outcome (its personnel figure is killed and wounded together)."""
    gs = rules()["general_staff"]
    if claim.category == "personnel":
        return claim.outcome in gs["daily_personnel_outcomes" if daily else "personnel_outcomes"]
    return claim.outcome in gs["equipment_outcomes"]


class OfficialSeries:
    """The merged copies of the series, seen from a claim: the dates it may refer to (its date and the
    publication lag), the cells on them, and the series' largest daily increases."""

    def __init__(self, merged: MergedSeries) -> None:
        self.merged = merged
        self._max_daily: dict[str, list[tuple[dt.date, float]]] = {}

    def lag_dates(self, claim: StoredClaim) -> list[dt.date]:
        assert claim.as_of is not None
        lag = rules()["lag"]
        lags = lag["stated"] if claim.as_of_basis in lag["stated_bases"] else lag["other"]
        return [claim.as_of + dt.timedelta(days=days) for days in lags]

    def window(self, claim: StoredClaim) -> list[tuple[dt.date, Cell]]:
        out = []
        for date in self.lag_dates(claim):
            cell = self.merged.cell(claim.category, date)
            if cell is not None:
                out.append((date, cell))
        return out

    def covered(self, claim: StoredClaim, *, daily: bool = False) -> bool:
        """True when the series has every date the claim may refer to: outside the series' dates (or on a
        gap) a figure that matches nothing gets no verdict, since the series simply does not say."""
        for date in self.lag_dates(claim):
            found = self.merged.daily(claim.category, date) if daily else self.merged.cell(claim.category, date)
            if found is None:
                return False
        return True

    def date_of_value(self, claim: StoredClaim, bounds: tuple[float, float]) -> tuple[dt.date, dt.date] | None:
        """The run of dates nearest to as_of on which every copy of the series gave a value within
        ``bounds`` (a value only one disputed copy gives is not evidence of a date)."""
        assert claim.as_of is not None
        cells = self.merged.cells(claim.category)
        limit = rules()["wrong_date"]["max_days"]
        hits = [
            d for d, c in cells.items()
            if c.agreed is not None and within(c.agreed, bounds) and abs((d - claim.as_of).days) <= limit
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

    def max_daily_in(self, category: str, start: dt.date, end: dt.date) -> float | None:
        if category not in self._max_daily:
            rows = self.merged.rows(category)
            diffs = []
            for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
                if (d1 - d0).days == 1:
                    diffs.append((d1, v1 - v0 - self.merged.correction(category, d1)))
            self._max_daily[category] = diffs
        values = [v for d, v in self._max_daily[category] if start <= d <= end]
        return max(values) if values else None


class Voice:
    """Whether a claim repeats the official series: its claimant quotes it (``echo_claimants``), or the
    article says it in its own voice on an outlet of the series' side (``own_voice_outlets``)."""

    def __init__(self) -> None:
        gs = rules()["general_staff"]
        self.echo = {c for c in gs["echo_claimants"] if c}
        self.own_voice_hosts = tuple(gs.get("own_voice_outlets", []))
        self.own_words = re.compile(gs["own_words"], re.IGNORECASE) if gs.get("own_words") else None

    def own_wording(self, claim: StoredClaim) -> bool:
        """A General Staff figure in the General Staff's own word ("persons were liquidated"): its
        killed-and-wounded total, read as killed only because of how the bulletin words it."""
        return (
            claim.category == "personnel"
            and claim.outcome == "killed"
            and claim.claimant in self.echo
            and self.own_words is not None
            and bool(self.own_words.search(claim.quote))
        )

    def echoes(self, claim: StoredClaim) -> bool:
        """The claim repeats the General Staff: its claimant is the General Staff or a Ukrainian official
        quoting it, or it is in the article's own voice on a Ukrainian outlet."""
        if claim.claimant in self.echo:
            return True
        return claim.claimant is None and self._ukrainian_outlet(claim)

    def _ukrainian_outlet(self, claim: StoredClaim) -> bool:
        return any(claim.outlet == h or claim.outlet.endswith("." + h) for h in self.own_voice_hosts)


class OfficialChecks:
    """The checks of one claim against the official series of its side."""

    def __init__(self, merged: MergedSeries, *, voice: Voice, family: str = "general_staff") -> None:
        self.merged = merged
        self.series = OfficialSeries(merged)
        self.voice = voice
        self.name = series_name(family)
        self.never = set(rules()["general_staff"]["never_compared"])

    def covers(self, claim: StoredClaim) -> bool:
        if claim.side != self.merged.side or claim.category in self.never or claim.as_of is None:
            return False
        return self.merged.has(claim.category)

    # the per-claim checks

    def check(self, claim: StoredClaim) -> list[Draft]:
        drafts: list[Draft] = []
        if self.covers(claim):  # else: nothing to compare with
            echoes = self.voice.echoes(claim)
            own_voice = claim.claimant is None and not echoes
            if self.voice.own_wording(claim):
                claim = dataclasses.replace(claim, outcome="losses")
            if claim.measure == "cumulative" and (echoes or own_voice) and outcome_compared(claim):
                found = self._cumulative(claim)
                # A round figure in an article's own voice may be anyone's estimate: the series can
                # confirm it, but only a precise figure is evidence enough of a misquote.
                if own_voice and not precise(claim.value, claim.value_high):
                    found = [d for d in found if d.kind not in PROBLEM_KINDS]
                drafts += found
            elif (
                claim.measure == "cumulative" and claim.category == "personnel" and claim.outcome == "killed"
            ):
                drafts += self._outcome(claim)
            elif claim.measure in ("period", "rate") and echoes and outcome_compared(claim, daily=True):
                drafts += self._period(claim)
            if (echoes or own_voice) and not any(d.kind == "mislabelled_running_total" for d in drafts):
                drafts += self._implausible(claim)
        return drafts

    def _cumulative(self, claim: StoredClaim) -> list[Draft]:
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        window = self.series.window(claim)
        if not window:
            return []
        name = self.name
        found = self._found_in(claim, window, bounds, "confirmed", "running total", lambda date, cell, agreed: (
            f"Confirmed: {name}'s running total of {label_of(claim.category)} on {day_name(date)} was "
            f"{num(agreed)}{rounded(claim, agreed)} ({copies_named(cell)})."))
        if found is not None:
            return found
        if not self.series.covered(claim):
            return []
        assert claim.as_of is not None
        date, cell = min(window, key=lambda p: abs((p[0] - claim.as_of).days) if claim.as_of else 0)
        source, ref = cell.primary
        figure = f"{name}'s figure for {label_of(claim.category)} on {day_name(date)} was {cell.describe()}"
        other = self.series.date_of_value(claim, bounds)
        if other is not None:
            first, last = other
            return [Draft(
                "wrong_date", claim,
                f"Wrong date: {figure}; {num(claim.value)} was the figure {when(other)}.",
                source, date, ref,
                {"figure_dates": [first.isoformat(), last.isoformat()], **cell_details(cell)},
            )]  # fmt: skip
        swapped = cell.agreed is not None and digit_swap(claim.value, ref)
        note = " The digits look swapped." if swapped else ""
        return [Draft(
            "differs", claim,
            f"Differs: {figure}, not {num(claim.value)}, which was never its figure near that date.{note}",
            source, date, ref, {"digit_swap": swapped, **cell_details(cell)},
        )]  # fmt: skip

    def _disagree(
        self, claim: StoredClaim, date: dt.date, cell: Cell, match: tuple[str, float], what: str
    ) -> Draft:
        """The copies of the series disagree on the cell the claim matches: say so, confirm from neither."""
        source, value = match
        others = [(s, v) for s, v in cell.values if v != value]
        return Draft(
            "series_disagree", claim,
            f"Series disagree: the copies of {self.name}'s {what} of "
            f"{label_of(claim.category)} on {day_name(date)} give {cell.describe()}; the claim's "
            f"{num(claim.value)} matches {', '.join(cell.sources_with(value))}, not "
            f"{', '.join(s for s, _ in others)}. Run `lossledger reference audit` to see which is right.",
            source, date, value, cell_details(cell),
        )  # fmt: skip


    def _outcome(self, claim: StoredClaim) -> list[Draft]:
        """A "killed" figure equal to the General Staff's personnel figure (killed and wounded together)."""
        if not precise(claim.value, claim.value_high) and claim.claimant not in self.voice.echo:
            return []  # a round "100,000 killed" from elsewhere is not evidence of an echo
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        for date, cell in self.series.window(claim):
            for source, ref in cell.values:
                if within(ref, bounds):
                    return [Draft(
                        "outcome_mislabel", claim,
                        f"Called killed, but {num(ref)} is {self.name}'s personnel figure "
                        f"on {day_name(date)} ({source}), which counts killed and wounded together.",
                        source, date, ref, cell_details(cell),
                    )]  # fmt: skip
        return []

    def _period(self, claim: StoredClaim) -> list[Draft]:
        assert claim.as_of is not None
        bounds = accepted_range(claim.value, claim.qualifier, claim.value_high)
        if claim.measure == "period" and claim.value > 1:
            mislabel = self._running_total(claim, bounds)
            if mislabel is not None:
                return [mislabel]
        if claim.measure == "period" and claim.period_days == 1:
            return self._daily_check(claim, bounds)
        return []

    def _running_total(self, claim: StoredClaim, bounds: tuple[float, float]) -> Draft | None:
        """A period claim whose figure is the running total: on as_of (within the lag), or, when the
        figure is far too large for the period, on the nearest date it was the running total."""
        assert claim.as_of is not None
        span = claim.period_days
        period = "a single day" if span == 1 else (f"{num(span)} days" if span else "the period stated")
        name = self.name
        for date, cell in self.series.window(claim):
            match = next(((s, v) for s, v in cell.values if within(v, bounds)), None)
            if match is None:
                continue
            source, ref = match
            increase = None
            if span:
                earlier = self.merged.value_on(claim.category, date - dt.timedelta(days=int(span)))
                increase = None if earlier is None else ref - earlier
                if increase is not None and within(increase, bounds):
                    return None  # the period's real increase happens to equal the total
            elif claim.value < 10:
                return None
            actual = f"; the increase over {period} was {num(increase)}" if increase is not None else ""
            return Draft(
                "mislabelled_running_total", claim,
                f"Mislabelled running total: {num(claim.value)} {label_of(claim.category)} is "
                f"{name}'s running total since 24 February 2022 on {day_name(date)} ({source}), not the "
                f"losses of {period}{actual}.", source, date, ref, {"increase": increase, **cell_details(cell)},
            )  # fmt: skip
        if not span or not self.merged:
            return None
        imp = rules()["implausible"]
        window = dt.timedelta(days=imp["window_days"])
        most = self.series.max_daily_in(claim.category, claim.as_of - window, claim.as_of + window)
        if not most or claim.value / span <= imp["rate_factor"] * most:
            return None
        dates = self.series.date_of_value(claim, bounds)
        if dates is None:
            return None
        found = self.merged.cell(claim.category, dates[0])
        assert found is not None
        cell = found
        figure_dates = [d.isoformat() for d in dates]
        return Draft(
            "mislabelled_running_total", claim,
            f"Mislabelled running total: {num(claim.value)} {label_of(claim.category)} is far too many for "
            f"{period}; it was {name}'s running total since 24 February 2022 "
            f"{when(dates)} ({copies_named(cell)}).", cell.primary[0], dates[0], cell.primary[1],
            {"figure_dates": figure_dates, **cell_details(cell)},
        )  # fmt: skip

    def _found_in(self, claim: StoredClaim, window: Sequence[tuple[dt.date, Cell]], bounds: tuple[float, float],
                  kind: str, what: str, confirmed: Callable[[dt.date, Cell, float], str]) -> list[Draft] | None:
        """The claim confirmed where every copy of a cell agrees with it, else flagged where only some do
        (``series_disagree``); None when no cell of the window holds it."""
        for date, cell in window:
            if cell.agreed is not None and within(cell.agreed, bounds):
                return [Draft(kind, claim, confirmed(date, cell, cell.agreed), cell.primary[0], date, cell.agreed,
                              cell_details(cell))]
        for date, cell in window:
            matching = [(s, v) for s, v in cell.values if within(v, bounds)]
            if matching:
                return [self._disagree(claim, date, cell, matching[0], what)]
        return None

    def _daily_check(self, claim: StoredClaim, bounds: tuple[float, float]) -> list[Draft]:
        """A daily "+N" against the day's difference of the running totals, less the day's corrections."""
        assert claim.as_of is not None
        name = self.name
        days = [(d, self.merged.daily(claim.category, d)) for d in self.series.lag_dates(claim)]
        window = [(d, c) for d, c in days if c is not None]
        found = self._found_in(claim, window, bounds, "daily_confirmed", "daily increase", lambda date, cell, agreed: (
            f"Confirmed: {name} reported {num(agreed)} more {label_of(claim.category)} on "
            f"{day_name(date)} than the day before ({copies_named(cell)})."))
        if found is not None:
            return found
        if claim.as_of_basis in rules()["lag"]["weak_bases"]:
            return []  # an inferred date is too weak to call a daily figure wrong
        if not window or len(window) < len(days):
            return []  # a day outside the series (or on its gap): the series does not say
        date, cell = next(((d, c) for d, c in window if d == claim.as_of), window[0])
        source, daily = cell.primary
        swapped = cell.agreed is not None and digit_swap(claim.value, daily)
        swap = " The digits look swapped." if swapped else ""
        return [Draft(
            "daily_mismatch", claim,
            f"Daily figure differs: {name}'s {label_of(claim.category)} rose by {cell.describe()} on "
            f"{day_name(date)}, not {num(claim.value)}.{swap}", source, date, daily,
            {"digit_swap": swapped, **cell_details(cell)},
        )]  # fmt: skip

    def _implausible(self, claim: StoredClaim) -> list[Draft]:
        assert claim.as_of is not None
        imp = rules()["implausible"]
        if not outcome_compared(claim, daily=True) or not self.merged:
            return []
        rows = self.merged.rows(claim.category)
        if not rows:
            return []
        window = dt.timedelta(days=imp["window_days"])
        stale = dt.timedelta(days=imp["stale_days"])
        # A series that ended long before the claim (or starts long after it) says nothing about it.
        if rows[-1][0] < claim.as_of - stale or rows[0][0] > claim.as_of + stale:
            return []
        name = self.name
        high = claim.value_high if claim.value_high is not None else claim.value
        if claim.measure in ("rate", "period") and claim.period_days:
            per_day = high / claim.period_days
            daily = self.series.max_daily_in(claim.category, claim.as_of - window, claim.as_of + window)
            if daily and per_day > imp["rate_factor"] * daily:
                return [Draft(
                    "implausible", claim,
                    f"Implausible: {num(per_day)} {label_of(claim.category)} a day is more than "
                    f"{imp['rate_factor']:g} times {name}'s largest daily figure around that date "
                    f"({num(daily)}, {', '.join(self.merged.sources)}).",
                    self.merged.sources[0], claim.as_of, daily, {"per_day": per_day},
                )]  # fmt: skip
        elif claim.measure == "cumulative":
            later = [(d, v) for d, v in rows if d <= claim.as_of + window]
            if later and high > imp["cumulative_factor"] * max(v for _, v in later):
                date, ref = max(later, key=lambda p: p[1])
                cell = self.merged.cell(claim.category, date)
                assert cell is not None
                return [Draft(
                    "implausible", claim,
                    f"Implausible: {num(high)} {label_of(claim.category)} is more than "
                    f"{imp['cumulative_factor']:g} times {name}'s own running total ({num(ref)} on "
                    f"{day_name(date)}, {copies_named(cell)}).",
                    cell.primary[0], date, ref, cell_details(cell),
                )]  # fmt: skip
        return []
