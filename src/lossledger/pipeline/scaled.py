"""What the command line calls: the choice of a backend (one process, local workers, Dask, Parquet shards).

``extract_paths_scaled`` and ``ingest_scaled`` pick the backend from the options and the size of the
input; each backend lives in its own module (``serial``, ``processes``, ``shards``, ``dask``) and none
of them knows this one. Dask is imported only when ``dask`` is asked for.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..profiles import Profile, load_profile
from ..readers import iter_documents, list_inputs, unsupported_reason
from .processes import (
    InOrder,
    default_workers,
    extract_by_partitions,
    extract_in_parallel,
    ingest_parallel,
    partition_runs,
    plan_local_partitions,
)
from .serial import Extracted, Extraction, ExtractSummary, extract_paths, ingest, reader_options_for

if TYPE_CHECKING:
    from ..ledger import IngestReport, ProgressFn
    from ..readers import ReaderOptions

__all__ = ["PARALLEL_BYTES_PER_WORKER", "PARALLEL_MIN_BYTES", "auto_workers", "extract_paths_scaled",
           "ingest_scaled"]

#: Input (bytes, all files together) that pays for one more worker process when ``workers=None``. Starting
#: a pool costs about 3 s on a loaded 2-core machine (forkserver, imports and the profile in each worker),
#: and extraction runs at 1.5 to 6 s/MB: with 256 kB as the threshold, the 651 bulletins (0.8 MB: 4.9 s in
#: one process) took 6.3 s on 2 workers, and a 1.8 MB input 4.3-5.3 s against 2.6-3.0 s. Two workers
#: start paying from about 6 s of serial work; 8 MB is at least 12 s of it, so parallel is the faster.
PARALLEL_BYTES_PER_WORKER = 4 * 1024 * 1024
#: Below this much input ``workers=None`` runs in this process.
PARALLEL_MIN_BYTES = 2 * PARALLEL_BYTES_PER_WORKER


def auto_workers(paths: Sequence[str], workers: int | None) -> int:
    """``workers`` if given; else one per ``PARALLEL_BYTES_PER_WORKER`` of input up to every core, and 1
    for an input under ``PARALLEL_MIN_BYTES`` (or streamed), where starting processes costs more than
    they save."""
    if workers is not None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        return workers
    files = list_inputs(list(paths))
    if "-" in files:
        return 1
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += os.path.getsize(path)
    if total < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(default_workers(), total // PARALLEL_BYTES_PER_WORKER))


def extract_paths_scaled(
    paths: Sequence[str],
    *,
    workers: int | None = None,
    profile: Any = None,
    reader_options: ReaderOptions | None = None,
    summary: Any = None,
) -> Generator[Any, None, None]:
    """``serial.extract_paths`` over ``workers`` processes (default: every core for inputs past
    ``PARALLEL_MIN_BYTES``). Yields ``pipeline.Extracted`` or ``InputError`` in input order; a document
    whose extraction failed in a worker becomes an ``InputError`` naming it (and the run goes on)."""
    count = auto_workers(paths, workers)
    summary = summary if summary is not None else ExtractSummary()
    if count == 1:
        yield from extract_paths(list(paths), profile=profile, reader_options=reader_options, summary=summary)
        return
    # Workers load the profile themselves: send its name or file, not the compiled object.
    profile_name = profile.source if isinstance(profile, Profile) else profile
    partitions = plan_local_partitions(paths, workers=count)
    if partitions is not None:
        for path, reason in _unsupported_skips(paths):
            summary.reading.note_skip(path, reason)
        items: Generator[Extraction | InputError, None, None] = extract_by_partitions(
            partitions, workers=count, reader_options=reader_options, profile=profile_name, summary=summary)
    else:
        # the partitions' workers keep their profile's languages themselves; here the parent reads
        options = reader_options_for(profile if isinstance(profile, Profile) else load_profile(profile),
                                     reader_options)
        documents = iter_documents(list(paths), options=options, stats=summary.reading)
        items = extract_in_parallel(documents, workers=count, profile=profile_name)
    # closed when this generator is (not by the garbage collector, maybe in a pool's own thread)
    with contextlib.closing(items):
        for item in items:
            if isinstance(item, InputError):
                summary.failures.append(item)
                yield item
            elif item.error is not None:
                failure = InputError(f"extraction failed: {type(item.error).__name__}: {item.error}",
                                     path=item.document.origin or item.document.id)
                summary.failures.append(failure)
                yield failure
            else:
                summary.documents += 1
                summary.claims += len(item.claims)
                yield Extracted(item.document, item.claims)


def ingest_scaled(
    paths: Sequence[str],
    *,
    db_path: str | os.PathLike[str],
    workers: int | None = None,
    dask: str | None = None,
    shards: str | os.PathLike[str] | None = None,
    no_worker_timeout: float | None = None,
    from_parquet: str | os.PathLike[str] | None = None,
    reextract: bool = False,
    reader_options: ReaderOptions | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """``lossledger ingest``: serially, over ``workers`` processes, on Dask, or from Parquet shards.

    ``from_parquet`` merges shards a Dask run wrote; ``dask`` (an address or ``local``) extracts ``paths``
    on a cluster into ``shards`` (default: beside the ledger, ``<ledger>.shards``) and then merges them
    (``no_worker_timeout``: ``run_dask``'s, by default ``DEFAULT_NO_WORKER_TIMEOUT``);
    otherwise documents are extracted on this machine (``workers``: default every core for inputs past
    ``PARALLEL_MIN_BYTES``). A Dask partition that failed shows up as failures naming its files.
    """
    from .dask import DEFAULT_NO_WORKER_TIMEOUT, run_dask  # here: Dask is imported only by a run that asks for it
    from .shards import ingest_shards

    if from_parquet is not None:
        if paths:
            raise ValueError("give either input PATHS or --from-parquet, not both")
        return ingest_shards(from_parquet, db_path=db_path, reextract=reextract, progress=progress)
    if not paths:
        raise ValueError("no input: give PATHS to read (or --from-parquet DIR)")
    if dask is not None:
        folder = Path(shards) if shards is not None else Path(db_path).with_suffix(".shards")
        run_dask(list(paths), out_dir=folder, address=dask, workers=workers, reader_options=reader_options,
                 no_worker_timeout=DEFAULT_NO_WORKER_TIMEOUT if no_worker_timeout is None else no_worker_timeout)
        return ingest_shards(folder, db_path=db_path, reextract=reextract, progress=progress)
    count = auto_workers(paths, workers)
    if count == 1:
        return ingest(list(paths), db_path=db_path, reextract=reextract, reader_options=reader_options,
                      progress=progress)
    partitions = plan_local_partitions(paths, workers=count)
    if partitions is not None:
        # Shards in a scratch folder beside the ledger (same disk), merged in order, then removed.
        scratch = tempfile.mkdtemp(prefix=".lossledger-shards-", dir=Path(db_path).resolve().parent)
        runs = InOrder(partition_runs(partitions, out_dir=Path(scratch), workers=count,
                                        reader_options=reader_options))
        try:
            # merged partition by partition while later ones are still being extracted
            report = ingest_shards(scratch, db_path=db_path, reextract=reextract, wait_for=runs.wait_for,
                                   progress=progress)
            for path, reason in _unsupported_skips(paths):
                report.skipped[reason] = report.skipped.get(reason, 0) + 1
                report.skipped_items.append((path, reason))
            return report
        finally:
            runs.close()
            shutil.rmtree(scratch, ignore_errors=True)
    return ingest_parallel(list(paths), db_path=db_path, workers=count, reextract=reextract,
                           reader_options=reader_options, progress=progress)


def _unsupported_skips(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(file, reason) of the files of unsupported types in the folders of ``paths``: the partitions never
    see them (``list_inputs`` leaves them out), so a partitioned run counts them here."""
    unsupported: list[str] = []
    list_inputs(list(paths), unsupported=unsupported)
    return [(path, unsupported_reason(path)) for path in unsupported]


