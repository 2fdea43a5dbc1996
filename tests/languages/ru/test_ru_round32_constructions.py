"""Constructions seen and left by round 31, read in round 32b in wordings of their own (and in Ukrainian, in
tests/languages/uk/test_uk_round32_constructions.py): a unit's own soldiers ("120 бойцов бригады"), no side named and
nothing destroying them, are the unit's side (the speaker's own); a commander with no side word is his state's
official, the state of the side the text is written from: a Russian-language text from Ukraine (its words for the
enemy: "оккупанты", "захватчики"; "Силы обороны") makes him Ukraine's; a rate that restates the figure before it
("В среднем это 15 бойцов в сутки") takes that figure's side."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Командир батальона ВСУ рассказал, что за неделю 120 бойцов бригады получили ранения.",
     {"ukraine personnel wounded 120 exact period/7 ua_officials 2025-12-08"}),
    ("Командир роты рассказал, что за сутки погибли трое военнослужащих батальона.",
     {"russia personnel killed 3 exact period/1 ru_officials 2025-12-08"}),
    # (a unit's soldiers someone destroyed are the enemy's)
    ("Командир роты рассказал, что за сутки уничтожены 30 военнослужащих батальона.",
     {"ukraine personnel killed 30 exact period/1 ru_officials 2025-12-08"}),
])
def test_a_units_own_soldiers_are_its_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Оккупанты продолжают штурмы под Покровском.\n\nКомандир бригады рассказал, что за неделю противник потерял "
     "300 военных.",
     {"russia personnel losses 300 exact period/7 ua_officials 2025-12-08"}),
    ("Российские захватчики не прекращают атаки на Запорожском направлении.\n\nКомбат рассказал, что за сутки враг "
     "потерял 40 человек убитыми и ранеными.",
     {"russia personnel losses 40 exact period/1 ua_officials 2025-12-08"}),
    # (a text from Russia's side: "СВО", its word for the war; the commander is Russia's)
    ("Бойцы продолжают выполнять задачи СВО.\n\nКомандир бригады рассказал, что за неделю противник потерял "
     "300 военных.",
     {"ukraine personnel losses 300 exact period/7 ru_officials 2025-12-08"}),
])
def test_a_commander_is_the_official_of_the_side_the_text_is_written_from(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Командир медицинской роты ВСУ рассказал об эвакуации.\n\nЗа ноябрь наши медики вывезли с позиций 450 раненых. "
     "В среднем это 15 бойцов в сутки.",
     {"ukraine personnel wounded 450 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine personnel wounded 15 exact rate/1 ua_officials 2025-12-08"}),
    ("По данным Минобороны России, за неделю погибли 70 российских военных. Это в среднем 10 человек в день.",
     {"russia personnel killed 70 exact period/7 ru_mod 2025-12-08",
      "russia personnel killed 10 exact rate/1 ru_mod 2025-12-08"}),
])
def test_a_rate_restating_the_figure_before_takes_its_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected
