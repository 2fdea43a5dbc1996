"""A small, realistic ledger for the report and explorer tests, built with plain sqlite3.

The schema is the ledger's contract (issue 5); the rows are written for these tests: real General
Staff figures from November 2022, a few misquotes the checker would flag, and one hostile document
whose title, URL, claimant and quote try to run script in a browser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

LEDGER_SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, published TEXT,
  published_basis TEXT, language TEXT, content_hash TEXT NOT NULL, text TEXT NOT NULL,
  ingested_at TEXT NOT NULL);
CREATE TABLE claims (id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), side TEXT,
  category TEXT, outcome TEXT, value REAL, value_high REAL, qualifier TEXT, measure TEXT, period_days REAL,
  period_start TEXT, as_of TEXT, as_of_basis TEXT, claimant TEXT, claimant_text TEXT, hedged INTEGER,
  quote TEXT, quote_start INTEGER, quote_end INTEGER, rule TEXT, extractor_version TEXT);
CREATE TABLE runs (id INTEGER PRIMARY KEY, command TEXT, args TEXT, started_at TEXT, finished_at TEXT,
  documents INTEGER, claims INTEGER, failures INTEGER, status TEXT);
CREATE TABLE failures (id INTEGER PRIMARY KEY, run_id INTEGER, path TEXT, location TEXT, message TEXT);
CREATE TABLE reference_points (source TEXT, side TEXT, category TEXT, date TEXT, value REAL,
  bound TEXT,
  PRIMARY KEY (source, side, category, date));
CREATE TABLE findings (id INTEGER PRIMARY KEY, kind TEXT, severity TEXT,
  claim_id INTEGER REFERENCES claims(id), doc TEXT, message TEXT, reference_source TEXT, reference_date TEXT,
  reference_value REAL, details TEXT);
CREATE TABLE claim_groups (id INTEGER PRIMARY KEY, claimant TEXT, side TEXT, category TEXT, outcome TEXT,
  value REAL, as_of TEXT, n_reports INTEGER, n_outlets INTEGER, first_seen TEXT, last_seen TEXT,
  outlets TEXT);
CREATE TABLE claim_group_members (group_id INTEGER, claim_id INTEGER, PRIMARY KEY (group_id, claim_id));
"""

#: Markup that must stay inert wherever it is shown; a browser test checks ``window.__pwned`` stays unset.
HOSTILE_QUOTE = (
    '"><img src=x onerror="window.__pwned=1"> Russia has lost 2,840 tanks, officials said'
    " </script><script>window.__pwned=1</script><!--"
)
HOSTILE_TITLE = "<script>window.__pwned=1</script>Tanks <b>bold</b>"
HOSTILE_URL = "javascript:window.__pwned=1"
HOSTILE_CLAIMANT_TEXT = '<svg onload="window.__pwned=1">officials'

# (id, source, url, title, published, text)
_DOCUMENTS = [
    ("gs-1113", "Example Daily", "https://news.example.org/2022/11/13/general-staff-update",
     "General Staff: Russia has lost 80,860 troops", "2022-11-13",
     "Ukraine's General Staff said on 13 November that Russia has lost about 80,860 troops and 2,819 tanks "
     "since the invasion began."),
    ("sunday-totals", "Kyiv Wire", "https://kyivwire.example.net/war/sunday-totals",
     "Russian losses as of Sunday", "2022-11-07",
     "By Sunday, November 6, Russian forces had lost an estimated 75,930 personnel and 1,781 artillery "
     "systems, Kyiv's military said."),
    ("daily-mislabel", "Frontline Digest", "http://frontline.example.com/daily/2022-11-14",
     "A day at the front", "2022-11-14",
     "Russia lost 80,860 soldiers in the past 24 hours, the General Staff claimed. Another 650 Russian "
     "troops were killed over the last day."),
    ("us-estimate", "Capital Report", "https://capital.example.com/pentagon-estimate",
     "Pentagon estimate of casualties", "2022-11-10",
     "US officials estimate Ukraine has suffered about 100,000 military casualties, and that more than "
     "100,000 Russian soldiers have been killed or wounded. Losses could reach 150,000 by spring."),
    ("late-repeat", "Example Daily", "https://news.example.org/2022/11/20/recap",
     "Weekly recap", "2022-11-20",
     "As of November 20, Russia had lost 75,930 troops, according to Ukraine's General Staff."),
    ("hostile", "<i>Evil Outlet</i>", HOSTILE_URL, HOSTILE_TITLE, "2022-11-13", HOSTILE_QUOTE),
]

