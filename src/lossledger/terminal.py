"""Claims and findings laid out for a terminal of any width.

Wide (or piped, where the page is 200 columns): one row a claim or finding, the quote given the rest of
the line. Narrow (an 80-column terminal): one block a claim or finding, every field wrapped on its own
lines rather than squeezed into a column two characters wide. Either way each claim shows its value with
its qualifier and range (``≤320``, ``~203,160``, ``600–800``) and its period (``period 7d``), its
claimant and its findings. Text from a source goes through ``sanitize.visible`` and into ``rich.Text``
objects, never markup, so neither escape sequences nor ``[bold]`` in an article act on the screen.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .sanitize import visible

__all__ = ["claims_view", "count", "explanation_view", "findings_view", "measure_text", "number_text", "value_text"]

_QUALIFIER_MARKS = {"approx": "~", "at_least": "≥", "at_most": "≤"}

#: The quote column is never narrower than this; a table that cannot give it this much becomes blocks.
MIN_QUOTE_WIDTH = 30
#: A wrapped column (the finding's message) is never wider than this in a table.
WRAP_WIDTH = 60
#: Lines of quote shown in a block.
QUOTE_LINES = 2


def number_text(value: float | int | None) -> str:
    """A count as people write it: ``3,783``, never ``3783.0``; a fraction keeps its digits."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def value_text(value: float, value_high: float | None, qualifier: str | None) -> str:
    """A claim's value with its qualifier and range: ``≤320``, ``≥5,000``, ``~203,160``, ``600–800``."""
    text = number_text(value) + (f"–{number_text(value_high)}" if value_high is not None else "")
    return _QUALIFIER_MARKS.get(qualifier or "", "") + text


def measure_text(measure: str | None, period_days: float | None) -> str:
    """``cumulative``, ``period 7d``: the measure with the length of its period."""
    measure = measure or ""
    return f"{measure} {number_text(period_days)}d" if period_days else measure


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 file``, ``2 files``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def _cells(claim: Mapping[str, Any], *, findings: bool) -> dict[str, str]:
    """The display text of one claim (a ``Claim.to_dict()`` or a ledger row), every field made visible."""
    cells = {
        "as of": str(claim.get("as_of") or "–"),
        "doc": visible(str(claim.get("doc") or "")),
        "side": visible(claim.get("side") or "–"),
        "category": visible(claim.get("category") or ""),
        "outcome": visible(claim.get("outcome") or ""),
        "value": value_text(claim["value"], claim.get("value_high"), claim.get("qualifier")),
        "measure": visible(measure_text(claim.get("measure"), claim.get("period_days"))),
        "claimant": visible(claim.get("claimant") or "–"),
        "quote": visible(claim.get("quote") or ""),
    }
    if findings:
        cells["findings"] = visible((claim.get("findings") or "–").replace(",", ", "))
        cells["id"] = str(claim.get("id") or "")
    return cells


_CLAIM_COLUMNS = ("doc", "side", "category", "outcome", "value", "measure", "as of", "claimant")
_STYLES = {"doc": "dim", "value": "bold", "claimant": "cyan", "findings": "yellow", "quote": "dim"}
_RIGHT = ("value", "reports", "id")


def _table(columns: Sequence[str], rows: Sequence[Mapping[str, str]], *, width: int, wrap: str = "",
           lines: bool = False) -> Table | None:
    """One row per record, each column as wide as its content (``wrap`` wrapped at ``WRAP_WIDTH``) and
    ``quote`` given the rest of the line; None when that leaves the quote under ``MIN_QUOTE_WIDTH``."""
    widths = {c: max([len(c)] + [len(row[c]) for row in rows]) for c in columns}
    fixed = sum(min(widths[c], WRAP_WIDTH) if c == wrap else widths[c] for c in columns if c != "quote")
    quote_width = width - fixed - 2 * (len(columns) - 1)
    if "quote" in columns and quote_width < MIN_QUOTE_WIDTH:
        return None
    table = Table(show_lines=lines, header_style="bold", expand=False, box=None, pad_edge=False)
    for column in columns:
        style = _STYLES.get(column)
        if column == "quote":
            table.add_column(column, style=style, no_wrap=True, overflow="ellipsis", max_width=quote_width)
        elif column == wrap:
            table.add_column(column, style=style, max_width=WRAP_WIDTH)
        else:
            table.add_column(column, style=style, no_wrap=True, min_width=widths[column],
                             justify="right" if column in _RIGHT else "left")
    for row in rows:
        table.add_row(*(Text(row[c]) for c in columns))
    return table


