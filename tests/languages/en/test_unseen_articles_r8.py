"""Round 8 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r8.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed is pinned below by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r8 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "The defence ministry last gave a figure ..., when it said 5,937": a ministry with no nation, in an answer to a
    # question about Russia; nothing carries the question's subject to the bare office (attribution.py)
    "questions_and_answers": ["5937: claimant=- (want ru_mod)"],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-02-24")


# -- "17,000 convicts recruited by the army have been killed": a participle describing the noun is no non-loss ------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Some 2,500 Russian soldiers mobilized in Buryatia have been killed, the outlet reported.", 2_500, "russia"),
    ("At least 40 Ukrainian soldiers sent to the front without training were killed, the brigade said.", 40,
     "ukraine"),
])
def test_described_noun_keeps_its_own_verb_of_loss(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, "personnel", "killed")


@pytest.mark.parametrize("text", [
    "Russia launched 90 drones overnight, and 60 were destroyed.",
    "Of the 90 drones launched overnight, 60 were destroyed.",
])
def test_launched_whole_stays_no_loss(text: str) -> None:
    assert 90 not in _claims(text)


# -- "convicts recruited by Russia's army", "volunteers who fought for Ukraine": the army they serve is their side --

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Some 120 Colombian volunteers fighting for Ukraine have died, their embassy said.", 120, "ukraine"),
    ("At least 900 soldiers serving in the Russian army were killed, the outlet reported.", 900, "russia"),
    ("Some 300 convicts who joined Russia's army were killed near the town, a rights group said.", 300, "russia"),
])
def test_the_army_a_noun_serves_is_its_side(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "a Russian prisoners' rights group": a civil-society body is another source, not a state's official -----------

@pytest.mark.parametrize(("text", "value"), [
    ("A Ukrainian human rights organisation said 214 civilians had been killed in the region.", 214),
    ("A Russian rights group said 3,100 Russian soldiers had died in the battle.", 3_100),
])
def test_rights_group_is_another_source(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


# -- "said this month that ...": the month of a statement dates a running total, not a span -------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Ukrainian officials estimated this month that 600,000 Russian troops had been killed or wounded.", 600_000,
     "2025-02-24"),
    ("Western officials said last month that Russia had lost 2,900 tanks.", 2_900, "2025-01-31"),
])
def test_month_of_a_statement_is_no_span(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.as_of.isoformat() if claim.as_of else None) == ("cumulative", as_of)


def test_month_of_the_losses_stays_a_span() -> None:
    claim = _claims("Russia lost 30,000 soldiers last month, officials said.")[30_000]
    assert (claim.measure, claim.period_days) == ("period", 31)


# -- "..., bringing its losses to 741,000": the running total of the clause's subject, not the speaker's own -------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv said Moscow lost 1,200 soldiers in the past day, raising its losses since the invasion to 790,000.",
     790_000),
    ("Russian forces lost 35 tanks on Tuesday, the General Staff said, taking their losses since the invasion to "
     "9,800.", 9_800),
])
def test_bringing_its_losses_to_is_the_same_sides_total(text: str, value: float) -> None:
    assert _claims(text)[value].side == "russia"


def test_its_own_losses_stay_the_speakers() -> None:
    claims = _claims("Russia's defence ministry said Ukrainian forces lost 500 soldiers, while its own losses were 50.")
    assert (claims[500].side, claims[50].side) == ("ukraine", "russia")


# -- "X said, while 86 more were lost": a while-clause with no source of its own goes on in the speaker's voice ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Air defences shot down 100 drones, the Air Force said, while 86 more were lost from radar.", 86, "ua_officials"),
    ("Russian forces lost 1,300 soldiers, the General Staff said, while 12 Russian tanks were also destroyed.", 12,
     "ua_general_staff"),
    ("Russia lost 1,200 soldiers, Kyiv said, while Moscow said 300 Ukrainian soldiers were killed.", 300,
     "ru_officials"),
])
def test_while_clause_keeps_the_source_before_it(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "the same night": the night (or day) just told is one day's span ----------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv said its forces had destroyed 9 Russian tanks on the same day.", 9),
    ("Russia's defence ministry said it had downed 27 Ukrainian drones during the same night.", 27),
])
def test_the_same_night_is_one_day(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", 1)


# -- "since the defence ministry took over recruitment": an event told as a clause opens a span ---------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Ukraine has lost 600 soldiers in the town since Russian forces captured the nearby heights, the commander said.",
     600, "period"),
    ("Some 4,000 Russian troops have been killed since the new commander took over the front, Kyiv said.", 4_000,
     "period"),
    ("Russia has lost 700,000 troops since it invaded Ukraine, Kyiv said.", 700_000, "cumulative"),
])
def test_since_an_event_clause_is_a_span(text: str, value: float, measure: str) -> None:
    assert _claims(text)[value].measure == measure


# -- "said in 2023 that 20,000 died in the battle": the time of the statement is not the span's start ---------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The governor said in March that 40 civilians had been killed in the offensive.", 40, "2024-03-31"),
    ("Officials said in 2023 that 5,000 Russian soldiers had died in the battle for the city.", 5_000, "2023-12-31"),
])
def test_statement_date_gives_no_span_start(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, published="2024-09-12")[value]
    assert (claim.measure, claim.period_start, claim.period_days) == ("period", None, None)
    assert claim.as_of is not None and claim.as_of.isoformat() == as_of
