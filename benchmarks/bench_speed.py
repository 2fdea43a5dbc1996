#!/usr/bin/env python3
"""Speed of ``extract_claims`` against a bare regular-expression scan of the same documents (issue 17).

Four corpora, each document made distinct by its own heading line (``bench_extract.corpus``):

* ``en``: the shared dev passages and seed articles (loss-dense English news), repeated;
* ``uk``, ``ru``: the shared Ukrainian and Russian passages, repeated, read with their language;
* ``mixed``: one document in ten from ``en``, nine in ten general news (``general_news.py``, sentences
  written for this benchmark; about 7 in 10 of them hold some loss word such as "lost" or "injured");
* ``news``: the general news alone.

For each it prints documents per CPU-second of ``extract_claims`` and of the bare scan (one compiled
``re`` finding every number, ``BARE_SCAN``, over the same texts in the same process) and their ratio (the
issue's bound: at most 20x for English, 25x for Ukrainian and Russian). ``--memory`` prints instead the
tracemalloc peak of the mixed corpus at 2,000 and at 20,000 documents. ``--base DIR`` runs the same measurements for
another checkout (``DIR/src``, e.g. a worktree of main: ``git worktree add --detach /tmp/h26-base main``)
in a child process, alternating rounds with this one (also a fresh child process each round, so neither
carries memos over from an earlier round), and prints both side by side.

    .venv/bin/python benchmarks/bench_speed.py [--docs 600] [--rounds 1] [--base /tmp/h26-base]
    .venv/bin/python benchmarks/bench_speed.py --memory
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED, Sample, corpus, language_samples  # noqa: E402
from general_news import general_news_document  # noqa: E402

#: The bare scan the extractor is measured against: every word and number of the text, as one ``re`` finds them.
BARE_SCAN = re.compile(r"\w+")
#: The checkout this script belongs to (its ``src`` is measured in a child process, as ``--base`` is).
THIS_CHECKOUT = Path(__file__).resolve().parents[1]
#: In the mixed corpus, one document in this many is about war losses.
LOSS_EVERY = 10


def mixed_corpus(samples: list[Sample], size: int) -> list[Sample]:
    """``size`` documents: every LOSS_EVERY-th from ``samples`` (cycled, made distinct), the rest general news."""
    losses = list(corpus(samples, size // LOSS_EVERY + 1))
    out = []
    for n in range(size):
        if n % LOSS_EVERY == 0:
            out.append(losses[n // LOSS_EVERY])
        else:
            out.append(Sample(f"news#{n}", general_news_document(n), None, "en"))
    return out


def corpora(shared: Path, size: int) -> dict[str, list[Sample]]:
    english = language_samples(shared, "en")
    found = {"en": list(corpus(english, size)), "mixed": mixed_corpus(english, size * 5),
             "news": [Sample(f"news#{n}", general_news_document(n), None, "en") for n in range(size * 5)]}
    for language in ("uk", "ru"):
        samples = language_samples(shared, language)
        if samples:
            found[language] = list(corpus(samples, max(1, size // 3)))
    return found


def cpu_seconds(docs: list[Sample]) -> tuple[float, float, int]:
    """(CPU seconds of extract_claims, CPU seconds of the bare scan, claims) over ``docs``."""
    from lossledger import extract_claims

    started = time.process_time()
    claims = 0
    for s in docs:
        claims += len(extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language))
    extract = time.process_time() - started
    started = time.process_time()
    for s in docs:
        BARE_SCAN.findall(s.text)
    return extract, time.process_time() - started, claims


def measure(shared: Path, size: int) -> dict[str, object]:
    """The figures of one round in this process (the lossledger on ``sys.path``)."""
    import lossledger
    from lossledger import extract_claims

    extract_claims("Russia lost 5 tanks, the ministry said.")  # load the profile and grammar outside the timing
    figures: dict[str, object] = {"source": str(Path(lossledger.__file__).resolve().parents[1])}
    for name, docs in corpora(shared, size).items():
        extract_claims(docs[0].text, language=docs[0].language)  # this language's caches
        extract, bare, claims = cpu_seconds(docs)
        figures[name] = {"docs": len(docs), "extract_cpu": extract, "bare_cpu": bare, "claims": claims}
    return figures


def memory(shared: Path) -> None:
    """The heap peak of the mixed corpus at 2,000 and 20,000 documents (streamed: the corpus is built as the
    run goes, so only the extractor's memory is measured)."""
    from lossledger import extract_claims

    english = language_samples(shared, "en")
    for s in mixed_corpus(english, 300):  # warm the caches (compiled patterns, memos) outside the measure
        extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language)
    small, large = (heap_peak_streamed(english, n) for n in (2_000, 20_000))
    click.echo(f"memory (mixed corpus, streamed): tracemalloc peak {small / 1e6:.2f} MB at 2,000 documents, "
               f"{large / 1e6:.2f} MB at 20,000 (x{large / max(small, 1):.2f})")


def heap_peak_streamed(english: list[Sample], size: int) -> int:
    from lossledger import extract_claims

    losses = corpus(english, size // LOSS_EVERY + 1)
    gc.collect()
    tracemalloc.start()
    try:
        for n in range(size):
            s = next(losses) if n % LOSS_EVERY == 0 else Sample(f"news#{n}", general_news_document(n), None, "en")
            extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def child_round(base: Path, shared: Path, size: int) -> dict[str, object]:
    """One round of ``measure`` for the checkout at ``base`` (its ``src`` first on the path)."""
    env = dict(os.environ, PYTHONPATH=str(base / "src"))
    done = subprocess.run([sys.executable, __file__, "--docs", str(size), "--shared", str(shared), "--child"],
                          env=env, capture_output=True, text=True, check=True)
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def print_round(label: str, figures: dict[str, object]) -> None:
    click.echo(f"{label} ({figures['source']}):")
    for name in ("en", "uk", "ru", "mixed", "news"):
        f = figures.get(name)
        if not isinstance(f, dict):
            continue
        docs = f["docs"]
        rate, bare_rate = docs / f["extract_cpu"], docs / f["bare_cpu"]
        click.echo(f"  {name:<5} {docs:>6} docs  {rate:8.0f} docs per cpu-second  ({f['claims']} claims)   "
                   f"bare scan {bare_rate:9.0f} docs/s   ratio {f['extract_cpu'] / f['bare_cpu']:6.1f}x")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--docs", "size", type=click.IntRange(min=10), default=600, show_default=True,
              help="English documents per round (the mixed corpus has 5x as many, uk and ru a third).")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True,
              help="Rounds per checkout (alternating with --base).")
@click.option("--memory", "memory_only", is_flag=True,
              help="Print the heap peak at 2,000 and 20,000 mixed documents instead.")
@click.option("--base", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Another checkout (e.g. a worktree of main) to measure side by side, in a child process.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True,
              help="The shared folder with eval/dev, corpus/seeds, eval/uk and eval/ru.")
@click.option("--child", is_flag=True, hidden=True)
def main(size: int, rounds: int, memory_only: bool, base: Path | None, shared: Path, child: bool) -> None:
    """Documents per CPU-second of extract_claims, and its cost against a bare regex scan."""
    if child:
        click.echo(json.dumps(measure(shared, size)))
        return
    if memory_only:
        memory(shared)
        return
    click.echo(f"a fresh process per checkout and round, {sys.version.split()[0]}; "
               f"bare scan: {BARE_SCAN.pattern!r}.findall")
    for r in range(rounds):
        # Each round of each checkout starts cold: a process that had run earlier rounds would carry its
        # word-form memos over and read uk and ru faster than a fresh one.
        if base is not None:
            print_round(f"round {r + 1}, base", child_round(base, shared, size))
        print_round(f"round {r + 1}, this checkout", child_round(THIS_CHECKOUT, shared, size))


if __name__ == "__main__":
    main()
