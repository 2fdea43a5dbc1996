"""Russian constructions left by rounds 32 and 32b, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_round32c_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # parts of a whole told apart by where each fell: the part at the front is soldiers, the part before it, with no
    # word of the army in its own clause, civilians (not soldiers by the words of the part after)
    ("С начала войны погибли 212 медиков. Из них 40 человек погибли на рабочих местах, еще 172 — на фронте, "
     "защищая страну.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine civilians killed 40 exact cumulative None 2025-12-06",
      "ukraine personnel killed 172 exact cumulative None 2025-12-06"}),
    ("С начала полномасштабного вторжения погибли 95 работников завода. Из них 30 человек погибли дома, еще 65 — на "
     "войне.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 65 exact cumulative None 2025-12-06"}),
])
def test_the_part_before_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
