"""The ledger's schema and its migrations, in order (``PRAGMA user_version`` is the step reached)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from ..model import CLAIM_RECORD_FIELDS

__all__ = ["CLAIM_COLUMNS", "CLAIM_COLUMN_NAMES", "COUNT_COLUMNS", "INSERT_CLAIM", "MIGRATIONS", "SCHEMA_VERSION"]

_SCHEMA_V1 = """
CREATE TABLE documents (
  id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, published TEXT, published_basis TEXT,
  language TEXT, content_hash TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL,
  run_id INTEGER, extracted_at TEXT
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), side TEXT, category TEXT,
  outcome TEXT, value REAL, value_high REAL, qualifier TEXT, measure TEXT, period_days REAL,
  period_start TEXT, as_of TEXT, as_of_basis TEXT, claimant TEXT, claimant_text TEXT, hedged INTEGER,
  quote TEXT, quote_start INTEGER, quote_end INTEGER, rule TEXT, extractor_version TEXT
);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_key ON claims(side, category, as_of);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY, command TEXT, args TEXT, started_at TEXT, finished_at TEXT,
  documents INTEGER, claims INTEGER, failures INTEGER, status TEXT, pid INTEGER, host TEXT,
  documents_unchanged INTEGER
);
CREATE TABLE failures (id INTEGER PRIMARY KEY, run_id INTEGER, path TEXT, location TEXT, message TEXT);
CREATE TABLE reference_points (
  source TEXT, side TEXT, category TEXT, date TEXT, value REAL,
  bound TEXT,  -- 'official' or 'lower_bound'
  PRIMARY KEY (source, side, category, date)
);
CREATE TABLE reference_corrections (
  source TEXT, side TEXT, category TEXT, date TEXT, value REAL,
  PRIMARY KEY (source, side, category, date)
);
CREATE TABLE reference_sources (
  source TEXT PRIMARY KEY, family TEXT, format TEXT, side TEXT, bound TEXT, path TEXT, sha256 TEXT,
  points INTEGER, corrections INTEGER, first_date TEXT, last_date TEXT, imported_at TEXT
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY, kind TEXT, severity TEXT, claim_id INTEGER REFERENCES claims(id), doc TEXT,
  message TEXT, reference_source TEXT, reference_date TEXT, reference_value REAL,
  details TEXT,  -- JSON: other claim ids, documents, dates, quotes
  group_id INTEGER
);
CREATE INDEX findings_claim ON findings(claim_id);
CREATE INDEX findings_kind ON findings(kind);
CREATE TABLE finding_claims (finding_id INTEGER, claim_id INTEGER, PRIMARY KEY (finding_id, claim_id));
CREATE INDEX finding_claims_claim ON finding_claims(claim_id);
CREATE TABLE claim_groups (
  id INTEGER PRIMARY KEY, claimant TEXT, side TEXT, category TEXT, outcome TEXT, value REAL, as_of TEXT,
  n_reports INTEGER, n_outlets INTEGER, first_seen TEXT, last_seen TEXT, outlets TEXT
);
CREATE TABLE claim_group_members (group_id INTEGER, claim_id INTEGER, PRIMARY KEY (group_id, claim_id));
CREATE INDEX claim_group_members_claim ON claim_group_members(claim_id);
"""


def _migrate_v1(db: sqlite_utils.Database) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)
    # sqlite-utils runs these statements inside our open transaction (it avoids executescript's commit).
    db.table("claims").enable_fts(["quote"], create_triggers=True)


def _migrate_v2(db: sqlite_utils.Database) -> None:
    # The best value of a low/best/high estimate (a hand-kept claims table's "estimate" column), which is
    # neither end of the range nor always its midpoint.
    db.execute("ALTER TABLE claims ADD COLUMN value_best REAL")
    # A series' stated daily increase ("+N"), where its format gives one: `reference audit` checks it against
    # the day-over-day difference of the running totals.
    db.execute(
        "CREATE TABLE reference_increases (source TEXT, side TEXT, category TEXT, date TEXT, value REAL,"
        " PRIMARY KEY (source, side, category, date))"
    )


#: table -> its REAL columns that hold counts (of people, items, days): stored REAL (a range's end or an
#: average may have a fraction), so SQLite hands back 3783.0 for 3783; readers show whole ones as integers.
COUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("value", "value_high", "value_best", "period_days"),
    "claim_groups": ("value",),
    "findings": ("reference_value",),
    "reference_points": ("value",),
    "reference_corrections": ("value",),
    "reference_increases": ("value",),
}

#: Migrations in order: entry i brings the schema from version i to i + 1.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_migrate_v1, _migrate_v2)
SCHEMA_VERSION = len(MIGRATIONS)

#: The claims table's column of each record field of a claim named otherwise there.
CLAIM_COLUMN_NAMES: dict[str, str] = {"start": "quote_start", "end": "quote_end"}

#: The columns a stored claim fills: its record fields (in ``Claim``'s order), then the extractor that read
#: it and a claims table's best estimate (``Claim.extra``). The table itself is made by the migrations above,
#: which are history and stay as written: a field added to ``Claim`` needs a migration adding its column.
CLAIM_COLUMNS: tuple[str, ...] = (
    *(CLAIM_COLUMN_NAMES.get(name, name) for name in CLAIM_RECORD_FIELDS),
    "extractor_version",
    "value_best",
)

INSERT_CLAIM = (
    f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"
)

