"""The report's charts (plotly): per side and category, the claims' figures over time against the
reference lines, running totals on one chart and daily or period figures on another. Every string from the
ledger is escaped (``html.escape``): plotly renders hover text, legend names and axis titles as HTML.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .data import ClaimantNamer, ClaimRow, ReferenceLine, ReportData, format_value, in_order, vocabulary

__all__ = ["ChartSpec", "build_charts"]

#: How far the reference lines reach beyond the claims on a chart, so the dots are not squeezed
#: against a four-year line: at least this many days, or a tenth of the claims' span.
MIN_CHART_PAD_DAYS = 30
HOVER_QUOTE_CHARS = 320
HOVER_WRAP = 70


@dataclass
class ChartSpec:
    side: str
    category: str
    kind: str  # "cumulative" or "period"
    title: str
    figure: go.Figure
    n_claims: int


def _hover(
    claim: ClaimRow, claimant_label: ClaimantNamer,
    references: Sequence[tuple[str, list[tuple[dt.date, float]]]] = (),
) -> str:
    """Hover text for one dot, with the reference values of its date (the comparison a reader wants).

    Plotly renders a subset of HTML here, so every ledger string is escaped."""
    vocab = vocabulary()
    quote = claim.quote if len(claim.quote) <= HOVER_QUOTE_CHARS else claim.quote[:HOVER_QUOTE_CHARS] + "…"
    measure = vocab["measure_labels"].get(claim.measure, claim.measure)
    lines = [
        f"<b>{html.escape(format_value(claim.value, claim.value_high))}</b> "
        f"{html.escape(vocab['category_labels'].get(claim.category, claim.category))} "
        f"{html.escape(claim.outcome)} ({html.escape(claim.qualifier)})",
        f"as of {html.escape(claim.as_of_text)} · {html.escape(measure)}"
        + (f", {claim.period_days:g} day(s)" if claim.period_days else ""),
        f"claimant: {html.escape(claimant_label(claim.claimant))}",
        f"outlet: {html.escape(claim.outlet or claim.doc)}",
    ]
    lines += [html.escape(part) for part in textwrap.wrap(f"“{quote}”", HOVER_WRAP)]
    for finding in claim.findings:
        label = vocab["finding_labels"].get(finding.kind, finding.kind)
        lines.append(f"<i>{html.escape(finding.severity)}: {html.escape(label)}</i>")
    for name, points in references:
        point = _latest_on(points, claim.as_of)
        if point is not None:
            lines.append(f"{html.escape(name)} on {point[0]}: {html.escape(format_value(point[1]))}")
    return "<br>".join(lines)


def _latest_on(points: list[tuple[dt.date, float]], date: dt.date | None) -> tuple[dt.date, float] | None:
    """The last reference point on or before ``date`` (series such as Mediazona's update weekly)."""
    if date is None or not points:
        return None
    i = bisect.bisect_right(points, (date, float("inf")))
    return points[i - 1] if i else None


def _window(dates: list[dt.date]) -> tuple[dt.date, dt.date]:
    first, last = min(dates), max(dates)
    pad = dt.timedelta(days=max(MIN_CHART_PAD_DAYS, (last - first).days // 10))
    return first - pad, last + pad


def _legend_name(text: str) -> str:
    """A trace name as the legend shows it: plotly renders legend text as a subset of HTML, and a
    claimant's or a reference series' name comes from a file someone else wrote. Quotes stay: no
    attribute can open without a ``<``."""
    return html.escape(text, quote=False)


#: A Scatter's (row, col) on a chart with an off-scale panel; ``{}`` on a plain chart.
Cell = dict[str, int]


class _Chart:
    """One figure: a plain chart, or (when flagged figures would flatten its scale) a small panel
    of those figures above the main one, on a scale of its own."""

    def __init__(self, *, off_scale: bool, height: int) -> None:
        self.off_scale = off_scale
        if off_scale:
            self.figure = make_subplots(
                rows=2, cols=1, shared_xaxes=True, row_heights=[0.3, 0.7], vertical_spacing=0.08
            )
        else:
            self.figure = go.Figure()
        self.height = height
        self.main: Cell = {"row": 2, "col": 1} if off_scale else {}
        self.top: Cell = {"row": 1, "col": 1} if off_scale else {}

    def add(self, trace: go.Scatter, cell: Cell) -> None:
        self.figure.add_trace(trace, **cell)


def _off_scale(rows: list[ClaimRow], reference_values: Iterable[float]) -> set[int]:
    """The ids of flagged claims far above everything else on the chart (vocabulary: off_scale_factor)."""
    factor = float(vocabulary()["off_scale_factor"])
    flagged = [c for c in rows if c.flagged and c.value is not None]
    if not flagged:
        return set()
    rest = [c.value for c in rows if not c.flagged and c.value is not None] + list(reference_values)
    scale = max((abs(v) for v in rest), default=0.0)
    if scale <= 0:
        return set()
    return {c.id for c in flagged if c.value is not None and c.value > factor * scale}


def _claim_traces(
    chart: _Chart, claims: list[ClaimRow], colours: dict[str, str], label: ClaimantNamer,
    references: Sequence[tuple[str, list[tuple[dt.date, float]]]] = (), off_scale: set[int] | None = None,
) -> None:
    """One trace of dots per claimant (one colour, one shape, so its legend symbol never changes),
    then the flag marker around every flagged dot as a trace of its own."""
    vocab = vocabulary()
    off_scale = off_scale or set()
    by_claimant: dict[str, list[ClaimRow]] = defaultdict(list)
    for claim in claims:
        by_claimant[claim.claimant or ""].append(claim)
    for key in sorted(by_claimant, key=label):
        in_legend = True
        for cell, rows in (
            (chart.main, [c for c in by_claimant[key] if c.id not in off_scale]),
            (chart.top, [c for c in by_claimant[key] if c.id in off_scale]),
        ):
            if not rows:
                continue
            chart.add(go.Scatter(
                x=[c.as_of for c in rows], y=[c.value for c in rows], mode="markers",
                name=_legend_name(label(key or None)), legendgroup=f"claimant:{key}", showlegend=in_legend,
                customdata=[c.id for c in rows], hoverinfo="text",
                hovertext=[_hover(c, label, references) for c in rows],
                marker={"size": 10, "color": colours[key], "symbol": "circle",
                        "line": {"width": 1, "color": "#ffffff"}},
            ), cell)
            in_legend = False
    flag_shown = False
    for cell, ids_wanted in ((chart.main, False), (chart.top, True)):
        flagged = [c for c in claims if c.flagged and (c.id in off_scale) == ids_wanted]
        if not flagged:
            continue
        chart.add(go.Scatter(
            x=[c.as_of for c in flagged], y=[c.value for c in flagged], mode="markers",
            name=_legend_name(str(vocab["flag_label"])), legendgroup="flagged", showlegend=not flag_shown,
            customdata=[c.id for c in flagged], hoverinfo="skip",
            marker={"size": 19, "symbol": vocab["flag_symbol"], "color": vocab["flag_colour"],
                    "line": {"width": 2.5, "color": vocab["flag_colour"]}},
        ), cell)
        flag_shown = True


def _reference_label(line: ReferenceLine) -> str:
    labels: dict[str, str] = vocabulary()["source_labels"]
    return labels.get(line.source, line.source + (" (lower bound)" if line.bound == "lower_bound" else ""))


Points = list[tuple[dt.date, float]]


def _clip(points: Points, window: tuple[dt.date, dt.date]) -> Points:
    return [(d, v) for d, v in points if window[0] <= d <= window[1]]


def _daily_change(points: list[tuple[dt.date, float]]) -> list[tuple[dt.date, float]]:
    # Only consecutive days: a change across a gap in the series is not a daily figure.
    return [
        (d1, v1 - v0) for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False)
        if (d1 - d0).days == 1
    ]


def _axis_title(words: str, category: str) -> str:
    units: dict[str, str] = vocabulary()["category_units"]
    return _legend_name(f"{words} ({units.get(category, 'items')})")


def _layout(
    chart: _Chart, category: str, axis_words: str, window: tuple[dt.date, dt.date], *, from_zero: bool
) -> None:
    """Axis titles with units, a legend even for one series, the date window. The chart's title is
    the page's heading above it (HTML wraps on a phone; a plotly title is clipped)."""
    vocab = vocabulary()
    fig = chart.figure
    fig.update_layout(
        template="plotly_white", height=chart.height, margin={"l": 64, "r": 12, "t": 16, "b": 40},
        hovermode="closest", showlegend=True, hoverlabel={"align": "left"},
        # Above the plot: below, it would collide with the x-axis title; plotly makes room for it.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left"},
    )
    dates = {"range": [window[0].isoformat(), window[1].isoformat()], "type": "date"}
    fig.update_xaxes(**dates)
    fig.update_xaxes(title_text=_legend_name(str(vocab["date_axis_title"])), **chart.main)
    # Figures for a period start at zero; a running total of four years does not, or its claims of
    # one month would be squeezed into a line at the top.
    fig.update_yaxes(tickformat=",", rangemode="tozero" if from_zero else "normal", automargin=True)
    fig.update_yaxes(title_text=_axis_title(axis_words, category), **chart.main)
    if chart.off_scale:
        # The panel is short: its title is short too (the unit is the chart's, below).
        fig.update_yaxes(title_text=_legend_name(str(vocab["off_scale_axis_title"])), nticks=3, **chart.top)


def build_charts(data: ReportData) -> list[ChartSpec]:
    """One running-total chart per (side, category) with dated claims, plus a small chart for
    period/rate claims. Projections and undated claims stay in the table."""
    vocab = vocabulary()
    claimants = sorted({c.claimant or "" for c in data.claims}, key=data.claimant_label)
    palette: list[str] = vocab["claimant_colours"]
    colours = {key: palette[i % len(palette)] for i, key in enumerate(claimants)}
    charted = [c for c in data.claims if c.as_of is not None and c.value is not None]
    groups: dict[tuple[str, str], list[ClaimRow]] = defaultdict(list)
    for claim in charted:
        groups[(claim.side, claim.category)].append(claim)
    sides = in_order((s for s, _ in groups), vocab["side_order"])
    charts: list[ChartSpec] = []
    for side in sides:
        for category in in_order((c for s, c in groups if s == side), vocab["category_order"]):
            rows = groups[(side, category)]
            refs = [ln for ln in data.reference if ln.side == side and ln.category == category]
            label = f"{side.capitalize()}: {vocab['category_labels'].get(category, category)}"
            running = [c for c in rows if c.measure == "cumulative"]
            if running:
                charts.append(_running_chart(label, side, category, running, refs, colours,
                                             data.claimant_label))
            periodic = [c for c in rows if c.measure in ("period", "rate")]
            if periodic:
                charts.append(_period_chart(label, side, category, periodic, refs, colours,
                                            data.claimant_label))
    return charts


def _running_chart(
    label: str, side: str, category: str, rows: list[ClaimRow], refs: list[ReferenceLine],
    colours: dict[str, str], claimant_label: ClaimantNamer,
) -> ChartSpec:
    window = _window([c.as_of for c in rows if c.as_of])
    lines = [
        (line, _clip(line.points, window))
        for line in sorted(refs, key=lambda ln: (ln.bound != "official", ln.source))
    ]
    lines = [(line, points) for line, points in lines if points]
    off_scale = _off_scale(rows, (v for _, points in lines for _, v in points))
    chart = _Chart(off_scale=bool(off_scale), height=500 if off_scale else 420)
    hover_refs: list[tuple[str, list[tuple[dt.date, float]]]] = []
    for line, points in lines:
        official = line.bound == "official"
        chart.add(go.Scatter(
            x=[d for d, _ in points], y=[v for _, v in points], mode="lines",
            name=_legend_name(_reference_label(line)),
            line={"color": "#34495e" if official else "#7f8c8d", "width": 2 if official else 1.5,
                  "dash": "solid" if official else "dash"},
            # A line point would win plotly's hover over a dot drawn on it (a confirmed figure is
            # exactly on the line), so lines take no hover; each dot's hover gives their values.
            hoverinfo="skip",
        ), chart.main)
        hover_refs.append((_reference_label(line), line.points))
    _claim_traces(chart, rows, colours, claimant_label, hover_refs, off_scale)
    _layout(chart, category, str(vocabulary()["running_axis_title"]), window, from_zero=False)
    return ChartSpec(side, category, "cumulative", f"{label} — running totals", chart.figure, len(rows))


def _period_chart(
    label: str, side: str, category: str, rows: list[ClaimRow], refs: list[ReferenceLine],
    colours: dict[str, str], claimant_label: ClaimantNamer,
) -> ChartSpec:
    window = _window([c.as_of for c in rows if c.as_of])
    lines: list[tuple[str, Points]] = []
    if any(c.period_days == 1 for c in rows):
        for line in refs:
            if line.bound != "official":
                continue
            points = _clip(_daily_change(line.points), window)
            if points:
                short: dict[str, str] = vocabulary()["source_short_labels"]
                lines.append((f"{short.get(line.source, line.source)}: change from the day before", points))
    off_scale = _off_scale(rows, (v for _, points in lines for _, v in points))
    chart = _Chart(off_scale=bool(off_scale), height=420 if off_scale else 340)
    for name, points in lines:
        chart.add(go.Scatter(
            x=[d for d, _ in points], y=[v for _, v in points], mode="lines", name=_legend_name(name),
            line={"color": "#95a5a6", "width": 1.5, "shape": "hv"}, hoverinfo="skip",
        ), chart.main)
    _claim_traces(chart, rows, colours, claimant_label, lines, off_scale)
    _layout(chart, category, str(vocabulary()["period_axis_title"]), window, from_zero=True)
    title = f"{label} — figures for a period or per day"
    return ChartSpec(side, category, "period", title, chart.figure, len(rows))
