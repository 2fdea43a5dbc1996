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
                     help="Keep documents in this ISO 639-1 language (repeatable; default: the profile's"
                          " languages, en uk ru; 'any' keeps all)."),
        click.option("--telegram-channel", metavar="NAME",
                     help="Public name of the channel a Telegram export (result.json) is from: ids NAME/<message>"
                          " and t.me/NAME/<message> URLs (exports do not name it)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _skipped_option(func: Callable[..., None]) -> Callable[..., None]:
    """--skipped FILE, shared by ``extract`` and ``ingest``."""
    return click.option(
        "--skipped", "skipped_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
        help="Write the skipped documents and files (another language, a duplicate, an unsupported type"
             " in a folder) to this file, one 'item<TAB>reason' a line ('-': standard output).",
    )(func)


def _write_skipped(target: Path | None, items: Sequence[tuple[str, str]]) -> None:
    """The list of skipped items for ``--skipped``, every name made visible (it comes from the input)."""
    if target is None:
        return
    from .sanitize import visible

    text = "".join(f"{visible(item)}\t{visible(reason)}\n" for item, reason in items)
    if str(target) == "-":
        click.echo(text, nl=False)
        return
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{target}: cannot write the skipped list: {exc.strerror}") from exc


def _reader_options(preset: str | None, languages: tuple[str, ...], text_field: str | None = None,
                    id_field: str | None = None, date_field: str | None = None,
                    url_field: str | None = None, telegram_channel: str | None = None) -> Any:
    """ReaderOptions from the command line, or None for the defaults."""
    from .readers import ReaderOptions

    if not (preset or languages or text_field or id_field or date_field or url_field or telegram_channel):
        return None
    keep = () if "any" in languages else (tuple(languages) or None)
    try:
        return ReaderOptions(preset=preset, languages=keep, text_field=text_field, id_field=id_field,
                             date_field=date_field, url_field=url_field, telegram_channel=telegram_channel)
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


def _write_stdout(text: str) -> None:
    """Write to standard output; a full disk or a failing device is one error line, not a traceback
    (a closed pipe stays as Python handles it)."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise click.ClickException(f"standard output: cannot write: {exc.strerror or exc}") from exc


# -- scale: --workers, --dask, --shards, --no-worker-timeout (pipeline/processes.py, pipeline/dask.py) --

def _scale_options(func: Callable[..., None]) -> Callable[..., None]:
    """--workers, --dask, --shards and --no-worker-timeout, shared by ``extract`` and ``ingest``."""
    options = [
        click.option(
            "--workers", type=click.IntRange(1), default=None,
            help="Extraction processes on this machine (default: one per 4 MB of input up to every core, and"
                 " 1 for inputs under 8 MB, where starting processes costs more than it saves;"
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
        click.option("--no-worker-timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,  # run_dask's
                     metavar="SECS", show_default=True, help="With --dask: give up on a cluster that has had no"
                     " worker for SECS seconds, reporting every partition not finished as failed."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _extract_on_dask(paths: list[str], *, dask: str, shards: Path | None, workers: int | None,
                     no_worker_timeout: float, profile_name: str | None, options: Any) -> None:
    """``extract --dask``: write shards, print where they are and what happened, exit 1 on failures."""
    from .errors import LossledgerError
    from .pipeline.dask import run_dask

    folder = shards or Path("lossledger-shards")
    try:
        report = run_dask(paths, out_dir=folder, address=dask, workers=workers, reader_options=options,
                          profile=profile_name, no_worker_timeout=no_worker_timeout)
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
@_skipped_option
@_scale_options
def extract_command(paths: tuple[str, ...], fmt: str, profile_name: str | None, preset: str | None,
                    text_field: str | None, id_field: str | None, date_field: str | None,
                    url_field: str | None, languages: tuple[str, ...], telegram_channel: str | None,
                    skipped_file: Path | None, workers: int | None, dask: str | None, shards: Path | None,
                    no_worker_timeout: float) -> None:
    """Extract loss claims from PATHS and print them.

    PATHS are .txt files (one document each), directories (every supported file, sorted), JSON Lines
    files (id, text, optional published/url/title), HTML pages, WARC archives, RSS/Atom feeds, Telegram
    Desktop channel exports (result.json), or '-' for standard input. Each bad file or record gets a
    one-line error on stderr naming it; the rest is still processed, and the exit status is 1 if
    anything failed.
    """
    from rich.console import Console
    from rich.text import Text

    from .errors import LossledgerError
    from .pipeline import Extracted, ExtractSummary, claims_to_csv, claims_to_jsonl, language_skips
    from .pipeline.scaled import extract_paths_scaled
    from .sanitize import visible
    from .terminal import claims_view, count

    options = _reader_options(preset, languages, text_field, id_field, date_field, url_field, telegram_channel)
    if dask is not None:
        _extract_on_dask(list(paths), dask=dask, shards=shards, workers=workers, no_worker_timeout=no_worker_timeout,
                         profile_name=profile_name, options=options)
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
                    errors.print(Text.assemble(("error", "red"), ": ", visible(str(item))), soft_wrap=True)
                    continue
                if fmt == "table":
                    table_rows.extend(claim.to_dict() for claim in item.claims)
                elif fmt == "csv":
                    _write_stdout(claims_to_csv(item.claims, header=header))
                    header = False
                else:
                    _write_stdout(claims_to_jsonl(item.claims))
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "table" and table_rows:
        out = _stdout_console()
        out.print(claims_view(table_rows, width=out.width))
    reading = summary.reading
    for line in language_skips(reading):
        errors.print(Text(visible(line)), soft_wrap=True, style="dim", highlight=False)
    skipped = ", ".join(f"{reason} {n}" for reason, n in sorted(reading.skipped.items()))
    errors.print(
        f"{count(reading.files, 'file')}, {count(summary.documents, 'document')}, {count(summary.claims, 'claim')}"
        + (f", {count(reading.duplicates, 'duplicate')}" if reading.duplicates else "")
        + (f"; skipped: {skipped}" if skipped else "")
        + (f"; {count(len(summary.failures), 'error')}" if summary.failures else ""),
        style="dim", highlight=False,
    )
    _write_skipped(skipped_file, reading.skipped_items)
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
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default="report.html",
    show_default=True, help="Where to write the HTML report ('-': standard output).",
)
@_names_profile_option
def report_command(db_path: Path, output: Path, profile_name: str | None) -> None:
    """Write ONE self-contained HTML report of the ledger: timelines against the reference series,
    the checker's findings and a filterable table of claims. It opens offline."""
    import shutil
    import tempfile

    from .errors import LossledgerError
    from .report import write_report
    from .terminal import count

    to_stdout = str(output) == "-"
    try:
        with tempfile.TemporaryDirectory(prefix="lossledger-report-") as scratch:
            target = Path(scratch) / "report.html" if to_stdout else output
            result = write_report(db_path, output=target, profile=profile_name)
            if to_stdout:
                with target.open("rb") as page:
                    shutil.copyfileobj(page, sys.stdout.buffer)
                sys.stdout.buffer.flush()
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Report written to {'standard output' if to_stdout else result.path} ({count(result.claims, 'claim')}, "
        f"{count(result.charts, 'chart')}, {count(result.findings, 'finding')}, {result.bytes / 1e6:.1f} MB)",
        err=to_stdout,
    )
    if result.findings == 0:
        click.echo(f"No findings: run `lossledger check --db {db_path}` to check the claims first.", err=True)


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

# -- ledger: ingest, reference import, check, claims, export (ledger/, reference.py, check/, export.py) --

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
    "--reextract", is_flag=True, help="Recompute the claims of documents already stored, with the current rules.",
)
@_reader_option_flags
@_skipped_option
@click.option("--json", "as_json", is_flag=True, help="Print the run's report as JSON.")
@_scale_options
@click.option(
    "--from-parquet", type=click.Path(file_okay=False, path_type=Path),
    help="Merge the Parquet shards of an earlier --dask run (extract or ingest) instead of reading PATHS.",
)
def ingest_command(paths: tuple[str, ...], db_path: Path, reextract: bool, preset: str | None,
                   text_field: str | None, id_field: str | None, date_field: str | None,
                   url_field: str | None, languages: tuple[str, ...], telegram_channel: str | None,
                   skipped_file: Path | None, as_json: bool,
                   workers: int | None, dask: str | None, shards: Path | None, no_worker_timeout: float,
                   from_parquet: Path | None) -> None:
    """Read PATHS (files, directories, JSON Lines, HTML, WARC, feeds, Telegram exports; '-' for stdin),
    extract the loss claims and store documents, claims and the run in the ledger. Already stored
    documents are skipped.
    Extraction runs on every core (--workers), on a Dask cluster (--dask, via Parquet shards), or is
    taken from the shards of an earlier Dask run (--from-parquet DIR, without PATHS).
    Exits 1 if any input could not be read (each is listed and recorded in the run)."""
    import json as json_module

    from rich.console import Console

    from .errors import LossledgerError
    from .pipeline.scaled import ingest_scaled
    from .sanitize import visible
    from .terminal import count

    options = _reader_options(preset, languages, text_field, id_field, date_field, url_field, telegram_channel)
    try:
        with _progress(Console(stderr=True, highlight=False), "ingesting") as advance:
            report = ingest_scaled(list(paths), db_path=db_path, workers=workers, dask=dask, shards=shards,
                                   no_worker_timeout=no_worker_timeout, from_parquet=from_parquet,
                                   reextract=reextract, reader_options=options,
                                   progress=lambda so_far: advance(so_far.documents_seen, so_far.claims))
    except (LossledgerError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json_module.dumps(report.to_dict(), indent=1))
    else:
        click.echo(
            f"Run {report.run_id}: {count(report.documents_seen, 'document')} read, {report.documents_added} added, "
            f"{report.documents_replaced} re-extracted, {report.documents_unchanged} already stored; "
            f"{count(report.claims, 'claim')} stored in {db_path}"
        )
        if report.skipped:
            click.echo("Skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(report.skipped.items()))
                       + ("" if skipped_file else " (list them with --skipped FILE)"))
    _write_skipped(skipped_file, report.skipped_items)
    for failure in report.failures:
        click.echo(f"error: {visible(str(failure))}", err=True)
    if report.failures:
        click.echo(f"{count(len(report.failures), 'input')} failed; list them with: lossledger runs --db {db_path}"
                   f" --run {report.run_id}", err=True)
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
        from .terminal import audit_lines

        for line in audit_lines(report, width=_stdout_console().width):
            click.echo(line)
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
        from .terminal import count, findings_view

        console = _stdout_console()
        shown = [f for f in report.findings if show_all or f.kind in PROBLEM_KINDS]
        if shown:
            console.print(findings_view(shown, width=console.width))
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.by_kind.items())) or "no findings"
        console.print(f"{count(report.claims, 'claim')} in {count(report.groups, 'group')} checked against "
                      f"{', '.join(report.references)}: {counts}", markup=False, highlight=False)
        if report.undated:
            console.print(f"{count(report.undated, 'claim')} with no date could not be checked against a series "
                          "(no date was stated or inferred)", markup=False, highlight=False)
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
    from .errors import LossledgerError
    from .export import count_findings, list_claims
    from .sanitize import json_line
    from .terminal import claims_view, count

    try:
        filters = _claim_filter(side, category, claimant, since, until, finding)
        rows = list_claims(db_path=db_path, filters=filters, limit=limit)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for row in rows:
            click.echo(json_line(row, default=str))
        return
    console = _stdout_console()
    if rows:
        console.print(claims_view(rows, width=console.width, findings=True))
    console.print(count(len(rows), "claim") + (" (limit reached)" if len(rows) == limit else ""))
    if finding not in (None, "none") and not rows and count_findings(db_path=db_path) == 0:
        click.echo(f"The ledger has no findings yet: run `lossledger check --db {db_path}` first.", err=True)


