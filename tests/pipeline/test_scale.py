"""Parallel extraction and ingest on one machine, and the Dask path: same results as a serial run,
in the same order, with no document lost or doubled when a worker process is killed."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lossledger import extract_claims
from lossledger.errors import InputError, LossledgerError
from lossledger.model import Claim, Document
from lossledger.pipeline import Extraction, ingest
from lossledger.pipeline.processes import WorkerCrashed, extract_in_parallel, ingest_parallel
from lossledger.readers import iter_documents
from lossledger.series import general_staff_snapshot

# -- a corpus of our own ---------------------------------------------------------------------------------


def article(day: dt.date, n: int) -> str:
    """A short report quoting the General Staff's real running totals for ``day``."""
    series = general_staff_snapshot()
    personnel = series.value_on("personnel", day)
    tanks = series.value_on("tanks", day)
    artillery = series.value_on("artillery", day)
    return (
        f"Report {'abcdefghijklmnopqrstuvwxyz'[n % 26]}{'xyz'[n % 3]} from Kyiv.\n\n"
        f"Ukraine's General Staff said on {day:%B} {day.day}, {day.year} that Russia had lost about "
        f"{personnel:,.0f} troops, {tanks:,.0f} tanks and {artillery:,.0f} artillery systems since the "
        f"invasion began. Officials said {n % 9 + 2} civilians were killed by shelling overnight."
    )


def write_corpus(folder: Path, *, files: int = 4, per_file: int = 5) -> list[Path]:
    """JSON Lines files of articles; file 1 has a broken line, file 3 repeats a text of file 0."""
    folder.mkdir(parents=True, exist_ok=True)
    day0 = dt.date(2022, 7, 1)
    paths = []
    for f in range(files):
        lines = []
        for i in range(per_file):
            n = f * per_file + i
            day = day0 + dt.timedelta(days=n)
            published = None if n % 4 == 3 else day.isoformat()
            lines.append(json.dumps({"id": f"doc-{n:03d}", "text": article(day, n), "published": published}))
        if f == 1:
            lines.insert(2, '{"id": "broken", "text": "unterminated')
        if f == 3:
            lines.append(json.dumps({"id": "copy-of-0", "text": article(day0, 0), "published": None}))
        path = folder / f"news-{f}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def serial_claims(document: Document) -> list[Claim]:
    return extract_claims(document.text, published=document.published, doc_id=document.id)


def ledger_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The documents, claims and failures of a ledger, without timestamps and run ids."""
    conn = sqlite3.connect(db)
    try:
        return {
            "documents": conn.execute(
                "SELECT id, source, url, title, published, published_basis, language, content_hash, text"
                " FROM documents ORDER BY rowid"
            ).fetchall(),
            "claims": conn.execute(
                "SELECT id, doc, side, category, outcome, value, value_high, qualifier, measure, period_days,"
                " period_start, as_of, as_of_basis, claimant, claimant_text, hedged, quote, quote_start,"
                " quote_end, rule, extractor_version FROM claims ORDER BY id"
            ).fetchall(),
            "failures": conn.execute("SELECT path, location, message FROM failures ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def serial_ledger(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    report = ingest([str(p) for p in corpus], db_path=db, batch_size=3)
    assert len(report.failures) == 1 and report.documents_added == 20 and report.duplicates == 1
    return ledger_rows(db)


# -- extraction functions run in worker processes (module level, so they pickle) ---------------------------

class KillOnDoc007:
    """Extractor that SIGKILLs its worker process on doc-007: once (a marker file remembers) or always.

    A picklable object rather than a function reading the environment: worker processes may have been
    started (forkserver, Dask nanny) before a test sets anything."""

    def __init__(self, marker: str, *, always: bool = False) -> None:
        self.marker = marker
        self.always = always

    def __call__(self, document: Document) -> list[Claim]:
        marker = Path(self.marker)
        if document.id == "doc-007" and (self.always or not marker.exists()):
            marker.write_text(str(os.getpid()), encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)
        return serial_claims(document)


class KillOnFirstRuns:
    """Extractor that SIGKILLs its worker on each document of ``times`` (id -> runs killed, None for every run); a
    file per document counts its runs across worker processes."""

    def __init__(self, folder: str, times: dict[str, int | None]) -> None:
        self.folder = folder
        self.times = times

    def __call__(self, document: Document) -> list[Claim]:
        if document.id in self.times:
            runs = Path(self.folder) / document.id
            done = int(runs.read_text(encoding="utf-8")) if runs.exists() else 0
            runs.write_text(str(done + 1), encoding="utf-8")
            limit = self.times[document.id]
            if limit is None or done < limit:
                os.kill(os.getpid(), signal.SIGKILL)
        return serial_claims(document)


def raise_on_doc_004(document: Document) -> list[Claim]:
    if document.id == "doc-004":
        raise ValueError("no sense in this one")
    return serial_claims(document)


# -- one machine -------------------------------------------------------------------------------------------


def as_pairs(items: Iterator[Extraction | InputError]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for item in items:
        if isinstance(item, InputError):
            out.append(("error", str(item)))
        else:
            assert item.error is None, item.error
            out.append((item.document.id, [c.to_dict() for c in item.claims]))
    return out


def test_parallel_extraction_gives_serial_results_in_input_order(corpus: list[Path]) -> None:
    items = list(iter_documents([str(p) for p in corpus]))
    expected = [
        ("error", str(i)) if isinstance(i, InputError) else (i.id, [c.to_dict() for c in serial_claims(i)])
        for i in items
    ]
    got = as_pairs(extract_in_parallel(iter(items), workers=2, chunk_size=2, max_in_flight=3))
    assert got == expected
    assert sum(1 for kind, claims in got if kind != "error" and claims) >= 18


def test_parallel_ingest_writes_the_serial_ledger(corpus: list[Path], serial_ledger: dict[str, Any],
                                                  tmp_path: Path) -> None:
    db = tmp_path / "parallel.db"
    report = ingest_parallel([str(p) for p in corpus], db_path=db, workers=2, batch_size=3, chunk_size=2)
    assert (report.documents_added, report.duplicates, len(report.failures)) == (20, 1, 1)
    assert ledger_rows(db) == serial_ledger
    # again: everything is stored already, nothing is sent to a worker, nothing changes
    again = ingest_parallel([str(p) for p in corpus], db_path=db, workers=2, batch_size=3)
    assert (again.documents_added, again.documents_unchanged, again.claims) == (0, 20, 0)
    assert ledger_rows(db)["claims"] == serial_ledger["claims"]


def test_sigkilled_worker_is_replaced_and_its_chunk_rerun(corpus: list[Path], tmp_path: Path) -> None:
    marker = tmp_path / "killed"
    items = list(iter_documents([str(p) for p in corpus]))
    expected = as_pairs(extract_in_parallel(iter(items), workers=2, chunk_size=3))
    killer = KillOnDoc007(str(marker))
    got = as_pairs(extract_in_parallel(iter(items), workers=2, chunk_size=3, extract=killer))
    assert marker.exists(), "the worker was never killed"
    assert got == expected  # no gap, no duplicate, same order


def test_document_that_always_kills_its_worker_is_reported_not_dropped(corpus: list[Path],
                                                                      tmp_path: Path) -> None:
    items = list(iter_documents([str(p) for p in corpus]))
    out = list(extract_in_parallel(iter(items), workers=2, chunk_size=3, max_retries=1,
                                   extract=KillOnDoc007(str(tmp_path / "m"), always=True)))
    assert len(out) == len(items)
    crashed = [o for o in out if isinstance(o, Extraction) and o.error is not None]
    assert [c.document.id for c in crashed] == ["doc-007"]
    assert isinstance(crashed[0].error, WorkerCrashed)
    assert all(o.claims for o in out if isinstance(o, Extraction) and o.error is None)


def test_extractor_exception_fails_only_its_document(corpus: list[Path]) -> None:
    items = list(iter_documents([str(p) for p in corpus]))
    out = [o for o in extract_in_parallel(iter(items), workers=2, extract=raise_on_doc_004)
           if isinstance(o, Extraction)]
    failed = [o for o in out if o.error is not None]
    assert [(o.document.id, str(o.error)) for o in failed] == [("doc-004", "no sense in this one")]
    assert len(out) == 20


# -- Dask ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    import dask

    from lossledger.pipeline.dask import LOCAL_CLUSTER_CONFIG, LOCAL_CLUSTER_KWARGS

    # LOCAL_CLUSTER_KWARGS: no fixed port, so a concurrent run holding Dask's 8787 does not get in the way
    with dask.config.set(LOCAL_CLUSTER_CONFIG), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, silence_logs=50, **LOCAL_CLUSTER_KWARGS) as cluster:
        yield cluster.scheduler_address


def test_plan_partitions_keeps_file_order_and_whole_files(corpus: list[Path]) -> None:
    from lossledger.pipeline.shards import plan_partitions

    folder = str(corpus[0].parent)
    parts = plan_partitions([folder], target_bytes=1, workers=1)
    assert [p.files for p in parts] == [(str(p),) for p in corpus]
    # small inputs are cut so that every worker gets several partitions; files stay whole and in order
    two = plan_partitions([folder], workers=1, target_bytes=sum(p.stat().st_size for p in corpus[:2]) + 1)
    assert [f for p in two for f in p.files] == [str(p) for p in corpus]
    assert [p.index for p in two] == list(range(len(two)))
    with pytest.raises(LossledgerError, match="standard input"):
        plan_partitions(["-"])


def test_dask_shards_merge_into_the_serial_ledger(corpus: list[Path], serial_ledger: dict[str, Any],
                                                  dask_cluster: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from lossledger.pipeline.dask import run_dask
    from lossledger.pipeline.shards import ingest_shards

    shards = tmp_path / "shards"
    report = run_dask([str(p) for p in corpus], out_dir=shards, address=dask_cluster, target_bytes=1)
    assert (report.partitions, report.completed, report.failed, report.failures) == (4, 4, {}, 1)
    # readers dedupe within a partition only: the copy in file 3 is still in its shard
    assert report.documents == 21
    claims = pq.read_table(shards / "claims").to_pylist()  # analysts read the folder directly
    assert {c["doc"] for c in claims} >= {f"doc-{n:03d}" for n in range(20)}
    db = tmp_path / "dask.db"
    merged = ingest_shards(shards, db_path=db, batch_size=3)
    assert (merged.documents_added, merged.duplicates, len(merged.failures)) == (20, 1, 1)
    assert ledger_rows(db) == serial_ledger
    # a second run over the same folder resumes: every partition is complete, none runs again
    again = run_dask([str(p) for p in corpus], out_dir=shards, address=dask_cluster, target_bytes=1)
    assert (again.resumed, again.completed) == (4, 0)


def test_dask_worker_killed_mid_partition_leaves_no_gap_or_duplicate(
    corpus: list[Path], serial_ledger: dict[str, Any], dask_cluster: str, tmp_path: Path
) -> None:
    from lossledger.pipeline.dask import run_dask
    from lossledger.pipeline.shards import ingest_shards

    marker = tmp_path / "killed"
    shards = tmp_path / "shards"
    report = run_dask([str(p) for p in corpus], out_dir=shards, address=dask_cluster, target_bytes=1,
                      extract=KillOnDoc007(str(marker)))
    assert marker.exists(), "the worker was never killed"
    assert report.failed == {} and report.completed == 4
    assert not list(shards.rglob("*.tmp"))
    db = tmp_path / "dask.db"
    ingest_shards(shards, db_path=db, batch_size=3)
    assert ledger_rows(db) == serial_ledger


def test_dask_partition_that_keeps_failing_is_reported_with_its_files(
    corpus: list[Path], dask_cluster: str, tmp_path: Path
) -> None:
    from lossledger.pipeline.dask import run_dask
    from lossledger.pipeline.shards import ingest_shards

    shards = tmp_path / "shards"
    report = run_dask([str(p) for p in corpus], out_dir=shards, address=dask_cluster, target_bytes=1,
                      extract=KillOnDoc007(str(tmp_path / "m"), always=True))
    assert list(report.failed) == [1] and report.completed == 3 and not report.ok
    merged = ingest_shards(shards, db_path=tmp_path / "l.db")
    missing = [f for f in merged.failures if f.location == "partition 1"]
    assert [f.path for f in missing] == [str(corpus[1])]
    assert "failed after retries" in str(missing[0])
    assert merged.documents_added == 15  # the other partitions are all there


def test_dask_partition_given_up_with_a_bad_one_runs_again_alone(corpus: list[Path], tmp_path: Path) -> None:
    """Two partitions given up after their workers died: the one that fails only alongside the other (here it kills
    its first two workers, as a worker lost under load would) is run once more on its own and its documents are
    kept; the one that kills every worker is reported with its files."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    from lossledger.pipeline.dask import run_dask
    from lossledger.pipeline.shards import ingest_shards

    runs = tmp_path / "runs"
    runs.mkdir()
    shards = tmp_path / "shards"
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):  # given up after two deaths, not four
        report = run_dask([str(p) for p in corpus], out_dir=shards, address="local", workers=2, target_bytes=1,
                          extract=KillOnFirstRuns(str(runs), {"doc-007": None, "doc-012": 2}))
    assert list(report.failed) == [1] and report.completed == 3 and not report.ok
    # killed twice, then read alone; once more if a worker dies holding the finished result (the scheduler recomputes)
    assert int((runs / "doc-012").read_text(encoding="utf-8")) >= 3
    merged = ingest_shards(shards, db_path=tmp_path / "l.db")
    assert [f.path for f in merged.failures if f.location == "partition 1"] == [str(corpus[1])]
    assert merged.documents_added == 15


