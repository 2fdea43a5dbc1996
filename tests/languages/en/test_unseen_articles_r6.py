"""Round 6 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r6.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed is pinned below by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r6 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "Counting the wounded as well, Russia's total losses could be 640,000 to 875,000": the article's own
    # extrapolation after Mediazona's figure keeps Mediazona as its source (attribution.py carries a source to the
    # next sentence unless a voice break or another source ends it; a conditional of the article's own is neither)
    "model_confidence_range": ["640000: claimant=mediazona (want other|-)"],
    # "one of 14 military funerals held in Zhytomyr this month": funerals are no category noun, and a count of
    # them is not read as the dead it stands for (only "were buried" is, loss_frame.py)
    "obituary_and_brigade": ["missed: ukraine personnel killed 14 - exact period * * 2024-09-10|2024-09-01 "
                             "ua_officials false"],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-06-01")


# -- "an AFP tally": a name before a report's noun is an outlet's own count, a source of its own ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 540 civilians died in Russian attacks in March, according to an AFP tally.", 540),
    ("An AFP count of official statements shows 75 civilians were wounded in Kharkiv last week.", 75),
    ("Russia has lost 80,000 soldiers, according to a Reuters tally of regional reports.", 80_000),
])
def test_outlets_own_tally(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert claim.claimant == "other"


def test_report_pointer_without_a_name_still_points_back() -> None:
    claims = _claims("Ukraine's General Staff said Russia lost 1,200 soldiers in a day. "
                     "The latest tally also shows 14 tanks destroyed.")
    assert claims[14].claimant == "ua_general_staff"


# -- "the governor said" again after a Russian region's governor: the same office speaks as before --------------

@pytest.mark.parametrize("text", [
    "Shelling injured 4 people in Belgorod, the region's governor Ivan Petrov said. "
    "Later 2 more people were killed in a drone attack, the governor said.",
    "Kursk's governor said a drone strike had wounded 4 civilians on Monday. "
    "On Tuesday another attack killed 2 people, the governor said.",
])
def test_russian_governor_named_again(text: str) -> None:
    claims = _claims(text)
    assert (claims[4].claimant, claims[4].side) == ("ru_officials", "russia")
    assert (claims[2].claimant, claims[2].side) == ("ru_officials", "russia")


def test_ukrainian_governor_named_again_stays_ukrainian() -> None:
    claims = _claims("Russian shelling injured 4 people in Kharkiv, governor Oleh Ivanov said. "
                     "Later 2 more people were killed, the governor said.")
    assert (claims[2].claimant, claims[2].side) == ("ua_officials", "ukraine")


# -- "a spokesman for the Khortytsia group": a front's grouping by its name is a Ukrainian unit ------------------

@pytest.mark.parametrize("text", [
    "Russian forces lost 15 tanks over the past day, a spokesman for the Siversk grouping said.",
    "A spokeswoman for the Tavria group said 320 Russian soldiers were killed in the past 24 hours.",
])
def test_named_front_grouping(text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert (claim.claimant, claim.side) == ("ua_officials", "russia")


def test_capitalised_group_is_an_organisation() -> None:
    claim = _claims("Russia lost 200 soldiers in a week, the International Crisis Group said.")[200]
    assert claim.claimant == "other"


# -- "the Washington-based think tank, citing X's data, said": the think tank named before -----------------------

@pytest.mark.parametrize(("text", "value", "key"), [
    ("Russia lost 1,100 soldiers a day in May, the Institute for the Study of War said. "
     "The Washington-based think tank, citing Ukrainian figures, said Russia lost 300 tanks in May.", 300, "isw"),
    ("Oryx has counted 3,000 destroyed Russian tanks. The Netherlands-based project, which counts only photographed "
     "losses, said 900 of them were captured.", 900, "oryx"),
])
def test_definite_kind_with_place_and_aside(text: str, value: float, key: str) -> None:
    assert _claims(text)[value].claimant == key


# -- "liquidated up to 1,950 Ukrainian militants": Moscow's word for the other side's soldiers -------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russian forces eliminated 300 Ukrainian militants near Kupiansk over the week, the Russian Defence Ministry "
     "said.", 300, "ukraine"),
    ("The Russian Defence Ministry said up to 85 militants of the Kyiv regime were liquidated in a day.", 85,
     "ukraine"),
])
def test_militants_are_soldiers(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.side, claim.claimant) == ("personnel", side, "ru_mod")
    assert claim.outcome in ("killed", "losses")  # "eliminated": either, as the spec says


# -- "figures published daily": how often a source reports, not a rate of losses --------------------------------

@pytest.mark.parametrize("text", [
    "Russia lost 31,000 troops in March, according to figures the General Staff releases daily.",
    "Russian forces lost 48,000 soldiers in December, according to data published daily by Ukraine's army.",
])
def test_published_daily_is_no_rate(text: str) -> None:
    claim = next(c for c in _claims(text).values() if c.value > 1000)
    assert (claim.measure, claim.period_days) == ("period", 31)


def test_losses_daily_stay_a_rate() -> None:
    assert _claims("Russia is losing 1,100 soldiers daily, the General Staff said.")[1100].measure == "rate"


# -- "On Tuesday 12 people were killed": a weekday is no "day 300" label before a count ------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("On Monday 12 people were killed in a Russian strike on Kharkiv, the mayor said.", 12),
    ("Kursk's governor said on Sunday that on Saturday 3 civilians had been wounded by drones.", 3),
])
def test_count_after_a_weekday(text: str, value: float) -> None:
    assert value in _claims(text)


def test_day_of_war_is_no_count() -> None:
    assert 765 not in _claims("Friday is day 765 of the war. Russia has lost 400 tanks this year, Kyiv said.")


# -- "claimed the strike had killed up to 70": one strike bounds its toll, whatever the tense ---------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Moscow said the missile strike had destroyed 5 Ukrainian tanks.", 5),
    ("Kyiv said a drone attack has killed 40 Russian soldiers at a training ground.", 40),
])
def test_one_strike_bounds_its_toll(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_strikes_have_killed_stays_a_total() -> None:
    claim = _claims("Russian strikes have killed 12,000 civilians since the invasion, the UN said.")[12_000]
    assert claim.measure == "cumulative"


# -- "That is an average of 1,570 troops a day": a restatement as an average shares the figure's outcome ---------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 31,000 soldiers in March, the General Staff said. That works out at roughly 1,000 troops a day.",
     1000),
    ("Ukraine's army said Russia lost 280 tanks in May. This is an average of 9 tanks a day.", 9),
])
def test_average_restated(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.outcome, claim.measure, claim.period_days) == ("losses", "rate", 1)


# -- "puts the number of Russian soldiers killed at 45,000": the participle of their loss, not an act ------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Kyiv puts the number of Russian soldiers killed at 45,000.", 45_000, "russia"),
    ("A Reuters count puts the number of Ukrainian troops killed at about 60,000.", 60_000, "ukraine"),
])
def test_number_killed_put_at(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_agent_before_at_least_still_acts() -> None:
    assert _claims("Ukrainian forces destroyed at least 40 Russian tanks, the army said.")[40].side == "russia"


# -- "The deadliest day of the month was December 19, when ... reported 2,200": the record day's figure is one day's -

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The worst day of the month for Russian forces was November 21, when Kyiv's General Staff reported 1,710 "
     "casualties.", 1_710, "2024-11-21"),
    ("The costliest single day came on March 4, when the Russian defence ministry claimed 950 Ukrainian troops had "
     "been killed.", 950, "2024-03-04"),
])
def test_the_record_days_figure_is_that_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, "2025-01-01")[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("period", 1, as_of)


# -- "A Russian missile strike ... killed 12 soldiers. The Ground Forces said 12 servicemen were killed and 18 wounded":
# -- the same figure told again is the same side's loss, and the figures told with it too

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian artillery struck a Russian convoy near Tokmak, killing 14 soldiers, Russian officials said. The "
     "military said 14 troops were killed and 30 were wounded.", 30, "russia"),
    ("A Russian drone attack on a bus near Kherson killed 7 soldiers on Thursday, Ukrainian officials said. The "
     "southern command said 7 servicemen were killed and 11 were injured.", 11, "ukraine"),
])
def test_a_figure_told_again_keeps_its_side(text: str, value: float, side: str) -> None:
    assert _claims(text, "2025-04-05")[value].side == side


# -- "12 servicemen were killed and 18 wounded when two missiles hit a unit": one strike's toll -----------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Six soldiers were killed when a drone struck their truck, the brigade said.", 6),
    ("Russia's defence ministry said 40 Ukrainian troops were killed when its glide bombs hit a command post near "
     "Kupiansk.", 40),
])
def test_soldiers_killed_when_a_weapon_hit_are_that_strikes_toll(text: str, value: float) -> None:
    assert _claims(text, "2025-04-05")[value].measure == "period"
