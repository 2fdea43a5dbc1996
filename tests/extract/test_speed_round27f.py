"""``Folded.may_match`` with its word tests written out (issue 17, round 27f): it answers what the tests by
``holds_one_of`` answer, word by word and group by group, and it never turns away a window that holds a match
(patterns and sentences written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract.attribution_rules import _lacks_words
from lossledger.extract.required_words import _DERIVED, Folded, holds_one_of, required_words

_WRITTEN = [
    re.compile(r"\b(?:killed|wounded)\s+(?:soldiers?|troops)\b|\bdestroyed\s+(?:tanks?|drones)\b", re.IGNORECASE),
    re.compile(r"\b(?:lost|downed)\s+\d+\s+(?:aircraft|helicopters)\b", re.IGNORECASE),
    re.compile(r"\bper\s+(?:day|week)\b|\beach\s+(?:night|month)\b"),
]


def _grammar_patterns() -> list[re.Pattern[str]]:
    """The English grammar's patterns whose alternatives need groups of words (``parts``), as reading a few sentences
    derives them."""
    extract_claims("Officials said 40 of their troops were killed and 3 tanks destroyed during the past week, its "
                   "ministry said; the army admitted the losses of its own soldiers.", published="2024-03-01",
                   doc_id="t27f", language="en")
    return [pattern for pattern, needs in list(_DERIVED.values()) if needs is not None and needs.parts]


_PATTERNS = _WRITTEN + _grammar_patterns()[:6]

_PIECES = st.lists(st.sampled_from(
    ["killed", "Wounded", " ", "Said", "told", "reported", "Ministry", "army", "its", "their", "the", "ministry",
     "said", "according to ", "own", "soldiers", "troops", "destroyed", "tanks", "drones", "lost", "downed", "12",
     "aircraft", "helicopters", "per", "day", "each", "night", "month", "over", "During", "the", "last", "past",
     "week", "s", ".", "É", "\n", "x"]),
    max_size=14).map("".join)


def _reference(folded: Folded, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
    """``may_match`` as it read with ``holds_one_of``."""
    needs = required_words(pattern)
    if needs is None:
        return True
    text = folded.folded if needs.folded else folded.text
    if text is None:
        return True
    window = text[lo:hi]
    if not holds_one_of(window, needs.words):
        return False
    if needs.parts is None:
        return True
    return any(all(holds_one_of(window, group) for group in alternative) for alternative in needs.parts)


def _check(text: str) -> None:
    folded = Folded(text)
    for pattern in _PATTERNS:
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, len(text) + 1, 2):
                may = folded.may_match(pattern, lo, hi)
                assert may == _reference(folded, pattern, lo, hi)
                if not may:
                    assert pattern.search(text[lo:hi]) is None


def test_the_patterns_name_words_and_parts() -> None:
    assert all(required_words(pattern) is not None for pattern in _PATTERNS)
    assert len(_PATTERNS) > len(_WRITTEN)  # (grammar patterns with parts)


@pytest.mark.parametrize("text", [
    "Officials said 40 troops were killed and 3 tanks destroyed during the past week.",
    "Each night drones were destroyed; per day the army lost 2 helicopters, over the last months.",
    "Wounded soldiers, not killed troops: the tanks were downed 7 aircraft ago. É per week.",
])
def test_written_out_tests_answer_as_holds_one_of(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_written_out_tests_answer_as_holds_one_of_in_generated_text(text: str) -> None:
    _check(text)


_SOURCE_PATTERNS = [
    re.compile(r"\b(?:said|told|reported)\b", re.IGNORECASE),
    re.compile(r"\baccording\s+to\b|\b(?:ministry|army)\s+said\b"),
]


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_lacks_words_written_out_answers_as_holds_one_of(text: str) -> None:
    for pattern in _SOURCE_PATTERNS:
        needs = required_words(pattern)
        assert needs is not None
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, len(text) + 1, 4):
                window = text[lo:hi]
                if needs.folded and not window.isascii():
                    expected = False
                else:
                    expected = not holds_one_of(window.lower() if needs.folded else window, needs.words)
                assert _lacks_words(pattern, text, lo, hi) == expected
                if expected:
                    assert pattern.search(window) is None