@contextlib.contextmanager
def workerless_cluster() -> Iterator[Any]:
    """A LocalCluster with no worker, as one is left when its nannies were closed one by one (with Dask's settings a
    LocalCluster closes a nanny whose worker it finds gone 15 s after a death). Its own, not ``dask_cluster``, which
    must keep its workers."""
    distributed = pytest.importorskip("distributed")
    from lossledger.pipeline.dask import LOCAL_CLUSTER_KWARGS

    with distributed.LocalCluster(n_workers=0, threads_per_worker=1, silence_logs=50,
                                  **LOCAL_CLUSTER_KWARGS) as cluster:
        yield cluster


def test_dask_cluster_without_workers_fails_every_partition_then_a_rerun_completes_them(
    corpus: list[Path], serial_ledger: dict[str, Any], tmp_path: Path
) -> None:
    """A run on a cluster with no worker returns once there has been none for ``no_worker_timeout`` s, each partition
    reported failed with the cause and its file; once a worker joins, the same run completes every one of them, and
    the ledger is the serial one (nothing lost, nothing twice)."""
    from lossledger.pipeline.dask import run_dask
    from lossledger.pipeline.shards import ingest_shards

    shards = tmp_path / "shards"
    with workerless_cluster() as cluster:
        started = time.monotonic()
        report = run_dask([str(p) for p in corpus], out_dir=shards, address=cluster.scheduler_address,
                          target_bytes=1, no_worker_timeout=1)
        waited = time.monotonic() - started
        merged = ingest_shards(shards, db_path=tmp_path / "none.db")
        cluster.scale(1)  # the next run waits for this worker to start (well within the default no_worker_timeout)
        again = run_dask([str(p) for p in corpus], out_dir=shards, address=cluster.scheduler_address, target_bytes=1)
    assert 1 <= waited < 1 + 20  # the margin covers connecting and closing a client on a loaded machine
    assert (report.completed, report.ok) == (0, False)
    assert report.failed == {
        index: f"no worker for 1 s (the scheduler has none left): partition {index} not finished ({path})"
        for index, path in enumerate(corpus)
    }
    assert merged.documents_added == 0
    assert sorted(f.path for f in merged.failures) == sorted(str(p) for p in corpus)
    assert all("no worker for 1 s" in str(f) for f in merged.failures)

    assert (again.resumed, again.completed, again.failed) == (0, 4, {})
    db = tmp_path / "dask.db"
    ingest_shards(shards, db_path=db, batch_size=3)
    assert ledger_rows(db) == serial_ledger


