"""Constructions round 59 (helper h270) saw in its articles (unseen_articles_r59.py), each pinned by sentences of other
wordings than the articles'."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-11-04")


# -- "A: In January we documented 96 tanks" after a question that relays the General Staff's figure: the "we" of an
# answer is the one the introduction presents (an analyst of an observatory or a centre: `other`) -----------------

_INTERVIEWS = [
    ("Marta Kovacs is a senior analyst at the Danube Conflict Observatory in Budapest. The interview has been "
     "condensed.\n"
     "Q: The Russian defence ministry says Ukraine lost 2,100 soldiers last week. Do you believe it?\n"
     "A: No. By our tally, the real figure is far lower.\n"
     "Q: And Russia?\n"
     "A: Last month we verified 84 Russian armoured vehicles destroyed near Pokrovsk.", 2100, 84),
    ("Pavel Brandt is a researcher at the Oslo Centre for War Studies. He spoke to us by phone.\n"
     "Q: Ukraine's General Staff reported 1,050 Russian casualties on Tuesday. Is that plausible?\n"
     "A: It fits the trend.\n"
     "Q: What have you counted yourselves?\n"
     "A: Since January we have confirmed 312 Russian artillery systems lost.", 1050, 312),
]


@pytest.mark.parametrize(("text", "relayed", "own"), _INTERVIEWS)
def test_we_of_an_answer_is_the_one_answering(text: str, relayed: float, own: float) -> None:
    claims = _claims(text)
    assert claims[relayed].claimant in ("ru_mod", "ua_general_staff")
    assert claims[own].claimant == "other"


def test_an_answer_by_our_count_after_an_observatory_analyst() -> None:
    claims = _claims("Ilka Brenner heads the data team at the North Sea Observatory in Bremen.\n"
                     "Q: How many Russian soldiers have died?\n"
                     "A: By our count, at least 150,000 Russian soldiers have been killed since the invasion.")
    assert claims[150000].claimant == "other"


# -- "7,400 of its service personnel are held as prisoners of war; 1,150 were returned in exchanges in the first four
# months of the year": "service personnel" are soldiers; a state that stands now is no span of the clause after it --

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Kyiv says 7,400 Ukrainian service personnel were captured.", 7400, "captured"),
    ("Russia's defence ministry said 340 Ukrainian service personnel had surrendered in the Kursk region.", 340,
     "captured"),
])
def test_service_personnel_are_soldiers(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == ("personnel", outcome)


@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv says 7,400 of its soldiers are held as prisoners of war; 1,150 were returned in exchanges in May.", 7400),
    ("The ombudsman said 2,100 Ukrainian defenders remain in captivity, while 640 were freed in swaps over the "
     "summer.", 2100),
    ("The Ukrainian Government has stated that around 6,900 of its service personnel are held as prisoners of war; "
     "900 came home in the first three months of the year.", 6900),
])
def test_held_as_prisoners_now_is_no_span_of_the_next_clause(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.outcome, claim.measure, claim.as_of) == ("captured", "cumulative", dt.date(2025, 11, 4))


# -- "which would suggest closer to 10,000 dead in February, a figure we calculated": the writer's own sum or share,
# whatever source the sentence named for what it was worked out from ---------------------------------------------

@pytest.mark.parametrize(("text", "own", "sourced"), [
    ("Western officials said in March that about a third of Russia's losses were deaths, which would put the dead "
     "in October at some 11,000, a figure we calculated ourselves.", 11000, None),
    ("The UN counted 410 civilians killed in the region in October, or 3,100 since the invasion, a total we worked "
     "out from its monthly reports.", 3100, 410),
    ("Kyiv's General Staff reported about 1,200 Russian losses a day in October, or some 37,000 troops over the "
     "month, by our own calculation.", 37000, 1200),
])
def test_a_figure_the_writer_tags_as_worked_out_is_its_own(text: str, own: float, sourced: float | None) -> None:
    claims = _claims(text)
    assert claims[own].claimant is None
    if sourced is not None:
        assert claims[sourced].claimant is not None


def test_a_quoted_we_calculated_stays_the_speakers() -> None:
    claims = _claims('"Our analysts put the dead at 2,300, a figure we calculated from intercepts," the Ukrainian '
                     'military intelligence chief said.')
    assert claims[2300].claimant is not None


# -- "the 22 June assault cost Russia roughly 600 personnel": one assault, raid or battle as the subject of a toll is a
# bounded event, not a running total ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The failed assault on Krynky cost Russia about 600 soldiers, the brigade said.", 600),
    ("The 3 October attack killed roughly 140 Russian troops, the Ukrainian brigade said.", 140),
    ("The battle for Bakhmut cost Wagner some 20,000 fighters, its founder said.", 20000),
])
def test_one_assault_as_the_subject_of_a_toll_is_a_period(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_the_war_as_the_subject_stays_a_running_total() -> None:
    assert _claims("The war has cost Russia 600,000 troops, the minister said.")[600000].measure == "cumulative"


# -- "Oryx recorded 31 tanks lost in the eleven days that followed": the days after the day the text named before ----

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("The counteroffensive began on 8 June 2023. Oryx recorded 31 Ukrainian tanks lost in the eleven days that "
     "followed.", 31, dt.date(2023, 6, 9), dt.date(2023, 6, 19)),
    ("The storm of the bridgehead began on 3 March 2024. In the two weeks that followed, the brigade lost 45 "
     "soldiers, its commander said.", 45, dt.date(2024, 3, 4), dt.date(2024, 3, 17)),
    ("Russian troops crossed the river near Krynky on 12 October 2024.\nThe crossing went badly. Over the five days "
     "that followed, Russia lost 27 tanks there, the Ukrainian General Staff said.", 27, dt.date(2024, 10, 13),
     dt.date(2024, 10, 17)),
])
def test_days_that_followed_a_day_named_before(text: str, value: float, start: dt.date, end: dt.date) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start, claim.as_of) == ("period", start, end)


@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("Russian troops crossed the river on 12 October 2024. Over the following ten days they lost 27 tanks, the "
     "Ukrainian General Staff said.", 27, dt.date(2024, 10, 13), dt.date(2024, 10, 22)),
    ("The storm began on 3 March 2024. In the following two weeks the Ukrainian brigade lost 45 soldiers, its "
     "commander said.", 45, dt.date(2024, 3, 4), dt.date(2024, 3, 17)),
])
def test_the_following_days_after_a_day_named_before(text: str, value: float, start: dt.date, end: dt.date) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start, claim.as_of) == ("period", start, end)


def test_days_that_followed_with_no_day_before_keep_no_start() -> None:
    claim = _claims("In the ten days that followed, Russia lost 19 tanks, the Ukrainian General Staff said.")[19]
    assert claim.measure == "period" and claim.period_start is None


# -- "Of the 120 men in his company that June, 19 were killed between mid-June and the end of August": a month named
# with "that" is of the year the text dated before; so are the months after it in its sentence ---------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("On 8 June 2023 the Ukrainian brigade attacked. That August, 19 Ukrainian soldiers were killed, its commander "
     "says.", 19, dt.date(2023, 8, 31)),
    ("The Ukrainian brigade reached the river on 2 May 2024. In that July alone the brigade lost 35 Ukrainian "
     "soldiers, and 60 more were killed between mid-July and the end of September, its commander recalls.", 60,
     dt.date(2024, 9, 30)),
    ("Russian troops crossed the Oskil on 14 April 2023. Of the men in his platoon that April, eight Russian soldiers "
     "were killed between late April and the end of June, the deserter told the paper.", 8, None),
])
def test_that_month_is_of_the_year_dated_before(text: str, value: float, as_of: dt.date | None) -> None:
    claim = _claims(text)[value]
    assert claim.as_of is not None and claim.as_of.year == 2023 + (value == 60)
    if as_of is not None:
        assert claim.as_of == as_of


def test_that_as_a_conjunction_before_a_month_is_no_pointer() -> None:
    claim = _claims("The war began on 24 February 2022. The Ukrainian General Staff said that June was the worst "
                    "month, with 410 Russian tanks destroyed in June.")[410]
    assert claim.as_of == dt.date(2025, 6, 30)
