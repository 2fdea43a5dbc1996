"""Round 43 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r43.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r43 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-09-22")


# -- "regional Gov. Ivan Fedko said": a wire's abbreviated title before a name is the governor -----------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian drone attack on Sumy killed three people overnight, regional Gov. Petro Danko said Monday.", 3),
    ("Gov. Oksana Lytvyn said two civilians were wounded by Russian shelling in Kherson on Sunday.", 2),
])
def test_an_abbreviated_governor_is_an_official(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- "In Russia, the Defense Ministry said": a sentence opening on a nation as the place it turns to frames a role it
# names with no nation --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Ukraine's air force said it shot down 88 drones. In Russia, the Defense Ministry said its air defenses downed "
     "43 Ukrainian drones over five regions.", 43, "ru_mod"),
    ("Russia's defence ministry claimed 40 Ukrainian drones were downed. Meanwhile in Ukraine, the defence ministry "
     "said Russia had lost 900 troops over the past day.", 900, "ua_mod"),
])
def test_a_role_framed_by_a_nation_opening_the_sentence_is_that_nations(text: str, value: float,
                                                                          claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "kills 4 and wounds 23": a headline's present "wounds" before a count ------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian strike on Odesa port kills 2 and wounds 17, officials say", 17),
    ("Russian missile strike on Kharkiv kills 3, wounds 28, mayor says", 28),
])
def test_a_headlines_wounds_is_the_wounded(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "wounded"


def test_died_of_wounds_is_still_killed() -> None:
    assert _claims("Two Ukrainian soldiers died of their wounds on Monday, the brigade said.")[2].outcome == "killed"


# -- "sentenced a Russian sergeant ... for killing four civilians in March 2022": the soldier is the killer (the victims
# are his enemy's), and the court's day gives way to the killing's date --------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("A court in Lviv on Friday jailed a Russian gunner for 11 years for killing two civilians in Kherson in November "
     "2022.", 2, "2022-11-30"),
    ("A district court on Thursday sentenced two Russian soldiers to 10 years for shooting dead five civilians in a "
     "village near Kyiv in March 2022.", 5, "2022-03-31"),
])
def test_a_soldier_sentenced_for_killing_is_the_killer_and_the_killing_dates_it(text: str, value: float,
                                                                                 as_of: str) -> None:
    claim = _claims(text, "2025-07-16")[value]
    assert (claim.side, str(claim.as_of)) == ("ukraine", as_of)


# -- "Russia has lost 300,000 soldiers, the General Staff said. It has also lost 9,000 tanks": a sentence opening on a
# pronoun as the one that lost goes on with the side named as the subject that lost just before (seen while probing)

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia has lost 1,090,000 soldiers since the invasion, Ukraine's General Staff said. It has also lost 11,200 "
     "tanks.", 11200, "russia"),
    ("Russian forces lost 2,100 soldiers last week, Ukraine's General Staff said. They also lost 61 artillery "
     "systems.", 61, "russia"),
])
def test_a_pronoun_that_lost_is_the_side_that_lost_before(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_pronoun_after_a_side_that_lost_nothing_is_still_the_speakers() -> None:
    assert _claims("Kyiv said its forces destroyed 40 Russian tanks. It lost two jets.")[2].side == "ukraine"