def _quote_text(quote: str, width: int) -> Text:
    """The quote in at most ``QUOTE_LINES`` lines of a block indented by two."""
    room = QUOTE_LINES * max(20, width - 2) - 2
    shown = quote if len(quote) <= room else quote[: room - 1].rstrip() + "…"
    return Text(f"“{shown}”", style="dim")


def _block(head: Text, lines: Sequence[Text], *, width: int) -> RenderableType:
    return Group(head, *(Padding(line, (0, 0, 0, 2), expand=False) for line in lines))


def _pairs(*pairs: tuple[str, str, str | None]) -> Text:
    """``label: value · label: value`` with each value in its style."""
    text = Text()
    for i, (label, value, style) in enumerate(pairs):
        if i:
            text.append(" · ", style="dim")
        if label:
            text.append(f"{label} ", style="dim")
        text.append(value, style=style)
    return text


def claims_view(claims: Sequence[Mapping[str, Any]], *, width: int, findings: bool = False) -> RenderableType:
    """Claims for a terminal ``width`` columns wide: a table when it fits, else one block a claim."""
    rows = [_cells(claim, findings=findings) for claim in claims]
    # a stored claim (with findings) shows its id, for `lossledger explain ID`
    columns = [*(("id",) if findings else ()), *_CLAIM_COLUMNS, *(("findings",) if findings else ()), "quote"]
    table = _table(columns, rows, width=width)
    if table is not None:
        return table
    blocks: list[RenderableType] = []
    for row in rows:
        head = Text()
        if row.get("id"):
            head.append(f"#{row['id']} ", style="dim")
        head.append(row["value"], style="bold")
        head.append(f" {row['side']} {row['category']} {row['outcome']}")
        head.append(" · ", style="dim")
        head.append(row["measure"])
        head.append(" · ", style="dim")
        head.append(f"as of {row['as of']}")
        details: list[tuple[str, str, str | None]] = [("claimant", row["claimant"], "cyan")]
        if findings:
            details.append(("findings", row["findings"], "yellow"))
        details.append(("doc", row["doc"], None))
        blocks.append(_block(head, [_pairs(*details), _quote_text(row["quote"], width)], width=width))
    return Group(*_spaced(blocks))


def findings_view(findings: Sequence[Any], *, width: int) -> RenderableType:
    """The checker's findings: a table (the message wrapped) when it fits, else one block a finding."""
    rows = [{"kind": f.kind, "severity": f.severity, "reports": number_text(f.details.get("n_reports", 1)),
             "finding": visible(f.message), "quote": visible(f.quotes[0] if f.quotes else "")}
            for f in findings]
    table = _table(("kind", "severity", "reports", "finding", "quote"), rows, width=width, wrap="finding",
                   lines=True)
    if table is not None:
        return table
    blocks: list[RenderableType] = []
    for row in rows:
        reports = int(row["reports"].replace(",", "") or 1)
        head = _pairs(("", row["kind"], "bold"), ("", row["severity"], "yellow"),
                      ("", count(reports, "report"), None))
        blocks.append(_block(head, [Text(row["finding"]), _quote_text(row["quote"], width)], width=width))
    return Group(*_spaced(blocks))


