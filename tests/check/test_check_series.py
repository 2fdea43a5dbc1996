"""The checker on copies of the General Staff series merged per cell, on the edges of a series' dates, and
comparing like with like (who echoes the series, estimates per source, the bulletin's own wording)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from test_check import D, findings_table, make_claim, store

from lossledger.check import StoredClaim, check, compute_findings
from lossledger.reference import SeriesBundle, import_reference
from lossledger.series import ReferenceSeries


def by_doc(db: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in findings_table(db):
        out.setdefault(row["doc"], set()).add(row["kind"])
    return out


def messages(db: Path) -> dict[str, str]:
    return {row["doc"]: row["message"] for row in findings_table(db)}


def lod_like_copy(tmp_path: Path) -> Path:
    """A second copy of the General Staff series with a digit swap on 13 November 2022 (2,480 tanks for
    2,840), as the lod-db mirror has on other days."""
    path = tmp_path / "lod.csv"
    path.write_text(
        "date,category,value,source\n"
        "2022-11-12,tanks,2838,general_staff_lod\n2022-11-13,tanks,2480,general_staff_lod\n"
        "2022-11-12,personnel,80210,general_staff_lod\n2022-11-13,personnel,80860,general_staff_lod\n",
        encoding="utf-8",
    )
    return path


def test_a_copy_with_a_typo_neither_blames_the_right_figure_nor_confirms_the_typo(tmp_path: Path) -> None:
    db = tmp_path / "lod.db"
    import_reference(lod_like_copy(tmp_path), db_path=db)
    store(db, {
        "right": ([make_claim("right", 2840, category="tanks")], None),
        "typo": ([make_claim("typo", 2480, category="tanks")], None),
        "personnel": ([make_claim("personnel", 80860)], None),
        # a category the copy lacks: the shipped snapshot still decides it
        "artillery": ([make_claim("artillery", 1837, category="artillery")], None),
        "wrong": ([make_claim("wrong", 2613, category="tanks")], None),
    })  # fmt: skip
    check(db_path=db)
    kinds = by_doc(db)
    assert kinds == {
        "right": {"series_disagree"},
        "typo": {"series_disagree"},
        "personnel": {"confirmed"},
        "artillery": {"confirmed"},
        "wrong": {"differs"},
    }
    text = messages(db)
    assert "2,840 (general_staff_snapshot) / 2,480 (general_staff_lod)" in text["right"]
    assert "matches general_staff_snapshot, not general_staff_lod" in text["right"]
    assert "matches general_staff_lod, not general_staff_snapshot" in text["typo"]
    assert "digits look swapped" not in text["right"]
    # every finding names the copies of the series it used
    assert "general_staff_snapshot, general_staff_lod agree" in text["personnel"]
    assert "(series general_staff_snapshot)" in text["artillery"]
    assert "2,840 (general_staff_snapshot) / 2,480 (general_staff_lod)" in text["wrong"]


def test_an_import_of_one_category_changes_no_verdict_on_the_others(tmp_path: Path) -> None:
    claims = {
        "seed": (
            [
                make_claim("seed", 75930, as_of=D(2022, 11, 6), qualifier="approx"),
                make_claim("seed", 2765, category="tanks", as_of=D(2022, 11, 6)),
                make_claim("seed", 1781, category="artillery", as_of=D(2022, 11, 6)),
                make_claim("seed", 650, measure="period", period_days=1),
            ],
            None,
        )
    }
    plain = tmp_path / "plain.db"
    store(plain, claims)
    check(db_path=plain)
    personnel_only = tmp_path / "russia_losses_personnel.json"
    personnel_only.write_text(
        '[{"date": "2022-11-12", "day": 262, "personnel": 80210},'
        ' {"date": "2022-11-13", "day": 263, "personnel": 80860}]',
        encoding="utf-8",
    )
    imported = tmp_path / "imported.db"
    report = import_reference(personnel_only, db_path=imported)
    assert any("the snapshot stays in force" in w for w in report.warnings)
    store(imported, claims)
    check(db_path=imported)
    verdicts = lambda db: sorted((r["kind"], r["reference_value"]) for r in findings_table(db))  # noqa: E731
    assert verdicts(plain) == verdicts(imported)
    assert {k for k, _ in verdicts(plain)} == {"confirmed", "daily_confirmed"}


def test_no_verdict_outside_a_series_dates(tmp_path: Path) -> None:
    db = tmp_path / "edge.db"
    after = D(2026, 8, 9)  # the shipped snapshot ends on 8 August 2026
    store(db, {
        "after": (
            [
                make_claim("after", 1_300_000, as_of=after),
                make_claim("after", 1234, measure="period", period_days=1, as_of=after),
            ],
            None,
        ),
        "last": ([make_claim("last", 1_300_001, as_of=D(2026, 8, 8))], None),
    })  # fmt: skip
    check(db_path=db)
    kinds = by_doc(db)
    assert "after" not in kinds  # the series stops: it neither confirms nor contradicts
    assert kinds["last"] & {"differs", "wrong_date"}  # inside the series a wrong figure is still caught


def _claim(value: float, as_of: dt.date, **fields: Any) -> StoredClaim:
    base: dict[str, Any] = dict(
        id=1, doc="d", side="russia", category="personnel", outcome="losses", value=value, value_high=None,
        qualifier="exact", measure="cumulative", period_days=None, as_of=as_of, as_of_basis="stated",
        claimant="ua_general_staff", quote="q", outlet="o", seen=None,
    )  # fmt: skip
    base.update(fields)
    return StoredClaim(**base)


def test_implausible_never_compares_with_a_series_that_ended_long_before() -> None:
    early = ReferenceSeries(name="one_day", side="russia")
    early.add("personnel", D(2022, 3, 1), 5710)
    bundle = SeriesBundle(source="general_staff_rwr", family="general_staff", bound="official",
                          series={"russia": early.finish()})
    claims = [_claim(180_000, D(2023, 5, 1))]
    _, findings = compute_findings(claims, [bundle])
    assert findings == []
    # on the series' own date the same rule still works
    _, findings = compute_findings([_claim(50_000, D(2022, 3, 1))], [bundle])
    assert [f.kind for f in findings] == ["implausible"]


def test_the_bulletins_own_word_is_no_outcome_mislabel(tmp_path: Path) -> None:
    db = tmp_path / "words.db"
    store(db, {
        "bulletin": (
            [make_claim("bulletin", 80860, outcome="killed",
                        quote="personnel ‒ about 80860 (+650) persons were liquidated")],
            None,
        ),
        "article": ([make_claim("article", 80860, outcome="killed", quote="80,860 Russians were killed")], None),
    })  # fmt: skip
    check(db_path=db)
    kinds = by_doc(db)
    assert kinds == {"bulletin": {"confirmed"}, "article": {"outcome_mislabel"}}


def test_a_daily_figure_is_not_checked_against_a_wrongly_dated_total(tmp_path: Path) -> None:
    """The README demo: +730 on 21 May 2023 is confirmed by the series; the claimant's 203,160 'as of 20
    May' is the figure of 21 May (a wrong date), so it is no base for a delta."""
    db = tmp_path / "demo.db"
    store(db, {
        "weekly": ([make_claim("weekly", 203160, as_of=D(2023, 5, 20))], None),
        "daily": (
            [
                make_claim("daily", 203160, as_of=D(2023, 5, 21), qualifier="approx"),
                make_claim("daily", 730, measure="period", period_days=1, as_of=D(2023, 5, 21)),
            ],
            None,
        ),
    })  # fmt: skip
    check(db_path=db)
    rows = findings_table(db)
    kinds_730 = {r["kind"] for r in rows if r["value"] == 730}
    assert kinds_730 == {"daily_confirmed"}
    assert "delta_mismatch" not in {r["kind"] for r in rows}


