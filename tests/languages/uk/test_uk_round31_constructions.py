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


# round 31b's fixes (its Russian texts, tests/languages/ru/test_ru_unseen_round31b.py), in Ukrainian wordings


@pytest.mark.parametrize(("text", "expected"), [
    # a body that did not say it, in the sentence after, is no source of the figure before
    ("Окупанти втратили 6 танків. У Генштабі про втрати бригади не повідомляли.",
     {"russia tanks losses 6 exact cumulative None 2025-12-05"}),
    ("Ворог втратив 6 танків. Генштаб ЗСУ ці дані не підтвердив.",
     {"russia tanks losses 6 exact cumulative None 2025-12-05"}),
])
def test_a_body_that_denies_or_did_not_say_is_no_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«За нашими даними, лише за вчорашній день ворог втратив 5 танків і 9 бронемашин», — пише блогер.",
     {"russia tanks losses 5 exact period/1 other 2025-12-04",
      "russia armoured_vehicles losses 9 exact period/1 other 2025-12-04"}),
    ("Воєнблогер стверджує, що за три доби ворог втратив на цій ділянці понад 200 військових.",
     {"russia personnel losses 200 at_least period/3 other 2025-12-05"}),
])
def test_a_blogger_is_a_named_source_and_yesterday_s_day_one_day(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post of no source naming the enemy's losses: "our" people are the other side's, and those going on from them
    ("За тиждень наші бійці знищили 40 окупантів. Троє наших воїнів загинули, ще п'ятеро поранені.",
     {"russia personnel killed 40 exact period/7 None 2025-12-05",
      "ukraine personnel killed 3 exact period/7 None 2025-12-05",
      "ukraine personnel wounded 5 exact period/7 None 2025-12-05"}),
    ("За тиждень наші бійці знищили 40 окупантів. На жаль, не обійшлося без втрат: двоє наших побратимів загинули, "
     "шестеро дістали поранення.",
     {"russia personnel killed 40 exact period/7 None 2025-12-05",
      "ukraine personnel killed 2 exact period/7 None 2025-12-05",
      "ukraine personnel wounded 6 exact period/7 None 2025-12-05"}),
])
def test_our_people_counted_after_the_figure_are_the_speaker_s(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an explainer's question of how many, answered by a figure with no verb of its own: the question's outcome
    ("Скільки загинуло росіян? За підрахунками аналітиків, щонайменше 150 тисяч військових.",
     {"russia personnel killed 150000 at_least cumulative other 2025-12-03"}),
    ("Скільки техніки втратила росія? За даними Oryx, понад 4 тисячі танків.",
     {"russia tanks losses 4000 at_least cumulative oryx 2025-12-03"}),
])
def test_a_verbless_answer_takes_the_outcome_its_question_asks_of(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-03") == expected
