#!/usr/bin/env python3
"""Do the extractor's gates (``extract/gate.py``) drop a claim? Compare ``extract_claims`` with and without them.

The gates skip documents and sentences that cannot hold a claim, by a reading of where a claim's count and
outcome can come from. A rule that reads them from somewhere new must be seen by the gates too; the golden
digests show it on the shared documents, and this script on many more: documents made by cutting and mixing
the shared English texts (``../shared``: dev, dev2, seeds, every 25th General Staff bulletin) with the
general-news sentences of ``general_news.py`` (lines sampled, sentences sampled, news with one loss
sentence, and spans cut at random places, inside words too). It prints how many documents differ, and the
first few; exit status 1 when any does.

    .venv/bin/python benchmarks/gate_check.py [--docs 1200] [--seed 1]
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED, base_samples  # noqa: E402
from general_news import SENTENCES  # noqa: E402

import lossledger.extract as extract  # noqa: E402
from lossledger.extract.gate import Ungated  # noqa: E402


def texts(shared: Path) -> list[str]:
    found = [s.text for s in base_samples(shared)[0]]
    dev2 = shared / "eval" / "dev2" / "docs.jsonl"
    if dev2.is_file():
        found += [json.loads(line)["text"] for line in dev2.read_text(encoding="utf-8").splitlines() if line.strip()]
    bulletins = shared / "reference" / "bulletins" / "general_staff_bulletins_en.jsonl"
    if bulletins.is_file():
        lines = bulletins.read_text(encoding="utf-8").splitlines()
        found += [json.loads(line)["text"] for line in itertools.islice(lines, 0, None, 25) if line.strip()]
    return found


def documents(sources: list[str], size: int, rng: random.Random) -> list[str]:
    lines = [line for text in sources for line in text.splitlines()]
    pieces = [p.strip() + "." for text in sources for p in text.replace("\n", " ").split(". ") if p.strip()]
    out = []
    for n in range(size):
        kind = n % 4
        if kind == 0:
            out.append("\n".join(rng.sample(lines, rng.randint(1, 8))))
        elif kind == 1:
            out.append(" ".join(rng.sample(pieces, rng.randint(1, 5))))
        elif kind == 2:
            parts = rng.sample(SENTENCES, 5) + rng.sample(pieces, 1)
            rng.shuffle(parts)
            out.append(" ".join(parts[:3]) + "\n\n" + " ".join(parts[3:]))
        else:
            text = rng.choice(sources)
            start = rng.randint(0, max(0, len(text) - 50))
            out.append(text[start:start + rng.randint(20, 600)])
    return out


def claims(docs: list[str]) -> list[list[dict[str, object]]]:
    return [[c.to_dict() for c in extract.extract_claims(d, published="2023-06-01")] for d in docs]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--docs", "size", type=click.IntRange(min=1), default=1200, show_default=True)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True)
def main(size: int, seed: int, shared: Path) -> None:
    """Extract made-up documents with and without the gates; exit 1 when any claim differs."""
    docs = documents(texts(shared), size, random.Random(seed))
    gated = claims(docs)
    extract.may_hold_claims = lambda profile, norm, **_options: True  # type: ignore[assignment]
    extract.FirstMention = Ungated  # type: ignore[assignment,misc]
    plain = claims(docs)
    differ = [i for i, (a, b) in enumerate(zip(gated, plain, strict=True)) if a != b]
    click.echo(f"{len(docs)} documents, {sum(1 for c in plain if c)} with claims, {len(differ)} differ with the gates")
    for i in differ[:3]:
        click.echo(f"--- {docs[i][:300]!r}\n  gated:   {gated[i]}\n  ungated: {plain[i]}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
