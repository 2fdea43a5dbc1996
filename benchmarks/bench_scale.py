#!/usr/bin/env python3
"""Benchmark lossledger at scale: extract on 1 and N cores, ingest into SQLite, the Dask LocalCluster path.

Each measurement runs the real command line (``python -m lossledger ...``) in a child process over a
synthetic corpus written by ``make_corpus.py`` (templates of our own with the General Staff's real
figures). For every run it prints:

- wall time and documents/s;
- CPU seconds of the whole process tree (the command, pool workers, Dask scheduler, nannies and workers):
  the larger of ``getrusage(RUSAGE_CHILDREN)``, which counts every descendant reaped up the chain, and
  the sum of per-process samples, which also sees a forkserver's workers that are never reaped; and
  documents per CPU-second, the per-core rate that does not depend on other load on the machine;
- peak RSS of the whole process tree, sampled every 0.1 s with psutil (sum over all live descendants);
- the load average before the run, because other processes on a shared machine steal cores and make
  wall-clock speed-ups look worse than they are.

Memory flatness is checked by running the same modes at two corpus sizes (``--small`` and ``--docs``).

    .venv/bin/python benchmarks/bench_scale.py --docs 100000 --small 10000 [--workers 2] [--modes ...] \\
        [--repeat 3]
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import click
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import write_corpus  # noqa: E402 - the sibling script, importable once on the path

MODES = ("extract-1", "extract-n", "ingest-n", "dask-local", "merge")


@dataclass
class Measure:
    mode: str
    docs: int
    wall: float
    cpu: float
    peak_rss_mb: float
    load_before: float
    returncode: int

    def line(self) -> str:
        rate = self.docs / self.wall if self.wall else 0.0
        per_cpu = self.docs / self.cpu if self.cpu else 0.0
        return (f"{self.mode:<11} {self.docs:>7} docs  {rate:8.1f} docs/s  wall {self.wall:8.1f} s  "
                f"cpu {self.cpu:8.1f} s ({per_cpu:6.1f} docs/cpu-s)  peak RSS {self.peak_rss_mb:7.1f} MB  "
                f"load before {self.load_before:4.2f}" + ("" if self.returncode == 0 else
                                                           f"  EXIT {self.returncode}"))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sample_tree(proc: psutil.Process, cpu_seen: dict[tuple[int, float], float]) -> int:
    """RSS of the live process tree now; records each member's CPU seconds so far in ``cpu_seen``.

    Pool workers started by a forkserver and Dask workers started by their nanny are not always reaped
    by the command itself, so RUSAGE_CHILDREN can miss them: the tree is sampled instead (a process's
    last < 0.1 s of CPU before it exits is lost, a negligible share of these runs)."""
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            with member.oneshot():
                total += member.memory_info().rss
                times = member.cpu_times()
                cpu_seen[(member.pid, member.create_time())] = times.user + times.system
        except psutil.Error:
            continue
    return total


def run_measured(mode: str, docs: int, args: list[str], *, cwd: Path) -> Measure:
    """Run ``python -m lossledger ARGS`` and measure wall, tree CPU and tree peak RSS."""
    load = os.getloadavg()[0]
    cpu0 = _children_cpu()
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen([sys.executable, "-m", "lossledger", *args], cwd=cwd, stdout=sink,
                                 stderr=subprocess.PIPE)
        proc = psutil.Process(child.pid)
        peak = 0
        cpu_seen: dict[tuple[int, float], float] = {}
        while child.poll() is None:
            peak = max(peak, _sample_tree(proc, cpu_seen))
            time.sleep(0.1)
        stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    wall = time.perf_counter() - started
    # RUSAGE_CHILDREN holds the command and every descendant that was reaped up the chain (Dask's nannies
    # and workers are); a forkserver and its pool workers are never reaped by the command, so only the
    # samples see them. Each figure can only miss CPU, never count it twice: take the larger.
    reaped = _children_cpu() - cpu0
    sampled = sum(cpu_seen.values())
    cpu = max(reaped, sampled)
    if child.returncode:
        click.echo(f"  {mode} exited {child.returncode}: {stderr[-800:]}", err=True)
    return Measure(mode, docs, wall, cpu, peak / 1e6, load, child.returncode)


def corpus_for(size: int, cache: Path) -> Path:
    folder = cache / f"corpus-{size}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, docs=size, per_file=min(2_000, max(100, size // 20)))
        (folder / ".complete").write_text("ok", encoding="utf-8")
    return folder


def bench_size(size: int, *, workers: int, modes: tuple[str, ...], cache: Path,
               repeat: int = 1) -> dict[str, list[Measure]]:
    """Every mode, ``repeat`` rounds (each round runs the modes in turn, so slow spells of a shared machine
    hit all modes alike); returns each mode's measures in round order."""
    corpus = corpus_for(size, cache)
    mb = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 1e6
    click.echo(f"--- {size} documents ({mb:.1f} MB JSONL, {len(list(corpus.glob('*.jsonl')))} files); "
               f"{workers} workers ---")
    results: dict[str, list[Measure]] = {}
    for _round in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench-scale-", dir=cache) as scratch:
            work = Path(scratch)
            plans: dict[str, list[str]] = {
                "extract-1": ["extract", str(corpus), "--workers", "1"],
                "extract-n": ["extract", str(corpus), "--workers", str(workers)],
                "ingest-n": ["ingest", str(corpus), "--db", str(work / "ledger.db"), "--workers", str(workers)],
                "dask-local": ["extract", str(corpus), "--dask", "local", "--workers", str(workers),
                               "--shards", str(work / "shards")],
                "merge": ["ingest", "--from-parquet", str(work / "shards"), "--db", str(work / "merged.db")],
            }
            for mode in modes:
                if mode == "merge" and not (work / "shards" / "manifest.json").exists():
                    continue
                measure = run_measured(mode, size, plans[mode], cwd=work)
                results.setdefault(mode, []).append(measure)
                click.echo(measure.line())
    return results


