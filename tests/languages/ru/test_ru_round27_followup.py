"""Russian round 27's follow-up: a region's government ("правительство Бурятии", "уряд Башкирії"), as the source of a
document leaked or of figures it gives, is an official of the state the region named is in (profiles' ``local``
words), as a region's authorities are; a government named with no place is no source."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Согласно документу правительства Башкирии, с начала вторжения погибли 4 100 жителей республики.",
     {"russia civilians killed 4100 exact cumulative ru_officials 2025-12-06"}),
    ("Согласно документу, подготовленному в правительстве Курской области, погибли 900 военных из региона.",
     {"russia personnel killed 900 exact cumulative ru_officials 2025-12-06"}),
    ("По данным правительства Бурятии, погибли 700 военных.",
     {"russia personnel killed 700 exact cumulative ru_officials 2025-12-06"}),
    ("Правительство Белгородской области сообщило, что погибли 5 мирных жителей.",
     {"russia civilians killed 5 exact period ru_officials 2025-12-06"}),
    ("Згідно з документом уряду Башкирії, від початку вторгнення загинули 4 100 мешканців республіки.",
     {"russia civilians killed 4100 exact cumulative ru_officials 2025-12-06"}),
    ("Уряд Бурятії визнав загибель 700 військових.",
     {"russia personnel killed 700 exact cumulative ru_officials 2025-12-06"}),
    # (no place named: no source)
    ("По данным правительства, погибли 5 мирных жителей.",
     {"ukraine civilians killed 5 exact period None 2025-12-06"}),
])
def test_a_regions_government_is_an_official_of_its_state(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ("в документе X говорится": a document is its body's word, as a report is)
    ("В документе правительства Татарстана говорится, что погибли 300 военных.",
     {"russia personnel killed 300 exact cumulative ru_officials 2025-12-06"}),
    ("В документе правительства Бурятии указано, что погибли 200 военных.",
     {"russia personnel killed 200 exact cumulative ru_officials 2025-12-06"}),
    ("У документі уряду Башкирії йдеться, що загинули 200 військових.",
     {"russia personnel killed 200 exact cumulative ru_officials 2025-12-06"}),
    ("У документах уряду Бурятії зазначено, що загинули 150 військових.",
     {"russia personnel killed 150 exact cumulative ru_officials 2025-12-06"}),
])
def test_a_document_of_a_body_names_it_the_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the head of a named state's government is that state's official; of a region, the region's state's)
    ("По словам главы правительства Украины, погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period ua_officials 2025-12-06"}),
    ("Премьер-министр России заявил, что погибли 12 мирных жителей.",
     {"russia civilians killed 12 exact period ru_officials 2025-12-06"}),
    ("За словами глави уряду України, загинули 40 мирних жителів.",
     {"ukraine civilians killed 40 exact period ua_officials 2025-12-06"}),
    ("Голова уряду Башкирії повідомив, що загинули 30 військових.",
     {"russia personnel killed 30 exact cumulative ru_officials 2025-12-06"}),
    ("Глава правительства Бурятии сообщил, что погибли 30 военных.",
     {"russia personnel killed 30 exact cumulative ru_officials 2025-12-06"}),
    # (another state's: another government)
    ("По словам главы правительства Франции, погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period other 2025-12-06"}),
])
def test_the_head_of_a_states_government_is_its_official(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ("the enemy", no one speaking, that aims at a place of one side is that side's enemy, in either language)
    ("Враг запустил 50 дронов, 10 из них не долетели до Киева.",
     {"russia drones losses 10 exact period None 2025-12-06"}),
    ("Враг запустил 40 дронов по Киеву, 12 из них сбиты.", {"russia drones destroyed 12 exact period None 2025-12-06"}),
    ("Противник выпустил по Белгороду 12 ракет, 10 из них сбиты.",
     {"ukraine missiles destroyed 10 exact period None 2025-12-06"}),
    ("Ворог запустив 30 дронів по Харкову, 8 із них збили.",
     {"russia drones destroyed 8 exact period None 2025-12-06"}),
    # (a place the fighting is near is no target: the press's usual enemy)
    ("Враг потерял 100 военных под Харьковом.", {"ukraine personnel losses 100 exact cumulative None 2025-12-06"}),
])
def test_the_enemy_aiming_at_a_place_is_its_sides_enemy(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
