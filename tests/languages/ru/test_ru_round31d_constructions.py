"""Constructions seen and left by round 31c, read in round 31d in wordings of their own (and in Ukrainian, in
tests/languages/uk/test_uk_round31d_constructions.py): people taken prisoner since the war began ("С начала войны в
плен сдались ...") are a running count, as other figures since the war's start; "в плен" after the war's noun is a
state entered, not a place invaded ("с начала вторжения в Курскую область" stays a period);
"на позапрошлой неделе" (the week before last) is one week, as "на прошлой неделе"; the second speaker
with the verb of saying elided ("..., Минобороны России — что ...") is the source of the figure after it."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала войны в плен сдались более 3 тысяч военных ВСУ.",
     {"ukraine personnel captured 3000 at_least cumulative None 2025-12-08"}),
    ("С начала вторжения в плен попали 700 российских солдат.",
     {"russia personnel captured 700 exact cumulative None 2025-12-08"}),
    # (an incursion into a place: the span of that operation)
    ("С начала вторжения в Курскую область в плен сдались 400 военных ВСУ.",
     {"ukraine personnel captured 400 exact period None 2025-12-08"}),
])
def test_taken_prisoner_since_the_war_began(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("На позапрошлой неделе ВСУ потеряли 40 танков, сообщили в Минобороны России.",
     {"ukraine tanks losses 40 exact period/7 ru_mod 2025-12-08"}),
    ("За позапрошлую неделю силы ПВО сбили 120 украинских беспилотников.",
     {"ukraine drones destroyed 120 exact period/7 None 2025-12-08"}),
])
def test_the_week_before_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second speaker's verb of saying elided ("X — что ..."): the figure after it is X's
    ("Генштаб ВСУ утверждает, что Россия потеряла около 900 тысяч военных, Минобороны России — что ВСУ потеряли "
     "почти 1,2 млн военных.",
     {"russia personnel losses 900000 approx cumulative ua_general_staff 2025-12-08",
      "ukraine personnel losses 1.2e+06 approx cumulative ru_mod 2025-12-08"}),
    ("Минобороны России сообщило, что ВСУ лишились 40 танков, Генштаб ВСУ — что российские войска потеряли 60 танков.",
     {"ukraine tanks losses 40 exact cumulative ru_mod 2025-12-08",
      "russia tanks losses 60 exact cumulative ua_general_staff 2025-12-08"}),
])
def test_the_second_speaker_after_a_dash(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected
