#!/usr/bin/env python3
"""Score ``lossledger extract``'s output on the 651 General Staff bulletins, read as a user reads them.

``scripts/evaluate.py --set bulletins`` calls the extractor on each bulletin with its date and the
post's header. This script scores what the command line gives with no flags at all::

    lossledger extract ../shared/reference/bulletins > bulletins.jsonl
    python scripts/score_bulletins_as_read.py bulletins.jsonl

The command names each bulletin ``general_staff_bulletins_en-<line>`` (the JSON Lines file has no id
field); the line gives the bulletin's date. A PetroIvaniuk cell (a column the bulletin lists, on its
date) agrees when a cumulative Russian claim of that document has exactly the series' value and is
dated that day (the command infers the date from the figures: the file has no ``published`` field).
Cells where the bulletin itself disagrees with the series count apart, as in ``evaluate.py``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import click

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"


def _load_evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lossledger_evaluate", REPO / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


evaluate = _load_evaluate()


@dataclass
class CellScore:
    bulletins: int = 0
    cells: int = 0
    matched: int = 0
    known: int = 0
    misses: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        return self.matched / self.cells if self.cells else 0.0


def score(predictions: Path, *, shared: Path = DEFAULT_SHARED) -> CellScore:
    """Cell agreement of the claims in ``predictions`` (the command's JSON Lines) with the series."""
    bulletins = shared / evaluate.BULLETINS
    series = evaluate.read_series(shared / evaluate.PETROIVANIUK)
    result = CellScore()
    documents: dict[str, tuple[dt.date, str]] = {}
    for number, record in evaluate.iter_jsonl(bulletins, result.failures):
        date = evaluate.parse_date(record.get("date"), f"{bulletins}:{number}", result.failures)
        if date is not None and isinstance(record.get("text"), str):
            documents[f"{bulletins.stem}-{number}"] = (date, record["text"])
    read: dict[str, dict[str, set[float]]] = {}
    for number, claim in evaluate.iter_jsonl(predictions, result.failures):
        doc = str(claim.get("doc"))
        if doc not in documents:
            result.failures.append(f"{predictions}:{number}: document {doc!r} is not a bulletin")
            continue
        date = documents[doc][0]
        if claim.get("side") == "russia" and claim.get("measure") == "cumulative" \
                and claim.get("as_of") == date.isoformat():
            read.setdefault(doc, {}).setdefault(str(claim.get("category")), set()).add(float(claim["value"]))
    for doc, (date, text) in documents.items():
        result.bulletins += 1
        row = series.get(date, {})
        got_by_category = read.get(doc, {})
        for column in evaluate.listed_columns(text):
            if column not in row:
                continue
            result.cells += 1
            got = {v for cat in evaluate.accepted_categories(column) for v in got_by_category.get(cat, ())}
            if row[column] in got:
                result.matched += 1
                continue
            known = evaluate.KNOWN_BY_CELL.get((date, column))
            if known is not None and known.bulletin_value in got:
                result.known += 1
            else:
                result.misses.append(f"{doc} {date} {column}: series {row[column]:g}, read {sorted(got)}")
    return result


@click.command()
@click.argument("predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_SHARED,
              show_default=True, help="The shared data folder.")
@click.option("-v", "--verbose", is_flag=True, help="List every cell that did not agree.")
def main(predictions: Path, shared: Path, verbose: bool) -> None:
    """Print the cell agreement of PREDICTIONS (lossledger extract's JSON Lines) with PetroIvaniuk."""
    result = score(predictions, shared=shared)
    click.echo(f"{result.bulletins} bulletins, {result.cells} cells: {result.matched} agree "
               f"({result.agreement:.4f}), {result.known} known source disagreements read as the bulletin, "
               f"{len(result.misses)} differ")
    for line in result.misses if verbose else result.misses[:10]:
        click.echo(f"  {line}")
    for line in result.failures:
        click.echo(f"error: {line}", err=True)
    sys.exit(1 if result.failures else 0)


if __name__ == "__main__":
    main()
