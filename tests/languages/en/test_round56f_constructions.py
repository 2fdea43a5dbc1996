"""Round 56f (helper h238): English constructions this session's rounds left, each read in wordings of our own: a
label's noun before a breakdown ("Civilian casualties from mines: 301, of whom 88 were killed": the 301 are casualties,
the "killed" is the part's); a people noun that is the subject of the part ("Children were 12 of the month's dead":
civilians, over the span of the dead told before); a push alert's closing source after a nation label ("Ukraine: 14
killed in strike on Odesa - military"); a corrected figure that keeps what the withdrawn one counted, its side too ("It
was 12", "The correct figure is 12", "In fact, 12 were captured, the brigade said"); "the study found" after a study
the text named with no owner (a source of its own, as "a study" is); a headline's bare unit after "says" ("Ukrainian
commander says unit lost 47 soldiers": the commander's own side)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-02")


# -- 1. A label's noun before its colon says what the figure counts; "of whom N were killed" is the part's ------------

@pytest.mark.parametrize(("text", "whole", "part", "category"), [
    ("Civilian casualties from mines: 301, of whom 88 were killed.", 301, 88, "civilians"),
    ("Casualties among civilians from unexploded ordnance: 412, of whom 97 died.", 412, 97, "civilians"),
    ("Russian military casualties: 35,000, of whom 9,000 were killed.", 35_000, 9_000, "personnel"),
])
def test_a_labels_casualties_keep_their_outcome_before_of_whom(text: str, whole: float, part: float,
                                                               category: str) -> None:
    claims = _claims(text)
    assert (claims[whole].category, claims[whole].outcome) == (category, "losses")
    assert (claims[part].category, claims[part].outcome) == (category, "killed")


def test_a_part_whose_aside_closes_leaves_the_wholes_verb() -> None:
    claims = _claims("Some 2,300 civilians, of whom 400 were children, have been killed in the region.")
    assert claims[2300].outcome == "killed"


# -- 2. A people noun as the subject of the part ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("In May 140 people were killed in Russian strikes. Children were 12 of the month's dead.", 12),
    ("In May 140 people were killed in Russian strikes. Women made up 30 of the month's dead.", 30),
    ("In May 140 people were killed in Russian strikes. Children accounted for 12 of them.", 12),
])
def test_a_people_noun_that_is_the_parts_subject_names_it(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome, claim.measure) == ("civilians", "killed", "period")


def test_the_parts_subject_before_a_whole_told_in_its_own_sentence() -> None:
    claim = _claims("Children were 12 of the 140 people killed in May.")[12]
    assert (claim.category, claim.outcome) == ("civilians", "killed")


def test_a_subject_that_names_no_people_names_no_part() -> None:
    claims = _claims("Russia launched 90 drones overnight. Most were shot down; 12 of them hit targets in Kharkiv.")
    assert 12 not in claims or claims[12].category == "drones"


# -- 3. A push alert's closing source after a nation label -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimants"), [
    ("Ukraine: 14 killed in strike on Odesa - military", 14, "ukraine", {"ua_general_staff", "ua_officials"}),
    ("Ukraine: 9 killed in drone attack on Sumy - military officials", 9, "ukraine", {"ua_officials"}),
    ("Russia: 6 killed in drone strike on Kursk region - army", 6, "russia", {"ru_mod", "ru_officials"}),
    ("Ukraine: 14 killed in strike on Odesa - Ukrainian military", 14, "ukraine", {"ua_general_staff", "ua_officials"}),
])
def test_a_push_alerts_closing_source(text: str, value: float, side: str, claimants: set[str]) -> None:
    claim = _claims(text)[value]
    assert claim.claimant in claimants
    assert (claim.side, claim.outcome, claim.measure) == (side, "killed", "period")
    assert claim.category != "personnel"  # ("- military" says who told the toll, not whom it counts)


def test_a_closing_bare_nation_is_no_source() -> None:
    assert _claims("Odesa: 14 killed in missile strike - Ukraine")[14].claimant is None


# -- 4. A corrected figure keeps what the withdrawn one counted ------------------------------------------------------

@pytest.mark.parametrize(("text", "withdrawn", "kept", "side", "category"), [
    ("Correction: A story on 3 May said 20 Ukrainian soldiers were captured near Bakhmut. It was 12.", 20, 12,
     "ukraine", "personnel"),
    ("Correction: A story on 3 May said 20 Russian soldiers were captured near Kupiansk. The correct figure is 12.",
     20, 12, "russia", "personnel"),
    ("Correction: A report on Monday said 20 Ukrainian soldiers were captured by Russian forces. In fact 12 were "
     "captured, the brigade said.", 20, 12, "ukraine", "personnel"),
    ("Clarification: An article on 2 April said 30 Russian tanks had been destroyed near Vuhledar. In fact, 18 were "
     "destroyed, the brigade said.", 30, 18, "russia", "tanks"),
    ("Correction: A story on 3 May said 20 Ukrainian soldiers were captured near Bakhmut; it was 12, the brigade said.",
     20, 12, "ukraine", "personnel"),
])
def test_a_corrected_figure_keeps_what_the_withdrawn_one_counted(text: str, withdrawn: float, kept: float, side: str,
                                                                 category: str) -> None:
    claims = _claims(text)
    assert withdrawn not in claims
    assert (claims[kept].side, claims[kept].category) == (side, category)


def test_in_fact_outside_a_correction_withdraws_nothing() -> None:
    claims = _claims("A UN report said 20 civilians were killed in Kherson. In fact 12 were killed in the city itself.")
    assert {20, 12} <= set(claims)


# -- 5. "the study found" with no body named before ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A study of war graves came out this week. The study found that 2,400 Russian soldiers were killed in June.",
    "An analysis of satellite images was released on Friday.\n\nAccording to the analysis, 400 Russian tanks were lost"
    " in the autumn.",
    "A new study of Russian obituaries was published on Monday. About 3,000 Russian soldiers were killed in May, the"
    " study found.",
])
def test_the_study_with_no_body_before_is_a_source_of_its_own(text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert claim.claimant == "other"
    assert claim.claimant_text is not None and claim.claimant_text.lower() in ("the study", "the analysis")


def test_the_study_the_text_never_named_points_back_at_nothing() -> None:
    # (round 23's "..., the study found." alone: no study was named, so no source is)
    assert _claims("The study found that 2,400 Russian soldiers were killed in June.")[2400].claimant is None


def test_the_study_after_a_body_named_is_that_bodys() -> None:
    text = ("The Kiel Institute released a study on Monday. About 3,000 Russian soldiers were killed in May, the study"
            " found.")
    assert _claims(text)[3000].claimant_text == "The Kiel Institute"


# -- 6. A headline's bare unit after "says" is the speaker's own ----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian commander says unit lost 47 soldiers", 47, "ukraine"),
    ("Russian officer says company lost 30 men in assault", 30, "russia"),
    ("Ukrainian commander says brigade has lost 120 soldiers since March", 120, "ukraine"),
])
def test_a_headlines_bare_unit_after_says_is_the_speakers(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_headlines_unit_that_destroyed_reports_the_enemys() -> None:
    assert _claims("Russian commander says unit destroyed 12 Ukrainian tanks")[12].side == "ukraine"
