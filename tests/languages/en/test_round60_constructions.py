"""Round 60's fixes (see unseen_articles_r60.py), each read in sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-06-13")


# -- "during the first fortnight of September": the month's first 14 days, as "the first week of" is its first seven --

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("Russian forces lost 210 tanks during the first fortnight of May, the General Staff said.", 210, "2026-05-01",
     "2026-05-14"),
    ("In the last fortnight of April, Russian strikes killed 64 civilians in the Kharkiv region, the governor said.",
     64, "2026-04-17", "2026-04-30"),
])
def test_fortnight_of_a_month(text: str, value: float, start: str, end: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days, str(found.period_start), str(found.as_of)) == ("period", 14, start, end)


def test_first_week_of_a_month_is_still_seven_days() -> None:
    found = _claims("Russia lost 900 troops in the first week of March, the General Staff said.")[900]
    assert (found.period_days, str(found.period_start), str(found.as_of)) == (7, "2026-03-01", "2026-03-07")


# -- "58 civilians drowned", "the diocese has buried 146 soldiers": deaths told by drowning and by burial ------------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 23 residents drowned when the dam broke in the occupied town, Ukrainian officials said.", 23),
    ("The city has buried 312 Ukrainian soldiers since the full-scale invasion, the mayor said.", 312),
    ("Our church has buried 58 Ukrainian soldiers since 2022, according to the Orthodox Church of Ukraine.", 58),
])
def test_drowned_and_buried_are_killed(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "killed"


# -- "Of the 40 howitzers delivered to Ukraine, 12 have been destroyed": the part is the side the whole was sent to;
# a part written in words ("five") is a part too, and the whole is no loss -------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Of the 31 Leopard tanks sent to Ukraine, nine have been lost and four damaged, according to Oryx.", 9, "tanks"),
    ("Of the 31 Leopard tanks sent to Ukraine, nine have been lost and four damaged, according to Oryx.", 4, "tanks"),
    ("Of the 18 Caesar howitzers shipped to Ukraine, five were destroyed, the open-source group said.", 5,
     "artillery"),
])
def test_part_of_equipment_supplied_to_a_side(text: str, value: float, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", category)


def test_whole_before_a_part_in_words_is_no_loss() -> None:
    found = _claims("Of the 18 Caesar howitzers shipped to Ukraine, five were destroyed, the open-source group said.")
    assert 18 not in found


# -- "lost 87 graduates in the defence of Ukraine", "four are held as prisoners of war": soldiers, whatever their noun

@pytest.mark.parametrize(("text", "value"), [
    ("The village has lost 14 teachers in the defence of Ukraine, the district council said.", 14),
    ("The company has lost 12 employees and three interns in the defence of Ukraine, the regional governor said.", 12),
    ("The university has lost 19 current students in the defence of Ukraine, according to the remembrance committee.",
     19),
])
def test_lost_in_the_defence_of_a_country(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", "personnel")


@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's losses mount. Nine employees of the plant are held as prisoners of war, the regional governor said.",
     9),
    ("In the district, six Ukrainian farmers have been taken as prisoners of war, the governor said.", 6),
])
def test_held_as_prisoners_of_war_are_soldiers(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.category, found.outcome) == ("personnel", "captured")


# -- "and for the 23 who have come home wounded": the state they came back in is their outcome ------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The brigade mourns the 40 Ukrainian soldiers killed in the assault, and prays for the 65 who have come home "
     "wounded.", 65),
    ("Of the Ukrainian unit, 30 soldiers were killed and 52 more soldiers who came back injured are in hospital, the "
     "commander said.", 52),
])
def test_come_home_wounded(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "wounded"


# -- a church, its chaplaincy and a memorial body are named sources (other) --------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Our church has buried 58 Ukrainian soldiers since 2022, according to the Orthodox Church of Ukraine.", 58),
    ("Ukraine has lost 146 soldiers from the town since the invasion, according to the remembrance committee.", 146),
    ("Our diocese has buried 146 Ukrainian soldiers since the invasion, the diocese said.", 146),
])
def test_church_and_memorial_bodies_are_other(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


# -- "..., the diocesan chaplaincy office reports.": a noun-verb that closes its sentence after a subject set off by a
# comma is the verb of a closing attribution (not "according to police reports.") -------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Our diocese has buried 146 Ukrainian soldiers since the full-scale invasion began, the diocesan chaplaincy "
     "office reports.", 146, "other"),
    ("Russia lost 40 tanks in the battle near Vuhledar, the General Staff claims.", 40, "ua_general_staff"),
])
def test_closing_noun_verb_is_a_verb(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_reports_after_a_preposition_stays_a_noun() -> None:
    found = _claims("Russia lost 40 tanks in the battle, according to police reports.")[40]
    assert found.claimant_text == "police"


# -- "died before they could be evacuated": a modal in a clause of time after the figure neither hedges nor projects ---

@pytest.mark.parametrize(("text", "value"), [
    ("Nine Ukrainian soldiers died before they could be evacuated, the brigade said.", 9),
    ("Twelve Ukrainian soldiers were killed before medics could reach them, the brigade said.", 12),
])
def test_modal_in_a_clause_of_time(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.hedged, found.measure) == (False, "cumulative")


def test_modal_of_the_figure_still_hedges() -> None:
    found = _claims("Some 40 Russian soldiers may have been killed before the bridge could be blown, the brigade "
                    "said.")[40]
    assert found.hedged


# -- "in the same week": the last week told, a few paragraphs back --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's General Staff said Russia lost 9,120 troops in the week to Sunday.\nThe front was quiet on Monday.\n"
     "Russia also lost 48 tanks in the same week, the General Staff said.", 48),
    ("Kyiv said 310 Russian soldiers were killed in the week to June 7. The governor said Russian shelling killed 14 "
     "civilians in the region during the same week.", 14),
])
def test_the_same_week(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.period_days, str(found.period_start), str(found.as_of)) == (7, "2026-06-01", "2026-06-07")


# -- "the field hospital took in 143 wounded soldiers": the wounded a medical post takes in are its own side's --------

@pytest.mark.parametrize(("text", "value"), [
    ("The field hospital took in 143 wounded soldiers, a Ukrainian officer said.", 143),
    ("Ukrainian medics have treated more than 60 wounded soldiers since Friday, a Ukrainian commander said.", 60),
])
def test_wounded_taken_in_are_own(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


def test_wounded_inflicted_are_still_the_enemys() -> None:
    assert _claims("Ukraine's army said it had wounded 300 Russian soldiers.")[300].side == "russia"


# -- "11 active servicemen", "19 current students": adjectives of status between a number and its noun ---------------

def test_status_adjectives_between_number_and_noun() -> None:
    found = _claims("Russian strikes killed 11 active servicemen and two civilians in the city, the Ukrainian governor "
                    "said.")
    assert (found[11].category, found[2].category) == ("personnel", "civilians")


# -- "Of the 120 vehicles delivered this year, nine have been lost": a part of equipment supplied within a span was lost
# within it (the whole's date stays the part's; not "of the 3,800 men on its rolls in January") ------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Of the 60 Bradleys delivered to Ukraine this year, 14 have been destroyed, according to Oryx.", 14, "2026-01-01"),
    ("Of the 45 Leopard tanks shipped to Ukraine since March, seven were lost, the open-source group said.", 7,
     "2026-03-01"),
])
def test_part_of_equipment_supplied_within_a_span(text: str, value: float, start: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.period_start)) == ("period", start)
