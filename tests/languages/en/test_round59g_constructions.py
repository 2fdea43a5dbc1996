"""Constructions of round 59g (helper h282): a year named in the figure's own sentence, the month an event ended, and
a ministry named by its capital after the defence ministry. Sentences of the helper's own wording."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-11-04")


# -- a year in the figure's own sentence: the year's span (its last day, or the publication date while it still runs),
# never a day after the text was published; with no publication date, the year's last day --------------------------

_YEAR_SAID = [
    ("In 2024 the governor said 14 residents were killed.", 14, dt.date(2024, 12, 31)),
    ("The regional governor said in 2024 that 9 people died.", 9, dt.date(2024, 12, 31)),
    ("In 2025 the mayor said 12 residents were killed.", 12, dt.date(2025, 11, 4)),
    ("The mayor said in 2025 that 6 residents died.", 6, dt.date(2025, 11, 4)),
]


@pytest.mark.parametrize(("text", "value", "as_of"), _YEAR_SAID)
def test_year_in_the_sentence_dates_no_later_than_publication(text: str, value: float, as_of: dt.date) -> None:
    claim = _claims(text)[value]
    assert claim.measure == "period"
    assert claim.as_of == as_of


@pytest.mark.parametrize(("text", "value", "as_of"), _YEAR_SAID)
def test_year_in_the_sentence_without_publication_date(text: str, value: float, as_of: dt.date) -> None:
    from lossledger import extract_claims

    claim = next(c for c in extract_claims(text) if c.value == value)
    assert claim.as_of == dt.date(as_of.year, 12, 31)


# -- the year a figure counts, told after "said on Monday that" or before "so far": the span from its first day

_YEAR_SPAN = [
    ("The governor of Sumy said on Monday that in 2025, 31 civilians were killed.", 31, dt.date(2025, 1, 1)),
    ("The mayor said on Friday that during 2024 the city lost 18 residents to shelling.", 18, dt.date(2024, 1, 1)),
    ("The mayor said 12 residents were killed in 2025 so far.", 12, dt.date(2025, 1, 1)),
    ("Drone attacks have killed 23 people in the district in 2025 so far, police said.", 23, dt.date(2025, 1, 1)),
]


@pytest.mark.parametrize(("text", "value", "start"), _YEAR_SPAN)
def test_year_told_inside_the_reported_clause_is_the_span(text: str, value: float, start: dt.date) -> None:
    claim = _claims(text)[value]
    assert claim.measure == "period"
    assert claim.period_start == start


def test_month_told_inside_the_reported_clause_is_the_span() -> None:
    claim = _claims("The governor said on Monday that in October, 31 civilians were killed.")[31]
    assert (claim.period_start, claim.as_of) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def test_day_it_was_said_still_dates_a_running_total() -> None:
    claim = _claims("The ministry said on Monday that Russia has lost 80,000 soldiers since the invasion.")[80000]
    assert claim.measure == "cumulative"


# -- "The incursion, costing the army 5,000 soldiers, ended in March": the month (year) an event ended dates its end,
# not the span the figure counts: a period of no stated first day or length ------------------------------------------

_ENDED = [
    ("The Kursk incursion, costing the Ukrainian army 5,000 soldiers, ended in March.", 5000, dt.date(2025, 3, 31)),
    ("The Bryansk raid, which cost the Russian army 800 troops, ended in October.", 800, dt.date(2025, 10, 31)),
    ("The Kharkiv push, costing Russia 2,300 troops, came to an end in late May.", 2300, dt.date(2025, 5, 31)),
    ("The siege, which ended in 2024, cost the Russian army 900 soldiers.", 900, dt.date(2024, 12, 31)),
]


@pytest.mark.parametrize(("text", "value", "as_of"), _ENDED)
def test_month_an_event_ended_is_no_span_of_the_figure(text: str, value: float, as_of: dt.date) -> None:
    claim = _claims(text)[value]
    assert claim.measure == "period"
    assert claim.as_of == as_of
    assert claim.period_start is None
    assert claim.period_days is None


def test_losses_in_a_month_stay_the_months() -> None:
    claim = _claims("The Kharkiv push cost Russia 2,300 troops in May.")[2300]
    assert (claim.period_start, claim.period_days) == (dt.date(2025, 5, 1), 31)


# -- "the ministry in Moscow" / "the ministry in Kyiv": the defence ministry a sentence before named is that ministry;
# alone, or after another ministry, the text does not say which ministry it is (another ministry: officials) ---------

_CAPITAL_MINISTRY = [
    ("Russia's Defence Ministry released its weekly summary on Sunday. Separately, the ministry in Moscow said 410 "
     "Ukrainian troops had been killed near Kupiansk.", 410, "ru_mod"),
    ("Ukraine's Ministry of Defence issued a statement on Friday. The ministry in Kyiv said 950 Russian soldiers had "
     "been killed in the past day.", 950, "ua_mod"),
    ("Russia's foreign ministry summoned the ambassador. The ministry in Moscow said 40 civilians were killed in "
     "Belgorod.", 40, "ru_officials"),
    ("The ministry in Moscow said 300 Ukrainian soldiers were killed.", 300, "ru_officials"),
]


@pytest.mark.parametrize(("text", "value", "claimant"), _CAPITAL_MINISTRY)
def test_ministry_named_by_its_capital(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


_NAMED_BEFORE_SAYING_NOTHING = [
    ("The Russian defence ministry gave no details of its own losses. The ministry in Moscow claimed 75 Ukrainian "
     "drones were shot down overnight.", 75, "ru_mod"),
    ("Ukraine's defence ministry rarely comments on its own losses. The ministry in Kyiv said 950 Russian soldiers "
     "were killed in the past day.", 950, "ua_mod"),
    ("Ukraine's defence ministry rarely comments on its own losses. The ministry in Moscow said 120 Ukrainian "
     "soldiers were killed.", 120, "ru_officials"),
]


@pytest.mark.parametrize(("text", "value", "claimant"), _NAMED_BEFORE_SAYING_NOTHING)
def test_ministry_in_capital_after_defence_ministry_that_said_nothing(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant
