"""``lossledger claims import``: hand-kept claims tables into the ledger, one claim per row."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from lossledger.check import check
from lossledger.claims_table import import_claims_table
from lossledger.cli import cli
from lossledger.export import export_claims
from lossledger.ledger import SCHEMA_VERSION, Ledger
from lossledger.ledger.schema import _migrate_v1

ECONOMIST = Path(__file__).resolve().parents[2] / "shared" / "reference" / "claims_tables" / "economist"
HEADER = ('date,estimate_low,estimate_high,estimate,type,source,source_url,country,'
          '"ignore for chart, data from warring parties"\n')


def claims(db: Path) -> list[dict[str, object]]:
    with Ledger.open(db, create=False) as ledger:
        return ledger.query("SELECT c.*, d.url FROM claims c JOIN documents d ON d.id = c.doc ORDER BY c.id")


def test_economist_layout_rows_numbers_dates_and_sources(tmp_path: Path) -> None:
    table = tmp_path / "estimates.csv"
    table.write_text(
        HEADER
        + "17/9/2024,,,\"1,200,000\",casualties,CSIS,https://www.csis.org/a,russia,\n"
        + "30/11/2023,290000,350000,320000,casualties,UK Ministry of Defence,https://x.com/b,russia,\n"
        + "29/06/2022,,25000,,deaths,UK Ministry of Defence,https://e.com/c,russia,\n"
        + "31/12/2025,\"500,000\",,,deaths,Dutch Military Intelligence and Security Service (MIVD),,russia,\n"
        + "1/2/2023,,,120000,deaths,Institute for the Study of War,,russia,\n"
        + "2/2/2023,,,120000,deaths,Some Blog,,russia,\n",
        encoding="utf-8",
    )
    db = tmp_path / "e.db"
    report = import_claims_table(table, db_path=db, preset="economist")
    assert (report.rows, report.claims, report.errors) == (6, 6, [])
    rows = claims(db)
    got = [(r["as_of"], r["value"], r["value_high"], r["value_best"], r["qualifier"], r["outcome"], r["claimant"],
            r["claimant_text"]) for r in rows]
    assert got == [
        ("2024-09-17", 1_200_000, None, None, "approx", "losses", "other", "CSIS"),
        ("2023-11-30", 290_000, 350_000, None, "range", "losses", "uk_mod", "UK Ministry of Defence"),
        ("2022-06-29", 25_000, None, None, "at_most", "killed", "uk_mod", "UK Ministry of Defence"),
        # the mapping, not the profile: the profile's "military intelligence" is Ukraine's
        ("2025-12-31", 500_000, None, None, "at_least", "killed", "other", "MIVD (Dutch military intelligence)"),
        ("2023-02-01", 120_000, None, None, "approx", "killed", "isw", "Institute for the Study of War"),
        ("2023-02-02", 120_000, None, None, "approx", "killed", "other", "Some Blog"),
    ]
    assert report.by_profile == ["Institute for the Study of War"] and report.unmapped == ["Some Blog"]
    assert rows[0]["doc"] == "estimates.csv:2" and rows[0]["url"] == "https://www.csis.org/a"
    assert rows[0]["quote"].startswith("17/9/2024,,,\"1,200,000\",casualties,CSIS")
    # a best value that is not the range's midpoint is kept
    mid = tmp_path / "mid.csv"
    mid.write_text(HEADER + "21/06/2024,106000,\"140,000\",120000,deaths,Mediazona; Meduza,,russia,\n")
    import_claims_table(mid, db_path=db, preset="economist")
    assert claims(db)[-1]["value_best"] == 120000
    # importing again stores nothing twice
    again = import_claims_table(table, db_path=db, preset="economist")
    assert (again.documents_added, again.documents_unchanged) == (0, 6)


def test_a_users_mapping_file_comes_first(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(HEADER + "1/2/2023,,,120000,deaths,UK MoD,,russia,\n", encoding="utf-8")
    mapping = tmp_path / "sources.toml"
    mapping.write_text('[[source]]\npattern = "^uk mod$"\nclaimant = "uk_officials"\nname = "Whitehall"\n')
    db = tmp_path / "m.db"
    import_claims_table(table, db_path=db, preset="economist", sources_path=mapping)
    assert [(r["claimant"], r["claimant_text"]) for r in claims(db)] == [("uk_officials", "Whitehall")]


def test_a_bad_row_is_one_error_naming_file_and_line_and_the_rest_goes_in(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text(
        HEADER
        + "1/2/2023,,,120000,deaths,CSIS,,russia,\n"
        + "31/02/2023,,,120000,deaths,CSIS,,russia,\n"  # no such day
        + "1/3/2023,,,lots,deaths,CSIS,,russia,\n"
        + "1/4/2023,,,130000,wounded-ish,CSIS,,russia,\n"
        + "1/5/2023,,,140000,deaths,CSIS,,russia,\n",
        encoding="utf-8",
    )
    db = tmp_path / "b.db"
    result = CliRunner().invoke(cli, ["claims", "import", str(table), "--preset", "economist", "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {table}: line 3: date '31/02/2023' is not D/M/YYYY or YYYY-MM-DD",
        f"error: {table}: line 4: estimate 'lots' is not a number",
        f"error: {table}: line 5: type 'wounded-ish' is not one of casualties, deaths",
    ]
    assert [r["value"] for r in claims(db)] == [120000, 140000]
    with Ledger.open(db, create=False) as ledger:
        run = ledger.query("SELECT command, failures, status FROM runs")[0]
        assert (run["command"], run["failures"], run["status"]) == ("claims import", 3, "failed")


def test_json_lines_and_columns_by_flag(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text(
        json.dumps({"when": "2023-05-21", "n": "203,160", "who": "Armed Forces of Ukraine"}) + "\n"
        + "{not json\n"
        + json.dumps({"when": "2023-05-20", "n": 202430, "who": "Armed Forces of Ukraine"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "j.db"
    result = CliRunner().invoke(cli, ["claims", "import", str(table), "--date", "when", "--best", "n",
                                      "--source", "who", "--db", str(db)])
    assert result.exit_code == 1 and f"{table}: line 2: not JSON" in result.output
    rows = claims(db)
    assert [(r["doc"], r["value"], r["claimant"], r["category"], r["side"]) for r in rows] == [
        ("t.jsonl:1", 203160, "ua_general_staff", "personnel", "russia"),
        ("t.jsonl:3", 202430, "ua_general_staff", "personnel", "russia"),
    ]
    check(db_path=db)
    with Ledger.open(db, create=False) as ledger:
        kinds = {r["kind"] for r in ledger.query("SELECT kind FROM findings")}
    assert kinds == {"confirmed"}  # imported claims are checked like extracted ones


def test_export_table_imports_back(tmp_path: Path) -> None:
    table = tmp_path / "e.csv"
    table.write_text(
        HEADER
        + "1/2/2023,,,120000,deaths,CSIS,,russia,\n"
        + "21/06/2024,106000,\"140,000\",120000,deaths,Mediazona; Meduza,https://m.io/x,russia,\n"
        + "17/9/2024,,,80000,deaths,Ukrainian estimate (leak via WSJ),,ukraine,\n",
        encoding="utf-8",
    )
    first, second = tmp_path / "1.db", tmp_path / "2.db"
    import_claims_table(table, db_path=first, preset="economist")
    exported = tmp_path / "out.csv"
    export_claims(db_path=first, output=exported, shape="table")
    report = import_claims_table(exported, db_path=second, preset="table")
    assert report.errors == [] and report.rows == 3
    keys = ("side", "category", "outcome", "value", "value_high", "value_best", "qualifier", "measure", "as_of",
            "claimant", "claimant_text", "quote")
    assert [[r[k] for k in keys] for r in claims(first)] == [[r[k] for k in keys] for r in claims(second)]


def test_a_version_1_ledger_gains_value_best_and_keeps_its_claims(tmp_path: Path) -> None:
    import sqlite_utils

    db = tmp_path / "v1.db"
    conn = sqlite3.connect(db, isolation_level=None)
    _migrate_v1(sqlite_utils.Database(conn))
    conn.execute("INSERT INTO documents (id, content_hash, text, ingested_at) VALUES ('d', 'h', 't', 'now')")
    conn.execute("INSERT INTO claims (doc, side, category, value) VALUES ('d', 'russia', 'tanks', 2840)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Ledger.open(db) as ledger:
        assert ledger.schema_version == SCHEMA_VERSION == 2
        assert ledger.query("SELECT value, value_best FROM claims") == [{"value": 2840, "value_best": None}]


@pytest.mark.skipif(not ECONOMIST.exists(), reason="../shared/reference/claims_tables is not available")
def test_the_economist_table_every_row_read_none_merged(tmp_path: Path) -> None:
    db = tmp_path / "economist.db"
    report = import_claims_table(ECONOMIST / "estimates.csv", db_path=db, preset="economist")
    assert report.errors == [] and report.rows == report.claims == 124
    assert report.unmapped == [] and report.by_profile == []
    assert len({r["doc"] for r in claims(db)}) == 124
    result = check(db_path=db)
    problems = {(f.kind, f.docs[0]) for f in result.findings if f.kind not in ("confirmed", "daily_confirmed")}
    # its one row dated three weeks before the bulletin it links to, and its one row whose type ("deaths")
    # is the General Staff's killed-and-wounded figure
    assert problems == {("wrong_date", "estimates.csv:2"), ("outcome_mislabel", "estimates.csv:7")}
