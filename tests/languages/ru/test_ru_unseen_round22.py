"""Russian whole texts, round 22 (written for these tests) in styles the first twenty-one rounds lack. Each case lists
every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this round, each read in wordings of
its own; what it found and did not fix is pinned as strict xfail.
"""

from __future__ import annotations

import pytest
from claim_lines import described

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала вторжения в Украину погибли более 12 тысяч мирных жителей.",
     {"ukraine civilians killed 12000 at_least cumulative None 2025-12-10"}),
    ("В ходе ударов по Украине за неделю погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period/7 None 2025-12-10"}),
    # (the attacker named right after the attack is still the one whose victims are the other side's)
    ("В результате атаки беспилотника ВСУ пострадали 30 мирных жителей.",
     {"russia civilians wounded 30 exact period None 2025-12-10"}),
])
def test_the_side_an_attack_is_into_is_the_victims(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected
