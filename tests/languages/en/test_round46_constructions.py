"""Constructions seen in rounds 44 and 45 and left there (helper h184, round 46), each pinned by sentences of other
wordings than the ones that showed them."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

from lossledger import extract_claims  # noqa: E402

_claims = claims_reader("2025-06-20")


# -- "The invasion began in February 2022, and Russia has since lost ...": "has since" counts from the start the
# clause before tells; the war's start makes a running total (its month is no span of the figure) -----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia invaded Ukraine in February 2022 and its army has since lost 3,000 tanks, Oryx said.", 3000),
    ("Moscow launched its full-scale war on 24 February 2022; 12,500 civilians have since been killed, the UN said.",
     12_500),
    ("The invasion started in late February 2022, and Ukraine's forces have since lost 900 tanks, Oryx said.", 900),
])
def test_since_after_the_wars_start_is_a_running_total(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("cumulative", None, "2025-06-20")


def test_since_after_another_start_counts_from_it() -> None:
    claim = _claims("The counteroffensive started in early June 2023 and Kyiv's forces have since lost 90 tanks, "
                    "Oryx said.")[90]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", "2023-06-01", "2025-06-20")


def test_a_month_the_war_began_in_is_no_start_without_since() -> None:
    claim = _claims("The invasion began in February 2022. Russia lost 30,000 troops in May, Kyiv said.")[30_000]
    assert (claim.measure, str(claim.period_start)) == ("period", "2025-05-01")


# -- "210 civilians killed in April, according to its report as of 30 April": a month right after the figure's noun
# phrase is its span, whatever "as of" says ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("The UN recorded 150 civilians killed in March, according to its update as of 31 March.", 150, "2025-03-01",
     "2025-03-31"),
    ("The monitors counted 96 people injured during May, their figures as at 2 June show.", 96, "2025-05-01",
     "2025-05-31"),
])
def test_a_month_after_the_figure_is_its_span_despite_as_of(text: str, value: float, start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, as_of)


def test_as_of_alone_still_makes_a_running_total() -> None:
    claim = _claims("As of 30 April, the UN had recorded 12,000 civilians killed in Ukraine.")[12_000]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", "2025-04-30")


# -- "On 4 May the governor reported two civilians killed": a day opening the report of victims (no span, no total)
# is the day of their incident; a civilian counter's figure is its tally ----------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("On Tuesday, the regional police said three people had been wounded in the shelling.", 3, "2025-06-17"),
    ("On 12 June the mayor reported five civilians injured in a drone attack on the port.", 5, "2025-06-12"),
])
def test_a_day_opening_a_report_of_victims_is_their_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("period", 1, as_of)


def test_a_day_opening_a_report_with_a_span_keeps_the_span() -> None:
    claim = _claims("On 12 June the governor said 140 civilians had been killed in the region since the invasion.")[140]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", "2025-06-12")


# -- Timeline lines: a bare month inside a line opened by a dated label takes the label's year; a label day before a
# month's figure dates the statement only -------------------------------------------------------------------------

_TIMELINE = """Key dates

Spring 2024: Ukraine lost 40 tanks in April, Oryx said.

12 October 2022 - Kyiv said Russia had lost 3,000 soldiers in September.

Summer 2022: the front barely moved. Russia lost 200 tanks in July, Oryx said.

5 May 2024 - Russia has lost 480,000 soldiers, the General Staff said.
"""


@pytest.mark.parametrize(("value", "start", "as_of"), [
    (40, "2024-04-01", "2024-04-30"),
    (3000, "2022-09-01", "2022-09-30"),
    (200, "2022-07-01", "2022-07-31"),
])
def test_a_bare_month_in_a_labelled_line_takes_the_labels_year(value: float, start: str, as_of: str) -> None:
    claim = {c.value: c for c in extract_claims(_TIMELINE, published="2025-06-20")}[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, as_of)


def test_a_labelled_line_with_no_month_stands_on_the_labels_day() -> None:
    claim = {c.value: c for c in extract_claims(_TIMELINE, published="2025-06-20")}[480_000]
    assert (claim.measure, claim.as_of) == ("cumulative", dt.date(2024, 5, 5))
