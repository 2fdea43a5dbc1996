"""Round 27, second part: constructions behind the English rounds' pinned shortfalls that a general rule reads, each
pinned by sentences of other wordings than the articles' (the articles' pins are removed where cured)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2024-03-16")


# -- "37 residents had died in the fighting": a place's own people who died in the fighting are its soldiers --------

@pytest.mark.parametrize("text", [
    "In Russia's Bashkortostan region, the regional governor said 37 residents had died in the fighting.",
    "In Russia's Perm region, the governor said 20 residents had been killed in the fighting.",
])
def test_residents_who_died_in_the_fighting_are_soldiers(text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert (claim.side, claim.category, claim.outcome, claim.claimant) == ("russia", "personnel", "killed",
                                                                           "ru_officials")


def test_residents_killed_in_the_shelling_stay_civilians() -> None:
    claim = _claims("In Russia's Belgorod region, the governor said 20 residents had been killed in the shelling.")[20]
    assert (claim.side, claim.category) == ("russia", "civilians")


# -- "Q: ... A: ...": an interview's answers speak as the one its introduction presents by role and nation ----------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Colonel Serhiy Bondar heads the press service of Ukraine's southern command. We spoke to him in Odesa.\n"
     "Q: What happened on the river last week?\nA: Our units destroyed 14 Russian boats and killed 40 Russian "
     "marines.", 40, "russia", "ua_officials"),
    ("Major Ivan Petrov is a spokesman for Russia's defence ministry.\nQuestion: How many drones did you shoot down?\n"
     "Answer: In April alone, our air defences shot down 300 Ukrainian drones. We lost three soldiers.", 300,
     "ukraine", "ru_mod"),
])
def test_answer_speaks_as_the_one_the_introduction_presents(text: str, value: float, side: str,
                                                            claimant: str) -> None:
    claim = _claims(text, "2025-05-20")[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_answer_of_an_official_counts_his_own_side_losses_as_we_lost() -> None:
    text = ("Major Ivan Petrov is a spokesman for Russia's defence ministry.\nQ: And your own losses?\n"
            "A: We lost three soldiers in the attack.")
    claim = _claims(text, "2025-05-20")[3]
    assert (claim.side, claim.claimant) == ("russia", "ru_mod")


def test_answer_under_an_introduction_of_no_role_has_no_source() -> None:
    text = ("Olena Marchenko is a nurse in Kharkiv.\nQ: How was the night?\nA: A drone hit the building next door and "
            "12 people were injured.")
    assert _claims(text, "2025-05-20")[12].claimant is None


# -- "The number of injured has risen to 6": a toll rising from one attack's count told just before is that attack's --

@pytest.mark.parametrize(("text", "value"), [
    ("Drones hit a residential building in Kharkiv overnight, injuring 3 people, the mayor said.\nThe number of "
     "injured has risen to 6, he said.", 6),
    ("A missile struck a shopping centre in Odesa on Monday, killing 4 people, the governor said. The death toll has "
     "climbed to 7, he said later.", 7),
])
def test_toll_risen_from_an_attacks_count_is_that_attacks(text: str, value: float) -> None:
    assert _claims(text, "2025-04-05")[value].measure == "period"


@pytest.mark.parametrize("text", [
    "Russian shelling killed 3 civilians in Kherson on Monday, the governor said. The civilian death toll of the war "
    "has risen to 12,000, the UN said.",
    "Russian shelling killed 3 civilians in Kherson on Monday, the governor said. Since the invasion, the number of "
    "civilians killed in the city has risen to 12,000.",
])
def test_war_toll_risen_after_an_attack_stays_a_running_total(text: str) -> None:
    assert _claims(text, "2025-04-05")[12_000].measure == "cumulative"


# -- "about 70,000 dead and 120,000 wounded": the first count's word of approximation speaks of the one joined to it --

@pytest.mark.parametrize(("text", "value"), [
    ("The ministry said Russia had lost roughly 1,000 tanks and 2,000 armoured vehicles.", 2_000),
    ("Ukraine has suffered around 40,000 killed and 90,000 wounded, officials said.", 90_000),
])
def test_approximation_speaks_of_the_count_joined_to_it(text: str, value: float) -> None:
    assert _claims(text)[value].qualifier == "approx"


def test_count_told_after_another_clause_keeps_its_own_qualifier() -> None:
    claims = _claims("Russia lost about 1,000 tanks, the ministry said, and 2,013 armoured vehicles.")
    assert (claims[1_000].qualifier, claims[2_013].qualifier) == ("approx", "exact")
