"""Constructions round 56 (helper h229) read, each pinned by sentences of other wordings than the articles' of
unseen_articles_r56.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-14")


# -- a corrections column: "A report on 11 June ... said 17 people had been killed. The regional military
# administration's figure was 14." The figure the paper's own earlier report gave, set right by the clause after it,
# is its error, no claim; the corrected figure counts what it counted -------------------------------------------------

@pytest.mark.parametrize(("text", "withdrawn", "kept", "outcome"), [
    ("Corrections\nA story on 3 May about a drone attack on Sumy said nine people had been wounded. The city "
     "council's figure was 19.", 9, 19, "wounded"),
    ("Clarification: An article on 2 April said Russian forces had lost 31 tanks near Vuhledar; it was 13.", 31, 13,
     "losses"),
    ("Corrections and clarifications\nOur report on Tuesday gave the number of drones shot down overnight as 84; it "
     "was 48, the air force said.", 84, 48, "destroyed"),
    ("Editor's note: This article has been amended. It previously said 31 civilians were killed in the Sumy strike; "
     "the regional prosecutor's office put the toll at 13.", 31, 13, "killed"),
    ("Correction: This story originally stated that 40 Russian tanks were destroyed near Kupiansk. The brigade's press "
     "service gave the figure as 14.", 40, 14, "destroyed"),
])
def test_a_figure_the_correction_sets_right_is_withdrawn(text: str, withdrawn: float, kept: float,
                                                         outcome: str) -> None:
    claims = _claims(text)
    assert withdrawn not in claims
    assert claims[kept].outcome == outcome


def test_two_sources_figures_in_a_text_that_corrects_nothing_both_stand() -> None:
    claims = _claims("A UN report said 17 people had been killed in the strike. The regional administration's figure "
                     "was 14.")
    assert (claims[17].claimant, claims[14].claimant) == ("un", "ua_officials")


def test_a_figure_its_source_has_since_raised_stands() -> None:
    # the spec's superseded toll: no error of the paper's, and the clause after it sets no figure right
    claims = _claims("Corrections\nA story on 12 May said the mayor had reported six people killed. That was his "
                     "figure at the time; he later raised the toll to 8.")
    assert {6, 8} <= set(claims)


# -- "The regional military administration's figure was 14": a source's own figure restates the one before (and
# "military" in an office's name names no soldiers) -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category", "outcome"), [
    ("Police said 40 people were injured in Sumy. The city military administration's figure was 46.", 46, "people",
     "wounded"),
    ("Officials said 40 drones were shot down overnight. The air force's count was 38.", 38, "drones", "destroyed"),
])
def test_a_sources_own_figure_restates_the_one_before(text: str, value: float, category: str, outcome: str) -> None:
    found = _claims(text)[value]
    assert (found.category, found.outcome, found.claimant) == (category, outcome, "ua_officials")


# -- "Two of our own deminers were killed": people who clear mines for a charity or the emergency service ------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A mine blast injured three deminers from a humanitarian group near Izium.", 3, "wounded"),
    ("Two deminers were killed in August.", 2, "killed"),
])
def test_deminers_are_civilians(text: str, value: float, outcome: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category, found.outcome) == ("ukraine", "civilians", outcome)


# -- "at least 5 killed - regional chief": a headline's word for a region's head -------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 5 killed in Sumy strike - regional chief", 5),
    ("The Kharkiv regional chief said 4 people were injured.", 4),
])
def test_a_regional_chief_is_an_official(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- "A story on 12 June said the governor had reported nine civilians killed by shelling in May": the day of a report
# ("a report on", "a story on") or of a subject's saying ("On 12 June the governor reported") gives way to the month the
# figure counts -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A report on 12 June said nine civilians were killed in Belgorod in May.",
    "On 12 June the governor of Russia's Kursk region reported nine civilians killed by shelling in May.",
    "An article on 12 June said Ukrainian drones had killed nine civilians in the Belgorod region in May.",
])
def test_the_day_of_telling_gives_way_to_the_month_counted(text: str) -> None:
    found = _claims(text)[9]
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", "2025-05-01", "2025-05-31")


def test_a_day_of_saying_with_no_other_date_still_dates_the_figure() -> None:
    found = _claims("On Monday the governor said three people were killed in the strike.")[3]
    assert str(found.as_of) == "2025-06-09"


# -- "He has since raised it to 11": a figure its source changed counts what the figure before counted, over its span -

@pytest.mark.parametrize(("text", "before", "after", "as_of"), [
    ("The governor said nine civilians were killed in May. He has since raised it to 11.", 9, 11, "2025-05-31"),
    ("Officials said 17 people had been killed in the strike on Tuesday. By evening they had raised it to 21.", 17, 21,
     "2025-06-10"),
    ("The ministry said 52 Russian tanks were destroyed in April. It later revised that figure down to 40.", 52, 40,
     "2025-04-30"),
])
def test_a_figure_its_source_changed(text: str, before: float, after: float, as_of: str) -> None:
    claims = _claims(text)
    told, changed = claims[before], claims[after]
    assert (changed.category, changed.outcome, changed.measure, str(changed.as_of)) == (
        told.category, told.outcome, "period", as_of)


# -- "with 31 of the year's deaths": a part of the victims counted before, the span's word before its outcome, over
# that count's span ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Landmines killed 87 civilians in 2024. The Kharkiv region remained the most affected, with 31 of the year's "
     "deaths.", 31, "2024-12-31"),
    ("Shelling killed 40 people in the city in January. The old town saw 12 of the month's dead.", 12, "2025-01-31"),
])
def test_a_part_of_the_spans_victims(text: str, value: float, as_of: str) -> None:
    found = _claims(text, "2025-02-20")[value]
    assert (found.outcome, found.measure, str(found.as_of)) == ("killed", "period", as_of)


# -- "according to the casualty data we collect with regional authorities": a partner in the writer's own count is no
# source --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In 2024, landmines killed 87 civilians in Ukraine, according to the casualty data we collect with regional "
    "authorities.",
    "Our monitors counted 40 civilians killed in May, according to the figures we compile together with the police.",
])
def test_a_partner_in_the_writers_count_is_no_source(text: str) -> None:
    assert all(c.claimant is None for c in _claims(text, "2025-02-20").values())


def test_a_body_that_compiled_the_data_is_still_the_source() -> None:
    text = "In 2024, landmines killed 87 civilians in Ukraine, according to data compiled by regional authorities."
    assert _claims(text, "2025-02-20")[87].claimant == "ua_officials"


# -- "killed 12 of my compatriots", "destroyed 11,200 of the aggressor's tanks": a speaker's "my" and the enemy's
# possessive stand between a count and its noun; compatriots and countrymen are people ---------------------------------

@pytest.mark.parametrize(("text", "value", "side", "category"), [
    ("Yesterday, Russian strikes killed 12 of my countrymen in Dnipro.", 12, "ukraine", "people"),
    ("Russian shelling killed four of my fellow citizens in Kherson on Sunday.", 4, "ukraine", "people"),
    ("Yesterday, Russian strikes killed 12 of our compatriots in Dnipro.", 12, "ukraine", "people"),
    ("Ukrainian forces have destroyed 11,200 of the enemy's tanks.", 11200, "russia", "tanks"),
    ("Thank you, Mr President. The aggressor keeps attacking my country. Our defenders have destroyed 900 of the "
     "aggressor's aircraft.", 900, "russia", "aircraft"),
])
def test_my_and_the_enemys_before_the_noun(text: str, value: float, side: str, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == (side, category)


def test_a_commanders_own_men() -> None:
    found = _claims("I lost 12 of my men near Bakhmut last month, the Ukrainian commander said.")[12]
    assert (found.side, found.category) == ("ukraine", "personnel")


# -- "46 casualties, 11 of them fatal": the fatal part of a count of casualties is killed -----------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The strike caused 46 casualties, 11 of them fatal.", 11),
    ("Russian shelling of Kherson left 20 casualties on Monday, three of them fatal.", 3),
])
def test_the_fatal_part_is_killed(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "killed"


# -- "Kharkiv strike toll up to 9": a headline's toll risen to the figure is no bound ----------------------------------

@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("08:15 UPDATE Kharkiv strike toll up to 9", 9, "exact"),
    ("Odesa drone attack: death toll now up to 23, governor says", 23, "exact"),
    ("Russian strikes killed up to 9 people in Kharkiv, officials said.", 9, "at_most"),
])
def test_a_toll_up_to_a_figure(text: str, value: float, qualifier: str) -> None:
    assert _claims(text)[value].qualifier == qualifier


# -- "maimed 710 more": maimed are wounded ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Since 2022, explosive ordnance has killed 289 civilians in the region, including 42 children, and maimed 710 "
     "more.", 710),
    ("Russian cluster munitions maimed 35 civilians in the Kharkiv region last year, the governor said.", 35),
])
def test_maimed_are_wounded(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "wounded"
