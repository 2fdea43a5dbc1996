"""Round 12 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r12.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed (and round 11's shortfalls fixed here) is pinned below by sentences of other wordings
than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r12 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2024-12-03")


# -- (round 11) "On a single day last week": one day inside the week or month named is the span ---------------------

@pytest.mark.parametrize(("text", "value"), [
    ("In just one day last week, Russian shelling killed 9 civilians in Kharkiv, the governor said.", 9),
    ("Russian drones wounded 20 people in Sumy on a single day this week, the governor said.", 20),
    ("On one day last month, Russian shelling killed 11 civilians in Kharkiv, the governor said.", 11),
])
def test_one_day_within_a_week_or_month_is_a_day(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, claim.period_start) == ("period", 1, None)


def test_last_week_alone_is_a_week() -> None:
    claim = _claims("Russian drones wounded 14 people in the city last week, the governor said.")[14]
    assert (claim.measure, claim.period_days) == ("period", 7)


# -- "over the same seven days": the span told before, restated by its length ------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Kyiv said Russia had lost 900 soldiers near Toretsk over the past week. Moscow said Ukraine lost 600 troops "
     "there in the same seven days.", 600, 7),
    ("Kyiv said Russia had lost 80 tanks over the past month. Moscow said Ukraine lost 35 tanks during the same 30 "
     "days.", 35, 30),
])
def test_the_same_number_of_days_is_the_span_before(text: str, value: float, days: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", days)


# -- "have been killed fighting in the ranks of the Ukrainian army": whom people fought for is their side ------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("At least 16 Georgian nationals have died fighting for Ukraine, the newspaper said.", 16, "ukraine"),
    ("At least 11 foreign nationals were killed fighting on the side of Russia, the newspaper said.", 11, "russia"),
    ("Seven Colombian citizens fighting in the ranks of the Ukrainian army were killed, the newspaper said.", 7,
     "ukraine"),
])
def test_people_killed_fighting_for_a_side_are_its_soldiers(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, "personnel", "killed")


def test_fighting_that_killed_people_makes_no_soldiers() -> None:
    claim = _claims("Fighting in the town killed 16 people, the governor said.")[16]
    assert claim.category == "people"


# -- (round 11) "killed in the war in Ukraine and 16 others are missing": a place named between keeps the list's side --

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Eight Nepali citizens serving in the Russian army have died in Ukraine and four others have been wounded, the "
     "ministry said.", 4, "russia"),
    ("Nine Georgian nationals who fought for Ukraine were killed in Russia's Kursk region and 3 others were wounded, "
     "the legion said.", 3, "ukraine"),
])
def test_others_after_a_place_keep_the_side_counted_before(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category) == (side, "personnel")


def test_a_side_acting_between_ends_the_list() -> None:
    claims = _claims("Ukrainian drones destroyed 3 tanks in Russia, and Russian shelling killed 4 civilians, officials "
                     "said.")
    assert (claims[3].side, claims[4].side) == ("russia", "ukraine")


# -- "500 Ukrainian athletes and coaches have been killed": athletes are counted people -----------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Some 80 Russian athletes have died fighting in Ukraine, a sports website counted.", 80, "personnel"),
    ("Four Ukrainian coaches and athletes were killed in a missile strike on Odesa, the governor said.", 4, "people"),
])
def test_athletes_killed_are_counted(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == (category, "killed")
