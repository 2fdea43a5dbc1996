"""Constructions round 58 (helper h257) saw in its articles (unseen_articles_r58.py), each pinned by sentences of other
wordings than the articles'."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-07-18")


# -- "3,912 servicemen and women from the region have been killed, according to the regional military administration":
# the men and the women of the place a regional office runs are its own side's dead, as "servicemen from the region" --

@pytest.mark.parametrize(("text", "value"), [
    ("The oblast administration said 87 men and women from the district had died at the front this year.", 87),
    ("In all, 1,240 soldiers and servicewomen from the city have been killed since 2022, the city military "
     "administration said.", 1240),
    ("Some 455 servicemen and women from the region are listed as killed, according to the regional governor.", 455),
])
def test_men_and_women_from_the_region_are_the_offices_own(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


# -- "She had saved more than 200 lives, her commander said": lives saved are no loss -------------------------------

@pytest.mark.parametrize("text", [
    "She had saved more than 200 lives, her commander said.",
    "The field surgeon is credited with saving some 90 lives during the siege, the hospital said.",
    "About 300 lives were saved by the new shelters, the mayor said.",
])
def test_lives_saved_are_no_loss(text: str) -> None:
    assert _claims(text) == {}


def test_a_toll_beside_lives_saved_stays() -> None:
    claims = _claims("The crew's quick work saved 35 lives, the rescue service said, but four people were killed.")
    assert set(claims) == {4}


# -- "nine are known to be held prisoner": what is known, believed or presumed of the counted people, between them and
# their outcome ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A further 41 soldiers from the district are listed as missing and nine are known to be held prisoner, the "
     "district administration said.", 9, "captured"),
    ("Of the battalion's soldiers, 23 are presumed to have been taken prisoner, its commander said.", 23, "captured"),
    ("Another 12 marines are believed to have been killed in the landing, the navy said.", 12, "killed"),
])
def test_known_or_believed_to_before_the_outcome(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


# -- "his old regiment had lost about 300 men from the first week of March": "from" the start of a month, with no end
# after it, opens a span that runs to the report ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Russian forces have lost 2,400 troops near Pokrovsk from the start of March, the brigade said.", 2400,
     dt.date(2025, 3, 1)),
    ("From the beginning of February, the regiment lost 140 men, its commander said.", 140, dt.date(2025, 2, 1)),
    ("Ukraine's army lost about 300 men near Toretsk from the first week of March, Moscow claimed.", 300,
     dt.date(2025, 3, 1)),
])
def test_from_the_start_of_a_month_opens_a_span(text: str, value: float, start: dt.date) -> None:
    c = _claims(text, "2025-04-12")[value]
    assert (c.measure, c.period_start, c.as_of) == ("period", start, dt.date(2025, 4, 12))


# -- "in the month since the pocket collapsed": one unit counted from an event, its length ----------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Russia has lost 3,100 soldiers in the week since the town fell, Kyiv said.", 3100, 7),
    ("In the year since the dam was blown up, 46 civilians were killed by mines in the area, the governor said.", 46,
     365),
    ("The channel claimed Ukraine had lost 1,500 soldiers in the month since the offensive began.", 1500, 30),
])
def test_in_the_unit_since_an_event(text: str, value: float, days: int) -> None:
    c = _claims(text)[value]
    assert (c.measure, c.period_days) == ("period", days)


# -- "The channel, run by a former paratrooper, wrote", "This channel claimed": a blogger's channel is a source of its
# kind (`other`); an office's own channel stays the office's ------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("This channel claimed on Thursday that Ukraine had lost at least 1,500 soldiers in the Kursk region.", 1500,
     "other"),
    ("The channel, whose author served in the marines, wrote that 40 Ukrainian tanks were destroyed near Vovchansk.",
     40, "other"),
    ("Ukraine's General Staff said on its Telegram channel that Russia lost 1,020 troops over the past day.", 1020,
     "ua_general_staff"),
])
def test_a_channel_as_a_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "according to the coalition's own monitoring": a coalition of groups is a source of its kind (not a coalition of
# governments) ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("At least 640 children have been killed, according to the coalition's own figures.", 640, "other"),
    ("Forty-two aid workers have been killed since the invasion, the NGO coalition said.", 42, "other"),
    ("Russia lost 2,000 tanks, the Western coalition said.", 2000, "western_officials"),
])
def test_a_coalition_as_a_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Ukraine's air force lost 14 aircraft, its command later acknowledged": an office named by a possessive pronoun
# speaks for the subject before it -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("In the first week of the invasion, Ukraine's air force lost 14 aircraft, its command later acknowledged.", 14,
     "ua_officials"),
    ("The war goes on. Russia's Black Sea Fleet lost two ships in May, its spokesman said.", 2, "ru_officials"),
    ("Ukraine's navy has lost three patrol boats this year, its press service said.", 3, "ua_officials"),
])
def test_an_office_of_the_subject_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "16 sailors are still held in Russian captivity": the captor named after the counted people; they are its enemy's
# loss ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Some 16 sailors are still held in Russian captivity, the navy said.", 16, "ukraine"),
    ("Nine residents of Kherson are still in Russian captivity, the mayor said.", 9, "ukraine"),
    ("The governor said 12 residents of the region were held captive by Ukrainian forces.", 12, "russia"),
])
def test_the_captor_named_after_the_captives(text: str, value: float, side: str) -> None:
    c = _claims(text)[value]
    assert (c.side, c.outcome) == (side, "captured")


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia's 155th brigade lost 30 men in the assault, its commander acknowledged.", 30, "ru_officials"),
    ("The war goes on. The 3rd Assault Brigade has lost about 120 soldiers near Bakhmut, its spokesman said.", 120,
     "ua_officials"),
])
def test_an_office_of_a_unit_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# ... and the subject whose verb of losing stands right before the figure lost its own side's --------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The 47th brigade lost 30 men in the assault, its press service said.", 30, "ukraine"),
    ("The war goes on. The 3rd Assault Brigade has lost about 120 soldiers near Bakhmut, its spokesman said.", 120,
     "ukraine"),
    ("Russia's 155th brigade lost 30 men in the assault, its commander acknowledged.", 30, "russia"),
])
def test_the_owner_that_lost_lost_its_own(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_the_owner_that_destroyed_reports_the_enemys() -> None:
    c = _claims("The 47th brigade destroyed 30 Russian tanks in May, its press service said.")[30]
    assert (c.side, c.claimant) == ("russia", "ua_officials")


# -- "Private Ihor Lysenko, 22, was one of 17 soldiers of the brigade killed": a "one of N" that names a person is no
# count, and the whole it is taken out of is the loss -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Sergeant Petro Koval was one of 17 soldiers killed when a missile struck the training ground, Ukraine's army "
     "said.", 17),
    ("One of the 23 soldiers killed in the strike was a medic, the Ukrainian military said.", 23),
    ("The nurse had become one of 40 medics killed since the invasion, the health ministry said.", 40),
])
def test_one_of_a_count_names_a_person(text: str, value: float) -> None:
    assert set(_claims(text)) == {value}


@pytest.mark.parametrize("text", [
    "Ukraine shot down one of the five missiles, the air force said.",
    "One of the five missiles was shot down, the air force said.",
])
def test_one_of_a_whole_shot_down_is_still_a_count(text: str) -> None:
    assert set(_claims(text)) == {1}


# -- "17 soldiers of the 72nd brigade were killed ..., the brigade said": the unit's members in its own report are its
# own side's ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Seventeen soldiers of the 72nd brigade were killed when a missile struck their training ground, the brigade "
     "said.", 17, "ukraine"),
    ("The battalion said 12 fighters of the battalion were wounded in the shelling.", 12, "ukraine"),
    ("The brigade said 40 soldiers of the Russian 20th regiment were killed.", 40, "russia"),
])
def test_a_units_members_in_its_own_report(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "Across the summer campaign, Russian glide bombs have killed six civilians": a season's fighting "across" it is a
# span of that season (running to the report while the season lasts) ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Russian losses on the axis across the summer campaign reached 21,000, Ukraine's General Staff said.", 21000,
     dt.date(2025, 6, 1)),
    ("Russia's losses across the winter months came to 1,400 tanks, Ukraine's General Staff said.", 1400,
     dt.date(2024, 12, 1)),
])
def test_across_a_season(text: str, value: float, start: dt.date) -> None:
    c = _claims(text)[value]
    assert (c.measure, c.period_start) == ("period", start)


# -- "since the school year began": a span from the start of a season of civil life, not the war's running total;
# "the strike claimed 12 lives": lives a strike took are people of no stated status --------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 23 pupils have been killed since the school year began, the charity said.", 23),
    ("Since the heating season started, Russian strikes have killed 14 energy workers, Ukraine's energy ministry "
     "said.", 14),
])
def test_since_a_season_of_civil_life_began(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


@pytest.mark.parametrize(("text", "value", "side"), [
    ("The strike claimed 12 lives, the governor said.", 12, "ukraine"),
    ("A glide bomb on the market claimed seven lives on Friday, Kharkiv's mayor said.", 7, "ukraine"),
])
def test_lives_a_strike_claimed(text: str, value: float, side: str) -> None:
    c = _claims(text)[value]
    assert (c.side, c.category, c.outcome) == (side, "people", "killed")
