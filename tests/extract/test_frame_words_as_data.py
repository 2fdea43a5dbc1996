"""The words the measure, span and loss-frame stages read are the grammar's and the profile's, not the code's: a
grammar (or profile) that says otherwise changes what is read.

Every sentence here is written for the tests (none is taken from the shared sets)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from grammar_fixtures import english_with
from lossledger import extract_claims
from lossledger.errors import LossledgerError
from lossledger.extract import _extract
from lossledger.extract.document import Reader
from lossledger.extract.span_context import trailing_rate
from lossledger.languages.grammar import PatternGrammar, load_patterns
from lossledger.languages.loader import read_grammar
from lossledger.model import Claim
from lossledger.profiles import load_profile
from lossledger.series import general_staff_snapshot

PUBLISHED = dt.date(2024, 7, 10)
PROFILE = load_profile(None)



def _read(text: str, grammar: PatternGrammar | None = None) -> Claim:
    grammar = grammar or load_patterns("en")
    claims = _extract(text, PUBLISHED, PROFILE, None, grammar=grammar)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(("text", "change", "before", "after"), [
    # which half of a month is the first
    ("Russia lost 12,000 soldiers in the first half of June, Ukraine's military said.",
     {"measure__first_half": ["second"]},
     (dt.date(2024, 6, 1), dt.date(2024, 6, 15)), (dt.date(2024, 6, 16), dt.date(2024, 6, 30))),
    ("In the opening half of March, Russian forces lost 9,000 troops, Kyiv said.", {}, None, None),
    # the months in a part of a year
    ("Moscow's army lost 20,000 men in the first half of 2024, Kyiv said.",
     {"measure__months_in_part": {"half": 5, "quarter": 3}},
     (dt.date(2024, 1, 1), dt.date(2024, 6, 30)), (dt.date(2024, 1, 1), dt.date(2024, 5, 31))),
])
def test_spans_of_a_month_or_a_year_are_read_with_the_grammars_words(
        text: str, change: dict[str, Any], before: tuple[dt.date, dt.date] | None,
        after: tuple[dt.date, dt.date] | None) -> None:
    if before is None:
        # "opening half" is no part the grammar names: the month is the figure's span
        claim = _read(text)
        assert (claim.period_start, claim.as_of) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
        return
    claim = _read(text)
    assert (claim.period_start, claim.as_of) == before
    changed = _read(text, english_with(**change))
    assert (changed.period_start, changed.as_of) == after


def test_the_day_a_point_of_a_month_names_is_the_grammars() -> None:
    mid = "By mid-June, Russia had lost 20,000 soldiers, the ministry said."
    end = "By the end of March, Russian forces had lost 15,000 troops, Kyiv said."
    assert _read(mid).as_of == dt.date(2024, 6, 15)
    assert _read(end).as_of == dt.date(2024, 3, 31)  # a point the table does not list: the month's last day
    changed = english_with(measure__point_of_month_day={"mid": 10, "end": 20})
    assert _read(mid, changed).as_of == dt.date(2024, 6, 10)
    assert _read(end, changed).as_of == dt.date(2024, 3, 20)


def test_rate_and_span_units_are_the_grammars() -> None:
    weekly = "Russia is losing 1,000 soldiers a week, officials said."
    two_months = "Over the past two months, Russia lost 30,000 troops, Kyiv said."
    assert (_read(weekly).measure, _read(weekly).period_days) == ("rate", 7)
    assert _read(two_months).period_days == 61
    changed = english_with(measure__rate_unit_days={"day": 1, "week": 5},
                            measure__span_unit_days={"day": 1, "week": 7, "month": 30})
    assert _read(weekly, changed).period_days == 5
    assert _read(two_months, changed).period_days == 60


def test_a_word_that_adds_one_more_figure_is_the_grammars() -> None:
    text = "The General Staff said Russia lost 30 more tanks."
    assert (_read(text).measure, _read(text).period_days) == ("period", 1)  # one more: the day's report goes on
    changed = _read(text, english_with(measure__increment_words=["additional"]))
    assert (changed.measure, changed.period_days) == ("period", None)  # "more" now opens a span of no length


def test_a_date_in_the_future_is_never_a_figures_date() -> None:
    # (a loss the text puts ahead, "will lose 2,000 next month", is a projection: a past loss said before a future day)
    text = "Russia has lost 2,000 soldiers, Kyiv said ahead of talks next month."
    assert (_read(text).measure, _read(text).period_start) == ("cumulative", None)
    changed = _read(text, english_with(measure__future_openers=["after"]))
    assert (changed.measure, changed.period_start) == ("period", dt.date(2024, 8, 1))


def test_the_kindless_loss_noun_is_the_grammars() -> None:
    text = "Russian tanks suffered badly in 2023, a year which saw 521 losses, analysts said."
    assert _read(text).category == "tanks"  # "losses" names no kind: the tanks named before
    assert _read(text, english_with(loss_frame__kindless_loss_nouns=["attrition"])).category == "personnel"


def test_the_profile_says_whose_totals_date_an_undated_text() -> None:
    series = general_staff_snapshot()
    day, total = next((d, v) for d, v in series.points["personnel"] if d >= dt.date(2023, 9, 1))
    assert series.dates_with_value("personnel", total) == [day]
    text = (f"Russia has lost {int(total):,} soldiers since the start of the full-scale invasion, Ukraine's General "
            "Staff said.")
    assert {(c.as_of, c.as_of_basis) for c in extract_claims(text)} == {(day, "inferred")}
    others = dataclasses.replace(PROFILE, raw={**PROFILE.raw, "dating_claimants": []})
    assert {(c.as_of, c.as_of_basis) for c in extract_claims(text, profile=others)} == {(None, "none")}
    # an official who relays the series dates a text with a personnel total too
    relayed = text.replace("Ukraine's General Staff", "President Volodymyr Zelensky")
    assert {(c.as_of, c.claimant) for c in extract_claims(relayed)} == {(day, "ua_president")}
    others = dataclasses.replace(PROFILE, raw={**PROFILE.raw, "dating_relayers": []})
    assert {c.as_of for c in extract_claims(relayed, profile=others)} == {None}


def test_a_table_of_amounts_is_checked() -> None:
    english = load_patterns("en")
    units = english.amounts("measure.span_unit_days")
    assert units["month"] == 30.5 and isinstance(units["week"], int)
    for bad in ({"a": "two"}, {"a": True}, ["a"]):
        grammar = PatternGrammar("en", {**read_grammar("en"), "odd": {"table": bad}})
        with pytest.raises(LossledgerError, match="not a table of words to numbers"):
            grammar.amounts("odd.table")


def test_a_number_word_with_letters_beyond_ascii_is_one_token() -> None:
    # rate words after the last of a pair cover the first, whatever its script ("Fünf" is not "F" and "ünf")
    reader = Reader("Fünf dead and 800 wounded every day.", None, PROFILE, grammar=load_patterns("en"))
    rate = trailing_rate(reader, 0, len(reader.norm))
    assert rate is not None and rate.group(0) == "every day"
