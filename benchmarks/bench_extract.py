#!/usr/bin/env python3
"""Benchmark ``lossledger.extract_claims`` on loss-dense news text, in one process.

The corpus is the shared dev documents and seed articles (``../shared``), repeated until there
are N documents; without ``../shared`` a few loss-dense passages written for this benchmark are
used instead. Each copy gets its own document id and a distinct heading line, so no cache can
answer a document from an earlier identical text: every document is really read.

Prints documents/s, MB/s (one core: the run is single-process, so this is also MB/s per core),
claims/s, CPU seconds, and peak memory: the tracemalloc peak of the Python heap during the run
(measured in a second, untimed pass, because tracing slows the code) and the process's
ru_maxrss after the run. It runs at two sizes (N/5 and N) so that memory can be seen to be flat
in corpus size: claims are counted and dropped as they stream out, never kept.

    .venv/bin/python benchmarks/bench_extract.py [--docs 10000] [--profile]

``--one-document`` instead times ONE claim-dense document of growing size (the passages joined, their
figures raised in each round so that every claim is new, 0.25 MB doubling up to ``--max-mb``) and prints
wall and CPU seconds per MB at each size: flat when the cost of a document is linear in its size, growing
when it is not.

    .venv/bin/python benchmarks/bench_extract.py --one-document [--max-mb 8]

Then one line per language: the English corpus and the shared Ukrainian and Russian passages
(``eval/uk/docs.jsonl``, ``eval/ru/docs.jsonl``), each repeated the same way to N/5 documents and
read with its ``language``, with documents/s and the CPU cost per character as a multiple of
English's (the issue's bound: at most 1.5x).

    .venv/bin/python benchmarks/bench_extract.py [--docs 10000] [--profile] [--languages en,uk,ru]
"""

from __future__ import annotations

import cProfile
import datetime as dt
import gc
import io
import json
import pstats
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from lossledger import extract_claims

SHARED = Path(__file__).resolve().parents[2] / "shared"

#: Used only when ../shared is absent. Our own sentences, with real General Staff figures.
FALLBACK_PASSAGES: tuple[tuple[str, dt.date | None], ...] = (
    ("Ukraine's General Staff said on Sunday (November 13) that Russia has lost about 80,860 troops, "
     "2,840 tanks, 5,755 armoured combat vehicles and 1,837 artillery systems since February 24. "
     "Over the past day another 650 Russian soldiers were killed, the General Staff added.",
     dt.date(2022, 11, 13)),
    ("Kyiv says Russian forces have lost 278 aircraft and 261 helicopters since the invasion began. "
     "Britain's defence ministry said Russia had probably suffered up to 80,000 casualties, a figure "
     "that could not be independently verified.", dt.date(2022, 11, 13)),
    ("The total combat losses of the enemy from 24.02.2022 to 06.11.2022 were approximately:\n"
     "personnel - about 75930 (+490) persons were liquidated,\ntanks - 2765 (+7),\n"
     "artillery systems - 1781 (+5),\nMLRS - 393 (+0),\naircraft - 278 (+0),\nhelicopters - 259 (+0).",
     dt.date(2022, 11, 6)),
    ("Officials in the region said 11 civilians were killed and 23 injured when a missile struck an "
     "apartment block overnight; three people are still missing.", None),
)

#: Syllables for headings that differ between copies without adding numbers to the text.
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo", "de", "fu")


@dataclass(frozen=True)
class Sample:
    id: str
    text: str
    published: dt.date | None
    language: str | None = None


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def base_samples(shared: Path) -> tuple[list[Sample], str]:
    """The documents the corpus repeats, and a word on where they came from."""
    docs = shared / "eval" / "dev" / "docs.jsonl"
    seeds = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    if not docs.is_file() and not seeds:
        fallback = [Sample(f"fallback-{i}", t, d) for i, (t, d) in enumerate(FALLBACK_PASSAGES)]
        return fallback, "fallback passages"
    samples = []
    if docs.is_file():
        for line in docs.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                samples.append(Sample(record["id"], record["text"], _date(record.get("published"))))
    samples += [Sample(p.stem, p.read_text(encoding="utf-8"), None) for p in seeds]
    return samples, f"{shared}: {len(samples)} dev and seed documents"


#: Where the shared passages of each language other than English are (the English corpus is the one above).
LANGUAGE_DOCS = "eval/{language}/docs.jsonl"


def language_samples(shared: Path, language: str) -> list[Sample]:
    """The shared passages of ``language`` (empty when the file is absent), read as that language."""
    if language == "en":
        return [Sample(s.id, s.text, s.published, "en") for s in base_samples(shared)[0]]
    path = shared / LANGUAGE_DOCS.format(language=language)
    if not path.is_file():
        return []
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            samples.append(Sample(record["id"], record["text"], _date(record.get("published")), language))
    return samples


