"""Constructions seen and left by round 31b, read in round 31c in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round31c_constructions.py): comrades-in-arms ("побратимів", "товаришів") are soldiers in
a text about the war, as other people counted there; "позавчора" is two days before the publication, "позаминулої
ночі" one night dated by its last day (the day before the publication, as "минулої ночі" is the publication day);
people taken prisoner in the text's own voice are one event (a period), as what it says was destroyed, while those
held in captivity stay a running count."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("За добу наші підрозділи знищили 30 окупантів. Двоє наших побратимів загинули, ще четверо дістали поранення.",
     {"russia personnel killed 30 exact period/1 None 2025-12-08",
      "ukraine personnel killed 2 exact period/1 None 2025-12-08",
      "ukraine personnel wounded 4 exact period/1 None 2025-12-08"}),
    ("За тиждень наші воїни знищили 50 окупантів. Троє наших товаришів загинули.",
     {"russia personnel killed 50 exact period/7 None 2025-12-08",
      "ukraine personnel killed 3 exact period/7 None 2025-12-08"}),
])
def test_comrades_in_arms_are_soldiers(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Позавчора окупанти втратили 5 танків.", {"russia tanks losses 5 exact period/1 None 2025-12-06"}),
    ("Позаминулої ночі сили ППО збили 17 ворожих дронів, повідомили в Повітряних силах.",
     {"russia drones destroyed 17 exact period/1 ua_officials 2025-12-07"}),
    ("У позаминулу ніч над областю знешкоджено 6 шахедів.",
     {"russia drones destroyed 6 exact period/1 None 2025-12-07"}),
])
def test_the_day_and_the_night_before_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Наші воїни знищили 2 танки. У полон взято 9 окупантів.",
     {"russia tanks destroyed 2 exact period None 2025-12-08",
      "russia personnel captured 9 exact period None 2025-12-08"}),
    ("Наші десантники відбили штурм, у полон взято 8 окупантів.",
     {"russia personnel captured 8 exact period None 2025-12-08"}),
    # (held in captivity: a running count)
    ("У полоні досі перебувають 30 наших військових.",
     {"ukraine personnel captured 30 exact cumulative None 2025-12-08"}),
    # (a belligerent's count of the enemy it holds is a running count too; those surrendering to it, one event)
    ("Генштаб ЗСУ повідомив, що у полоні перебувають понад 8 тисяч російських військових.",
     {"russia personnel captured 8000 at_least cumulative ua_general_staff 2025-12-08"}),
    ("За даними Генштабу ЗСУ, в полон здалися 14 російських військових.",
     {"russia personnel captured 14 exact period ua_general_staff 2025-12-08"}),
])
def test_people_taken_prisoner_in_the_text_s_own_voice_are_one_event(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected
