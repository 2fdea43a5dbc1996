"""Constructions seen in round 27 and read in round 28, in wordings of their own (and in Russian, where the
construction is the same): a community or a place that loses soldiers, no side named, loses its own; a minister of a
named region is that region's authorities."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Громада втратила 30 військових.", {"ukraine personnel losses 30 exact cumulative None 2025-12-06"}),
    ("Від початку вторгнення Вишнівська селищна рада втратила 14 військовослужбовців, ще 5 вважаються зниклими "
     "безвісти.",
     {"ukraine personnel losses 14 exact cumulative None 2025-12-06",
      "ukraine personnel missing 5 exact cumulative None 2025-12-06"}),
    ("Від початку повномасштабного вторгнення наше село втратило дев'ятьох солдатів.",
     {"ukraine personnel losses 9 exact cumulative None 2025-12-06"}),
    # (a place the subject: its state's)
    ("Харківщина втратила 300 військових.", {"ukraine personnel losses 300 exact cumulative None 2025-12-06"}),
    ("Курська громада втратила 40 військових.", {"russia personnel losses 40 exact cumulative None 2025-12-06"}),
    # (the enemy named still wins; a community that is no subject of losing says nothing)
    ("Громада втратила 30 військових ворога.", {"russia personnel losses 30 exact cumulative None 2025-12-06"}),
    ("Під Покровськом окупанти втратили 300 військових.",
     {"russia personnel losses 300 exact cumulative None 2025-12-06"}),
    ("Біля села ворог втратив 40 військових.", {"russia personnel losses 40 exact cumulative None 2025-12-06"}),
])
def test_a_community_that_loses_soldiers_loses_its_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Міністр охорони здоров'я Бєлгородської області повідомив, що загинули 2 мирних жителі.",
     {"russia civilians killed 2 exact period ru_officials 2025-12-06"}),
    ("За словами міністра охорони здоров'я Курської області, поранено 7 мирних жителів.",
     {"russia civilians wounded 7 exact period ru_officials 2025-12-06"}),
])
def test_a_minister_of_a_region_is_its_authorities(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
