"""Russian constructions left by round 32c, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_round32d_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # a bare part after a part said to fall at the front, its own clause about strikes with no word of the army:
    # civilians (the mirror of round 32c's "the part before the front is civilians")
    ("С начала войны погибли 212 медиков. Из них 30 человек погибли на фронте, еще 12 — во время обстрелов больниц.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06",
      "ukraine civilians killed 12 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 75 энергетиков. Из них 50 человек погибли на войне, еще 25 — при обстрелах "
     "подстанций.",
     {"ukraine civilians killed 75 exact cumulative None 2025-12-06",
      "ukraine personnel killed 50 exact cumulative None 2025-12-06",
      "ukraine civilians killed 25 exact cumulative None 2025-12-06"}),
    # (a part whose own clause is about fighting stays soldiers)
    ("С начала войны погибли 212 медиков. Из них 30 человек погибли на фронте, еще 12 — в боях на востоке.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 12 exact cumulative None 2025-12-06"}),
])
def test_the_part_struck_after_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "за годы войны": the years of the war, in the plural with no count, are the war so far (cumulative), and the
    # war a span is counted in makes no soldiers: teachers so counted are people, status untold (as "за время
    # войны", round 26); "за год войны" (one year) stays a year's span
    ("За годы войны погибли 95 учителей.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06"}),
    ("За годы полномасштабной войны погибли не менее 70 педагогов, сообщили в профсоюзе.",
     {"ukraine people killed 70 at_least cumulative None 2025-12-06"}),
    ("За год войны погибли 40 учителей.",
     {"ukraine people killed 40 exact period/365 None 2025-12-06"}),
])
def test_the_years_of_the_war_are_the_war_so_far(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare commander of a unit, no side named: Russia's officials in a Russian text; Ukraine's where the text's
    # press words are Ukraine's ("захватчики", "оккупанты")
    ("За сутки в батальоне погибли трое бойцов, сообщил комбат.",
     {"russia personnel killed 3 exact period/1 ru_officials 2025-12-06"}),
    ("Командир роты рассказал, что за месяц погибли 7 бойцов.",
     {"russia personnel killed 7 exact period/30 ru_officials 2025-12-06"}),
    ("Захватчики штурмуют позиции. По словам комбата, за неделю погибли 12 бойцов.",
     {"ukraine personnel killed 12 exact period/7 ua_officials 2025-12-06"}),
    ("Оккупанты обстреливают город. По словам командира батальона, за неделю уничтожено 40 оккупантов.",
     {"russia personnel killed 40 exact period/7 ua_officials 2025-12-06"}),
])
def test_a_bare_commander_is_of_the_texts_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
