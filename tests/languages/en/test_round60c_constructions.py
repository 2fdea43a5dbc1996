"""Round 60c's fixes of its articles' shortfalls (unseen_articles_r60c.py), each pinned by sentences of other wordings
than the articles': an event's stated day over the season in its name, the same day told in the figure's clause,
more verbs of attack before the side attacked, a night's span told "throughout the night", and a participle of
passing a document on before "this month" / "last week"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-08-24")


# -- "since the start of the summer offensive on May 18": the event's stated day, not its season's first ----------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Since the summer campaign was launched on 14 May, Ukraine's army has lost 61 Leopard tanks, according to Oryx.",
     61, "2026-05-14"),
    ("Oryx counted 410 Russian tanks lost since the start of the spring offensive on 2 March.", 410, "2026-03-02"),
    ("Since the launch of the winter push on January 9, Russia has lost 2,300 tanks, the analysts said.", 2300,
     "2026-01-09"),
])
def test_event_day_over_its_season_word(text: str, value: float, start: str) -> None:
    found = _claims(text)[value]
    assert found.measure == "period"
    assert str(found.period_start) == start


# -- "reached 4,310 on the same date": the day the sentence before named, with no verb of saying ------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Oryx had counted 3,950 Russian tanks lost as of 2 June. Its tally of Russian artillery systems lost since "
     "February 2022 stood at 2,210 on that same day.", 2210, "2026-06-02"),
    ("Mediazona had named 98,000 Russian dead by 3 July. The count of Russian officers killed stood at 5,120 that "
     "same day.", 5120, "2026-07-03"),
    ("The General Staff put Russia's losses at 1,200 troops on 19 August. On the same day, it listed 14 tanks "
     "destroyed.", 14, "2026-08-19"),
])
def test_same_day_in_the_figure_clause(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text)[value].as_of) == as_of


# -- "Russia pounded Ukraine with drones and missiles": the side after a verb of attack is the side attacked -------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia pounded Ukraine with drones and missiles overnight, killing at least nine people, officials said.", 9),
    ("Moscow hammered Ukraine's energy grid with missiles, killing four people, officials said.", 4),
    ("Russia battered Ukraine's energy grid with 90 drones overnight, killing five people, officials said.", 5),
])
def test_more_verbs_of_attack_before_the_side_attacked(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


# -- "throughout the night": one night's span, as "overnight" ------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian forces shelled the city of Kherson throughout the night, killing two civilians, the governor said.", 2),
    ("Shelling went on throughout the night in Nikopol, killing three civilians, the governor said.", 3),
    ("Moscow hammered Ukraine with missiles through the night, killing six civilians, officials said.", 6),
])
def test_through_the_night_is_a_night(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.measure, found.period_days) == ("ukraine", "period", 1)


# -- "an estimate, shared among allies this month, puts ...": when the estimate was passed on, not a span ----------

@pytest.mark.parametrize(("text", "value"), [
    ("The assessment, circulated to lawmakers last week, puts Russian casualties at 700,000.", 700000),
    ("A dossier presented to lawmakers this week puts the number of Russian dead at 210,000.", 210000),
    ("The estimate, shared among allied governments this month, puts Ukraine's own losses at about 420,000 killed "
     "and wounded, the officials said.", 420000),
])
def test_passed_on_this_month_dates_no_span(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "Initial reports had put the toll at five": reports named only by when they came are no source, and an earlier,
# smaller reading of the attack's toll told after it is that attack's toll (a period), not a running total ----------

@pytest.mark.parametrize(("text", "value"), [
    ("A drone attack on Kharkiv on Thursday killed 12 people, the mayor said. Early reports had put the toll at four "
     "dead.", 4),
    ("A missile struck a hospital in Dnipro overnight, killing nine people, the governor said. The toll had initially "
     "stood at three dead.", 3),
    ("Russian glide bombs hit a market in Kostiantynivka on Monday, killing 16 civilians, officials said. First "
     "reports put the death toll at six.", 6),
])
def test_earlier_smaller_toll_of_the_attack(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.measure) == ("ukraine", "period")


@pytest.mark.parametrize("text", [
    "Initial reports said five people had died in the strike on Odesa.",
    "First reports said five people had died in the strike on Odesa.",
    "Early reports said five people had died in the strike on Odesa.",
])
def test_reports_named_by_their_time_are_no_source(text: str) -> None:
    assert _claims(text)[5].claimant is None


# -- "By midday it had risen to 11": "it" that grows to a figure is the toll told before, grown ---------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A missile struck a hospital in Dnipro on Thursday, killing four people, the governor said. By evening it had "
     "climbed to nine.", 9, "killed"),
    ("Three people were injured when a drone hit a house in Sumy overnight, the regional administration said. It later "
     "rose to seven, the administration said.", 7, "wounded"),
])
def test_it_grown_to_a_figure_is_the_toll_before(text: str, value: float, outcome: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.outcome, found.measure) == ("ukraine", outcome, "period")


# -- "... over the week, the ministry said. | Units of the Yug group destroyed three tanks": an active simple past of
# destroying goes on with the day's or week's report of the same source told just before -------------------------

@pytest.mark.parametrize("text", [
    "Ukraine lost up to 1,900 servicemen over the week, Russia's defence ministry said on Saturday.\nCiting the "
    "ministry, the agency said units of the Tsentr group destroyed four Bradley vehicles and 17 artillery guns.",
    "Russia's defence ministry said Ukraine lost up to 2,450 troops in the past week.\nTroops of the Vostok group "
    "destroyed five Ukrainian tanks and 17 armoured vehicles, it said in the same summary.",
])
def test_active_past_goes_on_with_the_week_of_the_same_source(text: str) -> None:
    found = _claims(text)[17]
    assert (found.side, found.measure, found.period_days) == ("ukraine", "period", 7)


def test_active_past_after_a_running_total_stays_a_total() -> None:
    found = _claims("Russia has lost 1,300,000 troops since the invasion, the General Staff said. Ukrainian forces "
                    "destroyed 12 tanks, the General Staff said.")[12]
    assert found.measure == "cumulative"
