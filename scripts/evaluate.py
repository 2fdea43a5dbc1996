#!/usr/bin/env python3
"""Score lossledger's extractor on the shared evaluation sets and print the numbers.

Sets (all read from ``../shared`` beside the repository, or ``--shared``):

* ``seeds``: every ``corpus/seeds/*.txt`` (id = file stem, no publication date) against
  ``eval/seeds.gold.jsonl``, scored by the official scorer ``eval/score.py``.
* ``dev``, ``dev2``, ``uk``, ``ru``: ``eval/<set>/docs.jsonl`` against ``eval/<set>/gold.jsonl``, same
  scorer (the passages carry their own publication dates; where one has none, the extractor infers it).
* ``bulletins``: the 651 General Staff bulletins in ``reference/bulletins/``, each wrapped in
  the post's usual header and read with ``published`` = the bulletin date. The metric is the
  share of the PetroIvaniuk series' cells (the categories each bulletin lists, on its date)
  for which the extractor produced a cumulative Russian claim of exactly that value, dated
  that day. Cells where the bulletin itself disagrees with the series (listed in the
  reference README) are counted apart as known source disagreements.

Predictions are written to a temporary directory so that anyone can re-run the scorer on
them; the command is printed. ``--raise-floors`` lifts ``quality/floors.json`` to the measured
values (never lowers it); ``--check-floors`` exits 1 when a metric is below its floor.

Every input file is pinned by its SHA-256 in ``quality/eval_digests.json`` (``--pin-digests`` writes it):
a gate on changed or missing evaluation data fails instead of silently measuring something else.

Uses the library API (``lossledger.extract_claims``), not subprocesses, for speed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from lossledger import extract_claims
from lossledger.model import Claim
from lossledger.series import GENERAL_STAFF_COLUMNS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_FLOORS = REPO / "quality" / "floors.json"
DEFAULT_DIGESTS = REPO / "quality" / "eval_digests.json"
#: The passage sets of ``eval/<name>/`` (docs.jsonl + gold.jsonl), one per language or round of annotation.
PASSAGE_SETS = ("dev", "dev2", "uk", "ru")
SET_NAMES = ("seeds", *PASSAGE_SETS, "bulletins")
#: The scorer's default tolerance for ``as_of`` (days).
TOLERANCE_DAYS = 3

SEEDS_GLOB = "corpus/seeds/*.txt"
SEEDS_GOLD = "eval/seeds.gold.jsonl"
PASSAGE_DOCS = "eval/{name}/docs.jsonl"
PASSAGE_GOLD = "eval/{name}/gold.jsonl"
SCORER = "eval/score.py"
BULLETINS = "reference/bulletins/general_staff_bulletins_en.jsonl"
PETROIVANIUK = "reference/general_staff/petroivaniuk/russia_losses_daily_merged.csv"

#: The header the General Staff puts above each list; rows that already carry it keep their own.
BULLETIN_HEADER = (
    "The total combat losses of the enemy from 24.02.2022 to {date:%d.%m.%Y} were approximately:"
)
BULLETIN_HAS_HEADER = re.compile(r"total combat losses of the enemy", re.IGNORECASE)

#: How each PetroIvaniuk column is labelled in the bulletin text. A column counts as listed on a
#: date only when its label is followed by a figure: "vehicles and fuel tanks ‒ (+2)" lists none.
BULLETIN_LABELS: dict[str, str] = {
    "personnel": r"\bpersonnel",
    "tank": r"(?<!fuel )\btanks",
    "APC": r"\bAPV",
    "field artillery": r"\bartillery systems",
    "MRL": r"\bMLRS",
    "anti-aircraft warfare": r"\baircraft warfare systems",
    "aircraft": r"(?<!-)\baircraft",
    "helicopter": r"\bhelicopters",
    "drone": r"\bUAV operational-tactical level",
    "cruise missiles": r"\bcruise missiles",
    "naval ship": r"\b(?:warships\s*/\s*boats|boats\s*/\s*cutters|boats)",
    "submarines": r"\bsubmarines",
    "vehicles and fuel tanks": r"\bvehicles and fuel tanks",
    "military auto": r"\bvehicles(?! and fuel tanks)",
    "fuel tank": r"(?<!vehicles and )\bfuel tanks",
    "special equipment": r"\bspecial equipment",
    "mobile SRBM system": r"\b(?:mobile SRBM systems?|operational-tactical missile systems?)",
}
_FIGURE_AFTER_LABEL = r"\s*[‒–—-]\s*(?:близько\s*/\s*)?(?:about\s*)?\d"
LISTED = {
    column: re.compile(label + _FIGURE_AFTER_LABEL, re.IGNORECASE)
    for column, label in BULLETIN_LABELS.items()
}

#: Categories besides ``GENERAL_STAFF_COLUMNS``' own that the spec allows for a column: the spec
#: files fuel tanks under ``vehicles``, and the dev gold files SRBM launchers under these three.
EXTRA_CATEGORIES: dict[str, tuple[str, ...]] = {
    "fuel tank": ("vehicles",),
    "mobile SRBM system": ("mlrs", "equipment", "special_equipment"),
}


@dataclass(frozen=True)
class KnownDisagreement:
    """A bulletin cell that differs from PetroIvaniuk (reference README, sections 1 and 3)."""

    date: dt.date
    column: str
    series_value: float
    bulletin_value: float
    why: str


def _known(date: str, column: str, series_value: float, bulletin_value: float, why: str) -> KnownDisagreement:
    return KnownDisagreement(dt.date.fromisoformat(date), column, series_value, bulletin_value, why)


KNOWN_DISAGREEMENTS: tuple[KnownDisagreement, ...] = (
    _known("2022-06-03", "field artillery", 675, 661, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2022-09-10", "special equipment", 116, 114, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2022-09-12", "tank", 2169, 2168, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2022-09-12", "field artillery", 1263, 1269, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2022-11-06", "vehicles and fuel tanks", 4191, 4184, "PetroIvaniuk typo; lod-db agrees"),
    _known("2022-12-22", "tank", 3002, 3003, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2023-01-18", "APC", 6215, 6225, "PetroIvaniuk typo; lod-db agrees with the bulletin"),
    _known("2023-10-02", "tank", 4712, 4717, "PetroIvaniuk wrong: 4702 (+15) = 4717"),
    _known("2023-10-02", "anti-aircraft warfare", 537, 540, "PetroIvaniuk wrong: 537 (+3) = 540"),
    _known("2023-10-23", "personnel", 294700, 294799, "bulletin typo: 293830 (+870) = 294700"),
    _known("2023-11-13", "personnel", 312550, 311550, "bulletin typo: 311750 (+800) = 312550"),
    _known("2023-11-24", "vehicles and fuel tanks", 10232, 10230, "PetroIvaniuk wrong: 10198 (+32) = 10230"),
    _known("2024-02-27", "field artillery", 10009, 1009, "bulletin typo: a digit dropped"),
)
KNOWN_BY_CELL = {(k.date, k.column): k for k in KNOWN_DISAGREEMENTS}


class EvaluationInputError(Exception):
    """A shared evaluation file is missing or unreadable; the message names the file and place."""


@dataclass
class SetResult:
    """What one set measured: ``metrics`` are the numbers the quality gate compares with floors."""

    name: str
    documents: int = 0
    claims: int = 0
    metrics: dict[str, float] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    known: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    predictions: Path | None = None
    gold: Path | None = None


@dataclass(frozen=True)
class EvalDocument:
    id: str
    text: str
    published: dt.date | None
    origin: str
    url: str | None = None  # the record's URL: dates an undated passage as the command line does


# --------------------------------------------------------------------------- reading inputs


def load_scorer(shared: Path) -> ModuleType:
    """Import the official scorer ``eval/score.py`` by path (it is not a package)."""
    path = shared / SCORER
    if not path.is_file():
        raise EvaluationInputError(f"{path}: the official scorer is missing")
    spec = importlib.util.spec_from_file_location("lossledger_shared_score", path)
    if spec is None or spec.loader is None:
        raise EvaluationInputError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EvaluationInputError(f"{path}: byte {exc.start}: not UTF-8 ({exc.reason})") from exc
    except OSError as exc:
        raise EvaluationInputError(f"{path}: {exc.strerror or exc}") from exc


def iter_jsonl(path: Path, failures: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each JSON object line; bad lines go to ``failures``, not lost."""
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            failures.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            failures.append(f"{path}:{number}: not a JSON object")
            continue
        yield number, record


def parse_date(value: Any, where: str, failures: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        failures.append(f"{where}: not an ISO date: {value!r}")
        return None


def seed_documents(shared: Path) -> list[EvalDocument]:
    paths = sorted(shared.glob(SEEDS_GLOB))
    if not paths:
        raise EvaluationInputError(f"{shared / SEEDS_GLOB}: no seed documents")
    return [EvalDocument(p.stem, read_text(p), None, str(p)) for p in paths]


def passage_documents(shared: Path, name: str, failures: list[str]) -> list[EvalDocument]:
    path = shared / PASSAGE_DOCS.format(name=name)
    docs = []
    for number, record in iter_jsonl(path, failures):
        where = f"{path}:{number}"
        if not isinstance(record.get("id"), str) or not isinstance(record.get("text"), str):
            failures.append(f"{where}: needs string fields 'id' and 'text'")
            continue
        published = parse_date(record.get("published"), where, failures)
        url = record.get("url") if isinstance(record.get("url"), str) else None
        docs.append(EvalDocument(record["id"], record["text"], published, where, url))
    return docs


def bulletin_documents(shared: Path, failures: list[str]) -> list[EvalDocument]:
    path = shared / BULLETINS
    docs = []
    for number, record in iter_jsonl(path, failures):
        where = f"{path}:{number}"
        date = parse_date(record.get("date"), where, failures)
        text = record.get("text")
        if date is None or not isinstance(text, str):
            failures.append(f"{where}: needs a 'date' and a string 'text'")
            continue
        docs.append(EvalDocument(f"bulletin-{date.isoformat()}", wrap_bulletin(text, date), date, where))
    return docs


def wrap_bulletin(text: str, date: dt.date) -> str:
    """The bulletin as the post shows it: header line, then the list (unless it has its header)."""
    if BULLETIN_HAS_HEADER.search(text):
        return text
    return BULLETIN_HEADER.format(date=date) + "\n" + text


def read_series(path: Path) -> dict[dt.date, dict[str, float]]:
    """PetroIvaniuk's merged CSV: date -> {column: value} for the non-empty cells."""
    if not path.is_file():
        raise EvaluationInputError(f"{path}: the reference series is missing")
    rows: dict[dt.date, dict[str, float]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("date", *GENERAL_STAFF_COLUMNS) if c not in (reader.fieldnames or [])]
        if missing:
            raise EvaluationInputError(f"{path}: line 1: missing columns {missing}")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            try:
                date = dt.date.fromisoformat(row["date"])
                rows[date] = {c: float(row[c]) for c in GENERAL_STAFF_COLUMNS if (row[c] or "").strip()}
            except (TypeError, ValueError) as exc:
                raise EvaluationInputError(f"{where}: {exc}") from exc
    return rows


def listed_columns(text: str) -> list[str]:
    """The series columns a bulletin states a running total for."""
    return [column for column, pattern in LISTED.items() if pattern.search(text)]


def accepted_categories(column: str) -> set[str]:
    return {GENERAL_STAFF_COLUMNS[column], *EXTRA_CATEGORIES.get(column, ())}


# --------------------------------------------------------------------------- running the extractor


def extract_all(
    docs: Iterable[EvalDocument], out: Path, failures: list[str]
) -> Iterator[tuple[EvalDocument, list[Claim]]]:
    """Extract each document, write every claim to ``out`` (JSONL), yield the claims per document.

    A document the extractor fails on is reported in ``failures`` and the run goes on.
    """
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            try:
                by_url = {"url": doc.url} if doc.url else {}
                claims = extract_claims(doc.text, published=doc.published, doc_id=doc.id, **by_url)
            except Exception as exc:  # any crash is a finding about the extractor, not a reason to stop
                failures.append(f"{doc.origin}: extract_claims raised {type(exc).__name__}: {exc}")
                continue
            for claim in claims:
                record = claim.to_dict()
                record["doc"] = doc.id  # the scorer keys on the document id
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            yield doc, claims


def score_set(
    name: str, docs: list[EvalDocument], gold: Path, scorer: ModuleType, out_dir: Path, failures: list[str]
) -> SetResult:
    """Extract ``docs`` and score them with the official scorer against ``gold``."""
    result = SetResult(name, predictions=out_dir / f"{name}.jsonl", gold=gold)
    assert result.predictions is not None
    for _doc, claims in extract_all(docs, result.predictions, failures):
        result.documents += 1
        result.claims += len(claims)
    gold_claims, gold_invalid = scorer.load(str(gold), is_gold=True)
    if gold_invalid:
        raise EvaluationInputError(f"{gold}: invalid gold lines {gold_invalid[:5]}")
    predicted, invalid = scorer.load(str(result.predictions), is_gold=False)
    summary, errors = scorer.score(gold_claims, predicted, invalid, TOLERANCE_DAYS)
    for line, why in invalid:
        failures.append(f"{result.predictions}:{line}: the scorer rejects this claim: {why}")
    result.metrics = {
        "core_f1": summary["core"]["f1"],
        "strict_f1": summary["strict"]["f1"],
        "core_precision": summary["core"]["precision"],
        "core_recall": summary["core"]["recall"],
    }
    result.details = summary
    result.misses = [
        {"kind": kind, **e} for kind in ("missed", "spurious", "attribute") for e in errors[kind]
    ]
    result.failures = failures
    return result


def bulletin_set(
    docs: list[EvalDocument], series_path: Path, out_dir: Path, failures: list[str]
) -> SetResult:
    """Cell agreement of the extractor's cumulative claims with the series, bulletin by bulletin."""
    series = read_series(series_path)
    result = SetResult("bulletins", predictions=out_dir / "bulletins.jsonl")
    assert result.predictions is not None
    cells = matched = 0
    for doc, claims in extract_all(docs, result.predictions, failures):
        result.documents += 1
        result.claims += len(claims)
        date = doc.published
        assert date is not None
        row = series.get(date)
        if row is None:
            failures.append(f"{doc.origin}: {date} is not in {series_path}")
            continue
        read: dict[str, set[float]] = {}
        # Claims of a cell's category that fail the side/measure/date test, to say why a cell missed.
        near: dict[str, list[str]] = {}
        for c in claims:
            if c.side == "russia" and c.measure == "cumulative" and c.as_of == date:
                read.setdefault(c.category, set()).add(float(c.value))
            else:
                near.setdefault(c.category, []).append(f"{c.value:g} {c.side} {c.measure} as_of {c.as_of}")
        for column in listed_columns(doc.text):
            if column not in row:
                continue
            cells += 1
            expected = row[column]
            got = sorted(v for cat in accepted_categories(column) for v in read.get(cat, ()))
            if expected in got:
                matched += 1
                continue
            miss = {"date": date.isoformat(), "column": column, "series": expected, "extracted": got}
            others = [n for cat in sorted(accepted_categories(column)) for n in near.get(cat, ())]
            if others:
                miss["other_claims"] = others
            known = KNOWN_BY_CELL.get((date, column))
            if known is not None and known.bulletin_value in got:
                result.known.append({**miss, "bulletin": known.bulletin_value, "why": known.why})
            else:
                result.misses.append(miss)
    result.metrics = {
        "cell_agreement": round(matched / cells, 4) if cells else 0.0,
        "cell_agreement_with_known": round((matched + len(result.known)) / cells, 4) if cells else 0.0,
    }
    result.details = {"cells": cells, "matched": matched, "known_disagreements": len(result.known),
                      "mismatched": len(result.misses)}
    result.failures = failures
    return result


def evaluate(
    sets: Iterable[str], *, shared: Path = DEFAULT_SHARED, out_dir: Path | None = None
) -> dict[str, SetResult]:
    """Run the named sets; predictions go to ``out_dir`` (a new temporary directory if None)."""
    out = out_dir or Path(tempfile.mkdtemp(prefix="lossledger-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, SetResult] = {}
    scorer: ModuleType | None = None
    for name in sets:
        failures: list[str] = []
        if name == "seeds":
            scorer = scorer or load_scorer(shared)
            docs = seed_documents(shared)
            results[name] = score_set(name, docs, shared / SEEDS_GOLD, scorer, out, failures)
        elif name in PASSAGE_SETS:
            scorer = scorer or load_scorer(shared)
            docs = passage_documents(shared, name, failures)
            results[name] = score_set(name, docs, shared / PASSAGE_GOLD.format(name=name), scorer, out, failures)
        elif name == "bulletins":
            docs = bulletin_documents(shared, failures)
            results[name] = bulletin_set(docs, shared / PETROIVANIUK, out, failures)
        else:
            raise ValueError(f"unknown set {name!r}; choose from {SET_NAMES}")
    return results


# --------------------------------------------------------------------------- floors


def floor3(value: float) -> float:
    """Round down to 3 decimals (0.99999 -> 0.999), exactly, without float drift."""
    return float(Decimal(repr(value)).quantize(Decimal("0.001"), rounding=ROUND_FLOOR))


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    if not path.is_file():
        return {}
    try:
        floors = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvaluationInputError(f"{path}:{exc.lineno}: not JSON ({exc.msg})") from exc
    if not isinstance(floors, dict) or not all(isinstance(v, dict) for v in floors.values()):
        raise EvaluationInputError(f"{path}: expected {{set: {{metric: floor}}}}")
    return floors


def raised_floors(floors: dict[str, dict[str, float]], measured: dict[str, dict[str, float]]) -> dict[
    str, dict[str, float]
]:
    """Floors lifted to what was measured (rounded down to 3 decimals); a floor never goes down.

    Only metrics that already have a floor are lifted: which metrics are gated is a decision
    made in ``floors.json``, not by whatever the evaluation happens to print.
    """
    out = {name: dict(metrics) for name, metrics in floors.items()}
    for name, metrics in out.items():
        for metric, floor in metrics.items():
            value = measured.get(name, {}).get(metric)
            if value is not None:
                metrics[metric] = max(float(floor), floor3(value))
    return out


def below_floors(floors: dict[str, dict[str, float]], measured: dict[str, dict[str, float]]) -> list[str]:
    """One line per gated metric that is below its floor (or was not measured)."""
    problems = []
    for name, metrics in floors.items():
        if name not in measured:
            continue
        for metric, floor in metrics.items():
            value = measured[name].get(metric)
            if value is None:
                problems.append(f"{name}.{metric}: not measured (floor {floor})")
            elif value < floor:
                problems.append(f"{name}.{metric}: {value:.4f} is below the floor {floor}")
    return problems


def write_floors(path: Path, floors: dict[str, dict[str, float]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- printing


def input_files(shared: Path, name: str) -> list[Path]:
    """The files a set reads (its documents, its gold, and the scorer or series it is judged by)."""
    if name == "seeds":
        return [*sorted(shared.glob(SEEDS_GLOB)), shared / SEEDS_GOLD, shared / SCORER]
    if name in PASSAGE_SETS:
        return [shared / PASSAGE_DOCS.format(name=name), shared / PASSAGE_GOLD.format(name=name), shared / SCORER]
    if name == "bulletins":
        return [shared / BULLETINS, shared / PETROIVANIUK]
    raise ValueError(f"unknown set {name!r}; choose from {SET_NAMES}")


def input_digests(shared: Path, sets: Iterable[str] = SET_NAMES) -> dict[str, str]:
    """SHA-256 of every input file, keyed by its path inside ``shared``; a missing file is ``"missing"``."""
    digests = {}
    for name in sets:
        for path in input_files(shared, name):
            key = path.relative_to(shared).as_posix()
            digests[key] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"
    return dict(sorted(digests.items()))


def _print_set(result: SetResult, *, verbose: bool) -> None:
    m = result.metrics
    if result.name == "bulletins":
        d = result.details
        click.echo(f"bulletins  {result.documents} bulletins, {result.claims} claims")
        click.echo(f"  cells matched {d['matched']} / {d['cells']} = {m['cell_agreement']:.4f}"
                   f"   (+ {d['known_disagreements']} known source disagreements read as the bulletin"
                   f" = {m['cell_agreement_with_known']:.4f});  mismatched {d['mismatched']}")
        by_column: dict[str, int] = {}
        for miss in result.misses:
            by_column[miss["column"]] = by_column.get(miss["column"], 0) + 1
        if by_column:
            worst = sorted(by_column.items(), key=lambda kv: (-kv[1], kv[0]))
            click.echo("  mismatches by column: " + ", ".join(f"{c} {n}" for c, n in worst)
                       + ("" if verbose else "  (-v lists them)"))
    else:
        s = result.details
        click.echo(f"{result.name:10} {result.documents} documents, gold {s['gold_claims']}, "
                   f"predicted {s['predicted_claims']} (invalid {s['invalid_lines']})")
        for level in ("core", "strict"):
            x = s[level]
            click.echo(f"  {level:7} P {x['precision']:.3f}  R {x['recall']:.3f}  F1 {x['f1']:.3f}"
                       f"  ({x['matched']} matched)")
        attrs = "  ".join(f"{k} {v:.2f}" for k, v in s["attributes"].items() if v is not None)
        if attrs:
            click.echo(f"  attributes {attrs}")
    for failure in result.failures:
        click.echo(f"  error: {failure}", err=True)
    if verbose:
        for miss in result.misses:
            click.echo("  miss " + json.dumps(miss, ensure_ascii=False))
    if result.known and (verbose or result.name == "bulletins"):
        click.echo("  known source disagreements (the extractor read what the bulletin says):")
        for k in result.known:
            click.echo(f"    {k['date']} {k['column']}: series {k['series']:g}, bulletin {k['bulletin']:g}"
                       f" ({k['why']})")


def summary_json(results: dict[str, SetResult], out_dir: Path, *, verbose: bool = False) -> dict[str, Any]:
    sets: dict[str, Any] = {}
    for name, r in results.items():
        sets[name] = {"documents": r.documents, "claims": r.claims, **r.metrics, "details": r.details,
                      "failures": r.failures, "known_disagreements": r.known}
        if verbose:
            sets[name]["misses"] = r.misses
    return {"predictions_dir": str(out_dir), "sets": sets}


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--set", "set_name", type=click.Choice([*SET_NAMES, "all"]), default="all", show_default=True,
              help="Which evaluation set to run.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a machine-readable JSON summary instead of text.")
@click.option("-v", "--verbose", is_flag=True,
              help="List every miss (missed, spurious, wrong attribute, cell).")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_SHARED,
              show_default=True, help="The shared folder holding eval/, corpus/ and reference/.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write predictions here instead of a new temporary directory.")
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_FLOORS, show_default=True, help="The quality floors file.")
@click.option("--check-floors", is_flag=True, help="Exit 1 if any measured metric is below its floor.")
@click.option("--raise-floors", is_flag=True,
              help="Lift the floors to the measured values (rounded down to 3 decimals); never lowers them.")
@click.option("--pin-digests", is_flag=True,
              help="Write the SHA-256 of every evaluation input to quality/eval_digests.json and exit.")
def main(set_name: str, as_json: bool, verbose: bool, shared: Path, out_dir: Path | None, floors_path: Path,
         check_floors: bool, raise_floors: bool, pin_digests: bool) -> None:
    """Score the extractor on the shared sets and print the numbers."""
    if pin_digests:
        DEFAULT_DIGESTS.write_text(json.dumps(input_digests(shared), indent=2) + "\n", encoding="utf-8")
        click.echo(f"digests of the evaluation inputs written to {DEFAULT_DIGESTS}")
        return
    sets = SET_NAMES if set_name == "all" else (set_name,)
    out = out_dir or Path(tempfile.mkdtemp(prefix="lossledger-eval-"))
    try:
        results = evaluate(sets, shared=shared, out_dir=out)
        floors = read_floors(floors_path)
    except EvaluationInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    measured = {name: r.metrics for name, r in results.items()}
    if as_json:
        click.echo(json.dumps(summary_json(results, out, verbose=verbose), ensure_ascii=False))
    else:
        for result in results.values():
            _print_set(result, verbose=verbose)
        click.echo(f"predictions in {out}; score them yourself with:")
        for r in results.values():
            if r.gold is not None:
                click.echo(f"  python3 {shared / SCORER} --gold {r.gold} --pred {r.predictions} -v")
    status = 0
    if any(r.failures for r in results.values()):
        click.echo("error: some documents or lines could not be evaluated (see above)", err=True)
        status = 1
    if raise_floors:
        lifted = raised_floors(floors, measured)
        if lifted != floors:
            write_floors(floors_path, lifted)
            click.echo(f"floors raised in {floors_path}", err=True)
        floors = lifted
    if check_floors:
        problems = below_floors(floors, measured)
        for problem in problems:
            click.echo(f"below floor: {problem}", err=True)
        if problems:
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
