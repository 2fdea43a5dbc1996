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


# this round's fixes (round 31b's texts, tests/languages/ru/test_ru_unseen_round31b.py), each in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    # a body that did not say it, in the sentence after, is no source of the figure before
    ("Противник лишился 6 танков. Минобороны России о потерях бригады не сообщало.",
     {"ukraine tanks losses 6 exact cumulative None 2025-12-05"}),
    ("Противник потерял 4 танка. В Генштабе ВСУ эти данные не подтвердили.",
     {"ukraine tanks losses 4 exact cumulative None 2025-12-05"}),
    # (said more than once is said)
    ("Как не раз заявляло Минобороны России, ВСУ потеряли 300 военных.",
     {"ukraine personnel losses 300 exact cumulative ru_mod 2025-12-05"}),
])
def test_a_body_that_denies_or_did_not_say_is_no_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«По нашим данным, противник лишился 6 танков», — пишет блогер.",
     {"ukraine tanks losses 6 exact cumulative other 2025-12-05"}),
    ("Военблогер утверждает, что за двое суток противник потерял на этом участке до 150 военных.",
     {"ukraine personnel losses 150 at_most period/2 other 2025-12-05"}),
])
def test_a_blogger_is_a_named_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Только за вчерашний день противник лишился 6 танков.",
     {"ukraine tanks losses 6 exact period/1 None 2025-12-04"}),
    ("За минувший день силы ПВО сбили 20 украинских беспилотников.",
     {"ukraine drones destroyed 20 exact period/1 None 2025-12-05"}),
])
def test_yesterday_s_day_is_one_day_before_the_publication(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post of no source naming the enemy's losses: "our" people are the other side's, and those going on from them
    ("За неделю наши бойцы уничтожили 40 военнослужащих ВСУ. Двое наших бойцов погибли, шестеро получили ранения.",
     {"ukraine personnel killed 40 exact period/7 None 2025-12-08",
      "russia personnel killed 2 exact period/7 None 2025-12-08",
      "russia personnel wounded 6 exact period/7 None 2025-12-08"}),
    # (a source's "our" is its own side's)
    ("Двое наших бойцов погибли, сообщил губернатор Белгородской области.",
     {"russia personnel killed 2 exact cumulative ru_officials 2025-12-08"}),
])
def test_our_people_counted_after_the_figure_are_the_speaker_s(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an explainer's question of how many, answered by a figure with no verb of its own: the question's outcome
    ("Сколько погибло? По подсчетам «Медиазоны», не менее 150 тысяч российских военных.",
     {"russia personnel killed 150000 at_least cumulative mediazona 2025-12-03"}),
    ("Сколько российских военных погибло на войне?\n\nПо подсчетам «Медиазоны» и Би-би-си, не менее 150 тысяч человек.",
     {"russia personnel killed 150000 at_least cumulative mediazona 2025-12-03"}),
    # (a question of no loss: no claim)
    ("Сколько стоит война? По оценкам экономистов, 200 млрд долларов.", set()),
])
def test_a_verbless_answer_takes_the_outcome_its_question_asks_of(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-03") == expected
