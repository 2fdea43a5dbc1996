"""Round 19 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r19.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r19 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-05-05")


# -- "..., the ministry said on Sunday. The ministry also claimed that ... in the same period": the report's day -----

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Moscow's defence ministry reported on Thursday that 300 Ukrainian drones were downed in a week. The ministry "
     "stated that Kyiv lost 2,000 soldiers in the same period.", 2000, "2025-05-01"),
    ("Air defences destroyed 45 drones over the past day, the army said on Saturday. It also claimed that Russia lost "
     "800 troops during the same period.", 800, "2025-05-03"),
])
def test_a_figure_in_the_same_period_of_a_report_that_goes_on_is_as_of_its_day(
        text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("period", as_of)


# -- "... on Tuesday killed 7 people and injured 30. Among the injured are 4 children.": the part has the toll's day --

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("A Russian missile strike on Dnipro on Tuesday killed 7 people and injured 30. Among the injured are 4 children.",
     4, "2025-05-06"),
    ("Russian drones hit Odesa overnight on Sunday, killing two people and wounding 11, the mayor said. Among the dead "
     "was one child.", 1, "2025-05-04"),
])
def test_a_part_of_one_days_toll_has_that_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, published="2025-05-08")[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("period", 1, as_of)


# -- "Oleh Syniehubov, head of the Kharkiv Oblast Military Administration": the office is written with its place ----

@pytest.mark.parametrize(("text", "claimant_text"), [
    ("Russian strikes killed 5 civilians on Monday, the Sumy Oblast Military Administration said.",
     "Sumy Oblast Military Administration"),
    ("The Kherson City Military Administration said 3 civilians were killed on Monday.",
     "Kherson City Military Administration"),
    ("The regional military administration said 3 civilians were killed on Monday.",
     "regional military administration"),
])
def test_an_office_named_by_the_profile_keeps_the_place_before_it(text: str, claimant_text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert (claim.claimant, claim.claimant_text) == ("ua_officials", claimant_text)
