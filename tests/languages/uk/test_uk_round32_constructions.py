"""Constructions seen and left by round 31, read in round 32b in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round32_constructions.py): a unit's own soldiers ("120 бійців бригади", "військовослужбовці
батальйону"), no side named and nothing destroying them, are the unit's side: the speaker's own, else the side the
text is written from; the wounded a unit's medics carry off are its own; a rate that restates the figure before it
("У середньому це 20–25 бійців на добу") takes that figure's side. Then the fixes of the Russian round 32b
(tests/languages/ru/test_ru_unseen_round32b.py) in Ukrainian wordings: a second reported clause joined after a figure
("... воюють 1 000 білорусів і що 400 з них знищено") tells its own; "у боях за одне з міст" is one battle."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("За тиждень 120 бійців бригади дістали поранення, розповів командир батальйону.",
     {"ukraine personnel wounded 120 exact period/7 ua_officials 2025-12-08"}),
    ("Командир роти розповів, що за добу загинули четверо військовослужбовців батальйону.",
     {"ukraine personnel killed 4 exact period/1 ua_officials 2025-12-08"}),
    # (a unit's own post, no source named: the side the text is written from)
    ("За минулу добу 9 бійців нашої бригади отримали поранення.",
     {"ukraine personnel wounded 9 exact period/1 None 2025-12-08"}),
    ("За жовтень медики батальйону евакуювали з поля бою 410 поранених бійців.",
     {"ukraine personnel wounded 410 exact period/31@2025-10-01 None 2025-10-31"}),
    # (a unit's soldiers someone destroyed, or a unit named as the enemy's, are no one's own)
    ("Наші дрони за тиждень знищили 40 військовослужбовців батальйону.",
     {"russia personnel killed 40 exact period/7 None 2025-12-08"}),
    ("За тиждень Сили оборони знищили 35 бійців батальйону рф, повідомив командир бригади.",
     {"russia personnel killed 35 exact period/7 ua_officials 2025-12-08"}),
])
def test_a_units_own_soldiers_are_its_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Командир медичної роти розповів про роботу евакуаційних груп.\n\nЗа листопад наші екіпажі вивезли з позицій "
     "450 поранених. Це приблизно 15 бійців щодня.",
     {"ukraine personnel wounded 450 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine personnel wounded 15 approx rate/1 ua_officials 2025-12-08"}),
    ("Начальник медслужби бригади розповів про евакуацію.\n\nЗа листопад наші медики евакуювали 640 поранених. "
     "У середньому це 20–25 бійців на добу.",
     {"ukraine personnel wounded 640 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine personnel wounded 20-25 range rate/1 ua_officials 2025-12-08"}),
])
def test_a_rate_restating_the_figure_before_takes_its_side(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 32b, in Russian in tests/languages/ru/test_ru_unseen_round32b.py) a second reported clause joined after a
    # figure tells its own: those said to fight are no loss
    ("КДБ Білорусі стверджує, що на боці України воюють близько 1 000 білорусів і що понад 400 з них уже знищено.",
     {"ukraine personnel killed 400 at_least cumulative other 2025-12-10"}),
    ("Голова ОВА повідомив, що на підприємстві перебували 30 працівників і що восьмеро з них загинули.",
     {"ukraine civilians killed 8 exact period ua_officials 2025-12-10"}),
])
def test_a_second_reported_clause_tells_its_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (held before, kept as a guard: another side's source named anew in a paragraph of its own gives its own account)
    ("За даними Генштабу ЗСУ, минулого тижня росія втратила 9 000 військових.\n\nМіноборони рф стверджує, що ЗСУ "
     "втратили понад 100 тисяч військових.",
     {"russia personnel losses 9000 exact period/7 ua_general_staff 2025-12-10",
      "ukraine personnel losses 100000 at_least cumulative ru_mod 2025-12-10"}),
    ("У боях за одне із сіл на сході загинули 300 окупантів.",
     {"russia personnel killed 300 exact period None 2025-12-10"}),
])
def test_another_source_anew_and_one_of_the_places(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected
