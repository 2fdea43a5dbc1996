"""Patterns written so that ``re`` tries fewer places find what they were written to find before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import measure

# "9,335 tanks (+4)" as it was written, before its repeats were made possessive
PLAIN_DELTA_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,4}\s*\(\s*\+\s*\d")
PIECES = ["tanks", "Russian", "units", "of_them", "über", "9", "12", "(", "(+", "(+4)", "( + 7", "+", ")", "-",
          ",", "\u00a0", "\n", "  "]
delta_texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "\t"])), max_size=12).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=400, deadline=None)
@given(delta_texts, st.data())
def test_delta_after_a_figure_is_the_plain_patterns(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    got, want = measure._DELTA_AFTER.match(text, at), PLAIN_DELTA_AFTER.match(text, at)
    assert (got and got.span()) == (want and want.span())


def test_delta_after_a_figure_on_sentences_of_our_own() -> None:
    for text, delta in (("9,335 tanks (+4), 18,000 armoured vehicles", True),
                        ("9,335 Russian main battle tanks (+4)", True),  # four words
                        ("9,335 Russian main battle tanks lost (+4)", False),  # five
                        ("9,335 tanks (4 more)", False), ("9,335 tanks ( + 12)", True)):
        assert (measure._DELTA_AFTER.match(text, 5) is not None) == delta == (
            PLAIN_DELTA_AFTER.match(text, 5) is not None), text
