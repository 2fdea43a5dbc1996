"""Ukrainian constructions left by rounds 32 and 32b, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_round32c_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # parts of a whole told apart by where each fell: the part at the front is soldiers, the part before it, with no
    # word of the army in its own clause, civilians (not soldiers by the words of the part after)
    ("Від початку війни загинули 212 медиків. З них 40 людей загинули під час чергування в лікарнях, ще 172 — на "
     "фронті.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine civilians killed 40 exact cumulative None 2025-12-06",
      "ukraine personnel killed 172 exact cumulative None 2025-12-06"}),
    ("Від початку повномасштабного вторгнення загинули 95 працівників заводу. Із них 30 осіб загинули вдома, ще 65 "
     "— на війні.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 65 exact cumulative None 2025-12-06"}),
])
def test_the_part_before_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
