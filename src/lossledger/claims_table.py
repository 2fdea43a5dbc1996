"""Import a hand-kept claims table (CSV or JSON Lines) into the ledger: one claim per row.

Each row becomes a document of its own (id ``file:line``, the row's URL, the row itself as its text and the
claim's quote), so ``check``, ``claims``, ``report`` and ``export`` treat it like an extracted claim. Columns
are named by a preset (``data/claims_tables.toml``: ``economist``, and ``table``, lossledger's own ``export
--shape table``) or one by one. Low, best and high are stored as ``value`` (low), ``value_high`` and the best
value (``value_best``). Who the source is comes from a mapping file first (the user's ``--sources``, then
``data/claim_sources.toml``) and from the profile's claimant names only as a fallback. A row that cannot be
read is one error naming the file and line; the other rows go in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError, LossledgerError
from .ledger import Ledger
from .model import Claim, Document
from .pipeline import extractor_version
from .profiles import Profile, load_profile

__all__ = [
    "ClaimsImportReport",
    "SourceMap",
    "TableLayout",
    "import_claims_table",
    "preset_layout",
    "read_claims_table",
]

#: Refuse tables beyond this size: hand-kept tables are a few hundred rows.
MAX_BYTES = 100 * 1024 * 1024


@lru_cache(maxsize=1)
def _presets() -> dict[str, Any]:
    text = (resources.files("lossledger") / "data" / "claims_tables.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def presets() -> list[str]:
    return sorted(_presets())


@dataclass(frozen=True)
class TableLayout:
    """Which column holds what. Only ``date`` and one of low/best/high are required."""

    date: str = "date"
    low: str | None = None
    best: str | None = None
    high: str | None = None
    type: str | None = None
    source: str | None = None
    url: str | None = None
    side: str | None = None
    claimant: str | None = None
    qualifier: str | None = None
    measure: str | None = None
    period_days: str | None = None
    quote: str | None = None
    dayfirst: bool = False
    #: The qualifier of a figure given in the best column alone.
    best_qualifier: str = "exact"
    #: type value -> (category, outcome); "category outcome" parses lossledger's own "tanks losses".
    types: dict[str, tuple[str, str]] | str = field(default_factory=dict)
    #: Defaults when the table has no such column.
    default_type: tuple[str, str] = ("personnel", "losses")
    default_side: str = "russia"


COLUMN_FIELDS = ("date", "low", "best", "high", "type", "source", "url", "side", "claimant", "qualifier",
                 "measure", "period_days", "quote")  # fmt: skip


def preset_layout(name: str) -> TableLayout:
    table = _presets().get(name)
    if table is None:
        raise LossledgerError(f"unknown claims table preset {name!r}; known: {', '.join(presets())}")
    types = table.get("types", {})
    return TableLayout(
        **{k: table[k] for k in COLUMN_FIELDS if k in table},
        dayfirst=bool(table.get("dayfirst", False)),
        best_qualifier=table.get("best_qualifier", "exact"),
        types=types if isinstance(types, str) else {k.lower(): (v[0], v[1]) for k, v in types.items()},
    )


# -- who the source is ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRule:
    pattern: re.Pattern[str]
    claimant: str
    name: str | None


class SourceMap:
    """Source text -> (claimant key, name to store): mapping files in order, then the profile's claimant
    names, then ``other`` (a table's source is always somebody)."""

    def __init__(self, rules: list[SourceRule], profile: Profile | None) -> None:
        self.rules = rules
        self.profile = profile

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, *, profile: Profile | None = None) -> SourceMap:
        rules: list[SourceRule] = []
        if path is not None:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise LossledgerError(f"{path}: cannot read the sources file: {exc}") from exc
            rules += _source_rules(text, str(path))
        shipped = (resources.files("lossledger") / "data" / "claim_sources.toml").read_text(encoding="utf-8")
        rules += _source_rules(shipped, "claim_sources.toml")
        return cls(rules, profile)

    def resolve(self, source: str) -> tuple[str, str, str]:
        """(claimant, name, how): how is ``mapping``, ``profile`` or ``default``."""
        text = " ".join(source.split())
        for rule in self.rules:
            if rule.pattern.search(text):
                return rule.claimant, rule.name or text, "mapping"
        if self.profile is not None:
            match = self.profile.claimant_re.search(text.lower())
            if match:
                return self.profile.key_of(match), text, "profile"
        return "other", text, "default"