def best(measures: dict[str, list[Measure]]) -> dict[str, Measure]:
    """Each mode's fastest round: the one least slowed by other load (as ``timeit`` takes the minimum)."""
    return {mode: min(runs, key=lambda m: m.wall) for mode, runs in measures.items()}


def summarize(rounds: dict[str, list[Measure]], small: dict[str, Measure] | None, workers: int) -> None:
    big = best(rounds)
    click.echo("--- against the targets" + (f" (fastest of {len(rounds[next(iter(rounds))])} rounds)"
                                            if rounds else "") + " ---")

    def ratio(a: str, b: str, on: str) -> float | None:
        if a in big and b in big:
            x, y = getattr(big[a], on), getattr(big[b], on)
            return x / y if y else None
        return None

    speedup = ratio("extract-1", "extract-n", "wall")
    if speedup is not None:
        overhead = big["extract-n"].cpu / big["extract-1"].cpu
        click.echo(f"{workers} workers vs 1: {speedup:.2f}x wall (target >= 1.8x); the parallel run "
                   f"spends {overhead:.2f}x the CPU of the serial one, so an idle {workers}-core machine "
                   f"would give at most {workers / overhead:.2f}x")
        paired = sorted(one.wall / many.wall for one, many in zip(rounds["extract-1"], rounds["extract-n"],
                                                                   strict=False))
        if len(paired) > 1:
            click.echo(f"  round by round: {', '.join(f'{r:.2f}x' for r in paired)} "
                       f"(median {statistics.median(paired):.2f}x)")
    ingest = ratio("ingest-n", "extract-n", "wall")
    if ingest is not None:
        click.echo(f"ingest into SQLite / extract (both {workers} workers): {ingest:.2f}x wall "
                   f"(target <= 1.3x); cpu {big['ingest-n'].cpu / big['extract-n'].cpu:.2f}x")
    dask = ratio("extract-n", "dask-local", "wall")
    if dask is not None:
        click.echo(f"Dask local / multiprocessing throughput: {dask:.2f}x (target >= 0.8x); "
                   f"cpu {big['extract-n'].cpu / big['dask-local'].cpu:.2f}x")
    if small:
        for mode in big:
            if mode in small:
                click.echo(f"peak RSS {mode:<11} {small[mode].docs:>7} docs {small[mode].peak_rss_mb:7.1f} MB"
                           f" -> {big[mode].docs:>7} docs {big[mode].peak_rss_mb:7.1f} MB")
    if "extract-1" in big:
        per_core = big["extract-1"].docs / big["extract-1"].cpu
        click.echo(f"per-core rate (serial, docs per CPU-second): {per_core:.1f}")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--docs", type=click.IntRange(min=10), default=100_000, show_default=True,
              help="Documents in the large corpus.")
@click.option("--small", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="Documents in the small corpus, run first to compare memory (0: skip).")
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 2, show_default=True,
              help="Workers for the parallel and Dask runs.")
@click.option("--modes", default=",".join(MODES), show_default=True,
              help="Comma-separated runs: " + ", ".join(MODES) + ".")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path),
              default=Path(tempfile.gettempdir()) / "lossledger-bench-scale", show_default=True,
              help="Where generated corpora (kept between runs) and scratch ledgers go.")
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Rounds over the large corpus; the summary takes each mode's fastest round.")
def main(docs: int, small: int, workers: int, modes: str, cache: Path, repeat: int) -> None:
    """Measure documents/s, CPU and peak memory of extract, ingest and the Dask path."""
    chosen = tuple(m.strip() for m in modes.split(",") if m.strip())
    unknown = set(chosen) - set(MODES)
    if unknown:
        raise click.BadParameter(f"unknown modes: {', '.join(sorted(unknown))}")
    cache.mkdir(parents=True, exist_ok=True)
    click.echo(f"{sys.version.split()[0]}, {os.cpu_count()} cores, load average now "
               f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    small_results = best(bench_size(small, workers=workers, modes=chosen, cache=cache)) if small else None
    big_results = bench_size(docs, workers=workers, modes=chosen, cache=cache, repeat=repeat)
    summarize(big_results, small_results, workers)


if __name__ == "__main__":
    main()
