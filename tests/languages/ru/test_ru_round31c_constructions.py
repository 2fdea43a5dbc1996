"""Constructions seen and left by round 31b, read in round 31c in wordings of their own (and in Ukrainian, in
tests/languages/uk/test_uk_round31c_constructions.py): comrades-in-arms ("товарищей", "сослуживцев",
"однополчан") are soldiers in a text about the war, as other people counted there; "позавчера" is two days before
the publication, "позапрошлой ночью" one night dated by its last day (the day before the publication, as "прошлой
ночью" is the publication day); people taken prisoner in the text's own voice are one event (a period), as what it
says was destroyed, while those held in captivity stay a running count."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # a post of no source on the enemy's losses: "our" comrades are the other side's
    ("За сутки наши подразделения уничтожили 25 боевиков ВСУ. Двое наших сослуживцев погибли, еще трое ранены.",
     {"ukraine personnel killed 25 exact period/1 None 2025-12-08",
      "russia personnel killed 2 exact period/1 None 2025-12-08",
      "russia personnel wounded 3 exact period/1 None 2025-12-08"}),
    ("За неделю наши бойцы уничтожили 40 военнослужащих ВСУ. Трое наших товарищей погибли.",
     {"ukraine personnel killed 40 exact period/7 None 2025-12-08",
      "russia personnel killed 3 exact period/7 None 2025-12-08"}),
    # ("товарищ" as a form of address counts no one)
    ("Товарищ полковник доложил, что уничтожено 5 танков.",
     {"ukraine tanks destroyed 5 exact period None 2025-12-08"}),
])
def test_comrades_in_arms_are_soldiers(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Позавчера ВСУ лишились 4 танков, сообщили в Минобороны России.",
     {"ukraine tanks losses 4 exact period/1 ru_mod 2025-12-06"}),
    ("Позапрошлой ночью над регионом сбиты 9 украинских беспилотников.",
     {"ukraine drones destroyed 9 exact period/1 None 2025-12-07"}),
    ("В позапрошлую ночь силы ПВО перехватили 14 украинских беспилотников.",
     {"ukraine drones destroyed 14 exact period/1 None 2025-12-07"}),
    # (the night before the publication stays the publication day)
    ("Прошлой ночью над регионом сбиты 9 украинских беспилотников.",
     {"ukraine drones destroyed 9 exact period/1 None 2025-12-08"}),
])
def test_the_day_and_the_night_before_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Наши бойцы уничтожили 3 пикапа. В плен взяты 7 боевиков.",
     {"ukraine vehicles destroyed 3 exact period None 2025-12-08",
      "ukraine personnel captured 7 exact period None 2025-12-08"}),
    ("Наши штурмовики зачистили позиции противника, в плен взяты 11 военнослужащих ВСУ.",
     {"ukraine personnel captured 11 exact period None 2025-12-08"}),
    # (held in captivity: a running count)
    ("В плену до сих пор удерживаются 40 жителей района.",
     {"ukraine civilians captured 40 exact cumulative None 2025-12-08"}),
    # (a belligerent's count of the enemy it holds is a running count too; those surrendering to it, one event)
    ("По данным Минобороны России, в плену находятся 6 тысяч военных ВСУ.",
     {"ukraine personnel captured 6000 exact cumulative ru_mod 2025-12-08"}),
    ("Минобороны России сообщило, что пятеро военных ВСУ сдались в плен.",
     {"ukraine personnel captured 5 exact period ru_mod 2025-12-08"}),
])
def test_people_taken_prisoner_in_the_text_s_own_voice_are_one_event(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected
