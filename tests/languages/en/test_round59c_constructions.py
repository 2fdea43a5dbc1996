"""Round 59c's fixes (see unseen_articles_r59c.py), each read in sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-06-13")


# -- "1,240 - Russian personnel losses ... (General Staff)": a dash spaced on both sides after a line's first figure
# stands for the colon of a "by the numbers" line ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The month in figures\n412 - Russian tanks destroyed since the invasion (General Staff)", 412, "tanks"),
    ("The month in figures\n* 58 – civilians killed in the Kharkiv region in May, according to the governor", 58,
     "civilians"),
])
def test_dash_after_a_lines_first_figure(text: str, value: float, category: str) -> None:
    assert _claims(text)[value].category == category


def test_a_range_with_spaced_dash_is_no_line_label() -> None:
    found = _claims("Russia lost 600 - 800 soldiers in the battle, the General Staff said.")[600]
    assert found.value_high == 800


# -- "over the course of the month", "in the course of the counteroffensive", "since the front stabilised" ------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 28,000 troops over the course of the month, Ukraine's General Staff said.", 28000),
    ("Ukrainian forces destroyed 140 Russian tanks in the course of the counteroffensive, the military said.", 140),
    ("Since the front line stabilised in March, Russian forces have lost 90 tanks, analysts said.", 90),
])
def test_spans_of_a_course_and_a_settled_front(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- "over the course of the spring offensive, which began on March 2,": the clause tells the span's start -----------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Over the course of the assault, which started on May 4, Russia lost 310 tanks, the General Staff said.", 310,
     "2026-05-04"),
    ("Since the incursion, which began on 6 May, Ukraine has lost 410 armoured vehicles, the Russian defence ministry "
     "claimed.", 410, "2026-05-06"),
])
def test_start_of_an_event_in_a_which_clause(text: str, value: float, start: str) -> None:
    found = _claims(text, "2026-06-13")[value]
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", start, "2026-06-13")


# -- "the head of the city's defence council, Anton Valko," then "Valko said": the name after a role whose phrase runs
# on over a possessive names that official again ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A missile hit a school in Sumy on Monday, killing three people, the head of the region's military "
     "administration, Ivan Fedorenko, said.\nLater, Fedorenko said five more people had been injured.", 5),
    ("Drones hit a market in Nikopol on Sunday, the head of the district's military administration, Olena "
     "Marchyshyn, said.\nFour people were wounded, Marchyshyn said.", 4),
])
def test_a_surname_after_a_possessive_role(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- a night's attack toll raised after a running total told between ("The death toll ... has risen to nine") ---------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian drone hit a dormitory in Sumy overnight, killing four people, the mayor said.\nUkraine's General Staff "
     "said Russia had lost 1,100 troops over the past day, bringing its total since the invasion to 1,250,300.\n"
     "The death toll in Sumy has risen to seven people, the mayor said.", 7),
    ("Russian missiles struck an apartment block in Dnipro overnight, killing five people, the governor said.\n"
     "Russia has lost 11,200 tanks since the full-scale invasion, according to the General Staff.\n"
     "The toll in Dnipro rose to 12, the governor said.", 12),
])
def test_a_nights_toll_raised_past_a_running_total(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- "estimates of losses in the war, which began in February 2022:": the war's start dates no list under it ---------

@pytest.mark.parametrize("text", [
    "Here are the estimates of losses in the war, which began in February 2022:\n- Ukraine's General Staff: Russia "
    "has lost 11,200 tanks.",
    "Below are the counts of losses in the war, which started in February 2022:\n* The Russian defence ministry says "
    "Ukraine has lost 11,200 tanks.",
])
def test_a_war_start_clause_dates_no_list(text: str) -> None:
    assert str(_claims(text)[11200].as_of) == "2026-06-13"


# -- "The same update lists 11,980 tanks": the update named again, as of its day --------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia has lost 950,000 troops, according to figures released by the General Staff on June 3. The same report "
     "lists 10,400 tanks destroyed.", 10400),
    ("Russia has lost 950,000 troops, the General Staff said in its update of June 3. The same update also counts "
     "21,300 artillery systems destroyed.", 21300),
])
def test_the_same_update_is_of_its_day(text: str, value: float) -> None:
    assert str(_claims(text)[value].as_of) == "2026-06-03"


# -- "* MEDIAZONA AND BBC RUSSIAN: The two outlets have confirmed ...": a kind noun points at the label before it ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("* GENERAL STAFF: Russia has lost 1.2 million troops.\n* ORYX: The project has documented 3,900 Russian tanks "
     "lost.", 3900, "oryx"),
    ("* GENERAL STAFF: Russia has lost 1.2 million troops.\n* MEDIAZONA AND BBC RUSSIAN: The outlets have confirmed "
     "the deaths of 140,000 Russian soldiers.", 140000, "mediazona"),
])
def test_a_kind_noun_points_at_the_label_before_it(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "said in a televised interview in February that": the month dates the statement of a running total -------------

@pytest.mark.parametrize(("text", "value"), [
    ("The defence minister said in an interview with reporters in March that 31,000 Ukrainian soldiers had been "
     "killed.", 31000),
    ("Ukraine's president said at a press conference in Kyiv in April that 46,000 Ukrainian soldiers had died.",
     46000),
])
def test_a_month_after_a_long_said_phrase_dates_the_statement(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "in the first 48 hours of their latest push, which began on Thursday" and "in the first 48 hours of the offensive
# alone" with the start told paragraphs before: the first days counted from that start ---------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Russian troops lost 300 soldiers in the first 72 hours of the offensive, which began on Monday, a Ukrainian "
     "commander said.", 300, "2026-06-10"),
    ("The counteroffensive, which began on June 1, has cost Russia dearly, analysts said.\nThe analysts also said "
     "Russia had lost 40 tanks.\nIn the first 48 hours of the counteroffensive alone, Russia lost 19 armoured "
     "vehicles, they said.", 19, "2026-06-02"),
])
def test_first_hours_of_an_event_counted_from_its_start(text: str, value: float, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, str(found.as_of)) == ("period", as_of)


def test_the_same_period_after_a_part_singled_out_alone() -> None:
    text = ("Since the offensive, which began on May 1, Russia has lost 200 tanks, analysts said.\nIn the first 48 "
            "hours of the offensive alone, Russia lost 30 tanks.\nUkraine lost 45 tanks over the same period, the "
            "analysts said.")
    assert str(_claims(text)[45].period_start) == "2026-05-01"


# -- "The Russian ministry last gave a figure": a nation's bare ministry names again its ministry that spoke ----------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia's Defence Ministry said its forces killed 300 Ukrainian soldiers over the past day. The Russian ministry "
     "said in 2022 that 5,900 of its own servicemen had been killed.", 5900, "ru_mod"),
    ("Ukraine's Ministry of Defence said 1,100 Russian troops were killed over the past day. The Ukrainian ministry "
     "also said 12 Russian tanks had been destroyed.", 12, "ua_mod"),
])
def test_a_nations_bare_ministry_names_its_ministry_again(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_nations_other_ministry_stays_its_own() -> None:
    text = ("Russia's Defence Ministry said its forces killed 300 Ukrainian soldiers over the past day. The Russian "
            "foreign ministry said 12 civilians were killed in Belgorod on Monday.")
    assert _claims(text)[12].claimant == "ru_officials"


# -- "Two other members of his squad were wounded": the members of a military unit are personnel --------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Three members of his platoon were killed in the same attack, the battalion said.", 3),
    ("Four comrades from his company were wounded near Pokrovsk, the brigade said.", 4),
])
def test_members_of_a_military_unit(text: str, value: float) -> None:
    assert _claims(text)[value].category == "personnel"


# -- "Ukraine's International Legion ... the International Legion": a body named again without its nation -----------

@pytest.mark.parametrize(("text", "value"), [
    ("He joined Ukraine's International Legion in 2024.\nThe International Legion said 1,100 foreign volunteers had "
     "been killed fighting for Ukraine.", 1100),
    ("She served with Ukraine's Territorial Defence Forces.\nFigures released by the Territorial Defence Forces put "
     "the number of its fighters killed at 2,300.", 2300),
])
def test_a_body_named_again_without_its_nation(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- "Figures released by X earlier this month put ...": the month dates the release -----------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Figures released by Ukraine's General Staff earlier this month put Russian losses at 1.1 million troops.",
     1100000),
    ("Data published by British intelligence last month put Russian casualties at 900,000.", 900000),
])
def test_a_month_that_dates_a_release(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "Of the tanks, 71 were destroyed": the part of the last count of that noun, over its span ----------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Since the offensive began on May 1, Russia has lost 96 tanks, analysts said.\nOf the tanks, 40 were abandoned, "
     "the analysts' count shows.", 40),
    ("In April, the brigade destroyed 210 Russian armoured vehicles.\nOf the vehicles, 37 were captured intact.", 37),
])
def test_a_part_of_the_count_named_by_its_noun(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


# -- "17 - children among those killed": a part of the figure before, over its span ----------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("June in numbers\n210 - civilians killed in June (UN)\n15 - children among those killed (UN)", 15),
    ("In May, 180 civilians were killed, the UN said.\n12 children among the dead were under ten.", 12),
])
def test_children_among_those_killed(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.outcome) == ("period", "killed")


# -- "the navy said it sank near Crimea last Thursday": a verb of loss between the saying and the day: the loss's day --

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's navy said it sank two Russian patrol boats near Crimea last Thursday.", 2),
    ("The General Staff said Ukrainian drones destroyed 14 Russian tanks last Friday.", 14),
])
def test_a_loss_verb_between_saying_and_the_day(text: str, value: float) -> None:
    found = _claims(text, "2026-07-01")[value]
    assert (found.measure, str(found.as_of)) == ("period", "2026-06-26" if value == 14 else "2026-06-25")


# -- "on June 17, the highest of any single day this month": the record day inside the month, one day's -------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 1,480 troops on June 9, the most on any single day this month, the General Staff said.", 1480),
    ("The General Staff reported 1,390 Russian casualties on May 21, the highest for any day this month.", 1390),
])
def test_a_record_day_inside_the_month(text: str, value: float) -> None:
    found = _claims(text, "2026-06-30")[value]
    assert (found.measure, found.period_days) == ("period", 1)