# (id, doc, side, category, outcome, value, value_high, qualifier, measure, period_days, as_of, claimant,
#  claimant_text, hedged, quote)
_CLAIMS = [
    (1, "gs-1113", "russia", "personnel", "losses", 80860, None, "approx", "cumulative", None, "2022-11-13",
     "ua_general_staff", "Ukraine's General Staff", 0,
     "Ukraine's General Staff said on 13 November that Russia has lost about 80,860 troops"),
    (2, "gs-1113", "russia", "tanks", "losses", 2819, None, "exact", "cumulative", None, "2022-11-13",
     "ua_general_staff", "Ukraine's General Staff", 0,
     "Ukraine's General Staff said on 13 November that Russia has lost about 80,860 troops and 2,819 tanks"),
    (3, "sunday-totals", "russia", "personnel", "losses", 75930, None, "approx", "cumulative", None,
     "2022-11-06", "ua_general_staff", "Kyiv's military", 0,
     "By Sunday, November 6, Russian forces had lost an estimated 75,930 personnel"),
    (4, "sunday-totals", "russia", "artillery", "losses", 1781, None, "approx", "cumulative", None,
     "2022-11-06", "ua_general_staff", "Kyiv's military", 0,
     "By Sunday, November 6, Russian forces had lost an estimated 75,930 personnel and 1,781 "
     "artillery systems"),
    (5, "daily-mislabel", "russia", "personnel", "losses", 80860, None, "exact", "period", 1, "2022-11-14",
     "ua_general_staff", "the General Staff", 0,
     "Russia lost 80,860 soldiers in the past 24 hours, the General Staff claimed."),
    (6, "daily-mislabel", "russia", "personnel", "killed", 650, None, "exact", "period", 1, "2022-11-13",
     None, None, 0, "Another 650 Russian troops were killed over the last day."),
    (7, "us-estimate", "ukraine", "personnel", "losses", 100000, None, "approx", "cumulative", None,
     "2022-11-10", "us_officials", "US officials", 0,
     "US officials estimate Ukraine has suffered about 100,000 military casualties"),
    (8, "us-estimate", "russia", "personnel", "losses", 100000, None, "at_least", "cumulative", None,
     "2022-11-10", "us_officials", "US officials", 0,
     "more than 100,000 Russian soldiers have been killed or wounded"),
    (9, "us-estimate", "russia", "personnel", "losses", 150000, None, "at_most", "projection", None, None,
     "us_officials", "US officials", 1, "Losses could reach 150,000 by spring."),
    (10, "late-repeat", "russia", "personnel", "losses", 75930, None, "exact", "cumulative", None,
     "2022-11-20", "ua_general_staff", "Ukraine's General Staff", 0,
     "As of November 20, Russia had lost 75,930 troops, according to Ukraine's General Staff."),
    (11, "hostile", "russia", "tanks", "losses", 2840, None, "exact", "cumulative", None, "2022-11-13",
     "other", HOSTILE_CLAIMANT_TEXT, 0, HOSTILE_QUOTE),
]

# (kind, severity, claim_id, message, reference_source, reference_date, reference_value, details)
_FINDINGS = [
    ("confirmed", "info", 1, "80,860 matches the General Staff total for 2022-11-13.", "general_staff",
     "2022-11-13", 80860, {}),
    ("differs", "warning", 2, "2,819 tanks differs from the General Staff total of 2,840 on 2022-11-13.",
     "general_staff", "2022-11-13", 2840, {"difference": -21}),
    ("confirmed", "info", 3, "75,930 matches the General Staff total for 2022-11-06.", "general_staff",
     "2022-11-06", 75930, {}),
    ("confirmed", "info", 4, "1,781 matches the General Staff total for 2022-11-06.", "general_staff",
     "2022-11-06", 1781, {}),
    ("mislabelled_running_total", "error", 5,
     "80,860 is called a 24-hour figure but is the General Staff's running total for 2022-11-13.",
     "general_staff", "2022-11-13", 80860, {"daily_change": 650}),
    ("daily_confirmed", "info", 6, "650 matches the General Staff's change on 2022-11-13.", "general_staff",
     "2022-11-13", 650, {}),
    ("differs", "info", 8, "US estimate disagrees with the General Staff total of 78,690 on 2022-11-10.",
     "general_staff", "2022-11-10", 78690, {}),
    ("wrong_date", "warning", 10,
     "75,930 was the General Staff total on 2022-11-06, not on 2022-11-20 (then 84,210).", "general_staff",
     "2022-11-06", 75930, {"stated": "2022-11-20", "value_on_stated": 84210}),
    ("confirmed", "info", 11, '<img src=x onerror="window.__pwned=1"> matches', "general_staff",
     "2022-11-13", 2840, {"note": "</script><!--"}),
]

