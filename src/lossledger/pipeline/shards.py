"""Parquet shards: partitions of the input extracted into shards, their manifest, and merging them.

Both the local worker pools (``processes``) and a Dask cluster (``dask``) run ``extract_partition``;
this module knows neither of them, and needs no Dask.

The input files are grouped into partitions (whole files, in the readers' order, of about
``target_bytes`` each). ``extract_partition`` is a pure function of one partition: it reads the files,
extracts every document and writes three Parquet shards (documents, claims, failures) plus a small JSON
summary, which is written last and so marks the partition complete. Each file is first written under a
temporary name and then renamed, so a worker killed mid-partition leaves no half shard; the scheduler
runs the partition again (``retries`` for exceptions, Dask's ``allowed-failures`` for dead workers).
A partition that still fails is recorded in ``partitions/part-NNNNN.failed.json`` and reported, with
its files, by ``ingest_shards``: nothing is lost silently. Running again over the same output folder
only runs the partitions that are not complete.

``ingest_shards`` merges the shards into a ledger in partition order, dropping texts seen in an earlier
partition (the readers drop repeats within one), so the ledger is the one a serial ingest of the same
input gives. The shard schema is in ``docs/scaling.md``; Dask, DuckDB or pandas read it directly.

Only ``dask.run_dask`` needs Dask (``pip install lossledger[dask]``); it is imported there, lazily.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..errors import InputError, LossledgerError
from ..model import CLAIM_FIELD_TYPES, CLAIM_RECORD_FIELDS, Claim, Document
from .serial import DocumentExtractor, Extraction, Precomputed, default_extract, extractor_version

if TYPE_CHECKING:
    from ..ledger import IngestReport, ProgressFn
    from ..readers import ReaderOptions

__all__ = [
    "CLAIM_SCHEMA",
    "DOCUMENT_SCHEMA",
    "FAILURE_SCHEMA",
    "Partition",
    "ShardStats",
    "extract_partition",
    "ingest_shards",
    "iter_shards",
    "shard_manifest",
    "plan_partitions",
    "read_summary",
    "remove_leftovers",
    "write_json",
]

#: Version of the shard layout; bumped when a column changes meaning.
SHARD_FORMAT = 1

#: Bytes of input per partition: a few minutes of work for one core, small enough that a lost partition
#: is cheap to redo and that there are several partitions per worker to balance the load.
DEFAULT_PARTITION_BYTES = 32 * 1024 * 1024

#: Partitions per worker the planner aims for when the input is small next to the cluster.
PARTITIONS_PER_WORKER = 4

#: Documents per Parquet row group (and per write): keeps a worker's memory flat whatever the partition.
ROW_GROUP_DOCUMENTS = 1_000
DOCUMENT_SCHEMA = pa.schema(
    [
        ("partition", pa.int32()),
        ("seq", pa.int64()),
        ("id", pa.string()),
        ("text", pa.large_string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("published", pa.date32()),
        ("published_basis", pa.string()),
        ("language", pa.string()),
        ("origin", pa.string()),
        ("content_hash", pa.string()),
    ]
)

#: The Arrow type of each type of claim field (``model.CLAIM_FIELD_TYPES``).
_ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_(), dt.date: pa.date32(),
}

#: A claims shard: where its document is in the partition, the claim's record fields, the extractor.
CLAIM_SCHEMA = pa.schema(
    [
        ("partition", pa.int32()),
        ("doc_seq", pa.int64()),
        *((name, _ARROW_TYPES[kind]) for name, kind in CLAIM_FIELD_TYPES.items()),
        ("extractor_version", pa.string()),
    ]
)

FAILURE_SCHEMA = pa.schema(
    [
        ("partition", pa.int32()),
        ("seq", pa.int64()),
        ("kind", pa.string()),  # "input" (a file or record could not be read) or "extraction"
        ("doc", pa.string()),
        ("path", pa.string()),
        ("location", pa.string()),
        ("message", pa.string()),
    ]
)

@dataclass(frozen=True)
class Partition:
    """Whole input files extracted together by one task."""

    index: int
    files: tuple[str, ...]
    bytes: int
    #: The name of each file in the whole input (``readers.input_names``): ids stay those of a serial run.
    names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def plan_partitions(
    paths: Sequence[str], *, target_bytes: int = DEFAULT_PARTITION_BYTES, workers: int = 1,
    per_worker: int = PARTITIONS_PER_WORKER,
) -> list[Partition]:
    """Group the input files (``readers.list_inputs`` order) into partitions of about ``target_bytes``.

    The target shrinks for small inputs so that each of ``workers`` gets ``per_worker`` partitions.
    A file is never split: a single huge file is one partition (split it beforehand).
    """
    from ..readers import input_names

    named = input_names(list(paths))
    files = [path for path, _name in named]
    if "-" in files:
        raise LossledgerError("standard input ('-') cannot be partitioned for Dask; write it to a file first")
    sizes = [_size(f) for f in files]
    total = sum(sizes)
    target = max(1, min(target_bytes, total // max(1, workers * per_worker)))
    partitions: list[Partition] = []
    group: list[tuple[str, str]] = []
    group_bytes = 0

    def close_group() -> None:
        partitions.append(Partition(len(partitions), tuple(p for p, _ in group), group_bytes,
                                    tuple(n for _, n in group)))

    for (path, name), size in zip(named, sizes, strict=True):
        if group and group_bytes + size > target:
            close_group()
            group, group_bytes = [], 0
        group.append((path, name))
        group_bytes += size
    if group:
        close_group()
    return partitions


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # a missing file still gets a partition, whose reader reports it


# -- one partition (runs on a worker) --------------------------------------------------------------------


class _ShardWriter:
    """Rows of one shard, written in row groups under a temporary name, renamed when complete."""

    def __init__(self, final: Path, schema: pa.Schema) -> None:
        self.final = final
        self.schema = schema
        self.temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
        self.rows: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = pq.ParquetWriter(self.temporary, schema, compression="zstd")

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)

    def flush(self) -> None:
        if self.rows and self.writer is not None:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def commit(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        os.replace(self.temporary, self.final)

    def abandon(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):
                self.writer.close()
            self.writer = None
        with contextlib.suppress(OSError):
            self.temporary.unlink()


def write_json(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)


def extract_partition(
    partition: Partition,
    *,
    out_dir: str,
    reader_options: ReaderOptions | None = None,
    profile: str | None = None,
    extract: DocumentExtractor | None = None,
) -> dict[str, Any]:
    """Read and extract one partition into its Parquet shards under ``out_dir``; return its summary.

    Bad inputs and documents whose extraction raised become rows of the failures shard (the run goes on).
    Anything else (a full disk, a dead worker) fails the task, which Dask then retries.
    """
    from ..ledger import content_hash
    from ..profiles import load_profile
    from ..readers import ReadStats, iter_documents
    from .serial import reader_options_for

    started = time.perf_counter()
    reader_options = reader_options_for(load_profile(profile), reader_options)
    root = Path(out_dir)
    version = extractor_version()
    stats = ReadStats()
    writers = {
        "documents": _ShardWriter(root / "documents" / f"{partition.name}.parquet", DOCUMENT_SCHEMA),
        "claims": _ShardWriter(root / "claims" / f"{partition.name}.parquet", CLAIM_SCHEMA),
        "failures": _ShardWriter(root / "failures" / f"{partition.name}.parquet", FAILURE_SCHEMA),
    }
    counts: Counter[str] = Counter()
    try:
        names = dict(zip(partition.files, partition.names, strict=True)) if partition.names else None
        items = iter_documents(list(partition.files), options=reader_options, stats=stats, names=names)
        for seq, item in enumerate(items):
            if isinstance(item, InputError):
                writers["failures"].add(_failure_row(partition.index, seq, "input", None, item))
                counts["failures"] += 1
                continue
            try:
                claims = extract(item) if extract is not None else default_extract(item, profile)
            except Exception as exc:  # one bad document fails alone, recorded like a serial run does
                error = InputError(f"extraction failed: {type(exc).__name__}: {exc}",
                                   path=item.origin or item.id)
                writers["failures"].add(_failure_row(partition.index, seq, "extraction", item.id, error))
                counts["failures"] += 1
                continue
            writers["documents"].add(_document_row(partition.index, seq, item, content_hash(item.text)))
            for claim in claims:
                writers["claims"].add(_claim_row(partition.index, seq, item.id, claim, version))
            counts["documents"] += 1
            counts["claims"] += len(claims)
            if counts["documents"] % ROW_GROUP_DOCUMENTS == 0:
                for writer in writers.values():
                    writer.flush()
        for writer in writers.values():
            writer.commit()
    except BaseException:
        for writer in writers.values():
            writer.abandon()
        raise
    summary = {
        "partition": partition.index,
        "files": list(partition.files),
        "bytes": partition.bytes,
        "documents": counts["documents"],
        "claims": counts["claims"],
        "failures": counts["failures"],
        "skipped": dict(stats.skipped),
        # which documents were left out for their language, so a merged run can still list them
        "language_skips": [[item, reason] for item, reason in stats.skipped_items if reason.startswith("language:")],
        "duplicates": stats.duplicates,
        "extractor_version": version,
        "seconds": round(time.perf_counter() - started, 3),
        "pid": os.getpid(),
        "host": os.uname().nodename,
    }
    # Written last: its presence is what says the partition is complete.
    write_json(root / "partitions" / f"{partition.name}.json", summary)
    return summary


def _document_row(partition: int, seq: int, document: Document, digest: str) -> dict[str, Any]:
    return {
        "partition": partition, "seq": seq, "id": document.id, "text": document.text,
        "title": document.title, "url": document.url, "published": document.published,
        "published_basis": document.published_basis, "language": document.language,
        "origin": document.origin, "content_hash": digest,
    }


def _claim_row(partition: int, seq: int, doc_id: str, claim: Claim, version: str) -> dict[str, Any]:
    row: dict[str, Any] = {"partition": partition, "doc_seq": seq, "extractor_version": version}
    for name in CLAIM_RECORD_FIELDS:
        row[name] = getattr(claim, name)
    row["doc"] = doc_id
    return row


def _failure_row(partition: int, seq: int, kind: str, doc: str | None, error: InputError) -> dict[str, Any]:
    return {
        "partition": partition, "seq": seq, "kind": kind, "doc": doc, "path": error.path,
        "location": error.location, "message": getattr(error, "message", str(error)),
    }


def shard_manifest(partitions: list[Partition], reader_options: ReaderOptions | None,
              profile: str | None) -> dict[str, Any]:
    return {
        "format": SHARD_FORMAT,
        "lossledger_version": __version__,
        "extractor_version": extractor_version(),
        "profile": profile,
        "reader_options": dataclasses.asdict(reader_options) if reader_options is not None else None,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "partitions": [{"index": p.index, "files": list(p.files), "bytes": p.bytes, "names": list(p.names)}
                       for p in partitions],
    }


def read_summary(root: Path, partition: Partition) -> dict[str, Any] | None:
    """The partition's summary if it completed over the same files with this extractor, else None."""
    path = root / "partitions" / f"{partition.name}.json"
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(summary, dict) or summary.get("files") != list(partition.files):
        return None
    return summary if summary.get("extractor_version") == extractor_version() else None


