#!/usr/bin/env python3
"""Write a large, loss-dense synthetic news corpus (JSON Lines) for the scaling benchmark.

Every article is built from templates written for this project (no copied article text), filled with the
General Staff's real running totals and daily increments from the snapshot shipped in the package. Each
article gets a unique dateline serial and a mix of wire-style report, bulletin list, analysis with hedged
estimates and civilian toll, and numberless filler, so the extractor does real work on every document and
the readers' duplicate filter keeps all of them.

The corpus is split into files of ``--per-file`` articles (real dumps such as news-please or CC-News come
as many files too), which is the unit the Dask path partitions on. Output is deterministic for a given
``--docs``/``--seed``.

    .venv/bin/python benchmarks/make_corpus.py OUT_DIR --docs 100000 [--per-file 2000]
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import click

from lossledger.series import general_staff_snapshot

#: Categories used in the templates, with the words the articles use for them.
EQUIPMENT_WORDS: dict[str, str] = {
    "tanks": "tanks",
    "armoured_vehicles": "armoured combat vehicles",
    "artillery": "artillery systems",
    "mlrs": "multiple rocket launchers",
    "air_defence": "air defence systems",
    "aircraft": "aircraft",
    "helicopters": "helicopters",
    "drones": "drones",
}

CITIES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Mykolaiv", "Kherson")
SURNAMES = ("Koval", "Bondar", "Shevchuk", "Melnyk", "Tkachenko", "Kravets", "Oliinyk", "Lysenko", "Rudenko")
FRONTS = ("Bakhmut", "Avdiivka", "Kupiansk", "Lyman", "Marinka", "Vuhledar", "Pokrovsk", "Kreminna")
FILLER = (
    "Air raid sirens sounded across several regions during the night, and residents spent hours in shelters.",
    "Diplomats met behind closed doors to discuss grain exports through the Black Sea corridor.",
    "Power engineers worked through the weekend to restore electricity to districts hit by earlier strikes.",
    "Volunteers delivered generators, medicine and warm clothing to villages close to the front line.",
    "The mayor urged residents to stock water and charge their phones ahead of possible outages.",
    "Analysts cautioned that battlefield claims from either side are hard to verify independently.",
    "Schools in the region continued lessons online because of the risk of shelling.",
    "Railway officials said evacuation trains would keep running on the usual schedule.",
)


def _totals(day: dt.date) -> tuple[dict[str, float], dict[str, float]] | None:
    """The General Staff's running totals on ``day`` and the change since the previous day."""
    series = general_staff_snapshot()
    today: dict[str, float] = {}
    change: dict[str, float] = {}
    for category in ("personnel", *EQUIPMENT_WORDS):
        value = series.value_on(category, day)
        before = series.value_on(category, day - dt.timedelta(days=1))
        if value is None or before is None:
            continue
        today[category] = value
        change[category] = max(0.0, value - before)
    return (today, change) if "personnel" in today and "tanks" in today else None


def _wire_report(rng: random.Random, day: dt.date, totals: dict[str, float], change: dict[str, float]) -> str:
    city = rng.choice(CITIES)
    cats = rng.sample([c for c in EQUIPMENT_WORDS if c in totals], k=min(3, len(totals) - 1))
    equipment = ", ".join(f"{totals[c]:,.0f} {EQUIPMENT_WORDS[c]}" for c in cats[:-1])
    equipment += f" and {totals[cats[-1]]:,.0f} {EQUIPMENT_WORDS[cats[-1]]}"
    return (
        f"{city}, {day:%B} {day.day}, {day.year}. Ukraine's General Staff said on {day:%A} that Russia has "
        f"lost about {totals['personnel']:,.0f} troops since the full-scale invasion began, including "
        f"{change['personnel']:,.0f} over the past 24 hours. The military also listed {equipment} destroyed "
        f"since February 24, 2022.\n\n"
        f"Over the past day Ukrainian forces destroyed {change['tanks']:,.0f} tanks, the General Staff "
        "added. "
        f"The heaviest fighting was reported near {rng.choice(FRONTS)}."
    )


