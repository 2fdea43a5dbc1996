"""Constructions round 53b left (round 53c, helper h221), each pinned by sentences of other wordings than the ones that
showed them: a source's name set off by a "which" clause before its verb of saying ("Kyiv, which rarely discloses its
losses, said"); a role joined to a place that points back ("according to the governor of the region") held in the place
named before it, in its own sentence and taken back by "The governor" in the next; a numbered formation ("Russia's
58th Army", "Ukraine's 3rd Army Corps") and a military district as the nation's officials, as a brigade is, not its
defence ministry or General Staff (the spec: any part of the military other than the ministry and its staff)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-02")


# -- "Kyiv, which rarely discloses its losses, said ...": the name before a "which" clause is the verb's subject ------

@pytest.mark.parametrize(("text", "value", "claimant", "written"), [
    ("Kyiv, which seldom publishes its own casualty figures, said in March that 38,000 soldiers had been killed.",
     38000, "ua_officials", "Kyiv"),
    ("Ukraine, which keeps its toll secret, said on Tuesday that 5,400 soldiers had died.", 5400, "ua_officials",
     "Ukraine"),
    ("Ukraine's General Staff, which updates its figures every morning, said 1,230 Russian soldiers were killed in the"
     " past day.", 1230, "ua_general_staff", "Ukraine's General Staff"),
    # (past an auxiliary before the verb)
    ("Kyiv, which rarely discloses its own casualties, has said 43,000 soldiers had been killed.", 43000,
     "ua_officials", "Kyiv"),
    ("Mediazona, which counts obituaries with BBC Russian, said 120,000 Russian soldiers had been confirmed dead.",
     120000, "mediazona", "Mediazona"),
])
def test_a_name_set_off_by_a_which_clause_is_the_source(text: str, value: float, claimant: str,
                                                        written: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == (claimant, written)


def test_a_name_set_off_by_a_which_clause_on_its_losses_keeps_its_own_side() -> None:
    # (round 53b: a side that withholds its losses speaks of its own soldiers)
    claim = _claims("Kyiv, which rarely discloses its losses, said in February that 46,000 soldiers had been killed.")[
        46000]
    assert (claim.side, claim.claimant) == ("ukraine", "ua_officials")


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # a person's name before a "who" clause: the clause tells who speaks, as before
    ("Jane Doe, who heads the monitoring mission, said 120 civilians were killed in May.", 120, "un"),
    # a described subject before a "who" clause is still read past it
    ("The brigade commander, who asked not to be named, has said 200 Russian soldiers were killed.", 200,
     "ua_officials"),
])
def test_who_clauses_read_as_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Drones hit Belgorod overnight, according to the governor of the region": the region the role points back at is
# the place named before it ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant", "side"), [
    ("Shelling hit Kursk on Monday, the governor of the region said. The governor said 8 civilians were wounded.", 8,
     "ru_officials", "russia"),
    ("A drone attack on Voronezh was repelled, the mayor of the city wrote. The mayor said 3 civilians were wounded.",
     3, "ru_officials", "russia"),
    ("Ukrainian drones struck Bryansk overnight. The governor of the region said 6 civilians were wounded.", 6,
     "ru_officials", "russia"),
    ("Ukrainian drones struck Bryansk overnight, and the governor of the region said 5 civilians were wounded.", 5,
     "ru_officials", "russia"),
    # a Ukrainian place holds a Ukrainian office
    ("A missile struck Kharkiv on Monday, according to the governor of the region. The governor said 12 civilians were"
     " wounded.", 12, "ua_officials", "ukraine"),
])
def test_a_role_of_the_region_is_the_place_named_befores(text: str, value: float, claimant: str, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.side) == (claimant, side)


def test_a_nations_adjective_is_no_place_of_the_region() -> None:
    # "Russian drones struck the city": no place is named, so the bare governor keeps the profile's reading
    text = ("Russian drones struck the city overnight, according to the governor of the region. The governor said 14"
            " civilians were wounded.")
    assert _claims(text)[14].claimant == "ua_officials"


# -- "A spokesman for Russia's 58th Army said ...": a numbered formation is a unit, its nation's officials -------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("A spokesman for Russia's 58th Army said 30 Ukrainian soldiers were killed.", 30, "ru_officials"),
    ("The commander of Russia's 1st Guards Tank Army said 32 Ukrainian soldiers were killed.", 32, "ru_officials"),
    ("A spokesman for the Russian 76th Guards Air Assault Division said 37 Ukrainian soldiers were killed.", 37,
     "ru_officials"),
    ("The Russian 155th brigade said 36 Ukrainian soldiers were killed.", 36, "ru_officials"),
    ("A spokesman for Russia's Southern Military District said 41 Ukrainian soldiers were killed.", 41,
     "ru_officials"),
    ("A spokesman for Ukraine's 3rd Assault Brigade said 50 Russian soldiers were killed.", 50, "ua_officials"),
    ("A spokesman for Ukraine's 3rd Army Corps said 33 Russian soldiers were killed.", 33, "ua_officials"),
])
def test_a_numbered_formation_is_its_nations_officials(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # the army as a whole and the ministry stay what they were
    ("The Russian army said 70 Ukrainian soldiers were killed.", 70, "ru_mod"),
    ("Russia's defence ministry said 91 Ukrainian soldiers were killed.", 91, "ru_mod"),
    ("A spokesman for the Ukrainian army said 90 Russian soldiers were killed.", 90, "ua_general_staff"),
])
def test_the_army_as_a_whole_keeps_its_key(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Russia's 20th Combined Arms Army said ...": "combined" in the name of a kind of formation is no total of both
# sides --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's 20th Combined Arms Army said 31 Ukrainian soldiers had been killed.", 31),
    ("A spokesman for Russia's 41st Combined Arms Army said 52 Ukrainian soldiers were killed.", 52),
    ("Ukraine said its combined-arms assault had killed 60 Russian soldiers.", 60),
])
def test_combined_arms_is_no_total_of_both_sides(text: str, value: float) -> None:
    assert value in _claims(text)


def test_combined_losses_of_both_sides_are_still_no_claim() -> None:
    assert _claims("Combined Russian and Ukrainian casualties reached 500,000, officials said.") == {}