# A few lower bounds in the spirit of Oryx (photo-confirmed tanks) and Mediazona (named dead).
_REFERENCE_POINTS = [
    ("oryx", "russia", "tanks", "2022-11-01", 1444, "lower_bound"),
    ("oryx", "russia", "tanks", "2022-11-08", 1459, "lower_bound"),
    ("oryx", "russia", "tanks", "2022-11-15", 1480, "lower_bound"),
    ("oryx", "russia", "tanks", "2022-11-22", 1491, "lower_bound"),
    ("mediazona", "russia", "personnel", "2022-11-04", 7885, "lower_bound"),
    ("mediazona", "russia", "personnel", "2022-11-11", 8309, "lower_bound"),
    ("mediazona", "russia", "personnel", "2022-11-18", 8709, "lower_bound"),
]


def create_empty_ledger(path: Path) -> Path:
    """A ledger with the schema and no rows."""
    with sqlite3.connect(path) as conn:
        conn.executescript(LEDGER_SCHEMA)
    conn.close()
    return path


def build_fixture_ledger(path: Path, *, with_general_staff: bool = False, hostile: bool = True) -> Path:
    """Write the fixture ledger to ``path``.

    ``with_general_staff`` also stores General Staff rows in ``reference_points`` (otherwise the
    report has to fall back on the shipped snapshot). ``hostile`` adds the document that tries XSS.
    """
    create_empty_ledger(path)
    conn = sqlite3.connect(path)
    ingested = "2022-11-21T08:00:00+00:00"
    for doc_id, source, url, title, published, text in _DOCUMENTS:
        if doc_id == "hostile" and not hostile:
            continue
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, 'metadata', 'en', ?, ?, ?)",
            (doc_id, source, url, title, published, "sha256:" + hashlib.sha256(text.encode()).hexdigest(),
             text, ingested),
        )
    for row in _CLAIMS:
        (cid, doc, side, category, outcome, value, value_high, qualifier, measure, period_days, as_of,
         claimant, claimant_text, hedged, quote) = row
        if doc == "hostile" and not hostile:
            continue
        conn.execute(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'stated', ?, ?, ?, ?, 0, ?, "
            "'fixture.rule/1', 'fixture-1')",
            (cid, doc, side, category, outcome, value, value_high, qualifier, measure, period_days, as_of,
             claimant, claimant_text, hedged, quote, len(quote)),
        )
    claim_docs = {row[0]: row[1] for row in _CLAIMS}
    for i, (kind, severity, claim_id, message, ref_source, ref_date, ref_value, details) in enumerate(
        _FINDINGS, start=1
    ):
        if claim_docs[claim_id] == "hostile" and not hostile:
            continue
        conn.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i, kind, severity, claim_id, claim_docs[claim_id], message, ref_source, ref_date, ref_value,
             json.dumps(details)),
        )
    conn.executemany("INSERT INTO reference_points VALUES (?, ?, ?, ?, ?, ?)", _REFERENCE_POINTS)
    if with_general_staff:
        from lossledger.series import general_staff_snapshot

        series = general_staff_snapshot()
        start, end = dt.date(2022, 10, 20), dt.date(2022, 12, 5)
        for category in ("personnel", "tanks", "artillery"):
            for date, value in series.points[category]:
                if start <= date <= end:
                    conn.execute(
                        "INSERT INTO reference_points "
                        "VALUES ('general_staff', 'russia', ?, ?, ?, 'official')",
                        (category, date.isoformat(), value),
                    )
    conn.execute(
        "INSERT INTO claim_groups VALUES (1, 'ua_general_staff', 'russia', 'personnel', 'losses', 80860, "
        "'2022-11-13', 2, 2, '2022-11-13', '2022-11-14', ?)",
        (json.dumps(["Example Daily", "Frontline Digest"]),),
    )
    conn.executemany("INSERT INTO claim_group_members VALUES (1, ?)", [(1,), (5,)])
    conn.execute(
        "INSERT INTO runs VALUES (1, 'ingest', '[\"articles/\"]', '2022-11-21T08:00:00+00:00', "
        "'2022-11-21T08:00:05+00:00', 6, 11, 1, 'partial')"
    )
    conn.execute(
        "INSERT INTO failures VALUES (1, 1, 'articles/broken.html', 'byte 512', 'not valid UTF-8')"
    )
    conn.commit()
    conn.close()
    return path


def add_many_claims(path: Path, n: int) -> None:
    """``n`` more dated russia/drones claims in the first fixture document (for paging the table)."""
    conn = sqlite3.connect(path)
    start = dt.date(2023, 1, 1)
    for i in range(n):
        quote = f"Synthetic figure number {i}: {1000 + i} drones downed."
        conn.execute(
            "INSERT INTO claims (id, doc, side, category, outcome, value, qualifier, measure, as_of, "
            "claimant, "
            "hedged, quote, rule) VALUES (?, 'gs-1113', 'russia', 'drones', 'destroyed', ?, 'exact', "
            "'cumulative', ?, 'ua_mod', 0, ?, 'fixture.rule/1')",
            (1000 + i, 1000 + i, (start + dt.timedelta(days=i)).isoformat(), quote),
        )
    conn.commit()
    conn.close()