@cli.command("explain")
@click.argument("claim_id", type=int, required=False)
@_db_option("The ledger holding CLAIM_ID (must exist).")
@click.option("--text", "text", metavar="TEXT",
              help="Explain every claim read in TEXT (a quote or an article; '-' reads standard input) instead"
                   " of a stored claim.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]),
              help="With --text: the publication date (default: inferred from the text, as extract does).")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON (one object a claim).")
@_names_profile_option
def explain_command(claim_id: int | None, db_path: Path, text: str | None, published: Any, as_json: bool,
                    profile_name: str | None) -> None:
    """Why this claim? Show the rule that read claim CLAIM_ID of the ledger (or each claim of --text) and
    the words that decided each field: the number and its qualifier, the noun, the outcome word, the
    side, the claimant, the span or period, the date. Rule names are described in docs/rules.md."""
    from .errors import LossledgerError
    from .explain import explain_stored, explain_text
    from .sanitize import json_line

    if (claim_id is None) == (text is None):
        raise click.UsageError("give a CLAIM_ID (with --db) or --text TEXT, not both")
    try:
        if text is not None:
            source = sys.stdin.read() if text == "-" else text
            explanations = explain_text(source, published=published.date() if published else None,
                                        profile=profile_name)
        else:
            assert claim_id is not None
            explanations = [explain_stored(claim_id, db_path=db_path, profile=profile_name)]
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for explanation in explanations:
            click.echo(json_line(explanation.to_dict(), indent=1))
    else:
        from .terminal import explanation_view

        console = _stdout_console()
        for i, explanation in enumerate(explanations):
            if i:
                console.print()
            console.print(explanation_view(explanation, width=console.width))
    if not explanations:
        click.echo("No claim read in this text.", err=True)
        sys.exit(1)


