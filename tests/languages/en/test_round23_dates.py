"""Round 23: two misreadings of projections seen in round 22, pinned by sentences of other wordings than the
articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-10")


# -- "could pass one million by December", said in June: a projection's month is the next such month (the same month
# while it runs), not the last one that has begun -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Russian losses could pass one million by December, the analysts said.", 1_000_000, "2025-12-31"),
    ("Ukraine's military casualties might reach 500,000 by February, the think tank warned.", 500_000, "2026-02-28"),
    ("The Russian toll could top 1.2 million by May, according to the institute.", 1_200_000, "2026-05-31"),
    ("Russian losses could pass 1,050,000 by the end of June, the analysts said.", 1_050_000, "2025-06-30"),
])
def test_a_projections_month_is_the_next_such_month(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("projection", as_of)


@pytest.mark.parametrize(("text", "value"), [
    ("Russian casualties may exceed 1.2 million by March, the ministry said.", 1_200_000),
    ("Western officials said Ukraine's losses might top 450,000 before the winter.", 450_000),
    ("The institute estimates that Russia's dead would exceed 250,000 by the autumn.", 250_000),
])
def test_may_might_would_exceed_or_top_is_a_projection(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "projection"


def test_a_projection_with_a_year_keeps_its_year() -> None:
    claim = _claims("Russian losses could pass 900,000 by March 2026, the analysts said.")[900_000]
    assert (claim.measure, str(claim.as_of)) == ("projection", "2026-03-31")


def test_a_past_month_of_a_running_total_stays_in_the_past() -> None:
    claim = _claims("By December, Russia had lost 400,000 troops, the General Staff said.")[400_000]
    assert str(claim.as_of) == "2024-12-31"


# -- "losses would climb past 700,000 if the offensive goes on": a figure under a condition is hedged ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian casualties would exceed 800,000 if the assaults continue at this pace, the think tank said.", 800_000),
    ("The analysts said Ukrainian losses would rise to 450,000 unless the front line is stabilised.", 450_000),
    ("Russian losses will top 1.1 million if Moscow keeps up its summer offensive, the institute estimated.",
     1_100_000),
    ("Unless the assaults stop, Russian casualties would pass 900,000, the institute said.", 900_000),
])
def test_a_figure_under_a_condition_is_hedged(text: str, value: float) -> None:
    assert _claims(text)[value].hedged


@pytest.mark.parametrize(("text", "value"), [
    ("Russian casualties will reach 700,000 by the end of the year, the think tank said.", 700_000),
    ("Russia has lost 650,000 troops, the General Staff said, adding that it would publish new figures if asked.",
     650_000),
])
def test_a_figure_with_no_condition_on_it_is_not_hedged(text: str, value: float) -> None:
    assert not _claims(text)[value].hedged
