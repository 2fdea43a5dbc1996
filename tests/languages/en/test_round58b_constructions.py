"""Round 58b (helper h258): English constructions earlier probe rounds saw and left, each pinned by sentences of our own
in several wordings. A list's next item told as a state that stands now ("... killed this year alone, and that 26 more
are listed as missing", "19 more remain missing"): its own outcome (missing, not the verb of the item before) and no
span of the item before (a count with no span; one attack's toll stays that attack's); a superseded toll told by a
participle right after it ("rather than the 14 first reported", "up from the nine reported earlier"): its own claim,
with no source of its own (round 57b's pin lifted). What was seen and left is pinned as strict xfail."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-02")


# -- 1. "and 26 more are listed as missing": a second category, a state that stands now -------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Four civilians died in the strike and 12 more remain missing, the governor said.", 12, "missing"),
    ("Two Ukrainian sailors were killed and 5 others remained missing after the cutter sank, the navy said.", 5,
     "missing"),
    ("The mayor said 8 Ukrainian soldiers from the town were killed in the past month and 19 more remain missing.", 19,
     "missing"),
    ("Nine Ukrainian soldiers were killed and 26 more are listed as missing, the brigade said.", 26, "missing"),
])
def test_a_state_after_more_is_the_figures_own_outcome(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


@pytest.mark.parametrize(("text", "value"), [
    ("The regiment's commander said 14 of his Ukrainian soldiers had been killed this year alone, and that 30 more are "
     "listed as missing.", 30),
    ("The mayor said 8 Ukrainian soldiers from the town were killed in the past month and 19 more remain missing.", 19),
    ("In September, 23 Ukrainian soldiers from the district were killed; 7 more are still missing, the district chief "
     "said.", 7),
    ("In 2024, 23 Ukrainian soldiers from the district were killed, and 7 more are still missing, the district chief "
     "said.", 7),
    ("Nine Ukrainian soldiers were killed and 26 more are listed as missing, the brigade said.", 26),
])
def test_a_state_that_stands_now_has_no_span_of_the_item_before(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start, claim.as_of) == ("cumulative", None, dt.date(2025, 10, 2))


@pytest.mark.parametrize(("text", "value", "before"), [
    # the item before keeps its span
    ("In September, 23 Ukrainian soldiers from the district were killed; 7 more are still missing, the district chief "
     "said.", 23, "period"),
    ("The regiment's commander said 14 of his Ukrainian soldiers had been killed this year alone, and that 30 more are "
     "listed as missing.", 14, "period"),
    # one attack's missing are that attack's
    ("Four civilians died in the strike and 12 more remain missing, the governor said.", 12, "period"),
    ("Five Ukrainian soldiers were killed and 3 more are missing after Monday's Russian strike on a training ground, "
     "the brigade said.", 3, "period"),
    # an event in the past tense shares the span
    ("Six Ukrainian soldiers were killed in the past week and 4 more were captured, the brigade said.", 4, "period"),
])
def test_a_span_of_its_own_or_an_event_stays(text: str, value: float, before: str) -> None:
    assert _claims(text)[value].measure == before


# -- 2. An earlier toll told by a participle right after it ------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept", "earlier"), [
    ("Russia lost 9 helicopters, rather than the 14 first reported.", 9, 14),
    ("The strike killed 11 civilians, up from the 9 first reported, the governor said.", 11, 9),
    ("Officials said 23 people died, up from 15 earlier reported.", 23, 15),
    ("The brigade said it destroyed 6 Russian tanks, rather than the 10 initially claimed.", 6, 10),
    ("The strike killed 11 civilians, up from the nine reported earlier, the governor said.", 11, 9),
    ("The strike killed 11 civilians, down from the 13 initially reported.", 11, 13),
])
def test_a_toll_first_reported_is_its_own_claim_with_no_source(text: str, kept: float, earlier: float) -> None:
    claims = _claims(text)
    claim = claims[earlier]
    assert (claim.category, claim.outcome, claim.claimant) == (claims[kept].category, claims[kept].outcome, None)


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("The General Staff said 12 Russian tanks were destroyed, not 21.", 12, 21),
    ("Russia's defence ministry said 40 Ukrainian drones were shot down rather than 45.", 40, 45),
])
def test_a_wrong_number_set_aside_alone_stays_no_claim(text: str, kept: float, dropped: float) -> None:
    claims = _claims(text)
    assert kept in claims and dropped not in claims


# -- 4. People a source counts by their trade at home, fallen as soldiers: its own side's ------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("17 teachers from the region have been killed fighting at the front, Kharkiv officials said.", 17, "ukraine"),
    ("Twelve teachers from the region have been killed fighting at the front, officials in Kharkiv said.", 12,
     "ukraine"),
    ("Six miners from the town have been killed in action, according to the Donetsk regional administration.", 6,
     "ukraine"),
    ("Nine teachers from the region have died fighting in Ukraine, the governor of Russia's Belgorod region said.", 9,
     "russia"),
    # a nation of their own in the noun phrase says whose they are
    ("12 Russian teachers have been killed fighting in Ukraine, Kyiv officials said.", 12, "russia"),
])
def test_a_trade_fallen_fighting_is_the_sources_own_side(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category) == (side, "personnel")
