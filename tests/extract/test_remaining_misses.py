"""Constructions behind the last misses of the shared sets (task h61), each read on wordings of our own."""

from __future__ import annotations

import pytest

from lossledger import Claim, extract_claims


def _claims(text: str, published: str = "2024-05-02") -> list[Claim]:
    return extract_claims(text, published=published, doc_id="t")


@pytest.mark.parametrize(("text", "category"), [
    ("Russia's defence ministry said its forces had destroyed three launchers of the Patriot air defence systems.",
     "air_defence"),
    ("Kyiv said its drones hit four launchers for the multiple rocket systems that the army had hidden.",
     "mlrs"),
])
def test_a_launcher_of_a_named_system_counts_as_that_system(text: str, category: str) -> None:
    """"N launchers of/for the X system(s)": the launcher is part of the system its complement names."""
    assert [c.category for c in _claims(text)] == [category]


def test_a_launcher_for_munitions_stays_unspecified_equipment() -> None:
    text = "Russia's defence ministry said its forces had destroyed five launchers for cruise missiles."
    assert [c.category for c in _claims(text)] == ["equipment"]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Kyiv said Russia had lost at the very least 40 tanks in the battle for the town.", "at_least"),
    ("Kyiv said at the very most 12 of its helicopters had been destroyed since the spring.", "at_most"),
])
def test_an_emphatic_bound_qualifies_the_number(text: str, qualifier: str) -> None:
    """"at the very least N" bounds N as "at least N" does; "at the very most N" as "at most N"."""
    assert [c.qualifier for c in _claims(text)] == [qualifier]


@pytest.mark.parametrize("text", [
    "Kyiv said its troops had reportedly destroyed 20 Russian vehicles, including 12 tanks and 8 armoured"
    " personnel carriers.",
    "Russia's army allegedly lost 15 helicopters in the spring, including 6 attack helicopters.",
])
def test_the_parts_of_a_hedged_figure_are_hedged(text: str) -> None:
    """"reportedly destroyed N vehicles, including M tanks": a part told after "including" shares its whole's hedge."""
    claims = _claims(text)
    assert len(claims) >= 2 and all(c.hedged for c in claims)


def test_the_parts_of_a_plain_figure_stay_plain() -> None:
    claims = _claims("Kyiv said its troops had destroyed 20 Russian vehicles, including 12 tanks and 8 armoured"
                     " personnel carriers.")
    assert len(claims) >= 2 and not any(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    "Officials in Kyiv said 14 civilians were killed in the strike, meaning the month is likely to be the deadliest"
    " of the year.",
    "The regional governor said nine people died on Tuesday, meaning that the toll could soon pass last year's.",
])
def test_a_hedge_in_a_consequence_clause_does_not_hedge_the_figure(text: str) -> None:
    """", meaning (that) ... likely / could ...": a clause of its own about what follows from the figure."""
    claims = _claims(text)
    assert claims and not any(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    "The UN mission was still verifying reports that the shelling of the town had killed 12 civilians.",
    "UN monitors said they are checking reports that 30 civilians were killed in the strike on the market.",
])
def test_a_figure_still_being_verified_is_hedged(text: str) -> None:
    """"verifying / checking reports that ... N": the number is not yet confirmed."""
    claims = _claims(text)
    assert claims and all(c.hedged for c in claims)


def test_a_verified_figure_is_not_hedged() -> None:
    claims = _claims("The UN mission said it had verified that the shelling of the town had killed 12 civilians.")
    assert claims and not any(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    "A German newspaper wrote, without citing its sources, that Russia had lost 40 ships.",
    "Without citing a source, the weekly claimed that 300 Russian tanks had been destroyed in the month.",
])
def test_a_figure_given_without_a_source_is_hedged(text: str) -> None:
    """"without citing its source(s)": the text marks the number as unsupported."""
    claims = _claims(text)
    assert claims and all(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    "In its tally of enemy losses, Kyiv's General Staff said 7 Russian IFVs (infantry fighting vehicles, tracked)"
    " had been destroyed in the past day.",
    "In the latest count of Russian losses, Kyiv's defence ministry said another two Russian MLRS (multiple launch"
    " rocket systems) had been destroyed on Friday.",
])
def test_the_verb_after_an_expanded_abbreviation_says_the_outcome(text: str) -> None:
    """"N MLRS (multiple launch rocket systems) had been destroyed": the aside in brackets does not put the
    number's own verb out of reach, so a "losses" earlier in the sentence does not stand in for it."""
    assert [c.outcome for c in _claims(text)] == ["destroyed"]
