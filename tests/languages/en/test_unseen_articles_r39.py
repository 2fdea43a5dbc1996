"""Round 39 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r39.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r39 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-03-17")


# -- "The figure is no official one;": "one" that stands for a noun said before is no count ---------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The General Staff said Russia lost 1,100 soldiers over the past day. The figure was a high one, analysts said.",
     1100),
    ("Russia lost 2,000 troops in a week, Kyiv said. Moscow called the number a made-up one.", 2000),
])
def test_one_standing_for_a_noun_is_no_count(text: str, value: float) -> None:
    claims = _claims(text)
    assert value in claims and 1 not in claims


def test_one_before_its_noun_is_still_a_count() -> None:
    claims = _claims("Russian forces lost 12 tanks and one helicopter, the General Staff said.")
    assert claims[1].category == "helicopters"


# -- "What Kyiv says: Ukraine's defence minister said ...": a label that opens a section gives way to the source its
# sentence names, and speaks where the sentence names none -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("What Kyiv reports: Ukraine's General Staff said Russia lost 1,100 soldiers over the past day.", 1100,
     "ua_general_staff"),
    ("What Moscow claims: Russia's defence ministry said Ukrainian forces lost 2,300 troops over the week.", 2300,
     "ru_mod"),
    ("What Kyiv says: 18,000 Ukrainian soldiers were killed last year.", 18000, "ua_officials"),
])
def test_a_what_x_says_label_gives_way_to_the_sentences_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "lost 8,420 from 1 to 7 March and 7,960 from 8 to 14 March": two runs of days in one sentence, each its own
# figure's (after its figures, or before them) ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "spans"), [
    ("Ukraine's General Staff said Russia lost 8,300 soldiers from 3 to 9 February and 7,700 from 10 to 16 February.",
     {8300: ("2025-02-03", "2025-02-09"), 7700: ("2025-02-10", "2025-02-16")}),
    ("From 1 to 14 February the mission recorded 112 civilians killed, and from 15 to 28 February 97, the UN said.",
     {112: ("2025-02-01", "2025-02-14"), 97: ("2025-02-15", "2025-02-28")}),
])
def test_two_runs_of_days_each_its_own_figures(text: str, spans: dict[float, tuple[str, str]]) -> None:
    claims = _claims(text)
    assert {v: (str(claims[v].period_start), str(claims[v].as_of)) for v in spans} == spans


# -- ", the UN said: 34 from 1 to 7 March and 27 from 8 to 14 March": the colon opens the source's own list of parts,
# which it speaks for; the parts' runs of days are not the whole's, and parts by span or place keep the whole's outcome

@pytest.mark.parametrize(("text", "whole", "parts", "claimant", "outcome"), [
    ("Russian strikes killed 61 civilians in the region, the UN said: 34 from 1 to 7 February and 27 from 8 to 14 "
     "February.", 61, (34, 27), "un", "killed"),
    ("Russian drones wounded 19 people in the region, the governor said: 12 in Kherson and 7 in Beryslav.", 19, (12, 7),
     "ua_officials", "wounded"),
])
def test_a_colon_after_the_source_opens_its_list(text: str, whole: float, parts: tuple[float, float], claimant: str,
                                                 outcome: str) -> None:
    claims = _claims(text)
    assert claims[whole].outcome == outcome and claims[whole].period_start is None
    assert [(claims[p].claimant, claims[p].outcome) for p in parts] == [(claimant, outcome)] * 2


def test_parts_of_two_kinds_still_make_the_whole_casualties() -> None:
    claims = _claims("Russian attacks killed or wounded 1,019 civilians in May: 183 killed and 836 injured.")
    assert (claims[1019].outcome, claims[183].outcome, claims[836].outcome) == ("losses", "killed", "wounded")


# -- (an earlier pin) "shot down one of the five missiles": the whole after a part of one, with its article, was
# launched, not lost --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "whole"), [
    ("Air defences downed one of the three cruise missiles fired at the city, the air force said.", 3),
    ("Russia's defence ministry said its forces hit one of the four Ukrainian boats that approached the bridge.", 4),
])
def test_the_whole_after_a_part_of_one_is_no_loss(text: str, whole: float) -> None:
    claims = _claims(text)
    assert whole not in claims and 1 in claims


# -- "Q: What happened off the Crimean coast last night? / A: Our naval drones destroyed two ...": the span a question
# asks about, or the month an answer opens on, is the span of the answer's figures that name none of their own (r38's
# "A: In October the enemy attacked my sector ... My battalion lost nine men killed" too) ----------------------------

_INTRO = "Colonel Petro Kovalenko commands a Ukrainian assault battalion near Pokrovsk.\n"


@pytest.mark.parametrize(("text", "value", "days"), [
    (_INTRO + "Q: What happened last night?\nA: They came at us three times. My battalion lost three soldiers killed.",
     3, 1),
    (_INTRO + "Q: And over the past week?\nA: It was quieter. Our drone operators destroyed nine Russian tanks.", 9, 7),
])
def test_the_span_a_question_asks_about_is_the_answers(text: str, value: float, days: int) -> None:
    claim = _claims(text, "2025-10-10")[value]
    assert (claim.measure, claim.period_days, claim.claimant) == ("period", days, "ua_officials")


@pytest.mark.parametrize(("text", "value", "start", "end"), [
    (_INTRO + "Q: What were your losses in August?\nA: Hard to say it aloud. My battalion lost six soldiers killed.", 6,
     "2025-08-01", "2025-08-31"),
    (_INTRO + "Q: How was it?\nA: In September we held the village. My battalion lost four soldiers, and we destroyed "
     "12 Russian armoured vehicles.", 12, "2025-09-01", "2025-09-30"),
])
def test_the_month_an_answer_is_about_spans_its_figures(text: str, value: float, start: str, end: str) -> None:
    claim = _claims(text, "2025-10-10")[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, end)


def test_an_answers_own_span_outranks_the_questions() -> None:
    claim = _claims(_INTRO + "Q: What happened last night?\nA: Since the invasion my battalion has lost 40 soldiers.",
                    "2025-10-10")[40]
    assert claim.measure == "cumulative"


def test_a_month_that_dates_a_statement_frames_no_answer() -> None:
    text = (_INTRO + "Q: What do others estimate?\nA: Western officials said in April that 400,000 Russian soldiers "
            "had been killed or wounded. The outlet Mediazona has named 61,000 dead.")
    claim = _claims(text, "2025-10-10")[61000]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", "2025-10-10")


def test_a_month_opening_a_paragraph_of_prose_is_no_answers() -> None:
    text = _INTRO + "In September his battalion held the village. The battalion has lost 40 soldiers, he said."
    claim = _claims(text, "2025-10-10")[40]
    assert claim.measure == "cumulative"


# -- "we lost contact with 3 soldiers": not known to be dead, the missing (an earlier pin) -----------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's 24th brigade said it had lost contact with 12 of its soldiers near the village.", 12),
    ("The company lost touch with five of its men during the withdrawal, its commander said.", 5),
])
def test_lost_contact_with_is_missing(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", "personnel", "missing")


# -- "Nine of the victims were men" after a toll: a part of the victims it counted (an earlier pin) --------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A Russian missile strike on Dnipro killed 14 people on Tuesday, the governor said. Nine of the victims were men.",
     9, "killed"),
    ("Russian shelling of Kherson wounded 23 residents on Sunday, the city's military administration said. Six of the "
     "victims were children.", 6, "wounded"),
])
def test_a_part_of_the_victims_of_a_toll_before(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.outcome, claim.claimant) == ("ukraine", outcome, "ua_officials")


# -- "in the week to 7 March and 8,800 in the week to 14 March": the day a week ends on closes a run of seven days,
# which is its own figure's -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "spans"), [
    ("Russia lost 8,900 soldiers in the week ending Sunday, the General Staff said.",
     {8900: ("2025-03-10", "2025-03-16")}),
    ("The ministry in Moscow said Ukraine lost 9,300 troops in the week to 21 February and 8,700 in the week to 28 "
     "February.", {9300: ("2025-02-15", "2025-02-21"), 8700: ("2025-02-22", "2025-02-28")}),
])
def test_a_week_ending_on_a_day_runs_seven_days(text: str, spans: dict[float, tuple[str, str]]) -> None:
    claims = _claims(text)
    assert {v: (str(claims[v].period_start), str(claims[v].as_of), claims[v].period_days) for v in spans} == {
        v: (*span, 7) for v, span in spans.items()}


# -- "An open-source project that collects the names of the dead has identified 27,400": a relative clause with no
# commas that opens on its verb describes the subject before it, which is the source ---------------------------------

@pytest.mark.parametrize(("text", "value", "written"), [
    ("A think tank that monitors the war estimated that 9,000 Russian soldiers were killed near the town.", 9000,
     "A think tank"),
    ("A volunteer project that verifies obituaries has reported 3,100 Russian officers killed since the invasion.",
     3100, "A volunteer project"),
])
def test_a_subject_before_a_relative_clause_without_commas(text: str, value: float, written: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == ("other", written)


# -- (dev2) "meaning it is likely to surpass the worst toll this year after 32 people died": a clause of what happened
# that opens right before the figure is its own; the hedge before it is said of the clause it follows ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("The attack may prove deadlier than the strike in May when 11 civilians were killed by a glide bomb in Kharkiv.",
     11),
    ("The strike is likely to be the deadliest this year after 19 people were killed in Odesa in March.", 19),
])
def test_a_hedge_before_a_clause_of_what_happened_does_not_hedge_its_figure(text: str, value: float) -> None:
    assert _claims(text, "2025-08-01")[value].hedged is False


def test_a_hedge_in_the_figures_own_clause_still_hedges() -> None:
    assert _claims("Russia may have lost 300 soldiers after the attack, analysts said.")[300].hedged is True
