"""A grammar's hand-kept guard lists (``<section>.<pattern>_prefilter``: the pattern is tried only in a clause whose
lower-cased text holds one of the words) hold a word of every match their pattern can make. A word added to the
pattern but not to its list would silently turn that match away; a pattern whose words ``required_words`` can
derive needs no list at all (the stages test those words themselves)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
