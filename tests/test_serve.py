"""The Datasette explorer: metadata, the read-only copy, facets, search and canned queries.

These run Datasette in-process through its own test client; ``test_browser.py`` drives a real server.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from lossledger import serve as serve_module
from lossledger.cli import cli
from lossledger.errors import LedgerError
from lossledger.serve import (
    DATABASE_NAME,
    EXPLORER_TABLE,
    build_explorer_db,
    build_metadata,
    make_app,
)
from report_fixtures import HOSTILE_QUOTE, build_fixture_ledger


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_ledger(tmp_path_factory.mktemp("ledger") / "fixture.db")


@pytest.fixture(scope="module")
def app(ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> Datasette:
    ds = make_app(ledger, workdir=tmp_path_factory.mktemp("explorer"))
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds: Datasette, path: str) -> Any:
    async def fetch() -> Any:
        return await ds.client.get(path)

    return asyncio.run(fetch())


def rows(ds: Datasette, path: str) -> list[dict[str, Any]]:
    response = get(ds, path)
    assert response.status_code == 200, response.text[:500]
    return response.json()


def test_metadata_has_facets_units_descriptions_and_queries() -> None:
    meta = build_metadata(report_href="/report/report.html")
    db = meta["databases"][DATABASE_NAME]
    explorer = db["tables"][EXPLORER_TABLE]
    assert explorer["facets"][:3] == ["side", "category", "claimant"]
    assert {"array": "findings"} in explorer["facets"]
    assert explorer["units"] == {"period_days": "day"}
    assert explorer["column_descriptions"]["value"].startswith("The number stated")
    assert "columns" not in explorer  # Datasette would list them above the rows
    assert all(t.get("title") and t.get("description") for t in db["tables"].values())
    assert set(db["queries"]) == {"claims_by_claimant_over_time", "mislabelled_figures", "most_echoed_claims"}
    assert 'href="/report/report.html"' in meta["description_html"]


def test_metadata_leaves_out_queries_over_missing_tables() -> None:
    meta = build_metadata(tables={"documents", "claims"}, report_href=None, ledger_name="<b>x</b>.db")
    assert set(meta["databases"][DATABASE_NAME]["queries"]) == {"claims_by_claimant_over_time"}
    assert "report" not in meta["description_html"]
    assert "&lt;b&gt;x&lt;/b&gt;.db" in meta["description_html"]


def test_the_database_is_served_immutable_and_the_ledger_untouched(tmp_path: Path) -> None:
    db = build_fixture_ledger(tmp_path / "ledger.db")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    ds = make_app(db, workdir=tmp_path / "work", with_report=False)
    assert DATABASE_NAME in ds.databases
    assert ds.databases[DATABASE_NAME].is_mutable is False
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    response = get(ds, f"/{DATABASE_NAME}.json?sql=" + "delete%20from%20claims")
    assert response.status_code == 400
    assert sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0] == 11


def test_explorer_table_joins_articles_and_findings(tmp_path: Path, ledger: Path) -> None:
    copy = build_explorer_db(ledger, tmp_path / "copy.db")
    conn = sqlite3.connect(copy)
    conn.row_factory = sqlite3.Row
    by_id = {r["id"]: r for r in conn.execute(f"SELECT * FROM {EXPLORER_TABLE}")}
    assert len(by_id) == 11
    assert json.loads(by_id[10]["findings"]) == ["wrong_date"] and by_id[10]["severity"] == "warning"
    assert json.loads(by_id[9]["findings"]) == [] and by_id[9]["severity"] is None
    assert by_id[1]["outlet"] == "news.example.org" and by_id[1]["url"].startswith("https://news.example.org/")
    assert by_id[11]["url"] is None  # the javascript: link is not carried over
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_explorer_names_claimants_as_the_profile_does(tmp_path: Path, ledger: Path, app: Datasette) -> None:
    copy = build_explorer_db(ledger, tmp_path / "copy.db")
    names = dict(sqlite3.connect(copy).execute(f"SELECT DISTINCT claimant, claimant_label FROM {EXPLORER_TABLE}"))
    assert names["ua_general_staff"] == "Ukraine's General Staff" and names["us_officials"] == "US officials"
    assert names[None] == "unattributed (the outlet's own voice)"
    over_time = rows(app, f"/{DATABASE_NAME}/claims_by_claimant_over_time.json?_shape=array&claimant=us_officials")
    assert {r["claimant_label"] for r in over_time} == {"US officials"}


def test_facets_on_side_category_claimant_and_finding(app: Datasette) -> None:
    data = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}.json?_size=0")
    facets = {
        name: {v["value"]: v["count"] for v in f["results"]} for name, f in data["facet_results"].items()
    }
    assert facets["side"] == {"russia": 10, "ukraine": 1}
    assert facets["claimant"]["ua_general_staff"] == 6 and facets["claimant"]["us_officials"] == 3
    assert facets["category"]["tanks"] == 2
    assert facets["findings"]["confirmed"] == 4 and facets["findings"]["wrong_date"] == 1
    narrowed = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}.json?side=ukraine&_shape=array")
    assert [r["id"] for r in narrowed] == [7]


def test_full_text_search_over_quotes(app: Datasette) -> None:
    found = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}.json?_search=tanks&_shape=array")
    assert sorted(r["id"] for r in found) == [2, 11]
    found = rows(app, f"/{DATABASE_NAME}/claims.json?_search=hours&_shape=array")
    assert [r["id"] for r in found] == [5]


def test_canned_queries(app: Datasette) -> None:
    query = f"/{DATABASE_NAME}/claims_by_claimant_over_time.json?_shape=array"
    over_time = rows(app, query + "&claimant=us_officials")
    assert [r["claim_id"] for r in over_time] == [9, 8, 7]
    everyone = rows(app, f"/{DATABASE_NAME}/claims_by_claimant_over_time.json?_shape=array")
    assert len(everyone) == 11
    mislabelled = rows(app, f"/{DATABASE_NAME}/mislabelled_figures.json?_shape=array")
    assert [(r["kind"], r["claim_id"]) for r in mislabelled] == [("mislabelled_running_total", 5),
                                                                 ("wrong_date", 10)]
    echoed = rows(app, f"/{DATABASE_NAME}/most_echoed_claims.json?_shape=array")
    assert echoed[0]["value"] == 80860 and echoed[0]["n_outlets"] == 2


def test_report_is_served_and_linked(app: Datasette) -> None:
    index = get(app, "/")
    assert 'href="/report/report.html"' in index.text
    report = get(app, "/report/report.html")
    assert report.status_code == 200 and "plotly.js (basic - minified) v" in report.text


def test_hostile_rows_are_escaped_in_the_explorer(app: Datasette) -> None:
    page = get(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}/11").text
    assert "<script>window.__pwned" not in page and '<img src=x onerror="window' not in page
    assert "&lt;img src=x onerror=" in page
    assert 'href="javascript:' not in page
    doc = get(app, f"/{DATABASE_NAME}/documents/hostile").text
    assert 'href="javascript:' not in doc and "<script>window.__pwned" not in doc
    assert rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}/11.json?_shape=array")[0]["quote"] == HOSTILE_QUOTE


def test_make_app_names_an_unusable_ledger(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"definitely not sqlite" * 100)
    with pytest.raises(LedgerError, match="not a readable SQLite ledger") as info:
        make_app(bad, workdir=tmp_path / "work")
    assert str(bad) in str(info.value)


def test_cli_serve_binds_localhost_by_default(monkeypatch: pytest.MonkeyPatch, ledger: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_serve(db: Path, **kwargs: Any) -> None:
        seen.update(kwargs, db=db)
        seen.pop("on_ready")

    monkeypatch.setattr(serve_module, "serve", fake_serve)
    result = CliRunner().invoke(cli, ["serve", "--db", str(ledger)])
    assert result.exit_code == 0, result.output
    assert seen == {"db": ledger, "host": "127.0.0.1", "port": 8001, "with_report": True, "profile": None}
    result = CliRunner().invoke(cli, ["serve", "--db", str(ledger), "--host", "0.0.0.0", "--port", "9000",
                                      "--no-report", "--profile", "war.toml"])
    assert seen["host"] == "0.0.0.0" and seen["port"] == 9000 and seen["with_report"] is False
    assert seen["profile"] == "war.toml"


def test_cli_serve_reports_a_missing_ledger(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code == 1 and "no ledger here" in result.output and str(missing) in result.output


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/nope", 404),
    ("GET", f"/{DATABASE_NAME}/nope", 404),
    ("GET", f"/{DATABASE_NAME}/{EXPLORER_TABLE}/999999", 404),
    ("POST", "/nope", 405),
    ("POST", f"/{DATABASE_NAME}/{EXPLORER_TABLE}", 405),  # Datasette alone answers 500 here
    ("POST", f"/{DATABASE_NAME}/claims_by_claimant_over_time", 405),
    ("PUT", f"/{DATABASE_NAME}/claims", 405),
    ("DELETE", "/", 405),
    ("POST", "/-/nope", 405),
])
def test_bad_requests_get_404_or_405_and_one_log_line(
    app: Datasette, method: str, path: str, status: int,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    async def fetch() -> Any:
        return await app.client.request(method, path)

    with caplog.at_level(logging.WARNING, logger="lossledger.serve"):
        response = asyncio.run(fetch())
    assert response.status_code == status
    if status == 405:
        assert response.headers["allow"] == "GET, HEAD"
    printed = capsys.readouterr()
    assert printed.out == "" and printed.err == ""  # no traceback, no locals
    lines = [r.getMessage() for r in caplog.records if r.name == "lossledger.serve"]
    assert len(lines) == 1 and lines[0].startswith(f"{method} {path}: {status}") and "\n" not in lines[0]


def test_counts_are_whole_numbers(app: Datasette) -> None:
    row = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}/1.json?_shape=array")[0]
    assert row["value"] == 80860 and isinstance(row["value"], int)
    page = get(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}?id=1").text
    assert '<td class="col-value type-int">80860</td>' in page
    claims = get(app, f"/{DATABASE_NAME}/claims?id=1").text  # the ledger's own REAL column
    assert "80860.0" not in claims and ">80860<" in claims
    mislabelled = rows(app, f"/{DATABASE_NAME}/mislabelled_figures.json?_shape=array")
    assert [type(r["value"]) for r in mislabelled] == [int, int]
    echoed = rows(app, f"/{DATABASE_NAME}/most_echoed_claims.json?_shape=array")
    assert isinstance(echoed[0]["value"], int)


def test_every_table_exports_whole_counts_as_integers(tmp_path: Path) -> None:
    ledger = build_fixture_ledger(tmp_path / "ledger.db", with_general_staff=True)
    with sqlite3.connect(ledger) as conn:  # a fraction where the schema allows one stays a fraction
        conn.execute("UPDATE claims SET period_days = 1.5 WHERE id = 1")
    ds = make_app(ledger, workdir=tmp_path / "explorer")
    asyncio.run(ds.invoke_startup())
    claim = rows(ds, f"/{DATABASE_NAME}/claims/1.json?_shape=array")[0]
    assert claim["value"] == 80860 and isinstance(claim["value"], int) and claim["period_days"] == 1.5
    finding = rows(ds, f"/{DATABASE_NAME}/findings/1.json?_shape=array")[0]
    assert isinstance(finding["reference_value"], int)
    group = rows(ds, f"/{DATABASE_NAME}/claim_groups.json?_shape=array")[0]
    assert isinstance(group["value"], int)
    points = get(ds, f"/{DATABASE_NAME}/reference_points.csv?_size=5").text
    claims_csv = get(ds, f"/{DATABASE_NAME}/claims.csv?id=1").text
    assert not re.search(r",\d+\.0,", points + claims_csv), (points, claims_csv)
    assert ",80860,," in claims_csv
    with sqlite3.connect(ledger) as conn:  # the ledger itself is untouched
        assert conn.execute("SELECT typeof(value) FROM claims WHERE id = 1").fetchone() == ("real",)


def test_asking_for_a_default_facet_again_does_not_show_it_twice(app: Datasette) -> None:
    data = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}.json?_size=0&_facet=side&_facet_array=findings")
    assert sorted(data["facet_results"]) == ["category", "claimant", "findings", "severity", "side"]
    data = rows(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}.json?_size=0&_facet=outcome&side=russia")
    assert "outcome" in data["facet_results"] and "side_2" not in data["facet_results"]
    assert data["filtered_table_rows_count"] == 10  # the other arguments are kept


def test_the_rows_come_before_the_column_descriptions(app: Datasette) -> None:
    page = get(app, f"/{DATABASE_NAME}/{EXPLORER_TABLE}").text
    assert page.index('class="rows-and-columns"') < page.index('class="column-descriptions"')
    assert "The number stated (the low end of a range)" in page
    assert page.count('class="column-descriptions"') == 1


def test_serve_says_serving_only_once_it_listens(
    monkeypatch: pytest.MonkeyPatch, ledger: Path, tmp_path: Path
) -> None:
    import uvicorn

    said: list[str] = []
    missing = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert "Serving" not in missing.output and "no ledger here" in missing.output
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        result = CliRunner().invoke(cli, ["serve", "--db", str(ledger), "--port", str(port), "--no-report"])
    finally:
        taken.close()
    assert result.exit_code == 1 and "Serving" not in result.output
    assert f"127.0.0.1:{port}: cannot serve there" in result.output

    async def started_then_stop(self: uvicorn.Server, sockets: Any = None) -> None:
        await startup(self, sockets=sockets)
        self.should_exit = True  # serve nothing: stop at once

    startup = uvicorn.Server.startup
    monkeypatch.setattr(uvicorn.Server, "startup", started_then_stop)
    serve_module.serve(ledger, port=0, with_report=False, on_ready=said.append)
    assert len(said) == 1 and said[0].startswith("http://127.0.0.1:")
