#!/usr/bin/env python3
"""Golden output of ``extract_claims``: the oracle for optimisations that must not change a claim.

Runs the extractor over the 5 seed articles, the 40 dev passages, all General Staff bulletins (each
with its header line and date) from ``../shared``, and a few odd texts written here (empty, only
numbers, 50 kB of repeated sentences, unicode punctuation), and writes every claim's ``to_dict()``
as one sorted-key JSON line. Record once, change the code, record again, diff:

    .venv/bin/python benchmarks/golden_extract.py --out /tmp/golden.jsonl
    .venv/bin/python benchmarks/golden_extract.py --out /tmp/after.jsonl
    diff /tmp/golden.jsonl /tmp/after.jsonl

``--digests FILE`` writes one SHA-256 per document instead (the claims with rule versions left out), and
``--check FILE`` compares against such a file: CI runs it against ``quality/golden_digests.json``, so an
extractor change that moves any claim of any shared document shows up as a failure naming the documents;
a change meant to move them is recorded with ``--digests quality/golden_digests.json`` in the same commit.

``--pred-dir`` also writes ``seeds.jsonl`` and ``dev.jsonl`` in the form ``../shared/eval/score.py``
reads, so scores can be checked alongside.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import click

from lossledger import extract_claims

SHARED = Path(__file__).resolve().parents[2] / "shared"
PASSAGE_SETS = ("dev", "dev2", "uk", "ru")
#: "noun_phrase/6 russia-ukraine@6" -> "noun_phrase": versions move with every release, rules should not.
RULE_VERSIONS = re.compile(r"/[^ ]+|@[^ ]+")
BULLETIN_HEADER = "The total combat losses of the enemy from 24.02.2022 to {date} were approximately:\n"

#: Odd inputs, our own text. Real General Staff figures where figures appear.
ODD_TEXTS: tuple[tuple[str, str, dt.date | None], ...] = (
    ("odd-empty", "", None),
    ("odd-blank", " \n\n\t \n", None),
    ("odd-numbers", "1 2 3 4,500 80,860 12.5 2022 24.02.2022 (+650) 1 417 770 - 9 -- 10\n42\n", None),
    ("odd-repeated",
     ("Ukraine's General Staff said on Sunday that Russia has lost about 80,860 troops and 2,840 tanks "
      "since February 24. Over the past day another 650 Russian soldiers were killed. ") * 300,
     dt.date(2022, 11, 13)),
    ("odd-unicode",
     "Ukraine\u2019s military said Russia had lost\u00a02\u202f840 tanks \u2014 and "
     "\u201cabout 80\u00a0860\u201d troops \u2013 since 24\u2009February; "
     "\u2018up to\u2019 5,755 armoured vehicles\u2012destroyed.\r\n"
     "\u2022 tanks \u2012 2840 (+7),\n\u00adpersonnel \u2013 about 80860 (+650) persons were "
     "liquidated\u2026\n"
     "\ufeffЗагальні бойові втрати / personnel - 80860\n",
     dt.date(2022, 11, 13)),
    ("odd-no-punctuation", "russia lost 300 tanks 20 jets and 12000 soldiers general staff says " * 40, None),
    ("odd-long-line", "tanks - 2,840, " * 2000, dt.date(2022, 11, 13)),
)


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def documents(shared: Path) -> Iterator[tuple[str, str, str, dt.date | None, str | None]]:
    """(group, id, text, published, url) for every document of the oracle, in a fixed order (the url as the
    command line passes it: an undated passage may be dated by it)."""
    for path in sorted((shared / "corpus" / "seeds").glob("*.txt")):
        yield "seeds", path.stem, path.read_text(encoding="utf-8"), None, None
    for group in PASSAGE_SETS:
        passages = shared / "eval" / group / "docs.jsonl"
        if passages.is_file():
            for line in passages.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    yield group, rec["id"], rec["text"], _date(rec.get("published")), rec.get("url")
    bulletins = shared / "reference" / "bulletins" / "general_staff_bulletins_en.jsonl"
    if bulletins.is_file():
        for i, line in enumerate(bulletins.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                day = dt.date.fromisoformat(rec["date"])
                header = BULLETIN_HEADER.format(date=day.strftime("%d.%m.%Y"))
                yield "bulletins", f"bulletin-{i:04d}-{rec['date']}", header + rec["text"], day, None
    for doc_id, text, published in ODD_TEXTS:
        yield "odd", doc_id, text, published, None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the claims, one sorted-key JSON object per line.")
@click.option("--digests", "digests_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write one SHA-256 per document (claims without rule versions) to this JSON file.")
@click.option("--check", "check_against", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Exit 1, naming the documents, when any document's digest differs from this file's.")
@click.option("--pred-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write seeds.jsonl and dev.jsonl here for ../shared/eval/score.py.")
@click.option("--exclude", multiple=True, metavar="ID",
              help="Leave out the document with this id (repeatable), for quicker runs while iterating.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=SHARED, show_default=True,
              help="The shared folder with corpus/seeds, eval/<set> and reference/bulletins.")
def main(out: Path | None, digests_out: Path | None, check_against: Path | None, pred_dir: Path | None,
         exclude: tuple[str, ...], shared: Path) -> None:
    """Write the claims of every oracle document to OUT, or their digests, or check them."""
    if out is None and digests_out is None and check_against is None:
        raise click.UsageError("give --out, --digests or --check")
    if not (shared / "eval").is_dir():
        # without it every shared document would read as "changed", which hides the real cause
        raise click.ClickException(f"{shared} holds no eval/ folder: the golden documents are the project's "
                                   "shared data (give its folder with --shared)")
    by_group: dict[str, list[str]] = {}
    digests: dict[str, str] = {}
    docs = 0
    started = time.perf_counter()
    sink = out.open("w", encoding="utf-8") if out is not None else None
    for group, doc_id, text, published, url in documents(shared):
        if doc_id in exclude:
            continue
        docs += 1
        digest = hashlib.sha256()
        for claim in extract_claims(text, published=published, doc_id=doc_id, url=url):
            record = claim.to_dict()
            line = json.dumps(record, sort_keys=True, ensure_ascii=False)
            if sink is not None:
                sink.write(line + "\n")
            by_group.setdefault(group, []).append(line)
            record["rule"] = RULE_VERSIONS.sub("", str(record["rule"]))
            digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode() + b"\n")
        digests[f"{group}/{doc_id}"] = digest.hexdigest()
    if sink is not None:
        sink.close()
    took = time.perf_counter() - started
    counts = ", ".join(f"{g} {len(lines)}" for g, lines in by_group.items())
    click.echo(f"{docs} documents, claims: {counts}; {took:.1f} s" + (f" -> {out}" if out else ""))
    if digests_out is not None:
        digests_out.write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        click.echo(f"digests of {len(digests)} documents written to {digests_out}")
    if check_against is not None:
        expected = json.loads(check_against.read_text(encoding="utf-8"))
        changed = sorted(k for k in expected.keys() | digests.keys() if expected.get(k) != digests.get(k))
        if changed:
            click.echo(f"golden output changed in {len(changed)} documents: {', '.join(changed[:20])}"
                       + (" ..." if len(changed) > 20 else ""), err=True)
            raise SystemExit(1)
        click.echo(f"golden output unchanged in all {len(digests)} documents")
    if pred_dir is not None:
        pred_dir.mkdir(parents=True, exist_ok=True)
        for group in ("seeds", "dev"):
            (pred_dir / f"{group}.jsonl").write_text(
                "".join(line + "\n" for line in by_group.get(group, [])), encoding="utf-8")


if __name__ == "__main__":
    main()
