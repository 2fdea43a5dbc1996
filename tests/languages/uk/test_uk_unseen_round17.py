"""Ukrainian, round 17 (written for these tests): the fixes of this round, each read in wordings of its own."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Протягом літа сторони вже двічі обмінювалися тілами. Росія передала Україні тіла 120 загиблих військових.",
     {"ukraine personnel killed 120 exact cumulative None 2025-06-01"}),
    ("С начала лета Россия уже трижды передавала Украине тела погибших. Украина, в свою очередь, передала России "
     "тела 50 погибших российских военных.",
     {"russia personnel killed 50 exact cumulative None 2025-06-01"}),
])
def test_a_span_of_occasions_recalled_is_not_the_next_figures(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected
