"""Round 45 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r45.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r45 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-08-18")


# -- "the navy said on Sunday that its drones had destroyed a missile ship overnight": a night or a day counted from the
# day of saying the sentence names before the figure is counted from that day, not from the publication's -----------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Ukraine's air force said on Saturday that it had shot down 48 Russian drones overnight.", 48, "2025-08-16"),
    ("The governor of the Belgorod region said on 12 August that three civilians had been wounded yesterday.", 3,
     "2025-08-11"),
])
def test_a_night_counted_from_the_day_of_saying(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text)[value].as_of) == as_of


def test_a_night_with_no_day_of_saying_is_the_publications() -> None:
    assert str(_claims("Ukraine's air force said it had shot down 48 Russian drones overnight.")[48].as_of) == \
        "2025-08-18"


# -- "a Russian missile ship": a ship named by its weapon is a ship ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ukraine's navy said its sea drones had sunk two Russian missile ships off Crimea.",
    "Kyiv says a Ukrainian strike damaged one guided-missile cruiser in the port of Sevastopol.",
])
def test_a_missile_ship_is_a_ship(text: str) -> None:
    assert [c.category for c in _claims(text).values()] == ["ships"]


# -- "carries a crew of about 60": a ship's complement is no loss ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The sunk corvette, the navy said, had a crew of 52 sailors.",
    "The frigate, which carries a crew of about 180, was struck by two Ukrainian missiles, the navy said.",
])
def test_a_crew_carried_is_no_loss(text: str) -> None:
    assert not [c for c in _claims(text).values() if c.category == "personnel"]


# -- 'acknowledged that one of its ships had suffered "minor damage"': damage told with its extent, and a part of the
# speaker's own, are its side's damaged equipment, whatever side the sentence named before ----------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia's defence ministry said it had destroyed 14 Ukrainian drones but admitted that two of its helicopters had "
     "sustained light damage.", 2, "russia"),
    ("Ukraine's air force said it shot down 30 Russian drones and that one of its jets suffered \"minor damage\" on "
     "landing.", 1, "ukraine"),
])
def test_a_part_of_the_speakers_own_damaged(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.outcome) == (side, "damaged")


# -- "according to reports": sources the text does not name end the report before -------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 1,000 soldiers on Monday, Ukraine's General Staff said. Meanwhile, according to unconfirmed reports, "
     "up to 60 Russian soldiers were killed when a drone hit their barracks on Sunday.", 60),
    ("Russia lost 1,000 soldiers on Monday, Ukraine's General Staff said. Local reports say 12 Russian soldiers were "
     "killed in a strike on a depot.", 12),
])
def test_unnamed_reports_end_the_report_before(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None


# -- "Ukraine says it has since destroyed or damaged 29 of them": "since" alone after a perfect counts from a point told
# before, not the day's report of the sentence before going on ------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's General Staff said Russia lost 1,100 soldiers over the past day. Russia has since lost 950,000 "
     "soldiers, the General Staff said.", 950_000),
    ("Ukraine's navy said on Sunday that its drones had sunk a Russian patrol boat overnight. Before the invasion the "
     "Black Sea Fleet had some 80 ships, and the navy says Russia has since lost 26 warships.", 26),
])
def test_since_alone_is_no_days_report_going_on(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("cumulative", None)
