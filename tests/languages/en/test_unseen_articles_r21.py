"""Round 21 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r21.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r21 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-07-11")


# -- "lost 6,420 in the past week, down from 7,310 the week before": a date after a second figure compared with the
# first dates the second, and leaves the first its own span ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "other", "as_of", "other_as_of"), [
    ("The update came on Friday. Officials in Kyiv said Russia had lost 5,240 soldiers over the past week, up from "
     "4,980 the week before.", 5240, 4980, "2025-07-18", "2025-07-11"),
    ("On Thursday the figures were published. Ukraine said Russian forces lost 910 troops in the past 24 hours, "
     "compared with 1,020 the day before.", 910, 1020, "2025-07-18", "2025-07-16"),
])
def test_a_date_after_the_figure_compared_with_is_that_figures(text: str, value: float, other: float, as_of: str,
                                                               other_as_of: str) -> None:
    claims = _claims(text, published="2025-07-18")
    assert (str(claims[value].as_of), str(claims[other].as_of)) == (as_of, other_as_of)


def test_a_date_after_the_figure_with_no_comparison_still_dates_it() -> None:
    claims = _claims("Figures were released on Friday. Kyiv said Russia lost 300 troops, and 2,100 the week before.",
                     published="2025-07-18")
    assert str(claims[300].as_of) == "2025-07-11"


# -- "... had been killed as of the end of June. It put total casualties at about 950,000 over the same period": a
# running total "over the same period" as a dated total told before it is as of that total's date -------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Up to 90,000 Ukrainian soldiers had died by the end of May, a research group estimated. It put the number of "
     "wounded at about 300,000 over the same period.", 300_000, "2025-05-31"),
    ("Some 160,000 Russian troops had been killed as of April 30, according to the estimate. Around 500,000 were "
     "wounded in the same time frame, it said.", 500_000, "2025-04-30"),
])
def test_a_total_over_the_same_period_is_as_of_the_dated_total_before(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, published="2025-07-18")[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)


def test_a_total_over_the_same_period_as_an_undated_total_is_as_of_the_report() -> None:
    claims = _claims("Some 160,000 Russian troops had been killed, according to the estimate. Around 500,000 were "
                     "wounded in the same time frame, it said.", published="2025-07-18")
    assert str(claims[500_000].as_of) == "2025-07-18"


# -- "Kyiv said Russia lost ..." after the General Staff's figures: a nation named bare names that body again ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russian casualties fell last week, according to figures released by Ukraine's General Staff on Friday.\nKyiv "
     "said Russia lost 6,420 troops in the past week.", 6_420, "ua_general_staff"),
    ("Russia's defence ministry said its troops had taken a village near Pokrovsk. Moscow said Ukraine had lost 300 "
     "soldiers in the fighting.", 300, "ru_mod"),
])
def test_a_nation_named_bare_after_its_body_is_that_body(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # the other nation named bare is its own officials
    ("Ukraine's General Staff said Russia lost 1,100 troops. Russia said Ukraine had lost 400 soldiers.", 400,
     "ru_officials"),
    # a body named paragraphs before is no longer the one a bare nation names
    ("Ukraine's General Staff reported heavy fighting near Pokrovsk.\nThe town has been shelled for months.\n"
     "Residents have left.\nKyiv said 14 civilians were killed in the region last week.", 14, "ua_officials"),
])
def test_a_nation_named_bare_otherwise_is_its_officials(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "... 1,100 over the past day. Since the invasion, 990,800 ... It claims 10,881 tanks": the day's report has
# -- gone on to the totals, and the same source's next figures are totals too

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 1,240 soldiers over the past day, the General Staff said. Since the invasion began, Russia has lost "
     "1,010,500 troops, it said. The General Staff said Russian forces had lost 4,410 tanks and 205 aircraft.", 4_410),
    ("Kyiv's forces killed 980 Russian troops in the past 24 hours, Ukraine's military said. Russian losses since "
     "February 2022 have reached 870,000, it said. The military said 7,320 Russian artillery systems had been "
     "destroyed.", 7_320),
])
def test_a_days_report_gone_on_to_war_totals_stays_there(text: str, value: float) -> None:
    assert _claims(text, "2025-06-03")[value].measure == "cumulative"


def test_a_days_report_goes_on_without_a_total_between() -> None:
    claims = _claims("Russia lost 1,240 soldiers over the past day, the General Staff said. The General Staff said "
                     "Russian forces had lost 14 tanks and 25 artillery systems.", "2025-06-03")
    assert (claims[14].measure, claims[14].period_days) == ("period", 1)


@pytest.mark.parametrize("text", [
    "Ukraine's military said Russia lost 1,240 soldiers over the past day. In addition to the troops, Kyiv said 9,870 "
    "Russian tanks had been destroyed.",
    "Russia lost 1,240 soldiers in the past 24 hours, the General Staff said. The General Staff said that, in addition "
    "to its personnel losses, Russia had lost 9,870 tanks.",
])
def test_a_list_added_to_the_days_figure_is_no_part_of_the_days_report(text: str) -> None:
    assert _claims(text, "2025-06-03")[9_870].measure == "cumulative"
