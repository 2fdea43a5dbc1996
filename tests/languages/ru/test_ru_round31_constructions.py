"""Constructions seen and left by round 30, read in round 31b in wordings of their own (and in Ukrainian, in
tests/languages/uk/test_uk_round31_constructions.py): the night before the publication ("прошлой ночью", "этой ночью")
ends on the publication's morning, so its figures are of one night dated the publication day (the spec's "as_of is the
span's last day"); a verb of losing with an outcome in the instrumental before a figure of no noun ("потеряла убитыми
500 тысяч") counts people (the soldiers of the side that lost) by that outcome."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Прошлой ночью над регионом сбиты 9 украинских беспилотников, сообщили в Минобороны.",
     {"ukraine drones destroyed 9 exact period/1 ru_mod 2025-12-06"}),
    ("Этой ночью средства ПВО уничтожили 11 украинских беспилотников.",
     {"ukraine drones destroyed 11 exact period/1 None 2025-12-06"}),
    # (a night named by the day it runs into, here the publication's: the same day)
    ("В ночь на субботу над Белгородской областью сбиты 17 украинских беспилотников.",
     {"ukraine drones destroyed 17 exact period None 2025-12-06"}),
])
def test_the_night_before_the_publication_ends_on_its_day(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Украина потеряла убитыми 500 тысяч.", {"ukraine personnel killed 500000 exact cumulative None 2025-12-06"}),
    ("Противник потерял ранеными около 300.", {"ukraine personnel wounded 300 approx cumulative None 2025-12-06"}),
    ("По оценке Пентагона, Россия потеряла убитыми около 120 тысяч, а ранеными — до 180 тысяч.",
     {"russia personnel killed 120000 approx cumulative us_officials 2025-12-06",
      "russia personnel wounded 180000 at_most cumulative us_officials 2025-12-06"}),
    # (two outcomes named together: losses)
    ("ВСУ потеряли убитыми и ранеными более 2 тысяч за сутки.",
     {"ukraine personnel losses 2000 at_least period/1 None 2025-12-06"}),
    # (money lost, its noun after the figure: no claim)
    ("Компания потеряла 500 тысяч рублей.", set()),
])
def test_a_verb_of_losing_with_an_outcome_in_the_instrumental_counts_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected

