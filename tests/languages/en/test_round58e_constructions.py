"""Constructions round 58e (helper h268) read: a local office named with no nation speaks for the state of the place
its sentence or the sentence before names, and a toll its own sentence raises "from" a smaller figure is one attack's;
each pinned by sentences of other wordings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-07-18")


# -- "A Ukrainian drone hit a house in the Russian city of Belgorod, killing two people, the regional police said":
# a governor, mayor, police or health department of a Russian place speaks for Russia, of a Ukrainian place for
# Ukraine ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    # a Russian place in the same sentence
    ("Drones struck a petrol station in the Russian town of Rylsk, killing three people, the regional governor said.",
     3, "russia", "ru_officials"),
    ("A shell hit a bus stop in the Russian village of Tetkino, killing four civilians, the regional police said.",
     4, "russia", "ru_officials"),
    ("Debris from a downed drone killed two residents in Kursk overnight, local police said.", 2, "russia",
     "ru_officials"),
    ("Six people were killed when a rocket hit a block of flats in Belgorod, the city's mayor said.", 6, "russia",
     "ru_officials"),
    ("Shelling of a market in the Russian city of Bryansk killed five people, the regional health department said.",
     5, "russia", "ru_officials"),
    # a Russian place in the sentence before
    ("Artillery fire hit a school in Russia's Bryansk region on Friday. Two teachers were killed, the regional "
     "police said.", 2, "russia", "ru_officials"),
    ("A drone hit a minibus in the Russian town of Shebekino. Three passengers were killed, the city's mayor said.",
     3, "russia", "ru_officials"),
    ("A missile struck a hospital in Belgorod on Tuesday. Seven people were killed, the regional health department "
     "said.", 7, "russia", "ru_officials"),
    # a Ukrainian place: Ukraine's officials, as before
    ("A Russian missile hit a school in Kharkiv, killing five people, the regional police said.", 5, "ukraine",
     "ua_officials"),
    ("A glide bomb struck a shop in Zaporizhzhia on Monday. Four people were killed, local police said.", 4,
     "ukraine", "ua_officials"),
    ("Russian shelling of the Ukrainian town of Vovchansk killed three residents, the city's mayor said.", 3,
     "ukraine", "ua_officials"),
    ("A drone hit a tram in Kherson, killing two passengers, the regional health department said.", 2, "ukraine",
     "ua_officials"),
    ("A ballistic missile hit a port warehouse in Odesa. Nine workers were killed, the regional governor said.", 9,
     "ukraine", "ua_officials"),
])
def test_a_local_office_speaks_for_the_place_named(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukraine's Kharkiv region was shelled overnight. Elsewhere a drone hit a house in Belgorod. Two people were "
     "killed, the city's mayor said.", 2, "russia"),
    ("Russia's Kursk region was quiet overnight. Then a missile hit a house in Kharkiv, killing four people, the "
     "regional police said.", 4, "ukraine"),
])
def test_the_nearer_place_goes_before_a_region_named_earlier(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, {"russia": "ru_officials", "ukraine": "ua_officials"}[side])


def test_an_office_with_no_place_named_stays_as_it_was() -> None:
    claim = _claims("Three people were killed in the attack, the regional police said.")[3]
    assert (claim.side, claim.claimant) == ("ukraine", "ua_officials")


# -- "The death toll has risen from five to eight": a toll its own sentence raises from a smaller figure counts one
# attack's victims (a period), with no earlier figure told; a war's toll stays a running total --------------------

@pytest.mark.parametrize(("text", "values"), [
    ("The death toll has risen from five to eight, the regional governor said.", (5, 8)),
    ("The number of people killed climbed from 11 to 14 as rescuers searched the rubble, local officials said.",
     (11, 14)),
    ("By the evening the toll had risen from three to seven, the emergency service said.", (3, 7)),
])
def test_a_toll_raised_from_a_smaller_figure_is_one_attacks(text: str, values: tuple[float, ...]) -> None:
    claims = _claims(text)
    assert [claims[v].measure for v in values] == ["period"] * len(values)


def test_a_war_toll_raised_from_a_smaller_figure_stays_a_running_total() -> None:
    claims = _claims("The civilian death toll of the war has risen from 9,000 to 12,000, the UN said.")
    assert [claims[v].measure for v in (9000, 12000)] == ["cumulative", "cumulative"]
