"""Round 61b: English constructions earlier probe rounds pinned as read wrongly, each read by a general rule and pinned
here by sentences of other wordings than the articles':

- "killed, wounded or otherwise put out of action" (or "incapacitated", "disabled"): a list of kinds closed by a
  catch-all is `losses`, not the first kind named (profile outcome phrase; a phrase that starts within reach of the
  counted noun is read whole, outcome.py);
- "The ministry also put Russian losses at 11,742 tanks" after a day's figures: a level put at a figure is a running
  total; "also" carries the report's source, not its day (grammar losses_put_at, measure.py, mention_dates.py);
- "In the days after the strike on 3 May": a span of untold length that runs on from the day named, as "since" does
  (grammar since_or_from);
- "Initially, officials had put the number of dead at eight": what the figure before counted (an earlier toll);
- "By April the figure had grown to 4,500", "the toll had risen to 31", "and by 9 March it stood at 2,600": the figure
  before, at a later level;
- "November 2, 2025 - 2,080 casualties" under a heading of record days: that day's figure;
- "Among the 31 tanks destroyed that day were nine Challengers": a part of the whole after "among", of the day a "that
  day" before pointed at, with the report's source;
- "the 15,000 men the Soviet Union lost in Afghanistan": a losing relative clause names the loser;
- "the field hospital has treated more than 2,100 soldiers": its side's wounded;
- "Another 12 alumni are listed as missing" after alumni told serving: soldiers, missing now;
- a closing "Regional figures: X Regional Military Administration." line: the source of the region's figures.
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
    ("A Russian missile struck a railway station in Kramatorsk on Friday, killing 61 people, officials said. The "
     "police had first put the number of fatalities at 30.", 30, "2025-05-30"),
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


# -- "By April the figure had grown to 4,500", "the toll had risen to 31": the figure before, at a later level ------

@pytest.mark.parametrize(("text", "value", "day"), [
    ("On February 26, Kyiv said 3,500 Russian soldiers had been killed. By April the figure had grown to 4,500.", 4500,
     "2025-04-30"),
    ("The ministry said on 3 March that 2,100 Russian soldiers had been killed. By 10 March the number had risen to "
     "3,400, and by 17 March it had climbed to 4,900.", 3400, "2025-03-10"),
    ("The ministry said on 3 March that 2,100 Russian soldiers had been killed. By 10 March the number had risen to "
     "3,400, and by 17 March it had climbed to 4,900.", 4900, "2025-03-17"),
    ("Kyiv first counted 800 Russian soldiers killed on 1 March. By 9 March it stood at 2,600.", 2600, "2025-03-09"),
])
def test_the_figure_grown_is_the_same_count(text: str, value: float, day: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category, found.outcome) == ("russia", "personnel", "killed")
    assert (found.measure, found.as_of) == ("cumulative", dt.date.fromisoformat(day))


@pytest.mark.parametrize(("text", "value", "day"), [
    ("A missile hit a block of flats in Dnipro on Tuesday, killing 19 people, officials said. By evening the toll had "
     "risen to 31.", 31, "2025-05-27"),
    ("A drone strike on a bus in Kherson on 30 May killed four passengers, the governor said. The next morning the "
     "number had climbed to seven.", 7, "2025-05-30"),
])
def test_the_toll_risen_is_the_strikes(text: str, value: float, day: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.outcome) == ("ukraine", "killed")
    assert (found.measure, found.as_of) == ("period", dt.date.fromisoformat(day))


# -- "October 14, 2025 - 1,970 casualties" under a heading of record days: each line its day's ---------------------

@pytest.mark.parametrize(("text", "value", "day", "claimant"), [
    ("Kyiv says Russia has lost 1.3 million troops\nRussia's worst days, by the General Staff's count:\nOctober 14, "
     "2025 - 1,970 casualties\nNovember 2, 2025 - 2,080 casualties", 2080, "2025-11-02", "ua_general_staff"),
    ("Kyiv says Russia has lost 1.3 million troops\nRussia's worst days, by the General Staff's count:\nOctober 14, "
     "2025 - 1,970 casualties\nNovember 2, 2025 - 2,080 casualties", 1970, "2025-10-14", "ua_general_staff"),
    ("Ukraine's General Staff said Russia had lost 1,300,000 troops since the invasion.\nThe deadliest days for "
     "Russian forces:\n- 3 March 2025 — 1,640 soldiers\n- 21 April 2025 — 1,710 soldiers", 1710, "2025-04-21",
     "ua_general_staff"),
])
def test_record_day_lines_are_each_days(text: str, value: float, day: str, claimant: str) -> None:
    found = _claims(text, "2026-08-20")[value]
    assert (found.measure, found.period_days, found.as_of) == ("period", 1, dt.date.fromisoformat(day))
    assert (found.side, found.claimant) == ("russia", claimant)


def test_a_range_of_days_leading_a_line_is_no_one_day() -> None:
    # "May 5-7" is no day followed by a dash
    found = _claims("Russian losses by date:\nMay 5-7: 3,100 soldiers", "2025-06-02")
    assert all(c.period_days != 1 for c in found.values())


# -- "Among the 31 tanks destroyed that day were nine Challengers": the part, of the day pointed back at ------------

_MONDAY = dt.date(2025, 6, 2)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("The fiercest clashes came on Monday. On that day alone Russian units lost 900 men, Kyiv said. Among the 31 tanks "
     "destroyed that day were nine British-made Challengers.", 9, "tanks"),
    ("The fiercest clashes came on Monday. On that day alone Russian units lost 900 men, Kyiv said. Among the 31 tanks "
     "destroyed that day were nine British-made Challengers.", 31, "tanks"),
    ("The fiercest clashes came on Monday. On that day alone Russian units lost 900 men, Kyiv said. Among the 40 "
     "armoured vehicles knocked out that day were 14 Stryker carriers.", 14, "armoured_vehicles"),
])
def test_a_part_among_a_whole_of_that_day(text: str, value: float, category: str) -> None:
    found = _claims(text, "2025-06-04")[value]
    assert (found.side, found.category, found.claimant) == ("russia", category, "ua_officials")
    assert (found.measure, found.period_days, found.as_of) == ("period", 1, _MONDAY)


def test_a_part_named_by_a_model_after_among_the_whole() -> None:
    found = _claims("Russian forces lost 31 tanks on Monday, Kyiv said. Among the 31 tanks destroyed that day were "
                    "nine Challengers.", "2025-06-04")[9]
    assert (found.category, found.outcome, found.as_of) == ("tanks", "destroyed", _MONDAY)


def test_that_day_after_a_day_said_takes_the_day() -> None:
    found = _claims("The heaviest fighting came on Tuesday, Kyiv said. Russian forces lost 31 tanks that day.")[31]
    assert (found.as_of, found.claimant) == (dt.date(2025, 5, 27), "ua_officials")


# -- "the 15,000 men the Soviet Union lost in Afghanistan": another war's side, named in a relative clause ----------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia has lost more soldiers in Ukraine than the 15,000 men the Soviet Union lost in Afghanistan, Kyiv said.",
     15_000, "soviet_union"),
    ("Russia lost 40,000 soldiers in a month. That is more than the 15,000 men the Soviet Union lost in Afghanistan.",
     15_000, "soviet_union"),
    ("Ukraine's dead already outnumber the 58,000 soldiers that the United States lost in Vietnam, officials said.",
     58_000, "united_states"),
    ("Kyiv said Russia had lost 900 tanks since June, more than the 600 tanks that Ukraine had lost.", 600, "ukraine"),
])
def test_a_relative_clause_names_the_loser(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 25,000 soldiers in Bakhmut, as many as in the whole of the Chechen wars, Kyiv said.", 25_000),
    ("In a single month Russia lost 25,000 soldiers, as many as it lost in the whole of the Chechen wars.", 25_000),
])
def test_a_comparison_with_another_war_with_no_figure_of_its_own(text: str, value: float) -> None:
    found = _claims(text)
    assert list(found) == [value] and found[value].side == "russia"


# -- "the field hospital has treated more than 2,100 soldiers since June": its side's wounded ----------------------

@pytest.mark.parametrize(("text", "value", "qualifier", "start"), [
    ("A day at a Ukrainian field hospital near Kramatorsk\nThe field hospital near Kramatorsk has treated more than "
     "2,100 soldiers since June, its chief surgeon said.", 2100, "at_least", "2025-06-01"),
    ("Ukrainian army medics at the stabilisation point have treated 640 servicemen since January, the brigade said.",
     640, "exact", "2025-01-01"),
    ("Notes from a Ukrainian stabilisation point\nThe surgeons work in a basement. By his count, the point has taken "
     "in about 900 soldiers since it opened in March.", 900, "approx", "2025-03-01"),
])
def test_soldiers_a_medical_post_treated_are_its_wounded(text: str, value: float, qualifier: str, start: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category, found.outcome, found.qualifier) == ("ukraine", "personnel", "wounded",
                                                                            qualifier)
    assert (found.measure, found.period_start) == ("period", dt.date.fromisoformat(start))


@pytest.mark.parametrize("text", [
    "The city clinic has treated 4,000 patients since June, the mayor said.",
    "Doctors in the capital treated 300 people for frostbite last winter, the health ministry said.",
])
def test_a_clinics_patients_are_no_wounded(text: str) -> None:
    assert not _claims(text)


# -- "Another 12 alumni are listed as missing" after alumni told serving: soldiers, missing now ----------------------

@pytest.mark.parametrize(("text", "value"), [
    ("More than 600 graduates of the academy are serving in the Ukrainian armed forces. Another 15 graduates are "
     "listed as missing, the rector said.", 15),
    ("Some 340 former pupils of the lyceum are serving in Ukraine's army. Another nine former pupils are missing, the "
     "headmaster said.", 9),
    ("The university has lost 40 graduates in the defence of Ukraine, its rector said. Another 15 graduates are listed "
     "as missing.", 15),
])
def test_people_of_a_trade_told_serving_are_soldiers_missing(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category, found.outcome, found.measure) == ("ukraine", "personnel", "missing",
                                                                          "cumulative")


def test_people_missing_after_a_strike_stay_its_victims() -> None:
    found = _claims("A missile hit a market on Monday, killing 14 people, officials said. Another 12 people are "
                    "missing.")[12]
    assert (found.category, found.measure) == ("people", "period")


def test_soldiers_listed_missing_after_a_days_toll_are_missing_now() -> None:
    found = _claims("Russia lost 1,200 soldiers on Monday. Another 40 are listed as missing, Kyiv said.")[40]
    assert (found.outcome, found.measure) == ("missing", "cumulative")


# -- "Regional figures: X Regional Military Administration." closing a bulletin: the source of the region's figures -

_NEWSLETTER = ("Village newsletter, May\nThe library reopened on Tuesday.\nAcross the region, 17 civilians were killed "
               "by Russian shelling last week.\nThree men of our street were killed at the front this spring.\nThe "
               "school choir won a prize.\nRegional figures: Kharkiv Regional Military Administration.")


def test_a_closing_line_of_regional_figures_sources_the_regions() -> None:
    found = _claims(_NEWSLETTER)[17]
    assert (found.claimant, found.claimant_text) == ("ua_officials", "Kharkiv Regional Military Administration")


def test_a_closing_line_of_regional_figures_leaves_the_rest() -> None:
    assert _claims(_NEWSLETTER)[3].claimant is None


def test_a_closing_line_of_district_figures() -> None:
    text = ("Community notes\nNine civilians were killed in the district by Russian drones in April.\nDistrict "
            "figures: Nikopol District Military Administration")
    assert _claims(text)[9].claimant == "ua_officials"


def test_a_closing_line_of_figures_of_no_kind_is_not_read_so() -> None:
    text = "Parish letter\nIn our region, 12 civilians were killed by shelling in May.\nFigures: Sumy city council."
    assert _claims(text)[12].claimant is None


def test_a_district_council_is_a_local_office() -> None:
    text = ("Twenty residents of the village have been killed defending Ukraine since 2022, the district military "
            "administration said. According to the village council, nine residents are still missing.")
    found = _claims(text)[9]
    assert (found.category, found.claimant) == ("personnel", "ua_officials")
