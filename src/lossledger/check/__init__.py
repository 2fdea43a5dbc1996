"""The checker: compare claims with reference series and with each other; write findings and echo groups.

A figure repeated by many outlets is one claim group (claimant, side, category, outcome, value, as_of within
a day). Each claim is checked, then findings of one kind about one group are merged into one finding that
lists every claim, document and quote: forty outlets repeating a mislabelled total make one finding.

Modules by what is compared:

* ``official``: against an official series (the General Staff's, every copy merged per cell by
  ``merged_series``): ``confirmed``, ``differs``, ``wrong_date``, ``series_disagree`` (cumulative vs the series
  on as_of), ``mislabelled_running_total`` (a "past 24 hours" figure that is the running total),
  ``outcome_mislabel`` ("killed" for the General Staff's killed-and-wounded figure), ``daily_confirmed`` /
  ``daily_mismatch`` (+N vs the series' daily difference less corrections) and ``implausible`` (rates or
  totals far outside the series' range);
* ``lower_bounds``: against lower-bound counts (Oryx, Mediazona): ``confirmed``, ``differs``;
* ``over_time``: one claimant's own figures over time: ``decreasing_total``, ``delta_mismatch``;
* ``audit``: the reference series themselves (where copies disagree, go down or have holes).

Shared: ``claims`` (the claim rows, echo groups), ``findings`` (drafts, merging, the report), ``rules``
(``data/check_rules.toml`` and the rounding arithmetic), ``wording``; ``checker`` runs them over a ledger.
"""

from __future__ import annotations

from ..model import outlet_of
from .audit import AUDIT_KINDS, AuditFinding, AuditReport, audit_bundles, audit_reference
from .checker import check, check_ledger, compute_findings
from .claims import ClaimGroup, StoredClaim, group_claims, load_claims
from .findings import CheckReport, Finding
from .rules import KINDS, PROBLEM_KINDS, accepted_range, rounding_unit, rules

__all__ = [
    "AUDIT_KINDS",
    "KINDS",
    "PROBLEM_KINDS",
    "AuditFinding",
    "AuditReport",
    "CheckReport",
    "ClaimGroup",
    "Finding",
    "StoredClaim",
    "accepted_range",
    "audit_bundles",
    "audit_reference",
    "check",
    "check_ledger",
    "compute_findings",
    "group_claims",
    "load_claims",
    "outlet_of",
    "rounding_unit",
    "rules",
]
