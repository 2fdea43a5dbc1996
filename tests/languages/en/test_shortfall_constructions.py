"""Constructions behind shortfalls the round-24 articles pinned, each read in sentences of other wordings than the
articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-20")


# -- "Kyiv's battlefield dead now number 45,000": "number" after an adverb or a modal is the verb that gives the
# count, not the label of what follows ("hospital number 4") -----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia's losses around the town now number 3,400 troops, the Ukrainian brigade said.", 3400, "russia"),
    ("Civilian deaths in the occupied city could number 12,000, Ukrainian officials said.", 12_000, "ukraine"),
])
def test_number_after_an_adverb_or_modal_is_a_verb_of_counting(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_number_as_a_label_is_still_no_count() -> None:
    assert 4 not in _claims("A Russian missile hit hospital number 4 in Kharkiv, killing 3 people, the governor said.")


# -- "at least 206 ... had died in captivity since February 2022. Another 42 were executed": more of a count since the
# war's start, opening the next sentence, are of the same span, not a new day's increment ---------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The ombudsman said 310 Ukrainian civilians had died in Russian detention since the full-scale invasion. "
     "Another 57 were killed while trying to flee, his office said.", 57),
    ("Ukraine's prosecutors say Russian forces have killed 95 Ukrainian medics since February 2022. Another 28 "
     "died in strikes on ambulances, they said.", 28),
])
def test_another_after_a_count_since_the_war_began_shares_its_span(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "At least 17 journalists have been killed ... Four of them were camera operators": "N of them were <plural noun>"
# is a part of the people the sentence before counted, whether or not the vocabulary knows the noun ----------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("At least 40 Ukrainian medics have been killed since the invasion, the health ministry said. Nine of them were "
     "ambulance drivers, it said.", 9, "killed"),
    ("Russian strikes have wounded 210 Ukrainian rescuers since 2022, the emergency service said. Thirty of them "
     "were electricians, it added.", 30, "wounded"),
])
def test_a_part_of_them_named_by_an_unknown_noun_is_of_the_count_before(text: str, value: float,
                                                                        outcome: str) -> None:
    claims = _claims(text)
    assert (claims[value].outcome, claims[value].side) == (outcome, "ukraine")


def test_a_part_of_them_in_a_place_is_no_count_of_people() -> None:
    claims = _claims("At least 40 Ukrainian medics have been killed since the invasion, the ministry said. Nine of "
                     "them were in Kharkiv, it said.")
    assert 9 not in claims


def test_a_part_of_them_in_places_named_by_a_plural_is_no_count_of_people() -> None:
    claims = _claims("At least 40 Ukrainian medics have been killed since the invasion, the ministry said. Nine of "
                     "them were in field hospitals, it said.")
    assert 9 not in claims
