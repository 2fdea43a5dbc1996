"""The ``lossledger`` command line: a thin layer that parses, calls one library function and prints.

Only this module prints or exits.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lossledger")
def cli() -> None:
    """lossledger: turn war news into a checkable ledger of loss claims."""


def _reader_option_flags(func: Callable[..., None]) -> Callable[..., None]:
    """The readers' options, shared by ``extract`` and ``ingest``."""
    options = [
        click.option("--preset", help="JSON Lines field layout of a known corpus format (e.g. news-please)."),
        click.option("--text-field", help="JSON Lines field holding the article text (default: text)."),
        click.option("--id-field", help="JSON Lines field holding the document id (default: id)."),
        click.option("--date-field", help="JSON Lines field holding the publication date (default: published)."),
        click.option("--url-field", help="JSON Lines field holding the article URL (default: url)."),
        click.option("--language", "languages", multiple=True,
                     help="Keep documents in this ISO 639-1 language (repeatable; default en; 'any' keeps all)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _reader_options(preset: str | None, languages: tuple[str, ...], text_field: str | None = None,
                    id_field: str | None = None, date_field: str | None = None,
                    url_field: str | None = None) -> Any:
    """ReaderOptions from the command line, or None for the defaults."""
    from .readers import ReaderOptions

    if not (preset or languages or text_field or id_field or date_field or url_field):
        return None
    keep = () if "any" in languages else (tuple(languages) or ("en",))
    try:
        return ReaderOptions(preset=preset, languages=keep, text_field=text_field, id_field=id_field,
                             date_field=date_field, url_field=url_field)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@contextlib.contextmanager
def _progress(console: Any, label: str) -> Iterator[Callable[[int, int], None]]:
    """A live count of documents and claims on stderr, shown only when stderr is a terminal."""
    if not console.is_terminal:
        yield lambda documents, claims: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task(label)

        def advance(documents: int, claims: int) -> None:
            progress.update(task, description=f"{label}: {documents:,} documents, {claims:,} claims")

        yield advance


def _stdout_console() -> Any:
    """The console for tables: the terminal's width, or a wide page when the output is piped."""
    from rich.console import Console

    console = Console()
    return console if console.is_terminal or os.environ.get("COLUMNS") else Console(width=200)


def _table(columns: tuple[tuple[str, str], ...], rows: Sequence[tuple[str, ...]], *, width: int, wrap: str = "",
           lines: bool = False) -> Any:
    """A table for people: every column as wide as its content, except ``wrap`` (wrapped at 60) and
    ``quote``, which gets the rest of the line and is cut short with an ellipsis."""
    from rich.table import Table

    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, (name, _style) in enumerate(columns)]
    fixed = sum(min(w, 60) for (name, _s), w in zip(columns, widths, strict=True) if name != "quote")
    table = Table(show_lines=lines, header_style="bold", expand=False, box=None, pad_edge=False)
    for (column, style), content_width in zip(columns, widths, strict=True):
        if column == "quote":
            table.add_column(column, style=style or None, no_wrap=True, overflow="ellipsis",
                             max_width=max(30, width - fixed - 2 * len(columns)))
        elif column == wrap:
            table.add_column(column, style=style or None, max_width=60)
        else:
            table.add_column(column, style=style or None, no_wrap=True, min_width=content_width,
                             justify="right" if column in ("value", "reports") else "left")
    for row in rows:
        table.add_row(*row)
    return table


def _claims_table(claims: list[Any], *, width: int) -> Any:
    """A rich table of claims for people: one row a claim, the quote shortened."""
    rows = []
    for c in claims:
        value = f"{c.value:,.0f}" + (f"–{c.value_high:,.0f}" if c.value_high is not None else "")
        if c.qualifier in ("approx", "at_least", "at_most"):
            value = {"approx": "~", "at_least": "≥", "at_most": "≤"}[c.qualifier] + value
        measure = c.measure + (f" {c.period_days:g}d" if c.period_days else "")
        rows.append((str(c.doc), c.side, c.category, c.outcome, value, measure,
                     c.as_of.isoformat() if c.as_of else "–", c.claimant or "–", c.quote))
    return _table((("doc", "dim"), ("side", ""), ("category", ""), ("outcome", ""), ("value", "bold"),
                   ("measure", ""), ("as of", ""), ("claimant", "cyan"), ("quote", "dim")), rows, width=width)


