"""A pattern that fits where its text ends, read backwards (``languages.reverse``): one match at the reversed
text's start finds what a search of the text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.languages.reverse import reversed_at_end

# patterns of our own in the shapes the grammars write: alternations of words behind a boundary, optional marks,
# classes and categories, repeats, trailing spaces, a date's digits
AT_END = [
    r"(?:[$€£]|usd|us\$)\s*$",
    r"\b(?:jan|january|sept?|september)\.?\s*$",
    r"(?:#|\b(?:no\.|number|unit))\s*$",
    r"\d[./:]$",
    r"\b(?:in|over)\s+the\s+(?:past|last)\s+\w{3,5}\s*$",
    r"(?:,\s*(?:and\s+)?not\s+|\b(?:rather\s+than|instead\s+of)\s+)$",
    r"[^\W\d]-?[0-9]{1,2}$",
    r"\B[a-c]+?\d*$",
]
PIECES = ["usd", "US$", "$", "€", "Jan", "January", "sept.", "No.", "number", "#", "unit", "12", "1", ".", "/", ":",
          "in", "over", "the", "past", "last", "week", "days", "not", "and", "rather than", "instead of", ",", "a",
          "abc", "-", "x", "T", "\n", "\t", " ", "  ", "\u00a0", "ſ", "\u212a", "İ", "é"]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "\n", ", "])), max_size=10).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


def _found(text: str, patterns: list[str], flags: int) -> bool:
    return any(re.compile(pattern, flags).search(text) for pattern in patterns)


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from([re.IGNORECASE, 0]))
def test_reversed_pattern_finds_what_the_search_finds(text: str, flags: int) -> None:
    for patterns in ([pattern] for pattern in AT_END):
        backwards = reversed_at_end(patterns, flags)
        assert backwards is not None
        assert bool(backwards.match(text[::-1])) == _found(text, patterns, flags), (patterns, text)
    together = reversed_at_end(AT_END, flags)
    assert together is not None and bool(together.match(text[::-1])) == _found(text, AT_END, flags)


def test_reversed_pattern_on_own_examples() -> None:
    backwards = reversed_at_end(AT_END[:4], re.IGNORECASE)
    assert backwards is not None
    for text, found in [("costs USD ", True), ("paid in usd 12", False), ("on Sept. ", True), ("on 5 September", True),
                        ("the unit ", True), ("community ", False), ("opportunity ", False), ("on 24.", True),
                        ("at 12:\n", True), ("at 12:\n\n", False), ("adjust ", False), ("", False)]:
        assert bool(backwards.match(text[::-1])) == found == _found(text, AT_END[:4], re.IGNORECASE), text


def test_patterns_that_do_not_end_the_text_or_look_around_are_not_reversed() -> None:
    assert reversed_at_end([r"usd\s*"], 0) is None  # not at the end
    assert reversed_at_end([r"\d$", r"(?<=a)b$"], 0) is None  # a lookbehind
    assert reversed_at_end([r"^no\.$"], 0) is None  # an anchor inside
    assert reversed_at_end([r"(?i:no)\.$"], 0) is None  # flags of its own
    assert reversed_at_end([r"(a)\1$"], 0) is None  # a group reference
