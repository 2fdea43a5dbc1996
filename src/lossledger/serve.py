"""A local, read-only Datasette explorer over a ledger.

The ledger itself is never opened for writing. ``build_explorer_db`` copies it (SQLite's backup
API, reading the ledger read-only) into a working directory and adds what exploring needs and the
ledger does not keep: a ``claims_explorer`` table (each claim with its article's title, outlet,
safe link and the kinds of its findings, so Datasette can facet on them) and full-text indexes over
the quotes. Datasette then serves that copy in immutable mode, with metadata (titles, descriptions,
units, facets, canned queries) from ``build_metadata`` and the HTML report on a static mount.
"""

from __future__ import annotations

import codecs
import csv
import functools
import html
import io
import logging
import re
import socket
import sqlite3
import tempfile
import weakref
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, urlencode

import sqlite_utils
from datasette import hookimpl as _datasette_hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

from .errors import LedgerError, LossledgerError
from .ledger import COUNT_COLUMNS, open_read_only
from .model import outlet_of
from .profiles import Profile, claimant_labels_for
from .report import name_claimant, safe_url, vocabulary, write_report
from .sanitize import csv_cell

_Hook = TypeVar("_Hook", bound=Callable[..., Any])


def hookimpl(function: _Hook) -> _Hook:
    """Datasette's plugin marker, typed: pluggy's own is untyped, which would untype each hook."""
    return cast(_Hook, _datasette_hookimpl(function))


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

#: Metadata key of a table's column descriptions. Not Datasette's own "columns", which it lists above
#: the rows: ``templates/_table.html`` lists these below them, so a page opens on the data.
COLUMN_DESCRIPTIONS = "column_descriptions"

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
    "as_of_basis": "How as_of was found: stated, weekday_date, relative, published, url, inferred.",
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
    source = open_read_only(Path(ledger))
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
    copy.create_function("outlet_of", 3, outlet_of, deterministic=True)
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
    # NUMERIC, not REAL: a count of 3783 is stored and shown as 3783, not 3783.0 (1.5 stays 1.5).
    copy.executescript(f"""
        DROP TABLE IF EXISTS {EXPLORER_TABLE};
        CREATE TABLE {EXPLORER_TABLE} (
            id INTEGER PRIMARY KEY, as_of TEXT, side TEXT, category TEXT, outcome TEXT, value NUMERIC,
            value_high NUMERIC, qualifier TEXT, measure TEXT, period_days NUMERIC, claimant TEXT,
            claimant_label TEXT, claimant_text TEXT, hedged INTEGER, quote TEXT, findings TEXT, severity TEXT,
            outlet TEXT, title TEXT, url TEXT, published TEXT, doc TEXT, rule TEXT);
        INSERT INTO {EXPLORER_TABLE}
        SELECT c.id, c.as_of, c.side, c.category, c.outcome, c.value, c.value_high, c.qualifier,
               c.measure, c.period_days, c.claimant, claimant_label(c.claimant), c.claimant_text, c.hedged,
               c.quote,
               {findings_sql}, {worst_sql}, outlet_of(d.url, d.source, c.doc), d.title, safe_url(d.url),
               d.published, c.doc, c.rule
        FROM claims c LEFT JOIN documents d ON d.id = c.doc
        ORDER BY c.id;
        CREATE INDEX idx_{EXPLORER_TABLE}_claimant_as_of ON {EXPLORER_TABLE}(claimant, as_of);
    """)
    db.table(EXPLORER_TABLE).enable_fts(["quote", "claimant_text", "title", "outlet"], replace=True)
    _whole_counts(db)
    if not db.table("claims").detect_fts():  # the ledger usually indexes its quotes itself
        db.table("claims").enable_fts(["quote", "claimant_text"])
    copy.commit()
    # Datasette opens the copy immutable, which ignores a WAL file: leave none behind.
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute("VACUUM")
    copy.close()
    return target


def _whole_counts(db: sqlite_utils.Database) -> None:
    """The copy's count columns (``ledger.COUNT_COLUMNS``) given INTEGER affinity, so a whole count is
    an integer in every view and export of every table (3783, not 3783.0); a fraction (1.5) stays as it is."""
    for table, columns in COUNT_COLUMNS.items():
        if _has_table(db, table):
            present = [c for c in columns if c in db.table(table).columns_dict]
            if present:
                db.table(table).transform(types=dict.fromkeys(present, int))


