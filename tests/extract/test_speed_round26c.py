"""Searches by a literal in place of a pattern's pass over the whole text (issue 17, round 26c): the verbs of saying
that report only at their clause's end (", a study found.") are looked for where the lower-cased text holds the verb's
first letters, and merged with the other verbs only when there are some; both answer what the pattern's own
``finditer`` merged in text order answers (sentences and fragments written for these tests)."""

from __future__ import annotations

import heapq
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.attribution_rules import AttributionRules
from lossledger.extract.required_words import Folded
from lossledger.languages.grammar import grammar_for

_PIECES = st.lists(st.sampled_from(
    ["found", "Found", "FINDS", "finds", "find", "founded", "profound", " ", ".", ";", "!", "?", ",", "\n", '"', "”",
     "’", "said", " the study", "researchers", "a survey", "reported", "12", "É", "ü", "says", "spoke", "x"]),
    max_size=16).map("".join)


def _searched(r: AttributionRules, norm: str) -> list[tuple[int, int]]:
    return [m.span() for m in heapq.merge(r._verbs_anywhere(norm), r.reporting_verb_at_end.finditer(norm),
                                          key=lambda m: m.start())]


def _check(norm: str) -> None:
    r = grammar_for("en").rules(AttributionRules)
    found = [m.span() for m in r.verbs_in(norm, Folded(norm).folded)]
    assert found == _searched(r, norm)
    assert [m.span() for m in r.verbs_in(norm)] == found


@pytest.mark.parametrize("norm", [
    "About 4,100 of the town's homes were lost, a survey by the council found. Officials said more were hit.",
    "The toll is 230, the researchers found; the army disputes it, a spokesman says.",
    'Nine had died, "the team finds."\nThe profound loss was founded on what it found',
    "FOUND. Finds! Reported 12 as the analysis Found?",
    "Nothing here reports anything at all.",
])
def test_verbs_found_by_a_literal_are_the_searched_ones(norm: str) -> None:
    _check(norm)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_verbs_found_by_a_literal_in_generated_text(norm: str) -> None:
    _check(norm)


def test_the_literal_starts_cover_every_match() -> None:
    r = grammar_for("en").rules(AttributionRules)
    starts = r.reporting_verb_at_end_starts
    assert starts is not None
    for word in ("found.", "finds;"):
        m = re.compile(r.reporting_verb_at_end.pattern, r.reporting_verb_at_end.flags).match(word)
        assert m is not None and any(word.startswith(prefix) for prefix in starts.prefixes)
