"""Constructions seen by earlier rounds and left there (round 52, helper h201), each pinned by sentences of other
wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-06")


# -- "between 300,000 troops (Kyiv, March 2024) and 450,000 troops (X, May 2025)": each end's bracket names its own
# source and date, so the two ends are two claims (two sources), each as of its own month, of the side named before --

@pytest.mark.parametrize(("text", "side", "low", "low_key", "low_as_of", "high", "high_key", "high_as_of"), [
    ("Russia has lost between 150,000 soldiers (Kyiv, January 2024) and 260,000 soldiers (U.S. officials, August "
     "2025).", "russia", 150_000, "ua_officials", "2024-01-31", 260_000, "us_officials", "2025-08-31"),
    ("Estimates of Ukrainian military deaths lie between 43,000 (Ukrainian officials, December 2024) and 95,000 "
     "(British intelligence, April 2025).", "ukraine", 43_000, "ua_officials", "2024-12-31", 95_000, "uk_mod",
     "2025-04-30"),
    ("Russian tank losses are put at between 3,100 tanks (Oryx, February 2025) and 4,000 tanks (Kyiv, June 2025).",
     "russia", 3_100, "oryx", "2025-02-28", 4_000, "ua_officials", "2025-06-30"),
    ("Russian casualties run from 600,000 troops (Ukraine's defence ministry, March 2025) to 790,000 troops (U.K. "
     "Defence Intelligence, September 2025).", "russia", 600_000, "ua_mod", "2025-03-31", 790_000, "uk_mod",
     "2025-09-30"),
])
def test_each_end_of_a_range_is_its_own_sources_claim(text: str, side: str, low: float, low_key: str, low_as_of: str,
                                                      high: float, high_key: str, high_as_of: str) -> None:
    claims = _claims(text)
    for value, key, as_of in ((low, low_key, low_as_of), (high, high_key, high_as_of)):
        claim = claims[value]
        assert (claim.side, claim.claimant, claim.measure, str(claim.as_of), claim.value_high) == (
            side, key, "cumulative", as_of, None)


def test_a_bracket_of_a_place_and_a_month_names_no_source() -> None:
    claim = _claims("Ukraine said its forces destroyed 40 tanks (Bakhmut, May 2025) and 12 guns.")[40]
    assert claim.claimant == "ua_officials"


# -- "300 people were killed in Russia": victims of no side named, in a country named after "in", are that country's
# (the place's side where the text gives no other), as those "in the Kursk region" are --------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("300 people were killed in Russia.", 300, "russia"),
    ("Eleven civilians have died inside Russia since January, the monitors said.", 11, "russia"),
    ("At least 12 people were injured across Ukraine overnight.", 12, "ukraine"),
])
def test_victims_in_a_country_named_after_them_are_its_people(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_country_in_the_possessive_after_the_victims_is_no_place() -> None:
    assert _claims("Four people were wounded in Russia's latest attack on the city.")[4].side == "ukraine"


# -- "There were 4,000 deaths among Russian soldiers in Bakhmut": the group after "among" is whom a bare loss noun
# counts (its category and the side its adjective names), as if it stood in the noun phrase --------------------------

@pytest.mark.parametrize(("text", "value", "side", "outcome"), [
    ("There were 4,000 deaths among Russian soldiers in Bakhmut in May.", 4000, "russia", "killed"),
    ("In 2024 there were about 9,000 deaths among Ukrainian servicemen, the study found.", 9000, "ukraine", "killed"),
    ("More than 300 casualties among the Russian conscripts were recorded near the town.", 300, "russia", "losses"),
])
def test_a_group_after_among_is_whom_the_figure_counts(text: str, value: float, side: str, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, "personnel", outcome)


def test_among_them_points_back_and_names_no_group() -> None:
    claims = _claims("Russian forces lost 500 troops; among them were 40 officers.")
    assert (claims[40].side, claims[40].category) == ("russia", "personnel")


# -- "Russia launched an offensive. Its defence ministry said ...": a defence ministry named with no nation, no nation's
# source before it, is the ministry of the one belligerent named just before; none is read where both are named -----

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia launched a new offensive near the river last week. Its defence ministry said Ukraine had lost 1,200 "
     "soldiers in the fighting.", 1200, "ru_mod"),
    ("Ukraine struck an airbase in Crimea on Sunday. The defence ministry said 14 Russian aircraft were destroyed.", 14,
     "ua_mod"),
    ("Russian forces pressed on toward the city. The defense ministry said 300 Ukrainian troops were killed on "
     "Tuesday.", 300, "ru_mod"),
])
def test_a_bare_defence_ministry_is_the_one_nations_named_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_bare_defence_ministry_after_both_sides_named_is_no_ones() -> None:
    text = ("Russian drones attacked Ukraine overnight. The defence ministry said 30 soldiers were killed in the "
            "attack on the base.")
    assert all(c.claimant not in ("ua_mod", "ru_mod") for c in _claims(text).values())


# -- "launched its incursion on August 6, 2024. ... killed in the first week": the event's first seven days (or month),
# counted from the day its start was told, not a running total -----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days", "start", "as_of"), [
    ("Ukraine's incursion into the border region began on August 6, 2024. Russia lost 3,000 soldiers killed in the "
     "first week.", 3000, 7, "2024-08-06", "2024-08-12"),
    ("Russia began its offensive on the town on May 10. About 1,500 Russian troops were killed in the first week of "
     "the offensive, Kyiv said.", 1500, 7, "2025-05-10", "2025-05-16"),
    ("The assault started on 3 March 2025. During its first month, Ukraine says, Russia lost 240 tanks.", 240, 30,
     "2025-03-03", "2025-04-01"),
    ("Russia lost 200 tanks in the first month of the war, analysts say.", 200, 30, "2022-02-24", "2022-03-25"),
])
def test_the_first_week_of_an_event_is_a_span_from_its_start(text: str, value: float, days: float, start: str,
                                                             as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.period_start), str(claim.as_of)) == (
        "period", days, start, as_of)


def test_the_first_week_of_a_month_is_no_events_span() -> None:
    claim = _claims("Russia lost 900 troops in the first week of March.")[900]
    assert claim.measure == "period" and str(claim.period_start) == "2025-03-01"


# -- "Moscow launched its invasion in February 2022.\nEver since, it has lost 3,000 tanks": a pronoun that loses points
# at the side the sentence before opens on as its subject, across a line break too -----------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Moscow launched its full-scale invasion of Ukraine in February 2022.\nEver since, it has lost more than 3,000 "
     "tanks.", 3000, "russia"),
    ("In 2023, Kyiv began its counteroffensive in the south. Since then, it has also lost 90 tanks, analysts say.", 90,
     "ukraine"),
])
def test_a_pronoun_that_loses_is_the_subject_of_the_sentence_before(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "puts Russia's killed and wounded at 355,000": the two participles after a side's possessive are one noun (its
# soldiers), not "Russia has killed"; a timeline line's month before it dates the statement, not a span --------------

@pytest.mark.parametrize(("text", "value", "side", "measure", "as_of"), [
    ("February 2024: Britain's defence ministry puts Russia's killed and wounded at 355,000.", 355_000, "russia",
     "cumulative", "2024-02-29"),
    ("March 2025 \u2013 Western officials put Ukraine's killed or wounded at about 400,000.", 400_000, "ukraine",
     "cumulative", "2025-03-31"),
    ("The Pentagon puts Russia's killed and injured at more than 300,000.", 300_000, "russia", "cumulative",
     "2025-10-06"),
])
def test_killed_and_wounded_after_a_sides_possessive_are_its_soldiers(text: str, value: float, side: str,
                                                                      measure: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.measure, str(claim.as_of)) == (
        side, "personnel", "losses", measure, as_of)


def test_a_side_that_killed_and_wounded_at_least_some_is_the_attacker() -> None:
    assert _claims("Russia has killed and wounded at least 200 civilians in Kharkiv.")[200].side == "ukraine"
