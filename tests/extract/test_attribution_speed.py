"""The attribution stage's shortcuts (issue 17) change nothing it finds: each is checked against the plain way."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract
from lossledger.extract import attribution
from lossledger.extract.attribution_rules import AttributionRules
from lossledger.extract.document import Reader
from lossledger.languages.grammar import load_patterns
from lossledger.languages.scan import TextScan
from lossledger.profiles import load_profile

EN = load_patterns("en")
RULES = EN.rules(AttributionRules)
# generic_source as the grammar writes it, with neither guard before it
PLAIN_GENERIC_SOURCE = re.compile(EN.source("generic_source"), re.IGNORECASE)

# words that open a match of generic_source, the same letters inside other words, and marks; written for these tests
PIECES = [
    "the", "The", "THIS", "that", "its", "it", "It", "they", "he", "she", "according to", "intelligence",
    "ministry", "report", "update", "data", "website", "said", "says", "estimates", "added", "assessed",
    "within", "Britain", "submit", "with it", "hint", "pact", "think", "bath", "others", "'s", "’s", "numbers",
    "\u212a", "ſ", "İ", "ı", "’", "“", "”", "\u00a0", ",", ";", ":", "?", "!", ".", "'", '"', "-", "\t", "\n",
]
SEPARATORS = st.sampled_from(["", " ", "  ", ", ", "x", "\n"])
texts = st.lists(st.tuples(st.sampled_from(PIECES) | st.text(max_size=3), SEPARATORS), max_size=20).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Found:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", [
    "Within the hour, the ministry said that losses were heavy.",
    "Britain's intelligence estimates put them higher; it added that the update was late.",
    "According to its data, 40 fell. The website's figures disagree, they said.",
    "he said", "in it, she reported", "The hint: it estimates a rise.",
])
def test_generic_source_guard_changes_no_match(text: str) -> None:
    for lo, hi in ((0, len(text)), (1, len(text) - 1), (text.find(" ") + 1, len(text))):
        assert _found(RULES.generic_source, text, lo, hi) == _found(PLAIN_GENERIC_SOURCE, text, lo, hi)
    assert RULES.generic_source.pattern != PLAIN_GENERIC_SOURCE.pattern


@settings(max_examples=400, deadline=None)
@given(texts)
def test_generic_source_guard_changes_no_match_on_generated_text(text: str) -> None:
    # the whole text, and a window: lookbehinds see before it, its end ends the text
    for lo, hi in ((0, len(text)), (1, max(1, len(text) - 1))):
        assert _found(RULES.generic_source, text, lo, hi) == _found(PLAIN_GENERIC_SOURCE, text, lo, hi)


def test_each_sentence_claimant_names_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the sources a sentence names and what it leaves to remember both read its claimant names
    asked: Counter[tuple[int, int]] = Counter()
    finditer = TextScan.finditer

    def counting(self: TextScan, name: str, lo: int, hi: int, *, sliced: bool = False) -> Iterator[re.Match[str]]:
        if name == "claimant" and not sliced:
            asked[lo, hi] += 1
        return finditer(self, name, lo, hi, sliced=sliced)

    monkeypatch.setattr(TextScan, "finditer", counting)
    text = ("Ukraine's military said a strike hit a depot on Tuesday. Five Russian soldiers were killed and 12 "
            "wounded, the General Staff said. Separately, Russia's Defence Ministry reported that 40 drones were "
            "shot down overnight. The weather was mild.")
    claims = extract.extract_claims(text, published="2024-05-02")
    assert claims and asked
    assert max(asked.values()) == 1


def test_a_sentence_naming_no_source_has_none() -> None:
    claims = extract.extract_claims("The weather was mild. A Russian strike killed five civilians in a city on "
                                    "Tuesday.", published="2024-05-02")
    assert claims and all(claim.claimant is None for claim in claims)
    reader = Reader("The weather was mild.", None, load_profile(None), grammar=EN)
    assert attribution.claimant_in(reader, reader.sentences[0]) is None
