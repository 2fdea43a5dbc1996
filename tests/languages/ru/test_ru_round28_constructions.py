"""Constructions seen in round 27 and read in round 28, in wordings of their own (and in Ukrainian, where the
construction is the same): a minister of a named region is that region's authorities, not the ministry of defence the
bare title names; a place or a community that loses soldiers, no side named, loses its own."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Министр здравоохранения Белгородской области сообщил, что погибли 2 мирных жителя.",
     {"russia civilians killed 2 exact period ru_officials 2025-12-06"}),
    ("По словам министра здравоохранения Курской области, ранены 7 мирных жителей.",
     {"russia civilians wounded 7 exact period ru_officials 2025-12-06"}),
    ("Министр социальной политики Белгородской области сообщила, что пострадали трое мирных жителей.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-06"}),
    # (the bare title, and the defence minister, stay the ministry of defence)
    ("Министр обороны сообщил, что уничтожены 20 танков.",
     {"ukraine tanks destroyed 20 exact period ru_mod 2025-12-06"}),
    ("Министр сообщил, что в Курской области уничтожены 20 танков.",
     {"ukraine tanks destroyed 20 exact period ru_mod 2025-12-06"}),
])
def test_a_minister_of_a_region_is_its_authorities(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Бурятия потеряла 500 военных.", {"russia personnel losses 500 exact cumulative None 2025-12-06"}),
    ("С начала войны Курская область потеряла 120 военнослужащих.",
     {"russia personnel losses 120 exact cumulative None 2025-12-06"}),
    # (a community of no place named, in a language written from either side: whose the text usually counts)
    ("Громада потеряла 30 военных.", {"ukraine personnel losses 30 exact cumulative None 2025-12-06"}),
    # (a side named wins)
    ("Под Авдеевкой ВСУ потеряли 300 военных.", {"ukraine personnel losses 300 exact cumulative None 2025-12-06"}),
    ("Под Курском российская армия потеряла 40 военных.",
     {"russia personnel losses 40 exact cumulative None 2025-12-06"}),
])
def test_a_place_that_loses_soldiers_loses_its_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


# round 28's fixes, read in wordings of their own (and in Ukrainian, where the construction is the same)


@pytest.mark.parametrize(("text", "expected"), [
    # ("за это же время" after a part of the figure before, "Из них ...": the span of that figure)
    ("За неделю противник потерял до 1 500 военнослужащих, из них 600 — убитыми.\n\nЗа этот же период:\n"
     "🔸 уничтожено 9 танков\n🔸 сбито 40 беспилотников",
     {"ukraine personnel losses 1500 at_most period/7 None 2025-12-05",
      "ukraine personnel killed 600 exact period/7 None 2025-12-05",
      "ukraine tanks destroyed 9 exact period/7 None 2025-12-05",
      "ukraine drones destroyed 40 exact period/7 None 2025-12-05"}),
    ("За тиждень ворог втратив 2 100 військових. З них 800 — безповоротні.\n\nЗа цей же час:\n🔻 знищено 12 танків\n"
     "🔻 знищено 30 ББМ",
     {"russia personnel losses 2100 exact period/7 None 2025-12-05",
      "russia personnel killed 800 exact period/7 None 2025-12-05",
      "russia tanks destroyed 12 exact period/7 None 2025-12-05",
      "russia armoured_vehicles destroyed 30 exact period/7 None 2025-12-05"}),
])
def test_the_same_span_after_a_part(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a head of state is the state's named after the title: another government's, the US's, Russia's)
    ("Президент Франции сообщил, что погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period other 2025-12-05"}),
    ("Президент США заявил, что Украина потеряла убитыми 50 тысяч человек.",
     {"ukraine personnel killed 50000 exact cumulative us_officials 2025-12-05"}),
    ("Президент России заявил, что ВСУ потеряли 50 тысяч военнослужащих.",
     {"ukraine personnel losses 50000 exact cumulative ru_officials 2025-12-05"}),
])
def test_a_head_of_state_is_the_named_states(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (in Ukrainian too, where the bare "президент" is Ukraine's)
    ("Президент Білорусі заявив, що Україна втратила 500 тисяч військових.",
     {"ukraine personnel losses 500000 exact cumulative other 2025-12-05"}),
    ("За словами президента Франції, росія втратила 700 тисяч військових.",
     {"russia personnel losses 700000 exact cumulative other 2025-12-05"}),
    ("Президент США заявив, що росія втратила 700 тисяч військових.",
     {"russia personnel losses 700000 exact cumulative us_officials 2025-12-05"}),
    ("Президент заявив, що загинули 46 тисяч українських військових.",
     {"ukraine personnel killed 46000 exact cumulative ua_president 2025-12-05"}),
])
def test_a_head_of_another_state_in_ukrainian(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a body the speaker met with is no source: the speaker named before it is)
    ("Об этом заявил премьер-министр Франции на встрече с руководством Министерства обороны Украины. «По нашим "
     "оценкам, Россия потеряла 700 тысяч военных», – сказал он.",
     {"russia personnel losses 700000 exact cumulative other 2025-12-05"}),
    ("Про це заявив прем'єр-міністр Франції на зустрічі з керівництвом Міністерства оборони України. «За нашими "
     "оцінками, росія втратила 700 тисяч військових», – сказав він.",
     {"russia personnel losses 700000 exact cumulative other 2025-12-05"}),
])
def test_a_body_met_with_is_no_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (those engaged in something, after a figure of loss, "также": no loss)
    ("С начала войны Украина потеряла убитыми не менее 500 тысяч человек. Также за последний год к учениям были "
     "привлечены 12 тысяч военнослужащих.", {"ukraine personnel killed 500000 at_least cumulative None 2025-12-05"}),
    ("Ворог втратив 500 військових. Також до навчань залучено 12 тисяч військовослужбовців і 300 одиниць техніки.",
     {"russia personnel losses 500 exact cumulative None 2025-12-05"}),
])
def test_those_engaged_in_an_exercise_are_no_loss(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected
