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


@pytest.mark.parametrize(("text", "expected"), [
    # (a prosecutor's office is part of a state: bare, the text's own state's officials)
    ("По данным прокуратуры, в результате удара погибли 3 мирных жителя.",
     {"russia civilians killed 3 exact period ru_officials 2025-12-06"}),
    ("Как сообщили в районной прокуратуре, при обстреле ранены 4 мирных жителя.",
     {"russia civilians wounded 4 exact period ru_officials 2025-12-06"}),
    # (the state named after it)
    ("По данным прокуратуры Украины, погибли 5 мирных жителей.",
     {"ukraine civilians killed 5 exact period ua_officials 2025-12-06"}),
])
def test_a_prosecutors_office_is_its_states_officials(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
