"""Scale on one machine: extract documents in parallel processes, in order, with flat memory.

The reader runs in the calling process and streams documents; they are cut into small chunks that a
``concurrent.futures.ProcessPoolExecutor`` extracts. At most ``max_in_flight`` chunks are out at any
time, so memory does not grow with the corpus, and results come back in input order, so the same input
gives the same output (and the same ledger) whatever the number of workers.

A worker process that dies (killed, out of memory, a crash in C code) breaks the pool. The pool is then
rebuilt and the chunks that were lost are run again, one at a time, so that the blame falls on the
chunk that really kills its worker; that chunk is split into single documents, and a document that still
kills its worker after ``max_retries`` solo attempts is reported as failed (``WorkerCrashed``), never
dropped. An ordinary exception from the extractor fails only its own document, as in a serial run.

``ingest_parallel`` is the parallel twin of ``pipeline.ingest``: it feeds the same ``ingest_documents``
(same batches, same transactions, same run record), with claims computed ahead by the pool. Inputs of
many files run as whole-file partitions on the same pools instead, into the Parquet shards of ``shards``.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, LossledgerError, WorkerCrashed
from ..model import Claim, Document
from .serial import DocumentExtractor, Extraction, Precomputed, default_extract, extractor_version

if TYPE_CHECKING:
    from ..ledger import IngestReport, ProgressFn
    from ..readers import ReaderOptions

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "WorkerCrashed",
    "default_workers",
    "extract_in_parallel",
    "ingest_parallel",
    "plan_local_partitions",
    "run_partitions",
    "InOrder",
    "partition_runs",
    "extract_by_partitions",
]

#: Documents per task sent to a worker: enough to make the cost of sending a task small next to the
#: extraction (tens of milliseconds a document), few enough that a lost chunk costs little to redo.
DEFAULT_CHUNK_SIZE = 8

#: Chunks in flight per worker: one being extracted, the others queued so a worker never waits for the
#: parent (which reads and writes the ledger meanwhile).
IN_FLIGHT_PER_WORKER = 4

#: Whole-file partitions per worker on one machine. More than on Dask (``PARTITIONS_PER_WORKER``): a local
#: partition costs only its shard files, and smaller ones leave less tail when one worker finishes its last
#: partition while the other is still busy (with 4 per worker, 100,000 documents made 9 partitions of about
#: 40 s of work each for 2 workers: one core could sit idle for most of the last one).
LOCAL_PARTITIONS_PER_WORKER = 16

#: Solo attempts a single document gets after it was seen to kill its worker.
DEFAULT_MAX_RETRIES = 2

#: Pools in a row that may die before finishing any task before the run stops with an error: enough for
#: a poisonous document to be retried alone and blamed, few enough that workers that cannot start at all
#: fail the run quickly.
BARREN_POOL_LIMIT = 2 * (DEFAULT_MAX_RETRIES + 2)


def default_workers() -> int:
    """The number of cores this process may run on (its CPU affinity, where the OS reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# -- in the worker process ---------------------------------------------------------------------------

_worker_extract: DocumentExtractor | None = None
_worker_profile: Any = None


#: prctl(2) option: the signal the kernel sends this process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1

#: Seconds between a worker's looks at whether the run that started it is still alive.
PARENT_CHECK_SECONDS = 1.0


def _die_with_parent(run_pid: int | None) -> None:
    """End this worker when the run that started it dies.

    A ``kill -9`` of a run gives it no chance to stop its pool: without this its workers (about 120 MB
    each) lived on. A forkserver worker's parent is the fork server, which itself lives on while any
    worker holds its pipe, so a daemon thread watches the run's own process (``run_pid``); on Linux,
    prctl(PR_SET_PDEATHSIG) also ends a worker whose direct parent dies (spawn, fork).
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # no C library to call: the thread still watches
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if run_pid is None or run_pid == os.getpid():
        return

    def watch() -> None:
        while not _process_gone(run_pid):
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)  # the run is gone: nobody will read this worker's results

    threading.Thread(target=watch, name="lossledger-watch-run", daemon=True).start()


def _process_gone(pid: int) -> bool:
    """Whether process ``pid`` has exited (a zombie, killed but not yet reaped, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rpartition(")")[2].split()[:1] == ["Z"]
    except OSError:
        return False


def _init_worker(extract: DocumentExtractor | None, profile: str | None, run_pid: int | None = None) -> None:
    """Load the profile once per worker (compiled vocabularies), not once per document."""
    global _worker_extract, _worker_profile
    _die_with_parent(run_pid)
    _worker_extract = extract
    if extract is None:
        from ..profiles import load_profile

        _worker_profile = load_profile(profile)


def _picklable(exc: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to round-trip means: send a plain copy instead
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _extract_chunk(documents: list[Document]) -> list[list[Claim] | BaseException]:
    """Run in a worker: each document's claims, or the exception its extraction raised."""
    out: list[list[Claim] | BaseException] = []
    for document in documents:
        try:
            if _worker_extract is not None:
                out.append(_worker_extract(document))
            else:
                out.append(default_extract(document, _worker_profile))
        except Exception as exc:  # one bad document fails alone, as in a serial run
            out.append(_picklable(exc))
    return out


# -- in the parent process ---------------------------------------------------------------------------


@dataclass(eq=False)
class _Chunk:
    """Items in input order; ``documents`` are the ones sent to a worker (the rest pass through)."""

    items: list[Document | InputError]
    documents: list[Document]
    future: Future[list[list[Claim] | BaseException]] | None = None
    solo: bool = False  # must run alone (it was in flight when a worker died)
    crashes: int = 0  # solo runs that killed the worker
    results: list[list[Claim] | BaseException] | None = None

    def ready(self) -> bool:
        if self.results is not None:
            return True
        return self.future is not None and self.future.done() and _survived(self.future)


def _finished(chunk: _Chunk) -> bool:
    return chunk.future is not None and chunk.future.done()


def _survived(future: Future[Any]) -> bool:
    return not future.cancelled() and not isinstance(future.exception(), BrokenProcessPool)


@dataclass
class _Pool:
    workers: int
    extract: DocumentExtractor | None
    profile: str | None
    context: str | None
    executor: ProcessPoolExecutor | None = field(default=None, init=False)
    restarts: int = field(default=0, init=False)
    barren: int = field(default=0, init=False)  # pools in a row that died before finishing any task

    def get(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context(self.context or _default_context()),
                initializer=_init_worker,
                initargs=(self.extract, self.profile, os.getpid()),
            )
        return self.executor

    def restart(self) -> None:
        self.close()
        self.restarts += 1

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _default_context() -> str:
    # forkserver: workers start from a clean, single-threaded server, so they never inherit a lock held
    # by one of the parent's threads (what makes plain fork unsafe once a pool thread is running).
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods and sys.platform != "darwin" else "spawn"


def _chunks(
    items: Iterable[Document | InputError],
    chunk_size: int,
    skip: Callable[[list[Document]], set[int]] | None,
) -> Iterator[_Chunk]:
    def make(batch: list[Document | InputError]) -> _Chunk:
        documents = [item for item in batch if isinstance(item, Document)]
        skipped = skip(documents) if skip is not None and documents else set()
        return _Chunk(items=batch, documents=[d for i, d in enumerate(documents) if i not in skipped])

    batch: list[Document | InputError] = []
    count = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Document):
            count += 1
        # InputErrors ride along with the documents around them, but a long run of them must not pile up.
        if count >= chunk_size or len(batch) >= 4 * chunk_size:
            yield make(batch)
            batch, count = [], 0
    if batch:
        yield make(batch)


def extract_in_parallel(
    items: Iterable[Document | InputError],
    *,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_in_flight: int | None = None,
    profile: str | None = None,
    extract: DocumentExtractor | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    skip: Callable[[list[Document]], set[int]] | None = None,
    mp_context: str | None = None,
) -> Generator[Extraction | InputError, None, None]:
    """Extract the documents of ``items`` in ``workers`` processes; yield in input order.

    ``InputError`` items pass through in their place. Each document comes back as an ``Extraction``
    holding its claims or the error that stopped it (``WorkerCrashed`` when its worker kept dying).
    ``skip(documents)`` may return positions of documents not to extract (e.g. already stored); they
    are yielded with no claims. ``extract`` replaces the default extractor (``extract_claims`` with
    ``profile``); it must be a picklable module-level function. At most ``max_in_flight`` chunks of
    ``chunk_size`` documents are held at a time (default: ``IN_FLIGHT_PER_WORKER`` per worker).
    """
    workers = workers or default_workers()
    if workers < 1 or chunk_size < 1 or max_retries < 0:
        raise ValueError("workers and chunk_size must be at least 1, max_retries at least 0")
    limit = max_in_flight or workers * IN_FLIGHT_PER_WORKER
    pool = _Pool(workers, extract, profile, mp_context)
    source = _chunks(items, chunk_size, skip)
    window: deque[_Chunk] = deque()
    exhausted = False
    try:
        while True:
            if any(c.results is None and _finished(c) and not c.ready() for c in window):
                window = _after_crash(pool, window, max_retries)
            unresolved = [c for c in window if c.solo and c.results is None and not _finished(c)]
            if unresolved:
                # After a crash: run the lost chunks one at a time, nothing else, until the culprit is known.
                if all(c.future is None for c in unresolved):
                    _submit(pool, unresolved[0])
            else:
                while not exhausted and len(window) < limit:
                    chunk = next(source, None)
                    if chunk is None:
                        exhausted = True
                        break
                    window.append(chunk)
                    if chunk.documents:
                        _submit(pool, chunk)
                    else:
                        chunk.results = []
            if not window:
                return
            head = window[0]
            if head.ready():
                if head.future is not None:
                    pool.barren = 0
                window.popleft()
                yield from _emit(head)
            elif head.future is not None and not head.future.done():
                wait([head.future])
    finally:
        pool.close()


def _submit(pool: _Pool, chunk: _Chunk) -> None:
    try:
        chunk.future = pool.get().submit(_extract_chunk, chunk.documents)
    except BrokenProcessPool:
        # The pool died between our last look and this submit: the chunk is lost with the others.
        failed: Future[list[list[Claim] | BaseException]] = Future()
        failed.set_exception(BrokenProcessPool("worker process died"))
        chunk.future = failed


def _after_crash(pool: _Pool, window: deque[_Chunk], max_retries: int) -> deque[_Chunk]:
    """Rebuild the pool and decide, for each chunk the crash took down, how it runs next."""
    pool.restart()
    pool.barren += 1
    if pool.barren > BARREN_POOL_LIMIT:
        raise LossledgerError(
            f"extraction worker processes died {pool.barren} times in a row without finishing any work; "
            "they may fail to start (a script that starts lossledger workers needs an "
            "`if __name__ == '__main__':` guard) or be killed for lack of memory"
        )
    rebuilt: deque[_Chunk] = deque()
    for chunk in window:
        if chunk.results is not None or chunk.future is None or _survived(chunk.future):
            rebuilt.append(chunk)  # finished before the crash (or not sent yet): keep as is
            continue
        if not chunk.solo:
            # It was in flight with others: any of them may be the culprit; run it alone to find out.
            chunk.solo, chunk.future = True, None
            rebuilt.append(chunk)
            continue
        chunk.crashes += 1
        if len(chunk.documents) > 1:
            rebuilt.extend(_split(chunk))
        elif chunk.crashes > max_retries:
            chunk.results = [
                WorkerCrashed(
                    f"the worker process died each of the {chunk.crashes} times it extracted this document "
                    f"(killed, out of memory or crashed)"
                )
            ]
            rebuilt.append(chunk)
        else:
            chunk.future = None
            rebuilt.append(chunk)
    return rebuilt


def _split(parent: _Chunk) -> list[_Chunk]:
    """One solo chunk per document of ``parent``; its other items (errors, skipped documents) keep their
    place: each goes with the next sent document, or with the last one when none follows."""
    singles = [_Chunk(items=[], documents=[d], solo=True) for d in parent.documents]
    position = 0
    for item in parent.items:
        singles[position].items.append(item)
        if item is parent.documents[position] and position < len(singles) - 1:
            position += 1
    return singles


def _emit(chunk: _Chunk) -> Iterator[Extraction | InputError]:
    if chunk.results is None:
        assert chunk.future is not None
        try:
            chunk.results = chunk.future.result()
        except Exception as exc:  # e.g. a result that could not be sent back: fail the chunk's documents
            chunk.results = [exc] * len(chunk.documents)
    results = {id(d): r for d, r in zip(chunk.documents, chunk.results, strict=True)}
    for item in chunk.items:
        if isinstance(item, InputError):
            yield item
            continue
        result = results.get(id(item), [])
        if isinstance(result, BaseException):
            yield Extraction(item, [], result)
        else:
            yield Extraction(item, result)



def ingest_parallel(
    paths: Sequence[str | os.PathLike[str]],
    *,
    db_path: str | os.PathLike[str],
    workers: int | None = None,
    reextract: bool = False,
    reader_options: ReaderOptions | None = None,
    batch_size: int | None = None,
    profile: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """``pipeline.ingest`` with extraction spread over ``workers`` processes (default: every core).

    Same ledger as a serial ingest of the same input: documents are stored in input order, in the same
    batches, with the same rules. Documents already stored with the same text are not sent to a worker.
    """
    from ..ledger import DEFAULT_BATCH_SIZE, Ledger, content_hash, run_ingest
    from ..readers import ReadStats, iter_documents

    batch = batch_size or DEFAULT_BATCH_SIZE
    workers = workers or default_workers()
    stats = ReadStats()
    with Ledger.open(db_path) as ledger:
        options_record = dataclasses.asdict(reader_options) if reader_options is not None else None
        run_id = ledger.start_run(
            "ingest",
            {"paths": [str(p) for p in paths], "reextract": reextract, "reader_options": options_record,
             "workers": workers},
        )
        def already_stored(documents: list[Document]) -> set[int]:
            if reextract:
                return set()
            stored = ledger.stored_hashes(d.id for d in documents)
            return {i for i, d in enumerate(documents) if stored.get(d.id) == content_hash(d.text)}

        documents = iter_documents([str(p) for p in paths], options=reader_options, stats=stats)
        precomputed = Precomputed(keep=batch + workers * IN_FLIGHT_PER_WORKER * chunk_size, profile=profile)
        extracted = extract_in_parallel(
            documents, workers=workers, profile=profile, chunk_size=chunk_size, skip=already_stored
        )
        # Closed here, whatever happens: left to the garbage collector, the pool could be shut down from
        # its own manager thread ("cannot join current thread") after an error such as a full disk.
        with contextlib.closing(extracted):
            return run_ingest(ledger, run_id, precomputed.feed(extracted), stats, db_path=db_path,
                              reextract=reextract, batch_size=batch, extract=precomputed,
                              extractor_version=extractor_version(), progress=progress)


# -- whole files per task: the reader runs in the workers too -----------------------------------------


def _partition_task(partition: Any, out_dir: str, reader_options: ReaderOptions | None,
                    profile: str | None, extract: DocumentExtractor | None) -> dict[str, Any]:
    from .shards import extract_partition

    return extract_partition(partition, out_dir=out_dir, reader_options=reader_options, profile=profile,
                             extract=extract)


def plan_local_partitions(paths: Sequence[str], *, workers: int) -> list[Any] | None:
    """Partitions of whole files when the input has enough files to keep ``workers`` busy, else None.

    Whole-file tasks take the reading (JSON, language identification) off the parent process, which
    otherwise caps the speed-up (measured: the parent did half as much work as a worker). One big
    file, or standard input, streams through ``extract_in_parallel`` instead.
    """
    from ..readers import list_inputs
    from .shards import plan_partitions

    files = list_inputs(list(paths))
    if workers < 2 or "-" in files or len(files) < 2 * workers:
        return None
    # the paths as given, not the files: names (ids) are taken relative to the folders given
    partitions = plan_partitions(list(paths), workers=workers, per_worker=LOCAL_PARTITIONS_PER_WORKER)
    return partitions if len(partitions) >= 2 * workers else None


def run_partitions(
    partitions: Sequence[Any],
    *,
    out_dir: str | os.PathLike[str],
    workers: int,
    reader_options: ReaderOptions | None = None,
    profile: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    mp_context: str | None = None,
    extract: DocumentExtractor | None = None,
) -> dict[int, str]:
    """Extract whole-file partitions into Parquet shards (as on Dask) in ``workers`` local processes.

    Returns ``{partition index: error}`` for partitions that failed. When a worker dies, the partitions
    it took down run again one at a time, so only the one that kills its worker is blamed; it fails for
    good after ``max_retries`` solo attempts (recorded like a failed Dask partition).
    """
    failed: dict[int, str] = {}
    for index, error in partition_runs(partitions, out_dir=Path(out_dir), workers=workers,
                                        reader_options=reader_options, profile=profile,
                                        max_retries=max_retries, mp_context=mp_context, extract=extract):
        if error is not None:
            failed[index] = error
    return failed


def partition_runs(
    partitions: Sequence[Any],
    *,
    out_dir: Path,
    workers: int,
    reader_options: ReaderOptions | None = None,
    profile: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    mp_context: str | None = None,
    extract: DocumentExtractor | None = None,
) -> Iterator[tuple[int, str | None]]:
    """Lay out ``out_dir`` (folders, manifest), then return the run: an iterator that yields
    ``(index, error or None)`` for each partition as soon as it is finished for good.

    A partition is yielded only once its shards (or its ``.failed.json``) are in place, so a reader may
    merge it while later partitions are still being extracted. Closing the iterator early cancels the rest.
    """
    from .shards import shard_manifest, write_json

    for sub in ("documents", "claims", "failures", "partitions"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    write_json(out_dir / "manifest.json", shard_manifest(list(partitions), reader_options, profile))
    return _run_partitions(partitions, root=out_dir, pool=_Pool(workers, None, profile, mp_context),
                           reader_options=reader_options, profile=profile, max_retries=max_retries,
                           extract=extract)


def _run_partitions(partitions: Sequence[Any], *, root: Path, pool: _Pool, reader_options: ReaderOptions | None,
                    profile: str | None, max_retries: int,
                    extract: DocumentExtractor | None) -> Iterator[tuple[int, str | None]]:
    from .shards import remove_leftovers, write_json

    todo: deque[Any] = deque(partitions)
    suspects: deque[Any] = deque()
    crashes: dict[int, int] = {}
    running: dict[Future[dict[str, Any]], Any] = {}

    def give_up(partition: Any, error: str) -> tuple[int, str]:
        write_json(root / "partitions" / f"{partition.name}.failed.json",
                    {"partition": partition.index, "files": list(partition.files), "error": error})
        return partition.index, error

    try:
        while todo or suspects or running:
            alone = bool(suspects)  # after a crash: one partition at a time, so a crash names its culprit
            if alone:
                if not running:
                    partition = suspects.popleft()
                    running[pool.get().submit(_partition_task, partition, str(root), reader_options,
                                              profile, extract)] = partition
            else:
                while todo and len(running) < 2 * pool.workers:
                    partition = todo.popleft()
                    running[pool.get().submit(_partition_task, partition, str(root), reader_options,
                                              profile, extract)] = partition
            done, _ = wait(list(running), return_when="FIRST_COMPLETED")
            lost = []
            for future in sorted(done, key=lambda f: running[f].index):
                partition = running.pop(future)
                problem = future.exception()
                if isinstance(problem, BrokenProcessPool):
                    lost.append(partition)
                elif problem is not None:
                    yield give_up(partition, f"{type(problem).__name__}: {problem}")
                else:
                    yield partition.index, None
            if not lost:
                continue
            pool.restart()  # ends the broken pool; whatever else was running is lost with it
            lost += list(running.values())
            running.clear()
            if alone and len(lost) == 1:
                culprit = lost[0]
                crashes[culprit.index] = crashes.get(culprit.index, 0) + 1
                if crashes[culprit.index] > max_retries:
                    yield give_up(culprit, f"the worker process died each of the {crashes[culprit.index]} "
                                           "times it ran this partition (killed, out of memory or crashed)")
                    continue
            suspects.extend(sorted(lost, key=lambda p: p.index))
    finally:
        pool.close()
        remove_leftovers(root)


class InOrder:
    """Lets a merge read partition ``i`` as soon as it is finished, while later ones are still running."""

    def __init__(self, runs: Iterator[tuple[int, str | None]]) -> None:
        self._runs = runs
        self._finished: set[int] = set()

    def wait_for(self, index: int) -> None:
        while index not in self._finished:
            finished = next(self._runs, None)
            if finished is None:
                return  # every partition has run; one never finished is reported missing by the reader
            self._finished.add(finished[0])

    def close(self) -> None:
        close = getattr(self._runs, "close", None)
        if close is not None:
            close()  # a merge that stopped early (an error, ^C) cancels the partitions not yet run


def extract_by_partitions(
    partitions: Sequence[Any], *, workers: int, reader_options: ReaderOptions | None, profile: str | None,
    summary: Any,
) -> Generator[Extraction | InputError, None, None]:
    """Run the partitions into scratch shards and yield their contents in input order, each partition as
    soon as it and those before it are finished (the parent's merging overlaps the workers' extraction)."""
    from .shards import ShardStats, iter_shards

    scratch = tempfile.mkdtemp(prefix="lossledger-shards-")
    runs = InOrder(partition_runs(partitions, out_dir=Path(scratch), workers=workers,
                                    reader_options=reader_options, profile=profile))
    try:
        stats = ShardStats()
        yield from iter_shards(scratch, stats=stats, wait_for=runs.wait_for)
        summary.reading.files += sum(len(p.files) for p in partitions)
        summary.reading.skipped.update(stats.skipped)
        for item, reason in stats.language_skips:
            summary.reading.note_skip(item, reason, count_reason=False)
        summary.reading.duplicates += stats.duplicates
    finally:
        runs.close()
        shutil.rmtree(scratch, ignore_errors=True)
