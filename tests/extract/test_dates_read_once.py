"""The date reading's shortcuts answer what the plain reading answers.

The digit-led date patterns are tried only at runs of digits that may be a day, a month or a year
(``date_mentions._DATE_DIGITS``), not at every run; the document is lower-cased once for all its readings
(``required_words.lower_once``).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import date_mentions
from lossledger.extract.date_mention_rules import DateMentionRules
from lossledger.extract.date_mentions import find_dates
from lossledger.extract.required_words import Folded, lower_once
from lossledger.languages.grammar import load_patterns

EN = load_patterns("en")
WAR_START = dt.date(2022, 2, 24)

_PIECES = ["1", "12", "31", "4", "07", "123", "2024", "1999", "20245", "1,200", "45,000", "3.5", "24.02", "01.04.2022",
           "20/08/2024", "2022-11-13", "2022-23", "5-7", "1 to 28", "1st", "3rd", "of", "February", "Feb.", "March",
           "May", "Sunday", "(", ")", "in", "since", "per cent", "%", ".", ",", "/", "-", "–", ":", "km", "١٢",
           "٣", "last week", "two days ago", "the next day"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", ", ", "\n"])), max_size=16).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


def _spans(text: str) -> list[tuple[int, int, str | None]]:
    date_mentions._date_matches.cache_clear()
    rules = EN.rules(DateMentionRules)
    return [(m.start(), m.end(), m.lastgroup) for m in date_mentions._date_matches(rules, text, text.lower())]


def _every_run_spans(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str | None]]:
    """The matches found when the digit-led patterns are tried at every run of digits, as before."""
    with monkeypatch.context() as patched:
        patched.setattr(date_mentions, "_DATE_DIGITS", re.compile(r"\d\d*"))
        return _spans(text)


@settings(max_examples=300)
@given(_TEXTS)
def test_dates_led_by_digits_are_found_as_at_every_run_of_digits(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _spans(text) == _every_run_spans(text, monkeypatch)


@pytest.mark.parametrize("text", [
    "Between 1 and 7 March 2023, 8,420 were killed; 12,500 more by 24.02, and 1,200 in 2024-25.",
    "On 3rd of May, 45,000 had died since 01.04.2022 (20/08/2024: 123 more; 20245 in all, 2022-11-13).",
])
def test_sentences_of_our_own_read_the_same_dates(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _spans(text) == _every_run_spans(text, monkeypatch)
    assert [m.lastgroup for m in date_mentions._date_matches(EN.rules(DateMentionRules), text, text.lower())]


def test_a_text_is_lowered_for_itself_not_as_the_text_read_before() -> None:
    first, second = "Killed On MONDAY, 3 March", "Wounded on Sunday (March 2)"
    assert lower_once(first) == first.lower()
    assert lower_once(second) == second.lower()
    assert Folded(first).folded == first.lower()
    dated = find_dates(second, published=dt.date(2025, 3, 4), war_start=WAR_START, grammar=EN)
    assert [d.text for d in dated] == ["Sunday (March 2)"]