@cli.command("runs")
@_db_option("The ledger to read (must exist).")
@click.option("--run", "run_id", type=int, help="Only this run (its id, as ingest printed it).")
@click.option("--failures", "failures_limit", type=click.IntRange(0), default=20, show_default=True,
              help="List at most this many failures a run (0: only count them).")
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON Lines.")
def runs_command(db_path: Path, run_id: int | None, failures_limit: int, as_json: bool) -> None:
    """List the runs recorded in the ledger (newest first): when, what they read, their counts, their
    status, and the inputs that failed in them with the file and place of each."""
    from .errors import LossledgerError
    from .runs import list_runs
    from .sanitize import json_line
    from .terminal import run_lines

    try:
        runs = list_runs(db_path=db_path, run_id=run_id, failures_limit=failures_limit)
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for run in runs:
            click.echo(json_line(run.to_dict()))
        return
    if not runs:
        click.echo(f"No runs in {db_path}.")
    for line in run_lines(runs, width=_stdout_console().width):
        click.echo(line)


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
    from .terminal import import_lines

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
        for line in import_lines(report, db_path=db_path):
            click.echo(line)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    if report.errors:
        sys.exit(1)


@cli.command("export")
@click.argument("output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
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
    """Export the (filtered) claims to OUTPUT as CSV, JSON, JSON Lines or Parquet ('-': standard output,
    CSV unless --format says otherwise)."""
    from .errors import LossledgerError
    from .export import export_claims
    from .terminal import count

    to_stdout = str(output) == "-"
    try:
        report = export_claims(db_path=db_path, output=sys.stdout.buffer if to_stdout else output, fmt=fmt,
                               shape=shape, filters=_claim_filter(side, category, claimant, since, until, finding))
    except LossledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {count(report.rows, 'claim')} ({report.shape}, {report.format}) to {report.path}",
               err=to_stdout)


def main() -> None:
    cli(prog_name="lossledger")


if __name__ == "__main__":  # pragma: no cover
    main()