def _bulletin(rng: random.Random, day: dt.date, totals: dict[str, float], change: dict[str, float]) -> str:
    lines = [
        f"The approximate combat losses of the enemy from 24.02.2022 to {day:%d.%m.%Y}:",
        f"personnel - about {totals['personnel']:.0f} (+{change['personnel']:.0f}) persons were liquidated,",
    ]
    for category, word in EQUIPMENT_WORDS.items():
        if category in totals:
            lines.append(f"{word} - {totals[category]:.0f} (+{change[category]:.0f}),")
    lines[-1] = lines[-1].rstrip(",") + "."
    return "\n".join(lines) + "\n\nThe data are being updated, the General Staff said."


def _analysis(rng: random.Random, day: dt.date, totals: dict[str, float], change: dict[str, float]) -> str:
    estimate = round(totals["personnel"] * rng.uniform(0.7, 1.0), -3)
    return (
        f"Western officials were more cautious. A British intelligence update estimated that Russia had "
        f"probably suffered up to {estimate:,.0f} casualties, a figure that could not be independently "
        f"verified. Moscow does not publish regular figures for its own losses.\n\n"
        f"In the {rng.choice(FRONTS)} direction, regional officials said {rng.randint(2, 14)} civilians were "
        f"killed and {rng.randint(5, 40)} wounded by shelling on {day:%A}."
    )


TEMPLATES = (_wire_report, _bulletin, _analysis)


def _serial_word(n: int) -> str:
    """A numberless word unique to ``n`` ("Kalomi"), so no two articles share a text."""
    syllables = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo", "de", "fu")
    parts = []
    while True:
        n, r = divmod(n, len(syllables))
        parts.append(syllables[r])
        if n == 0:
            return "".join(parts).capitalize()


def articles(count: int, *, seed: int = 2022) -> Iterator[dict[str, object]]:
    """``count`` article records (id, title, url, published, text), deterministic for ``seed``."""
    rng = random.Random(seed)
    first, last = dt.date(2022, 3, 1), dt.date(2024, 12, 31)
    span = (last - first).days
    made = 0
    while made < count:
        day = first + dt.timedelta(days=rng.randrange(span))
        figures = _totals(day)
        if figures is None:
            continue
        totals, change = figures
        parts = [f"By {rng.choice(SURNAMES)} {_serial_word(made)}, staff correspondent"]
        for template in rng.sample(TEMPLATES, k=rng.randint(1, 2)):
            parts.append(template(rng, day, totals, change))
            parts.append(rng.choice(FILLER))
        record: dict[str, object] = {
            "id": f"synthetic-{made:08d}",
            "title": f"Losses update for {day:%B} {day.day}",
            "url": f"https://news.example/{day:%Y/%m/%d}/losses-{made}",
            # One article in five has no date: the extractor must infer it from the figures.
            "published": None if rng.random() < 0.2 else day.isoformat(),
            "text": "\n\n".join(parts),
        }
        made += 1
        yield record


def write_corpus(out_dir: Path, *, docs: int, per_file: int, seed: int = 2022) -> list[Path]:
    """Write ``docs`` articles as ``part-NNNNN.jsonl`` files of ``per_file`` lines each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    handle = None
    try:
        for n, record in enumerate(articles(docs, seed=seed)):
            if n % per_file == 0:
                if handle is not None:
                    handle.close()
                paths.append(out_dir / f"part-{n // per_file:05d}.jsonl")
                handle = paths[-1].open("w", encoding="utf-8")
            assert handle is not None
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return paths


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--docs", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Number of articles to write.")
@click.option("--per-file", type=click.IntRange(min=1), default=2_000, show_default=True,
              help="Articles per JSON Lines file.")
@click.option("--seed", type=int, default=2022, show_default=True,
              help="Random seed (same seed, same corpus).")
def main(out_dir: Path, docs: int, per_file: int, seed: int) -> None:
    """Write a synthetic loss-dense corpus of DOCS articles into OUT_DIR."""
    paths = write_corpus(out_dir, docs=docs, per_file=per_file, seed=seed)
    size = sum(p.stat().st_size for p in paths)
    click.echo(f"wrote {docs} articles in {len(paths)} files ({size / 1e6:.1f} MB) to {out_dir}")


if __name__ == "__main__":
    main()
