"""Follow-ups of round 41 (helper h165): constructions seen in its probes and not fixed there, each pinned by
sentences of other wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-02")


# -- "X LOSES N ..., Y CLAIMS" (a headline in capitals): Y, right before the verb of saying, is the source; X is the
# one losing, so the side is X's --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("KYIV LOSING 1,200 MEN EVERY DAY, KREMLIN SAYS", 1200, "ukraine", "ru_officials"),
    ("PUTIN LOSES 900 TROOPS A DAY, KYIV CLAIMS", 900, "russia", "ua_officials"),
])
def test_the_name_right_before_the_trailing_verb_of_saying_is_the_source(text: str, value: float, side: str,
                                                                         claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_a_loser_with_no_trailing_source_is_still_no_source() -> None:
    claim = _claims("PUTIN LOSING 1,000 TROOPS A DAY")[1000]
    assert (claim.side, claim.claimant) == ("russia", None)


# -- "1,000 were killed on Monday and 300 more on Tuesday": a figure added to the one before it ("N more", "another
# N") is dated by the day right after it, not by the nearer day of the figure before ---------------------------------

@pytest.mark.parametrize(("text", "value", "day"), [
    ("Russian strikes killed 12 civilians on Monday and 30 more on Tuesday, Ukrainian officials said.", 30,
     "2025-06-03"),
    ("Air defences downed 40 drones on Saturday and another 25 on Sunday, the air force said.", 25, "2025-06-01"),
])
def test_an_added_figure_is_dated_by_its_own_day(text: str, value: float, day: str) -> None:
    claim = _claims(text, "2025-06-05")[value]
    assert str(claim.as_of) == day


def test_the_figure_before_keeps_its_own_day() -> None:
    claims = _claims("Russian strikes killed 12 civilians on Monday and 30 more on Tuesday.", "2025-06-05")
    assert str(claims[12].as_of) == "2025-06-02"
