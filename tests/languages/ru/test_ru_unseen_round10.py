"""Russian whole texts, round 10 (written for these tests) in styles the first nine rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Под Угледаром ВСУ оставили на поле боя 12 танков, сообщили в Минобороны России.",
     {"ukraine tanks losses 12 exact cumulative ru_mod 2025-02-11"}),
    ("За неделю боев российские войска оставили на поле 40 бронемашин.",
     {"russia armoured_vehicles losses 40 exact period/7 None 2025-02-11"}),
])
def test_equipment_left_on_the_field_is_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-02-11") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В субботу в Туле похоронили трех мобилизованных, погибших в зоне СВО.",
     {"russia personnel killed 3 exact period None 2025-03-15"}),
    ("В субботу в Курске простились с двумя военнослужащими, которые погибли в зоне СВО.",
     {"russia personnel killed 2 exact period None 2025-03-15"}),
])
def test_a_funerals_day_is_not_the_day_of_the_deaths(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-15") == expected


def test_workers_dead_some_of_them_at_the_front_are_people() -> None:
    assert described("В результате удара по ТЭЦ погибли два энергетика. С начала войны погибли 40 энергетиков "
                     "компании, в том числе на фронте.", "2024-12-06") == {
        "ukraine civilians killed 2 exact period None 2024-12-06",
        "ukraine people killed 40 exact cumulative None 2024-12-06"}


def test_people_of_a_trade_with_adjectives_before_them() -> None:
    assert described("В результате удара ВСУ по шахте погибли 12 местных горняков.", "2025-01-15") == {
        "russia people killed 12 exact period None 2025-01-15"}