def _whole(column: str) -> str:
    """SQL for ``column`` as an integer when it is a whole number (a count is 3783, not 3783.0)."""
    name = column.split(".")[-1]
    return (
        f"CASE WHEN {column} = CAST({column} AS INTEGER) THEN CAST({column} AS INTEGER) "
        f"ELSE {column} END AS {name}"
    )


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
                f"c.outlet, f.reference_source, f.reference_date, {_whole('f.reference_value')}, "
                f"f.claim_id\nFROM findings f LEFT JOIN {EXPLORER_TABLE} c ON c.id = f.claim_id\n"
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
                f"SELECT claimant, side, category, outcome, {_whole('value')}, as_of, n_outlets, n_reports, "
                "first_seen, last_seen, outlets, id AS group_id FROM claim_groups\n"
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
                        COLUMN_DESCRIPTIONS: {
                            **_CLAIM_COLUMNS,
                            "claimant_label": "The claimant's name, from the conflict profile.",
                            "findings": "Kinds of finding about this claim (JSON list).",
                            "severity": "The most serious finding: error, warning or info.",
                            "outlet": "Who published the document: its URL's host, else the file it came from.",
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
                        COLUMN_DESCRIPTIONS: _CLAIM_COLUMNS,
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


# --------------------------------------------------------------------------- Datasette hooks

_log = logging.getLogger("lossledger.serve")
#: The explorers made here; the hooks below change only these (other Datasette apps are left alone).
_EXPLORERS: weakref.WeakSet[Datasette] = weakref.WeakSet()
#: The only methods a read-only explorer answers; anything else is 405, whatever the path.
READ_METHODS = ("GET", "HEAD")

ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def _error_of(exception: Exception) -> tuple[int, str | Markup, str | None]:
    """(status, message, title) of an exception, as Datasette's own handler makes them."""
    if isinstance(exception, Base400):
        return exception.status, str(exception.args[0]) if exception.args else "", None
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        return exception.status, message, exception.title
    return 500, f"{type(exception).__name__}: {exception}", None


def _facet_keys(facet: str | dict[str, str]) -> tuple[str, str]:
    """('_facet', 'side') for "side"; ('_facet_array', 'findings') for {"array": "findings"}."""
    if isinstance(facet, str):
        return "_facet", facet
    kind, column = next(iter(facet.items()))
    return f"_facet_{kind}", column


class _ExplorerHooks:
    """Datasette plugin hooks of the explorer. Registered once per process, in place of Datasette's
    default exception handler, which prints a rich traceback with every local variable for each bad
    request (a 404 included); this one logs one line and renders the same error page."""

    __name__ = "lossledger-explorer"  # Datasette lists plugins by module name; this is no module

    @hookimpl
    def handle_exception(self, datasette: Datasette, request: Any, exception: Exception) -> Any:
        async def inner() -> Response:
            status, message, title = _error_of(exception)
            log = _log.error if status >= 500 else _log.warning
            log("%s %s: %d %s", request.method, request.path, status, message)
            info = {"ok": False, "error": message, "status": status, "title": title}
            if request.path.split("?")[0].endswith(".json"):
                return Response.json(info, status=status)
            template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
            page = await template.render_async(dict(
                info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [],
            ))
            return Response.html(page, status=status)

        return inner

    @hookimpl
    def asgi_wrapper(self, datasette: Datasette) -> Callable[[ASGIApp], ASGIApp]:
        # Datasette wraps its app while it is being made, before make_app knows it: so asked per request.
        def wrap(app: ASGIApp) -> ASGIApp:
            async def read_only(scope: dict[str, Any], receive: Any, send: Any) -> None:
                if scope.get("type") == "http" and datasette in _EXPLORERS:
                    if scope.get("method") not in READ_METHODS:
                        _log.warning("%s %s: 405 the explorer is read-only", scope.get("method"), scope.get("path"))
                        response = Response.text(
                            "Method not allowed: the explorer is read-only.\n", status=405,
                            headers={"Allow": ", ".join(READ_METHODS)},
                        )
                        await response.asgi_send(send)
                        return
                    scope = _without_default_facets(datasette, scope)
                    if str(scope.get("path", "")).endswith(".csv"):
                        send = _NeutralisedCsv(send)
                await app(scope, receive, send)

            return read_only

        return wrap

    @hookimpl
    def render_cell(self, value: Any, datasette: Datasette) -> str | None:
        # SQLite's REAL columns give 3783.0 for a count of 3783: shown as the whole number it is.
        if datasette in _EXPLORERS and isinstance(value, float) and value.is_integer():
            return str(int(value))
        return None


_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


class _NeutralisedCsv:
    """The ``send`` of a CSV download with every cell made safe for a spreadsheet (``sanitize.csv_cell``:
    text starting with ``= + - @`` behind an apostrophe), as ``lossledger export`` writes it: Datasette's
    own CSV writes a quote such as ``=HYPERLINK(...)`` verbatim. Streamed downloads are rewritten record
    by record (a record ends at a line break outside quotes), so memory stays bounded."""

    def __init__(self, send: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
        self._send = send
        self._pending = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    async def __call__(self, message: dict[str, Any]) -> None:
        if message.get("type") == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
            await self._send(dict(message, headers=headers))
            return
        if message.get("type") != "http.response.body":
            await self._send(message)
            return
        more = bool(message.get("more_body"))
        self._pending += self._decoder.decode(message.get("body", b""), final=not more)
        end = len(self._pending) if not more else self._complete_records_end(self._pending)
        done, self._pending = self._pending[:end], self._pending[end:]
        await self._send(dict(message, body=self._rewrite(done).encode("utf-8")))

    @staticmethod
    def _complete_records_end(text: str) -> int:
        """The index after the last line break that ends a record (outside a quoted cell), or 0."""
        end, quoted = 0, False
        for i, char in enumerate(text):
            if char == '"':
                quoted = not quoted
            elif char == "\n" and not quoted:
                end = i + 1
        return end

    @staticmethod
    def _rewrite(text: str) -> str:
        if not text:
            return ""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(text, newline="")):
            writer.writerow([cell if _NUMBER.fullmatch(cell) else csv_cell(cell) for cell in row])
        return out.getvalue()


def _without_default_facets(datasette: Datasette, scope: dict[str, Any]) -> dict[str, Any]:
    """The request without ``_facet=X`` for a facet the table shows anyway (Datasette would show it
    twice, the second as ``X_2``)."""
    parts = str(scope.get("path", "")).strip("/").split("/")
    query = scope.get("query_string", b"").decode("latin-1")
    if len(parts) != 2 or "_facet" not in query:
        return scope
    table = parts[1].removesuffix(".json")
    facets = datasette.metadata("facets", database=parts[0], table=table) or []
    defaults = {_facet_keys(f) for f in facets}
    params = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in params if (k, v) not in defaults]
    if len(kept) == len(params):
        return scope
    return dict(scope, query_string=urlencode(kept).encode("latin-1"))


