"""Constructions the round 55 articles showed (helper h225; see unseen_articles_r55.py), each pinned by sentences of
other wordings than the articles': a month whose name is also a verb ("March:", "May:") labelling its line; "in a
single week"; a review's "for the year"; the attack a charge names with its toll, whose accused are the killers; a
place's size ("a place of 900 people", "home to 17,000") that is no toll; a side's "losses" with no kind, which are its
army's; a letter writer's "I reckon" / "I estimate", which speaks for itself; and "since the assault began"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-12-30")


# -- "March: Russia's defence ministry claimed ...": a verb month alone at its line's start, before a colon -----------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Looking back.\nMarch: Ukraine's General Staff said Russia lost 31,000 troops over the month.", 31000,
     "2025-03-31"),
    ("Looking back.\nMay: The UN monitoring mission said 190 civilians were killed across Ukraine.", 190, "2025-05-31"),
    ("Looking back.\n- May: The regional governor said 14 civilians were killed in the strike on Odesa.", 14,
     "2025-05-31"),
])
def test_a_verb_month_labelling_its_line_is_a_date(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.as_of.isoformat() if claim.as_of else None) == ("period", as_of)


def test_a_modal_may_with_a_colon_inside_a_line_is_no_month() -> None:
    claim = _claims("Russian forces lost 900 troops, the General Staff said.")[900]
    assert claim.as_of is not None and claim.as_of.isoformat() == "2025-12-30"


# -- "lost 430 servicemen near Kupiansk in a single week" -------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Russian forces lost 2,000 troops in just a single week near Avdiivka, the General Staff said.", 2000, 7),
    ("The brigade said it destroyed 40 Russian tanks in a single month.", 40, 30),
    ("Moscow claimed Ukraine lost 1,100 soldiers in one single week on the Kursk front.", 1100, 7),
])
def test_in_a_single_week_or_month(text: str, value: float, days: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", days)


# -- "put Russia's losses for the year at 395,000 troops" -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The UN said 2,100 civilians were killed in Ukraine for the whole year.", 2100),
    ("For the year, the brigade said, Russia lost 1,200 tanks.", 1200),
])
def test_for_the_year_is_a_period(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_the_year_ahead_is_no_span() -> None:
    assert _claims("The budget for the year ahead assumes Russia lost 300,000 troops.")[300000].measure == "cumulative"


# -- "a Russian general ... was accused of ordering a strike that killed 23 civilians": the accused's enemy's dead -----

@pytest.mark.parametrize(("text", "value"), [
    ("The Russian colonel was accused of ordering a strike that killed 23 civilians.", 23),
    ("A Russian pilot was convicted of a bombing raid that killed 12 civilians in Mariupol.", 12),
    ("A Russian colonel who led a unit in the Kherson region was convicted of ordering an attack that killed 14 "
     "civilians.", 14),
    ("General Oleg Marin, who commanded a Russian army group in the Luhansk region, is charged with directing a "
     "missile attack that killed 31 civilians.", 31),
])
def test_a_charge_names_the_accused_as_the_killers(text: str, value: float) -> None:
    claim = _claims(text, "2025-11-20")[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "civilians", "killed")


def test_a_court_jailing_a_soldier_for_killing_still_reads() -> None:
    assert _claims("A court sentenced a Russian sergeant to life for killing four civilians.")[4].side == "ukraine"


# -- "In my home village, a place of 900 people, drones have killed 12 residents": the place's size ------------------

@pytest.mark.parametrize(("text", "size", "toll"), [
    ("In the town of Vovchansk, a community of 17,000 people, shelling killed 12 residents last week.", 17000, 12),
    ("The village, home to 900 people, lost 12 residents to drones this year, the mayor said.", 900, 12),
    ("A city of 40,000 before the war, Vovchansk has lost 300 civilians to shelling, the governor said.", 40000, 300),
])
def test_a_places_size_is_no_toll(text: str, size: float, toll: float) -> None:
    claims = _claims(text)
    assert size not in claims
    assert claims[toll].side == "ukraine"


# -- "Russian losses there since the assault began on 1 May were closer to 26,000": a side's losses, its soldiers ------

@pytest.mark.parametrize(("text", "value"), [
    ("I reckon Ukrainian losses in the battle for the town were nearer 9,000.", 9000),
    ("Russian losses during the attack on Avdiivka reached 16,000, analysts said.", 16000),
])
def test_a_sides_losses_of_no_kind_are_its_soldiers(text: str, value: float) -> None:
    assert _claims(text)[value].category == "personnel"


@pytest.mark.parametrize(("text", "value"), [
    ("Russian losses since the assault began were 26,000.", 26000),
    ("Ukraine lost 4,000 soldiers since the battle started, the analyst said.", 4000),
])
def test_since_the_assault_began_is_a_period(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- "Adding up the General Staff's own daily bulletins ..., I reckon ...": the writer's own estimate ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Going by the General Staff's weekly reports, I estimate that Russia lost about 9,000 troops near the town in "
     "June.", 9000),
    ("The General Staff said Russia lost 500 troops on Monday. By my count, I reckon Russia has lost 40,000 troops "
     "since the battle began.", 40000),
])
def test_the_writers_own_reckoning_has_no_source(text: str, value: float) -> None:
    assert _claims(text, "2025-08-14")[value].claimant is None
