"""Russian constructions earlier rounds saw and left, read in wordings of their own (round 33b; in Ukrainian in
tests/languages/uk/test_uk_round33b_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # an army by its two-word or full name after a struck place ("окопов ВС Украины", "позиций Вооруженных сил
    # Украины") is the target, as "позиций ВСУ" was (round 32e): a word of the army, so the part is its soldiers
    ("С начала войны погибли 70 шахтеров. Из них 50 человек погибли на фронте, еще 20 — при обстрелах окопов ВС "
     "Украины.",
     {"ukraine people killed 70 exact cumulative None 2025-12-06",
      "ukraine personnel killed 50 exact cumulative None 2025-12-06",
      "ukraine personnel killed 20 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 80 энергетиков. Из них 55 человек погибли на войне, еще 25 — в результате обстрелов "
     "позиций Вооруженных сил Украины.",
     {"ukraine civilians killed 80 exact cumulative None 2025-12-06",
      "ukraine personnel killed 55 exact cumulative None 2025-12-06",
      "ukraine personnel killed 25 exact cumulative None 2025-12-06"}),
    ("При обстрелах позиций ВС РФ погибли 35 военных.",
     {"russia personnel killed 35 exact period None 2025-12-06"}),
    # civilians counted before a part at an army's struck places: the army is the target, not the attacker whose
    # opponent's civilians they are, nor whose civilians (was Russia's for "позиций ВСУ")
    ("С начала вторжения погибли 40 мирных жителей, еще 15 — при обстрелах позиций ВСУ.",
     {"ukraine civilians killed 40 exact cumulative None 2025-12-06",
      "ukraine civilians killed 15 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 45 мирных жителей, еще 11 — при обстрелах позиций ВС РФ.",
     {"ukraine civilians killed 45 exact cumulative None 2025-12-06",
      "ukraine civilians killed 11 exact cumulative None 2025-12-06"}),
])
def test_an_army_of_two_words_after_a_struck_place_is_the_target(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # parts told apart by how each died: strikes in the plural in a part's clause are the cause over the whole's span
    # (was one strike: both parts a period, and the part of strikes soldiers), and the part before takes no event
    # from the next part's clause
    ("С начала вторжения погибли 70 шахтеров. Из них 40 человек погибли на фронте, еще 30 — в результате ракетных "
     "ударов.",
     {"ukraine people killed 70 exact cumulative None 2025-12-06",
      "ukraine personnel killed 40 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06"}),
    # (as before: one strike's toll and the part of one strike stay a period)
    ("С начала года погибли 300 мирных жителей, из них 50 — в результате удара по вокзалу.",
     {"ukraine civilians killed 300 exact period@2025-01-01 None 2025-12-06",
      "ukraine civilians killed 50 exact period None 2025-12-06"}),
])
def test_strikes_in_a_part_are_no_one_strike(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a district, village or community by title, who says it in a post: officials of the state named
    # after the title, else of the text's own (Russia's, where no press word tells otherwise)
    ("Глава района написал в своем канале, что при обстреле погибли 4 человека.",
     {"russia civilians killed 4 exact period ru_officials 2025-12-06"}),
    ("Глава поселка сообщил в телеграм-канале, что в результате атаки дронов ранены 6 жителей.",
     {"russia civilians wounded 6 exact period ru_officials 2025-12-06"}),
    ("Глава громады написал в фейсбуке, что в результате обстрела оккупантов погибли 3 жителя.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    ("Глава района Херсонской области сообщил в телеграм-канале, что при обстреле погибли 2 человека.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-06"}),
    # a person by a common noun as the subject of a verb of saying: a source of no side
    ("Жительница поселка рассказала журналистам, что при обстреле погибли двое ее соседей.",
     {"ukraine civilians killed 2 exact period other 2025-12-06"}),
    # (not a person among the victims)
    ("В результате обстрела погибли 5 человек, ранена 62-летняя женщина, сообщил губернатор.",
     {"russia civilians killed 5 exact period ru_officials 2025-12-06"}),
])
def test_a_person_by_title_or_common_noun_is_the_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit of an army named by its number, where it is said: both sides' units are their state's officials (the
    # spec's brigade); the side named with the unit, else the text's own by its press words
    ("Как сообщили в 155-й бригаде ВСУ, за неделю уничтожено 12 танков оккупантов.",
     {"russia tanks destroyed 12 exact period/7 ua_officials 2025-12-06"}),
    ("По данным 47-й отдельной механизированной бригады, за сутки на ее участке ликвидированы 85 оккупантов.",
     {"russia personnel killed 85 exact period/1 ua_officials 2025-12-06"}),
    ("В 36-й бригаде морской пехоты ВС РФ рассказали, что за месяц уничтожили 40 бронемашин ВСУ.",
     {"ukraine armoured_vehicles destroyed 40 exact period/30 ru_officials 2025-12-06"}),
    # (a unit that does the destroying says nothing)
    ("Бригада уничтожила более 200 боевиков ВСУ.",
     {"ukraine personnel killed 200 at_least period None 2025-12-06"}),
])
def test_a_numbered_unit_is_its_armys_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a whole its parts follow in its sentence, told apart by where they fell (after a colon or "из них"): people of
    # both kinds (was soldiers), and a part that died at work civilians (the mirror of round 32c's reading)
    ("С начала вторжения погибли 120 железнодорожников: 70 — на фронте, еще 50 — на работе.",
     {"ukraine people killed 120 exact cumulative None 2025-12-06",
      "ukraine personnel killed 70 exact cumulative None 2025-12-06",
      "ukraine civilians killed 50 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 95 энергетиков, из них 60 — на фронте.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06",
      "ukraine personnel killed 60 exact cumulative None 2025-12-06"}),
])
def test_a_whole_of_parts_told_apart_is_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered unit's press service speaks for it; a person by a common noun after a source marker
    ("В пресс-службе 36-й бригады ВС РФ заявили, что за сутки уничтожено 20 военных ВСУ.",
     {"ukraine personnel killed 20 exact period/1 ru_officials 2025-12-06"}),
    ("Как сообщили в пресс-службе 47-й бригады ВСУ, за неделю уничтожено 14 танков оккупантов.",
     {"russia tanks destroyed 14 exact period/7 ua_officials 2025-12-06"}),
    ("По словам жителя поселка, при обстреле погибли 6 человек.",
     {"ukraine civilians killed 6 exact period other 2025-12-06"}),
])
def test_more_units_and_persons_as_sources(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit opening its sentence as the subject of a verb of saying, its army named with it (round 32b's pin, in a
    # wording of its own)
    ("Полк ВС РФ заявил, что за сутки уничтожил 30 военных ВСУ.",
     {"ukraine personnel killed 30 exact period/1 ru_officials 2025-12-06"}),
    # (a unit a title is of, as before)
    ("Командир полка ВСУ сообщил, что за неделю погибли 3 бойца полка.",
     {"ukraine personnel killed 3 exact period/7 ua_officials 2025-12-06"}),
])
def test_a_unit_opening_its_sentence_says_it(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the part of strikes by a number word; the attacker by its adjective with another adjective before the attack
    # noun (was whose losses); the cause's lead before two adjectives ("в результате украинских ракетных ударов": one
    # attack, as in Ukrainian; was a running count)
    ("С начала вторжения погибли 17 шахтеров. Из них 12 человек погибли на фронте, еще пятеро — в результате "
     "ракетных ударов.",
     {"ukraine people killed 17 exact cumulative None 2025-12-06",
      "ukraine personnel killed 12 exact cumulative None 2025-12-06",
      "ukraine civilians killed 5 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 70 шахтеров. Из них 40 человек погибли на фронте, еще 30 — в результате российских "
     "ракетных ударов по шахтам.",
     {"ukraine people killed 70 exact cumulative None 2025-12-06",
      "ukraine personnel killed 40 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06"}),
    ("В результате украинских ракетных ударов погибли 12 военных.",
     {"russia personnel killed 12 exact period None 2025-12-06"}),
])
def test_the_attacker_by_adjectives_and_parts_by_words(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
