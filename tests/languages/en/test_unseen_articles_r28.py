"""Round 28 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r28.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r28 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-08-19")



# -- "In September, a US newspaper, citing a confidential estimate, reported that 80,000 had been killed and 400,000
# wounded": a month that opens the sentence dates the statement of running totals, past an aside between the source and
# its verb, and for the figure after "and" as for the first -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("In March, the ministry, citing hospital records, said 12,000 Russian soldiers had been killed.", 12_000,
     "2025-03-31"),
    ("In June, the governor, in a post on Telegram, said 52 civilians in the region had been killed.", 52,
     "2025-06-30"),
    ("In July, the minister said 9,000 Ukrainian soldiers had been killed and 30,000 wounded.", 30_000, "2025-07-31"),
])
def test_a_leading_month_dates_the_statement_past_an_aside(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, "2025-12-01")[value]
    assert (claim.measure, claim.period_start, str(claim.as_of)) == ("cumulative", None, as_of)


def test_a_leading_month_before_a_simple_past_is_still_its_span() -> None:
    claim = _claims("In May, the ministry, citing field reports, said 900 Russian soldiers were killed in the battle "
                    "and 300 wounded.", "2025-12-01")[300]
    assert claim.measure == "period"


# -- "Every one of these deaths is a violation of the law": each member of a group told before is no count of one -----

@pytest.mark.parametrize("text", [
    "Two medics were killed in Kharkiv on Monday, the governor said. \"Each one of these deaths is a crime,\" the "
    "minister said.",
    "Since 2022, 98 medics have been killed in Ukraine. Every single one of these deaths is a war crime, she said.",
])
def test_every_one_of_a_group_is_no_count_of_one(text: str) -> None:
    assert 1 not in _claims(text)


def test_one_in_a_toll_is_still_a_count() -> None:
    assert _claims("One soldier was killed and four were wounded in the shelling, the brigade said.")[1].outcome == \
        "killed"


# -- "57 are still missing and 23 are in Russian captivity": a figure's own outcome after a copula and the captor's
# name (or "held", "still") is its own, not the outcome of the figure before it ---------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The battalion said 31 of its soldiers are missing and 12 are in Russian captivity.", 12),
    ("Kyiv says 140 Ukrainian marines are missing and 60 are being held in enemy captivity.", 60),
])
def test_captivity_after_a_copula_is_the_figures_own_outcome(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "captured"


# -- "131 aid workers and volunteers have been killed ... Eighteen of them were killed this year": "them" are the people
# counted before (and told by the same source), whatever noun the list of them ends on ------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The UN said 131 aid workers and volunteers have been killed in Ukraine. Eighteen of them were killed this year.",
     18),
    ("Since the start of the war, 64 medics and volunteers have been killed in the region, the governor said. Nine of "
     "them died this year.", 9),
])
def test_a_part_of_them_is_of_the_people_counted_before(text: str, value: float) -> None:
    whole, part = _claims(text).values()
    assert (part.value, part.category, part.claimant) == (value, whole.category, whole.claimant)


# -- "Three more soldiers from the Kovel district were buried": a Ukrainian office's count of the soldiers of a place it
# names is of its own people, not the enemy's (but not "from the Russian region of Kursk") -----------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Four soldiers from the Lubny district were buried on Saturday, the district military administration said.", 4),
    ("Two servicemen from the Horodok district were killed this week, the district military administration said.", 2),
])
def test_soldiers_from_a_named_place_an_office_runs_are_its_own(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


def test_soldiers_from_the_enemys_region_are_the_enemys() -> None:
    claim = _claims("Three soldiers from the Russian region of Kursk were killed, the Ukrainian governor said.")[3]
    assert claim.side == "russia"


# -- "two volunteers delivering drinking water": volunteers at civilian work are civilians, not volunteer fighters ----

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Three volunteers evacuating residents from Pokrovsk were killed by a Russian drone, police said.", 3, "killed"),
    ("Two humanitarian volunteers were injured in Kharkiv, the governor said.", 2, "wounded"),
])
def test_volunteers_at_civilian_work_are_civilians(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "civilians", outcome)
