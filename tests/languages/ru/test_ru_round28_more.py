"""Russian round 28, more: a side word in the genitive right after a noun ("позиций противника") is whose that noun
is, not the doer of the verb of destroying after it; in a Russian text what the unit destroyed is Ukraine's."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Бригада за неделю поразила 58 позиций противника и уничтожила 3 танка.",
     {"ukraine tanks destroyed 3 exact period/7 None 2025-12-06"}),
    ("Батальон накрыл склад противника и уничтожил 4 орудия.",
     {"ukraine artillery destroyed 4 exact period None 2025-12-06"}),
])
def test_the_enemy_owning_another_noun_is_no_doer(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
