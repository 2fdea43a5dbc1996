"""Constructions seen in round 47 and left there (helper h193), each pinned by sentences of other wordings than the
ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-06")


# -- "There were N <loss noun> in PLACE in YEAR": an existential sentence counts the dead of a named place (people of
# that place's side), not a force's soldiers; no side named, no word of the army -----------------------------------

@pytest.mark.parametrize(("text", "value", "side", "start", "as_of"), [
    ("There have been some 3,500 deaths in Kharkiv in 2024, the study found.", 3500, "ukraine", "2024-01-01",
     "2024-12-31"),
    ("In 2023, there were more than 20,000 excess deaths across Ukraine, researchers estimated.", 20_000, "ukraine",
     "2023-01-01", "2023-12-31"),
    ("There were 300 deaths in Belgorod in March.", 300, "russia", "2025-03-01", "2025-03-31"),
])
def test_losses_said_to_exist_in_a_place_are_its_people(text: str, value: float, side: str, start: str,
                                                        as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.measure, str(claim.period_start), str(claim.as_of)) == (
        side, "people", "killed", "period", start, as_of)


@pytest.mark.parametrize("text", [
    "There were 300 deaths in May.",  # no place named
    "There were 12 births in Kharkiv in May.",  # no loss
])
def test_an_existential_figure_with_no_place_or_no_loss_is_no_claim(text: str) -> None:
    assert _claims(text) == {}


def test_an_existential_figure_of_a_named_side_keeps_its_soldiers() -> None:
    claim = _claims("There were 4,000 Russian deaths in Bakhmut in May.")[4000]
    assert (claim.side, claim.category) == ("russia", "personnel")


# -- "1,200 civilians were killed in Ukraine in May, according to its report as of June 2025": a month right after the
# figure's verb (a place between) is its span, whatever "as of" says after it ---------------------------------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("The monitors said 64 people were wounded in the Donetsk region in June, in figures as of 5 July 2025.", 64,
     "2025-06-01", "2025-06-30"),
    ("Local authorities reported 85 civilians injured in the Kharkiv region during March, according to their tally "
     "as of June 2025.", 85, "2025-03-01", "2025-03-31"),
])
def test_a_month_after_the_figures_place_is_its_span_despite_as_of(text: str, value: float, start: str,
                                                                   as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, as_of)


# -- "range from 46,000 (X, February 2025) to 100,000 (Y, June 2025)": each end's bracket gives its own month ---------

@pytest.mark.parametrize(("text", "low", "low_as_of", "high", "high_as_of"), [
    ("Published estimates of Ukrainian army deaths range from 31,000 (Kyiv, December 2024) to 70,000 (U.S. "
     "officials, April 2025).", 31_000, "2024-12-31", 70_000, "2025-04-30"),
    ("Figures for Russian military deaths run from 90,000 (Mediazona, March 2025) to 210,000 (U.K. Defence "
     "Intelligence, July 2025).", 90_000, "2025-03-31", 210_000, "2025-07-31"),
])
def test_each_end_of_a_range_takes_the_month_in_its_own_bracket(text: str, low: float, low_as_of: str, high: float,
                                                                 high_as_of: str) -> None:
    claims = _claims(text)
    assert (str(claims[low].as_of), str(claims[high].as_of)) == (low_as_of, high_as_of)


def test_a_bracket_holding_another_figure_gives_it_its_date() -> None:
    claim = _claims("Russia lost 500 tanks (up from 400 in May) in June, Oryx said.")[400]
    assert str(claim.as_of) == "2025-05-31"
