"""From input paths to claims in one process: the readers feed the extractor, one document at a time.

``extract_paths`` is what ``lossledger extract`` runs. It streams: a document is read, its claims
are extracted and yielded, and nothing else is kept, so memory stays flat however large the input.
Bad inputs come through as ``InputError`` items in order, so the caller can report them and go on.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .. import __version__
from .. import extract as extract_package
from ..errors import InputError
from ..extract import extract_claims
from ..ledger import DEFAULT_BATCH_SIZE, DEFAULT_DB, IngestReport, Ledger, ProgressFn, run_ingest
from ..model import CLAIM_RECORD_FIELDS, SPEC_FIELDS, Claim, Document
from ..profiles import Profile, load_profile
from ..readers import ReaderOptions, ReadStats, iter_documents
from ..sanitize import csv_row, json_line

__all__ = ["Extracted", "ExtractSummary", "extract_paths", "claims_to_csv", "claims_to_jsonl", "CLAIM_COLUMNS",
           "language_skips", "reader_options_for", "DocumentExtractor", "Extraction", "Precomputed",
           "default_extract", "extractor_version", "ingest"]

#: Output columns: the spec's fields, then the evidence (offsets, rule, how as_of was found).
CLAIM_COLUMNS: tuple[str, ...] = (*SPEC_FIELDS, *(name for name in CLAIM_RECORD_FIELDS if name not in SPEC_FIELDS))


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document and the claims read from it."""

    document: Document
    claims: list[Claim]


@dataclass
class ExtractSummary:
    """Counts for the closing summary of a run."""

    documents: int = 0
    claims: int = 0
    failures: list[InputError] = field(default_factory=list)
    reading: ReadStats = field(default_factory=ReadStats)

    @property
    def failed(self) -> bool:
        return bool(self.failures)


def extract_paths(
    paths: Sequence[str],
    *,
    profile: Profile | str | None = None,
    reader_options: ReaderOptions | None = None,
    summary: ExtractSummary | None = None,
) -> Iterator[Extracted | InputError]:
    """Read ``paths`` and yield each document with its claims, or the error that stopped a file/record."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    summary = summary if summary is not None else ExtractSummary()
    options = reader_options_for(prof, reader_options)
    for item in iter_documents(paths, options=options, stats=summary.reading):
        if isinstance(item, InputError):
            summary.failures.append(item)
            yield item
            continue
        try:
            claims = extract_claims(item.text, published=item.published, doc_id=item.id, profile=prof,
                                    language=item.language, url=item.url)
        except Exception as exc:  # one bad document must not stop the run: it fails alone, as in ingest
            failure = InputError(f"extraction failed: {type(exc).__name__}: {str(exc)[:300]}",
                                 path=item.origin or item.id)
            summary.failures.append(failure)
            yield failure
            continue
        summary.documents += 1
        summary.claims += len(claims)
        yield Extracted(item, claims)


def reader_options_for(profile: Profile, options: ReaderOptions | None) -> ReaderOptions:
    """The reading options, keeping the profile's languages unless the options name their own."""
    options = options or ReaderOptions()
    if options.languages is None:
        options = dataclasses.replace(options, languages=profile.languages)
    return options


def language_skips(reading: ReadStats) -> list[str]:
    """One line per document left out for its language: ``skipped: FILE:line (language uk)``."""
    return [f"skipped: {item} (language {reason.removeprefix('language:')})"
            for item, reason in reading.skipped_items if reason.startswith("language:")]


def _row(claim: Claim) -> dict[str, object]:
    data = claim.to_dict()
    return {column: data.get(column) for column in CLAIM_COLUMNS}


def claims_to_jsonl(claims: Iterable[Claim]) -> str:
    """Claims as JSON Lines, one claim per line, in the spec's field order."""
    return "".join(json_line(_row(c)) + "\n" for c in claims)


def claims_to_csv(claims: Iterable[Claim], *, header: bool = True) -> str:
    """Claims as CSV rows (with a header row unless ``header`` is false); cells are neutralised against
    formulas and control characters (``sanitize.csv_cell``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CLAIM_COLUMNS), lineterminator="\n")
    if header:
        writer.writeheader()
    for claim in claims:
        writer.writerow(csv_row(_row(claim)))
    return buffer.getvalue()


# -- one document's claims, and the version that made them ---------------------------------------------


def default_extract(document: Document, profile: Profile | str | None = None) -> list[Claim]:
    """The claims of ``document`` under ``profile`` (a name or file; ``load_profile`` is cached, so the
    vocabularies are compiled once per process), in the document's own language."""
    return extract_claims(document.text, published=document.published, doc_id=document.id, profile=profile,
                          language=document.language, url=document.url)


def extractor_version() -> str:
    """The extractor's version, stored with every claim and every shard (shards of another are refused)."""
    return str(getattr(extract_package, "EXTRACTOR_VERSION", None) or __version__)


#: A function that extracts one document's claims. It must be picklable (a module-level function) to
#: run in a worker process.
DocumentExtractor = Callable[[Document], list[Claim]]


@dataclass(frozen=True, slots=True)
class Extraction:
    """One document and its claims, or the exception that stopped its extraction."""

    document: Document
    claims: list[Claim]
    error: BaseException | None = None

class Precomputed:
    """Claims computed ahead by the pool, handed to ``ingest_documents`` as its extract function.

    ``ingest_documents`` keeps the ledger's rules (batches, skipping stored texts, first id wins, failure
    records); this only replaces its extraction step by a look-up. A document without a precomputed
    result (none is expected) is extracted on the spot, so the outcome never depends on the look-up.
    """

    def __init__(self, *, keep: int, profile: str | None) -> None:
        self.results: OrderedDict[int, Extraction] = OrderedDict()
        self.keep = keep
        self.profile = profile

    def feed(self, stream: Iterable[Extraction | InputError]) -> Iterator[Document | InputError]:
        for item in stream:
            if isinstance(item, InputError):
                yield item
                continue
            self.results[id(item.document)] = item
            while len(self.results) > self.keep:
                self.results.popitem(last=False)
            yield item.document

    def __call__(self, document: Document) -> list[Claim]:
        found = self.results.pop(id(document), None)
        if found is None or found.document is not document:
            return default_extract(document, self.profile)
        if found.error is not None:
            raise found.error
        return found.claims



def ingest(
    paths: Sequence[str | os.PathLike[str]],
    *,
    db_path: str | os.PathLike[str] = DEFAULT_DB,
    reextract: bool = False,
    reader_options: ReaderOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extract: DocumentExtractor | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Read ``paths``, extract claims and store both in the ledger at ``db_path``; record the run.

    Idempotent (a document already stored is skipped), crash-safe (one transaction per batch; a rerun
    after a kill completes the work without duplicates) and safe with concurrent ingests (WAL, waits
    for the write lock). The report's ``failures`` list every input that could not be read.
    ``progress`` is called with the report so far after each stored batch.
    """
    stats = ReadStats()
    with Ledger.open(db_path) as ledger:
        options_record = dataclasses.asdict(reader_options) if reader_options is not None else None
        run_id = ledger.start_run(
            "ingest",
            {"paths": [str(p) for p in paths], "reextract": reextract, "reader_options": options_record},
        )
        documents = iter_documents([str(p) for p in paths], options=reader_options, stats=stats)
        return run_ingest(ledger, run_id, documents, stats, db_path=db_path, reextract=reextract,
                          batch_size=batch_size, extract=extract or default_extract,
                          extractor_version=extractor_version(), progress=progress)
