"""Findings: one claim's draft, merged per echo group into one finding that lists every claim, document and
quote (forty outlets repeating a mislabelled total make one finding); and the report of a run."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .claims import ClaimGroup, StoredClaim
from .rules import KINDS, PROBLEM_KINDS, rules

__all__ = ["CheckReport", "Draft", "Finding", "merge_drafts"]


@dataclass
class Finding:
    kind: str
    severity: str
    claim_ids: list[int]
    docs: list[str]
    quotes: list[str]
    message: str
    reference_source: str | None = None
    reference_date: dt.date | None = None
    reference_value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)
    group_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "severity": self.severity, "claims": self.claim_ids, "documents": self.docs,
            "quotes": self.quotes, "message": self.message, "reference_source": self.reference_source,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "reference_value": self.reference_value, "details": self.details, "group_id": self.group_id,
        }  # fmt: skip


@dataclass
class CheckReport:
    claims: int
    groups: int
    findings: list[Finding]
    references: list[str]
    #: Things the reader should know about the run (e.g. claims whose profile could not be loaded).
    notes: list[str] = field(default_factory=list)
    #: Claims with no date: no series can say anything about them, so they were not checked.
    undated: int = 0

    @property
    def by_kind(self) -> dict[str, int]:
        return dict(Counter(f.kind for f in self.findings))

    @property
    def problems(self) -> int:
        return sum(1 for f in self.findings if f.kind in PROBLEM_KINDS)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": self.claims,
            "groups": self.groups,
            "references": self.references,
            "by_kind": self.by_kind,
            "notes": self.notes,
            "undated": self.undated,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Draft:
    """One claim's finding before findings about one group are merged."""

    kind: str
    claim: StoredClaim
    message: str
    reference_source: str | None = None
    reference_date: dt.date | None = None
    reference_value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)


def merge_drafts(drafts: Iterable[Draft], group_of: dict[int, ClaimGroup]) -> list[Finding]:
    severity = rules()["severity"]
    merged: dict[tuple[Any, ...], Finding] = {}
    for draft in drafts:
        group = group_of.get(draft.claim.id)
        key = (
            draft.kind,
            group.id if group else draft.claim.id,
            draft.claim.measure,
            draft.claim.period_days,
        )
        finding = merged.get(key)
        if finding is None:
            merged[key] = Finding(
                kind=draft.kind,
                severity=severity.get(draft.kind, "warning"),
                claim_ids=[draft.claim.id],
                docs=[draft.claim.doc],
                quotes=[draft.claim.quote],
                message=draft.message,
                reference_source=draft.reference_source,
                reference_date=draft.reference_date,
                reference_value=draft.reference_value,
                details=dict(draft.details),
                group_id=group.id if group else None,
            )
            continue
        if draft.claim.id not in finding.claim_ids:
            finding.claim_ids.append(draft.claim.id)
        if draft.claim.doc not in finding.docs:
            finding.docs.append(draft.claim.doc)
        if draft.claim.quote not in finding.quotes:
            finding.quotes.append(draft.claim.quote)
    out = list(merged.values())
    for finding in out:
        group = group_of.get(finding.claim_ids[0])
        if group is not None:
            finding.details.update(
                n_reports=len(group.documents), n_outlets=len(group.outlets), outlets=group.outlets
            )
        finding.details.update(claims=finding.claim_ids, documents=finding.docs, quotes=finding.quotes)
    out.sort(key=lambda f: (KINDS.index(f.kind) if f.kind in KINDS else 99, f.claim_ids[0]))
    return out
