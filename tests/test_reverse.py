"""A pattern that fits where its text ends, read backwards (``languages.reverse``): one match at the reversed
text's start finds what a search of the text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.languages.reverse import EndTest, reversed_at_end

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


def test_patterns_that_are_not_reversed() -> None:
    assert reversed_at_end([r"usd\s*"], 0) is None  # not at the end
    assert reversed_at_end([r"\d$", r"(?=a+)a$"], 0) is None  # a lookahead of no fixed width
    assert reversed_at_end([r"a*+b$"], 0) is None  # a possessive repeat
    assert reversed_at_end([r"^no\.$"], 0) is None  # an anchor inside
    assert reversed_at_end([r"(?i:no)\.$"], 0) is None  # flags of its own
    assert reversed_at_end([r"(a)\1$"], 0) is None  # a group reference


# windows of a longer text: word boundaries, lookbehinds and lookaheads that look out of the window
IN_WINDOWS = [
    *AT_END,
    r"(?:(?<![\w,.])\d[\d,.]*(?:\s*%)?\s+(?:out\s+)?of\s+(?:the\s+)?|\bout\s+of\s+)(?:about\s+)?$",
    r"(?=[iu])(?:\b(?:in|into|up)\s+(?:the|an?)\s+$)",
    r"\b(?:were|was)\s+up(?![a-z])\s*$",
    r"(?<=\d)\s+of\s+$",
]
WINDOW_PIECES = [*PIECES, "out of", "of", "the", "about", "into", "an", "a", "were", "up", "was", "1,200", "30%"]
windowed = st.lists(st.tuples(st.sampled_from(WINDOW_PIECES), st.sampled_from(["", " ", ","])), max_size=12).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=500, deadline=None)
@given(windowed, st.data(), st.sampled_from([re.IGNORECASE, 0]))
def test_end_test_of_a_window_is_the_search_of_it(text: str, data: st.DataObject, flags: int) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for pattern in IN_WINDOWS:
        compiled = re.compile(pattern, flags)
        test = EndTest(compiled)
        assert test.found(text, lo, hi) == (compiled.search(text, lo, hi) is not None), (pattern, text[lo:hi])


def test_end_test_reads_the_characters_before_the_window() -> None:
    of_the = EndTest(re.compile(IN_WINDOWS[len(AT_END)], re.IGNORECASE))
    assert of_the.reach == 2  # a word boundary, and a lookbehind of one character
    text = "a,12 of the 40"
    number = text.index("40")
    assert not of_the.found(text, 2, number)  # "12" follows a comma: the lookbehind fails, and "out of" is not there
    assert of_the.found(text, 0, number) == (re.search(IN_WINDOWS[len(AT_END)], text[:number]) is not None)
    assert of_the.found("so 12 of the 40", 3, 13)
    assert EndTest(re.compile(r"(?=[a-z]+)x$"))._backwards is None  # a lookahead of no fixed width: searched


def test_reader_ends_in_is_search_in_found() -> None:
    from lossledger.extract import ExtractRules, document
    from lossledger.extract.loss_frame_rules import LossFrameRules
    from lossledger.languages.grammar import load_patterns
    from lossledger.profiles import load_profile

    grammar = load_patterns("en")
    text = ("An earlier version of this story said 12 tanks were lost. Russia had about 80 ships, and out of 40 "
            "drones, 30 were shot down. Officials said a payment of $360,000: 3 million. The toll rose to 14.")
    reader = document.Reader(text, None, load_profile(None), grammar=grammar)
    patterns = [grammar.rules(ExtractRules).superseded_version_before, grammar.rules(ExtractRules).whole_after_part,
                grammar.rules(LossFrameRules).money_just_before, grammar.rules(LossFrameRules).possession_before]
    found = 0
    for sent in reader.sentences:
        for number in re.finditer(r"\d[\d,]*", reader.norm[sent.start:sent.end]):
            at = sent.start + number.start()
            for pattern in patterns:
                for lo in (sent.start, max(sent.start, at - 30), at):
                    want = reader.search_in(sent, pattern, lo, at) is not None
                    assert reader.ends_in(sent, pattern, lo, at) == want, (pattern.pattern[:40], text[lo:at])
                    found += want
            assert reader.ends_in(sent, patterns[0], sent.start, len(text)) == (  # a window beyond the sentence
                patterns[0].search(reader.norm, sent.start, len(text)) is not None)
    assert found >= 3  # the sentences exercise the patterns
