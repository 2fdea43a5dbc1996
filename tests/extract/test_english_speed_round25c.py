"""Two of round 55's patterns rewritten to open on a literal (issue 17; output unchanged): the writer's "I reckon"
opens on "I" (it opened on a lookbehind, tried at every character of every sentence), and the place's size opens on
the place's noun (it opened on "a" / "the", which made the vocabulary scan's word starts find a candidate in every
window). Each is checked against the pattern it replaces (the writer's pattern from a sentence's start: the old one
could find a verb whose "I" stood before the start, which no sentence boundary leaves)."""

from __future__ import annotations

import random
import re

import pytest

from lossledger import extract_claims
from lossledger.languages.grammar import load_patterns

_OLD_WRITER_RECKONS = re.compile(
    r"(?<=\bI\s)(?:(?:now|also|would)\s+)?(?:reckon|estimate|calculate|judge|guess|put|count)\b")

_FRAGMENTS = ["I reckon", "I estimate", "AI estimate", "I  reckon", "I\treckon", "I would guess", "I now put",
              "Ireckon", "In estimate", "\u00e9I count", "_I judge", "I. reckon", "I\u00a0reckon", "II reckon", " I",
              "We estimate", "I also calculate", "i reckon", "I reckoned", "I count", "x", " ", "I"]


def _writer_reckons() -> re.Pattern[str]:
    return load_patterns("en").pattern("writer_reckons", guard=False)


@pytest.mark.parametrize("text", _FRAGMENTS)
def test_writer_reckons_finds_what_the_lookbehind_pattern_found(text: str) -> None:
    new = _writer_reckons()
    for end in range(len(text) + 1):
        assert bool(new.search(text, 0, end)) == bool(_OLD_WRITER_RECKONS.search(text, 0, end)), (text, end)


def test_writer_reckons_on_generated_text() -> None:
    rng = random.Random(25)
    new = _writer_reckons()
    for _ in range(2000):
        text = "".join(rng.choice(_FRAGMENTS + ["a", ".", ",", "\n"]) for _ in range(rng.randint(1, 6)))
        end = rng.randint(0, len(text))
        assert bool(new.search(text, 0, end)) == bool(_OLD_WRITER_RECKONS.search(text, 0, end)), (text, end)


@pytest.mark.parametrize("text", [
    "In my home village, a place of 900 people, drones have killed 12 residents since March.",
    "The town, a farming community of about 4,000, lost 9 residents in the strike.",
])
def test_a_places_size_is_still_no_toll(text: str) -> None:
    values = {c.value for c in extract_claims(text, published="2025-06-02")}
    assert 900 not in values and 4000 not in values
