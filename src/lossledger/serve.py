"""A local, read-only Datasette explorer over a ledger.

The ledger itself is never opened for writing. ``build_explorer_db`` copies it (SQLite's backup
API, reading the ledger read-only) into a working directory and adds what exploring needs and the
ledger does not keep: a ``claims_explorer`` table (each claim with its article's title, outlet,
safe link and the kinds of its findings, so Datasette can facet on them) and full-text indexes over
the quotes. Datasette then serves that copy in immutable mode, with metadata (titles, descriptions,
units, facets, canned queries) from ``build_metadata`` and the HTML report on a static mount.
"""

from __future__ import annotations

import functools
import html
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils
from datasette.app import Datasette

from .errors import LedgerError
from .profiles import Profile, claimant_labels_for
from .report import name_claimant, open_ledger_readonly, safe_url, vocabulary, write_report

__all__ = [
    "DATABASE_NAME",
    "EXPLORER_TABLE",
    "REPORT_MOUNT",
    "build_explorer_db",
    "build_metadata",
    "make_app",
    "serve",
]

#: The explorer's database name (its file is ``<workdir>/ledger.db``): URLs are ``/ledger/...``.
DATABASE_NAME = "ledger"
EXPLORER_TABLE = "claims_explorer"
#: The report is served at ``/<REPORT_MOUNT>/report.html``.
REPORT_MOUNT = "report"
REPORT_FILE = "report.html"

#: Finding kinds the "mislabelled figures" query lists: a figure given the wrong measure,
#: outcome or date.
MISLABEL_KINDS = ("mislabelled_running_total", "outcome_mislabel", "wrong_date")

_CLAIM_COLUMNS = {
    "id": "Claim number (claims.id in the ledger).",
    "doc": "The document the claim was read from.",
    "side": "Whose loss: russia, ukraine.",
    "category": "What was lost (personnel, tanks, artillery...), as in the claim spec.",
    "outcome": "What happened to it: killed, wounded, captured, destroyed, losses...",
    "value": "The number stated (the low end of a range). A count of people or items.",
    "value_high": "The high end of a range, else empty.",
    "qualifier": "exact, approx, at_least, at_most or range.",
    "measure": "cumulative (since the war began), period, rate or projection.",
    "period_days": "Length of the period, or the rate's unit, in days.",
    "period_start": "Start of the period when the text dates it.",
    "as_of": "The date the figure refers to.",
    "as_of_basis": "How as_of was found: stated, weekday_date, relative, published, inferred.",
    "claimant": "Who asserts the number (a key such as ua_general_staff); empty: the outlet's own voice.",
    "claimant_text": "The claimant as written in the article.",
    "hedged": "1 when the text marks the number as uncertain (reportedly, may have...).",
    "quote": "The sentence that states the number.",
    "rule": "The extraction rule that produced the claim.",
}


def _has_table(db: sqlite_utils.Database, name: str) -> bool:
    return name in db.table_names()


def build_explorer_db(ledger: Path, target: Path, *, profile: Profile | str | None = None) -> Path:
    """Copy the ledger at ``ledger`` to ``target`` and add the explorer table and search indexes.

    Claimants get their display names from the profile the claims' rules name, or from ``profile``
    (a user's profile file, which the ledger cannot point back to)."""
    source = open_ledger_readonly(Path(ledger))
    target = Path(target)
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"{ledger}: cannot copy the ledger for the explorer ({exc})") from exc
    finally:
        source.close()
    copy.create_function("safe_url", 1, safe_url, deterministic=True)
    labels = claimant_labels_for((r[0] for r in copy.execute("SELECT DISTINCT rule FROM claims")), profile=profile)
    copy.create_function("claimant_label", 1, functools.partial(name_claimant, labels), deterministic=True)
    db = sqlite_utils.Database(copy)
    has_findings = _has_table(db, "findings")
    severity_rank = {s: i for i, s in enumerate(vocabulary()["severity_order"])}
    rank_sql = " ".join(f"WHEN '{s}' THEN {i}" for s, i in severity_rank.items())
    findings_sql = (
        "(SELECT json_group_array(kind) FROM (SELECT DISTINCT kind FROM findings f "
        "WHERE f.claim_id = c.id ORDER BY kind))"
        if has_findings else "'[]'"
    )
    worst_sql = (
        f"(SELECT severity FROM findings f WHERE f.claim_id = c.id ORDER BY CASE severity {rank_sql} "
        "ELSE 99 END LIMIT 1)"
        if has_findings else "NULL"
    )
    copy.executescript(f"""
        DROP TABLE IF EXISTS {EXPLORER_TABLE};
        CREATE TABLE {EXPLORER_TABLE} (
            id INTEGER PRIMARY KEY, as_of TEXT, side TEXT, category TEXT, outcome TEXT, value REAL,
            value_high REAL, qualifier TEXT, measure TEXT, period_days REAL, claimant TEXT,
            claimant_label TEXT, claimant_text TEXT, hedged INTEGER, quote TEXT, findings TEXT, severity TEXT,
            outlet TEXT, title TEXT, url TEXT, published TEXT, doc TEXT, rule TEXT);
        INSERT INTO {EXPLORER_TABLE}
        SELECT c.id, c.as_of, c.side, c.category, c.outcome, c.value, c.value_high, c.qualifier,
               c.measure, c.period_days, c.claimant, claimant_label(c.claimant), c.claimant_text, c.hedged,
               c.quote,
               {findings_sql}, {worst_sql}, d.source, d.title, safe_url(d.url), d.published, c.doc, c.rule
        FROM claims c LEFT JOIN documents d ON d.id = c.doc
        ORDER BY c.id;
        CREATE INDEX idx_{EXPLORER_TABLE}_claimant_as_of ON {EXPLORER_TABLE}(claimant, as_of);
    """)
    db.table(EXPLORER_TABLE).enable_fts(["quote", "claimant_text", "title", "outlet"], replace=True)
    if not db.table("claims").detect_fts():  # the ledger usually indexes its quotes itself
        db.table("claims").enable_fts(["quote", "claimant_text"])
    copy.commit()
    # Datasette opens the copy immutable, which ignores a WAL file: leave none behind.
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute("VACUUM")
    copy.close()
    return target


def _queries(tables: set[str]) -> dict[str, dict[str, Any]]:
    queries: dict[str, dict[str, Any]] = {
        "claims_by_claimant_over_time": {
            "title": "Claims by claimant over time",
            "description": "Each claimant's figures in date order. Leave a box empty for all.",
            "sql": (
                f"SELECT claimant, claimant_label, as_of, side, category, outcome, value, qualifier, measure, outlet, "
                f"quote, findings, id AS claim_id FROM {EXPLORER_TABLE}\n"
                "WHERE (coalesce(:claimant, '') = '' OR claimant = :claimant)\n"
                "  AND (coalesce(:category, '') = '' OR category = :category)\n"
                "ORDER BY claimant, side, category, outcome, as_of, id"
            ),
        },
    }
    if "findings" in tables:
        kinds = ", ".join(f"'{k}'" for k in MISLABEL_KINDS)
        queries["mislabelled_figures"] = {
            "title": "Mislabelled figures",
            "description": (
                "Figures the checker found mislabelled: a running total called a daily or period figure, "
                "a wrong outcome (e.g. losses called deaths), or a right figure given the wrong date."
            ),
            "sql": (
                "SELECT f.kind, f.severity, f.message, c.quote, c.value, c.as_of, c.claimant, d.title, "
                "d.source AS outlet, f.reference_source, f.reference_date, f.reference_value, "
                "f.claim_id\nFROM findings f LEFT JOIN claims c ON c.id = f.claim_id\n"
                "LEFT JOIN documents d ON d.id = coalesce(c.doc, f.doc)\n"
                f"WHERE f.kind IN ({kinds})\nORDER BY f.severity = 'error' DESC, f.kind, c.as_of"
            ),
        }
    if "claim_groups" in tables:
        queries["most_echoed_claims"] = {
            "title": "Most echoed claims",
            "description": (
                "The same figure from the same claimant repeated across outlets, most outlets first."
            ),
            "sql": (
                "SELECT claimant, side, category, outcome, value, as_of, n_outlets, n_reports, first_seen, "
                "last_seen, outlets, id AS group_id FROM claim_groups\n"
                "ORDER BY n_outlets DESC, n_reports DESC, value DESC LIMIT 100"
            ),
        }
    return queries


