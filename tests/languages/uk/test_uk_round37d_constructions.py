"""Ukrainian constructions left this session (round 37d), each read in wordings of its own (written for these tests;
in Russian in tests/languages/ru/test_ru_round37d_constructions.py): a foreign minister is the state's other officials;
"за цей час" after a span named in its own sentence, or past a word of how often ("щодня"), is that span; "київський
режим" of a Russian-side report retold is who attacked, so the dead are Russia's side's."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Міністр закордонних справ заявив, що росіяни втратили за тиждень 3 000 військових.",
     {"russia personnel losses 3000 exact period/7 ua_officials 2026-11-30"}),
    ("Як заявив міністр закордонних справ, за добу поранено 12 мирних жителів.",
     {"ukraine civilians wounded 12 exact period/1 ua_officials 2026-11-30"}),
])
def test_a_foreign_minister(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("З 1 по 15 травня місто обстрілювали, за цей час загинули 6 людей.",
     {"ukraine people killed 6 exact period/15@2026-05-01 None 2026-05-15"}),
    ("З 3 по 20 квітня росіяни щодня обстрілювали громаду, за цей час загинули 11 мирних жителів.",
     {"ukraine civilians killed 11 exact period/18@2026-04-03 None 2026-04-20"}),
    ("З початку року село обстрілюють щодня. За цей час загинули 40 мирних жителів.",
     {"ukraine civilians killed 40 exact period@2026-01-01 None 2026-11-30"}),
])
def test_this_time_after_a_span(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Внаслідок обстрілу київського режиму загинули 3 мирних жителі.",
     {"russia civilians killed 3 exact period None 2026-11-30"}),
    ("Через удар київського режиму по селищу загинули двоє цивільних.",
     {"russia civilians killed 2 exact period None 2026-11-30"}),
    ("Після атаки дронів київського режиму на Бєлгород поранено 4 мирних жителів, заявив губернатор.",
     {"russia civilians wounded 4 exact period ru_officials 2026-11-30"}),
])
def test_the_kyiv_regime_attacked(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