# -- scale: --workers, --dask, --shards (scale.py, dask_backend.py) --

def _scale_options(func: Callable[..., None]) -> Callable[..., None]:
    """--workers, --dask and --shards, shared by ``extract`` and ``ingest``."""
    options = [
        click.option(
            "--workers", type=click.IntRange(1), default=None,
            help="Extraction processes on this machine (default: every core, or 1 for inputs under 256 kB;"
                 " with --dask local: the cluster's worker processes).",
        ),
        click.option(
            "--dask", metavar="ADDRESS|local",
            help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for a"
                 " LocalCluster. Needs `pip install 'lossledger[dask]'`. Results go to Parquet shards.",
        ),
        click.option(
            "--shards", type=click.Path(file_okay=False, path_type=Path),
            help="Folder for the Parquet shards of a --dask run, reachable by every worker (default:"
                 " lossledger-shards for extract, the ledger's name with .shards for ingest). A rerun"
                 " into the same folder only redoes the partitions that did not complete.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _extract_on_dask(paths: list[str], *, dask: str, shards: Path | None, workers: int | None,
                     profile_name: str | None, options: Any) -> None:
    """``extract --dask``: write shards, print where they are and what happened, exit 1 on failures."""
    from .dask_backend import run_dask
    from .errors import LossledgerError

    folder = shards or Path("lossledger-shards")
    try:
        report = run_dask(paths, out_dir=folder, address=dask, workers=workers, reader_options=options,
                          profile=profile_name)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{report.partitions} partitions on {report.workers} Dask workers ({report.completed} run, "
        f"{report.resumed} already complete): {report.documents} documents, {report.claims} claims, "
        f"{report.failures} failed inputs, in {report.seconds:.1f} s; shards in {report.out_dir}", err=True
    )
    for index, error in sorted(report.failed.items()):
        click.echo(f"error: partition {index} failed after retries: {error}", err=True)
    if not report.ok:
        click.echo("See the failures shards; rerun the same command to retry failed partitions.", err=True)
        sys.exit(1)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True,
              help="jsonl and csv: one claim per line with every field; table: aligned columns for people.")
@click.option("--profile", "profile_name", metavar="NAME_OR_FILE",
              help="Conflict profile: a shipped name (default russia-ukraine) or a TOML file.")
@_reader_option_flags
@_scale_options
def extract_command(paths: tuple[str, ...], fmt: str, profile_name: str | None, preset: str | None,
                    text_field: str | None, id_field: str | None, date_field: str | None,
                    url_field: str | None, languages: tuple[str, ...], workers: int | None,
                    dask: str | None, shards: Path | None) -> None:
    """Extract loss claims from PATHS and print them.

    PATHS are .txt files (one document each), directories (every supported file, sorted), JSON Lines
    files (id, text, optional published/url/title), HTML pages, WARC archives, RSS/Atom feeds, or '-'
    for standard input. Each bad file or record gets a one-line error on stderr naming it; the rest is
    still processed, and the exit status is 1 if anything failed.
    """
    from rich.console import Console
    from rich.markup import escape

    from .errors import LossledgerError
    from .pipeline import Extracted, ExtractSummary, claims_to_csv, claims_to_jsonl
    from .scale import extract_paths_scaled

    options = _reader_options(preset, languages, text_field, id_field, date_field, url_field)
    if dask is not None:
        _extract_on_dask(list(paths), dask=dask, shards=shards, workers=workers, profile_name=profile_name,
                         options=options)
        return
    summary = ExtractSummary()
    errors = Console(stderr=True, highlight=False)
    table_rows: list[Any] = []
    header = True
    try:
        items = extract_paths_scaled(list(paths), workers=workers, profile=profile_name,
                                     reader_options=options, summary=summary)
        # closed on the way out, in this thread (a worker pool must not be left to the garbage collector)
        with _progress(errors, "extracting") as advance, contextlib.closing(items):
            for item in items:
                advance(summary.documents, summary.claims)
                if not isinstance(item, Extracted):
                    errors.print(f"[red]error[/red]: {escape(str(item))}", soft_wrap=True)
                    continue
                if fmt == "table":
                    table_rows.extend(item.claims)
                elif fmt == "csv":
                    sys.stdout.write(claims_to_csv(item.claims, header=header))
                    header = False
                else:
                    sys.stdout.write(claims_to_jsonl(item.claims))
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "table":
        out = _stdout_console()
        out.print(_claims_table(table_rows, width=out.width))
    reading = summary.reading
    skipped = ", ".join(f"{reason} {n}" for reason, n in sorted(reading.skipped.items()))
    errors.print(
        f"{reading.files} files, {summary.documents} documents, {summary.claims} claims"
        + (f", {reading.duplicates} duplicates" if reading.duplicates else "")
        + (f"; skipped: {skipped}" if skipped else "")
        + (f"; {len(summary.failures)} errors" if summary.failures else ""),
        style="dim", highlight=False,
    )
    if summary.failed:
        sys.exit(1)