def build_metadata(
    *, tables: set[str] | None = None, report_href: str | None = None, ledger_name: str = "ledger"
) -> dict[str, Any]:
    """Datasette metadata for an explorer database: titles, descriptions, units, facets and queries.

    ``tables`` are the tables present (queries over missing ones are left out); ``report_href``
    is where the HTML report is served, linked from the front page when given.
    """
    tables = set(tables) if tables is not None else {
        "documents", "claims", "findings", "reference_points", "claim_groups", "runs", "failures",
    }
    report_link = (
        f' <a href="{report_href}">Open the report</a> (timelines against the reference series).'
        if report_href else ""
    )
    facets = ["side", "category", "claimant", "severity", {"array": "findings"}]
    return {
        "title": "lossledger explorer",
        "description_html": (
            f"Loss claims read from news about the war, from <code>{html.escape(ledger_name)}</code> "
            f"(read-only copy).{report_link}"
        ),
        "source": "lossledger",
        "databases": {
            DATABASE_NAME: {
                "description": (
                    "The ledger: documents, the loss claims read from them, the checker's findings and the "
                    "reference series. Start with claims_explorer."
                ),
                "tables": {
                    EXPLORER_TABLE: {
                        "title": "Claims with their findings",
                        "description": (
                            "One row per claim, with its article and the kinds of finding the checker made "
                            "about it. Facet by side, category, claimant or finding; search the quotes."
                        ),
                        "facets": facets,
                        "sort": "as_of",
                        "label_column": "quote",
                        "units": {"period_days": "day"},
                        "columns": {
                            **_CLAIM_COLUMNS,
                            "claimant_label": "The claimant's name, from the conflict profile.",
                            "findings": "Kinds of finding about this claim (JSON list).",
                            "severity": "The most serious finding: error, warning or info.",
                            "outlet": "The source the document came from.",
                            "title": "The article's title.",
                            "url": "The article's link (kept only when it is http or https).",
                            "published": "The article's publication date.",
                        },
                    },
                    "claims": {
                        "title": "Claims",
                        "description": "The claims as the ledger stores them (see the claim spec).",
                        "facets": ["side", "category", "claimant", "measure"],
                        "label_column": "quote",
                        "units": {"period_days": "day"},
                        "columns": _CLAIM_COLUMNS,
                    },
                    "documents": {
                        "title": "Documents",
                        "description": "The articles read, one row each.",
                        "facets": ["source", "language", "published_basis"],
                        "label_column": "title",
                    },
                    "findings": {
                        "title": "Findings",
                        "description": "What the checker found comparing claims with reference series.",
                        "facets": ["kind", "severity", "reference_source"],
                        "label_column": "message",
                    },
                    "reference_points": {
                        "title": "Reference series",
                        "description": (
                            "Official running totals and lower bounds (Oryx: photo-confirmed equipment; "
                            "Mediazona: dead confirmed by name)."
                        ),
                        "facets": ["source", "side", "category", "bound"],
                    },
                    "claim_groups": {
                        "title": "Claim groups",
                        "description": "A figure from one claimant; how many reports and outlets repeat it.",
                        "facets": ["claimant", "side", "category"],
                        "sort_desc": "n_outlets",
                    },
                    "runs": {"title": "Runs", "description": "Each ingest or check run.", "sort_desc": "id"},
                    "failures": {"title": "Failures", "description": "Inputs that could not be read; why."},
                },
                "queries": _queries(tables),
            }
        },
    }


def make_app(
    ledger: Path, *, workdir: Path, with_report: bool = True, settings: dict[str, Any] | None = None,
    profile: Profile | str | None = None,
) -> Datasette:
    """A Datasette app over a read-only copy of ``ledger`` built in ``workdir`` (which must outlive it).
    ``profile``: the user's profile file the claims were extracted with, for claimant names."""
    ledger, workdir = Path(ledger), Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    explorer = build_explorer_db(ledger, workdir / f"{DATABASE_NAME}.db", profile=profile)
    static_mounts: list[tuple[str, str]] = []
    report_href = None
    if with_report:
        report_dir = workdir / "report"
        report_dir.mkdir(exist_ok=True)
        write_report(ledger, output=report_dir / REPORT_FILE, profile=profile)
        static_mounts.append((REPORT_MOUNT, str(report_dir)))
        report_href = f"/{REPORT_MOUNT}/{REPORT_FILE}"
    explorer_db = sqlite_utils.Database(explorer)
    tables = set(explorer_db.table_names())
    explorer_db.close()
    return Datasette(
        immutables=[str(explorer)],
        metadata=build_metadata(tables=tables, report_href=report_href, ledger_name=ledger.name),
        static_mounts=static_mounts,
        settings={"sql_time_limit_ms": 3000, "truncate_cells_html": 400, "default_page_size": 50,
                  **(settings or {})},
    )


def serve(
    ledger: Path, *, host: str = "127.0.0.1", port: int = 8001, with_report: bool = True,
    profile: Profile | str | None = None,
) -> None:
    """Serve the explorer until interrupted (blocking); the working copy is removed afterwards."""
    import uvicorn

    with tempfile.TemporaryDirectory(prefix="lossledger-serve-") as tmp:
        app = make_app(ledger, workdir=Path(tmp), with_report=with_report, profile=profile)
        uvicorn.run(app.app(), host=host, port=port, log_level="warning")
