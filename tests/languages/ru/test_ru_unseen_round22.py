"""Russian whole texts, round 22 (written for these tests) in styles the first twenty-one rounds lack. Each case lists
every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this round, each read in wordings of
its own; what it found and did not fix is pinned as strict xfail.
"""

from __future__ import annotations

import pytest
from claim_lines import described

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала вторжения в Украину погибли более 12 тысяч мирных жителей.",
     {"ukraine civilians killed 12000 at_least cumulative None 2025-12-10"}),
    ("В ходе ударов по Украине за неделю погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period/7 None 2025-12-10"}),
    # (the attacker named right after the attack is still the one whose victims are the other side's)
    ("В результате атаки беспилотника ВСУ пострадали 30 мирных жителей.",
     {"russia civilians wounded 30 exact period None 2025-12-10"}),
])
def test_the_side_an_attack_is_into_is_the_victims(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Из 112 запущенных дронов сбиты 79.", {"ukraine drones destroyed 79 exact period None 2025-12-10"}),
    ("Воздушные силы сообщили, что из 60 выпущенных ракет сбиты 52.",
     {"russia missiles destroyed 52 exact period ua_officials 2025-12-10"}),
    ("Повітряні сили повідомили, що з 112 запущених дронів збито 79.",
     {"russia drones destroyed 79 exact period ua_officials 2025-12-10"}),
])
def test_the_weapons_launched_that_a_part_downed_is_taken_from_are_no_loss(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Воздушные силы сообщили, что из 112 запущенных Россией дронов сбиты 79.",
     {"russia drones destroyed 79 exact period ua_officials 2025-12-10"}),
    ("Повітряні сили повідомили, що з 40 запущених росією ракет збито 35.",
     {"russia missiles destroyed 35 exact period ua_officials 2025-12-10"}),
])
def test_the_launcher_after_a_participle_owns_the_weapons_downed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Минобороны России заявило, что за ночь сбиты 86 беспилотников, в то время как Воздушные силы ВСУ сообщили, "
     "что сбиты 79 российских дронов.",
     {"russia drones destroyed 79 exact period/1 ua_officials 2025-12-10",
      "ukraine drones destroyed 86 exact period/1 ru_mod 2025-12-10"}),
    ("Минобороны России сообщило, что уничтожены 30 украинских дронов, а Генштаб ВСУ сообщил о 41 сбитом российском "
     "беспилотнике.",
     {"russia drones destroyed 41 exact period ua_general_staff 2025-12-10",
      "ukraine drones destroyed 30 exact period ru_mod 2025-12-10"}),
])
def test_each_figure_of_two_sources_in_one_sentence_is_its_clauses_sources(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Войска нанесли поражение подразделениям ВСУ, сообщило Минобороны. Потери ВСУ составили 9 200 военнослужащих.",
     {"ukraine personnel losses 9200 exact cumulative ru_mod 2025-12-06"}),
    ("Удары пришлись по позициям ВСУ, заявили в Минобороны России. Противник потерял до 300 военнослужащих.",
     {"ukraine personnel losses 300 at_most cumulative ru_mod 2025-12-06"}),
])
def test_a_side_named_before_a_comma_is_not_who_says(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские войска за неделю, с 29 ноября по 5 декабря, улучшили положение, сообщило Минобороны.\n\n"
     "Потери ВСУ за неделю составили более 9 200 военнослужащих.",
     {"ukraine personnel losses 9200 at_least period/7@2025-11-29 ru_mod 2025-12-05"}),
    ("За неделю с 22 по 28 ноября группировка «Центр» освободила три населенных пункта.\n\nПротивник за неделю "
     "потерял до 1 500 военнослужащих, заявили в Минобороны России.",
     {"ukraine personnel losses 1500 at_most period/7@2025-11-22 ru_mod 2025-11-28"}),
])
def test_a_span_dated_in_a_sentence_of_no_figure_dates_the_figures_after(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Пропали без вести 48 200 военнослужащих. Еще около 1 900 человек, по данным родных, попали в плен.",
     {"ukraine personnel captured 1900 approx cumulative None 2025-12-04",
      "ukraine personnel missing 48200 exact cumulative None 2025-12-04"}),
    ("Погибли 300 военных. Еще 50 бойцов, как рассказали родственники, получили ранения.",
     {"ukraine personnel killed 300 exact cumulative None 2025-12-04",
      "ukraine personnel wounded 50 exact cumulative None 2025-12-04"}),
])
def test_kin_named_in_an_aside_before_the_verb_leave_the_figures_outcome(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала года погибли 40 мирных жителей, сообщил губернатор. Уполномоченный по правам человека заявила, что в "
     "украинском плену находятся 1 500 российских военных.",
     {"russia civilians killed 40 exact period@2025-01-01 ru_officials 2025-12-04",
      "russia personnel captured 1500 exact cumulative ru_officials 2025-12-04"}),
    ("С начала года в области погибли 40 мирных жителей, сообщил губернатор. В МЧС заявили, что при тушении пожаров "
     "пострадали 12 спасателей.",
     {"russia civilians killed 40 exact period@2025-01-01 ru_officials 2025-12-04",
      "russia civilians wounded 12 exact period ru_officials 2025-12-04"}),
])
def test_another_body_named_anew_takes_no_span_from_the_one_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За время оккупации района погибли 95 мирных жителей. Наступление ВСУ в Курскую область началось 6 августа "
     "2024 года.",
     {"russia civilians killed 95 exact period@2024-08-06 None 2025-12-04"}),
    ("Під час окупації громади загинули 70 цивільних, повідомили в ОВА. Вторгнення в область почалося 24 березня "
     "2022 року.",
     {"ukraine civilians killed 70 exact period@2022-03-24 ua_officials 2025-12-04"}),
])
def test_the_day_an_event_began_said_apart_starts_its_figures(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По данным на 1 декабря, «Медиазона» установила имена 120 000 погибших военных. За неделю список пополнился 900 "
     "фамилиями.\n\nСреди погибших — 15 000 добровольцев.",
     {"russia personnel killed 120000 exact cumulative mediazona 2025-12-01",
      "russia personnel killed 15000 exact cumulative mediazona 2025-12-01",
      "russia personnel killed 900 exact period/7 mediazona 2025-12-04"}),
    ("Издание на 30 ноября насчитало 4 200 российских военных, погибших в Украине. За месяц в списке появилось 150 новых имен. "
     "Из них 1 100 были мобилизованы.",
     {"russia personnel killed 4200 exact cumulative other 2025-11-30",
      "russia personnel killed 150 exact period/30 other 2025-12-04",
      "russia personnel killed 1100 exact cumulative other 2025-11-30"}),
])
def test_a_lists_parts_after_its_weeks_names_keep_its_date(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-04") == expected
