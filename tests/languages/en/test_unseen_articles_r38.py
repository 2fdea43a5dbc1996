"""Round 38 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r38.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r38 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-07-17")


# -- "+++ ODESA PORT STRIKE: 3 DEAD, 9 HURT - REGIONAL GOVERNOR +++ UKR MILITARY: ...": a news crawl's items on one
# line, set apart by runs of marks, are each a story of their own, with their own label or source ----------------

@pytest.mark.parametrize(("text", "claimants"), [
    ("NEWS TICKER\n+++ KHARKIV GOV: 4 KILLED IN GLIDE BOMB STRIKE ON MARKET +++ RUSSIAN DEFENCE MINISTRY: 31 "
     "UKRAINIAN DRONES DOWNED OVER KURSK REGION +++", {4: "ua_officials", 31: "ru_mod"}),
    ("/// GENERAL STAFF: RUSSIA LOST 980 TROOPS, 6 TANKS IN PAST DAY /// KURSK GOV: 3 CIVILIANS WOUNDED BY UKRAINIAN "
     "DRONE ///", {980: "ua_general_staff", 3: "ru_officials"}),
])
def test_a_crawls_items_are_stories_of_their_own(text: str, claimants: dict[float, str]) -> None:
    claims = _claims(text)
    assert {value: claims[value].claimant for value in claimants} == claimants


@pytest.mark.parametrize(("text", "value"), [
    ("+++ RUSSIAN MOD: 57 UKRAINIAN DRONES DOWNED +++ KHARKIV: 5 WOUNDED IN MISSILE STRIKE ON DEPOT +++", 5),
    ("+++ KYIV: 2 KILLED AS DEBRIS HITS HOUSE +++ DOW CLOSES UP 120 PTS +++", 2),
])
def test_a_crawl_item_labelled_by_a_place_alone_names_no_source(text: str, value: float) -> None:
    claims = _claims(text)
    assert claims[value].claimant is None and 120 not in claims


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("UKR MILITARY: RUSSIA LOST 1,120 TROOPS IN 24 HRS.", 1120, "ua_general_staff"),
    ("General Staff: Russian forces lost 940 soldiers over the past 24 hrs.", 940, "ua_general_staff"),
])
def test_a_tickers_hours_are_a_day(text: str, value: float, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, claim.claimant) == ("period", 1, claimant)


# -- "46 OF 59 RUSSIAN DRONES SHOT DOWN": a part and its whole that share a noun with a side's adjective before it ----

@pytest.mark.parametrize(("text", "part", "whole", "side"), [
    ("Ukraine's air force said it shot down 46 of 59 Russian drones over Kyiv overnight.", 46, 59, "russia"),
    ("Russia's defence ministry said 40 out of 52 Ukrainian drones had been destroyed over the Kursk region.", 40, 52,
     "ukraine"),
])
def test_a_part_of_a_whole_with_a_sides_adjective(text: str, part: float, whole: float, side: str) -> None:
    claims = _claims(text)
    assert whole not in claims
    assert (claims[part].side, claims[part].category, claims[part].outcome) == (side, "drones", "destroyed")


@pytest.mark.parametrize("text", [
    "One in three Russian conscripts sent to the front was wounded, the report said.",
    "One out of four Ukrainian tanks delivered last year has been lost, analysts said.",
])
def test_one_in_n_is_a_ratio_not_a_loss_of_one(text: str) -> None:
    assert 1 not in _claims(text)


# -- "Its total since the invasion stands at 1,041,890": a running total told after the day's figure, its span between
# the noun and its verb, counts what the figure before counted -------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The air force said it had shot down 41 Russian drones overnight. Its tally since February 2022 stands at 61,300.",
     61300, "drones"),
    ("Ukraine's General Staff said 1,310 Russian troops were killed or wounded on Monday. The overall count since the "
     "full-scale invasion began is at 1,050,120, it said.", 1_050_120, "personnel"),
])
def test_a_total_since_the_invasion_stands_at(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.measure) == ("russia", category, "cumulative")


# -- "My battalion lost nine men killed": a commander's first person singular tells his own unit's losses ----------

@pytest.mark.parametrize(("text", "value"), [
    ("Lieutenant Colonel Pavlo Ivchenko commands a Ukrainian assault battalion.\nCOMMANDER: In that battle I lost 14 "
     "men, and we destroyed 6 Russian tanks.", 14),
    ("Captain Serhiy Bondar, a Ukrainian company commander, said his men held the line. \"My company has lost four "
     "soldiers since June,\" he said.", 4),
])
def test_my_unit_lost_is_the_speakers_own(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category) == ("ukraine", "personnel")


def test_we_destroyed_beside_i_lost_stays_the_enemys() -> None:
    claims = _claims("Lieutenant Colonel Pavlo Ivchenko commands a Ukrainian assault battalion.\nCOMMANDER: In that "
                     "battle I lost 14 men, and we destroyed 6 Russian tanks.")
    assert claims[6].side == "russia"


# -- "In its assessment of February 2024, X put the figure at about 355,000": the month of the document that gave a
# running total dates it; it bounds no span ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("According to a Pentagon estimate from August 2023, Russia had suffered 120,000 deaths.", 120_000, "2023-08-31"),
    ("In its analysis of May 2024, the institute put Russian casualties at about 465,000.", 465_000, "2024-05-31"),
])
def test_a_documents_month_dates_its_running_total(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, "2025-03-03")[value]
    assert (claim.measure, claim.period_start, str(claim.as_of)) == ("cumulative", None, as_of)


# -- r36's "lost 7,140 troops from October 13 to October 19, ..., bringing its total to": the run of days stated is the
# increase's span (outranking the day a text of daily updates would give it), and not the total's ---------------

@pytest.mark.parametrize(("text", "increase", "days", "total"), [
    ("The General Staff publishes daily figures. From 6 to 12 October Russia lost 6,900 soldiers, taking its tally to "
     "1,121,260.", 6900, 7, 1_121_260),
    ("Russia lost 2,950 troops between June 1 and June 3, Ukraine's daily update said, bringing its total to "
     "1,004,300.", 2950, 3, 1_004_300),
])
def test_a_run_of_days_before_bringing_the_total(text: str, increase: float, days: int, total: float) -> None:
    claims = _claims(text, "2025-10-20")
    assert (claims[increase].measure, claims[increase].period_days) == ("period", days)
    assert (claims[total].measure, claims[total].period_start) == ("cumulative", None)


# -- "the last time the defence ministry gave one, in September 2022, it admitted to 5,937 dead": a month set off by a
# comma after a figure given is when it was given; the running total it dates is no span --------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("When Moscow last released a number, in January 2023, it admitted to 6,100 dead.", 6100, "2023-01-31"),
    ("The last time Russia's defence ministry updated its count, in March 2023, it put the dead at 6,250.", 6250,
     "2023-03-31"),
])
def test_a_month_after_a_figure_given_dates_it(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, "2025-03-03")[value]
    assert (claim.measure, claim.period_start, str(claim.as_of)) == ("cumulative", None, as_of)


def test_a_month_of_losses_after_a_comma_stays_a_span() -> None:
    claim = _claims("Russia lost 23,000 soldiers in January, the defence ministry in Kyiv said.", "2025-03-03")[23000]
    assert (claim.measure, str(claim.period_start)) == ("period", "2025-01-01")
