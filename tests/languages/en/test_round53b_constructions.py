"""Constructions earlier English probe rounds saw and left (round 53b, helper h213), each pinned by sentences of other
wordings than the ones that showed them: a role noun taken back with "The" after the body it was joined to ("a
spokesman for Russia's defence ministry ... The spokesman said"), or after a nation's word or region ("the governor of
the Kursk region ... The governor said"); "it" that loses before the sentence's own source ("Since then, it has lost
4,000 men, Kyiv said") as the subject of the sentence before; a name's critics told as one noun ("Kremlin critics
say") as no government; "according to their defence ministry", "their defence ministry said", "its defence minister
said" as the nation named before; own losses of a side told in the sentence before ("Ukraine rarely discloses its own
losses. Kyiv said ... soldiers"); a figure with no noun after a source where the sentence's context says what it
counts. Two constructions seen on the way, pinned here as known shortfalls, are read since round 53c."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-02")


# -- "A spokesman for Russia's defence ministry spoke on Tuesday. The spokesman said ...": a role noun with "The" takes
# back the body it was joined to in the sentence before ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("A spokesman for Russia's defence ministry spoke to reporters on Tuesday. The spokesman said 300 Ukrainian"
     " soldiers were killed.", 300, "ru_mod"),
    ("Reporters questioned a spokeswoman for the Ukrainian Ministry of Defence on Friday. The spokeswoman said 420"
     " Russian soldiers had been killed.", 420, "ua_mod"),
    ("An adviser to Ukraine's president gave an interview on Monday. The adviser said 900 Russian soldiers were"
     " killed.", 900, "ua_officials"),
])
def test_a_role_noun_takes_back_the_body_it_was_joined_to(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Russia's defence minister met the governor of the Kursk region. The governor said ...": the bare "governor" is
# Ukraine's (the profile's reading), unless the sentence before named him with a nation's word or region ------------

@pytest.mark.parametrize("text", [
    "Russia's defence minister met the governor of the Kursk region on Monday. The governor said 30 Ukrainian soldiers"
    " were killed.",
    "Moscow's defence minister flew to see the Belgorod governor on Friday. The governor said 30 Ukrainian soldiers"
    " had been killed.",
    "Russia's defence minister met a Russian governor on Monday. The governor said 30 Ukrainian soldiers were killed.",
])
def test_a_governor_named_with_a_russian_region_before_is_russias(text: str) -> None:
    assert _claims(text)[30].claimant == "ru_officials"


@pytest.mark.parametrize("text", [
    # nothing says whose governor he is: the bare noun's reading (Ukraine's regional heads tell most tolls)
    "Russia's defence minister met the governor on Monday. The governor said 30 Ukrainian soldiers were killed.",
    "Russian forces shelled Kharkiv overnight. The governor said 30 civilians were wounded.",
])
def test_a_bare_governor_keeps_the_profiles_reading(text: str) -> None:
    assert _claims(text)[30].claimant == "ua_officials"


# -- "Russia started a push in May. Since then, it has lost 4,000 men, Kyiv said": "it" before the sentence's own
# source is the subject of the sentence before, not the source's own side ---------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia started a push near Lyman in May. Since then, it has lost 4,000 men, Kyiv said.", 4000, "russia"),
    ("Moscow began a new offensive near Kupiansk in March. It has since lost 2,300 soldiers there, according to"
     " Ukraine's General Staff.", 2300, "russia"),
    ("Ukraine launched its counteroffensive in June. Since then, it has lost 160 tanks, Russia's defence ministry"
     " claimed.", 160, "ukraine"),
    # (a side's forces opening the sentence before are its subject too)
    ("Russian troops began an assault near Siversk in April. Since then, they have lost 3,100 men, Kyiv said.", 3100,
     "russia"),
    ("The Ukrainian army crossed into the Kursk region in August. Since then, it has lost 9,000 soldiers, Russia's"
     " defence ministry said.", 9000, "ukraine"),
])
def test_it_that_loses_before_its_source_is_the_subject_before(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_it_after_its_source_is_still_the_speaker() -> None:
    assert _claims("Kyiv said it had lost 300 soldiers in the battle.")[300].side == "ukraine"


# -- "Kremlin critics say ...": a name's critics told as one noun speak for no government ------------------------------

@pytest.mark.parametrize("text", [
    "Kremlin critics say 100,000 Russian soldiers have died.",
    "Exiled Kremlin opponents have estimated that 100,000 Russian soldiers died.",
    "Prominent Kremlin critic Ivan Petrov says 100,000 Russian soldiers have died.",
])
def test_kremlin_critics_are_no_officials(text: str) -> None:
    assert _claims(text)[100000].claimant == "other"


def test_a_body_responding_to_its_critics_is_still_the_body() -> None:
    text = "The Russian defence ministry, responding to its critics, said 300 Ukrainian soldiers were killed."
    assert _claims(text)[300].claimant == "ru_mod"


# -- "According to their defence ministry, ...": the nation named before, as "its" -------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The Russians pressed on near Pokrovsk. According to their defence ministry, 120 Ukrainian soldiers were"
     " killed.", 120, "ru_mod"),
    ("Ukrainian troops held the line near Toretsk on Sunday. According to their defence ministry, 75 Russian"
     " soldiers were killed.", 75, "ua_mod"),
])
def test_according_to_their_defence_ministry(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The Russians pressed on near Pokrovsk. Their defence ministry said 120 Ukrainian soldiers were killed.", 120,
     "ru_mod"),
    ("Russia pressed on near Pokrovsk. Its defence minister said 140 Ukrainian soldiers were killed.", 140, "ru_mod"),
    ("Ukrainian troops held the line near Toretsk. Their defence minister told reporters that 75 Russian soldiers"
     " were killed.", 75, "ua_mod"),
])
def test_their_defence_ministry_and_its_minister_said(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # the possessive points at the nation just named, not at the last source (another nation's)
    ("US officials put Russia's losses at 600,000. Ukraine is more guarded. Its defence minister said in May that"
     " 40,000 soldiers had been killed.", 40000, "ua_mod"),
    ("Britain's defence ministry estimates that Russia has lost 500,000 troops. Russia disputes that. According to"
     " its defence ministry, 30,000 Ukrainian soldiers died last month.", 30000, "ru_mod"),
])
def test_its_defence_ministry_is_the_nation_just_named_not_the_last_source(text: str, value: float,
                                                                           claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Ukraine rarely discloses its own losses. Kyiv said ... soldiers had been killed": a count of soldiers a side's
# source gives after a sentence telling that this side withholds its own losses is its own ---------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukraine rarely discloses its own losses. Kyiv said in February that 46,000 soldiers had been killed.", 46000,
     "ukraine"),
    ("Ukraine seldom publishes its casualty figures. In February, Zelensky said 31,000 soldiers had been killed.",
     31000, "ukraine"),
    ("Moscow keeps its military losses secret. Russia's defence minister said in September that 5,900 soldiers had"
     " been killed.", 5900, "russia"),
])
def test_a_count_of_soldiers_after_its_side_withholds_its_losses_is_its_own(text: str, value: float,
                                                                            side: str) -> None:
    assert _claims(text)[value].side == side


@pytest.mark.parametrize(("text", "value", "side"), [
    # nothing in the text says whose soldiers: the spec settles no own reading, the speaker's enemy as before
    ("Kyiv said in February that 46,000 soldiers had been killed.", 46000, "russia"),
    # the side that withholds its losses is not the speaker's
    ("Russia rarely releases its casualty figures. Kyiv said in February that 46,000 soldiers had been killed.",
     46000, "russia"),
    # the publisher of the enemy's running count speaks of the enemy's (profile dating_claimants)
    ("Ukraine rarely discloses its own losses. The General Staff said on Monday that 1,100 soldiers had been killed.",
     1100, "russia"),
    # what a belligerent's air force shot down stays the enemy's (the spec)
    ("Ukraine rarely discloses its own losses. Its air force said 40 drones were shot down overnight.", 40, "russia"),
])
def test_a_count_nothing_marks_as_own_keeps_the_enemys(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "Kyiv said 46,000 had been killed on the battlefield": a bare count a verb of saying reports counts whom its
# sentence's context says; with none, nothing settles what was counted -------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Kyiv said in February that 46,000 had been killed on the battlefield.", 46000, "personnel"),
    ("Moscow said 300 had died in combat near the border.", 300, "personnel"),
    ("Officials said 12 had been killed in the village overnight.", 12, "civilians"),
    ("Officials said nine had been wounded in the missile strike.", 9, "people"),
])
def test_a_bare_reported_count_reads_its_sentences_context(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome in ("killed", "wounded")) == (category, True)


@pytest.mark.parametrize("text", [
    "Kyiv said 46,000 had been killed.",
    # (the source's own words do not say whom it counted)
    "Russia's defence ministry said 300 had been killed.",
])
def test_a_bare_reported_count_with_no_context_is_no_claim(text: str) -> None:
    assert _claims(text) == {}


def test_a_bare_count_of_the_dead_after_its_side_withholds_its_losses_is_its_soldiers() -> None:
    text = "Ukraine rarely discloses its own losses. Kyiv said in February that 46,000 had died at the front."
    claim = _claims(text)[46000]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "personnel", "killed")


def test_a_bare_count_side_follows_its_outcome_as_a_noun_phrase_would() -> None:
    # "had died" is the speaker mourning its own, "had been killed" the enemy's, as with "300 soldiers"
    assert _claims("Moscow said 300 had died in combat.")[300].side == "russia"
    assert _claims("Moscow said 300 had been killed in combat.")[300].side == "ukraine"


# -- Seen on the way and read since round 53c (test_round53c_constructions.py) ------------------------------------

@pytest.mark.parametrize("text", [
    "Kyiv, which rarely discloses its losses, said in February that 46,000 soldiers had been killed.",
    "Ukraine, which seldom gives its toll, said on Friday that 6,100 soldiers had been killed.",
])
def test_a_capital_set_off_by_a_clause_on_its_losses_is_the_source(text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert claim.claimant == "ua_officials"


def test_the_governor_of_the_region_named_before_is_that_regions() -> None:
    text = ("Drones hit Belgorod overnight, according to the governor of the region. The governor said 17 civilians"
            " were wounded.")
    assert _claims(text)[17].claimant == "ru_officials"
