"""English speed steps of round 25 (issue 17): each shortcut finds what the search it replaces finds. A line's
news-crawl separator is looked for by its literals ("+++", "//") before the pattern is tried; a text's control
characters are looked for one by one with ``in``; the gate's count is searched as a digit, then as its words
(sentences and fragments written for these tests)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import body, gate
from lossledger.extract.required_words import required_literals
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

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


_CONTROL_PIECES = st.lists(st.sampled_from(
    ["Kyiv said 12 tanks were lost.", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\x00", "\x07", "\x08", "\x0e", "\x1b[0m",
     "\x1b]0;title\x07", "\x1b", "\x1c", "\x1f", "\x7f", "\x80", "\x84", "\x85", "\x86", "\x9b", "\x9f", "\xa0",
     "é", "’", "—", "\u2028", "Україна", "0", "ESC"]),
    max_size=12).map("".join)


@pytest.mark.parametrize("text", [
    "", "Plain ASCII text, 40 soldiers killed.\nA second line.\t(tab)", "\x1b[31mRed\x1b[0m 12 killed",
    "Curly ’quotes’ — and an NEL \x85 but no control", "C1 \x9b31m in a non-ASCII text ’", "\x7f",
])
def test_a_text_s_control_characters_looked_for_one_by_one_are_the_searched_ones(text: str) -> None:
    assert body._holds_control(text) == (body._CONTROL_START.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(_CONTROL_PIECES)
def test_control_characters_one_by_one_in_generated_text(text: str) -> None:
    assert body._holds_control(text) == (body._CONTROL_START.search(text) is not None)
    assert body.blank_terminal_controls(text) == body._TERMINAL_CONTROL.sub(lambda m: " " * len(m.group()), text)


def test_the_control_characters_are_every_character_the_class_matches() -> None:
    matched = [chr(code) for code in range(sys.maxunicode + 1) if body._CONTROL_START.match(chr(code))]
    assert tuple(matched) == body._CONTROL_CHARS
    assert tuple(char for char in matched if char.isascii()) == body._ASCII_CONTROL_CHARS


_COUNT_PIECES = st.lists(st.sampled_from(
    [" ", "\n", "-", ",", ".", "(", "a", "an", "the", "tank", "tanks", "soldiers", "a helicopter", "two", "twelve",
     "seven", "12", "3", "x1", "a1", "_7", "Two", "TANK", "The city council voted.", "people", "drones", "1,200"]),
    max_size=14).map("".join)


def _check_count(text: str) -> None:
    cues = gate._cues(load_profile(None), EN)
    assert cues is not None
    for count, flavoured in ((cues.countable, " " + text.lower()), (cues.countable_any, text)):
        for lo, hi in _windows(flavoured):
            assert (count.search(flavoured, lo, hi) is None) == (count.alternation.search(flavoured, lo, hi) is None)


@pytest.mark.parametrize("text", [
    "The city council voted on Tuesday.", "Rainfall was 40 per cent above average.", "A Russian helicopter was lost.",
    "Twelve soldiers were killed, the army said.", "x1 y_2 z-3 and nothing to count",
])
def test_the_gate_s_count_searched_as_a_digit_then_its_words_is_found_where_the_alternation_is(text: str) -> None:
    _check_count(text)


@settings(max_examples=200, deadline=None)
@given(_COUNT_PIECES)
def test_the_gate_s_count_in_generated_text(text: str) -> None:
    _check_count(text)
