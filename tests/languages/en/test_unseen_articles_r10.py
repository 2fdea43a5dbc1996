"""Round 10 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r10.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed is pinned below by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lossledger import extract_claims
from lossledger.model import Claim

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_articles import differences  # noqa: E402
from unseen_articles import Article  # noqa: E402
from unseen_articles_r10 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "three of the wounded were in a serious condition" is a part of the toll that the noun-less "three of the
    # wounded" hides (loss_frame.py reads no count of a definite group)
    "shopping_centre_toll_rises": [
        "missed: ukraine civilians|people wounded 3 - exact period|cumulative * - 2024-05-26|2024-05-25 ua_officials "
        "false",
    ],
    # "according to a tally of public funeral notices compiled by our North Caucasus service": the outlet's own
    # tally names its compiler only as "our ... service", which is no source phrase; "Kadyrov said" is the surname of
    # "Chechen leader Ramzan Kadyrov", named a sentence before (the same missing register of people)
    "chechen_units_losses": ["480: claimant=- (want other)", "150: claimant=other (want ru_officials)"],
}


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_unseen_article(article: Article) -> None:
    assert differences(article) == KNOWN_SHORTFALLS.get(article.name, [])


def _claims(text: str, published: str = "2024-03-26") -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}


# -- "480 fighters from Chechnya": a place of one side after "from" names the side of the people counted -------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Some 75 servicemen from Dagestan died in the battle, the outlet said.", 75, "russia"),
    ("At least 60 soldiers from the Kursk region were killed in the offensive, the outlet said.", 60, "russia"),
    ("At least 40 volunteers from Lviv have been killed since the spring, the outlet said.", 40, "ukraine"),
])
def test_place_after_from_names_the_side(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "Russian losses over the week:" above "Personnel: 6,210": a table's lines hold the heading's span -------------

@pytest.mark.parametrize(("text", "days"), [
    ("Russian losses over the past week, according to Kyiv:\nPersonnel: 6,210\nTanks: 84", 7),
    ("Russia's losses in the past 24 hours:\n- personnel: 6,210\n- tanks: 84", 1),
])
def test_table_under_a_span_heading_is_that_span(text: str, days: float) -> None:
    claims = _claims(text)
    assert [(claims[v].measure, claims[v].period_days) for v in (6_210, 84)] == [("period", days)] * 2


@pytest.mark.parametrize("text", [
    "Russian losses, according to Kyiv:\nPersonnel: 318,750\nTanks: 5,300",
    # the heading's span is its own figure's; the table under it is the running totals
    "Kyiv said its forces killed 950 Russian soldiers over the past day and destroyed:\nTanks: 318,750\n"
    "Drones: 5,300",
])
def test_table_under_a_plain_heading_stays_running_totals(text: str) -> None:
    claims = _claims(text)
    assert [claims[v].measure for v in (318_750, 5_300)] == ["cumulative"] * 2


# -- "puts the number of Ukrainian soldiers killed at between X and Y": a range the number is put at ---------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The report put the number of Ukrainian troops killed at between 9,000 and 11,000.", 9_000, "ukraine"),
    ("The study puts the number of Russian soldiers killed at more than 40,000.", 40_000, "russia"),
    ("Russian forces killed between 30 and 40 Ukrainian soldiers, Moscow said.", 30, "ukraine"),
])
def test_figure_put_at_a_range_is_the_counted_side(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "an assessment that appeared online this month estimates ...": when a document came to light is no span -------

@pytest.mark.parametrize(("text", "value"), [
    ("A Pentagon document that surfaced last week says 2,000 Ukrainian soldiers have been killed.", 2_000),
    ("A British assessment that emerged this month estimates that 60,000 Russian troops have died.", 60_000),
])
def test_month_a_document_appeared_is_no_span(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "regional governor Oleh Synehubov" then "Synehubov said": a lower-case title names the official again ---------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russian shelling killed three people, according to regional governor Ivan Fedorov. Fedorov said on Monday that "
     "nine more people were wounded.", 9, "ua_officials"),
    ("A drone killed a woman, said the city's mayor Ihor Terekhov. Later, Terekhov said 14 people had been injured.",
     14, "ua_officials"),
])
def test_surname_after_a_lower_case_title_names_the_official_again(text: str, value: float, claimant: str) -> None:
    assert _claims(text, published="2024-05-26")[value].claimant == claimant
