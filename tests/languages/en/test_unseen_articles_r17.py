"""Round 17 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r17.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from lossledger import extract_claims

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r17 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-06-02")


# -- "the Russian army's visually confirmed tank losses": a possessor and an adverb are no source that confirmed ------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The count lifts Russia's visually confirmed armoured vehicle losses to 9,000.", 9_000, "russia"),
    ("The Ukrainian army's independently verified tank losses stand at 1,100.", 1_100, "ukraine"),
    ("The update puts Ukraine's visually documented tank losses at 1,100.", 1_100, "ukraine"),
])
def test_a_possessor_before_an_adverb_is_whose_losses(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, None)


@pytest.mark.parametrize(("text", "side", "claimant"), [
    ("The Ukrainian army officially confirmed that 30 Russian tanks were destroyed near Avdiivka.", "russia",
     "ua_general_staff"),
    ("Russia's defence ministry publicly confirmed that 30 Ukrainian tanks were destroyed.", "ukraine", "ru_mod"),
])
def test_a_source_before_an_adverb_still_speaks(text: str, side: str, claimant: str) -> None:
    claim = _claims(text)[30]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_a_possessors_noun_in_ly_is_still_a_source() -> None:
    claim = _claims("Ukraine's tally showed 1,000 Russian soldiers killed in the past day.")[1_000]
    assert (claim.claimant, claim.claimant_text) == ("ua_general_staff", "Ukraine's tally")


# -- "in the past two weeks ..., most of them volunteers who signed contracts in 2024": when the counted joined -------

@pytest.mark.parametrize(("text", "days"), [
    ("Over the past week 300 Russian soldiers were killed, most of them convicts recruited in 2023.", 7),
    ("In the last two weeks Ukraine lost 120 soldiers, all of them volunteers who had enlisted in March 2024.", 14),
])
def test_a_date_of_the_counted_is_not_the_spans(text: str, days: float) -> None:
    claim = next(iter(_claims(text, published="2025-07-11").values()))
    assert (claim.measure, claim.period_days, claim.period_start, claim.as_of) == (
        "period", days, None, dt.date(2025, 7, 11))


def test_a_date_of_the_counted_losses_is_their_span() -> None:
    claim = _claims("Russia has lost 900 soldiers, most of whom were killed in May 2024.", published="2025-07-11")[900]
    assert (claim.measure, claim.period_start, claim.as_of) == ("period", dt.date(2024, 5, 1), dt.date(2024, 5, 31))


# -- "killed four people on Sunday. X said shelling had hit the town, killing four and wounding 11": the same event --

@pytest.mark.parametrize(("text", "value", "day"), [
    ("A Russian missile hit a hospital in Dnipro on Monday, killing three people. The regional governor said the "
     "missile had struck the surgical wing, killing three people and injuring 19.", 19, dt.date(2025, 4, 7)),
    ("A Russian glide bomb struck a shop in Kharkiv on Sunday, killing 5 people. Police said the bomb had hit the "
     "shop at noon, killing 5 people and wounding 23.", 23, dt.date(2025, 4, 6)),
])
def test_a_retold_toll_gives_its_events_day_to_the_other_figures(text: str, value: float, day: dt.date) -> None:
    claims = _claims(text, published="2025-04-08")
    assert [(c.measure, c.period_days, c.as_of) for c in (claims[value], *(c for v, c in claims.items() if v != value))
            ] == [("period", 1, day)] * len(claims)


def test_a_new_event_with_the_same_toll_keeps_no_day() -> None:
    text = ("Russian shelling killed 2 civilians in Kherson on Monday. A drone attack in Nikopol killed 2 people and "
            "wounded 7, officials said.")
    claim = _claims(text, published="2025-04-08")[7]
    assert (claim.period_days, claim.as_of) == (None, dt.date(2025, 4, 8))


# -- "3,950 in the first quarter of 2025, up from 2,100 in the last three months of 2024": parts of a year are spans, --
# -- each figure taking the one nearest it in its clause; "for the quarter" is the part named before ----------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("Kyiv said 8,400 Russian soldiers were killed in the second quarter of 2024.", 8_400,
     dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("Air defences shot down 1,750 Russian drones in Q3 2024, the air force said.", 1_750,
     dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("Ukraine lost 640 armoured vehicles during the final quarter of last year, Oryx counted.", 640,
     dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("In the last two months of 2024, Russia lost 210 tanks, the General Staff said.", 210,
     dt.date(2024, 11, 1), dt.date(2024, 12, 31)),
])
def test_a_part_of_a_year_is_the_figures_span(text: str, value: float, start: dt.date, end: dt.date) -> None:
    claim = _claims(text, published="2025-05-20")[value]
    assert (claim.measure, claim.period_start, claim.as_of, claim.period_days) == (
        "period", start, end, float((end - start).days + 1))


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Russia's defence ministry said 12,000 Ukrainian soldiers were killed in the second quarter of 2024, against "
     "9,500 in the first quarter of 2024.",
     (dt.date(2024, 4, 1), dt.date(2024, 6, 30)), (dt.date(2024, 1, 1), dt.date(2024, 3, 31))),
    ("Russia lost 310 tanks in Q1 2025, down from 450 in the final three months of 2024, the General Staff said.",
     (dt.date(2025, 1, 1), dt.date(2025, 3, 31)), (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
])
def test_each_figure_takes_the_part_of_a_year_nearest_it(
        text: str, first: tuple[dt.date, dt.date], second: tuple[dt.date, dt.date]) -> None:
    claims = sorted(extract_claims(text, published="2025-05-20"), key=lambda c: text.find(f"{c.value:,.0f}"))
    assert [(c.period_start, c.as_of) for c in claims] == [first, second]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Russia lost 2,300 tanks in the third quarter of 2024. The General Staff put its artillery losses for the "
     "quarter at 1,900.", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("In the first half of 2024, Ukraine said, Russia lost 190,000 soldiers. Oryx put Russian tank losses over the "
     "same half at 1,900.", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
])
def test_for_the_quarter_is_the_part_named_before(text: str, start: dt.date, end: dt.date) -> None:
    claim = _claims(text, published="2025-05-20")[1_900]
    assert (claim.measure, claim.period_start, claim.as_of) == ("period", start, end)


@pytest.mark.parametrize("text", [
    "Russia lost 900 tanks in the second quarter of 2025, the General Staff said.",
    "Russia lost 900 tanks in Q2, the General Staff said.",
])
def test_a_quarter_still_running_is_dated_at_the_report(text: str) -> None:
    claim = _claims(text, published="2025-05-20")[900]
    assert (claim.measure, claim.period_start, claim.as_of, claim.period_days) == (
        "period", dt.date(2025, 4, 1), dt.date(2025, 5, 20), 50.0)


@pytest.mark.parametrize("text", [
    "In The Fourth Quarter Of 2024 Russia Lost 1,200 Tanks",
    "Ukraine's air force said it downed 5,000 drones in Q3 2025.",
    "Over the last six weeks of 2024, 900 soldiers were killed.",
    "During the final half of the year the toll rose by 300.",
])
def test_the_part_of_year_guard_holds_a_word_of_every_match(text: str) -> None:
    # the guard (measure.part_of_year_prefilter) must never turn away a clause the pattern would match
    from lossledger.extract import stage_grammar
    from lossledger.extract.measure_rules import MeasureRules

    rules = stage_grammar("en").rules(MeasureRules)
    assert rules.part_of_year.search(text) is not None
    assert any(word in text.lower() for word in rules.part_of_year_prefilter)
