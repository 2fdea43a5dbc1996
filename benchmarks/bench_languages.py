#!/usr/bin/env python3
"""Cost of a Ukrainian or Russian document against an English one of the same length.

Times ``extract_claims`` (CPU time, best of three rounds, warm caches) over the shared Ukrainian and
Russian sets and over the English dev sets cut to the same mean length (at a line end), and prints
microseconds per character for each and the ratios. Each copy gets its own first line, so no cache
answers a whole document.

    .venv/bin/python benchmarks/bench_languages.py [--rounds 3] [--copies 3]
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from lossledger import extract_claims

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _load(shared: Path, name: str) -> list[tuple[str, str | None]]:
    path = shared / "eval" / name / "docs.jsonl"
    if not path.is_file():
        return []
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r.get("published")) for r in records]


def _cost(docs: list[tuple[str, str | None]], rounds: int, copies: int) -> float:
    """Microseconds of CPU per character (the best round)."""
    chars = sum(len(text) for text, _ in docs) * copies
    best = float("inf")
    for r in range(rounds):
        started = time.process_time()
        for c in range(copies):
            for text, published in docs:
                extract_claims(f"{r}.{c}\n{text}", published=published)
        best = min(best, time.process_time() - started)
    return best / chars * 1e6


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--copies", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True)
def main(rounds: int, copies: int, shared: Path) -> None:
    """Per-language cost of extract_claims."""
    cyrillic = {lang: _load(shared, lang) for lang in ("uk", "ru")}
    english = _load(shared, "dev") + _load(shared, "dev2")
    if not english or not all(cyrillic.values()):
        raise click.ClickException(f"{shared}/eval: the dev, dev2, uk and ru sets are needed")
    every = [doc for docs in cyrillic.values() for doc in docs]
    mean = sum(len(text) for text, _ in every) // len(every)

    def cut(text: str) -> str:
        end = text.find("\n", mean)
        return text if end < 0 else text[:end]

    sets = {"en": [(cut(text), published) for text, published in english], **cyrillic}
    for docs in sets.values():  # warm: dictionaries loaded, words seen once
        for text, published in docs:
            extract_claims(text, published=published)
    costs = {name: _cost(docs, rounds, copies) for name, docs in sets.items()}
    for name, docs in sets.items():
        size = sum(len(text) for text, _ in docs) // len(docs)
        ratio = f"  {costs[name] / costs['en']:.2f}x English" if name != "en" else ""
        click.echo(f"{name}  {len(docs):3d} docs of {size:5d} chars  {costs[name]:.2f} us/char{ratio}")


if __name__ == "__main__":
    main()