def _source_rules(text: str, where: str) -> list[SourceRule]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"{where}: not valid TOML: {exc}") from exc
    out = []
    for i, entry in enumerate(data.get("source", [])):
        if not isinstance(entry, dict) or "pattern" not in entry or "claimant" not in entry:
            raise LossledgerError(f"{where}: [[source]] entry {i + 1} needs 'pattern' and 'claimant'")
        try:
            pattern = re.compile(entry["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise LossledgerError(f"{where}: [[source]] entry {i + 1}: bad pattern: {exc}") from exc
        out.append(SourceRule(pattern, str(entry["claimant"]), entry.get("name")))
    return out


# -- reading rows --------------------------------------------------------------------------------------


@dataclass
class ClaimsImportReport:
    path: str
    preset: str | None
    rows: int
    claims: int
    documents_added: int = 0
    documents_unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    #: How each source was attributed: claimant -> rows, and sources only the profile (or nothing) named.
    claimants: dict[str, int] = field(default_factory=dict)
    by_profile: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _rows(path: Path, text: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line, raw text, record) of every row of a CSV or JSON Lines table."""
    if path.suffix.lower() in (".jsonl", ".ndjson") or text.lstrip()[:1] == "{":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, line, {"__error__": f"not JSON: {exc.msg}"}
                continue
            yield n, line, record if isinstance(record, dict) else {"__error__": "not a JSON object"}
        return
    lines = text.splitlines()
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if not header:
        raise InputError("no CSV header", path=str(path), location="line 1")
    start = reader.line_num + 1
    for record in reader:
        raw = "\n".join(lines[start - 1 : reader.line_num])
        if None in record:
            yield start, raw, {"__error__": "more cells than header columns"}
        else:
            yield start, raw, record
        start = reader.line_num + 1


_DATE_FORMATS = {True: ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"), False: ("%m/%d/%Y", "%m.%d.%Y")}


def _date(value: str, *, dayfirst: bool) -> dt.date:
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS[dayfirst]:
        try:  # strptime takes 1/9/2024 as well as 01/09/2024
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date {value!r} is not {'D/M/YYYY' if dayfirst else 'M/D/YYYY'} or YYYY-MM-DD")


def _number(value: Any, column: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{column} {value!r} is not a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        cleaned = re.sub(r"[,\s\u00a0_]", "", str(value))  # "1,200,000", "700 000"
        try:
            number = float(cleaned)
        except ValueError:
            raise ValueError(f"{column} {value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")) or number < 0:
        raise ValueError(f"{column} {value!r} is not a count")
    return number


def _cell(record: dict[str, Any], column: str | None) -> str:
    if column is None:
        return ""
    value = record.get(column)
    return "" if value is None else str(value).strip()


def _kind(layout: TableLayout, value: str) -> tuple[str, str]:
    if not value:
        return layout.default_type
    if isinstance(layout.types, str):  # lossledger's own "armoured vehicles losses (period, 1 days)"
        words = value.split(" (")[0].split()
        if len(words) < 2:
            raise ValueError(f"type {value!r} is not 'category outcome'")
        return "_".join(words[:-1]), words[-1]
    found = layout.types.get(value.lower())
    if found is None:
        raise ValueError(f"type {value!r} is not one of {', '.join(sorted(layout.types))}")
    return found


def _claim(
    record: dict[str, Any], raw: str, *, doc: str, layout: TableLayout, sources: SourceMap, rule: str
) -> tuple[Claim, str]:
    """The claim of one row, and how its source was attributed. Raises ValueError naming the bad cell."""
    if "__error__" in record:
        raise ValueError(record["__error__"])
    date_text = _cell(record, layout.date)
    if not date_text:
        raise ValueError(f"no date in column {layout.date!r}")
    as_of = _date(date_text, dayfirst=layout.dayfirst)
    low = _number(record.get(layout.low) if layout.low else None, layout.low or "low")
    best = _number(record.get(layout.best) if layout.best else None, layout.best or "best")
    high = _number(record.get(layout.high) if layout.high else None, layout.high or "high")
    qualifier = _cell(record, layout.qualifier)
    extra: dict[str, Any] = {}
    value: float
    value_high: float | None
    if low is not None and high is not None and high != low:
        if high < low:
            raise ValueError(f"high {high:,.0f} is below low {low:,.0f}")
        value, value_high, qualifier = low, high, qualifier or "range"
        if best is not None and best != (low + high) / 2:  # the midpoint is what a range means anyway
            extra["value_best"] = best
    elif low is not None or high is not None:
        value, value_high = (low if low is not None else high or 0.0), None
        if not qualifier:
            qualifier = "exact" if best is not None and best == value else ("at_least" if low else "at_most")
    elif best is not None:
        value, value_high, qualifier = best, None, qualifier or layout.best_qualifier
    else:
        columns = ", ".join(c for c in (layout.low, layout.best, layout.high) if c)
        raise ValueError(f"no figure in {columns}")
    category, outcome = _kind(layout, _cell(record, layout.type))
    side = _cell(record, layout.side).lower() or layout.default_side
    source = _cell(record, layout.source)
    given = _cell(record, layout.claimant)
    if given:
        claimant, name, how = given, source or given, "table"
    elif source:
        claimant, name, how = sources.resolve(source)
    else:
        claimant, name, how = None, "", "none"
    measure = _cell(record, layout.measure) or "cumulative"
    period = _number(record.get(layout.period_days) if layout.period_days else None, "period_days")
    quote = _cell(record, layout.quote) or raw
    claim = Claim(
        doc=doc, side=side, category=category, outcome=outcome, value=value, value_high=value_high,
        qualifier=qualifier, measure=measure, period_days=period, period_start=None, as_of=as_of,
        claimant=claimant, claimant_text=name or None, hedged=False, quote=quote, start=0, end=len(quote), rule=rule,
        as_of_basis="stated", extra=extra,
    )  # fmt: skip
    return claim, how


def read_claims_table(
    path: str | os.PathLike[str],
    *,
    layout: TableLayout,
    sources: SourceMap,
    rule: str = "claims_table/1",
) -> tuple[list[tuple[Document, Claim, str]], list[InputError], int]:
    """(document, claim, how the source was attributed) per good row, an error per bad row, rows read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if size > MAX_BYTES:
        raise InputError(f"file is {size} bytes, more than the {MAX_BYTES} allowed", path=str(path))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", path=str(path)) from exc
    good: list[tuple[Document, Claim, str]] = []
    errors: list[InputError] = []
    rows = 0
    for line, raw, record in _rows(path, text):
        rows += 1
        doc = f"{path.name}:{line}"
        try:
            claim, how = _claim(record, raw, doc=doc, layout=layout, sources=sources, rule=rule)
        except ValueError as exc:
            errors.append(InputError(str(exc), path=str(path), location=f"line {line}"))
            continue
        url = _cell(record, layout.url)
        document = Document(
            id=doc, text=raw, url=url if url.startswith(("http://", "https://")) else None, published=claim.as_of,
            published_basis="given", origin=f"{path}:{line}",
        )  # fmt: skip
        good.append((document, claim, how))
    return good, errors, rows


def import_claims_table(
    path: str | os.PathLike[str],
    *,
    db_path: str | os.PathLike[str],
    preset: str | None = None,
    columns: dict[str, str] | None = None,
    dayfirst: bool | None = None,
    sources_path: str | os.PathLike[str] | None = None,
    profile: str | None = None,
) -> ClaimsImportReport:
    """Read the table at ``path`` and store one document and claim per good row in the ledger (created if
    missing), in one transaction with a run that records the bad rows. ``columns`` overrides the preset's
    column names (keys: date, low, best, high, type, source, url, side, claimant, qualifier, measure,
    period_days, quote); ``dayfirst`` its date order."""
    layout = preset_layout(preset) if preset else TableLayout()
    if columns:
        unknown = set(columns) - set(COLUMN_FIELDS)
        if unknown:
            raise LossledgerError(f"unknown column field(s): {', '.join(sorted(unknown))}")
        layout = replace(layout, **dict(columns.items()))  # type: ignore[arg-type]
    if dayfirst is not None:
        layout = replace(layout, dayfirst=dayfirst)
    if not (layout.low or layout.best or layout.high):
        raise LossledgerError("name the figure's column: --best (or --low/--high), or use a --preset")
    loaded = load_profile(profile)
    sources = SourceMap.load(sources_path, profile=loaded)
    rule = f"claims_table/{preset or 'columns'} {loaded.rule_suffix}"
    good, errors, rows = read_claims_table(path, layout=layout, sources=sources, rule=rule)
    report = ClaimsImportReport(path=str(path), preset=preset, rows=rows, claims=len(good))
    report.errors = [str(e) for e in errors]
    report.claimants = dict(Counter(c.claimant or "" for _, c, _ in good).most_common())
    report.by_profile = sorted({c.claimant_text or "" for _, c, how in good if how == "profile"})
    report.unmapped = sorted({c.claimant_text or "" for _, c, how in good if how == "default"})
    with Ledger.open(db_path) as ledger:
        run_id = ledger.start_run("claims import", {"path": str(path), "preset": preset})
        stored = ledger.store([(d, [c]) for d, c, _ in good], run_id=run_id, failures=errors,
                              extractor_version=extractor_version())
        ledger.finish_run(run_id, status="ok" if not errors else "failed")
    report.documents_added = stored.added + stored.replaced
    report.documents_unchanged = stored.unchanged
    return report
