"""Round 36 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r36.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r36 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "President <a name no list holds> said": a bare title names no nation, and the fact check names none before it
    "wire_fact_check_of_a_viral_loss_claim": ["46000: claimant=other (want ua_president)"],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-10-20")


# -- "lost more than 1,300 servicemen in the zone of the special military operation over the past day": the operation's
# zone is where, not since when, so the day's span stands ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("The Ukrainian military lost up to 140 soldiers in the special military operation zone in the last 24 hours, "
     "the Russian defence ministry said.", 140, 1),
    ("Over the past week, Kyiv's forces lost over 8,100 troops in the area of the special military operation, "
     "Russia's defence ministry claimed.", 8100, 7),
])
def test_the_operations_zone_is_no_span(text: str, value: float, days: int) -> None:
    claim = _claims(text, "2025-05-27")[value]
    assert (claim.side, claim.measure, claim.period_days, claim.claimant) == ("ukraine", "period", days, "ru_mod")


def test_the_special_military_operation_alone_is_still_the_whole_war() -> None:
    claim = _claims("Ukraine has lost 500,000 troops during the special military operation, Russia's defence ministry "
                    "said.", "2025-05-27")[500000]
    assert claim.measure == "cumulative"


# -- "during the past week": a week (or month) that runs up to the report, whatever the preposition before it -----

@pytest.mark.parametrize(("text", "value", "days"), [
    ("During the past week, Ukraine lost over 8,100 troops, Russia's defence ministry claimed.", 8100, 7),
    ("Drone strikes killed 61 civilians in the region during the past month, the governor said.", 61, 30),
    ("Within the past month, Russian forces lost 210 tanks, the General Staff said.", 210, 30),
])
def test_during_the_past_week_or_month_is_its_span(text: str, value: float, days: int) -> None:
    claim = _claims(text, "2025-05-27")[value]
    assert (claim.measure, claim.period_days) == ("period", days)


# -- "131,200 soldiers killed as of October 17, ..., 1,650 more than a week earlier": a number followed by how far it
# exceeds an earlier count is the increase over the span its unit names --------------------------------------------

@pytest.mark.parametrize(("text", "total", "increase", "days"), [
    ("The outlet has now named 98,400 Russian soldiers killed in the war, 2,310 more than a month earlier.",
     98400, 2310, 30),
    ("Mediazona has confirmed the deaths of 4,100 officers, 95 more than in the previous week.", 4100, 95, 7),
])
def test_more_than_a_span_earlier_is_an_increase(text: str, total: float, increase: float, days: int) -> None:
    claims = _claims(text)
    assert claims[total].measure == "cumulative"
    assert (claims[increase].measure, claims[increase].period_days) == ("period", days)


# -- "Ukraine's General Staff. Russia lost 7,140 troops ...": a column's paragraph that opens on a source's name alone
# gives the figures of its sentences that name none to that source (but a bare place names no one) ----------------

@pytest.mark.parametrize(("text", "claimants"), [
    ("The weekly tally.\nThe British Defence Ministry. Russian forces suffered about 8,600 casualties over the past "
     "week.\nThe Institute for the Study of War. Russia lost some 60 armoured vehicles in the week to Sunday.",
     {8600: "uk_mod", 60: "isw"}),
    ("Our weekly round-up follows.\nUkraine's air force. Air defences shot down 362 Russian drones over the "
     "week.\nMediazona. The count of named Russian dead rose to 131,200.", {362: "ua_officials", 131200: "mediazona"}),
])
def test_a_paragraph_led_by_a_source_name_is_that_sources(text: str, claimants: dict[float, str]) -> None:
    claims = _claims(text)
    assert {value: claims[value].claimant for value in claimants} == claimants


@pytest.mark.parametrize(("text", "value"), [
    ("Our round-up follows.\nKharkiv. Three people were killed by shelling on Monday.", 3),
    # (a lead that is a clause about a body, not its name alone)
    ("Ukraine's army keeps up its pressure along the front. Russian losses since the invasion have reached 510,300 "
     "soldiers.", 510300),
    ("Russia's defence ministry seldom publishes its own figures. Some 3,100 Russian soldiers died near the town in "
     "May.", 3100),
])
def test_a_paragraph_led_by_no_source_name_alone_names_no_source(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None
