"""Constructions rounds 51 and 52b (helpers h200, h206) saw and left (round 52c, helper h208), each pinned by sentences
of other wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-06")


# -- "Moscow sent drones at Kyiv overnight; air defence downed 31": a capital that sent, launched or fired the weapons
# is the attacker, whose weapons were downed, not a source of the figure -------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The Kremlin fired 40 missiles at Lviv on Sunday, and air defence shot down 29 of them.", 29, "russia"),
    ("Moscow launched a wave of drones at Kharkiv overnight; 18 were intercepted.", 18, "russia"),
    ("Moscow has again sent drones towards Odesa, and air defence destroyed 22.", 22, "russia"),
])
def test_a_capital_that_launched_the_weapons_is_no_source(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, None)


@pytest.mark.parametrize("text", [
    "Moscow sent a statement saying 300 Ukrainian soldiers were killed.",
    "Moscow fired back, saying 300 Ukrainian soldiers had been killed.",
])
def test_a_capital_that_sent_a_statement_still_speaks(text: str) -> None:
    claim = _claims(text)[300]
    assert (claim.side, claim.claimant) == ("ukraine", "ru_officials")


# -- "Ukraine hit a depot in the Kursk region, killing three people": the people a side's strike killed are the other
# side's (as with "struck", "shelled") -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia hit a bus station in Sumy, killing 7 people.", 7, "ukraine"),
    ("Ukraine has hit a fuel depot near Bryansk, killing four people.", 4, "russia"),
    ("Russia hit an apartment block in Dnipro, killing 12 people and wounding 40.", 40, "ukraine"),
    ("Russia hit back at Kharkiv overnight, killing 4 civilians.", 4, "ukraine"),
])
def test_the_victims_of_a_sides_hit_are_the_other_sides(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_side_hit_by_weapons_keeps_its_victims() -> None:
    assert _claims("Ukraine was hit by dozens of drones overnight, which killed 3 people.")[3].side == "ukraine"


# -- "The general told lawmakers that up to 60,000 ...": a role with no body and no holder named before is still a
# source: of the one belligerent in view, else `other` (a source, but of no kind the text tells) ----------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The general told lawmakers that as many as 60,000 Russian troops had died.", 60000, "other"),
    ("The official told reporters that 500 Russian soldiers were killed.", 500, "other"),
    ("Russia launched an offensive in the east. The general said 20,000 Ukrainian soldiers had been killed.", 20000,
     "ru_officials"),
    ("Ukraine's army held the line. The spokesman said 300 Russian troops were killed.", 300, "ua_officials"),
])
def test_a_role_no_one_held_before_is_a_source(text: str, value: float, claimant: str) -> None:
    claim = _claims(text)[value]
    assert claim.claimant == claimant
    assert claim.claimant_text is not None and claim.claimant_text.startswith("The ")


# -- "Kyiv has not published a figure since February, when it said 46,000 ...": "it" opening a clause of when is the
# nation the sentence opens on (its role named with it), speaking at that date ------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant", "as_of"), [
    ("Kyiv has not given a new toll since March, when it said 31,000 soldiers had been killed.", 31000,
     "ua_officials", "2025-03-31"),
    ("Russia's defence ministry stopped publishing figures in September 2022, when it said 5,937 servicemen had died.",
     5937, "ru_mod", "2022-09-30"),
    ("Ukraine last updated its count in December 2024, when it said 43,000 troops had been killed.", 43000,
     "ua_officials", "2024-12-31"),
])
def test_it_in_a_clause_of_when_is_the_nation_the_sentence_opens_on(text: str, value: float, claimant: str,
                                                                   as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, str(claim.as_of)) == (claimant, as_of)


def test_it_after_when_with_no_nation_opening_names_no_source() -> None:
    text = "The front was quiet until February, when it said 300 Russian soldiers had been killed."
    assert _claims(text)[300].claimant is None