def test_dask_scheduler_gone_mid_run_fails_every_open_partition_at_once(corpus: list[Path], tmp_path: Path) -> None:
    """A scheduler that goes away while the partitions wait on it: each is reported failed with the lost connection
    as the cause, at once (not after ``no_worker_timeout``), and none is sent again to the client left behind."""
    distributed = pytest.importorskip("distributed")
    from lossledger.pipeline.dask import LOCAL_CLUSTER_KWARGS, run_dask

    cluster = distributed.LocalCluster(n_workers=0, silence_logs=50, **LOCAL_CLUSTER_KWARGS)

    def close_once_the_run_waits() -> None:
        deadline = time.monotonic() + 60
        while len(cluster.scheduler.tasks) < len(corpus) and time.monotonic() < deadline:
            time.sleep(0.05)
        cluster.close()

    closer = threading.Thread(target=close_once_the_run_waits)
    closer.start()
    try:
        report = run_dask([str(p) for p in corpus], out_dir=tmp_path / "shards", address=cluster.scheduler_address,
                          target_bytes=1, no_worker_timeout=120)
    finally:
        closer.join()
        cluster.close()
    assert report.seconds < 60
    assert sorted(report.failed) == [0, 1, 2, 3] and report.completed == 0
    assert all("scheduler-connection-lost" in error for error in report.failed.values())


