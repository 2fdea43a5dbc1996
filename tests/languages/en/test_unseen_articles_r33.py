"""Round 33 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r33.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r33 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-11-15")


# -- "are believed to have been killed": "believed", like "estimated", marks no doubt (spec: how sure) ---------------

@pytest.mark.parametrize(("text", "value"), [
    ("Some 4,000 Russian soldiers are believed to have died in the battle for the town, Western officials said.", 4000),
    ("It is believed that 35 Ukrainian tanks were destroyed in the assault, the Russian defence ministry said.", 35),
])
def test_believed_does_not_hedge(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is False


# -- a statement under a first line that is only the name of the body issuing it: that body is the source -----------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("General Staff of the Armed Forces of Ukraine\nSince the start of the full-scale invasion, the enemy has lost "
     "about 890,000 personnel.", 890000, "russia", "ua_general_staff"),
    ("Office of the Prosecutor General\nAt least 612 children have been killed since the start of the full-scale "
     "invasion.", 612, "ukraine", "ua_officials"),
])
def test_first_line_naming_the_issuer_is_the_source(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_a_headline_that_goes_on_past_the_body_names_no_issuer() -> None:
    text = "Defence Ministry Hails Gains Near Pokrovsk\nThe Ukrainian army lost up to 2,100 servicemen near the town."
    assert _claims(text)[2100].claimant is None


# -- the head is one reader (line_sources.head_source): whichever way it names the body, that body speaks for every
# figure no sentence credits to another, also after another source's figure, and its statement's opening span holds --

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("General Staff of the Armed Forces of Ukraine\nThe UN said 300 civilians were killed in the region this year. "
     "The enemy lost 1,100 personnel over the past day.", 1100, "russia", "ua_general_staff"),
    ("Russian Defence Ministry\nAccording to Kyiv's own figures, 40 Ukrainian soldiers deserted in a day. Over the "
     "past week the Ukrainian armed forces lost up to 1,450 servicemen.", 1450, "ukraine", "ru_mod"),
    ("Summary from the Russian Defence Ministry\nUkrainian forces lost 1,900 troops over the week.", 1900, "ukraine",
     "ru_mod"),
])
def test_the_head_speaks_after_another_source(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Statement by the Ministry of Defence of the Russian Federation\nFrom 8 to 14 November, Russian troops advanced "
     "in the Kupiansk direction.\nThe enemy lost up to 1,650 servicemen.", 1650, "2025-11-08", "2025-11-14"),
    ("Bulletin of the General Staff of the Armed Forces of Ukraine\nFrom 3 to 9 March the defence forces held their "
     "lines.\nThe occupiers lost 8,400 personnel.", 8400, "2025-03-03", "2025-03-09"),
])
def test_a_head_saying_whose_statement_gives_its_opening_span(text: str, value: float, start: str,
                                                              as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.period_days, str(claim.period_start), str(claim.as_of)) == (7, start, as_of)


# -- ... and its opening sentence's run of days ("From 8 to 14 November, units continued ...") is its figures' span ---

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Ministry of Defence of the Russian Federation\nIn the period from 22 to 28 September, Russian troops improved "
     "their positions along the line of contact.\n\nIn the Kupiansk direction, the Ukrainian armed forces lost over "
     "2,300 troops and three US-made Abrams tanks.", 3, "2025-09-22", "2025-09-28"),
    ("Russian Defence Ministry\nOn 1-7 March, units of the Russian Armed Forces continued the special military "
     "operation.\nUnits of the Tsentr Group of Forces took up more advantageous positions. The enemy lost up to 2,100 "
     "servicemen.", 2100, "2025-03-01", "2025-03-07"),
])
def test_statement_opening_span_is_its_figures_span(text: str, value: float, start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.period_start), str(claim.as_of)) == (
        "period", 7, start, as_of)


# -- people who died "in the special military operation" (Russia's own name of the war) are Russia's dead, and the
# bare local office counting them is Russia's ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Since the autumn of 2022, 27 men from the district have died during the SVO, according to the district head.",
     27),
    ("A total of 140 servicemen from the city have lost their lives in the special military operation, the mayor, "
     "Olga Petrova, told reporters.", 140),
])
def test_dead_of_the_war_named_by_one_side_are_its_own(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.claimant) == (
        "russia", "personnel", "killed", "ru_officials")


# -- "Four of the dead", "Ten more": a part of (or more of) what the figure before counted is the same side's, and a
# name closing the sentence after an office ("according to the mayor, Olga Petrova.") names that office again -------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia's defence ministry said 19 Russian servicemen were killed in the strike. Four of the dead were officers, "
     "the ministry said.", 4, "ru_mod"),
    ("In all, 88 men from the town have been killed in the special military operation, according to the mayor, Olga "
     "Petrova. Ten more are missing, Petrova said.", 10, "ru_officials"),
])
def test_part_or_more_of_the_figure_before_is_its_side(text: str, value: float, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == ("russia", claimant)


# -- "the brigade's losses were 17 killed" in the brigade's own report: a unit's own losses are its side's -----------

@pytest.mark.parametrize(("text", "value"), [
    ("The 47th Brigade said in its monthly report that the brigade's casualties in October were 22 killed and 61 "
     "wounded.", 22),
    ("\"The battalion's own losses in the battle were 6 dead,\" the battalion's commander wrote.", 6),
])
def test_unit_own_losses_in_its_own_report_are_its_side(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


def test_a_unit_another_source_names_is_not_its_own() -> None:
    assert _claims("The Ukrainian navy said the brigade's losses were 300 killed.")[300].side == "russia"


# -- "Over the same period" after a month's figure: that month, when the measure found no span length --------------

@pytest.mark.parametrize(("text", "value", "days", "start", "as_of"), [
    ("In September, 12 Ukrainian soldiers of the battalion were killed, its commander said. His drone teams destroyed "
     "31 Russian armoured vehicles over the same period.", 31, 30, "2025-09-01", "2025-09-30"),
    ("The regional police recorded 41 civilians killed by Russian strikes in August. During the same period, "
     "Ukrainian air defences shot down 212 Russian drones over the region, the air force said.", 212, 31, "2025-08-01",
     "2025-08-31"),
])
def test_same_period_takes_the_month_told_before(text: str, value: float, days: int, start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.period_start), str(claim.as_of)) == (
        "period", days, start, as_of)
