"""Constructions seen and left by round 31c, read in round 31d in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round31d_constructions.py): people taken prisoner since the war began ("З початку війни
в полон здалися ...") are a running count, as other figures since the war's start; "у полон" after the war's noun is
a state entered, not a place invaded ("від початку вторгнення в Курську область" stays a period);
"позаминулого тижня" (the week before last) is one week, as "минулого тижня"; the second speaker with
the verb of saying elided ("..., Міноборони рф — що ...") is the source of the figure after it."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("З початку війни в полон здалися понад 2 тисячі військових рф.",
     {"russia personnel captured 2000 at_least cumulative None 2025-12-08"}),
    ("Від початку вторгнення у полон здалися понад 900 військових рф.",
     {"russia personnel captured 900 at_least cumulative None 2025-12-08"}),
    # (an incursion into a place: the span of that operation)
    ("Від початку вторгнення в Курську область у полон потрапили 600 російських військових.",
     {"russia personnel captured 600 exact period None 2025-12-08"}),
])
def test_taken_prisoner_since_the_war_began(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Позаминулого тижня росія втратила 40 танків, повідомив Генштаб ЗСУ.",
     {"russia tanks losses 40 exact period/7 ua_general_staff 2025-12-08"}),
    ("На позаминулому тижні окупанти втратили 9 гармат.",
     {"russia artillery losses 9 exact period/7 None 2025-12-08"}),
])
def test_the_week_before_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second speaker's verb of saying elided ("X — що ..."): the figure after it is X's
    ("Генштаб ЗСУ повідомив, що росія втратила 50 танків, Міноборони рф — що ЗСУ втратили 30 танків.",
     {"russia tanks losses 50 exact cumulative ua_general_staff 2025-12-08",
      "ukraine tanks losses 30 exact cumulative ru_mod 2025-12-08"}),
    ("Генштаб ЗСУ стверджує, що росія втратила близько 1,1 млн військових, Міноборони рф — що ЗСУ втратили майже "
     "1,5 млн військових.",
     {"russia personnel losses 1.1e+06 approx cumulative ua_general_staff 2025-12-08",
      "ukraine personnel losses 1.5e+06 approx cumulative ru_mod 2025-12-08"}),
    # (a dash before "що" after no source: the source named at the end)
    ("Головне — що ЗСУ втратили 30 танків, повідомив Генштаб ЗСУ.",
     {"ukraine tanks losses 30 exact cumulative ua_general_staff 2025-12-08"}),
])
def test_the_second_speaker_after_a_dash(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-08") == expected