def test_own_voice_round_figures_are_compared_only_on_ukrainian_outlets(tmp_path: Path) -> None:
    db = tmp_path / "voice.db"
    store(db, {
        "neutral_round": ([make_claim("neutral_round", 90000, claimant=None, qualifier="approx")],
                          "https://www.example.com/a"),
        "ukrainian_round": ([make_claim("ukrainian_round", 90000, claimant=None, qualifier="approx")],
                            "https://kyivindependent.com/b"),
        "neutral_precise": ([make_claim("neutral_precise", 80680, claimant=None)], "https://www.example.com/c"),
        "neutral_right": ([make_claim("neutral_right", 80860, claimant=None)], "https://www.example.com/d"),
        # an independent estimate is never compared with the General Staff
        "estimate": ([make_claim("estimate", 200000, claimant="other", qualifier="approx")], None),
    })  # fmt: skip
    check(db_path=db)
    kinds = by_doc(db)
    assert "neutral_round" not in kinds and "estimate" not in kinds
    assert kinds["ukrainian_round"] & {"differs", "wrong_date"}
    assert kinds["neutral_precise"] & {"differs", "wrong_date"}
    assert kinds["neutral_right"] == {"confirmed"}


def test_independent_estimates_are_series_per_source(tmp_path: Path) -> None:
    def estimate(doc: str, value: float, day: dt.date, text: str) -> Any:
        claim = make_claim(doc, value, claimant="other", as_of=day, outcome="killed")
        return dataclasses.replace(claim, claimant_text=text)

    db = tmp_path / "per_source.db"
    store(db, {
        "csis1": ([estimate("csis1", 200000, D(2025, 5, 1), "CSIS")], None),
        "wsj": ([estimate("wsj", 150000, D(2025, 6, 1), "WSJ")], None),
        "csis2": ([estimate("csis2", 120000, D(2025, 7, 1), "csis")], None),
    })  # fmt: skip
    check(db_path=db)
    kinds = by_doc(db)
    # CSIS going down is said once, about CSIS's own figures; the WSJ's lower figure is not CSIS's
    assert kinds == {"csis2": {"decreasing_total"}}
    assert "other named source (csis) gave 120,000" in messages(db)["csis2"]


def test_the_side_compared_is_the_side_the_series_is_about() -> None:
    """No side is named in the checker: a General Staff series about another side (here a made-up Ukrainian
    one) is compared with that side's claims, and not with Russia's."""
    other = ReferenceSeries(name="other_side", side="ukraine")
    for day, value in ((D(2022, 11, 12), 1000.0), (D(2022, 11, 13), 1010.0), (D(2022, 11, 14), 1020.0)):
        other.add("tanks", day, value)
    bundle = SeriesBundle(source="general_staff_other", family="general_staff", bound="official",
                          series={"ukraine": other.finish()})
    about_ukraine = dataclasses.replace(_claim(1010, D(2022, 11, 13)), side="ukraine", category="tanks")
    about_russia = dataclasses.replace(_claim(1010, D(2022, 11, 13)), id=2, doc="d2", category="tanks")
    _, findings = compute_findings([about_ukraine, about_russia], [bundle])
    assert [(f.kind, f.claim_ids) for f in findings] == [("confirmed", [about_ukraine.id])]
