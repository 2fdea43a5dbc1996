#!/usr/bin/env python3
"""The floor of the design issue 17 asks for: what one tagging pass alone costs against the bare scan.

The issue's design tags each document once (every profile vocabulary and the numbers, one automaton) and lets the
stages read tags. This script builds that one pass from the profile's vocabularies: the lower-cased literal beginnings
of every alias (``scan.literal_prefixes``, as the gate keys them) as one prefix-tree expression
(``scan.trie_regex``), and a run of digits; it runs it over the loss-dense English corpus of ``bench_speed.py``
beside the bare scan (``BARE_SCAN``), in the same process, and prints both and their ratio, with and without reading
each tag's span and text in Python (what a stage reading tags would do at the least). Whatever the stages then do
comes on top of that ratio, within the issue's 20x.

    .venv/bin/python benchmarks/bench_tagging.py [--docs 2000] [--rounds 2]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED, corpus, language_samples  # noqa: E402
from bench_speed import BARE_SCAN  # noqa: E402

#: How many characters of an alias's beginning the tags keep (as the gate's cues do).
BEGINNING = 24


def tagging_pattern() -> tuple[re.Pattern[str], int]:
    """One expression tagging every beginning of the profile's aliases and every number, and how many beginnings."""
    from lossledger.languages.scan import literal_prefixes, trie_regex
    from lossledger.profiles import load_profile

    words: set[str] = set()
    for vocabulary in load_profile("russia-ukraine").lexicon.vocabularies.values():
        for alternative in vocabulary.alternatives:
            words |= literal_prefixes(alternative, vocabulary.flags, length=BEGINNING) or set()
    return re.compile(r"(?<![^\W\d_])(?:" + trie_regex(words) + r")|\d[\d,.]*"), len(words)


@click.command()
@click.option("--docs", default=2000, show_default=True, help="Documents of the loss-dense English corpus.")
@click.option("--rounds", default=2, show_default=True)
@click.option("--shared", type=click.Path(path_type=Path), default=SHARED, show_default=True)
def main(docs: int, rounds: int, shared: Path) -> None:
    tagger, beginnings = tagging_pattern()
    texts = [s.text for s in corpus(language_samples(shared, "en"), docs)]
    click.echo(f"{len(texts)} documents; one tagging expression of {beginnings} alias beginnings and numbers")
    for n in range(1, rounds + 1):
        started = time.process_time()
        words = sum(len(BARE_SCAN.findall(text)) for text in texts)
        bare = time.process_time() - started
        started = time.process_time()
        tags = sum(1 for text in texts for _ in tagger.finditer(text.lower()))
        tagged = time.process_time() - started
        started = time.process_time()
        for text in texts:
            for tag in tagger.finditer(text.lower()):
                tag.span(), tag.group()  # what a stage reading tags does at the least
        read = time.process_time() - started
        click.echo(f"round {n}: bare scan {bare:.3f} s ({words} words); tagging {tagged:.3f} s ({tags} tags), "
                   f"{tagged / bare:.1f}x; tags read in Python {read:.3f} s, {read / bare:.1f}x")


if __name__ == "__main__":
    main()
