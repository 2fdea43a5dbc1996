"""Ukrainian round 27's follow-up: what that round saw and did not fix, read in wordings of its own (and in Russian,
where the construction is the same): an age told of one of the people counted is no count; "воїни" with no side word
are the Ukrainian text's own soldiers; a text of one short sentence is read at all; drones that "did not reach" their
target and that a later clause says were downed ("їх збили") were destroyed."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Внаслідок удару по Харкову загинули двоє людей. Одному з них був 31 рік.",
     {"ukraine civilians killed 2 exact period None 2025-12-06"}),
    ("Під завалами загинули троє людей, одній з них було 17 років.",
     {"ukraine civilians killed 3 exact period None 2025-12-06"}),
    ("Загинули троє людей. Старшому з них був 71 рік.", {"ukraine people killed 3 exact period None 2025-12-06"}),
    ("В результате удара погибли двое людей. Одному из них был 31 год.",
     {"ukraine people killed 2 exact period None 2025-12-06"}),
    ("При обстреле погибли три человека, одной из них было 19 лет.",
     {"ukraine civilians killed 3 exact period None 2025-12-06"}),
    # (one of them with an outcome of its own is still a part counted)
    ("Загинули троє людей, ще двоє поранені. Одного з них госпіталізували.",
     {"ukraine people killed 3 exact period None 2025-12-06", "ukraine people wounded 2 exact period None 2025-12-06",
      "ukraine people wounded 1 exact period None 2025-12-06"}),
])
def test_an_age_told_of_one_of_those_counted_is_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Загинули двоє воїнів.", {"ukraine personnel killed 2 exact cumulative None 2025-12-06"}),
    ("Ворог обстріляв позиції бригади. Загинули двоє воїнів.",
     {"ukraine personnel killed 2 exact cumulative None 2025-12-06"}),
    ("Громада попрощалася з трьома воїнами, які загинули на фронті.",
     {"ukraine personnel killed 3 exact period None 2025-12-06"}),
    # (a side word given wins: before the noun, after it, the subject that lost them)
    ("Загинули двоє російських воїнів.", {"russia personnel killed 2 exact cumulative None 2025-12-06"}),
    # (a battle for a place named by its noun is one battle: a period, round 30)
    ("У боях за місто загинули 12 воїнів ворога.", {"russia personnel killed 12 exact period None 2025-12-06"}),
    ("Окупанти втратили 40 воїнів.", {"russia personnel losses 40 exact cumulative None 2025-12-06"}),
])
def test_warriors_with_no_side_word_are_the_ukrainian_texts_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Вночі ППО збила 3 ракети.", {"russia missiles destroyed 3 exact period/1 None 2025-12-06"}),
    ("ППО збила 2 дрони.", {"russia drones destroyed 2 exact period None 2025-12-06"}),
    ("Ночью ПВО сбила 3 ракеты.", {"ukraine missiles destroyed 3 exact period/1 None 2025-12-06"}),
    ("Сбиты 4 дрона.", {"ukraine drones destroyed 4 exact period None 2025-12-06"}),
])
def test_a_text_of_one_short_sentence_is_read(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ворог запустив 50 дронів, 10 із них не долетіли до Києва, їх збили.",
     {"russia drones destroyed 10 exact period None 2025-12-06"}),
    ("Уночі ворог атакував область 40 дронами: 12 із них не долетіли до цілей, бо їх збили мобільні групи.",
     {"russia drones destroyed 12 exact period/1 None 2025-12-06"}),
    ("ВСУ запустили 50 дронов, 10 из них не долетели до Белгорода, их сбили.",
     {"ukraine drones destroyed 10 exact period None 2025-12-06"}),
    # (jammed is no downing: lost, as round 5 read it; no later word of how: lost, as round 27 read it)
    ("Ще 20 дронів-імітаторів локаційно втрачені, їх подавили засоби РЕБ.",
     {"russia drones losses 20 exact cumulative None 2025-12-06"}),
    ("Ворог запустив 50 дронів, 10 із них не долетіли до Києва, їх доля невідома.",
     {"russia drones losses 10 exact period None 2025-12-06"}),
])
def test_drones_that_did_not_arrive_and_were_downed_are_destroyed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ("Героїв" is the press's word of honour for its own, no side word: a side word after it, the enemy's, wins)
    ("Громада втратила 12 героїв ворога.", {"russia personnel losses 12 exact cumulative None 2025-12-06"}),
    # (a battle for a place named by its noun is one battle: a period, round 30)
    ("У боях за село загинули 30 героїв ворога.", {"russia personnel killed 30 exact period None 2025-12-06"}),
    ("Загинули двоє російських героїв.", {"russia personnel killed 2 exact cumulative None 2025-12-06"}),
    # (no side word: the text's own, lost or dead)
    ("Громада втратила 27 своїх Героїв.", {"ukraine personnel losses 27 exact cumulative None 2025-12-06"}),
    ("Село втратило на війні п'ятьох Героїв.", {"ukraine personnel losses 5 exact cumulative None 2025-12-06"}),
])
def test_heroes_are_the_texts_own_unless_a_side_word_says(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