def _names_profile_option(func: Callable[..., None]) -> Callable[..., None]:
    """--profile for the commands that show claims to people (report, serve, check)."""
    return click.option(
        "--profile", "profile_name", metavar="NAME_OR_FILE",
        help="The conflict profile the claims were extracted with, for the claimants' names (default: the"
             " shipped profile their rules name; give the TOML file of a profile of your own).",
    )(func)


@cli.command("report")
@click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default="lossledger.db",
    show_default=True, help="The ledger to report on (opened read-only).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="report.html",
    show_default=True, help="Where to write the HTML report.",
)
@_names_profile_option
def report_command(db_path: Path, output: Path, profile_name: str | None) -> None:
    """Write ONE self-contained HTML report of the ledger: timelines against the reference series,
    the checker's findings and a filterable table of claims. It opens offline."""
    from .errors import LossledgerError
    from .report import write_report

    try:
        result = write_report(db_path, output=output, profile=profile_name)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Report written to {result.path} ({result.claims} claims, {result.charts} charts, "
        f"{result.findings} findings, {result.bytes / 1e6:.1f} MB)"
    )


@cli.command("serve")
@click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default="lossledger.db",
    show_default=True, help="The ledger to explore (never written to: a read-only copy is served).",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to listen on."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True,
    help="Address to bind. The default keeps the explorer on this machine; 0.0.0.0 opens it to the network.",
)
@click.option("--no-report", is_flag=True, help="Do not build the HTML report the explorer links to.")
@_names_profile_option
def serve_command(db_path: Path, port: int, host: str, no_report: bool, profile_name: str | None) -> None:
    """Explore the ledger in Datasette (read-only): facets, full-text search over quotes, canned queries
    and a link to the HTML report. Stop with Ctrl+C."""
    from .errors import LossledgerError
    from .serve import serve

    def ready(url: str) -> None:  # said once it listens: not before an error about the ledger or the port
        click.echo(f"Serving {db_path} at {url} (Ctrl+C to stop)", err=True)

    try:
        serve(db_path, host=host, port=port, with_report=not no_report, profile=profile_name, on_ready=ready)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc

# -- ledger: ingest, reference import, check, claims, export (ledger.py, reference.py, check.py, export.py) --

_DB_OPTION_HELP = "The ledger file (SQLite)."


def _db_option(help_text: str = _DB_OPTION_HELP) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default="lossledger.db",
        show_default=True, help=help_text,
    )


def _claim_filter_options(func: Callable[..., None]) -> Callable[..., None]:
    """The filters shared by ``claims`` and ``export``."""
    from .check import KINDS

    options = [
        click.option("--side", help="Whose losses: russia, ukraine, ..."),
        click.option("--category", help="Category, e.g. personnel, tanks, artillery."),
        click.option(
            "--claimant", help="Claimant key, e.g. ua_general_staff; 'none' for the article's own voice."
        ),
        click.option(
            "--since", type=click.DateTime(["%Y-%m-%d"]), help="Only claims as of this date or later."
        ),
        click.option(
            "--until", type=click.DateTime(["%Y-%m-%d"]), help="Only claims as of this date or earlier."
        ),
        click.option(
            "--finding", type=click.Choice([*KINDS, "any", "none"]),
            help="Only claims with a finding of this kind ('any': any problem; 'none': no finding).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _claim_filter(side: str | None, category: str | None, claimant: str | None, since: Any, until: Any,
                  finding: str | None) -> Any:
    from .export import ClaimFilter

    return ClaimFilter(
        side=side, category=category, claimant=claimant, finding=finding,
        since=since.date() if since else None, until=until.date() if until else None,
    )


@cli.command("ingest")
@click.argument("paths", nargs=-1)
@_db_option("The ledger to write to (created if missing).")
@click.option(
    "--reextract", is_flag=True,
    help="Recompute the claims of documents already stored, with the current rules.",
)
@_reader_option_flags
@click.option("--json", "as_json", is_flag=True, help="Print the run's report as JSON.")
@_scale_options
@click.option(
    "--from-parquet", type=click.Path(file_okay=False, path_type=Path),
    help="Merge the Parquet shards of an earlier --dask run (extract or ingest) instead of reading PATHS.",
)
def ingest_command(paths: tuple[str, ...], db_path: Path, reextract: bool, preset: str | None,
                   text_field: str | None, id_field: str | None, date_field: str | None,
                   url_field: str | None, languages: tuple[str, ...], as_json: bool, workers: int | None,
                   dask: str | None, shards: Path | None, from_parquet: Path | None) -> None:
    """Read PATHS (files, directories, JSON Lines, HTML, WARC, feeds; '-' for stdin), extract the loss
    claims and store documents, claims and the run in the ledger. Already stored documents are skipped.
    Extraction runs on every core (--workers), on a Dask cluster (--dask, via Parquet shards), or is
    taken from the shards of an earlier Dask run (--from-parquet DIR, without PATHS).
    Exits 1 if any input could not be read (each is listed and recorded in the run)."""
    import json as json_module

    from rich.console import Console

    from .errors import LossledgerError
    from .scale import ingest_scaled

    options = _reader_options(preset, languages, text_field, id_field, date_field, url_field)
    try:
        with _progress(Console(stderr=True, highlight=False), "ingesting") as advance:
            report = ingest_scaled(list(paths), db_path=db_path, workers=workers, dask=dask, shards=shards,
                                   from_parquet=from_parquet, reextract=reextract, reader_options=options,
                                   progress=lambda so_far: advance(so_far.documents_seen, so_far.claims))
    except (LossledgerError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json_module.dumps(report.to_dict(), indent=1))
    else:
        click.echo(
            f"Run {report.run_id}: {report.documents_seen} documents read, {report.documents_added} added, "
            f"{report.documents_replaced} re-extracted, {report.documents_unchanged} already stored; "
            f"{report.claims} claims stored in {db_path}"
        )
        if report.skipped:
            click.echo("Skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(report.skipped.items())))
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    if report.failures:
        click.echo(f"{len(report.failures)} input(s) failed; see the run's failures in the ledger.", err=True)
        sys.exit(1)


@cli.group("reference")
def reference_group() -> None:
    """Reference series (General Staff, Oryx, Mediazona) to check claims against."""


@reference_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt",
    type=click.Choice(["petroivaniuk", "lod_db", "russianwarship", "oryx", "mediazona", "csv"]),
    help="The file's layout (default: detected from its content).",
)
@click.option("--source", help="Name to store the series under (default: the format's, e.g. general_staff).")
@_db_option("The ledger to import into (created if missing).")
def reference_import_command(file: Path, fmt: str | None, source: str | None, db_path: Path) -> None:
    """Import a reference series FILE into the ledger (replacing that source's earlier points)."""
    from .errors import LossledgerError
    from .reference import import_reference

    try:
        report = import_reference(file, db_path=db_path, format=fmt, source=source)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Imported {report.points} points and {report.corrections} corrections of {report.source} "
        f"({report.format}, {report.bound}, {report.first_date} to {report.last_date}; "
        f"{', '.join(report.categories)}) into {db_path}"
    )
    click.echo("Days per category: " + ", ".join(f"{c} {n}" for c, n in report.days.items()))
    if report.skipped:
        reasons = sorted(report.skipped.items(), key=lambda item: -item[1])
        click.echo(f"Rows dropped: {sum(report.skipped.values())} ("
                   + "; ".join(f"{why}: {n}" for why, n in reasons[:5])
                   + (f"; and {len(reasons) - 5} more reasons" if len(reasons) > 5 else "") + ")")
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)


@reference_group.command("audit")
@_db_option("The ledger whose reference series to audit (must exist).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def reference_audit_command(db_path: Path, as_json: bool) -> None:
    """Compare the copies of the General Staff series in the ledger and the shipped snapshot cell by cell:
    digit swaps, days copied from the day before, other disagreements, decreases without a correction and
    gaps. One finding per cell, with every copy's value and which agree. Exits 1 when any is found."""
    import json as json_module

    from .check import audit_reference
    from .errors import LossledgerError

    try:
        report = audit_reference(db_path=db_path)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json_module.dumps(report.to_dict(), indent=1))
    else:
        for finding in report.findings:
            click.echo(f"{finding.date}  {finding.kind:10s}  {finding.message}")
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.by_kind.items())) or "no findings"
        click.echo(f"{report.cells_compared} cells compared across {', '.join(report.sources)}: {counts}")
    if report.findings:
        sys.exit(1)


@cli.command("check")
@_db_option("The ledger to check (must exist).")
@click.option("--all", "show_all", is_flag=True, help="Also list confirmations, not only problems.")
@click.option("--json", "as_json", is_flag=True, help="Print every finding as JSON.")
@click.option("--strict", is_flag=True, help="Exit 1 when any finding of severity 'error' is found.")
@_names_profile_option
def check_command(db_path: Path, show_all: bool, as_json: bool, strict: bool, profile_name: str | None) -> None:
    """Check every claim against the reference series (the shipped General Staff snapshot when none is
    imported) and against the claimant's other figures; group echoes; store and list the findings."""
    import json as json_module

    from .check import PROBLEM_KINDS, check
    from .errors import LossledgerError

    try:
        report = check(db_path=db_path, profile=profile_name)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json_module.dumps(report.to_dict(), indent=1, default=str))
    else:
        console = _stdout_console()
        shown = [f for f in report.findings if show_all or f.kind in PROBLEM_KINDS]
        if shown:
            columns = (("kind", ""), ("severity", ""), ("reports", ""), ("finding", ""), ("quote", "dim"))
            rows = [(f.kind, f.severity, str(f.details.get("n_reports", 1)), f.message, f.quotes[0])
                    for f in shown]
            console.print(_table(columns, rows, width=console.width, wrap="finding", lines=True))
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.by_kind.items())) or "no findings"
        console.print(f"{report.claims} claims in {report.groups} groups checked against "
                      f"{', '.join(report.references)}: {counts}")
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    if strict and any(f.severity == "error" for f in report.findings):
        sys.exit(1)


@cli.group("claims", invoke_without_command=True)
@_db_option("The ledger to read (must exist).")
@_claim_filter_options
@click.option(
    "--limit", type=click.IntRange(1), default=200, show_default=True, help="Show at most this many claims."
)
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON Lines.")
@click.pass_context
def claims_command(ctx: click.Context, db_path: Path, side: str | None, category: str | None,
                   claimant: str | None, since: Any, until: Any, finding: str | None, limit: int,
                   as_json: bool) -> None:
    """List stored claims, filtered by side, category, claimant, as-of date range and finding kind
    ('claims import FILE' reads a hand-kept claims table into the ledger)."""
    if ctx.invoked_subcommand is not None:
        return
    import json as json_module

    from .errors import LossledgerError
    from .export import list_claims

    try:
        filters = _claim_filter(side, category, claimant, since, until, finding)
        rows = list_claims(db_path=db_path, filters=filters, limit=limit)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for row in rows:
            click.echo(json_module.dumps(row, ensure_ascii=False, default=str))
        return
    console = _stdout_console()
    cells = []
    for row in rows:
        high = row["value_high"]
        value = f"{row['value']:,.0f}" + (f"-{high:,.0f}" if high is not None else "")
        cells.append((row["as_of"] or "", row["side"], row["category"], row["outcome"], value, row["measure"],
                      row["claimant"] or "", row["findings"] or "", row["quote"] or ""))
    columns = (("as of", ""), ("side", ""), ("category", ""), ("outcome", ""), ("value", "bold"), ("measure", ""),
               ("claimant", "cyan"), ("findings", "yellow"), ("quote", "dim"))
    console.print(_table(columns, cells, width=console.width))
    console.print(f"{len(rows)} claims" + (" (limit reached)" if len(rows) == limit else ""))


