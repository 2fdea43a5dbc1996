"""Round 61v: constructions the structure twins (unseen_articles_r61v.py) showed the extractor did not read, each
pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2027-03-05")


# -- the invasion told by its first move: "since Moscow sent its troops across the border" is the whole war -------

@pytest.mark.parametrize(("text", "value"), [
    ("NATO believes 9,000 Russian soldiers have been killed in the month since Moscow sent troops into Ukraine.",
     9000),
    ("Some 12,500 Russian troops have died in the six weeks since Russian tanks rolled across the border, Western "
     "officials said.", 12500),
    ("In the five weeks since Russian forces crossed into Ukraine, 1,300 of their armoured vehicles have been lost, "
     "the Pentagon said.", 1300),
])
def test_invasion_told_by_its_first_move_is_the_whole_war(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days) == ("cumulative", None)


# -- a level a modal says will hold is a projection -------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian losses should remain around 900 a day through the winter, Western officials said.", 900),
    ("The number of Russian troops killed or wounded is likely to stay over 1,000 per day, British intelligence "
     "said.", 1000),
    ("Russian casualties will probably stay above 1,100 a day over the coming months, the UK Ministry of Defence "
     "said.", 1100),
])
def test_a_level_that_will_hold_is_a_projection(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "projection"


def test_a_level_already_reached_is_no_projection() -> None:
    found = _claims("Russia lost 1,100 soldiers a day in September, and the pace will remain high, the ministry said.")
    assert found[1100].measure == "rate"


# -- a nation's bare "ministry" after its defence ministry spoke names it again (Britain's too) ------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The UK Ministry of Defence said Russia lost 1,200 troops a day in August. According to the British ministry, "
     "Russian casualties will probably stay above 1,100 a day.", 1100, "uk_mod"),
    ("Britain's defence ministry said 900 Russian soldiers were killed or wounded each day in May. The UK ministry "
     "added that 27,000 had been lost in June.", 27000, "uk_mod"),
    # (another ministry of the nation spoke: its officials)
    ("Britain's foreign ministry said 900 Russian soldiers were killed or wounded each day in May. The UK ministry "
     "added that 27,000 had been lost in June.", 27000, "uk_officials"),
])
def test_nations_bare_ministry_names_its_defence_ministry_again(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "lifting Russia's artillery losses to 1,318": the level a change brings losses to is a running total ----------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukrainian troops knocked out another seven Russian self-propelled guns on Thursday, March 4, lifting Russia's "
     "artillery losses to 1,318.", 1318),
    ("Four more Russian tanks were hit on Tuesday, which took Moscow's tank count to 3,104, the General Staff said.",
     3104),
    ("The strikes on Monday pushed the number of Russian drones lost to 1,877, the ministry said.", 1877),
])
def test_level_a_change_brings_losses_to_is_a_total(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


@pytest.mark.parametrize(("text", "increment", "total"), [
    ("Six Russian tanks were destroyed on Monday, which took the number lost to 3,200.", 6, 3200),
    ("Russian troop losses grew by 745 over the last day. Nine Russian infantry fighting vehicles were wiped out. "
     "Moscow's tank losses now stand at 3,104, while the nine vehicles take the number to 6,211.", 745, 3104),
])
def test_increment_before_a_level_stays_a_period(text: str, increment: float, total: float) -> None:
    found = _claims(text)
    assert found[increment].measure == "period"
    assert found[total].measure == "cumulative"


# -- "the figures show", "the breakdown shows": the report named before goes on ---------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("According to Ukraine's defence ministry, Russia lost 7 tanks. Russian troop losses grew by 745 over the last "
     "day, the figures show.", 745, "ua_mod"),
    ("The General Staff published its morning report. Another 1,020 Russian soldiers were killed, the numbers "
     "indicate.", 1020, "ua_general_staff"),
    ("Ukraine's defence ministry gave its update. Moscow's tank losses now stand at 3,104, the breakdown shows.",
     3104, "ua_mod"),
])
def test_report_named_before_goes_on(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "the number of tanks Ukrainian troops have destroyed": the force of a finite verb is the agent, not the loser --

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The number of Russian tanks Ukrainian troops have destroyed rose to 3,300.", 3300, "tanks"),
    ("The breakdown shows that the number of armoured vehicles Ukrainian forces have destroyed has reached 6,211.",
     6211, "armoured_vehicles"),
    ("The number of Russian helicopters Ukraine's air defence units have shot down since February 2022 is 330, the "
     "General Staff said.", 330, "helicopters"),
])
def test_force_of_a_finite_verb_in_a_counts_clause_is_the_agent(text: str, value: float, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("russia", category)


def test_participle_after_a_side_is_still_its_loss() -> None:
    assert _claims("The number of Ukrainian troops killed in the war is 70,000, Western officials said.")[
        70000].side == "ukraine"


# -- a ship's fate told intransitively: "has gone down", "sank", "caught fire", "are burning" ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Local outlets said "a Russian vessel has gone down and two more are burning".',
     {1: "destroyed", 2: "damaged"}),
    ("A Russian corvette caught fire and three landing craft were sunk, the navy said.",
     {1: "damaged", 3: "destroyed"}),
    ("A Russian patrol boat sank after the strike, and two others were damaged, the navy said.",
     {1: "destroyed", 2: "damaged"}),
    ("Two Russian patrol boats were left ablaze after the strike, the navy said.", {2: "damaged"}),
])
def test_ships_fate_told_intransitively(text: str, expected: dict[float, str]) -> None:
    found = _claims(text)
    assert {v: found[v].outcome for v in expected} == expected
    assert all(found[v].category == "ships" for v in expected)


def test_level_that_went_down_is_no_destruction() -> None:
    found = _claims("Russian tank losses went down to 5 a day in March, the General Staff said.")
    assert found[5].outcome != "destroyed"


# -- one attack told with a claimed perfect infinitive; its toll in a ship's fate words is that attack's ----------

@pytest.mark.parametrize(("text", "values"), [
    ("Kyiv's navy claimed late on Monday to have hit a Russian frigate near Sevastopol. One patrol boat sank and two "
     "more are on fire, the navy said.", (1, 2)),
    ("Ukrainian drones struck an airbase in Crimea overnight. A Russian transport plane caught fire and two "
     "helicopters were damaged, the air force said.", (1, 2)),
])
def test_toll_of_one_attack_in_a_ships_fate_words(text: str, values: tuple[float, ...]) -> None:
    found = _claims(text)
    assert [found[v].measure for v in values] == ["period"] * len(values)


# -- outlets, newspapers, news sites (plural too) are sources of their own kind -----------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Local Ukrainian outlets said two Russian patrol boats had been sunk.", 2),
    ("Russian newspapers reported that 40 Russian soldiers were killed in the strike.", 40),
    ("Ukrainian news sites said 12 Russian tanks were destroyed.", 12),
])
def test_outlets_are_other_sources(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


# -- two months joined before the figure ("Over August and September, Russia lost ..."): one span of both ---------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Over August and September, Russia lost 50,000 soldiers, British intelligence said.", 50000, "2026-08-01",
     "2026-09-30"),
    ("During July and August Russia lost 48,000 soldiers.", 48000, "2026-07-01", "2026-08-31"),
    ("In June and July 2025 Russia lost 60,000 soldiers, Kyiv said.", 60000, "2025-06-01", "2025-07-31"),
])
def test_months_joined_before_the_figure_are_one_span(text: str, value: float, start: str, as_of: str) -> None:
    found = _claims(text, "2026-10-09")[value]
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", start, as_of)


def test_months_told_apart_before_their_figures_stay_apart() -> None:
    found = _claims("In July 500 Russian soldiers were killed, and in August 600, Kyiv said.", "2026-10-09")
    assert str(found[600].period_start) == "2026-08-01"
