"""The checker against the shipped General Staff snapshot, with claims built by hand and stored via
``Ledger.store`` (so these pass whatever the extractor does)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from lossledger.check import accepted_range, check, rounding_unit
from lossledger.ledger import Ledger
from lossledger.model import Claim, Document

D = dt.date
SEED_DAY = D(2022, 11, 13)


def make_claim(
    doc: str,
    value: float,
    *,
    category: str = "personnel",
    side: str = "russia",
    outcome: str = "losses",
    measure: str = "cumulative",
    as_of: dt.date | None = SEED_DAY,
    claimant: str | None = "ua_general_staff",
    qualifier: str = "exact",
    period_days: float | None = None,
    value_high: float | None = None,
    as_of_basis: str = "stated",
    quote: str | None = None,
) -> Claim:
    text = quote or f"{doc}: {value:,.0f} {category}"
    return Claim(
        doc=doc,
        side=side,
        category=category,
        outcome=outcome,
        value=value,
        value_high=value_high,
        qualifier=qualifier,
        measure=measure,
        period_days=period_days,
        period_start=None,
        as_of=as_of,
        claimant=claimant,
        claimant_text=claimant,
        hedged=False,
        quote=text,
        start=0,
        end=len(text),
        rule="test/hand",
        as_of_basis=as_of_basis,
    )


def store(db: Path, docs: dict[str, tuple[list[Claim], str | None]]) -> None:
    """Store documents (id -> (claims, url)) with text made of their quotes."""
    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        batch = []
        for doc_id, (claims, url) in docs.items():
            text = " ".join(c.quote for c in claims) or doc_id
            batch.append(
                (
                    Document(
                        id=doc_id,
                        text=text,
                        url=url,
                        published=claims[0].as_of if claims else None,
                        origin=f"{doc_id}.txt",
                    ),
                    claims,
                )
            )
        ledger.store(batch, run_id=run)


def findings_table(db: Path) -> list[dict[str, Any]]:
    with Ledger.open(db, create=False) as ledger:
        return ledger.query(
            "SELECT f.kind, f.severity, f.message, f.reference_value, f.reference_date, f.details, c.value,"
            " c.category, c.doc FROM findings f JOIN claims c ON c.id = f.claim_id ORDER BY f.id"
        )


def kinds_of(rows: list[dict[str, Any]]) -> dict[tuple[str, float], set[str]]:
    out: dict[tuple[str, float], set[str]] = {}
    for row in rows:
        out.setdefault((row["category"], row["value"]), set()).add(row["kind"])
    return out


SEED_CLAIMS: dict[str, tuple[list[Claim], str | None]] = {
    "000": (
        [
            make_claim("000", 75930, as_of=D(2022, 11, 6), qualifier="approx"),
            make_claim("000", 2765, category="tanks", as_of=D(2022, 11, 6)),
            make_claim("000", 1781, category="artillery", as_of=D(2022, 11, 6)),
            make_claim(
                "000",
                10000,
                side="ukraine",
                as_of=D(2022, 11, 7),
                claimant="western_officials",
                qualifier="approx",
                as_of_basis="published",
            ),
            make_claim(
                "000",
                30000,
                side="ukraine",
                category="civilians",
                outcome="killed",
                claimant=None,
                qualifier="at_most",
                as_of=D(2022, 11, 7),
                as_of_basis="published",
            ),
        ],
        None,
    ),
    "001": (
        [
            make_claim(
                "001", 498, outcome="killed", claimant="ru_mod", as_of=D(2022, 3, 2), qualifier="approx"
            ),
            make_claim("001", 1597, outcome="wounded", claimant="ru_mod", as_of=D(2022, 3, 2)),
        ],
        None,
    ),
    "002": (
        [make_claim("002", 40, category="tanks", claimant="oryx", measure="period", as_of=D(2022, 9, 14))],
        None,
    ),
    "003": (
        [
            make_claim(
                "003", 85000, claimant=None, qualifier="approx", as_of=D(2022, 11, 21), as_of_basis="inferred"
            ),
            make_claim(
                "003",
                600,
                value_high=800,
                claimant=None,
                qualifier="range",
                measure="rate",
                period_days=1,
                as_of=D(2022, 11, 21),
                as_of_basis="inferred",
            ),
        ],
        None,
    ),
    "004": (
        [
            make_claim("004", 10000, measure="period", period_days=14, qualifier="approx"),
            make_claim("004", 80860),
            make_claim(
                "004", 650, outcome="killed", measure="period", period_days=1, claimant="ua_officials"
            ),
            make_claim("004", 1837, category="artillery", measure="period", period_days=1),
            make_claim("004", 278, category="aircraft", measure="period", period_days=1),
            make_claim("004", 261, category="helicopters", measure="period", period_days=1),
            make_claim("004", 70000, outcome="killed", claimant="ua_officials", as_of=D(2022, 10, 29)),
            make_claim(
                "004", 100000, outcome="killed", claimant="ua_president", measure="projection", as_of=None
            ),
        ],
        None,
    ),
}


def test_seed_scenario_hand_built(tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    store(db, SEED_CLAIMS)
    report = check(db_path=db)
    kinds = kinds_of(findings_table(db))
    assert kinds[("personnel", 75930)] == {"confirmed"}
    assert kinds[("tanks", 2765)] == {"confirmed"}
    assert kinds[("artillery", 1781)] == {"confirmed"}
    assert kinds[("personnel", 80860)] == {"confirmed"}
    assert kinds[("artillery", 1837)] == {"mislabelled_running_total"}
    assert kinds[("aircraft", 278)] == {"mislabelled_running_total"}
    assert kinds[("helicopters", 261)] == {"mislabelled_running_total"}
    assert kinds[("personnel", 650)] == {"daily_confirmed"}
    # "almost 85 thousand" on 21 November 2022 (84,600) is within the article's own rounding
    assert kinds[("personnel", 85000)] == {"confirmed"}
    # "70,000 killed" echoes the General Staff's killed-and-wounded figure of 29 October (70,250)
    assert kinds[("personnel", 70000)] == {"outcome_mislabel"}
    # Russian MoD, Oryx, Ukrainian-side and projection claims are never compared to the GS series
    assert ("personnel", 498) not in kinds and ("personnel", 1597) not in kinds
    assert ("tanks", 40) not in kinds and ("civilians", 30000) not in kinds
    assert ("personnel", 100000) not in kinds
    assert report.references == ["general_staff_snapshot"]
    assert ("personnel", 10000) not in kinds  # "10,000 in two weeks" is about right: nothing to say
    json.dumps(report.to_dict())  # the report is JSON-ready


def test_rounding() -> None:
    assert rounding_unit(80000) == 10000 and rounding_unit(75930) == 10 and rounding_unit(2765) == 1
    assert accepted_range(2765, "exact") == (2765, 2765)
    lo, hi = accepted_range(85000, "approx")
    assert lo <= 84600 <= hi
    assert accepted_range(3000, "at_least")[0] == 3000


def problems(db: Path) -> list[dict[str, Any]]:
    return [r for r in findings_table(db) if r["kind"] not in ("confirmed", "daily_confirmed")]


def test_clean_claims_give_no_problem(tmp_path: Path) -> None:
    db = tmp_path / "clean.db"
    store(
        db,
        {
            "a": (
                [
                    make_claim("a", 2840, category="tanks"),
                    make_claim("a", 80860),
                    make_claim("a", 650, measure="period", period_days=1),
                ],
                "https://www.one.example/a",
            ),
            "b": (
                [
                    make_claim("b", 1781, category="artillery", as_of=D(2022, 11, 6), claimant="ua_mod"),
                    make_claim(
                        "b",
                        4184,
                        category="vehicles",
                        as_of=D(2022, 11, 5),
                        claimant=None,
                        as_of_basis="published",
                    ),
                ],
                "https://two.example/b",
            ),
            # a day of publication lag: the article of 14 November quotes the bulletin of 13 November
            "c": (
                [make_claim("c", 80860, as_of=D(2022, 11, 14), as_of_basis="published", claimant=None)],
                None,
            ),
            "d": ([make_claim("d", 80000, qualifier="at_least", claimant="ua_officials")], None),
            "e": ([make_claim("e", 200000, claimant="us_officials", outcome="losses")], None),
        },
    )
    check(db_path=db)
    assert problems(db) == []
    assert len(findings_table(db)) == 7


def test_planted_errors_are_each_caught(tmp_path: Path) -> None:
    db = tmp_path / "planted.db"
    store(
        db,
        {
            # the figure of 6 November quoted as of 13 November
            "wrong_date": ([make_claim("wrong_date", 75930)], None),
            # 2,840 tanks with two digits swapped; +650 written +560
            "swap": (
                [
                    make_claim("swap", 2480, category="tanks"),
                    make_claim("swap", 560, measure="period", period_days=1),
                ],
                None,
            ),
            # ISW's own series going down
            "isw1": (
                [make_claim("isw1", 1500, category="tanks", claimant="isw", as_of=D(2023, 1, 10))],
                None,
            ),
            "isw2": (
                [make_claim("isw2", 1400, category="tanks", claimant="isw", as_of=D(2023, 2, 10))],
                None,
            ),
            # another claimant's totals and its +N that does not add up
            "delta": (
                [
                    make_claim("delta", 100123, claimant="other", as_of=D(2023, 3, 1)),
                    make_claim("delta", 100623, claimant="other", as_of=D(2023, 3, 2)),
                    make_claim(
                        "delta", 900, claimant="other", measure="period", period_days=1, as_of=D(2023, 3, 2)
                    ),
                ],
                None,
            ),
            "killed": ([make_claim("killed", 80860, outcome="killed", claimant=None)], None),
            "rate": (
                [make_claim("rate", 20000, measure="rate", period_days=1, claimant="ua_president")],
                None,
            ),
        },
    )
    check(db_path=db)
    rows = problems(db)
    by_doc: dict[str, set[str]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], set()).add(row["kind"])
    assert by_doc == {
        "wrong_date": {"wrong_date"},
        "swap": {"differs", "daily_mismatch"},
        "isw2": {"decreasing_total"},
        "delta": {"delta_mismatch"},
        "killed": {"outcome_mislabel"},
        "rate": {"implausible"},
    }
    messages = {row["kind"]: row["message"] for row in rows}
    assert "75,930 was the figure on 6 November 2022" in messages["wrong_date"]
    assert "was 2,840" in messages["differs"] and "digits look swapped" in messages["differs"]
    assert "rose by 650" in messages["daily_mismatch"]
    # claimants are named as the profile names them, not by their keys
    assert messages["decreasing_total"].startswith("Running total went down: ISW gave 1,400 tanks")
    assert messages["delta_mismatch"].startswith("Daily figure does not add up: other named source gave +900")
    differs = next(r for r in rows if r["kind"] == "differs")
    assert differs["reference_value"] == 2840 and differs["reference_date"] == "2022-11-13"


def test_an_echo_across_outlets_is_one_group_and_one_finding(tmp_path: Path) -> None:
    db = tmp_path / "echo.db"
    docs: dict[str, tuple[list[Claim], str | None]] = {}
    for i in range(6):
        as_of = D(2022, 11, 13) + dt.timedelta(days=i % 2)  # reported on the day and the day after
        docs[f"echo{i}"] = (
            [
                make_claim(
                    f"echo{i}",
                    1837,
                    category="artillery",
                    measure="period",
                    period_days=1,
                    as_of=as_of,
                    as_of_basis="published",
                )
            ],
            f"https://www.outlet{i % 5}.example/story/{i}",
        )
    docs["same_outlet_other_figure"] = (
        [make_claim("x", 2840, category="tanks")],
        "https://outlet0.example/z",
    )
    store(db, docs)
    report = check(db_path=db)
    mislabels = [f for f in report.findings if f.kind == "mislabelled_running_total"]
    assert len(mislabels) == 1
    finding = mislabels[0]
    assert (
        len(finding.claim_ids) == 6
        and finding.details["n_reports"] == 6
        and finding.details["n_outlets"] == 5
    )
    with Ledger.open(db, create=False) as ledger:
        groups = ledger.query("SELECT * FROM claim_groups WHERE category = 'artillery'")
        assert len(groups) == 1
        group = groups[0]
        assert (group["n_reports"], group["n_outlets"]) == (6, 5)
        assert json.loads(group["outlets"]) == [f"outlet{i}.example" for i in range(5)]
        assert (group["first_seen"], group["last_seen"]) == ("2022-11-13", "2022-11-14")
        members = ledger.query(
            "SELECT count(*) AS n FROM claim_group_members WHERE group_id = ?", (group["id"],)
        )
        assert members[0]["n"] == 6
        linked = ledger.query("SELECT count(*) AS n FROM finding_claims")
        assert linked[0]["n"] == 6 + 1  # the mislabel's six claims and the confirmed tanks


def test_imported_series_and_lower_bounds(tmp_path: Path) -> None:
    from lossledger.reference import import_reference

    db = tmp_path / "lb.db"
    oryx = tmp_path / "totals_by_type_history.csv"
    oryx.write_text(
        "snapshot_date,commit,country,equipment_type,equipment_type_raw,destroyed,abandoned,captured,"
        "damaged,type_total\n2023-02-01,c,Russia,Tanks,Tanks,1000,200,500,100,1800\n"
        "2023-02-08,c,Russia,Tanks,Tanks,1010,200,500,100,1810\n",
        encoding="utf-8",
    )
    plain = tmp_path / "gs.csv"
    plain.write_text(
        "date,category,value,source\n2022-11-13,tanks,2841,general_staff_mine\n", encoding="utf-8"
    )
    import_reference(oryx, db_path=db)
    import_reference(plain, db_path=db)
    store(
        db,
        {
            "o1": ([make_claim("o1", 1805, category="tanks", claimant="oryx", as_of=D(2023, 2, 5))], None),
            # a count below Oryx's is wrong; a figure above it may be a later count or an estimate
            "o2": ([make_claim("o2", 1500, category="tanks", claimant="oryx", as_of=D(2023, 2, 5))], None),
            "o3": ([make_claim("o3", 2500, category="tanks", claimant="oryx", as_of=D(2023, 2, 5))], None),
            # an estimate is never compared with a count
            "o4": (
                [make_claim("o4", 1500, value_high=1600, qualifier="range", category="tanks", claimant="oryx",
                            as_of=D(2023, 2, 5))],
                None,
            ),
            # the imported copy says 2,841 where the shipped snapshot says 2,840: neither confirms it
            "gs": ([make_claim("gs", 2841, category="tanks")], None),
            # the copies agree on personnel: confirmed, naming both
            "gs2": ([make_claim("gs2", 80860)], None),
        },
    )
    report = check(db_path=db)
    # an imported series is merged with the shipped snapshot, not put in its place
    assert report.references == ["general_staff_snapshot", "general_staff_mine", "oryx"]
    rows = findings_table(db)
    kinds = {(row["doc"], row["kind"]) for row in rows}
    assert kinds == {("o1", "confirmed"), ("o2", "differs"), ("gs", "series_disagree"), ("gs2", "confirmed")}
    message = {row["doc"]: row["message"] for row in rows}
    assert "2,840 (general_staff_snapshot) / 2,841 (general_staff_mine)" in message["gs"]
    assert "matches general_staff_mine" in message["gs"]
    assert "(series general_staff_snapshot)" in message["gs2"]
    assert "had already counted 1,800 tanks by 1 February 2023 (oryx)" in message["o2"]


def test_check_replaces_previous_findings(tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    store(db, {"a": ([make_claim("a", 2480, category="tanks")], None)})
    first = check(db_path=db)
    second = check(db_path=db)
    assert first.by_kind == second.by_kind == {"differs": 1}
    assert len(findings_table(db)) == 1


def test_findings_name_a_user_profiles_claimants_by_its_labels(tmp_path: Path) -> None:
    """Claims read with a user's profile: its names when the profile is given, readable keys (and a
    note saying why) when the ledger's rules name a profile that cannot be found."""
    from test_profile import KARABAKH_LABELLED

    profile = tmp_path / "karabakh.toml"
    profile.write_text(KARABAKH_LABELLED, encoding="utf-8")

    def karabakh(claim: Claim) -> Claim:
        return dataclasses.replace(claim, side="armenia", category="tanks", rule="noun_phrase/1 karabakh-2020@1")

    db = tmp_path / "karabakh.db"
    store(db, {
        "az1": ([karabakh(make_claim("az1", 130, claimant="az_mod", as_of=D(2020, 10, 10)))], None),
        "az2": ([karabakh(make_claim("az2", 120, claimant="az_mod", as_of=D(2020, 10, 20)))], None),
        "am1": ([karabakh(make_claim("am1", 50, claimant="am_officials", as_of=D(2020, 10, 10)))], None),
        "am2": ([karabakh(make_claim("am2", 40, claimant="am_officials", as_of=D(2020, 10, 20)))], None),
    })

    named = check(db_path=db, profile=str(profile))
    messages = sorted(f.message for f in named.findings if f.kind == "decreasing_total")
    assert [m.split(" gave ")[0] for m in messages] == [
        "Running total went down: Azerbaijan's Ministry of Defence",
        "Running total went down: am officials",  # the profile gives this claimant no name
    ]
    assert named.notes == []

    guessed = check(db_path=db)
    messages = sorted(f.message for f in guessed.findings if f.kind == "decreasing_total")
    assert [m.split(" gave ")[0] for m in messages] == [
        "Running total went down: am officials", "Running total went down: az mod",
    ]
    assert len(guessed.notes) == 1 and "karabakh-2020@1" in guessed.notes[0]
    assert guessed.to_dict()["notes"] == guessed.notes


def test_check_counts_the_claims_it_could_not_date(tmp_path: Path) -> None:
    db = tmp_path / "undated.db"
    store(db, {"a": ([make_claim("a", 80860), make_claim("a", 2840, category="tanks", as_of=None)], None)})
    report = check(db_path=db)
    assert report.undated == 1 and report.to_dict()["undated"] == 1
