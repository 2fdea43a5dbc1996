"""The offline HTML report: a ledger's claims over time against the reference series.

``write_report(db, output=...)`` reads a ledger read-only and writes ONE self-contained HTML file:
plotly.js (its small "basic" bundle) is embedded once, the page's CSS and JavaScript are inlined, and
nothing is fetched from the network when it opens. Article text is hostile input: every string from
the ledger is escaped by Jinja2's autoescaping (HTML), by ``html.escape`` (plotly hover text, legend
names and axis titles, which plotly renders as a subset of HTML) or by ``script_json`` (JSON inside
``<script>``), and links are kept only when they are http(s).

Stages: ``data`` (read the ledger), ``charts`` (plotly figures), ``render`` (Jinja2 page, ``templates/``,
``static/``).
"""

from __future__ import annotations

from .charts import ChartSpec, build_charts
from .data import (
    ClaimRow,
    FindingRow,
    ReferenceLine,
    ReportData,
    load_report_data,
    name_claimant,
    safe_url,
    vocabulary,
)
from .render import MAX_FINDINGS_PER_KIND, PLOTLY_BUNDLE, ReportResult, render_report, script_json, write_report

__all__ = [
    "MAX_FINDINGS_PER_KIND",
    "PLOTLY_BUNDLE",
    "ChartSpec",
    "ClaimRow",
    "FindingRow",
    "ReferenceLine",
    "ReportData",
    "ReportResult",
    "build_charts",
    "load_report_data",
    "name_claimant",
    "render_report",
    "safe_url",
    "script_json",
    "vocabulary",
    "write_report",
]
