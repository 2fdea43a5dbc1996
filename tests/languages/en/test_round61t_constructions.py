"""Round 61t: constructions the structure twins (unseen_articles_r61t.py) showed the extractor did not read, each
pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-05-05")


# -- a spaced dash after a total opens its breakdown: both counts stand ------------------------------------------

@pytest.mark.parametrize(("text", "parts"), [
    ("Ukraine's losses have now passed 80,000 - 30,100 dead and 49,900 wounded, Russia's defence minister said.",
     ((30100, "killed"), (49900, "wounded"))),
    ("Ukraine's losses in the region have climbed past 3,000 – 1,200 killed and 1,900 wounded, the ministry in "
     "Moscow said.", ((1200, "killed"), (1900, "wounded"))),
])
def test_spaced_dash_opens_a_breakdown(text: str, parts: tuple[tuple[float, str], ...]) -> None:
    found = _claims(text)
    assert [(found[v].side, found[v].outcome) for v, _o in parts] == [("ukraine", o) for _v, o in parts]


def test_an_unspaced_dash_after_a_larger_number_is_still_no_count() -> None:
    assert 7 not in _claims("Russia lost 1,200 soldiers, the 24-7 monitoring centre said.")


# -- "its losses" / "their casualties" point at the side the sentence before opens on ----------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("\"When the fighting began, Kyiv's army had 250,000 men. Its losses have since passed 90,000,\" the Russian "
     "defence minister said.", 90000, "ukraine"),
    ("Ukrainian forces crossed into the Kursk region in August. Their casualties have since passed 9,000, Moscow "
     "said.", 9000, "ukraine"),
    ("Ukrainian forces pushed into the region in the spring. Their losses stand at 9,000, Moscow said.", 9000,
     "ukraine"),
])
def test_possessive_pronoun_losses_point_back(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "wounded included": the part said counted in the whole; the head noun decides ------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Warsaw put Russia's overall casualties, wounded included, at 1.05 million.", 1050000),
    ("Britain put Ukraine's casualties, the wounded counted, at 400,000, the minister said.", 400000),
    ("Kyiv's losses, the missing counted, stand at 40,000, the ministry in Moscow said.", 40000),
])
def test_part_said_included_keeps_the_whole(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


# -- a full name before its role names the official again by surname ---------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Oleh Sinegubov, head of the Kharkiv Regional Military Administration, said three people died in Kupiansk. "
     "Sinegubov later said 11 people had been injured.", 11),
    ("Oleh Marchenko, a spokesman for Ukraine's Navy, told reporters that many vessels were damaged. Ukrainian "
     "forces have already sunk three corvettes, Marchenko said.", 3),
    ("Source: Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, on Telegram\n\n"
     "Later, Fedorov said two people were killed in the shelling.", 2),
])
def test_surname_after_name_with_role(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- a part "among the dead" takes the dead's span, past the parts of another whole ------------------------------

@pytest.mark.parametrize("text", [
    "A missile hit a block of flats in Lutsk on Tuesday, killing 19 people.\n\nThe police said 26 were wounded, seven "
    "of whom remain in hospital.\n\nRescuers said earlier that a 12-year-old girl was among the dead.",
    "Russian shelling of the market in Kherson killed six people on Friday.\n\nThe governor said 15 were injured, "
    "four of whom are in a serious condition.\n\nPolice said a 15-year-old boy was among the dead.",
])
def test_part_among_the_dead_has_the_attacks_span(text: str) -> None:
    found = _claims(text)[1]
    assert (found.outcome, found.measure) == ("killed", "period")


# -- people saved are no loss, nor are the parts of them ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The emergency service said 30 people were hurt and that rescuers had pulled 12 people, among them three "
     "children, from the rubble.", 3),
    ("Police said 12 people were injured, and rescuers pulled 20 people, among them five children, from the "
     "wreckage.", 5),
])
def test_parts_of_people_saved_are_no_loss(text: str, value: float) -> None:
    assert value not in _claims(text)


# -- the missing in other words ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A missile hit a block of flats in Lutsk, killing 19 people. Fourteen others remain unaccounted for, the mayor "
     "said.", 14),
    ("Another 14 residents are still unaccounted for, the governor said.", 14),
])
def test_unaccounted_for_is_missing(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "missing"


# -- an earlier attack's toll in a relative clause of comparison is no hedged figure -----------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("That could make it the deadliest attack this year, surpassing the strike on Odesa on January 17 that killed 27 "
     "people.", 27),
    ("The toll could still rise, making it worse than the drone attack on Sumy that killed 35 people in April.", 35),
    ("It may prove the deadliest strike on the city, exceeding the bombing in March that left 22 people dead.", 22),
])
def test_past_attacks_toll_after_a_hedge_is_a_fact(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is False


def test_hedge_of_the_figure_itself_still_hedges() -> None:
    assert _claims("Officials said 40 people may have died in the attack that killed the mayor.")[40].hedged


# -- the most recent / preceding 24 hours, day and week ----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Russia lost 1,050 soldiers in the most recent 24 hours, the General Staff said.", 1050, 1),
    ("Russia lost 980 troops over the preceding day, the General Staff said.", 980, 1),
    ("Russia lost 5,050 soldiers over the preceding seven days, the General Staff said.", 5050, 7),
    ("Russia lost 5,050 soldiers in the most recent week, the General Staff said.", 5050, 7),
])
def test_recent_span_in_other_words(text: str, value: float, days: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days) == ("period", days)


# -- a level "the total" went past or reached restates the figure before -----------------------------------------

def test_total_went_past_and_reached() -> None:
    found = _claims("Russia's losses stood at 950,200 on Monday, the General Staff said. The total went past 950,000 "
                    "on Sunday, when the tally reached 950,040.")
    assert (found[950000].outcome, found[950000].qualifier) == ("losses", "at_least")
    assert (found[950040].category, found[950040].outcome) == ("personnel", "losses")
    assert found[950000].as_of == found[950040].as_of


def test_figure_put_above_before_a_clause_of_contrast() -> None:
    found = _claims("It is thought that Russia has lost from 7,000 to 9,000 troops. Kyiv puts the figure above "
                    "14,000, whereas Moscow has acknowledged only 620 dead.")
    assert (found[14000].outcome, found[14000].qualifier) == ("losses", "at_least")
    assert found[620].outcome == "killed"


# -- a kind a pronoun points at ("several of them"), named the sentence before; "sank" as an agent's verb --------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The Kalibr carriers are the main targets, since they are the only ships still able to strike. Ukrainian forces "
     "have sunk several of them. \"Three corvettes and a submarine: the Ingushetia, the Tsimlyansk and the "
     "Novorossiysk,\" the spokesman for Ukraine's Navy said.", 3, "ships"),
    ("Landing ships are high on the list of targets, since they ferry troops to Crimea. Ukrainian forces have sunk "
     "several of them. \"Two landing ships and a tug: the Olenegorsky, the Minsk and the Saturn,\" the Navy spokesman "
     "said.", 2, "ships"),
])
def test_kind_pointed_at_by_pronoun(text: str, value: float, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category, found.outcome) == ("russia", category, "destroyed")


@pytest.mark.parametrize(("text", "value"), [
    ("Ukrainian forces have sunk three corvettes, the Navy said.", 3),
    ("Ukrainian marines sank two patrol boats near Kinburn, the Navy said.", 2),
])
def test_sank_is_an_agents_verb(text: str, value: float) -> None:
    assert _claims(text)[value].side == "russia"


# -- an age told after "of" ("a woman of 64") is no count --------------------------------------------------------

@pytest.mark.parametrize(("text", "age"), [
    ("\"A woman of 64 died,\" the governor said.", 64),
    ("An elderly man of 81 was killed and 5 people were wounded, the governor said.", 81),
])
def test_age_after_of_is_no_count(text: str, age: float) -> None:
    assert age not in _claims(text)


def test_a_total_of_is_still_a_count() -> None:
    assert _claims("A total of 64 people were killed, the governor said.")[64].outcome == "killed"


# -- three people named, the middle one by a possessive, are no counts of one ------------------------------------

@pytest.mark.parametrize("text", [
    "Russian drones hit the town overnight. \"A woman of 64, her 58-year-old neighbour and an 81-year-old man died,\" "
    "the governor said.",
    "Russian drones hit Nikopol overnight, injuring four. \"A man of 70, his 66-year-old wife and a 40-year-old woman "
    "died,\" the governor said.",
])
def test_people_named_in_a_list_of_three_are_no_count(text: str) -> None:
    assert 1 not in _claims(text)