def test_dask_local_cluster_needs_no_fixed_port(corpus: list[Path], tmp_path: Path) -> None:
    """The LocalCluster run_dask starts binds no fixed port: with Dask's dashboard port 8787 held by another
    program (or by another run on the machine), it neither meets it nor warns about it."""
    pytest.importorskip("distributed")
    import socket
    import warnings

    from lossledger.pipeline.dask import run_dask

    holder = socket.socket()
    with contextlib.suppress(OSError):  # if 8787 is taken already, someone else holds it for us
        holder.bind(("0.0.0.0", 8787))
        holder.listen()
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            report = run_dask([str(corpus[0])], out_dir=tmp_path / "shards", address="local", workers=1)
    finally:
        holder.close()
    assert report.ok and report.documents == 5
    assert not [w for w in seen if "8787" in str(w.message)]


def test_dask_missing_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch, corpus: list[Path],
                                          tmp_path: Path) -> None:
    import sys

    from lossledger.pipeline.dask import DaskUnavailable, run_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(DaskUnavailable, match=r"pip install 'lossledger\[dask\]'"):
        run_dask([str(corpus[0])], out_dir=tmp_path / "s")


def test_merge_refuses_a_folder_without_manifest(tmp_path: Path) -> None:
    from lossledger.pipeline.shards import ingest_shards

    with pytest.raises(LossledgerError, match="no manifest.json"):
        ingest_shards(tmp_path, db_path=tmp_path / "l.db")


# -- the command line ----------------------------------------------------------------------------------


def test_cli_extract_with_workers_prints_what_one_worker_prints(corpus: list[Path]) -> None:
    from click.testing import CliRunner

    from lossledger.cli import cli

    runner = CliRunner()
    args = ["extract", *(str(p) for p in corpus)]
    one = runner.invoke(cli, [*args, "--workers", "1"])
    two = runner.invoke(cli, [*args, "--workers", "2"])
    assert one.exit_code == two.exit_code == 1  # the broken line is reported, the rest is extracted
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 40


