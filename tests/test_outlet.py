"""One article is one outlet in every view: the checker's echo groups, the report, the explorer and the
exports all count outlets with ``lossledger.model.outlet_of``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from test_check import make_claim

from lossledger.check import check
from lossledger.export import list_claims
from lossledger.ledger import Ledger
from lossledger.model import Document, outlet_of
from lossledger.report import load_report_data
from lossledger.serve import EXPLORER_TABLE, build_explorer_db

DAY = dt.date(2022, 11, 13)
# (id, url, origin): two articles of one site from two feed files, one without a URL, one www. host
ARTICLES = [
    ("a", "https://news.example.org/2022/11/13/a", "feed-1.jsonl:1"),
    ("b", "https://www.news.example.org/2022/11/13/b", "feed-2.jsonl:4"),
    ("c", None, "wire.jsonl:2"),
    ("d", "http://[broken", "broken.jsonl:1"),
]


def test_outlet_rule() -> None:
    assert outlet_of("https://www.news.example.org/x", "feed.jsonl:1", "a") == "news.example.org"
    assert outlet_of(None, "wire.jsonl:2", "c") == "wire.jsonl:2"
    assert outlet_of("", None, "c") == "c"
    assert outlet_of("http://[broken", "broken.jsonl:1", "d") == "broken.jsonl:1"  # no host, no crash
    document = Document(id="a", text="x", url="https://www.news.example.org/x", origin="feed.jsonl:1")
    assert document.outlet == "news.example.org"


def test_same_article_same_outlet_in_check_report_explorer_and_export(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    with Ledger.open(db) as ledger:
        run = ledger.start_run("test", {})
        batch = []
        for doc_id, url, origin in ARTICLES:
            claim = make_claim(doc_id, 80860, as_of=DAY, quote=f"Russia has lost 80,860 troops ({doc_id})")
            batch.append((Document(id=doc_id, text=claim.quote, url=url, published=DAY, origin=origin), [claim]))
        ledger.store(batch, run_id=run)
    expected = {doc_id: outlet_of(url, origin, doc_id) for doc_id, url, origin in ARTICLES}
    assert expected == {"a": "news.example.org", "b": "news.example.org", "c": "wire.jsonl:2", "d": "broken.jsonl:1"}

    check(db_path=db)
    with Ledger.open(db, read_only=True) as ledger:
        groups = ledger.query("SELECT n_reports, n_outlets, outlets FROM claim_groups")
    assert len(groups) == 1  # the same figure from four documents
    assert groups[0]["n_reports"] == 4 and groups[0]["n_outlets"] == 3
    assert json.loads(groups[0]["outlets"]) == sorted(set(expected.values()))

    report = {c.doc: c.outlet for c in load_report_data(db).claims}
    exported = {row["doc"]: row["outlet"] for row in list_claims(db_path=db)}
    conn = sqlite3.connect(build_explorer_db(db, tmp_path / "explorer.db"))
    explorer = dict(conn.execute(f"SELECT doc, outlet FROM {EXPLORER_TABLE}").fetchall())
    conn.close()
    assert report == exported == explorer == expected
