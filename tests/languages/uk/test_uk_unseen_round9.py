"""Ukrainian whole texts, round 9 (written for these tests) in styles the first eight rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list = []

@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own

@pytest.mark.parametrize(("text", "expected"), [
    ("Минулого року окупанти втратили 40 літаків, повідомили в Генштабі.",
     {"russia aircraft losses 40 exact period@2024-01-01 ua_general_staff 2024-12-31"}),
    ("Торік наші захисники знищили 900 ворожих танків, заявив головнокомандувач.",
     {"russia tanks destroyed 900 exact period@2024-01-01 ua_officials 2024-12-31"}),
])
def test_last_year_is_the_calendar_year_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-02-20") == expected

def test_last_year_with_a_month_is_that_month() -> None:
    # ("у березні минулого року": the month, not the whole year)
    assert "period@2024-01-01" not in " ".join(described("У березні минулого року ворог втратив 15 кораблів.",
                                                          "2025-02-20"))


@pytest.mark.parametrize(("text", "expected"), [
    ("У лютому окупанти втратили 141 танк. Автомобільної техніки за місяць знищено 3 380 одиниць.",
     {"russia tanks losses 141 exact period/28@2025-02-01 None 2025-02-28",
      "russia vehicles destroyed 3380 exact period/28@2025-02-01 None 2025-02-28"}),
    # ("за останній місяць": the latest thirty days, not the month named before)
    ("У лютому окупанти втратили 141 танк. Автомобільної техніки за останній місяць знищено 3 380 одиниць.",
     {"russia tanks losses 141 exact period/28@2025-02-01 None 2025-02-28",
      "russia vehicles destroyed 3380 exact period/30 None 2025-04-02"}),
])
def test_for_the_month_after_a_named_month_is_that_month(text: str, expected: set[str]) -> None:
    assert described(text, "2025-04-02") == expected


def test_the_outlet_is_the_counter_named_before() -> None:
    assert described("Oryx задокументував знищення 3 000 російських танків. За підрахунками видання, лише за травень "
                     "росіяни втратили 90 танків.", "2025-06-06") == {
        "russia tanks destroyed 3000 exact cumulative oryx 2025-06-06",
        "russia tanks losses 90 exact period/31@2025-05-01 oryx 2025-05-31"}
