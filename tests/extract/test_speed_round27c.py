"""Speed round 27c (issue 17). An undated English text's halves and quarters ("in the first half of 2024", "in Q3
2024", ``part_over``) were searched for with ``patterns.part_of_year`` over the whole text, a pattern that opens on no
literal; the search now runs only where the lower-cased text holds a part's word (``measure.months_in_part``: "half",
"quarter") or the text a quarter in Q-form ("Q1".."Q4"). A match with neither is one ``part_over`` passes by, so the
answers are those of the search of every text. Texts are generated or written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import part_over as part_over_module
from lossledger.extract.part_over import PartRules, may_name_part, part_over
from lossledger.languages.grammar import grammar_for

_LATEST = (None, (dt.date(2024, 5, 2), "explicit:2 May 2024"), (dt.date(2025, 11, 20), "explicit:20 November 2025"))

_PIECES = st.lists(st.sampled_from(
    ["in the first half of 2024", "in the second quarter of 2025", "in Q3 2024", "during Q4 of 2023", "in q2 2024",
     "In The Second HALF Of 2023", "over the final Quarter", "in the first two weeks of May",
     "in the last three months of 2024", "for the first six months of the year", "in Q5 2024", "Q1", "quarterly",
     "half-year", "the third quarter of 2024", " throughout the fourth quarter of 2022", "in Q 3 2024", "2024",
     "first", "last", "half", "over", " ", ", ", ". ", "\n", "The brigade lost 40 tanks", "Russia lost 12,000 troops",
     "ﬁrst", "İn the first half of 2024", "in the first hal", "f of 2024"]),
    max_size=10).map("".join)


def _searched_everywhere(text: str, latest: tuple[dt.date, str] | None, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patched:
        patched.setattr(part_over_module, "may_name_part", lambda _text, _r: True)
        return part_over(text, grammar_for("en"), latest)


def _check(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    grammar = grammar_for("en")
    r = grammar.rules(PartRules)
    if not may_name_part(text, r):
        for match in r.part.finditer(text):
            assert not (match.group("quarter") and match.group("qyear"))
            assert (match.group("part") or "").lower() not in r.months_in_part
    for latest in _LATEST:
        assert part_over(text, grammar, latest) == _searched_everywhere(text, latest, monkeypatch)


@pytest.mark.parametrize("text", [
    "Russia lost 9,000 troops in the first half of 2024, the ministry said. On 3 March ...",
    "The fleet lost two ships in Q3 2024 and one in Q1.",
    "Losses in the first two weeks of May and in the last three months of 2024 were heavy.",
    "THE SECOND QUARTER OF 2023 SAW 300 TANKS LOST; for the first six months of the year, 40 more.",
    "No part of a year is named here: 120 soldiers were killed on 2 May 2024.",
])
def test_parts_of_a_year_found_behind_the_gate_are_the_searched_ones(text: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _check(text, monkeypatch)


def test_the_gate_passes_by_a_text_without_a_part() -> None:
    r = grammar_for("en").rules(PartRules)
    assert not may_name_part("Losses in the first two weeks of May were heavy.", r)
    # (months counted in a year are read since round 58d: "the last three months of 2024" is over when told)
    assert may_name_part("Losses in the first two weeks of May and in the last three months of 2024.", r)
    assert may_name_part("Losses in the second HALF of 2024.", r)
    assert may_name_part("Losses in Q2 2024.", r)
    assert not may_name_part("Losses in q2 2024.", r)


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_parts_of_a_year_in_generated_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check(text, monkeypatch)
