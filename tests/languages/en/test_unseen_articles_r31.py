"""Round 31 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r31.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r31 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-06-11")


# -- "Children accounted for 14 of those killed and 87 of those injured": each part of the victims names its own
# outcome after "of those" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Women made up 30 of those killed and 120 of those wounded in the region last month, the police said.", 120,
     "wounded"),
    ("Of the victims, the elderly were 9 of those who died and 41 of those hurt, the mayor said.", 41, "wounded"),
])
def test_each_part_of_those_names_its_outcome(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


# -- "nearly double the number for the same period of 2024": a year the figure is compared with does not date it ----

@pytest.mark.parametrize(("text", "value"), [
    ("Since the start of the year, the police have recorded 412 civilians killed, well above the figure for the same "
     "period in 2024, the prosecutor said.", 412),
    ("Regional prosecutors say 96 civilians have been killed in the city since January, almost twice the toll for "
     "the same period of 2024.", 96),
])
def test_a_figure_for_the_same_period_of_a_year_is_compared_with(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", "2025-01-01", "2025-06-11")


# -- "struck the central bus station in Dnipro with two ballistic missiles": what an attack was made with, however long
# its object, is no loss --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian forces struck the central bus station in the city with two ballistic missiles.",
    "Overnight the army attacked a residential district of the southern city of Kherson using 14 drones, the "
    "governor said.",
])
def test_what_a_long_attack_was_made_with_is_no_loss(text: str) -> None:
    assert _claims(text) == {}


# -- "On 17 March the suspect ordered a strike on the station. The strike killed 11": the one strike the sentence
# before told of, and dated, dates its toll -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Investigators say a Russian pilot dropped a guided bomb on a clinic in Kupiansk on 4 May. The blast killed "
     "three people and wounded nine.", 9, "2025-05-04"),
    ("On Tuesday, 20 May, a Russian drone hit a minibus near Kherson. The attack left 9 people dead.", 9,
     "2025-05-20"),
])
def test_the_strike_told_before_dates_its_toll(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("period", as_of)


# -- "Message from the Head of the Regional Military Administration", "Office of the Prosecutor General" over "Press
# release": the author a document names at its head speaks for the figures of its own voice, and "the investigation"
# with no owner is the author's ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Statement by the Kharkiv City Military Administration\nLast night air defence shot down 11 drones over the "
     "city. Two residents were injured.", 11, "russia", "ua_officials"),
    ("Statement by the Kharkiv City Military Administration\nLast night air defence shot down 11 drones over the "
     "city. Two residents were injured.", 2, "ukraine", "ua_officials"),
    ("National Police of Ukraine\nNews release\nA Russian glide bomb hit a shop in Kupiansk in the morning: 3 "
     "civilians were killed and 12 wounded.", 12, "ukraine", "ua_officials"),
    # (a line the reader takes for the body's first sentence, with a note in brackets after the author)
    ("Appeal of the Acting Governor of the Kursk Region (unofficial translation)\nLast night 23 drones were shot down "
     "over the region. Two residents were wounded in Rylsk.", 23, "ukraine", "ru_officials"),
    ("Regional Prosecutor's Office\nPress release, 2 June\nAccording to the pre-trial investigation, the strike on the "
     "market killed 7 people.", 7, "ukraine", "ua_officials"),
])
def test_the_author_named_at_the_head_speaks_for_its_own_voice(text: str, value: float, side: str,
                                                               claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # a headline that only names a place, and a source the article names in its body
    ("Update from Kyiv\nRussian strikes killed 4 people in the capital overnight.", 4, None),
    ("Statement by the Kharkiv City Military Administration\nThe mayor's office said 5 people were injured. "
     "Separately, the UN said 300 civilians were killed in the region this year.", 300, "un"),
])
def test_a_heading_names_no_author_or_a_named_source_takes_over(text: str, value: float,
                                                               claimant: str | None) -> None:
    assert _claims(text)[value].claimant == claimant


# -- (earlier pin, round 14) "of the 3,800 men on its rolls in January, 2,300 had been killed ... by the end of
# August": a whole that opens its clause with "of the" is what its part is counted out of, no loss, and its month
# dates the whole, not the part (unless its own words say it was lost: "Of the 500 soldiers killed, 120 were ...") ---

@pytest.mark.parametrize(("text", "part", "whole", "as_of"), [
    ("Records show that of the 1,150 Ukrainian marines in the bridgehead force in October, 780 were killed or "
     "wounded by the end of December.", 780, 1150, "2024-12-31"),
    ("Of the 640 Russian soldiers in the battalion in March, 410 were killed or wounded by June 2024, relatives "
     "said.", 410, 640, "2024-06-30"),
])
def test_a_whole_opening_with_of_the_is_no_loss(text: str, part: float, whole: float, as_of: str) -> None:
    found = _claims(text)
    assert whole not in found
    assert str(found[part].as_of) == as_of


def test_a_whole_said_lost_is_a_loss() -> None:
    found = _claims("Of the 500 Russian soldiers killed, 120 were officers, the ministry said.")
    assert (found[500].outcome, found[120].outcome) == ("killed", "killed")


# -- "killing three patients": people where a strike hits them are civilians (found probing the prosecutor's style) --

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A Russian bomb hit the hospital in Kupiansk, killing three patients and wounding nine staff members.", 3,
     "killed"),
    ("Two pedestrians were injured when a Russian drone struck a street in Kherson, the regional administration "
     "said.", 2, "wounded"),
])
def test_people_where_a_strike_hits_are_civilians(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "civilians", outcome)


# -- "charged with the murder of four civilians": a charge or a verdict names whom soldiers killed ------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Prosecutors have charged two Russian servicemen with the murder of four civilians in Bucha in March 2022.", 4,
     "2022-03-31"),
    ("According to the indictment, the soldier murdered three unarmed residents of the village in April 2022.", 3,
     "2022-04-30"),
])
def test_a_charge_of_murder_names_the_killed(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, str(claim.as_of)) == ("ukraine", "civilians", "killed", as_of)


# -- "drones hit an airfield in Crimea, destroying 3 jets": a strike told in the simple past bounds the toll in the
# participle after it (but "have struck ..., destroying 9,000 tanks" is a running count) ---------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Ukrainian drones hit an airfield in Crimea, destroying 3 Russian Su-34 jets, the General Staff said.", 3,
     "period"),
    ("Ukraine's navy said its sea drones attacked the frigate, damaging it and destroying 2 Russian helicopters on "
     "deck.", 2, "period"),
    ("Ukrainian forces have struck Russian positions along the front, destroying 9,000 Russian tanks, the General "
     "Staff said.", 9000, "cumulative"),
])
def test_a_strike_in_the_simple_past_bounds_its_participles_toll(text: str, value: float, measure: str) -> None:
    assert _claims(text)[value].measure == measure


# -- "up from 250 in the same period of 2024": a figure compared with the one before it runs over that figure's span in
# the year named (or the year before), not over the whole year ------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Since January, the mission has verified 1,120 civilians killed, compared with 690 in the same period last "
     "year.", 690, "2024-01-01", "2024-06-11"),
    ("In May, 183 civilians were killed, against 120 in the same month of 2024.", 120, "2024-05-01", "2024-05-31"),
])
def test_the_same_period_of_another_year_is_the_figure_befores_span(text: str, value: float, start: str,
                                                                    as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, as_of)


# -- "23 drones were shot down over the Zhytomyr region": with no source to say whose, drones and missiles shot down
# over a side's place were launched at it, the other side's (found probing the regional head's message) ------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Last night, 2 missiles and 23 drones were shot down over Zhytomyr region.", 23, "russia"),
    ("Overnight air defence destroyed 41 drones over the Belgorod region and 6 over Kursk.", 41, "ukraine"),
])
def test_what_is_shot_down_over_a_sides_place_is_the_others(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side
