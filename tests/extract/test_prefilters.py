"""A grammar's hand-kept guard lists (``<section>.<pattern>_prefilter``: the pattern is tried only in a clause whose
lower-cased text holds one of the words) hold a word of every match their pattern can make. A word added to the
pattern but not to its list would silently turn that match away; a pattern whose words ``required_words`` can
derive needs no list at all (the stages test those words themselves)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract.required_words import Folded, required_words
from lossledger.languages.grammar import load_patterns, pattern_languages

SUFFIX = "_prefilter"


def guard_lists(language: str) -> list[str]:
    """The dotted names of the guard lists in ``language``'s grammar ("measure.part_of_year_prefilter")."""
    data: dict[str, Any] = load_patterns(language).data
    return [f"{section}.{key}" for section, table in data.items() if isinstance(table, dict)
            for key in table if key.endswith(SUFFIX)]


PAIRS = [(language, name) for language in pattern_languages() for name in guard_lists(language)]


def test_the_guard_lists_are_found() -> None:
    assert ("en", "measure.part_of_year_prefilter") in PAIRS


@pytest.mark.parametrize(("language", "name"), PAIRS)
def test_a_guard_list_holds_a_word_of_every_match_of_its_pattern(language: str, name: str) -> None:
    grammar = load_patterns(language)
    words = grammar.words(name)
    pattern = grammar.pattern(name.split(".")[-1].removesuffix(SUFFIX), guard=False)
    # a list its pattern's own words could replace is a twin to keep in step by hand: derive it instead
    assert required_words(pattern) is None

    # texts the pattern matches as a whole, made by hypothesis from the pattern: every alternative, any case
    @settings(max_examples=400, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, fullmatch=True))
    def holds_a_word(text: str) -> None:
        folded = Folded(text).folded
        if folded is not None:  # (a text that lower-casing does not fold faithfully is never turned away)
            assert any(word in folded for word in words), text

    holds_a_word()


# -- the derived guards read what their patterns read, in any case (the lists kept by hand were as written) ----------

@pytest.mark.parametrize(("text", "value"), [
    ("ON APRIL 13 ALONE, AT LEAST 520 RUSSIAN SOLDIERS WERE KILLED, THE GENERAL STAFF SAID.", 520),
    ("Russia Lost 640 Soldiers On May 2 ALONE, Kyiv Said.", 640),
])
def test_a_day_alone_in_capitals_is_that_day(text: str, value: float) -> None:
    claim = {c.value: c for c in extract_claims(text, published="2025-06-20")}[value]
    assert (claim.measure, claim.period_days) == ("period", 1)


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("During the second Half of April Russia lost 1,100 soldiers, the General Staff said.", 1100,
     dt.date(2025, 4, 16), dt.date(2025, 4, 30)),
    ("In the First HALF of the month, 300 Ukrainian soldiers were killed, the ministry said.", 300,
     dt.date(2025, 6, 1), dt.date(2025, 6, 15)),
])
def test_a_half_of_a_month_in_capitals_is_that_half(text: str, value: float, first: dt.date, last: dt.date) -> None:
    claim = {c.value: c for c in extract_claims(text, published="2025-06-20")}[value]
    assert (claim.measure, claim.period_start, claim.as_of) == ("period", first, last)
