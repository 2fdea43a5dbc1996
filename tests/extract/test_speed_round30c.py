"""Speed round 30c: the holidays' pre-test (``holiday_dates._names_word``) asks for a holiday's name as a word, so
"eastern Ukraine", which nearly every English text of the war holds, no longer sends the text to the holiday pattern
(round 60d added "easter"). The pre-test must pass wherever the pattern finds a holiday."""

from __future__ import annotations

import pytest

from lossledger.extract.holiday_dates import HolidayDateRules, _names_word
from lossledger.languages.grammar import load_patterns


@pytest.mark.parametrize("text", [
    "Shelling in eastern Ukraine killed four, the governor said.",
    "Fighting on the eastern front went on through the night.",
])
def test_a_word_that_opens_on_a_holidays_name_is_no_holiday(text: str) -> None:
    rules = load_patterns("en").rules(HolidayDateRules)
    assert not any(_names_word(text.lower(), name) for name in rules.shortest_names)


@pytest.mark.parametrize("text", [
    "On Easter Sunday 2025 a drone hit the church, killing two.",
    "By Orthodox Easter, the toll had reached 40.",
    "Two days before Christmas, 2023, a missile struck the station.",
    "On the eve of New Year's Eve the city counted nine dead.",
    "The strike came a week ahead of Independence Day.",
    "On the Fourth of July the embassy said 3 Americans had died.",
    "At Easter, four civilians were killed.",
])
def test_the_pre_test_passes_wherever_the_pattern_finds_a_holiday(text: str) -> None:
    rules = load_patterns("en").rules(HolidayDateRules)
    assert rules.holiday_day.search(text) is not None
    assert any(_names_word(text.lower(), name) for name in rules.shortest_names)
