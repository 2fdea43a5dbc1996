"""Scale past one machine: extract partitions of the input on a Dask cluster into Parquet shards.

The only module of lossledger that imports Dask (``pip install lossledger[dask]``), lazily, in
``run_dask``. What a partition does and how its shards are laid out and merged is in ``shards``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DaskUnavailable, LossledgerError
from .processes import default_workers
from .serial import DocumentExtractor
from .shards import (
    DEFAULT_PARTITION_BYTES,
    Partition,
    extract_partition,
    plan_partitions,
    read_summary,
    remove_leftovers,
    shard_manifest,
    write_json,
)

if TYPE_CHECKING:
    from ..readers import ReaderOptions

__all__ = [
    "DEFAULT_NO_WORKER_TIMEOUT", "DEFAULT_RETRIES", "LOCAL_CLUSTER_CONFIG", "LOCAL_CLUSTER_KWARGS", "DaskReport",
    "DaskUnavailable", "run_dask",
]


#: Dask settings for the LocalCluster lossledger starts (set the same on a cluster of your own). A worker holds only
#: the partition it runs (saturation 1.0, not Dask's 1.1, which queues a second one on a one-thread worker): when a
#: partition kills its worker, the scheduler counts the death against every task the worker held, and a good
#: partition queued behind a bad one could be reported failed with it. A LocalCluster closes a nanny whose worker
#: it finds gone ``lost-worker-timeout`` (Dask: 15 s) after a death; a worker that a bad partition killed again
#: while being restarted was found gone, and with both nannies closed the cluster had no worker left for the rest of
#: the run: the nanny restarts its worker, so it is not closed for that (it closes itself if it cannot restart it).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False,
                                        "distributed.scheduler.worker-saturation": 1.0,
                                        "distributed.deploy.lost-worker-timeout": "1d"}

#: Keyword arguments of the LocalCluster lossledger starts: no dashboard, and the scheduler's HTTP server (which
#: Dask starts even without one) on a free port. Dask's default tries port 8787 first, so two runs on one machine
#: (two test suites, two users) met there: the second warned and moved, or failed where warnings are errors.
LOCAL_CLUSTER_KWARGS: dict[str, Any] = {"dashboard_address": ":0", "scheduler_kwargs": {"dashboard": False}}

#: Times a partition that raised is run again before it is reported failed.
DEFAULT_RETRIES = 2

#: Seconds a cluster may have no worker (or no scheduler to ask) before the partitions still open are reported
#: failed. Long enough for a nanny to restart a worker that died, or for an adaptive cluster to start one.
DEFAULT_NO_WORKER_TIMEOUT = 60.0

#: Seconds between two looks at whether a future ended (as ``distributed.as_completed`` itself waits).
_WAIT_STEP = 0.1

@dataclass
class DaskReport:
    """What a Dask run did. ``ok`` is false when a partition failed or an input could not be read."""

    out_dir: str
    partitions: int = 0
    completed: int = 0
    resumed: int = 0
    failed: dict[int, str] = field(default_factory=dict)
    documents: int = 0
    claims: int = 0
    failures: int = 0
    seconds: float = 0.0
    workers: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "ok": self.ok}


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable(
            "--dask needs Dask: install it with `pip install 'lossledger[dask]'` "
            f"(import failed: {exc})"
        ) from exc
    return distributed


def run_dask(
    paths: Sequence[str],
    *,
    out_dir: str | os.PathLike[str],
    address: str = "local",
    workers: int | None = None,
    reader_options: ReaderOptions | None = None,
    profile: str | None = None,
    target_bytes: int = DEFAULT_PARTITION_BYTES,
    retries: int = DEFAULT_RETRIES,
    extract: DocumentExtractor | None = None,
    no_worker_timeout: float = DEFAULT_NO_WORKER_TIMEOUT,
) -> DaskReport:
    """Extract ``paths`` on a Dask cluster into Parquet shards under ``out_dir``.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local`` for a ``LocalCluster`` of
    ``workers`` single-threaded processes (default: every core). ``out_dir`` must be reachable by every
    worker under the same path (a shared file system on a real cluster). Partitions already complete
    in ``out_dir`` are not run again. When the cluster has had no worker for ``no_worker_timeout``
    seconds (a LocalCluster closed its nannies, an adaptive cluster scaled to nothing), every partition
    not finished is reported failed with that cause and the run returns; a scheduler that goes away
    fails them at once.
    """
    if no_worker_timeout <= 0:
        raise ValueError("no_worker_timeout must be positive")
    distributed = _import_distributed()
    started = time.perf_counter()
    root = Path(out_dir)
    for sub in ("documents", "claims", "failures", "partitions"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if address == "local":
            import dask

            # Dask's statistical profiler samples every worker thread's stack 100 times a second; with
            # CPU-bound Python tasks it costs a third of the throughput (measured) and holds the GIL.
            # Workers get the config of the process that starts them, so this reaches the LocalCluster.
            stack.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                    **LOCAL_CLUSTER_KWARGS,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
        else:
            try:
                client = stack.enter_context(distributed.Client(address, timeout="30s"))
            except (OSError, TimeoutError) as exc:
                raise LossledgerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        partitions = plan_partitions(list(paths), target_bytes=target_bytes, workers=n_workers)
        write_json(root / "manifest.json", shard_manifest(partitions, reader_options, profile))
        report = DaskReport(out_dir=str(root), partitions=len(partitions), workers=n_workers)
        todo = []
        for partition in partitions:
            summary = read_summary(root, partition)
            if summary is not None:
                report.resumed += 1
                _count(report, summary)
            else:
                with contextlib.suppress(OSError):
                    (root / "partitions" / f"{partition.name}.failed.json").unlink()
                todo.append(partition)
        run_token = uuid.uuid4().hex[:8]

        def submit(partition: Partition, attempt: str) -> Any:
            return client.submit(
                extract_partition, partition, out_dir=str(root), reader_options=reader_options,
                profile=profile, extract=extract, key=f"lossledger-{partition.name}-{run_token}{attempt}",
                retries=retries, pure=False,
            )

        watch = _ClusterWatch(client, no_worker_timeout)
        failed: list[tuple[Partition, str]] = []
        for partition, outcome in _outcomes(distributed, {submit(p, ""): p for p in todo}, root, watch):
            if isinstance(outcome, dict):
                report.completed += 1
                _count(report, outcome)
            else:
                failed.append((partition, outcome))
        # A partition can fail for another's sake: the scheduler counts a worker's death against every task the
        # worker held (a heartbeat missed under load, a task queued behind the one that killed it). When more than
        # one failed, each runs once more on its own and only one that fails alone is reported. (One that failed
        # alone is not run again: its retries were spent.) Not on a cluster given up for having no worker.
        for partition, error in failed:
            if len(failed) > 1 and watch.cause is None and client.status == "running":
                [(_, outcome)] = _outcomes(distributed, {submit(partition, "-alone"): partition}, root, watch)
                if isinstance(outcome, dict):
                    report.completed += 1
                    _count(report, outcome)
                    continue
                error = outcome
            elif len(failed) > 1 and watch.cause is not None and not error.startswith(watch.cause):
                error = f"{error}; not run again alone: {watch.cause}"
            _record_failure(root, report, partition, error, retries)
    remove_leftovers(root)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


class _ClusterWatch:
    """Tells when a cluster can no longer run anything: no worker, or no scheduler to ask, for ``limit`` seconds.

    Without it a run waited for ever: a nanny restarts a worker that died, but a LocalCluster closes a nanny whose
    worker it finds gone ``distributed.deploy.lost-worker-timeout`` (15 s) after a death, which a worker killed over
    and over sooner or later is; with both nannies closed, the scheduler kept the open partitions queued for ever.
    """

    def __init__(self, client: Any, limit: float) -> None:
        self.client = client
        self.limit = limit
        #: the cluster is asked at most this often (one call to the scheduler)
        self.every = min(1.0, limit / 4)
        #: why the run gave up on the cluster, once it did (and from then on)
        self.cause: str | None = None
        self._empty_since: float | None = None
        self._asked = -float("inf")

    def check(self) -> str | None:
        """``cause``, after asking the cluster for its workers if the last answer is older than ``every``."""
        now = time.monotonic()
        if self.cause is not None or now - self._asked < self.every:
            return self.cause
        workers, why = self._workers()
        self._asked = time.monotonic()
        if workers:
            self._empty_since = None
            return None
        if self._empty_since is None:
            self._empty_since = now
        elif now - self._empty_since >= self.limit:
            self.cause = f"no worker for {self.limit:g} s ({why})"
        return self.cause

    def _workers(self) -> tuple[int, str]:
        """Workers the scheduler has, and what no worker means here."""
        if self.client.status != "running":  # the client cancelled every future and is reconnecting, or closed
            return 0, "lost the connection to the scheduler"
        try:
            return len(self.client.nthreads()), "the scheduler has none left"
        except OSError as exc:  # TimeoutError included
            return 0, f"the scheduler did not answer: {exc}"


def _outcomes(distributed: Any, futures: dict[Any, Partition], root: Path,
              watch: _ClusterWatch) -> Iterator[tuple[Partition, dict[str, Any] | str]]:
    """(partition, its summary or the error it failed with) for each of ``futures`` as it ends. When ``watch`` gives
    up on the cluster, each one still open is cancelled and fails with the cause, naming its files."""
    open_futures = dict(futures)
    ended = distributed.as_completed(futures)
    while open_futures:
        batch = ended.next_batch(block=False)
        if not batch:
            if watch.check() is not None:
                break
            time.sleep(_WAIT_STEP)
            continue
        for future in batch:
            partition = open_futures.pop(future)
            yield partition, _outcome(future, partition, root, watch.limit)
            future.release()
    if not open_futures:
        return
    if watch.client.status in ("running", "connecting"):  # a closed client cancelled them itself
        watch.client.cancel(list(open_futures), reason="no-worker", msg=watch.cause)
    for future, partition in open_futures.items():
        # a partition whose result was lost with its worker may be complete in the folder
        summary = read_summary(root, partition)
        yield partition, summary if summary is not None else f"{watch.cause}: {_not_run(partition)}"
        future.release()


def _outcome(future: Any, partition: Partition, root: Path, timeout: float) -> dict[str, Any] | str:
    """The partition's summary if it completed, else the error its task ended with."""
    # The summary is read from the folder, where the partition wrote it last, not fetched from the worker, which
    # may have died since with the result in its memory (the scheduler then waits to compute it again).
    summary = read_summary(root, partition)
    if summary is not None:
        return summary
    if future.status != "finished":
        return _describe(future, timeout)
    try:  # finished, but the summary is not in the folder this process sees: the worker's copy
        result: dict[str, Any] = future.result(timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - any error fetching it makes the partition failed, not the run
        return f"finished, but its summary is not in {root} and could not be fetched: {type(exc).__name__}: {exc}"
    return result


def _not_run(partition: Partition, shown: int = 3) -> str:
    """``partition N not finished (file, file, file and K more)``: all of them are in its .failed.json."""
    files = ", ".join(partition.files[:shown])
    more = len(partition.files) - shown
    return f"partition {partition.index} not finished ({files}{f' and {more} more' if more > 0 else ''})"


def _record_failure(root: Path, report: DaskReport, partition: Partition, error: str, retries: int) -> None:
    report.failed[partition.index] = error
    write_json(root / "partitions" / f"{partition.name}.failed.json",
               {"partition": partition.index, "files": list(partition.files), "error": error,
                "attempts": retries + 1})


def _describe(future: Any, timeout: float) -> str:
    """The error a future that did not finish ended with (a cancelled one says why it was cancelled)."""
    try:
        if future.status == "cancelled":
            future.result()  # raises the cancellation, whose message says why (e.g. the scheduler's connection lost)
        exc = future.exception(timeout=timeout)
    except Exception as inner:  # noqa: BLE001 - a cancellation, or the error itself could not be fetched; say so
        return f"{type(inner).__name__}: {' '.join(str(inner).split())}"
    return f"{type(exc).__name__}: {exc}" if exc is not None else f"task ended as {future.status}"


def _count(report: DaskReport, summary: dict[str, Any]) -> None:
    report.documents += int(summary["documents"])
    report.claims += int(summary["claims"])
    report.failures += int(summary["failures"])


