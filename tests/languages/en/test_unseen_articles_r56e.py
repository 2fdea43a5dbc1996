"""Round 56e of whole articles in styles the earlier rounds do not hold (see unseen_articles_r56e.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r56e import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-11-03")


def _one(text: str, value: float, published: str = "2025-11-03") -> tuple[object, ...]:
    found = _claims(text, published)[value]
    return found.side, found.category, found.outcome, found.measure


# -- "12 members of our community have been killed", "our community lost four of its members": a community's,
# parish's or congregation's members, and a group's own members counted as a part of it -----------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Since 2023, nine members of our parish have been killed fighting for Ukraine.", 9, "personnel"),
    ("Three members of the Lviv congregation were killed fighting for Ukraine last winter.", 3, "personnel"),
    ("The choir lost two of its members to Russian shelling in Kharkiv.", 2, "people"),
])
def test_members_of_a_community(text: str, value: float, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", category)


# -- "This year our community lost four of its members in the war": "in the war" says where they fell, and a span the
# clause names says when (a year, a month, a season) -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("In 2024 the village lost 12 of its men in the war.", 12, "2024-01-01"),
    ("Last year the district lost 85 soldiers in the war, the governor said.", 85, "2024-01-01"),
])
def test_a_named_span_beats_in_the_war(text: str, value: float, start: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.period_start)) == ("period", start)


@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine has lost 31 pilots in the war, the air force said.", 31),
    ("British intelligence said this year that Russia had lost up to 180,000 soldiers in the war.", 180000),
])
def test_in_the_war_alone_is_still_the_whole_war(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"  # (a span that dates the telling is none of the figure's)


# -- "11 of the company's workers have been killed": a part of a group named by its owner in lower case ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Eleven of the plant's employees were killed when the missile hit.", 11),
    ("Four of the utility's workers were injured in the attack on the substation.", 4),
])
def test_part_of_a_group_with_a_lower_case_owner(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", "civilians")


# -- "A further 390 employees have been killed after joining the armed forces": workers who fell as soldiers --------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's state railway said 212 of its employees had died after joining the Ukrainian army.", 212),
    ("According to Ukraine's power grid operator, 64 Ukrainian power engineers were killed after being mobilised "
     "into the army.", 64),
])
def test_workers_who_joined_the_army_are_soldiers(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", "personnel")


def test_workers_killed_at_work_stay_civilians() -> None:
    assert _claims("The railway said 41 of its employees had been killed at work.")[41].category == "civilians"


# -- "said it had struck a gathering of Ukrainian troops, killing up to 60 servicemen": that strike's toll -----------

@pytest.mark.parametrize(("text", "value"), [
    ("Moscow said its missiles hit a training ground in the Dnipropetrovsk region, killing up to 40 Ukrainian "
     "soldiers.", 40),
    ("Ukraine's army said it struck a Russian command post near Kursk, killing about 30 officers.", 30),
])
def test_strike_then_killing_is_one_attack(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- "Taras Bondar, 34, of Winnipeg, killed near Kupiansk": a named person's age is no count --------------------------

@pytest.mark.parametrize("text", [
    "Those we lost this year: 4 members.\n- Ivan Petrenko, 52, a volunteer medic, killed near Bakhmut in May.\n"
    "- Maria Hnatiuk, 29, killed in a drone strike on 2 June.",
    "We lost 3 soldiers of our parish. Oleh Marchenko, 45, was killed near Siversk; Petro Lysenko, 31, died of his "
    "wounds.",
])
def test_a_named_persons_age_is_no_count(text: str) -> None:
    values = set(_claims(text))
    assert not values & {52, 29, 45, 31}


def test_a_place_before_a_count_is_no_name() -> None:
    assert _claims("In Kharkiv Oblast, 34 people were killed by Russian strikes this week.")[34].category in (
        "people", "civilians")


# -- "Ten were killed in 2022, six in 2023, seven in 2024 and four so far this year": each count's own date -----------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Russia lost 900 tanks in 2022, 600 in 2023 and 450 in 2024, the ministry said.", 600, "2023-01-01"),
    ("Ukraine said 40 Russian jets were downed in March, 25 in April, and 12 in May.", 25, "2025-04-01"),
    ("The group counted eight medics killed in 2023, five in 2024 and three so far this year.", 3, "2025-01-01"),
])
def test_each_list_item_takes_the_date_after_it(text: str, value: float, start: str) -> None:
    assert str(_claims(text)[value].period_start) == start


# -- "At least 14 people were killed, ..., up from nine reported earlier in the day": the toll reported before -------

@pytest.mark.parametrize(("text", "earlier"), [
    ("Emergency workers said 23 people had died in the strike, up from 17 announced in the morning.", 17),
    ("The toll of the attack rose to 31 dead, against 12 reported initially by police.", 12),
])
def test_an_earlier_toll_reported(text: str, earlier: float) -> None:
    found = _claims(text)[earlier]
    assert (found.side, found.outcome) == ("ukraine", "killed")


# -- "Of the 27, nine were foreign reporters": a part of the whole the lead names again, its outcome and span ---------

@pytest.mark.parametrize(("text", "value", "outcome", "measure"), [
    ("Since the invasion, 48 medics have been killed in Ukraine. Last month alone 3 died. Of the 48, 11 were "
     "paramedics.", 11, "killed", "cumulative"),
    ("Russia has lost 40 tanks near the town since the war began, the brigade said. This week it lost 6. Of the 40, "
     "12 were T-90s.", 12, "losses", "cumulative"),
])
def test_a_part_of_the_whole_named_again(text: str, value: float, outcome: str, measure: str) -> None:
    found = _claims(text)[value]
    assert (found.outcome, found.measure) == (outcome, measure)


@pytest.mark.parametrize(("text", "value"), [
    ("Two photographers were killed in Kherson on Sunday.", 2),
    ("Nine reporters have been injured covering the war this year, the union said.", 9),
])
def test_the_press_by_its_trades(text: str, value: float) -> None:
    assert _claims(text)[value].category == "civilians"
