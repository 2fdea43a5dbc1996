"""Round 7 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r7.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed is pinned below by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r7 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "a decrease from April's average of 1,350": comparison_before rightly keeps April from dating the figure before
    # it (1,280, May's), but the figure after the comparison is April's own and still takes the sentence's May
    # (span_context.py / measure.py give the compared month to nothing)
    "defence_intelligence_post": ["1350: as_of=2025-05-31 (want 2025-04-30|2025-04-01)"],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-02-24")


# -- "Russian soldiers killed: 95,000": a sidebar's label may open with whose loss it is -----------------------

@pytest.mark.parametrize(("text", "value", "side", "category", "outcome"), [
    ("Russian troops killed: 88,000 identified by name, according to Mediazona.", 88_000, "russia", "personnel",
     "killed"),
    ("Ukrainian soldiers wounded: 41,000, Moscow claims.", 41_000, "ukraine", "personnel", "wounded"),
    ("Russian helicopters lost: 140 visually confirmed, according to Oryx.", 140, "russia", "helicopters",
     "losses"),
])
def test_label_led_by_a_side(text: str, value: float, side: str, category: str, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, category, outcome)


def test_side_led_label_is_no_agent() -> None:
    # the label's participle is what befell them, not what they did to the other side
    assert _claims("Russian soldiers killed: 95,000, according to Mediazona.")[95_000].side == "russia"


# -- "An earlier version of this story said 12": the figure a correction withdraws is no claim -----------------

@pytest.mark.parametrize("text", [
    "An earlier version of this story said Russian shelling killed 9 civilians in Kherson.",
    "The original version of this report said 30 Russian tanks had been destroyed.",
])
def test_withdrawn_figure_is_no_claim(text: str) -> None:
    assert _claims(text) == {}


@pytest.mark.parametrize(("text", "value"), [
    ("The governor said Russian shelling killed 9 civilians in Kherson.", 9),
    ("Officials said 30 Russian tanks had been destroyed in the earlier version of the offensive.", 30),
])
def test_figure_without_a_correction_stays(text: str, value: float) -> None:
    assert value in _claims(text)


def test_side_led_sentence_before_a_colon_is_no_label() -> None:
    # more than one word between the noun and the colon: a sentence, whose figure counts what it names
    claims = _claims("Russia's losses were heavier: the monitors list 2,300 Ukrainian armoured vehicles as lost.")
    assert claims[2_300].category == "armoured_vehicles"


# -- "Moscow claimed in October that ...": the month of a verb of judging dates the statement, not a span ---------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Moscow claimed in October that Ukraine had suffered 9,000 dead.", 9_000, "2024-10-31"),
    ("British intelligence assessed in June that Russia had suffered 500,000 casualties.", 500_000, "2024-06-30"),
    ("Western officials estimated in March that Russia had lost 2,900 tanks.", 2_900, "2024-03-31"),
])
def test_month_of_a_judgement_dates_a_running_total(text: str, value: float, as_of: str) -> None:
    claim = _claims(text, published="2024-11-20")[value]
    assert (claim.measure, claim.as_of.isoformat() if claim.as_of else None) == ("cumulative", as_of)


def test_a_figure_between_judgement_and_month_keeps_the_months_span() -> None:
    # "an estimated 30,000 troops in May": the month is the span of the losses, not of the estimate
    claim = _claims("Russia lost an estimated 30,000 troops in May.", published="2024-11-20")[30_000]
    assert claim.measure == "period"
