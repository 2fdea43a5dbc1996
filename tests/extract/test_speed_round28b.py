"""Speed round 28b (issue 17): shortcuts that must find what the searches they replace find (sentences and fragments
written for these tests).

* ``body.sentence_ends``: the ends of a line's sentences, sought at its full stops (``str.find``) where the line
  holds no "!" or "?", are those ``sentence_end.finditer`` finds, and the sentences cut from them are those the search
  of every end cuts.
* ``gate.first_of``: the first separator of a text from a place, found by ``str.find`` for each, is where a search of
  their class finds it; a line the gate read for its outcome words is not searched again for a bulletin label (its
  reading said no already).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.body import BodyRules, _last_token, _sentence_spans, sentence_ends, sentences
from lossledger.extract.gate import first_of, may_hold_claims
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

_GRAMMAR = load_patterns("en")

_PIECES = st.lists(st.sampled_from(
    ["The", " dam", " 12", "3.5", ".", "..", "!", "?", "?!", " ", "  ", "\t", '"', "”", "’", "'", ")", "]", "[7]",
     "[12]", "(", "“", "A", "b", "U.S.", " p.m.", " a.m.", " Kyiv time", " time", " Feb.", " J.", "•", "1", "\n", "…",
     " etc."]),
    max_size=24).map("".join)


def _check(text: str) -> None:
    for grammar in (_GRAMMAR, _GRAMMAR.in_ascii()):
        r = grammar.rules(BodyRules)
        for lo in range(0, len(text) + 1, 3):
            for hi in (len(text), max(lo, len(text) - 2), min(len(text), lo + 9)):
                assert [m.span() for m in sentence_ends(r, text, lo, hi)] == [
                    m.span() for m in r.sentence_end.finditer(text, lo, hi)]
                assert _sentence_spans(r, text, lo, hi) == _searched_spans(r, text, lo, hi)


def _searched_spans(r: BodyRules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``body._sentence_spans`` as it was: every end searched for."""
    line = text[start:end]
    cur = start + len(line) - len(line.lstrip())
    out = []
    for m in r.sentence_end.finditer(text, cur, end):
        stop = m.start()
        token = _last_token(text[cur:stop + 1].rstrip(".!?\"”’')]")).lower().rstrip(".")
        if token in r.abbreviations or (len(token) == 1 and token.isalpha() and text[stop] == "."):
            continue
        if r.clock_before_zone.match(text, max(0, stop - 3)):
            continue
        out.append((cur, stop + len(text[stop:m.end()].rstrip())))
        cur = m.end()
    if cur < end and (stripped := len(text[cur:end].rstrip())):
        out.append((cur, cur + stripped))
    return out


def test_the_marks_are_read_from_the_pattern() -> None:
    assert _GRAMMAR.rules(BodyRules).sentence_marks == ("!", ".", "?")


@pytest.mark.parametrize("text", [
    "The dam broke at 3 a.m. on Friday. Engineers said 1.5 million people were warned. Nobody was hurt.",
    "He asked: why now? Nobody knew! The mayor, J. Smith, said the U.S. team left at 11 p.m. Kyiv time.",
    "Ten boats sank.[3] “Four crews swam ashore,” he said. 'We counted 20.' (Then) • Rescue went on...  More later",
    "No full stop at all here",
    "The strike came at 11 p.m. Kyiv time. Two hours later, at 1 a.m. Moscow time, a second one hit. Then quiet.",
    "Sirens sounded at 4 a.m. Officials said the time of the blast was 4.10 a.m.\nLocal time was given. Roads shut.",
    "The blast came at 7 p.m.\nKyiv time was given by the mayor. Nobody was hurt.",
    "",
])
def test_sentence_ends_sought_at_full_stops_are_the_searched_ones(text: str) -> None:
    _check(text)


def test_a_line_cut_at_full_stops_gives_the_same_sentences() -> None:
    text = ("The council met on Monday. It voted 12-3 for the plan (about 4.5 million euros). Work starts in May.\n"
            "Will it rain? Nobody knows. The forecast, by Dr. Jones, says no.\n")
    found = [(s.start, s.end) for s in sentences(text, grammar=_GRAMMAR)]
    assert [text[a:b] for a, b in found] == [
        "The council met on Monday.", "It voted 12-3 for the plan (about 4.5 million euros).", "Work starts in May.",
        "Will it rain?", "Nobody knows.", "The forecast, by Dr. Jones, says no."]


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_sentence_ends_in_generated_text(text: str) -> None:
    _check(text)


_SEPARATOR_CLASS = re.compile(r"[-:=]")


@settings(max_examples=300, deadline=None)
@given(_PIECES, st.integers(min_value=0, max_value=30))
def test_the_first_separator_found_by_find_is_the_searched_one(text: str, pos: int) -> None:
    for piece in (text, text.replace("J.", "-").replace("1", ":").replace("b", "=")):
        searched = _SEPARATOR_CLASS.search(piece, pos)
        assert first_of(piece, "-:=", pos) == (searched.start() if searched is not None else -1)


@pytest.mark.parametrize(("text", "opens"), [
    # a label on a line of its own
    ("Figures for the day\nhelicopters - 3\n", True),
    # a line read for its outcome word, which also holds a separator: read once, and no label in it
    ("The side lost 3-1 on Sunday in the rain.\n\nThe next match: 4 May.", False),
    ("Two tanks were lost near the river - the navy said.\nMore soon.", True),
    # a label after a line read for its outcome word
    ("A storm hit the coast: trees fell.\n\nboats = 4\n", True),
    ("A storm hit the coast: trees fell.\n\nThe port - closed at 9.\n", False),
])
def test_the_gate_reads_each_line_with_a_separator_once(text: str, opens: bool) -> None:
    assert may_hold_claims(load_profile(), text, grammar=_GRAMMAR) is opens
