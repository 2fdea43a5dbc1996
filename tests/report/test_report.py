"""The HTML report: what it reads, what it shows, and that ledger text stays inert."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lossledger.cli import cli
from lossledger.errors import LedgerError, LossledgerError
from lossledger.report import (
    build_charts,
    load_report_data,
    render_report,
    safe_url,
    script_json,
    write_report,
)
from lossledger.series import general_staff_snapshot
from report_fixtures import (
    HOSTILE_CLAIMANT_TEXT,
    HOSTILE_QUOTE,
    HOSTILE_TITLE,
    build_fixture_ledger,
    create_empty_ledger,
)

MADE = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_ledger(tmp_path_factory.mktemp("ledger") / "fixture.db")


@pytest.fixture(scope="module")
def page(ledger: Path) -> str:
    return render_report(load_report_data(ledger, generated_at=MADE))


def _claims_json(page: str) -> list[dict[str, Any]]:
    match = re.search(r'<script type="application/json" id="claims-data">(.*?)</script>', page, re.S)
    assert match, "the claims data block is missing"
    return json.loads(match.group(1))


def test_header_says_what_is_in_the_ledger(page: str) -> None:
    assert re.search(r'id="n-documents">6<', page)
    assert re.search(r'id="n-claims">11<', page)
    assert re.search(r'id="n-claimants">3<', page)  # ua_general_staff, us_officials, other
    assert re.search(r'id="date-range">2022-11-06 to 2022-11-20<', page)
    assert "2024-05-01 12:00 UTC" in page
    assert 'id="failures-note"' in page and "1 input(s) could not be read" in page


#: The first line of the plotly.js bundle the report embeds (its "basic" distribution).
PLOTLY_BANNER = "plotly.js (basic - minified) v"


def test_plotly_is_embedded_once_and_nothing_is_fetched(page: str) -> None:
    assert page.count(PLOTLY_BANNER) == 1 and page.count("plotly.js v") == 0  # not the 4.7 MB full bundle
    assert page.index(PLOTLY_BANNER) < page.index("Plotly.newPlot")  # loaded before the first chart
    assert len(page.encode("utf-8")) < 1_500_000
    assert not re.search(r"<script[^>]+src=", page), "no external scripts"
    assert not re.search(r"<link[^>]+href=", page), "no external stylesheets"
    assert page.count('class="plotly-graph-div"') == 5


def test_the_embedded_plotly_matches_the_plotly_package() -> None:
    """The figures' JSON is written by the plotly package for its own plotly.js: the bundle embedded
    instead must be of the same major version."""
    from importlib import resources

    from plotly.offline import get_plotlyjs_version

    from lossledger.report import PLOTLY_BUNDLE

    banner = (resources.files("lossledger.report") / "static" / PLOTLY_BUNDLE).read_text("utf-8")[:300]
    match = re.search(r"plotly\.js \(basic - minified\) v(\d+)\.", banner)
    assert match and match.group(1) == get_plotlyjs_version().split(".")[0]


def test_charts_per_side_and_category(ledger: Path) -> None:
    data = load_report_data(ledger, generated_at=MADE)
    charts = build_charts(data)
    keys = [(c.side, c.category, c.kind) for c in charts]
    assert keys == [
        ("russia", "personnel", "cumulative"),
        ("russia", "personnel", "period"),
        ("russia", "tanks", "cumulative"),
        ("russia", "artillery", "cumulative"),
        ("ukraine", "personnel", "cumulative"),
    ]
    personnel = charts[0].figure
    names = [t.name for t in personnel.data]
    assert "General Staff running total" in names
    assert "Mediazona named dead (lower bound)" in names
    charted_ids = sorted(
        i for t in personnel.data if t.customdata is not None and t.legendgroup != "flagged" for i in t.customdata
    )
    assert charted_ids == [1, 3, 8, 10]  # the projection (9) and the period claims are not here
    # The running-total line is the real General Staff series around the claims.
    gs = next(t for t in personnel.data if t.name == "General Staff running total")
    points = dict(zip([str(x)[:10] for x in gs.x], gs.y, strict=True))
    assert points["2022-11-13"] == 80860 and points["2022-11-06"] == 75930


def test_flagged_claims_are_marked_on_the_chart(ledger: Path) -> None:
    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    tanks = next(c for c in charts if c.category == "tanks").figure
    flags = [t for t in tanks.data if t.legendgroup == "flagged"]
    # One marker shape in the flag colour around the flagged dot (2,819 tanks differs: a warning),
    # none around the confirmed 2,840; it has a legend entry saying what it means.
    assert len(flags) == 1 and list(flags[0].customdata) == [2]
    assert flags[0].marker.symbol == "diamond-open" and flags[0].marker.color == "#c0392b"
    assert flags[0].name == "flagged by the checker" and flags[0].showlegend is True
    assert flags[0].hoverinfo == "skip"  # the dot under it answers hover and click


def test_a_claimants_dots_keep_one_shape_and_a_colour_that_is_not_the_flag_colour(ledger: Path) -> None:
    from lossledger.report import vocabulary

    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    seen: dict[str, set[str]] = {}
    for chart in charts:
        for trace in chart.figure.data:
            if trace.mode == "markers" and trace.legendgroup.startswith("claimant:"):
                assert trace.marker.symbol == "circle", trace.name  # one shape: the legend symbol is stable
                seen.setdefault(trace.legendgroup, set()).add(trace.marker.color)
    assert len(seen) == 4 and all(len(colours) == 1 for colours in seen.values())  # one colour everywhere

    def hue(colour: str) -> float:
        import colorsys

        r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        return colorsys.rgb_to_hsv(r, g, b)[0] * 360

    flag = hue(vocabulary()["flag_colour"])
    for colour in vocabulary()["claimant_colours"]:
        distance = min(abs(hue(colour) - flag), 360 - abs(hue(colour) - flag))
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        grey = max(r, g, b) - min(r, g, b) < 40
        assert grey or distance > 30, f"{colour} is too close to the flag colour"


def test_every_chart_has_axis_titles_with_units_and_a_legend(ledger: Path) -> None:
    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    for chart in charts:
        layout = chart.figure.layout
        y_titles = [layout[k].title.text for k in layout if k.startswith("yaxis")]
        assert y_titles and all(y_titles), chart.title
        assert layout.showlegend is True, chart.title  # also for a chart of one series
        x_titles = [layout[k].title.text for k in layout if k.startswith("xaxis") and layout[k].title.text]
        assert x_titles == ["Date the figure refers to"], chart.title
    by_key = {(c.side, c.category, c.kind): c.figure.layout for c in charts}
    assert by_key[("russia", "personnel", "cumulative")].yaxis.title.text == "Running total (people)"
    assert by_key[("russia", "tanks", "cumulative")].yaxis.title.text == "Running total (vehicles)"
    ukraine = build_charts(load_report_data(ledger, generated_at=MADE))[-1].figure
    assert [t.name for t in ukraine.data] == ["US officials"]  # one series, still in a legend


def test_a_mislabelled_running_total_does_not_flatten_the_daily_chart(ledger: Path) -> None:
    """80,860 called a 24-hour figure sits beside daily changes of ~650: it is drawn in a panel of
    its own above the chart, so the daily line keeps its scale."""
    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    period = next(c for c in charts if c.kind == "period").figure
    on_top = {i for t in period.data if t.yaxis == "y" and t.customdata is not None for i in t.customdata}
    main = [t for t in period.data if t.yaxis == "y2"]
    assert on_top == {5}  # the mislabelled running total (and the flag around it)
    assert max(v for t in main for v in t.y) < 1000  # the daily line and the 650 keep their scale
    assert period.layout.yaxis.title.text == "Off scale"
    assert period.layout.yaxis2.title.text == "Figure for the period (people)"
    running = next(c for c in charts if c.kind == "cumulative").figure
    assert "yaxis2" not in running.layout.to_plotly_json()  # nothing off the scale there: one panel


def test_period_chart_shows_the_daily_change(ledger: Path) -> None:
    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    period = next(c for c in charts if c.kind == "period").figure
    daily = next(t for t in period.data if t.name and "change from the day before" in t.name)
    changes = dict(zip([str(x)[:10] for x in daily.x], daily.y, strict=True))
    assert changes["2022-11-13"] == 650  # 80,860 - 80,210


def test_findings_section_lists_evidence(page: str) -> None:
    findings = page[page.index('<section id="findings">'):page.index('<section id="claims">')]
    order = [m.group(1) for m in re.finditer(r'class="finding severity-(\w+)"', findings)]
    assert order[0] == "error" and order[-1] == "info"
    assert "Running total called a period figure" in findings
    assert "Right figure, wrong date" in findings
    assert "Russia lost 80,860 soldiers in the past 24 hours" in findings
    assert "General Staff running total on 2022-11-13: 80,860" in findings
    assert 'href="http://frontline.example.com/daily/2022-11-14"' in findings
    assert "5 finding(s) of a figure that agrees with a reference series" in findings  # 4 + 1 daily


def test_table_data_carries_filters_and_links(page: str) -> None:
    claims = _claims_json(page)
    assert [c["id"] for c in claims] == [3, 4, 7, 8, 1, 2, 6, 11, 5, 10, 9]  # by date, undated last
    assert {c["id"] for c in claims if c["flagged"]} == {2, 5, 10}
    assert {c["claimant"] for c in claims} == {"ua_general_staff", "us_officials", "other", "-"}
    assert sum(1 for c in claims if c["url"]) == 10
    by_id = {c["id"]: c for c in claims}
    assert by_id[5]["url"] == "http://frontline.example.com/daily/2022-11-14"
    assert by_id[5]["findings"] == [{
        "severity": "error", "kind": "mislabelled_running_total",
        "label": "Running total called a period figure",
        "message": (
            "80,860 is called a 24-hour figure but is the General Staff's running total for 2022-11-13."
        ),
    }]
    assert by_id[9]["value"] == 150000 and by_id[9]["as_of"] == ""


def test_findings_list_is_capped_per_kind_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lossledger.report import render

    monkeypatch.setattr(render, "MAX_FINDINGS_PER_KIND", 1)
    db = build_fixture_ledger(tmp_path / "cap.db", hostile=False)
    page = render_report(load_report_data(db, generated_at=MADE))
    assert page.count('class="finding severity-') == 3  # one of each kind that disagrees
    assert "1 more “Differs from the reference” finding(s) are not listed here" in page
    assert "and 3 more." in page  # 3 confirmed + 1 daily confirmed, 1 listed


def test_hostile_text_is_inert(page: str) -> None:
    # No tag from the ledger survives as markup anywhere in the page...
    for raw in ("<script>window.__pwned", '<img src=x onerror="window', "<svg onload", "<i>Evil Outlet</i>",
                'href="javascript:', "<b>bold</b>"):
        assert raw not in page, raw
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt; matches" in page  # a finding's message
    # ...the embedded JSON cannot close its script block or open a comment...
    block = re.search(r'id="claims-data">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1) and ">" not in block.group(1)
    # ...and it still carries the text exactly, for the click panel to show as text.
    data = {c["id"]: c for c in _claims_json(page)}
    assert data[11]["quote"] == HOSTILE_QUOTE
    assert data[11]["claimant_text"] == HOSTILE_CLAIMANT_TEXT
    assert data[11]["title"] == HOSTILE_TITLE
    assert data[11]["url"] is None  # a javascript: link is dropped


def test_plotly_hover_text_is_escaped(ledger: Path) -> None:
    charts = build_charts(load_report_data(ledger, generated_at=MADE))
    tanks = next(c for c in charts if c.category == "tanks").figure
    hover = " ".join(h for t in tanks.data if t.hovertext is not None for h in t.hovertext)
    assert "&lt;img src=x onerror" in hover and "<img" not in hover and "<svg" not in hover
    assert "&lt;/script&gt;" in hover


def test_empty_ledger_gives_a_valid_report_that_says_so(tmp_path: Path) -> None:
    db = create_empty_ledger(tmp_path / "empty.db")
    result = write_report(db, output=tmp_path / "r.html", generated_at=MADE)
    page = result.path.read_text(encoding="utf-8")
    assert result.claims == 0 and result.charts == 0
    assert 'id="empty-note"' in page and "holds no claims yet" in page
    assert PLOTLY_BANNER not in page  # no chart, no 1 MB of library
    assert page.rstrip().endswith("</html>")
    assert _claims_json(page) == []


def test_general_staff_in_the_ledger_is_preferred(tmp_path: Path) -> None:
    db = build_fixture_ledger(tmp_path / "gs.db", with_general_staff=True)
    data = load_report_data(db, generated_at=MADE)
    origins = {(ln.source, ln.category): ln.origin for ln in data.reference if ln.source == "general_staff"}
    assert origins == {("general_staff", c): "ledger" for c in ("personnel", "tanks", "artillery")}
    assert not any("shipped with lossledger" in note for note in data.notes)


def test_snapshot_stands_in_for_a_missing_general_staff_series(ledger: Path) -> None:
    data = load_report_data(ledger, generated_at=MADE)
    lines = {ln.category: ln for ln in data.reference if ln.source == "general_staff"}
    assert set(lines) == {"personnel", "tanks", "artillery"}
    assert all(ln.origin == "snapshot" for ln in lines.values())
    assert lines["tanks"].points == general_staff_snapshot().points["tanks"]
    assert any("shipped with lossledger" in note for note in data.notes)
    assert not any(ln.side == "ukraine" and ln.bound == "official" for ln in data.reference)


def test_malformed_rows_are_listed_not_lost(tmp_path: Path) -> None:
    db = build_fixture_ledger(tmp_path / "odd.db", hostile=False)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE claims SET as_of = 'the 13th' WHERE id = 1")
        conn.execute("UPDATE claims SET value = 'many' WHERE id = 4")
        conn.execute("INSERT INTO claims (id, doc, side, category, quote) "
                     "VALUES (99, 'no-such-doc', 'russia', 'tanks', 'a claim whose document is gone')")
    conn.close()
    data = load_report_data(db, generated_at=MADE)
    assert len(data.claims) == 11
    assert any("3 claim(s) have no usable date or value" in n for n in data.notes)
    page = render_report(data)
    shown = {c["id"]: c for c in _claims_json(page)}
    assert {1, 4, 99} <= set(shown)
    assert shown[99]["quote"] == "a claim whose document is gone" and shown[99]["title"] == "no-such-doc"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no ledger here"),
        (lambda p: p.write_bytes(b"\x00\xffnot sqlite at all" * 64), "not a readable SQLite ledger"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE other (x)").connection.commit(), "missing table"),
    ],
    ids=["missing", "garbage", "directory", "foreign-schema"],
)
def test_unusable_ledgers_are_named(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "bad.db"
    make(path)  # type: ignore[operator]
    with pytest.raises(LedgerError, match=message) as info:
        load_report_data(path)
    assert str(path) in str(info.value)


def test_report_never_writes_to_the_ledger(tmp_path: Path) -> None:
    db = build_fixture_ledger(tmp_path / "ro.db")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    write_report(db, output=tmp_path / "r.html")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "ro.db"]


def test_report_on_a_ledger_made_by_the_ledger_module(tmp_path: Path) -> None:
    ledger_module = pytest.importorskip("lossledger.ledger")
    db = tmp_path / "real.db"
    ledger_module.Ledger.open(db).close()
    result = write_report(db, output=tmp_path / "r.html", generated_at=MADE)
    assert result.claims == 0 and "holds no claims yet" in result.path.read_text(encoding="utf-8")


def test_unwritable_output_is_an_error_naming_it(ledger: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "r.html"
    with pytest.raises(LossledgerError, match="cannot write the report") as info:
        write_report(ledger, output=target)
    assert str(target) in str(info.value)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=c#d", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/x", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//evil.example.org/x", False),
        ("https://example.org/\"onmouseover=\"x", False),
        ("http:///nohost", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url_keeps_only_http_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


@given(st.text())
def test_script_json_cannot_break_out_of_a_script_block(text: str) -> None:
    encoded = script_json({"quote": text, "list": [text, "</script><!--"]})
    assert "<" not in encoded and ">" not in encoded
    assert json.loads(encoded) == {"quote": text, "list": [text, "</script><!--"]}


def test_cli_report_writes_the_file_and_says_where(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    result = CliRunner().invoke(cli, ["report", "--db", str(ledger), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Report written to {out}" in result.output and "11 claims" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_report_fails_with_the_file_named(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    result = CliRunner().invoke(cli, ["report", "--db", str(missing), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert str(missing) in result.output and "no ledger here" in result.output
    assert not (tmp_path / "x.html").exists()


# -- claimant names come from the conflict profile ------------------------------------------------------


def test_claimants_are_named_by_the_shipped_profile(ledger: Path, page: str) -> None:
    labels = {c["claimant"]: c["claimant_label"] for c in _claims_json(page)}
    assert labels["ua_general_staff"] == "Ukraine's General Staff"
    assert labels["us_officials"] == "US officials"
    assert labels["-"] == "unattributed (the outlet's own voice)"
    legend = {trace.name for chart in build_charts(load_report_data(ledger)) for trace in chart.figure.data}
    assert {"Ukraine's General Staff", "US officials"} <= legend
    assert '<option value="us_officials">US officials</option>' in page


def _karabakh_ledger(db: Path) -> Path:
    from lossledger.ledger import Ledger
    from lossledger.model import Claim, Document

    quote = "The defence ministry said 130 Armenian tanks were destroyed since the start of the war."
    claim = Claim(
        doc="az-1", side="armenia", category="tanks", outcome="destroyed", value=130, value_high=None,
        qualifier="exact", measure="cumulative", period_days=None, period_start=None, as_of=dt.date(2020, 10, 20),
        claimant="az_mod", claimant_text="the defence ministry", hedged=False, quote=quote, start=0,
        end=len(quote), rule="noun_phrase/1 karabakh-2020@1", as_of_basis="published",
    )
    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        ledger.store([(Document(id="az-1", text=quote, published=dt.date(2020, 10, 20)), [claim])], run_id=run)
    return db


def test_a_user_profile_names_its_claimants_in_the_report(tmp_path: Path) -> None:
    from test_profile import KARABAKH_LABELLED

    db = _karabakh_ledger(tmp_path / "karabakh.db")
    profile = tmp_path / "karabakh.toml"
    profile.write_text(KARABAKH_LABELLED, encoding="utf-8")

    data = load_report_data(db, generated_at=MADE, profile=str(profile))
    page = render_report(data)
    assert [c["claimant_label"] for c in _claims_json(page)] == ["Azerbaijan's Ministry of Defence"]
    assert [t.name for chart in build_charts(data) for t in chart.figure.data] == [
        "Azerbaijan's Ministry of Defence"
    ]
    assert "Azerbaijan&#39;s Ministry of Defence" in page  # the claimant filter and the findings
    assert not any("karabakh" in note for note in data.notes)

    # Without the profile file the ledger cannot find it: the key is made readable and a note says why.
    guessed = load_report_data(db, generated_at=MADE)
    assert [c["claimant_label"] for c in _claims_json(render_report(guessed))] == ["az mod"]
    assert any("karabakh-2020@1" in note and "--profile" in note for note in guessed.notes)


def test_cli_report_takes_the_profile_file(tmp_path: Path) -> None:
    from test_profile import KARABAKH_LABELLED

    db = _karabakh_ledger(tmp_path / "karabakh.db")
    profile = tmp_path / "karabakh.toml"
    profile.write_text(KARABAKH_LABELLED, encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out), "--profile", str(profile)])
    assert result.exit_code == 0, result.output
    assert "Azerbaijan&#39;s Ministry of Defence" in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out), "--profile", "no-such-war"])
    assert result.exit_code != 0 and "no-such-war" in result.output


HOSTILE_SOURCE = '<a href="https://evil.example/">Official</a> series'


def test_a_reference_source_name_is_inert_in_the_legend(tmp_path: Path) -> None:
    """Issue 16, item 13: plotly renders legend names as HTML, so a downloaded reference file could
    plant a clickable outside link in the offline report."""
    db = build_fixture_ledger(tmp_path / "hostile-source.db", hostile=False)
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO reference_points VALUES (?, 'russia', 'personnel', ?, ?, 'lower_bound')",
            [(HOSTILE_SOURCE, "2022-11-06", 7000), (HOSTILE_SOURCE, "2022-11-13", 7100)],
        )
    conn.close()
    data = load_report_data(db, generated_at=MADE)
    personnel = build_charts(data)[0].figure
    names = [t.name for t in personnel.data if t.name]
    assert any("evil.example" in name for name in names)
    assert not any("<a" in name or "</a>" in name for name in names), names
    assert '&lt;a href="https://evil.example/"&gt;Official&lt;/a&gt; series (lower bound)' in names
    page = render_report(data)
    assert "<a href=\\\"https://evil.example/" not in page and '<a href="https://evil.example/' not in page


def test_most_echoed_seen_is_from_publication_dates_not_ingestion(tmp_path: Path) -> None:
    db = build_fixture_ledger(tmp_path / "seen.db", hostile=False)
    with sqlite3.connect(db) as conn:
        # What check writes for an undated article: its ingestion date as first_seen.
        conn.execute("UPDATE claim_groups SET first_seen = '2022-11-21', last_seen = '2022-11-21'")
        conn.execute("UPDATE documents SET published = NULL WHERE id = 'daily-mislabel'")
    conn.close()
    page = render_report(load_report_data(db, generated_at=MADE))
    echoed = page[page.index('id="echoed-table"'):page.index("</table>", page.index('id="echoed-table"'))]
    seen = re.findall(r'class="seen">([^<]*)<', echoed)
    assert seen == ["2022-11-13 (+1 undated)"]  # gs-1113 was published on the 13th; the other has no date
    assert "2022-11-21" not in echoed  # the day it was ingested is not when it was seen
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET published = '2022-11-14' WHERE id = 'daily-mislabel'")
    conn.close()
    page = render_report(load_report_data(db, generated_at=MADE))
    assert re.findall(r'class="seen">([^<]*)<', page) == ["2022-11-13 – 2022-11-14"]
