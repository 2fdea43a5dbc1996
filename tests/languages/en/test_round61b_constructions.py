"""Round 61b: English constructions earlier probe rounds pinned as read wrongly, each read by a general rule and pinned
here by sentences of other wordings than the articles':

- "killed, wounded or otherwise put out of action" (or "incapacitated", "disabled"): a list of kinds closed by a
  catch-all is `losses`, not the first kind named (profile outcome phrase; a phrase that starts within reach of the
  counted noun is read whole, outcome.py);
- "The ministry also put Russian losses at 11,742 tanks" after a day's figures: a level put at a figure is a running
  total; "also" carries the report's source, not its day (grammar losses_put_at, measure.py, mention_dates.py);
- "In the days after the strike on 3 May": a span of untold length that runs on from the day named, as "since" does
  (grammar since_or_from).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-02")  # a Monday


# -- "killed, wounded or otherwise put out of action": losses, not broken down ---------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia has now lost more than 1.3 million troops killed, wounded or otherwise put out of action, Kyiv said.",
     1_300_000),
    ("Since the invasion some 640,000 Russian soldiers have been killed, wounded, or otherwise incapacitated, British "
     "intelligence estimated.", 640_000),
    ("About 90,000 Ukrainian troops were killed, wounded or put out of action, US officials said.", 90_000),
    ("Some 12,000 Russian troops have been killed, wounded or otherwise disabled since June, Kyiv said.", 12_000),
])
def test_killed_wounded_or_otherwise_out_of_action_is_losses(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


def test_killed_or_wounded_or_missing_stays_losses() -> None:
    assert _claims("Russia has lost 70,000 troops killed, wounded or missing, Kyiv said.")[70_000].outcome == "losses"


# -- "The ministry also put Russian losses at 11,742 tanks": a running total after a day's figures -------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 1,120 troops and 14 tanks over the past day, the General Staff said. The ministry also put Russian "
     "losses at 11,742 tanks.", 11_742),
    ("Over the past 24 hours Russian forces lost 980 soldiers, Kyiv said. The General Staff also puts Moscow's losses "
     "at 9,870 tanks and 20,400 armoured vehicles.", 9_870),
    ("Over the past 24 hours Russian forces lost 980 soldiers, Kyiv said. The General Staff also puts Moscow's losses "
     "at 9,870 tanks and 20,400 armoured vehicles.", 20_400),
    ("Russia lost 1,050 troops in the past day, the General Staff said. It also put the enemy's losses at 8,300 "
     "artillery systems.", 8_300),
])
def test_a_level_put_after_a_days_figures_is_a_running_total(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days, found.claimant) == ("cumulative", None, "ua_general_staff")


@pytest.mark.parametrize("text", [
    "Russia lost 1,120 troops over the past day, the General Staff said. Russia also lost 14 tanks.",
    "Russia lost 1,120 troops over the past day, the General Staff said. Ukrainian forces also destroyed 14 tanks.",
])
def test_also_lost_after_a_days_figures_stays_that_day(text: str) -> None:
    found = _claims(text)[14]
    assert (found.measure, found.period_days) == ("period", 1)


# -- "In the days after the strike on 3 May": a span from that day, of untold length --------------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("In the days after the strike on 3 May, Russia lost 2,000 soldiers, Kyiv said.", 2000, "2025-05-03"),
    ("In the weeks following the breach of the dam on 6 June 2023, Ukrainian forces destroyed 140 Russian tanks, the "
     "General Staff said.", 140, "2023-06-06"),
    ("Russian forces lost 700 troops in the months after their landing on the island on 12 January, officials said.",
     700, "2025-01-12"),
])
def test_days_after_a_dated_event_start_a_span(text: str, value: float, start: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days, found.period_start) == ("period", None, dt.date.fromisoformat(start))
    assert found.as_of == dt.date(2025, 6, 2)


def test_a_counted_span_after_a_day_is_no_open_span() -> None:
    # "two days after the parade on 9 May": a day counted from a day, not the days after it
    found = _claims("Two days after the parade on 9 May, Russia lost 2,000 soldiers, Kyiv said.")[2000]
    assert found.period_start is None


# -- "Initially, officials had put the number of dead at eight": an earlier toll of the strike before ---------------

@pytest.mark.parametrize(("text", "value", "day"), [
    ("A missile hit a shopping centre in Kremenchuk on May 27, killing 21 people, police said on Sunday. Initially, "
     "officials had put the number of dead at eight.", 8, "2025-05-27"),
    ("A Russian missile struck a railway station in Kramatorsk on Friday, killing 61 people, officials said. The police "
     "had first put the number of fatalities at 30.", 30, "2025-05-30"),
    ("Russian drones hit a hospital in Sumy on 28 May, injuring 40 people, officials said. Early on, the regional "
     "administration put the number of injured at 12.", 12, "2025-05-28"),
])
def test_number_of_dead_put_earlier_is_the_strikes(text: str, value: float, day: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", "people")
    assert (found.measure, found.as_of) == ("period", dt.date.fromisoformat(day))


def test_number_of_dead_after_soldiers_stays_soldiers() -> None:
    found = _claims("Ukraine said 1,200 Russian soldiers were killed in the battle. Moscow put the number of dead at "
                    "300.")[300]
    assert found.category == "personnel"
