"""Round 42 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r42.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r42 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-06-02")


# -- "The representative of the Russian Federation told this Council": the state's formal name, as diplomats say it,
# is Russia's (not a capitalised name of its own) -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Russian Federation's ambassador told the General Assembly that 9,300 Ukrainian soldiers had been killed.",
     9300),
    ("According to the Permanent Representative of the Russian Federation, Kyiv lost 2,100 troops last week.", 2100),
])
def test_the_russian_federation_is_russia(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ru_officials"


# -- "at least four Su-34 fighter-bombers appear to have been destroyed": what images seem to show is the count's
# outcome, hedged ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "category"), [
    ("Three Ukrainian Su-25 jets appear to have been destroyed at the airfield, satellite pictures show.", 3, "ukraine",
     "aircraft"),
    ("At least nine Russian armoured vehicles seem to have been hit near the river crossing, analysts said.", 9,
     "russia", "armoured_vehicles"),
])
def test_what_seems_to_have_happened_is_the_outcome_hedged(text: str, value: float, side: str, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.hedged) == (side, category, "destroyed", True)


# -- "Satellite imagery captured on 29 August shows ...": a picture taken, not equipment captured ------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Images captured on Sunday show 12 Russian tanks near the bridge, all of them destroyed.", 12, "tanks"),
    ("Photos captured by a Maxar satellite show two Russian landing ships in the port, which were hit by Ukrainian "
     "missiles.", 2, "ships"),
])
def test_a_picture_captured_is_no_capture(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == (category, "destroyed")


def test_equipment_captured_is_still_captured() -> None:
    claim = _claims("Ukrainian troops captured 14 Russian tanks near the village, video showed.")[14]
    assert claim.outcome == "captured"


# -- "Pyongyang may send as many as 3,000 more": troops a side will send or deploy are no loss ----------------------

@pytest.mark.parametrize(("text", "lost", "sent"), [
    ("Up to 4,000 North Korean soldiers have been killed, and Pyongyang could deploy 5,000 more troops.", 4000, 5000),
    ("Russia has lost 1,200 soldiers near Pokrovsk this week and is sending 2,000 more, the brigade said.", 1200, 2000),
])
def test_troops_sent_or_deployed_are_no_loss(text: str, lost: float, sent: float) -> None:
    claims = _claims(text)
    assert lost in claims and sent not in claims


# -- "Russian drones hit Odesa port, killing 2": a bare count after a verb of harm counts the victims, not the drones
# the sentence is about ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Russian missiles hit Kharkiv, killing 5; Ukraine to get more Patriots", 5, "killed"),
    ("Russian drones struck a fuel depot in Sumy overnight, injuring 3, the governor said.", 3, "wounded"),
])
def test_a_bare_count_after_a_verb_of_harm_is_its_victims(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category in ("people", "civilians"), claim.outcome) == ("ukraine", True, outcome)


# -- "We assess that up to 4,000 ... have been killed or wounded, and that Pyongyang may send ...": ", and that" opens a
# second reported clause, whose "may" hedges none of the first's figures -------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("We assess that up to 4,000 North Korean soldiers have been killed or wounded, and that Pyongyang may send "
     "reinforcements.", 4000),
    ("The governor said 12 civilians were wounded, and that rescuers might find more people under the rubble.", 12),
])
def test_a_second_reported_clause_hedges_not_the_first(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is False


# -- "May was the deadliest month: OHCHR recorded 164 civilians killed ... in those 31 days": the span named before,
# counted again, is a period of that many days ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("The brigade held the town for ten days. In those ten days it lost 58 soldiers, its commander said.", 58, 10),
    ("Over those two weeks, 412 Russian soldiers were killed, the General Staff said.", 412, 14),
])
def test_those_n_days_are_a_period_of_n_days(text: str, value: float, days: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", days)


# -- "May was the deadliest month for civilians in almost three years: OHCHR recorded 164 civilians killed": a month
# whose name is also a verb, as its clause's subject, is the span (the modal "may" takes a bare verb) -----------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("March saw the heaviest Russian losses of the year: 42,000 troops killed or wounded, according to the General "
     "Staff.", 42000, "2025-03-01", "2025-03-31"),
    ("May has been the bloodiest month for Ukraine's civilians this year, with 230 killed, the UN mission said.", 230,
     "2025-05-01", "2025-05-31"),
])
def test_a_verb_month_as_subject_is_the_span(text: str, value: float, start: str, end: str) -> None:
    claim = _claims(text, "2025-11-12")[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, end)


def test_a_surname_that_is_a_month_is_no_span() -> None:
    claim = _claims("Brian May is right that 40 Russian soldiers were killed, the brigade said.", "2025-11-12")[40]
    assert str(claim.as_of) == "2025-11-12"


# -- "said on 27 August that its drones had struck the airbase and destroyed six aircraft": a strike joined by "and" to
# its toll is one strike's, in the past or, reported, the past perfect (not "have struck ... and destroyed": a total) --

@pytest.mark.parametrize(("text", "value"), [
    ("The navy said its sea drones had attacked the port and sank two Russian landing ships.", 2),
    ("Kyiv said its drones had struck a Russian airbase and destroyed four bombers.", 4),
])
def test_a_strike_and_its_toll_is_one_strikes(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_strikes_that_have_destroyed_are_a_total() -> None:
    claim = _claims("Ukrainian forces have struck Russian airfields and destroyed 80 aircraft, Kyiv said.")[80]
    assert claim.measure == "cumulative"


# -- "Ukrainian drones struck Russian airfields and destroyed 12 aircraft": the side named right after a verb of attack
# is the side struck, whose equipment was lost there (not the agent's enemy) ----------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian drones struck Russian airfields and destroyed 12 aircraft.", 12, "russia"),
    ("Russian forces have struck Ukrainian airfields and destroyed 400 aircraft, the Russian defence ministry said.",
     400, "ukraine"),
])
def test_the_side_struck_lost_the_equipment(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "That figure is the total since the full-scale invasion began in February 2022; Russia's losses over the past day
# were 1,190": a start named in a clause before is not the start of a figure whose own clause counts its span ---------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("The brigade has held the line since 1 June: it lost 45 soldiers in the past week, its commander said.", 45, 7),
    ("The offensive has gone on since early March; Russian losses over the past 24 hours were 320 soldiers, the "
     "General Staff said.", 320, 1),
])
def test_a_start_in_a_clause_before_is_no_counted_spans_start(text: str, value: float, days: float) -> None:
    claim = _claims(text, "2025-11-12")[value]
    assert (claim.measure, claim.period_days, claim.period_start) == ("period", days, None)