def _register_hooks() -> None:
    if pm.get_plugin(_ExplorerHooks.__name__) is None:
        default = pm.get_plugin("datasette.handle_exception")
        if default is not None:
            pm.unregister(default)
        pm.register(_ExplorerHooks(), name=_ExplorerHooks.__name__)


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
    _register_hooks()
    app = Datasette(
        immutables=[str(explorer)],
        metadata=build_metadata(tables=tables, report_href=report_href, ledger_name=ledger.name),
        static_mounts=static_mounts,
        template_dir=str(resources.files("lossledger.report") / "templates"),  # _table.html
        settings={"sql_time_limit_ms": 3000, "truncate_cells_html": 400, "default_page_size": 50,
                  **(settings or {})},
    )
    _EXPLORERS.add(app)
    return app


def serve(
    ledger: Path, *, host: str = "127.0.0.1", port: int = 8001, with_report: bool = True,
    profile: Profile | str | None = None, on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the explorer until interrupted (blocking); the working copy is removed afterwards.

    ``on_ready(url)`` is called once the server is listening: not before the ledger is found to be
    unusable (LedgerError) or the address taken (LossledgerError), both raised before it."""
    import uvicorn

    with tempfile.TemporaryDirectory(prefix="lossledger-serve-") as tmp:
        app = make_app(ledger, workdir=Path(tmp), with_report=with_report, profile=profile)
        sock = _listen(host, port)
        url = f"http://{host}:{sock.getsockname()[1]}/"

        class Server(uvicorn.Server):
            async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                await super().startup(sockets=sockets)
                if self.started and on_ready is not None:
                    on_ready(url)

        try:
            Server(uvicorn.Config(app.app(), log_level="warning")).run(sockets=[sock])
        finally:
            sock.close()


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to (host, port): a taken address is one error line, before anything is served."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise LossledgerError(f"{host}: cannot serve on this address ({exc.strerror})") from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise LossledgerError(f"{host}:{port}: cannot serve there ({exc.strerror or exc})") from exc
    return sock
