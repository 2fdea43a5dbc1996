"""The claims as the checker sees them: a claim row joined with what it needs of its document (the outlet
defined in ``model.outlet_of``), and echo groups (the same figure from many documents)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..ledger import Ledger
from ..model import outlet_of

__all__ = ["ClaimGroup", "StoredClaim", "group_claims", "load_claims"]


@dataclass
class StoredClaim:
    """A claim row of the ledger joined with what the checker needs of its document."""

    id: int
    doc: str
    side: str
    category: str
    outcome: str
    value: float
    value_high: float | None
    qualifier: str
    measure: str
    period_days: float | None
    as_of: dt.date | None
    as_of_basis: str
    claimant: str | None
    quote: str
    outlet: str
    seen: str | None
    #: The extraction rule; it names the profile the claim was read with (``... russia-ukraine@2``).
    rule: str = ""
    #: The claimant as written ("CSIS"): keeps sources apart inside one key such as ``other``.
    claimant_text: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredClaim:
        return cls(
            id=int(row["id"]), doc=row["doc"], side=row["side"] or "", category=row["category"] or "",
            outcome=row["outcome"] or "", value=float(row["value"] or 0),
            value_high=None if row["value_high"] is None else float(row["value_high"]),
            qualifier=row["qualifier"] or "exact", measure=row["measure"] or "",
            period_days=None if row["period_days"] is None else float(row["period_days"]),
            as_of=dt.date.fromisoformat(row["as_of"]) if row["as_of"] else None,
            as_of_basis=row["as_of_basis"] or "none", claimant=row["claimant"] or None,
            quote=row["quote"] or "", outlet=outlet_of(row.get("url"), row.get("source"), row["doc"]),
            seen=row.get("published") or (row.get("ingested_at") or "")[:10] or None,
            rule=row.get("rule") or "", claimant_text=row.get("claimant_text") or None,
        )  # fmt: skip



@dataclass
class ClaimGroup:
    id: int
    key: tuple[Any, ...]
    members: list[StoredClaim]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members})

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc for m in self.members})




# -- echo groups -------------------------------------------------------------------------------------


def group_claims(claims: Sequence[StoredClaim]) -> list[ClaimGroup]:
    """Group the same figure from many documents: same claimant, side, category, outcome and value, with
    as_of dates no more than a day from the group's first."""
    by_key: dict[tuple[Any, ...], list[StoredClaim]] = defaultdict(list)
    for claim in claims:
        by_key[(claim.claimant, claim.side, claim.category, claim.outcome, claim.value)].append(claim)
    groups: list[ClaimGroup] = []
    for key in sorted(by_key, key=repr):
        members = sorted(by_key[key], key=lambda c: (c.as_of or dt.date.max, c.id))
        current: list[StoredClaim] = []
        start: dt.date | None = None
        for claim in members:
            if current:
                both_undated = claim.as_of is None and start is None
                close = claim.as_of is not None and start is not None and (claim.as_of - start).days <= 1
                if not (both_undated or close):
                    groups.append(ClaimGroup(len(groups) + 1, (*key, start), current))
                    current = []
            if not current:
                start = claim.as_of
            current.append(claim)
        if current:
            groups.append(ClaimGroup(len(groups) + 1, (*key, start), current))
    return groups



# -- the ledger side ---------------------------------------------------------------------------------

_CLAIMS_SQL = """
SELECT c.*, d.url AS url, d.source AS source, d.published AS published, d.ingested_at AS ingested_at
FROM claims c JOIN documents d ON d.id = c.doc ORDER BY c.id
"""


def load_claims(ledger: Ledger) -> list[StoredClaim]:
    return [StoredClaim.from_row(row) for row in ledger.query(_CLAIMS_SQL)]
