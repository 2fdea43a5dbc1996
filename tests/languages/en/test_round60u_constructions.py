"""Round 60u: constructions the structure twins (unseen_articles_r60u.py) showed the extractor did not read, each
pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-06-10")


# -- drones gone from radar are lost, not shot down (spec: "lost" from radar is losses) -------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The air force said 31 drones were downed overnight and seven others disappeared from radar.", 7),
    ("The air force said it had intercepted 22 drones, and 12 more vanished from the radar screens.", 12),
    ("Ukraine's air force said air defences shot down 40 drones, while nine more dropped off radar.", 9),
])
def test_gone_from_radar_is_losses(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.category, found.outcome) == ("drones", "losses")


# -- two fates in other verbs ("knocked out or seized") are losses, for the parts of a list too ----------------

@pytest.mark.parametrize(("text", "values"), [
    ("Some 900 Russian armoured vehicles have been wrecked or taken, among them 300 tanks and 210 infantry fighting "
     "vehicles, the minister said.", (900, 300, 210)),
    ("Ukraine said 1,400 Russian trucks had been knocked out or seized since the invasion.", (1400,)),
])
def test_two_fates_in_other_verbs_are_losses(text: str, values: tuple[float, ...]) -> None:
    found = _claims(text)
    assert [found[v].outcome for v in values] == ["losses"] * len(values)


# -- taken into the enemy's hands is captured -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine said 40 Russian tanks fell into the hands of its troops.", 40),
    ("Moscow said 12 Ukrainian howitzers ended up in Russian hands near the town.", 12),
])
def test_fell_into_hands_is_captured(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "captured"


# -- "stripped of" / "deprived of": a passive of taking away is a loss ------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv's brigades had been stripped of 140 tanks in the offensive, the Russian ministry said.", 140),
    ("The Russian army was deprived of 75 artillery systems in a single week, the General Staff said.", 75),
])
def test_stripped_of_is_losses(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


# -- a battle named in other words bounds the figure ("in the fight for X", "during the siege of X") -----------

@pytest.mark.parametrize(("text", "value"), [
    ("Western officials estimate that 12,000 Russian soldiers have been killed or wounded in the fight for "
     "Pokrovsk.", 12000),
    ("Some 3,000 Ukrainian troops were killed during the siege of the city, the Russian ministry claimed.", 3000),
])
def test_fight_for_a_place_is_a_period(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- a condition in other words hedges ("Should these numbers be confirmed") -----------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Should these numbers be confirmed, Russia's losses since the invasion would stand at 980,000 troops.", 980000),
    ("If the new estimates prove accurate, Ukraine has lost 410 tanks since the invasion, the analysts said.", 410),
])
def test_condition_in_other_words_hedges(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is True


def test_confirmed_figures_without_condition_do_not_hedge() -> None:
    assert _claims("The General Staff confirmed these figures: Russia lost 1,210 troops in the past day.")[1210] \
        .hedged is False


# -- "from the start of the invasion until X" counts from the war's start, as "between ... and" does ----------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia suffered about 870,000 casualties from the start of its full-scale invasion until the end of "
     "September, the study found.", 870000),
    ("From the beginning of the war to the end of 2025, Ukraine lost 95,000 soldiers, the report estimated.", 95000),
])
def test_from_the_start_until_is_cumulative(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "Of that total, N were ...": a whole named as a total, broken down --------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("The UN has recorded 12,400 civilian deaths since the invasion. Of this number, 690 were children.", 690,
     "killed"),
    ("Russia has lost 4,100 tanks since the invasion, the analysts said. Of that figure, 2,900 were destroyed and "
     "300 captured by Ukrainian troops.", 2900, "destroyed"),
])
def test_of_that_total_breaks_down_the_whole(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


# -- a line led by a year and a spaced dash: the year is no range's low end, and the line is that year's ------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Russian losses by year, the General Staff said:\n2023 - 251,400 soldiers lost, or 689 a day on average\n"
     "2024 - 402,100 soldiers lost", 251400, "2023-12-31"),
    ("Ukraine's count of Russian losses, year by year:\n2024 – 377,500 troops lost\n2025 – 410,900 troops lost",
     410900, "2025-12-31"),
])
def test_year_line_with_spaced_dash(text: str, value: float, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.as_of)) == ("period", as_of)


def test_year_range_with_dash_stays_no_count() -> None:
    assert 2022 not in _claims("Between 2022 - 2023 Russia lost 1,000 tanks, the analysts said.")
