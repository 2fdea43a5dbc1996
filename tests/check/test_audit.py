"""``lossledger reference audit``: copies of the General Staff series compared cell by cell."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lossledger.check import audit_bundles
from lossledger.cli import cli
from lossledger.ledger import Ledger
from lossledger.reference import SeriesBundle, import_reference
from lossledger.series import ReferenceSeries, general_staff_snapshot

D = dt.date
SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference" / "general_staff"


def copy(source: str, tanks: dict[int, float], personnel: dict[int, float] | None = None) -> SeriesBundle:
    """A copy of the series: November 2022 days -> values."""
    series = ReferenceSeries(name=source, side="russia")
    for day, value in tanks.items():
        series.add("tanks", D(2022, 11, day), value)
    for day, value in (personnel or {}).items():
        series.add("personnel", D(2022, 11, day), value)
    return SeriesBundle(source=source, family="general_staff", bound="official", series={"russia": series.finish()})


def test_each_kind_of_error_is_one_finding_per_cell_with_both_values() -> None:
    right = {1: 2700, 2: 2710, 3: 2725, 4: 2740, 5: 2752, 6: 2765, 7: 2770, 8: 2790}
    wrong = dict(right)
    wrong[3] = 2752  # 2725 with two digits swapped
    wrong[6] = 2752  # the day before, copied
    del wrong[7]  # a gap
    ours = copy("general_staff", right, {1: 100, 2: 110, 3: 105, 4: 120})  # a decrease with no correction
    report = audit_bundles([ours, copy("general_staff_lod", wrong)])
    found = {(f.kind, f.category, f.date) for f in report.findings}
    assert found == {
        ("digit_swap", "tanks", D(2022, 11, 3)),
        ("copied_day", "tanks", D(2022, 11, 6)),
        ("gap", "tanks", D(2022, 11, 7)),
        ("decrease", "personnel", D(2022, 11, 3)),
    }
    swap = next(f for f in report.findings if f.kind == "digit_swap")
    assert swap.values == {"general_staff": 2725, "general_staff_lod": 2752}
    assert (swap.agree, swap.suspect) == (["general_staff"], ["general_staff_lod"])
    copied = next(f for f in report.findings if f.kind == "copied_day")
    assert "general_staff_lod repeats its value of the day before" in copied.message
    assert report.cells_compared == 7  # the days both copies have
    assert report.cells_checked == 12  # every cell any copy has: 8 days of tanks, 4 of personnel
    # where the copies agree there is nothing to say
    assert audit_bundles([ours, copy("general_staff_lod", right)]).findings == [
        f for f in report.findings if f.kind == "decrease"
    ]


def test_cli_exit_status_says_whether_anything_was_found(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    good = tmp_path / "good.csv"
    good.write_text(
        "date,category,value,source\n2022-11-12,tanks,2838,general_staff_mine\n"
        "2022-11-13,tanks,2840,general_staff_mine\n"
    )
    import_reference(good, db_path=db)
    runner = CliRunner()
    # the copy agrees with the shipped snapshot: the only finding is the snapshot's own known typo
    result = runner.invoke(cli, ["reference", "audit", "--db", str(db), "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert [(f["kind"], f["date"], f["category"]) for f in report["findings"]] == [
        ("decrease", "2026-03-04", "artillery")
    ]
    assert report["cells_compared"] == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,category,value,source\n2022-11-12,tanks,2838,general_staff_mine\n"
        "2022-11-13,tanks,2480,general_staff_mine\n"
    )
    import_reference(bad, db_path=db)
    result = runner.invoke(cli, ["reference", "audit", "--db", str(db)])
    assert result.exit_code == 1
    assert "2022-11-13  digit_swap" in result.output
    assert "2,840 (general_staff_snapshot) / 2,480 (general_staff_mine)" in result.output
    assert result.output.strip().endswith("decrease 1, digit_swap 1")


def test_the_summary_counts_the_cells_its_findings_come_from(tmp_path: Path) -> None:
    """Only the shipped snapshot: no cell has two copies, yet every cell of it is checked (for falls, gaps)."""
    db = tmp_path / "empty.db"
    Ledger.open(db).close()  # a new ledger: no series imported
    runner = CliRunner()
    report = json.loads(runner.invoke(cli, ["reference", "audit", "--db", str(db), "--json"]).output)
    assert report["cells_compared"] == 0 and report["by_kind"] == {"decrease": 1}
    snapshot = general_staff_snapshot()
    assert report["cells_checked"] == sum(len(rows) for rows in snapshot.points.values())
    summary = runner.invoke(cli, ["reference", "audit", "--db", str(db)], terminal_width=200).output.splitlines()[-1]
    assert summary.startswith(f"{report['cells_checked']:,} cells checked in general_staff_snapshot")
    assert "0 cells compared" not in summary and summary.endswith("decrease 1")


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/reference is not available")
def test_shared_mirrors_digit_swaps_and_copied_days_are_found(tmp_path: Path) -> None:
    db = tmp_path / "gs.db"
    for name in ("petroivaniuk/russia_losses_personnel.json", "petroivaniuk/russia_losses_equipment.json",
                 "petroivaniuk/russia_losses_equipment_correction.json", "lod_db/russian-losses.json"):
        import_reference(SHARED / name, db_path=db)
    from lossledger.check import audit_reference

    report = audit_reference(db_path=db)
    cells = {(f.kind, f.category, f.date.isoformat()) for f in report.findings}
    assert ("digit_swap", "personnel", "2025-11-05") in cells
    assert ("digit_swap", "personnel", "2025-10-28") in cells
    assert ("copied_day", "vehicles", "2022-11-06") in cells
    gap = next(f for f in report.findings if f.kind == "gap" and f.date == D(2023, 7, 23))
    assert "general_staff_lod has no value for" in gap.message and "to 2023-12-19 (150 days)" in gap.message
    # PetroIvaniuk's own typo (README: 37,842 -> 37,832 -> 37,915; lod-db 37,874) is judged by the days around
    typo = next(f for f in report.findings if f.category == "artillery" and f.date == D(2026, 3, 4))
    assert typo.suspect == ["general_staff"] and typo.agree == ["general_staff_lod"]
    # one finding per cell, and none where the copies agree
    keys = [(f.category, f.date) for f in report.findings if f.kind != "gap"]
    assert len(keys) == len(set(keys))
    for f in report.findings:
        if f.kind in ("digit_swap", "copied_day", "disagree"):
            assert len(set(f.values.values())) > 1


def test_a_stated_increase_is_checked_against_the_running_totals(tmp_path: Path) -> None:
    def record(day: int, personnel: float, tanks: float, plus: dict[str, float]) -> dict[str, object]:
        return {"date": f"2022-11-{day}", "stats": {"personnel_units": personnel, "tanks": tanks},
                "increase": plus}

    answer = tmp_path / "rwr.json"
    answer.write_text(json.dumps([
        record(12, 80210, 2838, {"personnel_units": 480, "tanks": 3}),
        record(13, 80860, 2840, {"personnel_units": 650, "tanks": 2}),
        record(14, 81370, 2848, {"personnel_units": 510, "tanks": 80}),  # +8 tanks stated as +80
    ]))
    db = tmp_path / "rwr.db"
    import_reference(answer, db_path=db)
    from lossledger.check import audit_reference

    found = [f for f in audit_reference(db_path=db).findings if f.kind == "stated_increase"]
    assert [(f.category, f.date, f.suspect) for f in found] == [("tanks", D(2022, 11, 14), ["general_staff_rwr"])]
    assert "from 2,840 to 2,848 (+8)" in found[0].message
