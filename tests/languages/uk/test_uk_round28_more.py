"""Ukrainian round 28, more: a side word in the genitive right after a noun ("позицій ворога") is whose that noun is,
not the doer of the verb of destroying after it; what the text's own unit destroyed stays the enemy's."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Бригада за тиждень уразила 58 позицій ворога і знищила 3 танки.",
     {"russia tanks destroyed 3 exact period/7 None 2025-12-06"}),
    ("Батальйон накрив склад окупантів та знищив 4 гармати.",
     {"russia artillery destroyed 4 exact period None 2025-12-06"}),
    ("Підрозділ зачистив позиції противника і ліквідував 12 окупантів.",
     {"russia personnel killed 12 exact period None 2025-12-06"}),
])
def test_the_enemy_owning_another_noun_is_no_doer(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a prosecutor's office in a Ukrainian text: Ukraine's officials)
    ("За даними прокуратури, внаслідок удару загинули 3 цивільних.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    ("Як повідомили в обласній прокуратурі, поранено 4 мешканців.",
     {"ukraine civilians wounded 4 exact period ua_officials 2025-12-06"}),
    # (the state named after it)
    ("За даними прокуратури Росії, загинули 5 цивільних.",
     {"russia civilians killed 5 exact period ru_officials 2025-12-06"}),
])
def test_a_prosecutors_office_is_its_states_officials(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