def _heading(n: int) -> str:
    """A numberless, unique heading for copy ``n`` ("Dispatch Kalo mi" ...)."""
    parts = []
    while True:
        n, r = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
        if n == 0:
            break
    return "Dispatch " + "".join(parts).capitalize() + "\n\n"


def corpus(samples: list[Sample], size: int, start: int = 0) -> Iterator[Sample]:
    """``size`` documents, cycling through ``samples`` from the first, each copy made distinct (streamed);
    ``start`` numbers the first copy's heading, so that corpora started at different numbers share no heading
    (and hold the same passages)."""
    for n in range(start, start + size):
        s = samples[(n - start) % len(samples)]
        yield Sample(f"{s.id}#{n}", _heading(n) + s.text, s.published, s.language)


@dataclass
class RunFigures:
    docs: int = 0
    chars: int = 0
    bytes: int = 0
    claims: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    slowest: float = 0.0
    slowest_id: str = ""


def run(samples: list[Sample], size: int) -> RunFigures:
    """Extract ``size`` documents, counting claims and dropping them."""
    figures = RunFigures()
    wall, cpu = time.perf_counter(), time.process_time()
    for s in corpus(samples, size):
        started = time.perf_counter()
        claims = extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language)
        took = time.perf_counter() - started
        if took > figures.slowest:
            figures.slowest, figures.slowest_id = took, s.id
        figures.docs += 1
        figures.chars += len(s.text)
        figures.bytes += len(s.text.encode("utf-8"))
        figures.claims += len(claims)
    figures.wall = time.perf_counter() - wall
    figures.cpu = time.process_time() - cpu
    return figures


def heap_peak(samples: list[Sample], size: int) -> int:
    """The tracemalloc peak (bytes) of an untimed run over ``size`` documents."""
    gc.collect()
    tracemalloc.start()
    try:
        for s in corpus(samples, size):
            extract_claims(s.text, published=s.published, doc_id=s.id, language=s.language)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    # Linux reports kilobytes, macOS bytes.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def report(size: int, f: RunFigures, peak: int | None) -> None:
    mb = f.bytes / 1e6
    click.echo(
        f"{size:>7} docs  {f.docs / f.wall:9.0f} docs/s  {mb / f.wall:7.2f} MB/s  "
        f"{f.claims / f.wall:9.0f} claims/s  ({f.claims} claims, {mb:.1f} MB, wall {f.wall:.2f} s, "
        f"cpu {f.cpu:.2f} s = {f.docs / f.cpu if f.cpu else 0:.0f} docs and "
        f"{mb / f.cpu if f.cpu else 0:.2f} MB per cpu-second)"
    )
    heap = f"tracemalloc peak {peak / 1e6:.2f} MB" if peak is not None else "tracemalloc skipped"
    click.echo(f"{'':>7}       memory: {heap}, ru_maxrss so far {max_rss_mb():.1f} MB; "
               f"slowest document {f.slowest * 1e3:.1f} ms ({f.slowest_id})")


def per_language(shared: Path, languages: list[str], size: int) -> None:
    """One line per language: documents/s and CPU seconds per character against English's."""
    click.echo(f"per language ({size} documents each, the language's passages repeated as above):")
    english_cost: float | None = None
    for language in dict.fromkeys(["en", *languages]):
        samples = language_samples(shared, language)
        if not samples:
            click.echo(f"  {language}: no passages ({shared / LANGUAGE_DOCS.format(language=language)} is absent)")
            continue
        run(samples, min(50, size))  # warm this language's caches (its grammar, its dictionaries)
        f = run(samples, size)
        cost = f.cpu / f.chars if f.chars else 0.0
        if language == "en":
            english_cost = cost
        ratio = f"x{cost / english_cost:.2f}" if english_cost else "n/a"
        if language in languages:
            click.echo(f"  {language}: {f.docs / f.wall:7.0f} docs/s  {f.chars / f.docs:6.0f} chars/doc  "
                       f"{cost * 1e9:7.0f} ns cpu per char = {ratio} English's  ({f.claims} claims, "
                       f"{len(samples)} passages)")


