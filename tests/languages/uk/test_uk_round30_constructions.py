"""Constructions seen and left by round 29, read in round 30 in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round30_constructions.py): the year written after a span of two months ("з січня по
листопад 2023 року") is both ends'; a full passive participle after the auxiliary ("літак був збитий") is one loss of
one event, as "літак було збито" is; a side its clause's verb of losing follows after an attack noun ("під час штурму
ЗСУ втратили") is who lost, not the attacker; a battle for a place named by its common noun ("у бою за село") is one
battle (a period)."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("З березня по серпень 2023 року окупанти втратили 90 тисяч військових.",
     {"russia personnel losses 90000 exact period@2023-03-01 None 2023-08-31"}),
    ("Від 3 квітня до 20 травня 2024 року ворог втратив 12 тисяч військових.",
     {"russia personnel losses 12000 exact period/48@2024-04-03 None 2024-05-20"}),
    # (a first month later than the last: across a year's end, from the year before)
    ("З листопада по січень 2024 року окупанти втратили 30 тисяч військових.",
     {"russia personnel losses 30000 exact period@2023-11-01 None 2024-01-31"}),
    # (a year of its own after the first month stays)
    ("З травня 2022 по березень 2023 року ворог втратив 100 тисяч військових.",
     {"russia personnel losses 100000 exact period@2022-05-01 None 2023-03-31"}),
])
def test_the_year_after_a_span_of_months_is_both_ends(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Російський гелікоптер був знищений над Донеччиною.",
     {"russia helicopters destroyed 1 exact period None 2025-12-06"}),
    ("Три ворожі танки були знищені.", {"russia tanks destroyed 3 exact period None 2025-12-06"}),
    # (the impersonal form reads alike)
    ("Російський гелікоптер було знищено над Донеччиною.",
     {"russia helicopters destroyed 1 exact period None 2025-12-06"}),
])
def test_a_participle_after_the_auxiliary_is_one_event(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the auxiliary and its participle before the thing: a predicate, not the thing's adjective)
    ("Над Донеччиною був знищений російський гелікоптер.",
     {"russia helicopters destroyed 1 exact period None 2025-12-06"}),
    ("Учора була збита ворожа ракета.", {"russia missiles destroyed 1 exact period/1 None 2025-12-05"}),
    # (a participle with no auxiliary before the thing is its adjective: no loss told)
    ("Знищений танк стояв біля дороги.", set()),
])
def test_a_participle_after_the_auxiliary_before_the_thing_is_its_verb(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Під час штурму ЗСУ втратили 35 військових.", {"ukraine personnel losses 35 exact period None 2025-12-06"}),
    ("Під час атаки окупанти втратили 25 військових.", {"russia personnel losses 25 exact period None 2025-12-06"}),
    # (the attacker named after the attack, no verb of losing after it: the other side's people)
    ("Внаслідок атаки ЗСУ загинули двоє цивільних.", {"russia civilians killed 2 exact period None 2025-12-06"}),
])
def test_a_side_that_lost_after_an_attack_noun_is_who_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("У бою за селище окупанти втратили 70 військових.",
     {"russia personnel losses 70 exact period None 2025-12-06"}),
    ("У боях за стратегічну висоту ворог втратив 120 військових.",
     {"russia personnel losses 120 exact period None 2025-12-06"}),
    # (battles with no object, or for a side, stay a running count)
    ("У боях окупанти втратили 70 військових.", {"russia personnel losses 70 exact cumulative None 2025-12-06"}),
    ("У боях за Україну загинули 40 військових.", {"ukraine personnel killed 40 exact cumulative None 2025-12-06"}),
])
def test_a_battle_for_a_place_named_by_its_noun_is_one_battle(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
