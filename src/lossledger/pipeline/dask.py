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
from collections.abc import Sequence
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
    "DEFAULT_RETRIES", "LOCAL_CLUSTER_CONFIG", "LOCAL_CLUSTER_KWARGS", "DaskReport", "DaskUnavailable", "run_dask",
]


#: Dask settings for the LocalCluster lossledger starts (set the same on a cluster of your own). A worker holds only
#: the partition it runs (saturation 1.0, not Dask's 1.1, which queues a second one on a one-thread worker): when a
#: partition kills its worker, the scheduler counts the death against every task the worker held, and a good
#: partition queued behind a bad one could be reported failed with it.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False,
                                        "distributed.scheduler.worker-saturation": 1.0}

#: Keyword arguments of the LocalCluster lossledger starts: no dashboard, and the scheduler's HTTP server (which
#: Dask starts even without one) on a free port. Dask's default tries port 8787 first, so two runs on one machine
#: (two test suites, two users) met there: the second warned and moved, or failed where warnings are errors.
LOCAL_CLUSTER_KWARGS: dict[str, Any] = {"dashboard_address": ":0", "scheduler_kwargs": {"dashboard": False}}

#: Times a partition that raised is run again before it is reported failed.
DEFAULT_RETRIES = 2

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
) -> DaskReport:
    """Extract ``paths`` on a Dask cluster into Parquet shards under ``out_dir``.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local`` for a ``LocalCluster`` of
    ``workers`` single-threaded processes (default: every core). ``out_dir`` must be reachable by every
    worker under the same path (a shared file system on a real cluster). Partitions already complete
    in ``out_dir`` are not run again.
    """
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

        futures = {submit(partition, ""): partition for partition in todo}
        failed: list[tuple[Partition, str]] = []
        for future in distributed.as_completed(futures):
            partition = futures[future]
            if future.status == "finished":
                report.completed += 1
                _count(report, future.result())
            else:
                failed.append((partition, _describe(future)))
            future.release()
        # A partition can fail for another's sake: the scheduler counts a worker's death against every task the
        # worker held (a heartbeat missed under load, a task queued behind the one that killed it). When more than
        # one failed, each runs once more on its own and only one that fails alone is reported. (One that failed
        # alone is not run again: its retries were spent.)
        for partition, error in failed:
            if len(failed) > 1:
                future = submit(partition, "-alone")
                distributed.wait(future)
                finished = future.status == "finished"
                if finished:
                    report.completed += 1
                    _count(report, future.result())
                else:
                    error = _describe(future)
                future.release()
                if finished:
                    continue
            _record_failure(root, report, partition, error, retries)
    remove_leftovers(root)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _record_failure(root: Path, report: DaskReport, partition: Partition, error: str, retries: int) -> None:
    report.failed[partition.index] = error
    write_json(root / "partitions" / f"{partition.name}.failed.json",
               {"partition": partition.index, "files": list(partition.files), "error": error,
                "attempts": retries + 1})


def _describe(future: Any) -> str:
    try:
        exc = future.exception()
    except Exception as inner:  # noqa: BLE001 - the error itself could not be fetched; say so
        return f"{type(inner).__name__}: {inner}"
    return f"{type(exc).__name__}: {exc}" if exc is not None else f"task ended as {future.status}"


def _count(report: DaskReport, summary: dict[str, Any]) -> None:
    report.documents += int(summary["documents"])
    report.claims += int(summary["claims"])
    report.failures += int(summary["failures"])


