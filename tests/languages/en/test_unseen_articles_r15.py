"""Round 15: fixes of round p1's and round 14's known shortfalls that a general rule reads, each pinned by sentences
of other wordings than the articles'."""

from __future__ import annotations

import pytest

from lossledger import extract_claims
from lossledger.model import Claim


def _claims(text: str, published: str = "2025-06-02") -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}


# -- "the PEN Ukraine association said": a members' body is a civil-society source, whatever nation it names ---------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 75 Ukrainian athletes have been killed in the war, the Athletes of Ukraine association said.", 75),
    ("The Ukrainian writers' union said 90 Ukrainian writers had been killed since the invasion.", 90),
])
def test_an_association_naming_a_nation_is_no_official_body(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


def test_a_nations_ministry_is_still_its_official_body() -> None:
    claim = _claims("Ukraine's culture ministry said 60 Ukrainian artists have been killed since the invasion.")[60]
    assert claim.claimant == "ua_officials"


# -- "Ukraine's team of 35 wounded servicemen won 16 medals": the members of a team are no toll ----------------------

@pytest.mark.parametrize("text", [
    "Russia's delegation of 14 wounded soldiers visited the games.",
    "A Ukrainian team of 20 wounded soldiers took part in the games in Berlin.",
    "Ukraine's choir of 40 wounded servicemen sang in Kyiv on Sunday.",
])
def test_the_members_of_a_team_are_no_toll(text: str) -> None:
    assert extract_claims(text, published="2025-06-02") == []


def test_a_team_with_its_own_verb_of_loss_is_a_toll() -> None:
    claim = _claims("A team of 12 Ukrainian soldiers was killed by a mine near Izium.")[12]
    assert (claim.side, claim.outcome) == ("ukraine", "killed")


# -- "were admitted to military hospitals in May": patients admitted to a place, not a side admitting a figure --------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Russia's health ministry said 900 wounded soldiers were admitted to hospitals in April.", 900, 30),
    ("Doctors said 300 wounded Ukrainian soldiers were admitted into the Dnipro hospital in March.", 300, 31),
])
def test_patients_admitted_in_a_month_are_that_months(text: str, value: float, days: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", days)


def test_a_side_admitting_in_a_month_still_dates_the_statement() -> None:
    claim = _claims("Russia admitted in April that 900 soldiers had been killed since the invasion.")[900]
    assert claim.measure == "cumulative"
