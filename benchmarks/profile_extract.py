#!/usr/bin/env python3
"""Where ``extract_claims`` spends its time: a cProfile of the corpus the instruction counts are taken on.

The documents are those of ``/work/notes/ic/drive.py`` (``bench_extract.corpus`` of one language's shared
passages, each repeated with a new heading), the first ``--warm`` read before the profile starts (patterns compiled,
word-form tables filled), the next ``--docs`` under cProfile. It prints the top functions by cumulative and by own
time, and the own time summed by module. cProfile adds a fixed cost to every Python call, so small functions that
are called often look dearer than they are; the ranking, not the percentages, is what to read (py-spy, installed in
a venv of one's own, samples without that cost: ``py-spy record -f raw``).

    .venv/bin/python benchmarks/profile_extract.py [--language en] [--docs 200] [--warm 30] [--top 15]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from collections import Counter
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED, corpus, language_samples  # noqa: E402


def _name(function: tuple[str, int, str], root: str) -> str:
    path, line, name = function
    return name if path == "~" else f"{path.replace(root, '')}:{line} {name}"


@click.command()
@click.option("--language", default="en", show_default=True, help="en, uk or ru: the shared passages read")
@click.option("--docs", default=200, show_default=True, help="documents profiled")
@click.option("--warm", default=30, show_default=True, help="documents read first, not profiled")
@click.option("--top", default=15, show_default=True, help="functions listed in each ranking")
def main(language: str, docs: int, warm: int, top: int) -> None:
    from lossledger import extract_claims

    samples = list(corpus(language_samples(SHARED, language), warm + docs))[:warm + docs]
    for sample in samples[:warm]:
        extract_claims(sample.text, published=sample.published, doc_id=sample.id, language=sample.language)
    profile = cProfile.Profile()
    profile.enable()
    for sample in samples[warm:]:
        extract_claims(sample.text, published=sample.published, doc_id=sample.id, language=sample.language)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(own for _calls, _primitive, own, _cumulative, _callers in stats.values())
    root = str(Path(__file__).resolve().parents[1] / "src") + "/"
    rows = [(function, calls, own, cumulative) for function, (_p, calls, own, cumulative, _c) in stats.items()]
    click.echo(f"{len(samples) - warm} documents ({language}), {total:.3f} s profiled")
    for title, column in (("cumulative", 3), ("own", 2)):
        click.echo(f"-- by {title} time (share, calls, function)")
        for row in sorted(rows, key=lambda r: -r[column])[:top]:
            click.echo(f"{row[column] / total:6.1%} {row[1]:8d}  {_name(row[0], root)}")
    by_module: Counter[str] = Counter()
    for function, _calls, own, _cumulative in rows:
        by_module[function[0].replace(root, "") if function[0] != "~" else "(built-in)"] += own
    click.echo("-- own time by module")
    for module, own in by_module.most_common(top):
        click.echo(f"{own / total:6.1%}  {module}")


if __name__ == "__main__":
    main()
