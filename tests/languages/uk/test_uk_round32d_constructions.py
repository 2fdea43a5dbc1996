"""Ukrainian constructions left by round 32c, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_round32d_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # a bare part after a part said to fall at the front, its own clause about strikes with no word of the army:
    # civilians (the mirror of round 32c's "the part before the front is civilians")
    ("Від початку війни загинули 212 медиків. З них 30 людей загинули на фронті, ще 12 — під час обстрілів лікарень.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06",
      "ukraine civilians killed 12 exact cumulative None 2025-12-06"}),
    ("З початку вторгнення загинули 75 енергетиків. З них 50 людей загинули на війні, ще 25 — внаслідок обстрілів "
     "підстанцій.",
     {"ukraine civilians killed 75 exact cumulative None 2025-12-06",
      "ukraine personnel killed 50 exact cumulative None 2025-12-06",
      "ukraine civilians killed 25 exact cumulative None 2025-12-06"}),
    # (a part whose own clause is about fighting stays soldiers)
    ("Від початку війни загинули 212 медиків. З них 30 людей загинули на фронті, ще 12 — у боях на сході.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 12 exact cumulative None 2025-12-06"}),
])
def test_the_part_struck_after_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "за роки війни": the years of the war, in the plural with no count, are the war so far (cumulative), and the
    # war a span is counted in makes no soldiers: teachers so counted are people, status untold (as "за час війни",
    # round 26); "за рік війни" (one year) stays a year's span
    ("За роки війни загинули 95 вчителів.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06"}),
    ("За роки повномасштабного вторгнення загинули щонайменше 70 педагогів, повідомили в профспілці.",
     {"ukraine people killed 70 at_least cumulative None 2025-12-06"}),
    ("За рік війни загинули 40 вчителів.",
     {"ukraine people killed 40 exact period/365 None 2025-12-06"}),
])
def test_the_years_of_the_war_are_the_war_so_far(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare commander of a unit in a Ukrainian text is the side the text is written from
    ("Комбат розповів, що за тиждень загинули 12 бійців.",
     {"ukraine personnel killed 12 exact period/7 ua_officials 2025-12-06"}),
    ("За добу в роті загинули двоє бійців, повідомив командир батальйону.",
     {"ukraine personnel killed 2 exact period/1 ua_officials 2025-12-06"}),
])
def test_a_bare_commander_is_of_the_texts_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