def profile(samples: list[Sample], size: int, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    run(samples, size)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats(order).print_stats(top)
        click.echo(f"--- top {top} by {order} over {size} documents ---")
        click.echo(buf.getvalue())


#: Lines that end an article for the extractor (comments, footers, "Related stories"): in a joined
#: document one would end the whole document, so they are left out of it.
_END_LINE = re.compile(r"^\s*(?:leave a|\d+ comments?|one comment|comments?\s*$|similar|related|source|share|like this|"
                       r"you may|recommended|more from|read next|trending|popular|tags?:|written by|about the|"
                       r"all rights|©|copyright|fill in|you are commenting|this site|your email|sign up|"
                       r"subscribe|follow us)", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{2,6}(?![\d.,])")


def _shift_figures(text: str, shift: int) -> str:
    """The text with its figures (not years or days of the month) raised by ``shift``, so that each copy's
    claims are new claims and not repeats the extractor would fold together."""
    if shift == 0:
        return text

    def bump(match: re.Match[str]) -> str:
        value = int(match.group().replace(",", ""))
        if value <= 31 or 1990 <= value <= 2030:
            return match.group()
        return f"{value + shift:,}" if "," in match.group() else str(value + shift)

    return _FIGURE.sub(bump, text)


def one_document(samples: list[Sample], megabytes: float) -> Sample:
    """One document of about ``megabytes`` MB: the passages joined, each under its own heading."""
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1e6)
    n = 0
    while size < target:
        s = samples[n % len(samples)]
        # a line that ends an article ("Related stories") would end the whole document: leave those out
        body = "\n".join(line for line in s.text.splitlines() if not _END_LINE.match(line))
        part = _heading(n) + _shift_figures(body, n // len(samples)) + "\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        n += 1
    return Sample(f"one-{megabytes:g}MB", "".join(parts), samples[0].published)


def run_one_document(samples: list[Sample], max_mb: float) -> None:
    """Seconds per MB for one document from 0.25 MB doubling up to ``max_mb``."""
    megabytes = 0.25
    while megabytes <= max_mb:
        sample = one_document(samples, megabytes)
        size = len(sample.text.encode("utf-8")) / 1e6
        started, cpu = time.perf_counter(), time.process_time()
        claims = extract_claims(sample.text, published=sample.published, doc_id=sample.id)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        # CPU seconds too: on a shared machine the wall clock also counts other processes' turns
        click.echo(f"{size:6.2f} MB  wall {took:7.2f} s = {took / size:5.2f} s/MB  cpu {cpu:7.2f} s = "
                   f"{cpu / size:5.2f} s/MB  {len(claims):>7} claims  ru_maxrss {max_rss_mb():.0f} MB")
        megabytes *= 2


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--docs", "size", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Number of documents in the large run; the small run has a fifth as many.")
@click.option("--no-memory", is_flag=True,
              help="Skip the untimed tracemalloc passes (they double the run time).")
@click.option("--profile", "with_profile", is_flag=True,
              help="Also print the top cProfile entries of a run over min(N, 2000) documents.")
@click.option("--top", type=click.IntRange(min=1), default=25, show_default=True,
              help="How many cProfile entries to print with --profile.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True,
              help="The shared folder with eval/dev/docs.jsonl, corpus/seeds/ and eval/uk, eval/ru.")
@click.option("--one-document", is_flag=True,
              help="Time one claim-dense document of 0.25 MB doubling up to --max-mb; print seconds per MB.")
@click.option("--max-mb", type=click.FloatRange(min=0.25), default=8.0, show_default=True,
              help="Largest document size for --one-document.")
@click.option("--languages", default="en,uk,ru", show_default=True,
              help="Languages for the per-language lines (comma-separated; empty for none).")
def main(size: int, no_memory: bool, with_profile: bool, top: int, shared: Path, one_document: bool,
         max_mb: float, languages: str) -> None:
    """Time extract_claims over N loss-dense news documents in one process."""
    samples, origin = base_samples(shared)
    if one_document:
        click.echo(f"one document made of {origin}, joined; one process, {sys.version.split()[0]}")
        extract_claims(samples[0].text, published=samples[0].published, doc_id="warm-up")
        run_one_document(samples, max_mb)
        return
    click.echo(f"corpus: {origin}, repeated to N documents, each copy distinct")
    mean_kb = sum(len(s.text.encode("utf-8")) for s in samples) / len(samples) / 1e3
    click.echo(f"mean document size {mean_kb:.1f} kB; one process, {sys.version.split()[0]}")
    t = time.perf_counter()
    first = extract_claims(samples[0].text, published=samples[0].published, doc_id="warm-up")
    click.echo(f"first call (loads vocabularies, compiles rules): {time.perf_counter() - t:.3f} s, "
               f"{len(first)} claims")
    run(samples, min(200, size))  # warm caches so both sizes are measured alike
    peaks: list[tuple[int, int]] = []
    for n in dict.fromkeys((max(1, size // 5), size)):
        figures = run(samples, n)
        peak = None if no_memory else heap_peak(samples, n)
        report(n, figures, peak)
        if peak is not None:
            peaks.append((n, peak))
    if len(peaks) == 2:
        (small, small_peak), (large, large_peak) = peaks
        click.echo(f"heap peak {small_peak / 1e6:.2f} MB at {small} docs vs {large_peak / 1e6:.2f} MB at "
                   f"{large} docs: x{large_peak / max(small_peak, 1):.2f} for x{large / small:.0f} documents")
    wanted = [code.strip().lower() for code in languages.split(",") if code.strip()]
    if wanted:
        per_language(shared, wanted, max(1, size // 5))
    if with_profile:
        profile(samples, min(size, 2000), top)


if __name__ == "__main__":
    main()
