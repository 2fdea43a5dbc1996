"""Ukrainian constructions left by round 32d, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_round32e_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # the country after the war a span counts from ("з початку війни в Україні") names that war: teachers so counted
    # are people, status untold, Ukraine's
    ("За час війни в Україні загинули 64 педагоги.",
     {"ukraine people killed 64 exact cumulative None 2025-12-06"}),
    ("Від початку повномасштабної війни в Україні загинули щонайменше 41 бібліотекар.",
     {"ukraine people killed 41 at_least cumulative None 2025-12-06"}),
])
def test_the_country_of_the_spans_war_is_no_place_of_death(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the army named after a place of its struck ("обстрілів позицій ЗСУ") is the target, whose losses: no source, no
    # attacker by its weapon; both parts are of that army
    ("З початку вторгнення загинули 90 енергетиків. З них 60 людей загинули на війні, ще 30 — внаслідок обстрілів "
     "окопів ЗСУ.",
     {"ukraine civilians killed 90 exact cumulative None 2025-12-06",
      "ukraine personnel killed 60 exact cumulative None 2025-12-06",
      "ukraine personnel killed 30 exact cumulative None 2025-12-06"}),
    ("Під час обстрілів позицій ЗСУ загинули 25 військових.",
     {"ukraine personnel killed 25 exact period None 2025-12-06"}),
    # (the attacker by its weapon, as before)
    ("Внаслідок атаки дрона ЗСУ загинули 5 військових.",
     {"russia personnel killed 5 exact period None 2025-12-06"}),
])
def test_the_army_whose_positions_are_shelled_is_the_target(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