def test_cli_dask_extract_then_ingest_from_parquet(corpus: list[Path], serial_ledger: dict[str, Any],
                                                   dask_cluster: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lossledger.cli import cli

    runner = CliRunner()
    shards = tmp_path / "shards"
    extracted = runner.invoke(cli, ["extract", *(str(p) for p in corpus), "--dask", dask_cluster,
                                    "--shards", str(shards)])
    assert extracted.exit_code == 1, extracted.output  # one unreadable line, recorded in the failures shard
    assert "21 documents" in extracted.stderr and (shards / "manifest.json").exists()
    db = tmp_path / "l.db"
    merged = runner.invoke(cli, ["ingest", "--from-parquet", str(shards), "--db", str(db)])
    assert merged.exit_code == 1 and "20 added" in merged.stdout and "not JSON" in merged.stderr
    rows = ledger_rows(db)
    assert rows["documents"] == serial_ledger["documents"] and rows["claims"] == serial_ledger["claims"]
    nothing = runner.invoke(cli, ["ingest", "--db", str(db)])
    assert nothing.exit_code == 1 and "no input" in nothing.output


def test_cli_dask_ingest_on_a_cluster_without_workers_exits_1_naming_the_cause(
    corpus: list[Path], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from lossledger.cli import cli

    db = tmp_path / "l.db"
    with workerless_cluster() as cluster:
        result = CliRunner().invoke(cli, ["ingest", str(corpus[0]), "--db", str(db), "--dask",
                                          cluster.scheduler_address, "--no-worker-timeout", "0.5"])
    assert result.exit_code == 1, result.output
    assert "no worker for 0.5 s" in result.stderr and str(corpus[0]) in result.stderr
    from lossledger.pipeline.dask import DEFAULT_NO_WORKER_TIMEOUT

    # the option repeats run_dask's default (the CLI does not import the Dask module for it: it imports pyarrow)
    option = next(param for param in cli.commands["ingest"].params if param.name == "no_worker_timeout")
    assert option.default == DEFAULT_NO_WORKER_TIMEOUT


def test_whole_file_partitions_on_local_workers_write_the_serial_ledger(
    corpus: list[Path], serial_ledger: dict[str, Any], tmp_path: Path
) -> None:
    from lossledger.pipeline.processes import plan_local_partitions
    from lossledger.pipeline.scaled import ingest_scaled

    assert plan_local_partitions([str(p) for p in corpus], workers=2) is not None  # 4 files, 2 workers
    assert plan_local_partitions([str(corpus[0])], workers=2) is None  # one file streams instead
    db = tmp_path / "l.db"
    report = ingest_scaled([str(p) for p in corpus], db_path=db, workers=2)
    assert (report.documents_added, report.duplicates, len(report.failures)) == (20, 1, 1)
    rows = ledger_rows(db)
    assert rows["documents"] == serial_ledger["documents"] and rows["claims"] == serial_ledger["claims"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".lossledger-shards-")]


def test_local_partition_killed_once_is_rerun_and_one_that_always_kills_is_reported(
    corpus: list[Path], serial_ledger: dict[str, Any], tmp_path: Path
) -> None:
    from lossledger.pipeline.processes import run_partitions
    from lossledger.pipeline.shards import ingest_shards, plan_partitions

    parts = plan_partitions([str(p) for p in corpus], target_bytes=1)
    once = run_partitions(parts, out_dir=tmp_path / "once", workers=2,
                          extract=KillOnDoc007(str(tmp_path / "killed")))
    assert once == {} and (tmp_path / "killed").exists()
    ingest_shards(tmp_path / "once", db_path=tmp_path / "once.db", batch_size=3)
    assert ledger_rows(tmp_path / "once.db") == serial_ledger
    always = run_partitions(parts, out_dir=tmp_path / "always", workers=2, max_retries=1,
                            extract=KillOnDoc007(str(tmp_path / "m"), always=True))
    assert list(always) == [1] and "died each of the 2 times" in always[1]
    merged = ingest_shards(tmp_path / "always", db_path=tmp_path / "always.db")
    assert [f.path for f in merged.failures if f.location == "partition 1"] == [str(corpus[1])]
    assert merged.documents_added == 15


def test_a_merge_reads_each_partition_as_soon_as_it_and_those_before_it_are_finished(
    corpus: list[Path], tmp_path: Path
) -> None:
    from lossledger.pipeline.processes import InOrder, run_partitions
    from lossledger.pipeline.shards import iter_shards, plan_partitions

    parts = plan_partitions([str(p) for p in corpus], target_bytes=1)
    assert len(parts) == 4
    run_partitions(parts, out_dir=tmp_path / "s", workers=1)
    asked: list[int] = []
    items = iter_shards(tmp_path / "s", wait_for=asked.append)
    next(items)
    assert asked == [0]  # the first document came out before anything asked for partitions 1 to 3
    list(items)
    assert asked == [0, 1, 2, 3]

    # partitions finishing out of order: waiting for 0 runs until 0 is done, not until all are
    finished: list[int] = []

    def runs() -> Iterator[tuple[int, str | None]]:
        for index in (2, 0, 3, 1):
            finished.append(index)
            yield index, None
        finished.append(-1)  # the run's end

    in_order = InOrder(runs())
    in_order.wait_for(0)
    assert finished == [2, 0]
    in_order.wait_for(2)
    assert finished == [2, 0]
    in_order.wait_for(1)
    assert finished == [2, 0, 3, 1]
    in_order.wait_for(7)  # never finished: returns at the run's end (the reader reports it missing)
    assert finished[-1] == -1


def test_stopping_a_merge_early_cancels_the_partitions_not_yet_run(corpus: list[Path], tmp_path: Path) -> None:
    from lossledger.pipeline.processes import InOrder, partition_runs
    from lossledger.pipeline.shards import plan_partitions

    parts = plan_partitions([str(p) for p in corpus], target_bytes=1)
    in_order = InOrder(partition_runs(parts, out_dir=tmp_path, workers=1))
    in_order.wait_for(0)
    in_order.close()
    done = sorted(p.name for p in (tmp_path / "partitions").glob("*.json"))
    assert parts[0].name + ".json" in done and len(done) < len(parts)
