"""Round 61's fixes (see unseen_articles_r61.py), each read in sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

from lossledger import extract_claims  # noqa: E402

_claims = claims_reader("2026-07-09")


# -- "year to date": the year's span from 1 January (not the war's "to date"), and no age's "year" after a bare count --

@pytest.mark.parametrize(("text", "value"), [
    ("Year to date, Russian forces have lost 2,310 tanks, the General Staff said.", 2310),
    ("Ukraine's air force said it had downed 4,870 Russian drones year-to-date.", 4870),
    ("Russian shelling has injured 212 year to date in the Kherson region, the governor said.", 212),
])
def test_year_to_date_is_the_years_span(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.period_start)) == ("period", "2026-01-01")


def test_to_date_alone_is_still_the_wars() -> None:
    found = _claims("Russia has lost 11,200 tanks to date, the General Staff said.")[11200]
    assert (found.measure, found.period_start) == ("cumulative", None)


# -- "Ukraine's regional military administrations": the plural of a regional office is still Ukraine's officials ------

@pytest.mark.parametrize("text", [
    "Russian glide bombs killed 17 civilians over the weekend, according to Ukraine's regional military "
    "administrations.",
    "Strikes on Sumy and Poltava killed 17 people, Ukraine's regional administrations reported.",
])
def test_plural_regional_administrations_are_officials(text: str) -> None:
    assert _claims(text)[17].claimant == "ua_officials"


# -- "Dr Jane Doe (Institute of X, City) put ... at": a speaker's affiliation in brackets before the verb ------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Professor Lena Ostrova (Baltic Defence College, Tartu) put Russia's dead at 140,000.", 140000, "other"),
    ("Mykola Bondar (Ukraine's defence ministry) said Russian forces had lost 1,420 tanks this year.", 1420,
     "ua_mod"),
])
def test_bracketed_affiliation_before_the_verb(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_abbreviation_in_brackets_is_still_the_name() -> None:
    found = _claims("Ukraine's military intelligence (HUR) said Russia had lost 28 warships since 2022.")[28]
    assert found.claimant == "ua_mod"


# -- "April to June" with no "from": one span, as "January-March" is ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("In the reporting period, January to March, Russian strikes killed 410 civilians, the UN mission said.", 410,
     "2026-01-01", "2026-03-31"),
    ("Western officials said Russia lost 96,000 troops in the second quarter, April through June.", 96000,
     "2026-04-01", "2026-06-30"),
])
def test_bare_month_range_is_one_span(text: str, value: float, start: str, end: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", start, end)


# -- "we lost", "of our defenders" in a text with no source: the side opposed to the enemy the text names -----------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russian shelling went on all night.\nBy morning we had lost four men killed and nine wounded.", 4, "ukraine"),
    ("The village has lived under Russian occupation since 2022. Eleven of our sons are still held in Russian "
     "captivity, and we have lost 23 defenders.", 23, "ukraine"),
    ("Ukrainian drones hit the refinery again.\nWe lost six of our men in the fire.", 6, "russia"),
])
def test_first_person_speaks_against_the_enemy_named(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_first_person_with_both_sides_named_as_attackers_gives_no_side_by_voice() -> None:
    text = ("Russian missiles and Ukrainian drones struck the town.\nWe lost four men killed, the report said.")
    assert all(c.value != 4 or c.side != "ukraine" or c.claimant is not None
               for c in extract_claims(text, published="2026-07-09"))


# -- "in figures shared with us by X", "the state grid operator said": who gave the figures; a utility's own voice -----

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("In data shared with reporters by the brigade, its gunners destroyed 26 Russian tanks in May.", 26,
     "ua_officials"),
    ("Russian strikes killed 12 railway workers this year, in figures provided to the embassy by Oryx.", 12, "oryx"),
    ("Russian strikes have killed 31 employees since January, the national power company said.", 31, "other"),
])
def test_figures_shared_with_someone_by_a_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Speech by Mayor X": a heading that names a title the profile knows gives the speech its voice ----------------

def test_speech_heading_with_a_title_speaks_for_the_text() -> None:
    text = ("Address by Governor Taras Melnychuk at the memorial service\n"
            "Dear friends,\n"
            "Since the full-scale invasion our region has lost 1,260 defenders to the Russian aggressor.")
    found = _claims(text, "2026-02-24")[1260]
    assert (found.side, found.claimant) == ("ukraine", "ua_officials")


# -- "per X": the source after "per", not "per day" or "per cent" ----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russian drones killed nine civilians in Kharkiv overnight, per the city's mayor.", 9, "ua_officials"),
    ("Russia lost 1,180 troops per day in March, per British Defence Intelligence.", 1180, "uk_mod"),
    ("Ukraine has lost 35 Leopard tanks, per Oryx.", 35, "oryx"),
])
def test_per_names_the_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "over the quarter", "in the period under review": a span, which keeps its clause's figures from a "since" after --

@pytest.mark.parametrize(("text", "value"), [
    ("The battalion destroyed 38 Russian armoured vehicles over the quarter, and 410 since it was formed in 2023, its "
     "commander said.", 38),
    ("In the period under review, Russian attacks killed 96 civilians, the UN monitoring mission said.", 96),
])
def test_quarter_and_period_under_review_are_spans(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_start) == ("period", None)


# -- "Two of them were from my platoon": a part told by where its people came from, with the whole's span -----------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("The battalion lost 14 soldiers killed over the past week, its commander said. Three of them were from Rivne.",
     3, 7),
    ("Over the past fortnight, 22 soldiers of the brigade were killed, the brigade said. Five of them were from "
     "the same village.", 5, 14),
])
def test_part_told_by_where_from(text: str, value: float, days: int) -> None:
    found = _claims(text)[value]
    assert (found.category, found.outcome, found.measure, found.period_days) == ("personnel", "killed", "period", days)


# -- "two of our volunteer drivers": volunteers named by a civilian trade are civilians ------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Two volunteer drivers were killed when a Russian drone hit their van near Izium, the governor said.", 2),
    ("A Russian strike killed three volunteer ambulance drivers in Kherson, the regional administration said.", 3),
])
def test_volunteers_of_a_civilian_trade(text: str, value: float) -> None:
    assert _claims(text)[value].category == "civilians"


# -- "since we began supplying the company": a clause of since when, whose verb of supplying is no count's ------------

@pytest.mark.parametrize(("text", "value"), [
    ("The unit has shot down 96 Russian drones since volunteers started delivering it interceptors in March, its "
     "commander said.", 96),
    ("Our gunners have destroyed 58 Russian tanks since the allies began shipping the howitzers in 2024, the brigade "
     "said.", 58),
])
def test_since_clause_of_supplying_is_no_delivery_count(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "destroyed"


# -- "X, formerly of the British Army": one who has left a body speaks for it no more; the estimates he cites are
# their owner's ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Olena Marchuk, formerly with Ukraine's General Staff, put Russia's dead at 190,000.", 190000, "other"),
    ("James Porter, formerly of the US Army, cited Western intelligence estimates that Russia lost 36,000 troops in "
     "May.", 36000, "western_officials"),
])
def test_formerly_of_a_body(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "over the same period" right after a figure since the invasion: the war's span, though a quarter's figure came
# earlier -----------------------------------------------------------------------------------------------------------

def test_same_period_after_a_war_total_is_the_wars() -> None:
    text = ("The institute put Russian losses over the quarter at 96,000. Since the full-scale invasion, it says, "
            "Russia has lost 850,000 troops. Ukraine lost 380,000 over the same period, the institute said.")
    found = _claims(text)[380000]
    assert found.measure == "cumulative"
