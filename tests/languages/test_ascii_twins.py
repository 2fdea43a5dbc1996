"""A grammar's ASCII twin (``PatternGrammar.in_ascii``, ``languages.ascii_twins``) finds what the grammar finds in every
text that ``reads_alike``: each named pattern and its twin give the same matches, and the extractor the same claims."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract
from lossledger.extract import STAGE_RULES, stage_grammar
from lossledger.languages.ascii_twins import in_ascii, reads_alike

EN = stage_grammar("en")
TWIN = EN.in_ascii()
for _rules in STAGE_RULES:
    TWIN.rules(_rules)
NAMES = sorted(name for name in EN.patterns if name in EN.used)

# words the grammar's patterns read, and the marks that read alike in both modes (curly quotes, dashes, bullets)
PIECES = [
    "the", "The", "said", "according to", "killed", "Killed", "wounded", "Russia", "Ukraine's", "tanks", "troops",
    "since", "February", "24", "1,200", "two", "a", "of the", "per day", "so far", "ministry", "sq", "km", "us",
    "’", "“", "”", "—", "–", "•", "…", "‘", ",", ".", ":", ";", "-", "(", ")", "\n", "\t", "_", "K", "k", "S", "s",
    "I", "i",
]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "  "])), max_size=24).map(
    lambda parts: "".join(piece + space for piece, space in parts))


def test_reads_alike_takes_ascii_and_plain_marks_only() -> None:
    assert reads_alike("Russia lost 12 tanks, the ministry said.")
    assert reads_alike("“Russia’s losses” — 12 tanks • more…")
    for other in ("caf\u00e9", "a\u00a0b", "a\u2009b", "Kyiv\u02bcs", "\u212a", "\u017f", "x\x1cy", "x\x1fy", "\u0663"):
        assert not reads_alike(other), repr(other)


def test_no_twin_for_a_pattern_that_names_a_character_folding_onto_ascii() -> None:
    for source in ("stra\u017fse", "[\u0100-\u017f]+", "\\u0131", "[\u212a]", "x|(?:\u0130)"):
        pattern = re.compile(source, re.IGNORECASE)
        assert in_ascii(pattern) is pattern, source
    twin = in_ascii(re.compile(r"\bkilled\b|[’—]", re.IGNORECASE))
    assert twin.flags & re.ASCII
    assert in_ascii(re.compile(r"\bkilled\b|[’—]", re.IGNORECASE)) is twin  # (made once)


def test_every_named_pattern_has_a_twin() -> None:
    # (the grammar names none of the folding characters: every pattern is read faster in a text that reads alike)
    assert all(TWIN.pattern(name).flags & re.ASCII for name in NAMES)


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Found:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_twins_find_what_the_patterns_find(text: str) -> None:
    assert reads_alike(text)
    for name in NAMES:
        pattern, twin = EN.pattern(name), TWIN.pattern(name)
        assert _found(pattern, text, 0, len(text)) == _found(twin, text, 0, len(text)), name
        lo, hi = 1, max(1, len(text) - 1)  # a window: lookbehinds see before it, '$' ends at its end
        assert _found(pattern, text, lo, hi) == _found(twin, text, lo, hi), name
        lowered = text.lower()
        assert _found(pattern, lowered, 0, len(text)) == _found(twin, lowered, 0, len(text)), name


# whole documents of our own, with the marks that read alike
SENTENCES = [
    "Russia’s army lost 1,200 troops over the past day, the General Staff said.",
    "“We destroyed 12 tanks,” a Ukrainian commander told reporters — the figure could not be verified.",
    "• 40 drones were shot down overnight…",
    "Since February 24, 2022, at least 10,000 civilians have been killed, according to the UN.",
    "The governor said two people were wounded in the shelling of Belgorod on Monday.",
    "Losses:",
    "tanks – 3,900 (+10)",
]
documents = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8).map(
    lambda picked: "\n".join(" ".join(picked[i:i + 2]) for i in range(0, len(picked), 2)))


@settings(max_examples=150, deadline=None)
@given(documents)
def test_claims_read_with_the_twin_are_those_read_with_the_grammar(text: str) -> None:
    assert reads_alike(text)
    twin = [c.to_dict() for c in extract.extract_claims(text, published="2024-05-02")]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "reads_alike", lambda text: False)
        plain = [c.to_dict() for c in extract.extract_claims(text, published="2024-05-02")]
    assert twin == plain
