"""Reference series import: every supported layout, wrong layouts named by field, the shared real files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lossledger.errors import ReferenceFormatError
from lossledger.ledger import Ledger
from lossledger.reference import detect_format, import_reference, load_bundles, read_reference

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"
D = dt.date


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_petroivaniuk_json_csv_and_corrections(tmp_path: Path) -> None:
    personnel = write(
        tmp_path / "russia_losses_personnel.json",
        json.dumps(
            [
                {"date": "2022-11-12", "day": 262, "personnel": 80210, "personnel*": "about"},
                {"date": "2022-11-13", "day": 263, "personnel": 80860, "personnel*": "about"},
            ]
        ),
    )
    equipment = write(
        tmp_path / "russia_losses_equipment.json",
        json.dumps(
            [
                {
                    "date": "2022-11-13",
                    "day": 263,
                    "tank": 2840,
                    "field artillery": 1837,
                    "aircraft": 278,
                    "helicopter": 261,
                    "vehicles and fuel tanks": 4295,
                },
            ]
        ),
    )
    corrections = write(
        tmp_path / "russia_losses_equipment_correction.json",
        json.dumps(
            [
                {"date": "2022-11-13", "day": 263, "tank": 0, "APC": -25, "personnel": 0},
            ]
        ),
    )
    merged = write(
        tmp_path / "merged.csv",
        "date,day,personnel,personnel*,tank,field artillery,military auto\n"
        "2022-03-01,6,5710,about,198,77,305\n",
    )
    data = read_reference(personnel)
    assert (data.format, data.source, data.family) == ("petroivaniuk", "general_staff", "general_staff")
    assert data.points[("russia", "personnel", D(2022, 11, 13))] == 80860
    assert read_reference(equipment).points[("russia", "artillery", D(2022, 11, 13))] == 1837
    assert read_reference(corrections).corrections == {("russia", "armoured_vehicles", D(2022, 11, 13)): -25}
    assert read_reference(merged).points[("russia", "vehicles", D(2022, 3, 1))] == 305
    db = tmp_path / "l.db"
    for path in (personnel, equipment, corrections):
        import_reference(path, db_path=db)
    with Ledger.open(db) as ledger:
        # importing the equipment file did not remove the personnel points of the same source
        assert ledger.count("reference_points") == 2 + 5
        assert ledger.count("reference_corrections") == 1
        bundles = load_bundles(ledger)
    # the shipped snapshot stays, for whatever the imports lack (the checker merges them per cell)
    assert [b.source for b in bundles] == ["general_staff_snapshot", "general_staff"]
    assert bundles[1].correction("russia", "armoured_vehicles", D(2022, 11, 13)) == -25


def test_lod_db_layout(tmp_path: Path) -> None:
    path = write(
        tmp_path / "russian-losses.json",
        json.dumps(
            [
                {
                    "date": "2022-11-13",
                    "sourceUri": "https://example.org/13",
                    "personnel": 80860,
                    "tanks": 2840,
                    "afvs": 5742,
                    "fixedWingAircraft": 278,
                    "missiles": None,
                },
                {
                    "date": "2022-11-12",
                    "sourceUri": "https://example.org/12",
                    "personnel": 80210,
                    "tanks": 2838,
                },
            ]
        ),
    )
    data = read_reference(path)
    assert data.source == "general_staff_lod" and data.family == "general_staff"
    assert data.points[("russia", "armoured_vehicles", D(2022, 11, 13))] == 5742
    assert ("russia", "missiles", D(2022, 11, 13)) not in data.points


def test_russianwarship_answers_single_list_and_paged(tmp_path: Path) -> None:
    record = {
        "date": "2022-11-13",
        "day": 263,
        "resource": "https://example.org",
        "stats": {"personnel_units": 80860, "tanks": 2840, "planes": 278, "warships_cutters": 16},
        "increase": {"personnel_units": 650, "tanks": 2, "planes": 0},
    }
    earlier = dict(record, date="2022-11-12", stats={"personnel_units": 80210, "tanks": 2838})
    single = write(
        tmp_path / "latest.json",
        json.dumps({"message": "The data were fetched successfully.", "data": record}),
    )
    listed = write(tmp_path / "list.json", json.dumps([record, earlier]))
    paged = write(
        tmp_path / "paged.json",
        json.dumps(
            {"message": "ok", "data": {"paginator": {"currentPage": 1}, "records": [record, earlier]}}
        ),
    )
    for path, n in ((single, 4), (listed, 6), (paged, 6)):
        data = read_reference(path)
        assert data.format == "russianwarship" and len(data.points) == n
        assert data.points[("russia", "aircraft" if n == 4 else "tanks", D(2022, 11, 13))] in (278, 2840)
    bad = write(tmp_path / "bad.json", json.dumps({"data": {"date": "2022-11-13", "stats": {"unknown": 1}}}))
    with pytest.raises(ReferenceFormatError, match="'stats'"):
        read_reference(bad)


def test_oryx_history_and_mediazona_are_lower_bounds(tmp_path: Path) -> None:
    oryx = write(
        tmp_path / "totals_by_type_history.csv",
        "snapshot_date,commit,country,equipment_type,equipment_type_raw,destroyed,abandoned,captured,"
        "damaged,type_total\n"
        "2023-02-01,abc,Russia,Tanks,Tanks,1000,200,500,100,1800\n"
        "2023-02-01,abc,Russia,Infantry Fighting Vehicles,Infantry Fighting Vehicles,1,1,1,1,4\n"
        "2023-02-01,abc,Russia,Armoured Personnel Carriers,Armoured Personnel Carriers,1,0,0,1,2\n"
        "2023-02-01,abc,Russia,Radars,Radars,1,0,0,0,1\n"
        "2023-02-01,abc,Ukraine,Tanks,Tanks,300,20,100,50,470\n"
        "2023-02-01,abc,Ukraine,Tanks,Tanks,300,20,100,50,470\n",
    )
    data = read_reference(oryx)
    assert (data.format, data.bound, data.family) == ("oryx", "lower_bound", "oryx")
    assert data.points[("russia", "armoured_vehicles", D(2023, 2, 1))] == 6  # IFVs + APCs
    assert data.points[("ukraine", "tanks", D(2023, 2, 1))] == 470  # the duplicate row is counted once
    assert data.skipped == {"type not mapped to a category: Russia/Radars": 1}
    mediazona = write(
        tmp_path / "mediazona_totals_by_snapshot.csv",
        "snapshot_date,confirmed_total,known_date_total,last_death_date_in_snapshot\n"
        "2024-01-03,,29235,2023-12-28\n2024-01-04,40599,29300,2023-12-29\n",
    )
    data = read_reference(mediazona)
    assert data.points == {("russia", "personnel", D(2024, 1, 4)): 40599}
    assert data.bound == "lower_bound"


def test_plain_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path / "my_series.csv",
        "date,category,value,side,bound\n2022-11-13,tanks,2840,russia,official\n"
        '2022-11-13,personnel,"80,860",russia,official\n',
    )
    data = read_reference(path)
    assert data.source == "my_series" and data.points[("russia", "personnel", D(2022, 11, 13))] == 80860
    assert detect_format(path) == "csv"


@pytest.mark.parametrize(
    ("name", "content", "fmt", "field"),
    [
        ("empty.json", b"", None, None),
        ("binary.json", b"\x00\x01\x02\x03" * 50, None, None),
        ("latin1.csv", "date,category,value\n2022-11-13,t\xe2nks,1\n".encode("latin-1"), None, None),
        ("nodate.csv", "day,category,value\n1,tanks,2\n", "csv", "date"),
        ("badvalue.csv", "date,category,value\n2022-11-13,tanks,many\n", None, "value"),
        ("baddate.csv", "date,category,value\n13/11/2022,tanks,2\n", None, "date"),
        ("petro.json", json.dumps([{"date": "2022-11-13", "tank": "lots"}]), "petroivaniuk", "tank"),
        ("petro_nodate.json", json.dumps([{"day": 5, "tank": 3}]), "petroivaniuk", "date"),
        ("lod.json", json.dumps([{"date": "2022-11-13", "tanks": 3}]), "lod_db", "personnel"),
        ("oryx.csv", "snapshot_date,country,equipment_type\n2023-01-01,Russia,Tanks\n", "oryx", "type_total"),
        ("mz.csv", "snapshot_date,total\n2024-01-01,5\n", "mediazona", "confirmed_total"),
        ("truncated.json", '[{"date": "2022-11-13", "personnel": 80860}, {"date": "2022-1', None, None),
        ("unknown.json", json.dumps([{"when": "2022-11-13", "n": 1}]), None, "date"),
        ("rwr.json", json.dumps({"data": {"day": 5, "stats": {"tanks": 1}}}), "russianwarship", "date"),
    ],
)
def test_wrong_format_is_a_clear_error_naming_file_and_field(
    tmp_path: Path, name: str, content: str | bytes, fmt: str | None, field: str | None
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(ReferenceFormatError) as info:
        read_reference(path, format=fmt)
    assert name in str(info.value)
    if field is not None:
        assert info.value.field == field and repr(field) in str(info.value)


@pytest.mark.parametrize(
    ("name", "content", "field", "place"),
    [
        ("petro.json", '[{"date": "2022-11-13", "tank": 1}, {"date": "2022-11-14", "tank": %s}]' % ("9" * 5000),
         "tank", "record 1"),
        ("series.csv", "date,category,value\n2022-11-13,tanks,1\n2022-11-14,tanks,%s\n" % ("7" * 5000), "value",
         "line 3"),
        ("decimal.csv", "date,category,value\n2022-11-13,tanks,%s.5\n" % ("7" * 400), "value", "line 2"),
    ],
)
def test_a_number_of_thousands_of_digits_is_one_clear_error(
    tmp_path: Path, name: str, content: str, field: str, place: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(ReferenceFormatError) as info:
        read_reference(path)
    message = str(info.value)
    assert name in message and repr(field) in message and place in message and "too large" in message
    assert "4300" not in message and "int_max_str_digits" not in message and "inf" not in message


def test_failed_import_leaves_the_ledger_untouched(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    good = write(tmp_path / "good.csv", "date,category,value,source\n2022-11-13,tanks,2840,mine\n")
    import_reference(good, db_path=db)
    bad = write(
        tmp_path / "bad.csv",
        "date,category,value,source\n2022-11-13,tanks,2840,mine\n2022-11-14,tanks,?,mine\n",
    )
    with pytest.raises(ReferenceFormatError, match="value"):
        import_reference(bad, db_path=db, source="mine")
    with Ledger.open(db) as ledger:
        assert ledger.query("SELECT source, value FROM reference_points") == [
            {"source": "mine", "value": 2840}
        ]


SHARED_FILES = [
    ("general_staff/petroivaniuk/russia_losses_personnel.json", "petroivaniuk", 1626),
    ("general_staff/petroivaniuk/russia_losses_equipment_correction.json", "petroivaniuk", 0),
    ("general_staff/lod_db/russian-losses.json", "lod_db", None),
    ("oryx/scarnecchia/totals_by_type_history.csv", "oryx", None),
    ("mediazona/mediazona_totals_by_snapshot.csv", "mediazona", 730),
]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/reference is not available")
@pytest.mark.parametrize(("relative", "fmt", "points"), SHARED_FILES)
def test_shared_reference_files_import(tmp_path: Path, relative: str, fmt: str, points: int | None) -> None:
    report = import_reference(SHARED / relative, db_path=tmp_path / "l.db")
    assert report.format == fmt
    if points is not None:
        assert report.points == points
    if relative.endswith("correction.json"):
        assert report.corrections > 20


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/reference is not available")
def test_shared_lod_db_agrees_with_the_shipped_snapshot_on_the_seed_facts(tmp_path: Path) -> None:
    data = read_reference(SHARED / "general_staff/lod_db/russian-losses.json")
    assert data.points[("russia", "personnel", D(2022, 11, 13))] == 80860
    assert data.points[("russia", "tanks", D(2022, 11, 13))] == 2840
    assert data.points[("russia", "vehicles", D(2022, 11, 6))] == 4184  # the bulletin's figure; PI has 4191


def test_oryx_type_name_broken_over_two_rows_is_read_and_said(tmp_path: Path) -> None:
    header = (
        "snapshot_date,commit,country,equipment_type,equipment_type_raw,destroyed,abandoned,captured,"
        "damaged,type_total\n"
    )
    broken = '"Infantry Fighting Vehicles (1849, of which destroyed: 1159, damaged: 40, abandoned: 81, cap"'
    oryx = write(
        tmp_path / "totals_by_type_history.csv",
        header
        + "2022-12-25,a,Russia,Infantry Fighting Vehicles,Infantry Fighting Vehicles,1150,80,560,40,1830\n"
        + f"2022-12-26,b,Russia,{broken},{broken},1159,81,0,40,1280\n"
        + "2022-12-26,b,Russia,tured: 569),tured: 569),0,0,0,0,0\n",
    )
    db = tmp_path / "o.db"
    report = import_reference(oryx, db_path=db)
    data = read_reference(oryx)
    assert data.points[("russia", "armoured_vehicles", D(2022, 12, 26))] == 1849
    assert report.skipped == {"the tail of a broken type name (its total is read from the name)": 1}
    assert len(report.warnings) == 1 and f"{oryx}:3: a broken Oryx type name" in report.warnings[0]


def test_import_warns_about_drops_and_a_file_covering_less_than_it_replaces(tmp_path: Path) -> None:
    full = write(
        tmp_path / "full.csv",
        "date,category,value,source\n2023-01-01,tanks,3000,mine\n2023-01-02,tanks,3005,mine\n"
        "2023-01-03,tanks,300,mine\n",
    )
    db = tmp_path / "w.db"
    first = import_reference(full, db_path=db)
    assert first.warnings == ["russia tanks falls from 3,005 on 2023-01-02 to 300 on 2023-01-03: a row may be "
                              "missing or mistyped there"]
    assert first.days == {"tanks": 3}
    one_day = write(tmp_path / "one.csv", "date,category,value,source\n2023-01-04,tanks,3010,mine\n")
    second = import_reference(one_day, db_path=db)
    assert second.warnings == [
        "mine russia tanks: this file has 1 days (2023-01-04 to 2023-01-04), fewer than the 3 days "
        "(2023-01-01 to 2023-01-03) it replaces; those points are dropped"
    ]
