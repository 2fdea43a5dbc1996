"""What the report shows, read from a ledger (read-only): claims with their document's title, outlet and
link, findings, reference lines (the shipped General Staff series standing in where the ledger has none),
recent runs and the most echoed figures; and the words it shows them with (``templates/report_vocabulary.toml``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import LedgerError
from ..ledger import open_read_only, table_names
from ..model import outlet_of
from ..profiles import ClaimantLabels, Profile, claimant_labels_for
from ..series import general_staff_snapshot

__all__ = [
    "ClaimRow", "ClaimantNamer", "FindingRow", "ReferenceLine", "ReportData", "format_value", "in_order",
    "load_report_data", "name_claimant", "safe_url", "vocabulary",
]  # fmt: skip

GENERAL_STAFF = "general_staff"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Display words and orders (``templates/report_vocabulary.toml``), shared with ``serve``."""
    text = (resources.files("lossledger.report") / "templates" / "report_vocabulary.toml").read_text("utf-8")
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


#: How a claimant key is shown (``ReportData.claimant_label``).
ClaimantNamer = Callable[[str | None], str]


def in_order(values: Iterable[str], preferred: Sequence[str]) -> list[str]:
    rank = {v: i for i, v in enumerate(preferred)}
    return sorted(set(values), key=lambda v: (rank.get(v, len(rank)), v))


def format_value(value: float | None, value_high: float | None = None) -> str:
    if value is None:
        return "–"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    if value_high is not None:
        text += "–" + (f"{value_high:,.0f}" if float(value_high).is_integer() else f"{value_high:,.2f}")
    return text


# --------------------------------------------------------------------------- reading the ledger


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
    conn = open_read_only(db)
    try:
        return _load(conn, db, generated_at or dt.datetime.now(dt.UTC), profile)
    finally:
        conn.close()


def _load(
    conn: sqlite3.Connection, db: Path, generated_at: dt.datetime, profile: Profile | str | None
) -> ReportData:
    tables = table_names(conn)
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
    # The General Staff series ships with the package: when the ledger holds no official line of the
    # snapshot's side for a charted category, the snapshot stands in, so a fresh ledger is still checked by eye.
    snapshot = general_staff_snapshot()
    wanted = {(c.side, c.category) for c in claims if c.side == snapshot.side}
    have_official = {(ln.side, ln.category) for ln in lines.values() if ln.bound == "official"}
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
