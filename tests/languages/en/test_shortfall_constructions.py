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
