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
issue's bound: at most 20x for English, 25x for Ukrainian and Russian). What is timed is warm, steady work: one
copy of every passage is read untimed first (``warm_up``: a process loads a language and fills its per-word-form
tables once), each corpus is timed ``--passes`` times over new copies and the fastest pass is printed (with the
slowest, to show the machine's noise), and the heap built before a timing is frozen out of the garbage collector
(``frozen_heap``: a full collection landing in one small timing is not that corpus's work).

``--memory`` prints instead the tracemalloc peak of the mixed corpus at 2,000 and at 20,000 documents.
``--base DIR`` runs the same measurements for another checkout (``DIR/src``, e.g. a worktree of main:
``git worktree add --detach /tmp/h26-base main``) in a child process, alternating rounds with this one (also a
fresh child process each round, so neither carries memos over from an earlier round), and prints both side by side.

    .venv/bin/python benchmarks/bench_speed.py [--docs 600] [--rounds 1] [--passes 3] [--base /tmp/h26-base]
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
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED, Sample, corpus, language_samples  # noqa: E402
from general_news import general_news_document  # noqa: E402

T = TypeVar("T")

#: The bare scan the extractor is measured against: every word and number of the text, as one ``re`` finds them.
BARE_SCAN = re.compile(r"\w+")
#: The checkout this script belongs to (its ``src`` is measured in a child process, as ``--base`` is).
THIS_CHECKOUT = Path(__file__).resolve().parents[1]
#: In the mixed corpus, one document in this many is about war losses.
LOSS_EVERY = 10
#: General-news documents read before timing (their sentences repeat with a short period).
WARM_NEWS = 100


def mixed_corpus(samples: list[Sample], size: int, start: int = 0) -> list[Sample]:
    """``size`` documents: every LOSS_EVERY-th from ``samples`` (cycled, made distinct, the first copy numbered
    ``start``), the rest general news."""
    losses = list(corpus(samples, size // LOSS_EVERY + 1, start))
    out = []
    for n in range(size):
        if n % LOSS_EVERY == 0:
            out.append(losses[n // LOSS_EVERY])
        else:
            out.append(Sample(f"news#{n}", general_news_document(n), None, "en"))
    return out


def passages_by_language(shared: Path) -> dict[str, list[Sample]]:
    """The passages each loss corpus repeats: English's, and Ukrainian's and Russian's where present."""
    found = {"en": language_samples(shared, "en")}
    for language in ("uk", "ru"):
        samples = language_samples(shared, language)
        if samples:
            found[language] = samples
    return found


def corpora(passages: dict[str, list[Sample]], size: int, start: int = 0) -> dict[str, list[Sample]]:
    """The corpora of one timed pass, their copies' headings numbered from ``start`` (each corpus uses at most
    ``size`` numbers, so passes started ``size`` apart share no heading)."""
    english = passages["en"]
    found = {"en": list(corpus(english, size, start)), "mixed": mixed_corpus(english, size * 5, start),
             "news": [Sample(f"news#{n}", general_news_document(n), None, "en") for n in range(size * 5)]}
    for language in ("uk", "ru"):
        if language in passages:
            found[language] = list(corpus(passages[language], max(1, size // 3), start))
    return found


def warm_up(passages: dict[str, list[Sample]]) -> int:
    """Read one copy of every passage of every language and a few general-news documents, untimed; return the
    first heading number the timed copies may use. What a process pays once (loading a language's grammar and
    dictionaries, filling its per-word-form tables with the passages' words) is then paid before any timing: the
    16 Ukrainian passages cost about 2x as much on their first reading, a sixth of a 200-document timing."""
    from lossledger import extract_claims

    first = max(len(samples) for samples in passages.values())
    for samples in passages.values():
        for s in corpus(samples, len(samples)):
            extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language)
    for n in range(WARM_NEWS):
        extract_claims(general_news_document(n), doc_id=f"news#{n}", language="en")
    return first


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


def measure(shared: Path, size: int, passes: int) -> dict[str, object]:
    """The figures of one round in this process (the lossledger on ``sys.path``): each corpus timed ``passes``
    times over new copies, after an untimed warm-up; the fastest pass is the figure (on a shared machine other
    processes only ever add CPU time: cache and core contention), every pass's time is kept."""
    import lossledger

    passages = passages_by_language(shared)
    first = warm_up(passages)
    figures: dict[str, object] = {"source": str(Path(lossledger.__file__).resolve().parents[1])}
    for k in range(passes):
        for name, docs in corpora(passages, size, first + k * size).items():
            extract, bare, claims = frozen_heap(cpu_seconds, docs)
            f = figures.setdefault(name, {"docs": len(docs), "extract_passes": [], "bare_passes": [], "claims": claims})
            assert isinstance(f, dict)
            f["extract_passes"].append(extract)
            f["bare_passes"].append(bare)
    for f in figures.values():
        if isinstance(f, dict):
            f["extract_cpu"], f["bare_cpu"] = min(f["extract_passes"]), min(f["bare_passes"])
    return figures


def frozen_heap(timed: Callable[[list[Sample]], T], docs: list[Sample]) -> T:
    """``timed(docs)`` with the heap built so far (loaded grammars, filled tables, the corpora) frozen out of the
    garbage collector's reach. A full collection walks the whole heap (30-55 ms here, up to a seventh of a
    200-document Ukrainian timing) and comes when the long-lived objects have grown by a quarter, so which corpus
    it lands in moved with any change of allocations anywhere: extractor 20's Ukrainian timing took one that
    extractor 19's did not. Collections of what the extractor itself keeps during the timing still count."""
    gc.collect()
    gc.freeze()
    try:
        return timed(docs)
    finally:
        gc.unfreeze()


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


def child_round(base: Path, shared: Path, size: int, passes: int) -> dict[str, object]:
    """One round of ``measure`` for the checkout at ``base`` (its ``src`` first on the path)."""
    env = dict(os.environ, PYTHONPATH=str(base / "src"))
    done = subprocess.run([sys.executable, __file__, "--docs", str(size), "--passes", str(passes), "--shared",
                           str(shared), "--child"], env=env, capture_output=True, text=True, check=True)
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
        slowest = docs / max(f["extract_passes"])
        click.echo(f"  {name:<5} {docs:>6} docs  {rate:8.0f} docs per cpu-second  ({f['claims']} claims)   "
                   f"bare scan {bare_rate:9.0f} docs/s   ratio {f['extract_cpu'] / f['bare_cpu']:6.1f}x   "
                   f"slowest pass {slowest:.0f}")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--docs", "size", type=click.IntRange(min=10), default=600, show_default=True,
              help="English documents per round (the mixed corpus has 5x as many, uk and ru a third).")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True,
              help="Rounds per checkout (alternating with --base).")
@click.option("--passes", type=click.IntRange(min=1), default=3, show_default=True,
              help="Timed passes over each corpus in a round (new copies each); the fastest is printed.")
@click.option("--memory", "memory_only", is_flag=True,
              help="Print the heap peak at 2,000 and 20,000 mixed documents instead.")
@click.option("--base", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Another checkout (e.g. a worktree of main) to measure side by side, in a child process.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True,
              help="The shared folder with eval/dev, corpus/seeds, eval/uk and eval/ru.")
@click.option("--child", is_flag=True, hidden=True)
def main(size: int, rounds: int, passes: int, memory_only: bool, base: Path | None, shared: Path,
         child: bool) -> None:
    """Documents per CPU-second of extract_claims, and its cost against a bare regex scan."""
    if child:
        click.echo(json.dumps(measure(shared, size, passes)))
        return
    if memory_only:
        memory(shared)
        return
    click.echo(f"a fresh process per checkout and round, {sys.version.split()[0]}; "
               f"bare scan: {BARE_SCAN.pattern!r}.findall; warm-up untimed, the fastest of {passes} passes, "
               f"the heap before each timing frozen out of the collector")
    for r in range(rounds):
        # Each round of each checkout starts cold: a process that had run earlier rounds would carry its
        # word-form memos over and read uk and ru faster than a fresh one.
        if base is not None:
            print_round(f"round {r + 1}, base", child_round(base, shared, size, passes))
        print_round(f"round {r + 1}, this checkout", child_round(THIS_CHECKOUT, shared, size, passes))


if __name__ == "__main__":
    main()
