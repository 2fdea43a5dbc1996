"""Round 35 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r35.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r35 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-09-23")


# -- "Russian forces shelled 31 settlements ... By settlement: / Bilozerka: 2 killed, 3 wounded;": a labelled line of a
# list whose lead tells of an attack counts its victims (not soldiers), over the span the lead names ------------------

@pytest.mark.parametrize(("text", "values"), [
    ("Russian troops struck 14 villages of the district overnight, the head of the district said.\nPer community:\n"
     "Velyka Pysarivka: 4 injured;\nKrasnopillia: 1 dead, 6 injured.", (4, 1, 6)),
    ("Enemy drones attacked the region 40 times in the past 24 hours, the regional administration reported. "
     "Casualties by town:\nNikopol - 2 killed, 7 hurt;\nMarhanets - 5 hurt.", (2, 7, 5)),
])
def test_list_lines_under_an_attack_count_its_victims_over_its_span(text: str, values: tuple[int, ...]) -> None:
    claims = _claims(text)
    for value in values:
        claim = claims[value]
        assert (claim.side, claim.measure, claim.period_days) == ("ukraine", "period", 1)
        assert claim.category in ("people", "civilians")  # (an attack's victims; a civilian word names them)


# -- "shot down six rockets fired by a HIMARS launcher and 211 drones": a participle with its agent describes the item
# before it, so the next item is no thing fired or launched ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Russia's defence ministry said its air defences downed three missiles launched from aircraft and 48 drones.",
     48, "drones"),
    ("Russian forces destroyed two howitzers supplied by France and 17 pickup trucks, Russia's defence ministry said.",
     17, "vehicles"),
])
def test_a_participle_with_its_agent_leaves_the_next_item_a_loss(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", category, "destroyed")


# -- "LVIV, 4 November 2025 - ... killed 14 health workers in October": a dateline with no outlet in brackets is the day
# the story was filed, not the figure's; a timeline's bare "June 9 -" is still its line's date -----------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("ODESA, 2 December 2025 - Russian strikes killed 23 civilians in the region in November, the governor said.",
     23, "2025-11-30"),
    ("DNIPRO, December 2 -- Drone attacks wounded 41 residents of the city in November, the mayor told reporters.",
     41, "2025-11-30"),
    ("November 17, 2025 - Russian forces lost 12 tanks near the town, the brigade said.", 12, "2025-11-17"),
])
def test_a_dateline_without_an_outlet_is_no_figures_date(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text, "2025-12-02")[value].as_of) == as_of


# -- "Russian attacks on Ukraine's railways killed nine railway workers": the side named as what an attack was made on
# is the side attacked, whose people were killed ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian missile strikes on Ukraine's energy facilities killed four workers overnight, the company said.",
    "Russian air strikes against Ukraine's power plants killed five workers in March.",
])
def test_the_side_an_attack_was_made_on_lost_the_people(text: str) -> None:
    assert [c.side for c in _claims(text).values()] == ["ukraine"]


# -- "6,400 rail workers have joined the army since 2022": people who went to war are no loss -------------------------

@pytest.mark.parametrize("text", [
    "More than 640 doctors have joined the armed forces since the invasion, the health ministry said, while 90 clinics "
    "were destroyed.",
    "The governor said 520 local men had joined the military this year, as shelling destroyed 30 homes.",
])
def test_people_who_joined_the_army_are_no_loss(text: str) -> None:
    assert _claims(text) == {}


# -- "812 of its employees had been killed, the company said. Of them, 301 died at the front after being mobilised": a
# part of the victims told with the army's words are soldiers, and the whole's source goes on --------------------------

@pytest.mark.parametrize(("text", "whole", "part", "claimant"), [
    ("Some 230 teachers have been killed since 2022, the education ministry said. Of these, 170 died at the front.",
     230, 170, "ua_officials"),
    ("At least 96 coaches have been killed since the invasion, the sports ministry said. Of them, 60 were killed "
     "fighting in the army.", 96, 60, "ua_officials"),
])
def test_a_part_of_the_victims_that_fell_as_soldiers(text: str, whole: float, part: float, claimant: str) -> None:
    claims = _claims(text, "2025-10-02")
    assert claims[whole].category in ("people", "civilians")
    assert (claims[part].side, claims[part].category, claims[part].claimant) == ("ukraine", "personnel", claimant)
