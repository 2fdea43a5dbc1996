"""Round 26 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r26.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r26 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-10-22")


# -- "killed two port workers": people at a named kind of civilian work are civilians ------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A missile struck the harbour in Odesa overnight, killing three dock workers, the governor said.", 3, "killed"),
    ("Two plant workers were injured when a Russian drone hit a factory in Zaporizhzhia, the governor said.", 2,
     "wounded"),
])
def test_workers_named_by_their_workplace_are_civilians(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "civilians", outcome)


# -- "three of the dead were children", "87 were injured, 11 of them children": a part of the victims that a copula (or
# "of them") names is counted as what it names ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A glide bomb hit a market in Kostiantynivka, killing 14 people, officials said. Four of the dead were "
     "children.", 4, "killed"),
    ("A strike on Kharkiv injured 40 people, nine of them children, the mayor said.", 9, "wounded"),
])
def test_a_part_of_the_victims_is_what_its_noun_names(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == ("civilians", outcome)


# -- "18 were killed; we have not been able to verify these figures": a later clause that says the sentence's
# figures could not be checked hedges them ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The governor said 12 people were injured; the BBC has not been able to confirm this.", 12),
    ("Moscow said 60 Ukrainian soldiers were killed in the raid, and we were unable to independently verify the "
     "claim.", 60),
])
def test_a_later_clause_that_could_not_verify_hedges(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is True


def test_a_later_clause_of_other_doubt_does_not_hedge() -> None:
    assert _claims("The governor said 12 people were injured; more may be under the rubble.")[12].hedged is False


# -- "Russia's combined casualties": one side's killed and wounded together, no total of both sides -----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Western officials put Moscow's combined casualties at 790,000.", 790_000),
    ("The think tank puts Russia's combined casualties at about 900,000.", 900_000),
])
def test_one_sides_combined_casualties_are_its_loss(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category) == ("russia", "personnel")


def test_combined_losses_of_both_sides_are_no_claim() -> None:
    assert _claims("Combined Russian and Ukrainian casualties may reach 1.8 million, officials said.") == {}


# -- "By August 2023, US officials had put the figure at ...": a "by" that opens the sentence makes its month the point
# the figures stand at, not a month's own losses ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("By March 2024, Western officials put Russia's losses at 350,000 killed and wounded.", 350_000, "2024-03-31"),
    ("By October 2024, Kyiv's count of Russian troops lost stood at 690,000.", 690_000, "2024-10-31"),
])
def test_a_leading_by_month_is_the_point_a_total_stands_at(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start, str(claim.as_of)) == ("cumulative", None, as_of)


def test_losses_in_a_month_are_still_that_months() -> None:
    claim = _claims("In March 2024, Russia lost 25,000 soldiers, Western officials said.")[25_000]
    assert claim.measure == "period"


# -- "put the figure at close to 300,000, including as many as 120,000 dead": the outcome of a part after "including"
# is the part's, not the whole's (which keeps the figure it restates) -------------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("In 2023 the ministry said 60,000 Ukrainian soldiers had been killed or wounded. By spring, it put the figure "
     "at 85,000, including 30,000 killed.", 85_000, "losses"),
    ("Analysts said 200,000 Russian troops had been killed or wounded by June. A year later they put the number at "
     "about 400,000, including some 100,000 dead.", 400_000, "losses"),
])
def test_a_parts_outcome_is_not_the_wholes(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


# -- "Reyes's own tally ... is that": a name in the possessive that opens a sentence is a named source, not a plural
# noun; a day's or "today's" is no one ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Jones's own count is that Russia has lost 950,000 men.", 950_000),
    ("The General Staff said Russia lost 1,100 troops a day. Okafor's estimate, made from satellite images, is that "
     "Russia has lost 4,200 tanks.", 4200),
])
def test_a_name_in_the_possessive_opening_a_sentence_is_a_source(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


@pytest.mark.parametrize("text", [
    "Today's count shows 950,000 Russian soldiers lost.",
    "Monday's update put Russia's losses at 950,000 men.",
])
def test_a_days_possessive_is_no_source(text: str) -> None:
    assert _claims(text)[950_000].claimant is None


# -- "The enemy struck the city centre. In total, 23 people were killed": a summing word after an attack tells the
# attack's victims, not a running total --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian drones struck Odesa overnight, the governor said. In all, four people were injured.", 4),
    ("A ballistic missile hit a hospital in Dnipro on Friday.\nAltogether, 11 people were killed.", 11),
])
def test_a_summing_word_after_an_attack_counts_its_victims(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_a_summing_word_with_a_running_verb_stays_a_total() -> None:
    claim = _claims("In total, 12,500 civilians have been killed in Ukraine since the invasion, the UN said.")[12_500]
    assert claim.measure == "cumulative"


# -- "(Adds mayor's comment; updates toll in paragraphs 1-2)": a wire rewrite's note is no part of the story ---------

@pytest.mark.parametrize(("text", "values"), [
    ("UPDATE 1-Drone attack on Kharkiv injures 12\n(Updates death toll in paragraphs 1, 3)\nA Russian drone attack on "
     "Kharkiv injured 12 people, the mayor said.", [12]),
    ("UPDATE 2-Strike on Dnipro kills 9\n(Recasts, raises toll in paragraphs 1-3)\nA Russian missile hit Dnipro, "
     "killing nine people and injuring 12, officials said.", [9, 12]),
])
def test_a_wire_rewrites_note_is_no_part_of_the_story(text: str, values: list[float]) -> None:
    assert sorted(_claims(text)) == values


def test_a_parts_aside_closed_before_the_wholes_verb_leaves_it_the_whole() -> None:
    claim = _claims("At least 40 Ukrainian soldiers, including three officers, were killed in the strike, the brigade "
                    "said.")[40]
    assert claim.outcome == "killed"
