"""Constructions seen and left by round 30, read in round 31b in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round31_constructions.py): the night before the publication ("минулої ночі", "цієї ночі")
ends on the publication's morning, so its figures are of one night dated the publication day (the spec's "as_of is the
span's last day"); a verb of losing with an outcome in the instrumental before a figure of no noun ("втратила вбитими
500 тисяч") counts people (the soldiers of the side that lost) by that outcome."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Минулої ночі сили ППО знешкодили 25 ворожих дронів.",
     {"russia drones destroyed 25 exact period/1 None 2025-12-06"}),
    ("Цієї ночі над областю збили 14 ворожих безпілотників, повідомили в Повітряних силах.",
     {"russia drones destroyed 14 exact period/1 ua_officials 2025-12-06"}),
    ("Минулої ночі був збитий російський гелікоптер.",
     {"russia helicopters destroyed 1 exact period/1 None 2025-12-06"}),
    # (yesterday is the day before)
    ("Учора було збито 12 ворожих дронів.", {"russia drones destroyed 12 exact period/1 None 2025-12-05"}),
])
def test_the_night_before_the_publication_ends_on_its_day(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Україна втратила вбитими 500 тисяч.", {"ukraine personnel killed 500000 exact cumulative None 2025-12-06"}),
    ("Окупанти втратили пораненими понад 400.", {"russia personnel wounded 400 at_least cumulative None 2025-12-06"}),
    ("Ворог втратив убитими і пораненими понад 1 000 за добу, повідомили в Генштабі.",
     {"russia personnel losses 1000 at_least period/1 ua_general_staff 2025-12-06"}),
    # (money lost, its noun after the figure: no claim)
    ("Підприємство втратило 500 тисяч гривень.", set()),
])
def test_a_verb_of_losing_with_an_outcome_in_the_instrumental_counts_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected

