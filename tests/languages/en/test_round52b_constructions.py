"""Constructions round 52 (helper h201) saw and left (round 52b, helper h206), each pinned by sentences of other
wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-06")


# -- "A drone hit a bus in Russia, killing five": victims of no side, in a country named as a place before the figure
# (after "in"/"inside"/"across"), are that country's, as those named after it are ---------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("A drone hit a bus in Russia, killing five people.", 5, "russia"),
    ("Debris fell on a market inside Russia on Monday, and 4 people were injured.", 4, "russia"),
    ("In Russia, shelling of a border village left two people dead.", 2, "russia"),
    ("A missile struck a shopping centre in Ukraine on Saturday, killing 9 people.", 9, "ukraine"),
])
def test_victims_in_a_country_named_before_them_are_its_people(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_country_where_the_source_sits_is_no_place_of_the_victims() -> None:
    assert _claims("Officials in Russia said the strike on Kharkiv killed 6 people.")[6].side == "ukraine"


def test_a_region_named_after_the_country_is_the_nearer_place() -> None:
    # the last place named before the figure is the victims' (here a region of the other side)
    assert _claims("Across Russia and in the Kharkiv region, 7 people were wounded overnight.")[7].side == "ukraine"


# -- "Russia launched an offensive. According to its defence ministry, 300 ...": "according to" a defence ministry
# with no nation is the ministry of the one belligerent named just before, as "Its defence ministry said" is -------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia launched an offensive near the river. According to its defence ministry, 300 Ukrainian soldiers were "
     "killed.", 300, "ru_mod"),
    ("Ukraine began a counteroffensive in the south. According to its defense ministry, Russia lost 200 tanks there.",
     200, "ua_mod"),
    ("Ukraine struck an airbase in Crimea. According to the defence ministry, 14 Russian aircraft were destroyed.", 14,
     "ua_mod"),
])
def test_according_to_a_bare_defence_ministry_is_the_nation_named_before(text: str, value: float,
                                                                        claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_according_to_the_defence_ministry_goes_on_with_the_ministry_named_before() -> None:
    text = ("Ukraine's defence ministry said on Monday that Russia had lost 500 troops. According to the defence "
            "ministry, 30 Russian tanks were also destroyed.")
    assert _claims(text)[30].claimant == "ua_mod"


# -- "Russia lost 900 troops in the first week of March": the week of a month named is seven of its days (the first
# from the 1st, the second from the 8th, the last its last seven), dated on the week's last day ---------------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Russia lost 900 troops in the first week of March.", 900, "2025-03-01", "2025-03-07"),
    ("During the second week of June 2024, Ukraine said, Russia lost 1,100 soldiers.", 1100, "2024-06-08",
     "2024-06-14"),
    ("Russia lost 70 tanks in the final week of February 2024, Kyiv said.", 70, "2024-02-23", "2024-02-29"),
    ("About 400 Ukrainian troops were killed over the last week of August, Moscow claimed.", 400, "2025-08-25",
     "2025-08-31"),
])
def test_the_week_of_a_month_is_seven_of_its_days(text: str, value: float, start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.period_start), str(claim.as_of)) == (
        "period", 7, start, as_of)


def test_the_week_of_a_month_still_running_ends_on_the_report_day() -> None:
    claim = _claims("Russia lost 900 troops in the first week of October.")[900]
    assert (str(claim.period_start), str(claim.as_of)) == ("2025-10-01", "2025-10-06")


def test_the_first_week_of_an_offensive_is_no_months_week() -> None:
    claim = _claims("Russia lost 300 soldiers in the first week of the offensive, Kyiv said.")[300]
    assert (claim.measure, claim.period_days) == ("period", 7)


# -- "launched its incursion into the border region on August 6": a verb of starting whose object runs to more than
# five words before "on"/"in" still dates the start the first week (and "since then") counts from -----------------

@pytest.mark.parametrize(("text", "value", "days", "start", "as_of"), [
    ("Ukraine launched its incursion into the border region on August 6, 2024. Russia lost 3,000 soldiers in the "
     "first week.", 3000, 7, "2024-08-06", "2024-08-12"),
    ("Russian forces began their assault on the outskirts of the eastern town on May 10. About 1,500 Russian troops "
     "were killed in the first week, Kyiv said.", 1500, 7, "2025-05-10", "2025-05-16"),
])
def test_a_long_object_of_the_verb_of_starting_still_dates_the_first_week(text: str, value: float, days: float,
                                                                          start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.period_start), str(claim.as_of)) == (
        "period", days, start, as_of)


def test_a_long_object_of_the_verb_of_starting_still_dates_since_then() -> None:
    text = ("Ukraine launched its surprise cross-border offensive into the Kursk region in August 2024. Since then, "
            "Russia has lost 9,000 soldiers there.")
    claim = _claims(text)[9000]
    assert (claim.measure, str(claim.period_start)) == ("period", "2024-08-01")


# -- "260,000 soldiers (CSIS, August 2025)": a bracket's name no table knows, written as an acronym, is a named body
# (`other`), not the sentence's source going on; "(Moscow's critics, ...)", "Putin's opponents say": a government's
# critics speak for none of it ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia has lost between 150,000 soldiers (Kyiv, January 2024) and 260,000 soldiers (CSIS, August 2025).",
     260_000, "other"),
    ("Ukrainian losses run from 60,000 troops (Kyiv, December 2024) to 100,000 troops (FPRI, June 2025).", 100_000,
     "other"),
    ("Russia has lost between 150,000 soldiers (Moscow's critics, January 2024) and 260,000 soldiers (U.S. officials, "
     "August 2025).", 150_000, "other"),
])
def test_a_bracket_the_tables_do_not_know_still_names_its_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize("text", [
    "Putin's opponents say Russia has lost 500,000 soldiers.",
    "Critics of the Kremlin put Russia's losses at 500,000 soldiers.",
])
def test_a_governments_critics_are_not_its_officials(text: str) -> None:
    assert _claims(text)[500_000].claimant == "other"


def test_critics_answered_by_a_ministry_leave_it_the_source() -> None:
    text = "Russia's defence ministry, responding to critics, said it had lost 5,937 soldiers."
    assert _claims(text)[5937].claimant == "ru_mod"
