"""A check run: every claim against the official series of its side and the lower-bound counts, then each
claimant's figures over time; findings merged per echo group and written to the ledger."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from typing import Any

from ..ledger import Ledger
from ..profiles import ClaimantLabels, Profile, claimant_labels_for
from ..reference import SeriesBundle, load_bundles
from .claims import ClaimGroup, StoredClaim, group_claims, load_claims
from .findings import CheckReport, Draft, Finding, merge_drafts
from .lower_bounds import LowerBoundChecks
from .merged_series import merge_copies
from .official import OfficialChecks, Voice
from .over_time import OverTimeChecks
from .rules import PROBLEM_KINDS, rules

__all__ = ["check", "check_ledger", "compute_findings"]

#: The family of the official series (``general_staff`` in ``check_rules.toml`` and in the series' imports).
GENERAL_STAFF = "general_staff"


def compute_findings(
    claims: Sequence[StoredClaim], bundles: Sequence[SeriesBundle], *, claimant_labels: ClaimantLabels | None = None
) -> tuple[list[ClaimGroup], list[Finding]]:
    """Echo groups and merged findings for ``claims`` against ``bundles`` (pure: no database).

    ``claimant_labels`` name the claimants in messages (default: the profiles the claims' rules name)."""
    groups = group_claims(claims)
    group_of = {m.id: g for g in groups for m in g.members}
    labels = claimant_labels if claimant_labels is not None else claimant_labels_for({c.rule for c in claims})
    gs = rules()["general_staff"]
    voice = Voice()
    official = {
        side: OfficialChecks(merged, voice=voice, family=GENERAL_STAFF)
        for side, merged in merge_copies(
            bundles, family=GENERAL_STAFF, supersedes_snapshot=list(gs.get("supersedes_snapshot", []))
        ).items()
    }  # fmt: skip
    lower_bounds = LowerBoundChecks(bundles)
    drafts: list[Draft] = []
    for claim in claims:
        against_official = official.get(claim.side)
        if against_official is not None:
            drafts.extend(against_official.check(claim))
        if claim.measure == "cumulative" and claim.as_of is not None:
            drafts.extend(lower_bounds.check(claim))
    confirmed = {d.claim.id for d in drafts if d.kind not in PROBLEM_KINDS}
    problems = {d.claim.id for d in drafts if d.kind in PROBLEM_KINDS}
    drafts.extend(OverTimeChecks(claimant_labels=labels).check(groups, confirmed=confirmed, problems=problems))
    return groups, merge_drafts(drafts, group_of)


def check_ledger(ledger: Ledger, *, profile: Profile | str | None = None) -> CheckReport:
    """Recompute claim groups and findings of an open ledger (replacing the previous ones, atomically).

    Messages name claimants as the claims' profile does; ``profile`` is the user's profile file when
    the claims were extracted with one (a ledger records only its name)."""
    claims = load_claims(ledger)
    bundles = load_bundles(ledger)
    labels = claimant_labels_for({c.rule for c in claims}, profile=profile)
    groups, findings = compute_findings(claims, bundles, claimant_labels=labels)
    run_id = ledger.start_run("check", {"profile": str(profile) if profile is not None else None})
    with ledger.transaction("write findings") as conn:
        conn.execute("DELETE FROM finding_claims")
        conn.execute("DELETE FROM findings")
        conn.execute("DELETE FROM claim_group_members")
        conn.execute("DELETE FROM claim_groups")
        conn.executemany(
            "INSERT INTO claim_groups (id, claimant, side, category, outcome, value, as_of, n_reports,"
            " n_outlets, first_seen, last_seen, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_group_row(g) for g in groups],
        )
        conn.executemany(
            "INSERT INTO claim_group_members (group_id, claim_id) VALUES (?, ?)",
            [(g.id, m.id) for g in groups for m in g.members],
        )
        for f in findings:
            cursor = conn.execute(
                "INSERT INTO findings (kind, severity, claim_id, doc, message, reference_source,"
                " reference_date, reference_value, details, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f.kind,
                    f.severity,
                    f.claim_ids[0],
                    f.docs[0],
                    f.message,
                    f.reference_source,
                    f.reference_date.isoformat() if f.reference_date else None,
                    f.reference_value,
                    json.dumps(f.details, default=str),
                    f.group_id,
                ),
            )
            conn.executemany(
                "INSERT INTO finding_claims (finding_id, claim_id) VALUES (?, ?)",
                [(cursor.lastrowid, claim_id) for claim_id in f.claim_ids],
            )
        conn.execute(
            "UPDATE runs SET claims = ?, documents = ?, finished_at = ?, status = 'ok' WHERE id = ?",
            (
                len(claims),
                len({c.doc for c in claims}),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                run_id,
            ),
        )
    return CheckReport(
        claims=len(claims), groups=len(groups), findings=findings, references=[b.source for b in bundles],
        undated=sum(1 for c in claims if c.as_of is None),
        notes=[labels.note] if labels.note else [],
    )


def _group_row(group: ClaimGroup) -> tuple[Any, ...]:
    claimant, side, category, outcome, value, as_of = group.key
    seen = sorted(m.seen for m in group.members if m.seen)
    return (
        group.id,
        claimant,
        side,
        category,
        outcome,
        value,
        as_of.isoformat() if as_of else None,
        len(group.documents),
        len(group.outlets),
        seen[0] if seen else None,
        seen[-1] if seen else None,
        json.dumps(group.outlets),
    )


def check(*, db_path: str | os.PathLike[str], profile: Profile | str | None = None) -> CheckReport:
    """Open the ledger at ``db_path`` (it must exist), recompute findings and groups, and report them.
    ``profile``: as in ``check_ledger``."""
    with Ledger.open(db_path, create=False) as ledger:
        return check_ledger(ledger, profile=profile)