@claims_command.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@_db_option("The ledger to write to (created if missing).")
@click.option("--preset", type=click.Choice(["economist", "table"]),
              help="Column layout: 'economist' (its estimates table) or 'table' (lossledger export --shape table).")
@click.option("--date", "date_column", help="Column of the date the figure refers to.")
@click.option("--low", help="Column of the low end (or the only figure of 'at least').")
@click.option("--best", help="Column of the best value.")
@click.option("--high", help="Column of the high end (or the only figure of 'up to').")
@click.option("--type", "type_column", help="Column saying what was lost (deaths, casualties, ...).")
@click.option("--source", help="Column naming who gives the figure.")
@click.option("--url", help="Column of the source's URL.")
@click.option("--side", help="Column of whose losses (russia, ukraine).")
@click.option("--dayfirst/--monthfirst", default=None, help="Dates are D/M/YYYY (or M/D/YYYY); ISO always works.")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              help="TOML file mapping source names to claimants ([[source]] pattern, claimant, name); tried "
                   "before the shipped mapping and the profile.")
@click.option("--profile", "profile_name", help="Profile for claimant names not in a mapping file.")
@click.option("--json", "as_json", is_flag=True, help="Print the import's report as JSON.")
def claims_import_command(file: Path, db_path: Path, preset: str | None, date_column: str | None,
                          low: str | None, best: str | None, high: str | None, type_column: str | None,
                          source: str | None, url: str | None, side: str | None, dayfirst: bool | None,
                          sources_path: Path | None, profile_name: str | None, as_json: bool) -> None:
    """Read a hand-kept claims table FILE (CSV or JSON Lines) into the ledger: one document and claim per row
    (id FILE:LINE), so check, claims, report and export treat them like extracted claims. A bad row is one
    error naming the file and line; the other rows go in, and the exit status is 1."""
    import json as json_module

    from .claims_table import import_claims_table
    from .errors import LossledgerError

    given = {"date": date_column, "low": low, "best": best, "high": high, "type": type_column,
             "source": source, "url": url, "side": side}
    try:
        report = import_claims_table(file, db_path=db_path, preset=preset, dayfirst=dayfirst,
                                     columns={k: v for k, v in given.items() if v}, sources_path=sources_path,
                                     profile=profile_name)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json_module.dumps(report.to_dict(), indent=1))
    else:
        click.echo(f"{report.rows} rows read, {report.claims} claims ({report.documents_added} added, "
                   f"{report.documents_unchanged} already stored), {len(report.errors)} bad rows; into {db_path}")
        click.echo("Claimants: " + ", ".join(f"{k or 'none'} {v}" for k, v in report.claimants.items()))
        if report.by_profile:
            click.echo("Named by the profile (no mapping): " + "; ".join(report.by_profile))
        if report.unmapped:
            click.echo("Not recognised (stored as other): " + "; ".join(report.unmapped))
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    if report.errors:
        sys.exit(1)


@cli.command("export")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@_db_option("The ledger to export from (must exist).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json", "jsonl", "parquet"]),
    help="Output format (default: from OUTPUT's suffix).",
)
@click.option(
    "--shape", type=click.Choice(["claims", "table"]), default="claims", show_default=True,
    help="'claims': every stored field; 'table': date, low, best, high, type, source, URL, whose losses.",
)
@_claim_filter_options
def export_command(output: Path, db_path: Path, fmt: str | None, shape: str, side: str | None,
                   category: str | None, claimant: str | None, since: Any, until: Any,
                   finding: str | None) -> None:
    """Export the (filtered) claims to OUTPUT as CSV, JSON, JSON Lines or Parquet."""
    from .errors import LossledgerError
    from .export import export_claims

    try:
        report = export_claims(db_path=db_path, output=output, fmt=fmt, shape=shape,
                               filters=_claim_filter(side, category, claimant, since, until, finding))
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {report.rows} claims ({report.shape}, {report.format}) to {report.path}")


def main() -> None:
    cli(prog_name="lossledger")


if __name__ == "__main__":  # pragma: no cover
    main()
