"""Constructions seen in earlier rounds and left there (helper h178, round 45), each pinned by sentences of other
wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-20")


# -- "Moscow might lose another 100,000 by winter": a loss a modal or a forecast puts ahead is a projection, and the
# side that is to lose it is no source ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia has lost 200,000 soldiers since the invasion, the General Staff said. At this rate Moscow could lose a "
     "further 60,000 troops before the summer, a think tank estimated.", 60_000, "other"),
    ("Kyiv will lose 30 more tanks in the coming offensive, Russia's defence ministry said.", 30, "ru_mod"),
    ("At the current pace Russia is on course to lose 400,000 soldiers by the spring, Western officials said.",
     400_000, "western_officials"),
])
def test_a_loss_put_ahead_is_a_projection(text: str, value: float, claimant: str) -> None:
    claim = _claims(text)[value]
    side = "ukraine" if text.startswith("Kyiv") else "russia"
    assert (claim.measure, claim.side, claim.claimant) == ("projection", side, claimant)


def test_a_loss_that_may_have_happened_is_no_projection() -> None:
    claim = _claims("Russia may have lost 2,000 soldiers in May, Kyiv said.")[2000]
    assert (claim.measure, claim.hedged) == ("period", True)


# -- "an officer of the Ukrainian Armed Forces said": one member of a nation's forces is not the forces' statement,
# but one of the nation's other officials; their spokesman still speaks for them ------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("An officer of the Ukrainian army told reporters that 14 Russian soldiers were killed near the village.", 14,
     "ua_officials"),
    ("A Russian army sergeant said 9 Ukrainian soldiers were captured in the trench.", 9, "ru_officials"),
    ("A spokesman for the Ukrainian Armed Forces said 30 Russian soldiers were killed.", 30, "ua_general_staff"),
])
def test_one_member_of_the_forces_speaks_as_an_official(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "As of 31 May, OHCHR had verified ... On 17 June, a missile strike killed 28": a figure of the victims of a day
# after the day a tally of victims stands at is no part of that tally's report ------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("As of 30 April, the UN monitoring mission had verified 12,000 civilians killed since the invasion. On 9 May, a "
     "Russian drone strike on a bus in Kherson killed 9 civilians.", 9),
    ("The UN human rights office recorded 164 civilians killed in March. On 4 April, a glide bomb hit a market in "
     "Kostiantynivka, killing 11 civilians.", 11),
])
def test_a_strike_after_the_tallys_day_is_not_the_tallys(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None


def test_a_later_day_of_a_days_report_goes_on_with_it() -> None:
    claims = _claims("Russian shelling killed 3 civilians on Monday, the governor said. On Tuesday, a drone strike "
                     "killed two more civilians.")
    assert claims[2].claimant == "ua_officials"


# -- "Russia's defence ministry said that day that ... overnight": "that day" after a verb of saying is the day the
# sentence before named; a night or a day counted from the day of saying is counted from it ------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Ukraine's air force said on 12 March that it had shot down 30 drones. Russia's defence ministry said that day "
     "that its forces had downed 25 Ukrainian drones overnight.", 25, "2025-03-12"),
    ("On 4 May the governor reported two civilians killed in Kherson. The regional police said the same day that "
     "three more civilians had been injured yesterday.", 3, "2025-05-03"),
])
def test_that_day_after_a_verb_of_saying_is_the_day_named_before(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text)[value].as_of) == as_of


# -- "Satellite imagery captured on 29 August shows ... The images show ... Two more aircraft may have been damaged":
# the day a picture was taken dates the figures read from it right after ------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("A satellite photo taken on 3 May shows burnt-out hangars at the airfield. Three Russian helicopters appear to "
     "have been destroyed, analysts said.", 3, "2025-05-03"),
    ("Imagery captured on 11 April shows the port a day after the strike. The pictures show scorch marks on two "
     "piers. Two Russian landing ships were damaged, the analysts concluded.", 2, "2025-04-11"),
])
def test_a_pictures_day_dates_the_figures_read_from_it(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text)[value].as_of) == as_of


def test_a_total_since_the_invasion_after_a_picture_keeps_its_own_day() -> None:
    claims = _claims("Imagery captured on 11 April shows the port a day after the strike. Separately, Russia has lost "
                     "40 ships since the invasion, the navy said.")
    assert str(claims[40].as_of) == "2025-06-20"


# -- "Mr Pryce: We assess that ...": a record's label by title and surname is the speaker named at an earlier turn by
# role and full name, who speaks for the body he called his own there ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The Secretary of State for Defence (Mrs Alison Reeve): Our Defence Intelligence estimate that Russia has lost "
     "3,900 tanks since the invasion.\nSir Mark Dunn: What of its artillery?\nMrs Reeve: We assess that Russia has "
     "lost about 5,100 artillery systems.", 5100, "uk_mod"),
    ("The Minister of State for Defence (Dr Paul Okafor): According to our Defence Intelligence, Russia has suffered "
     "more than 700,000 casualties.\nMs Jane Pike: And its navy?\nDr Okafor: We judge that 27 Russian warships have "
     "been destroyed or damaged.", 27, "uk_mod"),
])
def test_a_surname_label_speaks_for_his_own_body_named_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text, "2025-03-05")[value].claimant == claimant


def test_a_surname_label_with_no_turn_before_names_no_source() -> None:
    claims = _claims("Mr Reeve: We assess that Russia has lost about 5,100 artillery systems.", "2025-03-05")
    assert claims[5100].claimant is None
