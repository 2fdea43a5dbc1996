"""Russian constructions left by round 32d, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_round32e_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # the country after the war a span counts from ("с начала войны в Украине") names that war, not where people of a
    # trade died abroad: teachers so counted are people, status untold (as "с начала войны", round 26), Ukraine's
    ("За время войны на Украине погибли 64 педагога.",
     {"ukraine people killed 64 exact cumulative None 2025-12-06"}),
    ("С начала полномасштабной войны в Украине погибли не менее 41 библиотекаря.",
     {"ukraine people killed 41 at_least cumulative None 2025-12-06"}),
    # (residents, the profile's civilians, dead over the war in that country still died at it: the invader's soldiers)
    ("В ходе войны в Украине погибли 330 жителей Бурятии.",
     {"russia personnel killed 330 exact cumulative None 2025-12-06"}),
    # (the war where they died, no span: as before)
    ("На войне в Украине погибли 120 мобилизованных.",
     {"russia personnel killed 120 exact cumulative None 2025-12-06"}),
])
def test_the_country_of_the_spans_war_is_no_place_of_death(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the army named after a place of its struck ("обстрелов позиций ВСУ") is the target, whose losses, not a source
    ("С начала вторжения погибли 90 энергетиков. Из них 60 человек погибли на войне, еще 30 — в результате обстрелов "
     "окопов ВСУ.",
     {"ukraine civilians killed 90 exact cumulative None 2025-12-06",
      "ukraine personnel killed 60 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06"}),
    ("При обстрелах блиндажей ВСУ погибли 25 военных.",
     {"ukraine personnel killed 25 exact period None 2025-12-06"}),
])
def test_the_army_whose_positions_are_shelled_is_the_target(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
