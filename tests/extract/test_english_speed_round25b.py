"""Shortcuts of round 25b (issue 17) answer what the reading they replace answers: the last token of a sentence's
words (before a mark that may end it) taken whole when it is a plain word after a space, else walked back character by
character, is what ``[\\w.]+$`` finds (fragments written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.body import _last_token

_LAST_TOKEN = re.compile(r"[\w.]+$")

_PIECES = st.lists(st.sampled_from(
    ["word", "Kyiv", "12", "U.S", ".", " ", "  ", "\t", "_", "a", "é", "ß", "Ω", "٣", "-", ",", "'", "’", "Feb",
     "p.m", "e.g", "\u00a0", "\u2009", "x_1", "(", ")", "—", "Мар", "2024", "”"]),
    max_size=12).map("".join)


def _searched(chunk: str) -> str:
    m = _LAST_TOKEN.search(chunk)
    return m.group() if m is not None else ""


@pytest.mark.parametrize("chunk", [
    "", " ", "the convoy was hit on Monday", "it reached the U.S", "at 11 p.m", "losses rose by 12", "said Mr",
    "the tally, 1,200", "data from (the ministry", "a line ending in space ", "tab\tseparated", "non\u00a0breaking",
    "under_score", "word-joined", "Київ", "ends with é", "two  spaces", ".", "x.", "so—called",
])
def test_last_token_is_the_searched_one(chunk: str) -> None:
    assert _last_token(chunk) == _searched(chunk)


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_last_token_in_generated_text(chunk: str) -> None:
    assert _last_token(chunk) == _searched(chunk)