def remove_leftovers(root: Path) -> None:
    """Temporary files of attempts that were killed before they could rename them."""
    for sub in ("documents", "claims", "failures", "partitions"):
        for leftover in (root / sub).glob(".*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


# -- merging the shards ----------------------------------------------------------------------------------


@dataclass
class ShardStats:
    """What reading the shards found: duplicates across partitions, skipped records, missing partitions."""

    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    missing: list[int] = field(default_factory=list)
    #: (where, "language:xx") of each document a partition left out for its language.
    language_skips: list[tuple[str, str]] = field(default_factory=list)


def _load_manifest(root: Path) -> dict[str, Any]:
    path = root / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LossledgerError(f"{root}: no manifest.json here; not a folder of lossledger shards") from exc
    except (OSError, ValueError) as exc:
        raise LossledgerError(f"{path}: cannot read the shard manifest: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != SHARD_FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise LossledgerError(f"{path}: unknown shard format {found!r} (expected {SHARD_FORMAT})")
    return manifest


def _batches(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    shard = pq.ParquetFile(path)
    for batch in shard.iter_batches(batch_size=ROW_GROUP_DOCUMENTS):
        yield from batch.to_pylist()


def _claim_rows(path: Path) -> Iterator[tuple[int, Claim]]:
    """(document seq, claim) of a claims shard. Read column by column: pyarrow's ``to_pylist`` builds a
    dict per row in Python, which made reading the claims most of a merge's work."""
    if not path.exists():
        return
    shard = pq.ParquetFile(path)
    for batch in shard.iter_batches(batch_size=ROW_GROUP_DOCUMENTS, columns=["doc_seq", *CLAIM_RECORD_FIELDS]):
        columns = batch.to_pydict()
        for doc_seq, *values in zip(*(columns[name] for name in ("doc_seq", *CLAIM_RECORD_FIELDS)), strict=True):
            yield doc_seq, Claim(*values)


def iter_shards(
    out_dir: str | os.PathLike[str],
    *,
    stats: ShardStats | None = None,
    wait_for: Callable[[int], None] | None = None,
) -> Iterator[Extraction | InputError]:
    """Every document with its claims, and every failure, of the shards in ``out_dir``, in input order.

    A text already seen in an earlier partition is dropped (counted in ``stats.duplicates``). A
    partition that did not complete yields an ``InputError`` for each of its files. ``wait_for(index)``,
    if given, is called before a partition is read and returns once that partition is finished: a run
    still writing later partitions can be merged meanwhile.
    """
    root = Path(out_dir)
    manifest = _load_manifest(root)
    stats = stats if stats is not None else ShardStats()
    seen: set[bytes] = set()
    for entry in manifest["partitions"]:
        partition = Partition(int(entry["index"]), tuple(entry["files"]), int(entry["bytes"]))
        if wait_for is not None:
            wait_for(partition.index)
        summary_path = root / "partitions" / f"{partition.name}.json"
        if not summary_path.exists():
            stats.missing.append(partition.index)
            yield from _missing_partition(root, partition)
            continue
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        stats.skipped.update(summary.get("skipped", {}))
        stats.language_skips.extend((str(item), str(reason)) for item, reason in summary.get("language_skips", []))
        stats.duplicates += int(summary.get("duplicates", 0))
        yield from _partition_items(root, partition, seen, stats)


def _missing_partition(root: Path, partition: Partition) -> Iterator[InputError]:
    failed = root / "partitions" / f"{partition.name}.failed.json"
    try:
        reason = json.loads(failed.read_text(encoding="utf-8")).get("error", "unknown error")
        message = (f"partition {partition.index} failed after retries ({reason}); "
                   "its documents were not extracted")
    except (OSError, ValueError):
        message = f"partition {partition.index} did not complete; its documents were not extracted"
    for path in partition.files:
        yield InputError(message + " (run the extraction again to retry it)", path=path,
                         location=f"partition {partition.index}")


def _partition_items(
    root: Path, partition: Partition, seen: set[bytes], stats: ShardStats
) -> Iterator[Extraction | InputError]:
    documents = _batches(root / "documents" / f"{partition.name}.parquet")
    claims = _claim_rows(root / "claims" / f"{partition.name}.parquet")
    failures = _batches(root / "failures" / f"{partition.name}.parquet")
    next_claim = next(claims, None)
    next_failure = next(failures, None)
    for row in documents:
        while next_failure is not None and next_failure["seq"] < row["seq"]:
            yield _failure(next_failure)
            next_failure = next(failures, None)
        own: list[Claim] = []
        while next_claim is not None and next_claim[0] == row["seq"]:
            own.append(next_claim[1])
            next_claim = next(claims, None)
        digest = hashlib.blake2b(row["text"].encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in seen:
            stats.duplicates += 1
            continue
        seen.add(digest)
        yield Extraction(_document(row), own)
    while next_failure is not None:
        yield _failure(next_failure)
        next_failure = next(failures, None)


def _document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"], published=row["published"],
        published_basis=row["published_basis"], language=row["language"], origin=row["origin"],
    )


def _failure(row: dict[str, Any]) -> InputError:
    return InputError(row["message"], path=row["path"], location=row["location"])


def ingest_shards(
    out_dir: str | os.PathLike[str],
    *,
    db_path: str | os.PathLike[str],
    reextract: bool = False,
    batch_size: int | None = None,
    wait_for: Callable[[int], None] | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Merge the Parquet shards in ``out_dir`` into the ledger at ``db_path``; record the run.

    The ledger's rules apply as in ``pipeline.ingest``: documents stored with the same text are skipped
    (``reextract`` replaces them with the shards' claims), one transaction per batch, failures recorded.
    Shards from another extractor version are refused (re-extract them with this one). ``wait_for`` is
    as in ``iter_shards``.
    """
    from ..ledger import DEFAULT_BATCH_SIZE, Ledger, run_ingest

    root = Path(out_dir)
    manifest = _load_manifest(root)
    if manifest.get("extractor_version") != extractor_version():
        raise LossledgerError(
            f"{root}: shards were extracted by extractor version {manifest.get('extractor_version')!r}, this "
            f"lossledger has {extractor_version()!r}; run the extraction again with this version"
        )
    batch = batch_size or DEFAULT_BATCH_SIZE
    stats = ShardStats()
    with Ledger.open(db_path) as ledger:
        run_id = ledger.start_run("ingest", {"from_parquet": str(root), "reextract": reextract})
        precomputed = Precomputed(keep=batch * 4, profile=manifest.get("profile"))
        return run_ingest(ledger, run_id, precomputed.feed(iter_shards(root, stats=stats, wait_for=wait_for)), stats,
                          db_path=db_path, reextract=reextract, batch_size=batch, extract=precomputed,
                          extractor_version=extractor_version(), progress=progress)