def _spaced(blocks: list[RenderableType]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for i, block in enumerate(blocks):
        if i:
            out.append(Text(""))
        out.append(block)
    return out


def explanation_view(explanation: Any, *, width: int) -> RenderableType:
    """An ``explain.Explanation``: the claim, its rule, its quote, then one row a field with the words that
    decided it and how."""
    claim = explanation.claim
    head = Text()
    if explanation.claim_id is not None:
        head.append(f"Claim {explanation.claim_id} ", style="bold")
        head.append(f"of {visible(str(claim.get('doc')))}\n")
    head.append(value_text(claim["value"], claim.get("value_high"), claim.get("qualifier")), style="bold")
    head.append(f" {visible(claim.get('side') or '–')} {claim.get('category')} {claim.get('outcome')}")
    head.append(" · ", style="dim")
    head.append(measure_text(claim.get("measure"), claim.get("period_days")))
    head.append(" · ", style="dim")
    head.append(f"as of {claim.get('as_of') or '–'}")
    head.append(" · ", style="dim")
    head.append(f"claimant {visible(claim.get('claimant') or '–')}", style="cyan")
    rule = Text()
    rule.append("Rule ", style="dim")
    rule.append(visible(explanation.rule), style="bold")
    rule.append(f": {explanation.rule_description}")
    quote = next((e for e in explanation.evidence if e.field == "quote"), None)
    parts: list[RenderableType] = [head, rule]
    if quote is not None:
        parts.append(Text.assemble(("Quote ", "dim"), (f"“{visible(quote.value)}”", "italic"),
                                   (f" (characters {quote.start}–{quote.end})", "dim")))
    table = Table(box=None, pad_edge=False, header_style="bold", expand=False)
    table.add_column("field", no_wrap=True)
    table.add_column("value", style="bold", overflow="fold")
    table.add_column("words", style="cyan", overflow="fold", max_width=max(16, width // 3))
    table.add_column("how", overflow="fold")
    for e in explanation.evidence:
        if e.field == "quote":
            continue
        words = f"“{visible(e.words)}”" if e.words is not None else "–"
        table.add_row(Text(e.field), Text(visible(e.value)), Text(words), Text(e.how))
    parts.append(table)
    parts.extend(Text(f"note: {note}", style="yellow") for note in explanation.notes)
    return Group(*parts)


def wrapped(line: str, width: int, *, indent: int | None = None) -> str:
    """One line of plain output, wrapped at word breaks to ``width`` (the terminal's, or the piped page's),
    continued under its own indentation plus two (or ``indent``) columns."""
    lead = len(line) - len(line.lstrip(" "))
    more = " " * (lead + 2 if indent is None else indent)
    return "\n".join(textwrap.wrap(line, width=max(width, 20), subsequent_indent=more, break_on_hyphens=False)) or line


def run_lines(runs: Sequence[Any], *, width: int) -> list[str]:
    """``lossledger runs``: each run, its counts and its failures, wrapped to ``width``."""
    lines = []
    for run in runs:
        paths = run.args.get("paths") or []
        read = f" of {', '.join(visible(str(p)) for p in paths)}" if paths else ""
        finished = f" to {run.finished_at}" if run.finished_at else ""
        lines.append(f"Run {run.id}: {run.command}{read}, {run.status or 'unknown'}, {run.started_at}{finished}")
        if run.command == "check":  # a check stores no document: it reads the stored ones
            counts = f"checked {count(run.claims, 'claim')} of {count(run.documents, 'document')}"
        else:
            counts = (f"{count(run.documents, 'document')} stored, {run.documents_unchanged} already stored, "
                      f"{count(run.claims, 'claim')}")
        lines.append(f"  {counts}, {count(run.failure_count, 'failure')}")
        lines += [f"  error: {visible(str(failure))}" for failure in run.failures]
        if run.failure_count > len(run.failures):
            lines.append(f"  ... and {run.failure_count - len(run.failures)} more (--failures N to list more)")
    return [wrapped(line, width) for line in lines]


def audit_lines(report: Any, *, width: int) -> list[str]:
    """``lossledger reference audit``: one line a finding, then the count of each kind, wrapped to ``width``."""
    lines = [wrapped(f"{f.date}  {f.kind:10s}  {visible(f.message)}", width, indent=4) for f in report.findings]
    counts = ", ".join(f"{k} {v}" for k, v in sorted(report.by_kind.items())) or "no findings"
    across = (f"{report.cells_compared:,} held by two or more copies, compared across them"
              if report.cells_compared else "no cell held by two copies")
    lines.append(wrapped(f"{report.cells_checked:,} cells checked in {visible(', '.join(report.sources))} "
                         f"({across}): {counts}", width))
    return lines


def import_lines(report: Any, *, db_path: Any) -> list[str]:
    """``lossledger claims import``: what was read and how the sources were named."""
    lines = [f"{count(report.rows, 'row')} read, {count(report.claims, 'claim')} ({report.documents_added} added, "
             f"{report.documents_unchanged} already stored), {count(len(report.errors), 'bad row')}; into {db_path}",
             "Claimants: " + ", ".join(f"{k or 'none'} {v}" for k, v in report.claimants.items())]
    if report.by_profile:
        lines.append("Named by the profile (no mapping): " + "; ".join(report.by_profile))
    if report.unmapped:
        lines.append("Not recognised (stored as other): " + "; ".join(report.unmapped))
    return [visible(line) for line in lines]
