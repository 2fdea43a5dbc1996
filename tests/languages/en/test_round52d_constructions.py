"""Constructions rounds 52, 52b and 52c (helpers h200, h206, h208) saw and left (round 52d, helper h210), each pinned
by sentences of other wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-06")


# -- "Ukraine's defence minister spoke on Monday. The minister said ...": a role noun with the definite article takes
# back the nation's body named with the same noun in the sentence before ---------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia's defence minister visited the front on Friday. The minister said 450 Ukrainian soldiers were killed.",
     450, "ru_mod"),
    ("The Ukrainian defence minister arrived in Brussels on Thursday. The minister told allies that 900 Russian"
     " soldiers had been killed that week.", 900, "ua_mod"),
])
def test_a_role_noun_takes_back_the_body_named_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_role_noun_the_sentence_before_does_not_hold_keeps_the_bare_reading() -> None:
    # "the governor" is no word of the defence minister: the nation's role for the bare noun, as before
    text = "Ukraine's defence minister visited Kharkiv on Monday. The governor said 14 Russian soldiers were killed."
    assert _claims(text)[14].claimant != "ua_mod"


# -- "..., at which point it said 46,000 soldiers had been killed": a clause of when, read as ", when it said" is ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Ukraine stopped publishing its losses in March, at which point it said 31,000 soldiers had been killed.",
     31000, "ua_officials"),
    ("Russia's defence ministry has given no update since January, at which time it said 5,900 soldiers had died.",
     5900, "ru_mod"),
])
def test_at_which_point_it_said_is_the_nation_the_sentence_opens_on(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant
