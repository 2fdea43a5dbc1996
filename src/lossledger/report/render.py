"""The report page: ONE self-contained HTML file, plotly.js (its small "basic" bundle) embedded once, the
page's CSS and JavaScript inlined, nothing fetched when it opens. Every string from the ledger is escaped by
Jinja2's autoescaping (HTML) or by ``script_json`` (JSON inside ``<script>``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__
from ..errors import LossledgerError
from ..profiles import Profile
from .charts import ChartSpec, build_charts
from .data import ClaimantNamer, ClaimRow, FindingRow, ReportData, format_value, in_order, load_report_data, vocabulary

__all__ = ["MAX_FINDINGS_PER_KIND", "PLOTLY_BUNDLE", "ReportResult", "render_report", "script_json", "write_report"]

#: The plotly.js the page embeds (``static/``): the "basic" bundle (scatter, bar, pie), 1.2 MB where
#: the full one the plotly package ships is 4.7 MB; every chart here is a scatter trace.
PLOTLY_BUNDLE = "plotly-basic.min.js"
#: The findings section lists this many of each kind; the rest are counted (and in the table).
MAX_FINDINGS_PER_KIND = 200


@dataclass(frozen=True)
class ReportResult:
    path: Path
    claims: int
    charts: int
    findings: int
    bytes: int


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
        loader=jinja2.PackageLoader("lossledger.report", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["value"] = format_value
    return env


def _static(name: str) -> str:
    return (resources.files("lossledger.report") / "static" / name).read_text("utf-8")


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
        "sides": in_order((c.side for c in data.claims), vocab["side_order"]),
        "categories": in_order((c.category for c in data.claims), vocab["category_order"]),
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
