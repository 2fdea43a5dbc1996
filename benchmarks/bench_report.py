"""How long the report and the explorer take on a big ledger, and how large the report gets.

    .venv/bin/python benchmarks/bench_report.py [--claims 20000] [--docs 4000]

Builds a synthetic ledger with the real schema (``Ledger.open``): claims drawn from the General Staff
series (some exact, some off by a little, some on the wrong date), findings for a fifth of them,
Mediazona-like lower bounds; then times ``write_report`` and ``build_explorer_db`` and prints figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from lossledger.ledger import Ledger
from lossledger.report import write_report
from lossledger.series import general_staff_snapshot
from lossledger.serve import build_explorer_db

CATEGORIES = ("personnel", "tanks", "artillery", "armoured_vehicles", "aircraft", "drones")
CLAIMANTS = ("ua_general_staff", "ua_mod", "ua_officials", "us_officials", "uk_mod", None)
#: The columns of the made-up claims' rows, in their order.
_BENCH_CLAIM_COLUMNS = (
    "id", "doc", "side", "category", "outcome", "value", "value_high", "qualifier", "measure", "period_days",
    "period_start", "as_of", "as_of_basis", "claimant", "claimant_text", "hedged", "quote", "quote_start",
    "quote_end", "rule", "extractor_version",
)  # fmt: skip


def build_ledger(path: Path, *, n_docs: int, n_claims: int, seed: int = 5) -> None:
    Ledger.open(path).close()
    rng = random.Random(seed)
    series = general_staff_snapshot()
    conn = sqlite3.connect(path)
    now = dt.datetime.now(dt.UTC).isoformat()
    docs = []
    for i in range(n_docs):
        text = f"Synthetic article {i} about the war. " * 40
        docs.append((f"doc-{i}", f"outlet-{i % 37}", f"https://outlet{i % 37}.example.org/a/{i}",
                     f"Article {i}", None, "metadata", "en", f"h{i}", text, now))
    conn.executemany("INSERT INTO documents (id, source, url, title, published, published_basis, language, "
                     "content_hash, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
    claims, findings = [], []
    for cid in range(1, n_claims + 1):
        category = rng.choice(CATEGORIES)
        date, value = rng.choice(series.points[category])
        kind = None
        if rng.random() < 0.1:
            value += rng.randint(-50, 50)
            kind = ("differs", "warning")
        elif rng.random() < 0.05:
            date += dt.timedelta(days=rng.randint(3, 20))
            kind = ("wrong_date", "warning")
        elif rng.random() < 0.1:
            kind = ("confirmed", "info")
        measure = "period" if rng.random() < 0.05 else "cumulative"
        quote = f"Russia has lost {value:,.0f} {category} as of {date:%d %B %Y}, officials said ({cid})."
        claims.append((cid, f"doc-{rng.randrange(n_docs)}", "russia", category, "losses", value, None,
                       "approx", measure, 1 if measure == "period" else None, None, date.isoformat(),
                       "stated", rng.choice(CLAIMANTS), "officials", 0, quote, 0, len(quote), "bench/1",
                       "bench"))
        if kind:
            findings.append((kind[0], kind[1], cid, claims[-1][1], f"{kind[0]} for claim {cid}",
                             "general_staff", date.isoformat(), value, json.dumps({})))
    conn.executemany(f"INSERT INTO claims ({', '.join(_BENCH_CLAIM_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * len(_BENCH_CLAIM_COLUMNS))})", claims)
    conn.executemany("INSERT INTO findings (kind, severity, claim_id, doc, message, reference_source, "
                     "reference_date, reference_value, details) VALUES (?,?,?,?,?,?,?,?,?)", findings)
    conn.executemany("INSERT INTO reference_points VALUES ('mediazona', 'russia', 'personnel', ?, ?, "
                     "'lower_bound')", [(f"2024-{m:02d}-01", 40000 + m * 3000) for m in range(1, 13)])
    conn.commit()
    conn.close()


def time_in_browser(page_path: Path) -> None:
    """Open the report in headless Chromium (Debian's, as the tests do) and time the table."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(page_path.as_uri(), timeout=300_000)
        page.wait_for_selector("#claims-table tbody tr", timeout=300_000)
        print(f"browser: page loaded and drawn in {time.perf_counter() - start:.2f}s")
        start = time.perf_counter()
        page.fill("#filter-text", "tanks")
        print(f"browser: filter {time.perf_counter() - start:.2f}s -> {page.text_content('#table-count')}")
        start = time.perf_counter()
        page.click("#claims-table th[data-key='value']")
        print(f"browser: sort by value {time.perf_counter() - start:.2f}s")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20000)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--browser", action="store_true", help="also time the page in headless Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        build_ledger(db, n_docs=args.docs, n_claims=args.claims)
        print(f"ledger: {args.docs} documents, {args.claims} claims, {db.stat().st_size / 1e6:.1f} MB, "
              f"built in {time.perf_counter() - start:.1f}s")
        start = time.perf_counter()
        result = write_report(db, output=Path(tmp) / "report.html")
        took = time.perf_counter() - start
        print(f"report: {took:.2f}s, {result.bytes / 1e6:.1f} MB, {result.charts} charts, "
              f"{result.claims / took:,.0f} claims/s")
        start = time.perf_counter()
        build_explorer_db(db, Path(tmp) / "explorer.db")
        print(f"explorer copy + FTS: {time.perf_counter() - start:.2f}s")
        if args.browser:
            time_in_browser(result.path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
