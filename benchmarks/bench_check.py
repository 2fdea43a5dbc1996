"""Planted-error benchmark of ``lossledger check``: precision and recall over generated articles.

Articles are written from the shipped General Staff series with our own sentence templates; about a third
of the figures carry a planted error (a wrong as-of date, swapped digits, a running total called a 24-hour
figure, a wrong daily "+N", "killed" for the killed-and-wounded total, an impossible daily rate). Each
article is stored in a fresh ledger, either through the real extractor (``--mode extract``) or as the claims
the templates state (``--mode hand``), and ``check`` runs over the ledger. A figure counts as flagged when
any problem finding cites it.

    .venv/bin/python benchmarks/bench_check.py [--docs 150] [--seed 7] [--mode auto|extract|hand]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from lossledger.check import PROBLEM_KINDS, check
from lossledger.extract import extract_claims
from lossledger.ledger import Ledger, ingest_documents
from lossledger.model import Claim, Document
from lossledger.pipeline import default_extract, extractor_version
from lossledger.reference import shipped_general_staff

NOUNS = {
    "personnel": "servicemen",
    "tanks": "tanks",
    "artillery": "artillery systems",
    "armoured_vehicles": "armoured combat vehicles",
    "aircraft": "aircraft",
    "helicopters": "helicopters",
    "mlrs": "multiple rocket launchers",
    "drones": "drones",
}


@dataclass
class Planted:
    doc: str
    sentence: str
    claim: Claim
    error: str | None  # None: a correct figure


def _date_words(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def _swap(value: int, rng: random.Random) -> int | None:
    digits = list(str(value))
    spots = [
        i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")
    ]
    if not spots:
        return None
    i = rng.choice(spots)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    return int("".join(digits))


def _claim(
    doc: str,
    sentence: str,
    value: float,
    *,
    category: str,
    outcome: str = "losses",
    measure: str = "cumulative",
    period_days: float | None = None,
    as_of: dt.date,
) -> Claim:
    return Claim(
        doc=doc,
        side="russia",
        category=category,
        outcome=outcome,
        value=value,
        value_high=None,
        qualifier="exact",
        measure=measure,
        period_days=period_days,
        period_start=None,
        as_of=as_of,
        claimant="ua_general_staff",
        claimant_text="the General Staff",
        hedged=False,
        quote=sentence,
        start=0,
        end=len(sentence),
        rule="bench/template",
        as_of_basis="stated",
    )


def generate(n_docs: int, seed: int) -> list[Planted]:
    """Documents of 2-3 figures each, from the shipped series, with errors planted at known places."""
    rng = random.Random(seed)
    gs = shipped_general_staff()
    series = gs.series["russia"]
    start, end = dt.date(2022, 6, 1), dt.date(2025, 12, 31)
    out: list[Planted] = []
    kinds = ["wrong_date", "digit_swap", "mislabelled", "daily_wrong", "killed", "rate"]
    for n in range(n_docs):
        day = start + dt.timedelta(days=rng.randrange((end - start).days))
        doc = f"bench_{n:04d}"
        for _slot in range(rng.choice((2, 3))):
            category = rng.choice(list(NOUNS))
            noun = NOUNS[category]
            total = series.value_on(category, day)
            before = series.value_on(category, day - dt.timedelta(days=1))
            if total is None or before is None:
                continue
            window = {series.value_on(category, day + dt.timedelta(days=k)) for k in (-1, 0, 1)}
            daily = total - before - gs.correction("russia", category, day)
            error = rng.choice(kinds) if rng.random() < 0.35 else None
            when = _date_words(day)
            if error == "wrong_date":
                old = series.value_on(category, day - dt.timedelta(days=rng.randrange(5, 90)))
                if old is None or old in window:
                    continue
                sentence = (
                    f"On {when}, the General Staff of the Armed Forces of Ukraine said Russia had lost "
                    f"{old:,.0f} {noun} since the full-scale invasion began."
                )
                claim = _claim(doc, sentence, old, category=category, as_of=day)
            elif error == "digit_swap":
                swapped = _swap(int(total), rng)
                if swapped is None or swapped in window:
                    continue
                sentence = (
                    f"On {when}, the General Staff of the Armed Forces of Ukraine said Russia had lost "
                    f"{swapped:,} {noun} since the full-scale invasion began."
                )
                claim = _claim(doc, sentence, swapped, category=category, as_of=day)
            elif error == "mislabelled":
                if total == daily or total < 10:
                    continue
                sentence = (
                    f"The General Staff of Ukraine said on {when} that {total:,.0f} Russian {noun} had been "
                    "destroyed in the past 24 hours."
                )
                claim = _claim(
                    doc, sentence, total, category=category, measure="period", period_days=1, as_of=day
                )
            elif error == "daily_wrong":
                wrong = _swap(int(daily), rng) if daily >= 10 else None
                wrong = wrong if wrong is not None else int(daily) + rng.choice((3, 7, 11))
                diffs = {series.value_on(category, day + dt.timedelta(days=k)) for k in (-2, -1, 0, 1)}
                if wrong in diffs or wrong <= 0:
                    continue
                sentence = (
                    f"Over the past day Russia lost another {wrong:,} {noun}, the General Staff of Ukraine "
                    f"said on {when}."
                )
                claim = _claim(
                    doc, sentence, wrong, category=category, measure="period", period_days=1, as_of=day
                )
            elif error == "killed":
                total = series.value_on("personnel", day) or total
                category = "personnel"
                sentence = (
                    f"Ukraine's General Staff said on {when} that {total:,.0f} Russian soldiers had been "
                    "killed since February 24, 2022."
                )
                claim = _claim(doc, sentence, total, category="personnel", outcome="killed", as_of=day)
            elif error == "rate":
                if category != "personnel":
                    continue
                rate = int(total // 20)
                sentence = (
                    f"The General Staff of Ukraine said on {when} that Russia was losing {rate:,} "
                    "servicemen a day."
                )
                claim = _claim(
                    doc, sentence, rate, category=category, measure="rate", period_days=1, as_of=day
                )
            elif rng.random() < 0.3 and daily >= 1:
                sentence = (
                    f"Over the past day Russia lost another {daily:,.0f} {noun}, "
                    "the General Staff of Ukraine "
                    f"said on {when}."
                )
                claim = _claim(
                    doc, sentence, daily, category=category, measure="period", period_days=1, as_of=day
                )
            else:
                sentence = (
                    f"On {when}, the General Staff of the Armed Forces of Ukraine said Russia had lost "
                    f"{total:,.0f} {noun} since the full-scale invasion began."
                )
                claim = _claim(doc, sentence, total, category=category, as_of=day)
            if any(p.doc == doc and p.claim.value == claim.value for p in out[-3:]):
                continue  # figures are matched back by (document, value): keep them distinct
            out.append(Planted(doc, sentence, claim, error))
    return out


def run(planted: list[Planted], *, mode: str, workdir: Path) -> dict[str, float]:
    by_doc: dict[str, list[Planted]] = {}
    for item in planted:
        by_doc.setdefault(item.doc, []).append(item)
    documents = []
    for doc, items in by_doc.items():
        text = "\n\n".join(i.sentence for i in items)
        documents.append(
            Document(
                id=doc,
                text=text,
                published=items[0].claim.as_of,
                published_basis="given",
                origin=f"{doc}.txt",
            )
        )
    db = workdir / f"bench_{mode}.db"
    t0 = time.perf_counter()
    with Ledger.open(db) as ledger:
        run_id = ledger.start_run("bench", {"mode": mode})
        if mode == "hand":
            batch = [(document, [i.claim for i in by_doc[document.id]]) for document in documents]
            ledger.store(batch, run_id=run_id)
        else:
            report = ingest_documents(ledger, documents, run_id=run_id, extract=default_extract,
                                      extractor_version=extractor_version())
            if report.failures:
                print(
                    f"extractor failures: {len(report.failures)}; first: {report.failures[0]}",
                    file=sys.stderr,
                )
        t_store = time.perf_counter() - t0
        rows = ledger.query("SELECT id, doc, value, quote_start, quote_end FROM claims")
    t1 = time.perf_counter()
    result = check(db_path=db)
    t_check = time.perf_counter() - t1
    flagged_claims = {cid for f in result.findings if f.kind in PROBLEM_KINDS for cid in f.claim_ids}
    # match stored claims back to planted figures by document and value
    stored: dict[tuple[str, float], list[int]] = {}
    for row in rows:
        stored.setdefault((row["doc"], row["value"]), []).append(row["id"])
    tp = fp = fn = tn = missing = 0
    by_error: dict[str, list[int]] = {}
    for item in planted:
        ids = stored.get((item.doc, float(item.claim.value)), [])
        if not ids:
            missing += 1
        flagged = any(i in flagged_claims for i in ids)
        if item.error:
            by_error.setdefault(item.error, [0, 0])[0] += 1
            by_error[item.error][1] += int(flagged)
            tp += int(flagged)
            fn += int(not flagged)
        else:
            fp += int(flagged)
            tn += int(not flagged)
    found_errors = sum(1 for p in planted if p.error and stored.get((p.doc, float(p.claim.value))))
    checker_recall = tp / found_errors if found_errors else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"mode={mode}: {len(planted)} figures in {len(documents)} documents, {len(rows)} claims stored, "
        f"{sum(1 for p in planted if p.error)} planted errors, {missing} figures not found in the ledger"
    )
    for error, (n, caught) in sorted(by_error.items()):
        print(f"  {error:12s} planted {n:3d}  caught {caught:3d}")
    print(f"  findings by kind: {dict(sorted(result.by_kind.items()))}")
    print(
        f"  precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn}, tn {tn}); "
        f"recall over the planted figures the ledger holds {checker_recall:.3f}"
    )
    print(
        f"  store/extract {t_store:.2f}s, check {t_check:.2f}s "
        f"({len(rows) / max(t_check, 1e-9):,.0f} claims/s)"
    )
    return {"precision": precision, "recall": recall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150, help="number of generated articles")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument(
        "--mode",
        choices=["auto", "extract", "hand"],
        default="auto",
        help="extract: run the articles through extract_claims; hand: store the template claims; auto: both",
    )
    args = parser.parse_args()
    planted = generate(args.docs, args.seed)
    assert len(planted) >= 200, "the benchmark needs at least 200 figures"
    modes = ["hand", "extract"] if args.mode == "auto" else [args.mode]
    if "extract" in modes and not extract_claims(planted[0].sentence, published=planted[0].claim.as_of):
        print("extract mode skipped: the extractor returns no claims yet", file=sys.stderr)
        modes.remove("extract")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            run(planted, mode=mode, workdir=Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
