"""English speed steps of round 25 (issue 17): each shortcut finds what the search it replaces finds. A line's
news-crawl separator is looked for by its literals ("+++", "//") before the pattern is tried (sentences and fragments
written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import body
from lossledger.extract.required_words import required_literals
from lossledger.languages.grammar import load_patterns

EN = load_patterns("en")
BODY = EN.rules(body.BodyRules)

_PIECES = st.lists(st.sampled_from(
    ["+", "++", "+++", "/", "//", "///", "https://", ".", "!", "?", "...", "?!", ". ", "! ", "? ", " ", "\n", "\"",
     "”", "’", "'", ")", "]", "[7]", "[12]", "(", "“", "‘", "U.S.", "Feb.", "p.m.", "a.m.", " Moscow time", "J.",
     "Kyiv", "said", "The", "the", "12", "3.5", "•", "tanks", "killed", "STRIKE: 3 DEAD", "a", "Mr.", "No."]),
    max_size=24).map("".join)


def _windows(text: str) -> list[tuple[int, int]]:
    """The whole text, each of its lines and a few windows cut inside it."""
    spans = [(0, len(text))]
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    spans += [(k, len(text) - k) for k in range(1, len(text) // 2, 3)]
    return spans


def _check_separators(text: str) -> None:
    for lo, hi in _windows(text):
        found = body._item_separator(BODY, text, lo, hi)
        searched = BODY.item_separator.search(text, lo, hi)
        assert (found.span() if found else None) == (searched.span() if searched else None)


@pytest.mark.parametrize("text", [
    "+++ STRIKE: 3 DEAD +++ Kyiv said 12 tanks were lost. +++ The army said. ++ no +/+",
    "See https://example.org/a/b for the list. Read /// more /// here. A+B.",
    "No separator at all here. The ministry said 40 soldiers were killed.",
])
def test_a_line_s_separator_looked_for_by_its_literals_is_the_searched_one(text: str) -> None:
    _check_separators(text)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_separators_by_literals_in_generated_text(text: str) -> None:
    _check_separators(text)


def test_the_literals_every_separator_holds() -> None:
    assert BODY.item_separator_marks is not None
    for mark in BODY.item_separator_marks:  # each is a literal of the pattern, found in some match
        assert mark.strip("+/") == ""
    assert required_literals(re.compile(r"\+\+\+\+*|///+")) == ("+++", "//")
    assert required_literals(re.compile(r"[.!?]+\s", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"\d+")) is None
