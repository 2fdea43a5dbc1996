"""Court stories (helper h227, round 55b): the people a charge, an indictment, a conviction or a sentence names as its
subject are the accused, no loss ("Two Russian officers are charged over ..."); the victims of the strike they are
charged over are the other side's, and people, not soldiers, though the accused are soldiers; "an attack in which N
were killed" names the toll of the accused's attack as "an attack which killed N" does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-12-30")


# -- "Three soldiers were indicted over ...": the accused, as the subject of the charge, are no loss -----------------

@pytest.mark.parametrize(("text", "accused", "toll", "side"), [
    ("Two Russian officers are charged over a missile strike which killed 9 people.", 2, 9, "ukraine"),
    ("Three soldiers were indicted over a shelling that killed 14 civilians.", 3, 14, "ukraine"),
    ("Two Russian servicemen have been convicted over a rocket attack which killed 21 people in Kharkiv.", 2, 21,
     "ukraine"),
    ("Four Ukrainian officers were accused over a drone strike that killed 8 people in Belgorod.", 4, 8, "russia"),
    ("Five Ukrainian marines were sentenced in absentia for an attack in which 6 civilians were killed.", 5, 6,
     "russia"),
])
def test_the_accused_are_no_loss_and_their_victims_are_the_other_sides(text: str, accused: float, toll: float,
                                                                        side: str) -> None:
    claims = _claims(text)
    assert accused not in claims
    assert (claims[toll].side, claims[toll].category) == (side, "civilians" if "civilians" in text else "people")


@pytest.mark.parametrize(("text", "toll", "side"), [
    ("A court charged two commanders over an air strike which killed 31 people.", 31, "ukraine"),
    ("A Kyiv court sentenced three Russian soldiers over the shelling which killed 17 people.", 17, "ukraine"),
    ("A Rostov court jailed two Ukrainian soldiers over a missile strike that killed 9 people.", 9, "russia"),
    ("Moscow accused 3 Ukrainian saboteurs of a strike that killed 5 people.", 5, "russia"),
])
def test_the_accused_as_a_courts_object(text: str, toll: float, side: str) -> None:
    claims = _claims(text)
    assert set(claims) == {toll}
    assert (claims[toll].side, claims[toll].category) == (side, "people")


def test_an_attack_in_which_n_were_killed_is_the_accuseds() -> None:
    text = "Two Ukrainian servicemen were sentenced over an attack in which 6 civilians were killed in Kursk."
    assert _claims(text)[6].side == "russia"


# -- what stays a loss -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "category"), [
    ("Two Ukrainian soldiers were killed in the shelling, the General Staff said.", 2, "ukraine", "personnel"),
    ("Three Russian soldiers were wounded and later charged with desertion.", 3, "russia", "personnel"),
    ("Russian troops shelled the city, killing two people.", 2, "ukraine", "people"),
    ("At least 600 Russian soldiers have been convicted of desertion this year, the outlet said.", 600, "russia",
     "personnel"),
    ("Ten Russian soldiers who were charged with war crimes were killed in a Ukrainian strike.", 10, "russia",
     "personnel"),
    ("Some 250 Ukrainian servicemen were charged with going AWOL in May.", 250, "ukraine", "personnel"),
])
def test_a_count_with_its_own_verb_of_loss_stays_a_loss(text: str, value: float, side: str, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category) == (side, category)
