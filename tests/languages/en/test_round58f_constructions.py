"""Round 58f (helper h269): English constructions round 58's helpers left, each pinned by sentences of our own in
several wordings. Drones or missiles shot down after a launch the sentence before tells: the launcher's loss (the spec:
"shot down", "intercepted", "downed" are `destroyed`), a bare count after "The air force said" takes the launched
noun; civilian trades fallen fighting (farmers, builders, drivers, ...): soldiers, and civilians where a strike kills
them; a bare "the ministry" after a nation's body with no ministry named: that nation's defence ministry; a database
told by its kind in an apposition: a source of kind `other`; a place's sons and daughters: its people. What was seen
and left is pinned as strict xfail."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-02")


# -- 1. Weapons shot down after a launch the sentence before tells ---------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category", "side"), [
    ("Russia launched 80 drones overnight. The air force said 60 were shot down.", 60, "drones", "russia"),
    ("Moscow fired 40 missiles overnight. The air force said 35 were intercepted.", 35, "missiles", "russia"),
    ("Russia launched 95 drones overnight. Ukraine's air force said 70 were shot down.", 70, "drones", "russia"),
    ("Russia launched 80 drones overnight. 60 were shot down.", 60, "drones", "russia"),
    ("Russia fired 12 cruise missiles at Lviv. Ten were downed, the air force said.", 10, "missiles", "russia"),
    # with their own noun and no source that settles the side: the launcher's
    ("Russia launched 80 drones overnight. 60 drones were shot down.", 60, "drones", "russia"),
    ("Moscow fired 40 missiles at Kyiv on Tuesday. 35 missiles were intercepted.", 35, "missiles", "russia"),
    ("Ukraine launched 120 drones at Russian regions overnight. 95 drones were destroyed.", 95, "drones", "ukraine"),
])
def test_weapons_downed_after_a_launch_told_before(text: str, value: float, category: str, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome, claim.side) == (category, "destroyed", side)


@pytest.mark.parametrize("text", [
    "Russia launched 80 drones overnight. The air force said 60 were shot down.",
    "Russia launched 95 drones overnight. Ukraine's air force said 70 were shot down.",
])
def test_the_air_force_reports_them(text: str) -> None:
    claims = _claims(text)
    assert [c.claimant for c in claims.values()] == ["ua_officials"]
    assert 80 not in claims and 95 not in claims  # (launched, not lost)


# -- 2. Civilian trades ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Twelve farmers from the region have been killed fighting at the front, Kharkiv officials said.", 12, "ukraine"),
    ("Nine builders from the town have died fighting in Ukraine, the governor of Russia's Belgorod region said.", 9,
     "russia"),
    ("Seven bus drivers from the city were killed in action, according to the Dnipro regional administration.", 7,
     "ukraine"),
    ("Fourteen fishermen from the coast have been killed defending Ukraine, the mayor of Odesa said.", 14, "ukraine"),
])
def test_a_trade_fallen_fighting_is_soldiers(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome, claim.side) == ("personnel", "killed", side)


@pytest.mark.parametrize(("text", "value"), [
    ("Two farmers were killed by Russian shelling in Kherson, the governor said.", 2),
    ("Three bus drivers were killed by Russian shelling in Kherson, the governor said.", 3),
    ("A Russian drone struck a market in Kherson, killing four shopkeepers, the governor said.", 4),
])
def test_a_trade_a_strike_kills_is_civilians(text: str, value: float) -> None:
    assert _claims(text)[value].category == "civilians"


# -- 3. A bare "the ministry" after a nation's body ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The General Staff said Russia lost 1,000 soldiers. The ministry also said 20 Russian tanks were destroyed.", 20,
     "ua_mod"),
    ("Ukraine's General Staff put Russian losses at 950 soldiers on Monday. The ministry added that 12 Russian "
     "artillery systems were destroyed.", 12, "ua_mod"),
    ("Russia's chief of the general staff said Ukraine lost 400 soldiers. The ministry also said 30 Ukrainian drones "
     "were shot down.", 30, "ru_mod"),
    # a ministry named before is the one "the ministry" names again
    ("Ukraine's defence ministry said Russia lost 1,000 soldiers. The General Staff said Russia lost 30 tanks. The "
     "ministry also said 20 Russian drones were destroyed.", 20, "ua_mod"),
    # an official is no nation's body: as before
    ("Kharkiv's governor said 3 civilians were killed. The ministry said 5 civilians were wounded.", 5, "ua_officials"),
])
def test_a_bare_ministry_is_the_nations_defence_ministry(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- 4. A database told by its kind ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("RusLosses, an independent database of obituaries, counted 150,000 Russian soldiers killed.", 150000),
    ("UALosses, an online database of the fallen, has counted 70,000 Ukrainian soldiers killed.", 70000),
    ("RusLosses, an independent database, counted 150,000 Russian soldiers killed.", 150000),
    ("According to an independent online tracker, 70,000 Ukrainian soldiers were killed.", 70000),
    # the losses it records end the apposition
    ("RusLosses, an independent database of Russian military deaths, counted 150,000 Russian soldiers killed.", 150000),
    ("UALosses, an online register of the dead, has counted 70,000 Ukrainian soldiers killed.", 70000),
])
def test_a_database_told_by_its_kind_is_a_source(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


# -- 5. A place's sons and daughters ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Ukrainian valley has lost 238 of its sons in the war.", 238),
    ("The Ukrainian town has lost 57 of its sons and daughters since the invasion.", 57),
])
def test_a_places_sons_are_its_people(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.outcome, claim.category in ("people", "personnel")) == ("ukraine", "losses", True)


# -- Known shortfalls seen on the way (strict xfail: a fix shows as a pass) ------------------------------------------

# (lifted in round 59b: a possessive before a kind points back at the body named before, grammar definite_kind)
def test_its_journalists_are_the_bodys() -> None:
    text = ("Mediazona has tracked Russian deaths since 2022. Its journalists counted 2,800 Russian soldiers killed "
            "in the past month.")
    assert _claims(text)[2800].claimant == "mediazona"


# (lifted in round 59b, with the one above: the body's count is read)
def test_its_journalists_added_names() -> None:
    text = ("Mediazona has tracked Russian deaths since 2022. Its journalists added 2,800 names of Russian soldiers "
            "killed in the past month.")
    assert 2800 in _claims(text)
