"""The clause test before the parts of a period (``period_parts._may_name_a_part``) turns away only clauses where
``_year_so_far``, ``_part_of_year`` and ``_part_of_month`` read nothing: the claims are those read without it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract import period_parts
from lossledger.extract.measure_rules import MeasureRules
from lossledger.extract.required_words import required_words
from lossledger.languages.grammar import load_patterns

# sentences of our own: the parts of a year or a month in two wordings or more, and clauses that name none
OWN_SENTENCES = [
    "Russia has lost 185,000 troops since the beginning of the year, the ministry said, and 1,200 tanks.",
    "So far this year the Russian army has lost 40,000 men, Kyiv said. This year alone 300 Russian tanks were lost.",
    "Russia lost 12,000 soldiers in the first half of the month, the Ukrainian general staff said.",
    "Russian forces lost 9,000 troops in the second half of May and 40 tanks in June, according to Kyiv.",
    "Kyiv said 80,000 Russian troops were killed in the first three months of the year.",
    "In the first quarter of 2024, Russia lost 90,000 soldiers. It put its losses for the quarter at 117,000.",
    "Ukraine lost 2,100 soldiers in the last three months of 2024 and 45 tanks in Q2 2025, the report said.",
    "Officials said 12 soldiers were killed on Monday, while 30 were wounded; the army also lost two tanks.",
    "Three civilians were killed and 15 wounded when a missile hit a building in Kharkiv, the governor said.",
]

PIECES = ["since the beginning of the year", "so far this year", "this year", "year-to-date", "in the first half of",
          "the month", "in the second half of May", "in the first three months of the year", "for the quarter",
          "in the last quarter", "in Q3 2024", "Russia lost", "Ukraine said", "12,000 troops", "40 tanks",
          "were killed", "wounded", "and", ",", ";", ".", "including 30 children", "Since", "FIRST", "Half"]
texts = st.lists(st.sampled_from(PIECES), min_size=3, max_size=16).map(" ".join)


def _claims(text: str) -> list[tuple[object, ...]]:
    return [(c.value, c.measure, c.period_days, c.period_start, c.as_of, c.start)
            for c in extract_claims(text, published="2025-06-20", language="en")]


def _claims_without_the_test(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    with monkeypatch.context() as patched:
        patched.setattr(period_parts, "_may_name_a_part", lambda *_args: True)
        return _claims(text)


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_the_clause_test_changes_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _claims(text) == _claims_without_the_test(text, monkeypatch)


@given(texts)
@settings(max_examples=60, deadline=None)
def test_the_clause_test_changes_no_claim_of_generated_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _claims(text) == _claims_without_the_test(text, monkeypatch)


def test_the_clause_test_turns_clauses_away_and_lets_parts_through(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    real = period_parts._may_name_a_part

    def recorded(*args: object) -> bool:
        asked.append(real(*args))  # type: ignore[arg-type]
        return asked[-1]

    monkeypatch.setattr(period_parts, "_may_name_a_part", recorded)
    part = _claims(OWN_SENTENCES[2])  # "in the first half of the month"
    assert asked and all(asked)
    assert part[0][1:3] == ("period", 15.0)
    asked.clear()
    _claims(OWN_SENTENCES[8])  # no part of a period: turned away
    assert asked and not any(asked)


def test_the_words_are_read_from_the_patterns_as_they_are() -> None:
    rules = load_patterns("en").rules(MeasureRules)
    words = period_parts._part_words(rules)
    assert words is not None
    for pattern in (rules.year_so_far, rules.part_of_month, rules.part_of_year_again):
        need = required_words(pattern)
        assert need is not None and set(need.words) <= set(words)
    assert set(rules.part_of_year_prefilter) <= set(words)
