"""The offline HTML report: a ledger's claims over time against the reference series.

``write_report(db, output=...)`` reads a ledger read-only and writes ONE self-contained HTML file:
plotly.js (its small "basic" bundle) is embedded once, the page's CSS and JavaScript are inlined, and
nothing is fetched from the network when it opens. Article text is hostile input: every string from
the ledger is escaped by Jinja2's autoescaping (HTML), by ``html.escape`` (plotly hover text, legend
names and axis titles, which plotly renders as a subset of HTML) or by ``script_json`` (JSON inside
``<script>``), and links are kept only when they are http(s).
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import json
import os
import sqlite3
import textwrap
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from . import __version__
from .errors import LedgerError, LossledgerError
from .model import outlet_of
from .profiles import ClaimantLabels, Profile, claimant_labels_for
from .series import general_staff_snapshot

__all__ = [
    "ChartSpec",
    "ClaimRow",
    "FindingRow",
    "ReferenceLine",
    "ReportData",
    "ReportResult",
    "build_charts",
    "load_report_data",
    "name_claimant",
    "open_ledger_readonly",
    "render_report",
    "safe_url",
    "script_json",
    "write_report",
]

#: Tables the report cannot do without; the others only enrich it.
REQUIRED_TABLES = ("documents", "claims")
GENERAL_STAFF = "general_staff"
#: How far the reference lines reach beyond the claims on a chart, so the dots are not squeezed
#: against a four-year line: at least this many days, or a tenth of the claims' span.
MIN_CHART_PAD_DAYS = 30
HOVER_QUOTE_CHARS = 320
HOVER_WRAP = 70
#: The plotly.js the page embeds (``static/``): the "basic" bundle (scatter, bar, pie), 1.2 MB where
#: the full one the plotly package ships is 4.7 MB; every chart here is a scatter trace.
PLOTLY_BUNDLE = "plotly-basic.min.js"
#: The findings section lists this many of each kind; the rest are counted (and in the table).
MAX_FINDINGS_PER_KIND = 200


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Display words and orders (``templates/report_vocabulary.toml``), shared with ``serve``."""
    text = (resources.files("lossledger") / "templates" / "report_vocabulary.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class FindingRow:
    id: int
    kind: str
    severity: str
    claim_id: int | None
    doc: str | None
    message: str
    reference_source: str | None
    reference_date: str | None
    reference_value: float | None
    details: str | None


@dataclass
class ClaimRow:
    """A claim as the report shows it, with its document's title/outlet/link and its findings."""

    id: int
    doc: str
    side: str
    category: str
    outcome: str
    value: float | None
    value_high: float | None
    qualifier: str
    measure: str
    period_days: float | None
    as_of: dt.date | None
    as_of_text: str
    claimant: str | None
    claimant_text: str | None
    hedged: bool
    quote: str
    rule: str
    title: str | None = None
    url: str | None = None
    outlet: str = ""
    published: str | None = None
    findings: list[FindingRow] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        flagged = set(vocabulary()["flagged_severities"])
        return any(f.severity in flagged for f in self.findings)


@dataclass
class ReferenceLine:
    source: str
    side: str
    category: str
    bound: str
    points: list[tuple[dt.date, float]]
    origin: str = "ledger"  # or "snapshot": the shipped General Staff series stood in


@dataclass
class ReportData:
    """Everything the report shows, read from one ledger."""

    ledger_name: str
    generated_at: dt.datetime
    documents: int
    claims: list[ClaimRow]
    findings: list[FindingRow]
    reference: list[ReferenceLine]
    runs: list[dict[str, Any]]
    failures: int
    echoed: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    #: Claimant names from the profile(s) the claims were extracted with.
    claimant_labels: ClaimantLabels = field(default_factory=lambda: claimant_labels_for(()))

    def claimant_label(self, claimant: str | None) -> str:
        return name_claimant(self.claimant_labels, claimant)


def name_claimant(labels: ClaimantLabels, claimant: str | None) -> str:
    """How the report and the explorer name a claimant: its profile's label; none: the outlet's own voice."""
    return labels(claimant) if claimant else str(vocabulary()["unattributed_claimant"])


@dataclass
class ChartSpec:
    side: str
    category: str
    kind: str  # "cumulative" or "period"
    title: str
    figure: go.Figure
    n_claims: int


@dataclass(frozen=True)
class ReportResult:
    path: Path
    claims: int
    charts: int
    findings: int
    bytes: int


# --------------------------------------------------------------------------- reading the ledger


def open_ledger_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only (the report never writes to a ledger); LedgerError names the file."""
    if not path.exists():
        raise LedgerError(f"{path}: no ledger here (run `lossledger ingest` to make one)")
    if path.is_dir():
        raise LedgerError(f"{path}: is a directory, not a ledger file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        tables = _tables(conn)
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"{path}: not a readable SQLite ledger ({exc})") from exc
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        conn.close()
        raise LedgerError(f"{path}: not a lossledger ledger (missing table(s): {', '.join(missing)})")
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _query(conn: sqlite3.Connection, path: Path, sql: str) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"{path}: cannot read the ledger ({exc}); query: {sql.split(' FROM ')[0]}") from exc


def _as_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is no number to plot


def _as_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) link with a host, else None (no ``javascript:``, ``data:``...)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\x00\r\n\t<>\"'` "):
        return None
    return url


def load_report_data(
    db: Path, *, generated_at: dt.datetime | None = None, profile: Profile | str | None = None
) -> ReportData:
    """Read everything the report needs from the ledger at ``db`` (read-only).

    Claimants are named by the profile the claims' rules name (a shipped one), or by ``profile``:
    the profile file a user extracted with, which a ledger cannot point back to."""
    db = Path(db)
    conn = open_ledger_readonly(db)
    try:
        return _load(conn, db, generated_at or dt.datetime.now(dt.UTC), profile)
    finally:
        conn.close()


def _load(
    conn: sqlite3.Connection, db: Path, generated_at: dt.datetime, profile: Profile | str | None
) -> ReportData:
    tables = _tables(conn)
    notes: list[str] = []
    docs = {
        r["id"]: r
        for r in _query(conn, db, "SELECT id, source, url, title, published FROM documents")
    }
    claims: list[ClaimRow] = []
    undated = 0
    for r in _query(
        conn, db,
        "SELECT id, doc, side, category, outcome, value, value_high, qualifier, measure, period_days, "
        "as_of, claimant, claimant_text, hedged, quote, rule FROM claims ORDER BY as_of IS NULL, as_of, id",
    ):
        doc = docs.get(r["doc"])
        url = doc["url"] if doc is not None else None
        claim = ClaimRow(
            id=int(r["id"]), doc=str(r["doc"]), side=str(r["side"] or "unknown"),
            category=str(r["category"] or "unknown"), outcome=str(r["outcome"] or ""),
            value=_as_float(r["value"]), value_high=_as_float(r["value_high"]),
            qualifier=str(r["qualifier"] or ""), measure=str(r["measure"] or ""),
            period_days=_as_float(r["period_days"]), as_of=_as_date(r["as_of"]),
            as_of_text=str(r["as_of"] or ""), claimant=r["claimant"] or None,
            claimant_text=r["claimant_text"], hedged=bool(r["hedged"]), quote=str(r["quote"] or ""),
            rule=str(r["rule"] or ""),
            title=doc["title"] if doc is not None else None, url=safe_url(url),
            outlet=outlet_of(url, doc["source"] if doc is not None else None, str(r["doc"])),
            published=doc["published"] if doc is not None else None,
        )
        if claim.measure != "projection" and (claim.as_of is None or claim.value is None):
            undated += 1
        claims.append(claim)
    if undated:
        notes.append(
            f"{undated} claim(s) have no usable date or value: they are in the table, not on the charts."
        )
    labels = claimant_labels_for({c.rule for c in claims}, profile=profile)
    if labels.note:
        notes.append(labels.note)

    findings: list[FindingRow] = []
    if "findings" in tables:
        for r in _query(
            conn, db,
            "SELECT id, kind, severity, claim_id, doc, message, reference_source, reference_date, "
            "reference_value, details FROM findings ORDER BY id",
        ):
            findings.append(FindingRow(
                id=int(r["id"]), kind=str(r["kind"] or ""), severity=str(r["severity"] or "info"),
                claim_id=r["claim_id"], doc=r["doc"], message=str(r["message"] or ""),
                reference_source=r["reference_source"], reference_date=r["reference_date"],
                reference_value=_as_float(r["reference_value"]), details=r["details"],
            ))
    else:
        notes.append("The ledger has no findings table: run `lossledger check` to compare claims.")
    by_id = {c.id: c for c in claims}
    for finding in findings:
        if finding.claim_id in by_id:
            by_id[finding.claim_id].findings.append(finding)

    reference = _load_reference(conn, db, tables, claims, notes)
    runs = [dict(r) for r in _query(conn, db, "SELECT * FROM runs ORDER BY id DESC LIMIT 5")] \
        if "runs" in tables else []
    failures = int(_query(conn, db, "SELECT count(*) FROM failures")[0][0]) if "failures" in tables else 0
    echoed = _load_echoed(conn, db, tables) if "claim_groups" in tables else []
    return ReportData(
        ledger_name=db.name, generated_at=generated_at, documents=len(docs), claims=claims,
        findings=findings, reference=reference, runs=runs, failures=failures, echoed=echoed, notes=notes,
        claimant_labels=labels,
    )


def _load_echoed(conn: sqlite3.Connection, db: Path, tables: set[str]) -> list[dict[str, Any]]:
    """The most repeated figures, each with when it was seen: the first and last publication date of
    the articles that repeat it. (The ledger's first_seen/last_seen fall back on the ingestion date
    for an undated article, which says when we read it, not when it was published.)"""
    groups = [
        dict(r) for r in _query(
            conn, db,
            "SELECT id, claimant, side, category, outcome, value, as_of, n_reports, n_outlets "
            "FROM claim_groups WHERE n_reports > 1 ORDER BY n_outlets DESC, n_reports DESC LIMIT 10",
        )
    ]
    published: dict[int, list[str | None]] = defaultdict(list)
    if groups and "claim_group_members" in tables:
        ids = ", ".join(str(int(g["id"])) for g in groups)
        for r in _query(
            conn, db,
            "SELECT DISTINCT m.group_id, d.id, d.published FROM claim_group_members m "
            "JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.doc "
            f"WHERE m.group_id IN ({ids})",
        ):
            date = _as_date(r["published"])
            published[int(r["group_id"])].append(date.isoformat() if date else None)
    for group in groups:
        group["seen"] = _seen(published.get(int(group["id"]), []))
    return groups


def _seen(dates: list[str | None]) -> str:
    """'2023-05-21 – 2023-05-22 (+1 undated)' from the publication dates of a group's articles."""
    known = sorted(d for d in dates if d)
    undated = len(dates) - len(known)
    text = ""
    if known:
        text = known[0] if known[0] == known[-1] else f"{known[0]} – {known[-1]}"
    if undated:
        text += f" (+{undated} undated)" if known else f"{undated} undated article(s)"
    return text


def _load_reference(
    conn: sqlite3.Connection, db: Path, tables: set[str], claims: list[ClaimRow], notes: list[str]
) -> list[ReferenceLine]:
    lines: dict[tuple[str, str, str], ReferenceLine] = {}
    if "reference_points" in tables:
        for r in _query(
            conn, db, "SELECT source, side, category, date, value, bound FROM reference_points ORDER BY date"
        ):
            date, value = _as_date(r["date"]), _as_float(r["value"])
            if date is None or value is None:
                continue
            key = (str(r["source"]), str(r["side"]), str(r["category"]))
            line = lines.setdefault(key, ReferenceLine(*key, bound=str(r["bound"] or "official"), points=[]))
            line.points.append((date, value))
    # The General Staff series ships with the package: when the ledger holds no official russia line
    # for a charted category, the snapshot stands in, so a fresh ledger is still checked by eye.
    wanted = {(c.side, c.category) for c in claims if c.side == "russia"}
    have_official = {(ln.side, ln.category) for ln in lines.values() if ln.bound == "official"}
    snapshot = general_staff_snapshot()
    used_snapshot = False
    for side, category in sorted(wanted - have_official):
        points = snapshot.points.get(category)
        if points:
            lines[(GENERAL_STAFF, side, category)] = ReferenceLine(
                GENERAL_STAFF, side, category, "official", list(points), origin="snapshot"
            )
            used_snapshot = True
    if used_snapshot:
        span = snapshot.span()
        notes.append(
            "General Staff lines come from the series shipped with lossledger"
            + (f" ({span[0]} to {span[1]})" if span else "") + ", not from the ledger."
        )
    return list(lines.values())


# --------------------------------------------------------------------------- charts


def _order(values: Iterable[str], preferred: Sequence[str]) -> list[str]:
    rank = {v: i for i, v in enumerate(preferred)}
    return sorted(set(values), key=lambda v: (rank.get(v, len(rank)), v))


def format_value(value: float | None, value_high: float | None = None) -> str:
    if value is None:
        return "–"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    if value_high is not None:
        text += "–" + (f"{value_high:,.0f}" if float(value_high).is_integer() else f"{value_high:,.2f}")
    return text


#: How a claimant key is shown (``ReportData.claimant_label``).
ClaimantNamer = Callable[[str | None], str]


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
    sides = _order((s for s, _ in groups), vocab["side_order"])
    charts: list[ChartSpec] = []
    for side in sides:
        for category in _order((c for s, c in groups if s == side), vocab["category_order"]):
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


# --------------------------------------------------------------------------- rendering


def script_json(value: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` are escaped, so neither ``</script>``
    nor ``<!--`` can end or change the script block."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("lossledger", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["value"] = format_value
    return env


def _static(name: str) -> str:
    return (resources.files("lossledger") / "static" / name).read_text("utf-8")


def _claims_json(claims: list[ClaimRow], label: ClaimantNamer) -> list[dict[str, Any]]:
    """The claims as the page's script needs them (the table is drawn from this, a page at a time,
    because tens of thousands of server-rendered rows take a browser half a minute to lay out)."""
    vocab = vocabulary()
    return [
        {
            "id": c.id, "as_of": c.as_of_text, "side": c.side, "category": c.category,
            "category_label": vocab["category_labels"].get(c.category, c.category), "outcome": c.outcome,
            "value": c.value, "value_label": format_value(c.value, c.value_high), "qualifier": c.qualifier,
            "measure": vocab["measure_labels"].get(c.measure, c.measure), "period_days": c.period_days,
            "hedged": c.hedged, "claimant": c.claimant or "-", "claimant_label": label(c.claimant),
            "claimant_text": c.claimant_text or "", "outlet": c.outlet, "title": c.title or c.doc,
            "doc": c.doc, "url": c.url, "quote": c.quote, "flagged": c.flagged,
            "findings": [
                {"severity": f.severity, "kind": f.kind, "label": vocab["finding_labels"].get(f.kind, f.kind),
                 "message": f.message}
                for f in c.findings
            ],
        }
        for c in claims
    ]


def _cap_per_kind(findings: list[FindingRow]) -> tuple[list[FindingRow], dict[str, int]]:
    """At most MAX_FINDINGS_PER_KIND of each kind in the list; how many more each kind has."""
    kept: list[FindingRow] = []
    seen: Counter[str] = Counter()
    for finding in findings:
        seen[finding.kind] += 1
        if seen[finding.kind] <= MAX_FINDINGS_PER_KIND:
            kept.append(finding)
    return kept, {k: n - MAX_FINDINGS_PER_KIND for k, n in seen.items() if n > MAX_FINDINGS_PER_KIND}


def render_report(data: ReportData, *, charts: list[ChartSpec] | None = None) -> str:
    """The report page as one HTML string (plotly.js embedded once, when there is a chart)."""
    vocab = vocabulary()
    charts = build_charts(data) if charts is None else charts
    chart_html = []
    config = {"displaylogo": False, "responsive": True}
    for i, chart in enumerate(charts):
        chart_html.append(chart.figure.to_html(
            full_html=False, include_plotlyjs=False, div_id=f"chart-{i}", config=config,
        ))
    by_claim = {c.id: c for c in data.claims}
    severity_rank = {s: i for i, s in enumerate(vocab["severity_order"])}
    agreeing = set(vocab["agreeing_kinds"])
    shown = sorted(
        (f for f in data.findings if f.kind not in agreeing),
        key=lambda f: (severity_rank.get(f.severity, len(severity_rank)), f.kind, f.id),
    )
    shown, more = _cap_per_kind(shown)
    dated = [c.as_of for c in data.claims if c.as_of]
    context = {
        "data": data, "vocab": vocab, "version": __version__,
        "generated": data.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "charts": list(zip(charts, chart_html, strict=True)),
        "claimants": sorted({c.claimant or "" for c in data.claims}, key=data.claimant_label),
        "sides": _order((c.side for c in data.claims), vocab["side_order"]),
        "categories": _order((c.category for c in data.claims), vocab["category_order"]),
        "date_range": (min(dated), max(dated)) if dated else None,
        "max_listed": MAX_FINDINGS_PER_KIND, "findings_shown": shown, "findings_more": more,
        "confirmed": [f for f in data.findings if f.kind in agreeing],
        "severity_counts": Counter(f.severity for f in data.findings),
        "kind_counts": Counter(f.kind for f in data.findings).most_common(),
        "by_claim": by_claim, "flagged": sum(1 for c in data.claims if c.flagged),
        "uncharted": [
            c for c in data.claims if c.as_of is None or c.value is None or c.measure == "projection"
        ],
        "claims_json": script_json(_claims_json(data.claims, data.claimant_label)),
        "css": _static("report.css"), "js": _static("report.js"),
        # plotly.js once, before the first chart's script needs it; none without a chart.
        "plotly_js": _static(PLOTLY_BUNDLE) if charts else "",
    }
    env = _environment()
    env.filters["claimant"] = data.claimant_label
    return env.get_template("report.html.j2").render(**context)


def write_report(
    db: Path, *, output: Path, generated_at: dt.datetime | None = None, profile: Profile | str | None = None
) -> ReportResult:
    """Read the ledger at ``db`` and write the report to ``output`` (atomically: a half-written file
    never replaces a good one). ``profile``: as in ``load_report_data``."""
    data = load_report_data(Path(db), generated_at=generated_at, profile=profile)
    charts = build_charts(data)
    page = render_report(data, charts=charts)
    output = Path(output)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise LossledgerError(f"{output}: cannot write the report ({exc.strerror or exc})") from exc
    return ReportResult(
        path=output, claims=len(data.claims), charts=len(charts), findings=len(data.findings),
        bytes=len(page.encode("utf-8")),
    )
