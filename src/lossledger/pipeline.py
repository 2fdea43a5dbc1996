"""From input paths to claims: the readers feed the extractor, one document at a time.

``extract_paths`` is what ``lossledger extract`` runs. It streams: a document is read, its claims
are extracted and yielded, and nothing else is kept, so memory stays flat however large the input.
Bad inputs come through as ``InputError`` items in order, so the caller can report them and go on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .errors import InputError
from .extract import extract_claims
from .model import Claim, Document
from .profiles import Profile, load_profile
from .readers import ReaderOptions, ReadStats, iter_documents

__all__ = ["Extracted", "ExtractSummary", "extract_paths", "claims_to_csv", "claims_to_jsonl", "CLAIM_COLUMNS"]

#: Output columns: the spec's fields, then the evidence (offsets, rule, how as_of was found).
CLAIM_COLUMNS: tuple[str, ...] = (
    "doc", "side", "category", "outcome", "value", "value_high", "qualifier", "measure", "period_days",
    "period_start", "as_of", "claimant", "claimant_text", "hedged", "quote", "start", "end", "rule", "as_of_basis",
)


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
    for item in iter_documents(paths, options=reader_options, stats=summary.reading):
        if isinstance(item, InputError):
            summary.failures.append(item)
            yield item
            continue
        claims = extract_claims(item.text, published=item.published, doc_id=item.id, profile=prof,
                                language=item.language)
        summary.documents += 1
        summary.claims += len(claims)
        yield Extracted(item, claims)


def _row(claim: Claim) -> dict[str, object]:
    data = claim.to_dict()
    return {column: data.get(column) for column in CLAIM_COLUMNS}


def claims_to_jsonl(claims: Iterable[Claim]) -> str:
    """Claims as JSON Lines, one claim per line, in the spec's field order."""
    return "".join(json.dumps(_row(c), ensure_ascii=False) + "\n" for c in claims)


def claims_to_csv(claims: Iterable[Claim], *, header: bool = True) -> str:
    """Claims as CSV rows (with a header row unless ``header`` is false)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CLAIM_COLUMNS), lineterminator="\n")
    if header:
        writer.writeheader()
    for claim in claims:
        writer.writerow(_row(claim))
    return buffer.getvalue()
