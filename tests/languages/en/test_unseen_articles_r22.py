"""Round 22 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r22.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r22 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-10-04")


# -- "the year's toll could pass 650,000": a modal and a verb of crossing a mark make a projection; a number followed
# by "if" or "unless" ends its noun phrase; "the year's toll" points back at the figure before and counts what it
# counted ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("At this rate, Russian losses could surpass 1 million, the analysts said.", 1_000_000, "at_least"),
    ("Russian casualties would climb past 700,000 if the offensive continues, the think tank said.", 700_000, "exact"),
    ("Russian casualties could reach 700,000 unless the assaults stop.", 700_000, "exact"),
])
def test_a_modal_verb_of_crossing_a_mark_is_a_projection(text: str, value: float, qualifier: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.measure, claim.qualifier) == ("russia", "personnel", "projection",
                                                                             qualifier)


@pytest.mark.parametrize(("text", "value", "side", "outcome"), [
    ("Russia lost 48,000 troops in June, the General Staff said. This month's toll could pass 50,000, it added.",
     50_000, "russia", "losses"),
    ("Some 300,000 Ukrainian soldiers have been killed or wounded, the report found. The war's toll may well surpass "
     "350,000 by the spring.", 350_000, "ukraine", "losses"),
    ("About 70,000 Russian troops had died by May, the outlet estimated. The year's tally could pass 90,000, it said.",
     90_000, "russia", "killed"),
])
def test_a_spans_toll_points_back_at_the_figure_before(text: str, value: float, side: str, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.measure) == (side, "personnel", outcome, "projection")


def test_a_death_toll_after_a_figure_of_losses_still_counts_the_dead() -> None:
    claims = _claims("Russia lost 1,200 troops in the assault, the brigade said. The death toll could pass 400, it "
                     "added.")
    assert claims[400].outcome == "killed"


# -- "During the week, the brigade eliminated 212 occupiers. Its drone operators destroyed:": a list heading that
# tells what a force did goes on with the span of the sentence before it ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Over the past day, Ukrainian defenders killed 1,150 Russian soldiers, the General Staff said. They also "
     "destroyed:\n- 12 tanks;\n- 30 artillery systems.", 30, 1),
    ("In the past two weeks, the battalion's snipers killed 64 Russian soldiers, its commander said. Its drone teams "
     "hit:\n- 3 tanks;\n- 15 armoured vehicles.", 15, 14),
])
def test_a_list_of_what_a_force_did_takes_the_span_before_it(text: str, value: float, days: int) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", days)


@pytest.mark.parametrize("text", [
    "Over the past day, Russian forces lost 1,150 soldiers, the General Staff said. In total, Ukraine's army has "
    "destroyed:\n- 11,200 tanks;\n- 30,100 artillery systems.",
    "Over the past day, Russia lost 1,150 soldiers, the General Staff said. Russia's losses are:\n- 11,200 tanks;\n"
    "- 30,100 artillery systems.",
])
def test_a_list_of_totals_after_a_days_figure_stays_cumulative(text: str) -> None:
    assert _claims(text)[11_200].measure == "cumulative"


# -- "Marines repelled 23 assaults, the ministry reports. During the week, the brigade eliminated 212 occupiers": a
# source that tells of the fighting in counts that are no loss is the source of the figures after it ---------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russian forces shelled 12 villages in the region over the weekend, the regional governor said. Three civilians "
     "were killed in Nikopol.", 3, "ua_officials"),
    ("Russia launched 40 drones at Ukraine overnight, the air force said. Air defences shot down 31 drones.", 31,
     "ua_officials"),
])
def test_a_source_of_counts_that_are_no_loss_goes_on(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_source_that_withholds_its_figures_opens_no_report() -> None:
    claims = _claims("The ministry has not released figures for the 12 days of fighting. Its fighters killed 40 "
                     "Russian soldiers.")
    assert claims[40].claimant is None


# -- "had died by May": a bare "by" before a month, with a perfect's verb of loss, is the point a running total stands
# at, not the month's own losses ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("About 70,000 Russian troops had died by May, the outlet estimated.", 70_000, "2025-05-31"),
    ("Russia had lost 600 tanks by March, the analysts said.", 600, "2025-03-31"),
])
def test_a_perfect_by_a_month_is_a_running_total(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)


# -- "Since Russia's full-scale invasion, the mission has verified 13,341 civilian deaths": the civilians hurt since a
# side's invasion are the other side's ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Since the Russian invasion began, 2,400 civilians have been killed in the region, prosecutors said.", 2400,
     "ukraine"),
    ("In the three years since Russia's full-scale invasion, at least 600 children have been killed, UNICEF said.",
     600, "ukraine"),
    ("Since Ukraine's incursion into the Kursk region, 30 civilians there have been killed, the governor said.", 30,
     "russia"),
])
def test_civilians_hurt_since_a_sides_invasion_are_the_other_sides(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "183 killed in May, the highest monthly toll since mid-2022": the date after a record's "since" bounds the
# record, not the figure's span ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "period_start"), [
    ("Russian forces lost 1,520 troops in the past day, the most since March 2023, the General Staff said.", 1520,
     None),
    ("Some 240 civilians were killed in April, the deadliest month since September 2022, the UN said.", 240,
     "2025-04-01"),
])
def test_a_records_since_is_no_span_of_the_figure(text: str, value: float, period_start: str | None) -> None:
    claim = _claims(text, "2025-06-11")[value]
    assert (claim.measure, None if claim.period_start is None else str(claim.period_start)) == ("period",
                                                                                                 period_start)


# -- "since Ukraine's incursion into the Kursk region": a side's offensive named by its possessor opens a span, as
# "since the start of the incursion" does; "since the invasion" is still the war's -----------------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Since Ukraine's incursion into the Kursk region, Russia has lost 5,000 troops there, Kyiv said.", 5000, "period"),
    ("Since Russia's summer offensive, Ukraine has lost 300 armoured vehicles, analysts estimate.", 300, "period"),
    ("Since the invasion, Russia has lost 300,000 troops, Kyiv said.", 300_000, "cumulative"),
])
def test_since_a_sides_offensive_is_a_span(text: str, value: float, measure: str) -> None:
    assert _claims(text)[value].measure == measure


# -- "killed four people, including a child, and wounded 21": a verb after ", and" closes the list "including" opened,
# even when its part is a count of one ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian strike on Dnipro killed four people, including a child, and wounded 21 others, the governor said.", 21),
    ("A drone hit a bus in Kherson, killing three people, including a teenager, and injuring 12.", 12),
])
def test_a_verb_after_a_part_of_one_is_the_next_figures(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "wounded"


# -- "destroyed 45 Ukrainian drones over three regions in a two-hour period": drones destroyed in a simple past are
# one attack's, and a span of hours bounds a figure -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces destroyed 45 Ukrainian drones over three regions.",
    "Russia's defence ministry said air defences had destroyed 45 Ukrainian drones within three hours.",
    "Ukrainian forces killed 45 Russian soldiers in a six-hour battle near Pokrovsk, the brigade said.",
])
def test_drones_destroyed_and_a_span_of_hours_are_one_attacks(text: str) -> None:
    assert _claims(text)[45].measure == "period"


def test_drones_destroyed_since_a_date_stay_a_running_total() -> None:
    assert _claims("Ukraine has destroyed 5,000 Russian drones since February 2022, the ministry said.")[5000].measure \
        == "cumulative"


# -- "... estimated on Sunday that Russia has lost 885,430 troops. This number includes 1,330 casualties ... over the
# past day": a part of the figure before, with no date of its own, is as of the day that figure was given ------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Ukraine's military said on Friday that Russia had lost 880,000 soldiers since February 2022. The figure "
     "includes 1,100 killed or wounded in the past 24 hours.", 1100, "2025-02-28"),
    ("The General Staff reported on Sunday that Russian losses had reached 875,200 troops. This total also includes "
     "1,240 casualties over the past day.", 1240, "2025-03-02"),
])
def test_a_days_part_of_a_dated_total_is_as_of_its_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, "2025-03-03")[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("period", 1, as_of)



# -- "averaged 1,260 a day in February, down from 1,520 in January": a figure compared with a rate right before it is
# a rate of the same unit, of its own month ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days", "as_of"), [
    ("British intelligence said Russian casualties averaged 1,260 a day in February, down from 1,520 in January.",
     1520, 1, "2025-01-31"),
    ("Russia lost an average of 40 tanks a week in the autumn, compared with 25 in the summer, analysts said.", 25, 7,
     "2024-08-31"),
])
def test_a_figure_compared_with_a_rate_is_a_rate(text: str, value: float, days: int, as_of: str) -> None:
    claim = _claims(text, "2025-03-03")[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("rate", days, as_of)


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The UK Ministry of Defence said Russian casualties in February averaged 1,260 a day, down from 1,520 in "
     "January.", 1260, "2025-02-28"),
    ("Officials said Russian losses in January averaged 1,300 a day, up from 1,100 a day in December.", 1300,
     "2025-01-31"),
])
def test_a_month_said_with_a_rate_compared_dates_the_rate(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text, "2025-03-03")[value].as_of) == as_of
