"""The two records that flow through lossledger: ``Document`` in, ``Claim`` out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, get_args, get_type_hints
from urllib.parse import urlsplit

__all__ = ["CLAIM_FIELD_TYPES", "CLAIM_RECORD_FIELDS", "Claim", "Document", "SPEC_FIELDS", "outlet_of"]

#: The fields of a claim as ``../shared/spec/claims.md`` defines them, in its order.
SPEC_FIELDS: tuple[str, ...] = (
    "doc", "side", "category", "outcome", "value", "value_high", "qualifier", "measure",
    "period_days", "period_start", "as_of", "claimant", "claimant_text", "hedged", "quote",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One article (or passage) to read.

    ``published_basis`` says how ``published`` was found: ``given`` (by the caller or the input
    record), ``metadata`` (page or feed metadata), ``url``, ``text`` (inferred from the text),
    ``warc`` (the crawl date, a fallback) or ``unknown``. ``origin`` says where the document came
    from, e.g. ``news.jsonl:17`` or ``crawl.warc.gz#record-3``.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_basis: str = "unknown"
    language: str | None = None
    origin: str | None = None

    @property
    def outlet(self) -> str:
        """Who published the document (see ``outlet_of``)."""
        return outlet_of(self.url, self.origin, self.id)


def outlet_of(url: str | None, source: str | None, doc: str) -> str:
    """Who published a document: the URL's host without ``www.``, else where it came from (its origin, the
    ledger's ``source``), else its id. The one definition: the checker's echo groups, the report, the
    explorer and the exports all count outlets with it, so one article is one outlet in every view."""
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:  # "http://[broken": no host to name, not a reason to stop a check
            host = ""
        if host:
            return host.removeprefix("www.")
    return source or doc


@dataclass(frozen=True, slots=True)
class Claim:
    """One loss figure stated in one document (see the spec for each field).

    Beyond the spec: ``start``/``end`` are character offsets of ``quote`` in the document's text,
    ``rule`` is the name and version of the rule that produced the claim, and ``as_of_basis``
    says how ``as_of`` was found (``stated``, ``weekday_date``, ``relative``, ``published``, ``url``,
    ``inferred``, ``none``).
    """

    doc: str | None
    side: str
    category: str
    outcome: str
    value: float
    value_high: float | None
    qualifier: str
    measure: str
    period_days: float | None
    period_start: dt.date | None
    as_of: dt.date | None
    claimant: str | None
    claimant_text: str | None
    hedged: bool
    quote: str
    start: int
    end: int
    rule: str
    as_of_basis: str = "none"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The claim as the spec's JSON object (dates as ISO strings, whole numbers as ints)."""
        out: dict[str, Any] = {}
        for key in CLAIM_RECORD_FIELDS:  # not dataclasses.asdict: its deep copy is most of the cost of output
            value = getattr(self, key)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, float) and value.is_integer():
                value = int(value)
            out[key] = value
        return out


#: Every field of ``Claim`` but ``extra``, in order: the keys of ``Claim.to_dict`` and ``Claim``'s positional
#: arguments.
CLAIM_RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim) if f.name != "extra")


def _value_type(hint: Any) -> type:
    """``float`` of ``float | None``: the type a field's values have when it has one."""
    types = [arg for arg in get_args(hint) if arg is not type(None)]
    return types[0] if types else hint  # type: ignore[no-any-return]


#: The type of each record field's values (``str``, ``float``, ``int``, ``bool`` or ``dt.date``; any may be
#: None where ``Claim`` says so), read from ``Claim`` itself: the Parquet shards' claim schema and the
#: ledger's claim rows are made from it, so a field added to ``Claim`` is carried everywhere (a new ledger
#: column still needs its migration; ``tests/test_claim_fields.py`` checks every store and export).
CLAIM_FIELD_TYPES: dict[str, type] = {
    name: _value_type(hint) for name, hint in get_type_hints(Claim).items() if name in CLAIM_RECORD_FIELDS
}
