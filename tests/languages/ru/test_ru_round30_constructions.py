"""Constructions seen and left by round 29, read in round 30 in wordings of their own (and in Ukrainian, in
tests/languages/uk/test_uk_round30_constructions.py): the year written after a span of two months ("с октября по
ноябрь 2023 года") is both ends'; a passive participle after the auxiliary ("вертолет был уничтожен") is one loss of
one event; a side its clause's verb of losing follows after an attack noun ("при штурме ВСУ потеряли") is who lost,
not the attacker; a battle for a place named by its common noun ("в бою за село") is one battle (a period)."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("С февраля по июль 2023 года ВСУ потеряли 70 тысяч военных.",
     {"ukraine personnel losses 70000 exact period@2023-02-01 None 2023-07-31"}),
    ("С 5 марта по 10 апреля 2024 года противник потерял 9 тысяч военных.",
     {"ukraine personnel losses 9000 exact period/37@2024-03-05 None 2024-04-10"}),
    # (a first month later than the last: across a year's end, from the year before)
    ("С декабря по февраль 2024 года ВСУ потеряли 25 тысяч военных.",
     {"ukraine personnel losses 25000 exact period@2023-12-01 None 2024-02-29"}),
])
def test_the_year_after_a_span_of_months_is_both_ends(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российский вертолет был уничтожен над Донбассом.",
     {"russia helicopters destroyed 1 exact period None 2025-12-06"}),
    ("Два украинских танка были подбиты.", {"ukraine tanks destroyed 2 exact period None 2025-12-06"}),
    ("Над Донбассом была сбита украинская ракета.", {"ukraine missiles destroyed 1 exact period None 2025-12-06"}),
])
def test_a_participle_after_the_auxiliary_is_one_event(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("При штурме ВСУ потеряли 35 военных.", {"ukraine personnel losses 35 exact period None 2025-12-06"}),
    ("В ходе наступления ВСУ потеряли 300 военных.", {"ukraine personnel losses 300 exact period None 2025-12-06"}),
    # (the attacker named after the attack, no verb of losing after it: the other side's people)
    ("В результате атаки ВСУ погибли 3 мирных жителя.", {"russia civilians killed 3 exact period None 2025-12-06"}),
])
def test_a_side_that_lost_after_an_attack_noun_is_who_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В бою за поселок ВСУ потеряли 45 военных.", {"ukraine personnel losses 45 exact period None 2025-12-06"}),
    ("В боях за стратегическую высоту ВСУ потеряли 120 военных.",
     {"ukraine personnel losses 120 exact period None 2025-12-06"}),
    # (battles with no object stay a running count)
    ("В боях ВСУ потеряли 40 военных.", {"ukraine personnel losses 40 exact cumulative None 2025-12-06"}),
])
def test_a_battle_for_a_place_named_by_its_noun_is_one_battle(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
