"""Spans, rates and periods read as constructions (issue 12, kinds 4, 5 and 7).

Every sentence is written for these tests; each construction is read in at least two wordings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from lossledger import Claim, extract_claims
from lossledger.languages.grammar import load_patterns

EN = load_patterns("en")


def claims(text: str, published: str | None = "2024-06-13") -> list[Claim]:
    return extract_claims(text, published=published, doc_id="t")


def find(found: list[Claim], category: str, value: float, outcome: str | None = None) -> Claim:
    matches = [c for c in found if c.category == category and c.value == value
               and (outcome is None or c.outcome == outcome)]
    assert matches, f"no {category} {value} in {[(c.category, c.value, c.outcome) for c in found]}"
    return matches[0]


def check(claim: Claim, **expected: Any) -> None:
    for key, value in expected.items():
        if isinstance(value, str) and key in ("as_of", "period_start"):
            expected[key] = dt.date.fromisoformat(value)
    actual = {key: getattr(claim, key) for key in expected}
    assert actual == expected


# --- a named day's figures, and the list that goes on with them --------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, Ukraine lost 600 troops and 20 tanks, the ministry said.",
    "Russia lost 600 soldiers, 9 guns and 20 tanks on Monday, according to Kyiv.",
])
def test_every_item_of_a_list_shares_its_named_day(text: str) -> None:
    found = claims(text)
    for category, value in (("personnel", 600), ("tanks", 20)):
        check(find(found, category, value), measure="period", period_days=1, as_of="2024-06-10")


@pytest.mark.parametrize("text", [
    "Russian forces lost 1,200 soldiers on Monday, the General Staff said. The losses included:\n"
    "- 30 tanks\n- 12 artillery systems",
    "Russian losses on Monday, the General Staff said:\n- 1,200 soldiers\n- 30 tanks\n- 12 artillery systems",
])
def test_a_list_under_a_day_holds_that_days_figures(text: str) -> None:
    found = claims(text)
    for category, value in (("tanks", 30), ("artillery", 12)):
        check(find(found, category, value), measure="period", period_days=1, as_of="2024-06-10")


def test_a_list_as_of_a_day_stays_a_running_total() -> None:
    found = claims("The General Staff said that as of Tuesday Russian losses were:\n"
                   "- 500,000 soldiers\n- 8,000 tanks")
    check(find(found, "tanks", 8_000), measure="cumulative", period_days=None)


# --- rates: a trailing unit covers a pair, and an ongoing toll is a rate -------------------------

@pytest.mark.parametrize(("text", "first", "second", "days"), [
    ("Ukraine was losing 150 dead and 800 wounded every day, an adviser said.", 150, 800, 1),
    ("The governor said 12 civilians were killed and 40 injured per week in the shelling.", 12, 40, 7),
])
def test_rate_words_after_a_pair_cover_both(text: str, first: float, second: float, days: float) -> None:
    found = claims(text)
    for value in (first, second):
        check(next(c for c in found if c.value == value), measure="rate", period_days=days)


def test_a_span_word_between_figures_ends_the_pair() -> None:
    found = claims("Russia has lost 300,000 troops in total and 900 a day recently, the ministry said.")
    check(find(found, "personnel", 300_000), measure="cumulative")
    check(find(found, "personnel", 900), measure="rate", period_days=1)


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("In May, the president estimated that between 50 and 100 Ukrainian troops were dying in the hardest-hit "
     "areas.", 50, "2024-05-31"),
    ("Russian forces are losing some 1,100 soldiers on the southern front, the commander said.", 1_100,
     "2024-06-13"),
])
def test_an_ongoing_toll_is_a_rate(text: str, value: float, as_of: str) -> None:
    check(find(claims(text), "personnel", value), measure="rate", as_of=as_of)


@pytest.mark.parametrize(("text", "side"), [
    ("Speaking to reporters, an adviser to the Ukrainian president said between 100 and 200 soldiers were dying "
     "daily.", "ukraine"),
    ("A Russian general said 300 soldiers were dying every week.", "russia"),
])
def test_soldiers_dying_are_the_speakers_own(text: str, side: str) -> None:
    found = claims(text)
    assert [c.side for c in found if c.category == "personnel"] == [side]


# --- one strike, one attack, an occasion: a bounded event ---------------------------------------

@pytest.mark.parametrize(("text", "category", "value"), [
    ("The ministry said Russia destroyed four launchers in a single strike.", "equipment", 4),
    ("Ukrainian forces destroyed 11 Russian tanks in one attack near the river, the brigade said.", "tanks", 11),
    ("The Ukrainian brigade destroyed 20 Russian tanks right before the holidays, the ministry said.", "tanks", 20),
    ("Russia lost 45 tanks over the weekend, Ukraine's General Staff said.", "tanks", 45),
])
def test_one_strike_or_an_occasion_is_a_period(text: str, category: str, value: float) -> None:
    check(find(claims(text), category, value), measure="period", period_days=None)


# --- a story of one attack goes on telling that attack --------------------------------------------

@pytest.mark.parametrize(("text", "days"), [
    ("A Russian missile strike on a market killed 9 people, the governor said.\n\nThe city has no air defence "
     "left.\n\nVolunteers brought water.\n\nMore than 30 people have been hurt, and 14 of them are in a serious "
     "condition.", None),
    ("Russian drones hit a hostel overnight, killing 3 civilians, police said.\n\nThe city has no air defence "
     "left.\n\nVolunteers brought water.\n\nMore than 22 people have been hurt, and 14 of them are in a serious "
     "condition.", 1),
])
def test_a_later_figure_of_one_attack_is_that_attacks(text: str, days: float | None) -> None:
    found = claims(text)
    check(next(c for c in found if c.value == 14), measure="period", period_days=days)
    check(next(c for c in found if c.value in (30, 22)), measure="period", period_days=days)


def test_a_running_total_after_an_attack_stays_a_total() -> None:
    found = claims("A Russian missile strike on a market killed 9 people, the governor said.\n\n"
                   "Since the invasion began, 11,000 civilians have been killed in Ukraine, the UN says.")
    check(find(found, "civilians", 11_000), measure="cumulative")


# --- a part of a figure told before holds as of that figure's date -------------------------------

@pytest.mark.parametrize(("text", "part", "other"), [
    ("The UN said in mid-January it had recorded the deaths of 10,400 civilians.\n\nThe report was grim.\n\n"
     "Nearly 8,000 of the deaths were in government-held areas and more than 2,000 in occupied ones.", 8_000, 2_000),
    ("Kyiv said on January 15 that 45,000 Russian soldiers had been killed since the invasion. About 12,000 of "
     "the dead were conscripts killed in the east, and 3,000 in the south.", 12_000, 3_000),
])
def test_a_part_of_the_figure_before_shares_its_date(text: str, part: float, other: float) -> None:
    found = claims(text, published="2024-02-20")
    for value in (part, other):
        check(next(c for c in found if c.value == value), measure="cumulative", as_of="2024-01-15")


# --- "these clashes", "these strikes": the event the sentence before told of dates the figure ------

@pytest.mark.parametrize(("text", "category", "value"), [
    ("The heaviest fighting took place on Tuesday near the river. In these clashes, Ukraine lost more than 900 "
     "troops, the ministry said.", "personnel", 900),
    ("Russian units stormed the village on Tuesday, the brigade said. Russia lost 40 tanks in those assaults, it "
     "added.", "tanks", 40),
])
def test_an_event_named_the_sentence_before_gives_its_day(text: str, category: str, value: float) -> None:
    check(find(claims(text), category, value), measure="period", period_days=1, as_of="2024-06-11")


@pytest.mark.parametrize("text", [
    "Since 6 June, Russia has fired over 700 missiles, the air force said. These strikes have killed at least 31 "
    "civilians in just a five-day span, the UN said.",
    "Russia has shelled the city every night since June 6, officials said. The same attacks killed 31 civilians in "
    "five days, they said.",
])
def test_an_event_begun_on_a_date_the_sentence_before_starts_the_span(text: str) -> None:
    check(find(claims(text), "civilians", 31), measure="period", period_days=5, period_start="2024-06-06")


@pytest.mark.parametrize("text", [
    "Russia said Ukraine lost 140 vehicles in these battles on Monday. Of the 30 destroyed tanks, nine were "
    "Leopards.",
    "On Monday Ukraine lost 140 vehicles in the assault, Moscow said. Of the 30 tanks it destroyed, nine were "
    "Leopards.",
])
def test_of_the_n_breaks_down_the_days_figure(text: str) -> None:
    check(find(claims(text), "tanks", 30), measure="period", period_days=1, as_of="2024-06-10")


@pytest.mark.parametrize(("text", "as_of"), [
    ("One such strike on 23 May killed four men and injured 12 more, the report said.", "2024-05-23"),
    ("A drone attack on Sunday killed four civilians in the village, the governor said.", "2024-06-09"),
])
def test_an_event_on_a_named_day_lasts_that_day(text: str, as_of: str) -> None:
    found = claims(text)
    check(next(c for c in found if c.value == 4), measure="period", period_days=1, as_of=as_of)


def test_a_report_dated_on_a_day_does_not_make_a_days_event() -> None:
    found = claims("In a statement on Sunday, the ministry said Russia had lost 80 tanks in the offensive.")
    check(find(found, "tanks", 80), measure="period", period_days=None)


# --- "last week" as a span runs up to the report; as the time of a statement it dates the statement ----

@pytest.mark.parametrize("text", [
    "Russia lost 7,000 soldiers last week, the General Staff said.",
    "Ukraine Lost Nearly 3,000 Soldiers in Battles Near the River Last Week",
])
def test_a_figure_for_last_week_holds_as_of_the_report(text: str) -> None:
    found = claims(text)
    check(next(c for c in found if c.category == "personnel"), measure="period", period_days=7,
          as_of="2024-06-13")


def test_said_last_week_dates_the_statement() -> None:
    found = claims("The General Staff said last week that Russia had lost 500,000 soldiers.")
    check(find(found, "personnel", 500_000), measure="cumulative", as_of="2024-06-06")


# --- a sentence that names the losses of a year or a month leads the figures after it -------------

@pytest.mark.parametrize(("text", "category", "value", "start", "as_of", "days"), [
    ("The minister reported heavy equipment losses by Ukraine in 2023. According to his report, Ukraine lost "
     "over 103,000 units of equipment.", "equipment", 103_000, "2023-01-01", "2023-12-31", 365),
    ("Kyiv said Russian casualties were heavy in May. Russia lost 35,000 soldiers, the General Staff said.",
     "personnel", 35_000, "2024-05-01", "2024-05-31", 31),
])
def test_a_lead_sentence_gives_its_span(text: str, category: str, value: float, start: str, as_of: str,
                                        days: float) -> None:
    check(find(claims(text), category, value), measure="period", period_start=start, as_of=as_of,
          period_days=days)


def test_a_lead_sentence_does_not_bound_a_figure_since_the_war_began() -> None:
    found = claims("Russia's losses in 2023 were large, analysts said. Since the war began, Russia has lost "
                   "500,000 soldiers, Kyiv says.")
    check(find(found, "personnel", 500_000), measure="cumulative", period_days=None)


@pytest.mark.parametrize("text", [
    "In 2024, the enemy lost 90,000 soldiers, Ukraine's General Staff said.",
    "Russia has lost 90,000 troops so far this year, the General Staff said.",
])
def test_a_year_still_running_has_no_length_yet(text: str) -> None:
    check(find(claims(text), "personnel", 90_000), measure="period", period_start="2024-01-01",
          as_of="2024-06-13", period_days=None)


@pytest.mark.parametrize(("text", "category", "value"), [
    ("The minister reported heavy equipment losses by Ukraine in 2023. According to his report, Ukraine lost over "
     "103,000 units of equipment, including 5,500 Western-made weapons.", "equipment", 5_500),
    ("Kyiv said Russian casualties were heavy in 2023. Russia lost 135,000 soldiers and 400 tanks, the General "
     "Staff said.", "tanks", 400),
])
def test_the_list_after_a_lead_sentence_shares_its_span(text: str, category: str, value: float) -> None:
    check(find(claims(text), category, value), measure="period", period_start="2023-01-01", as_of="2023-12-31")


@pytest.mark.parametrize(("text", "value"), [
    ("While defeating the enemy's attempt to advance, the Russian military suffered 71 dead and 210 wounded, the "
     "minister said.", 71),
    ("Ukraine lost 40 soldiers while repelling the assault on the village, the brigade said.", 40),
])
def test_losses_while_repelling_an_attack_are_that_fights(text: str, value: float) -> None:
    check(find(claims(text), "personnel", value), measure="period")


# --- a day's report goes on: "also", "more", "another" after the day's first figure ---------------

@pytest.mark.parametrize("text", [
    "The ministry said a further nine Russian guns had been destroyed on Tuesday, June 11. This brings the total "
    "to 900.\n\nAnother 510 Russian soldiers died, bringing the toll to 300,000.\n\n"
    "Seven more Russian tanks were also destroyed.",
    "Kyiv said on Wednesday that Russia lost nine guns on Tuesday, June 11, taking its total to 900.\n\n"
    "Russia also lost 510 soldiers, it added. Russian forces also lost seven more tanks.",
])
def test_later_increments_of_a_days_report_are_that_days(text: str) -> None:
    found = claims(text)
    for category, value in (("personnel", 510), ("tanks", 7)):
        check(find(found, category, value), measure="period", period_days=1)


# --- "That's over 30,000 in the month of December": the figure before, worked out for a month -----

@pytest.mark.parametrize(("text", "category", "value", "month_start", "month_end", "days"), [
    ("The secretary general said Russia was losing 1,000 soldiers a day in December. That's over 30,000 in the "
     "month of December.", "personnel", 30_000, "2023-12-01", "2023-12-31", 31),
    ("The governor said 40 Russian drones were shot down each night in February. That is more than 1,100 over the "
     "month of February.", "drones", 1_100, "2024-02-01", "2024-02-29", 29),
])
def test_a_worked_out_figure_for_a_month_is_that_months(text: str, category: str, value: float, month_start: str,
                                                      month_end: str, days: float) -> None:
    found = claims(text)
    check(find(found, category, value), measure="period", period_days=days, period_start=month_start,
          as_of=month_end)
    check(next(c for c in found if c.category == category and c.value != value), measure="rate", period_days=1)


# --- "(+7 in the past day)" after a total in prose: the day's increase, the total stays a total -------

@pytest.mark.parametrize(("text", "category", "total", "increase"), [
    ("The enemy lost 1,250 troops (+7 in the past day), Ukraine's General Staff said.", "personnel", 1_250, 7),
    ("Russia has now lost 3,120 tanks (+12 over the past 24 hours) and 6,000 guns (+20 over the past 24 hours), "
     "Kyiv said.", "artillery", 6_000, 20),
])
def test_an_increase_in_brackets_with_its_span(text: str, category: str, total: float, increase: float) -> None:
    found = claims(text)
    check(find(found, category, total), measure="cumulative", period_days=None)
    check(find(found, category, increase), measure="period", period_days=1)


# --- monitoring reports: part of a named month, and a part of the month's whole -------------------

@pytest.mark.parametrize(("text", "whole", "part", "part_start", "part_end"), [
    ("In June, the monitors verified 150 civilian deaths and 830 injuries, of them 40 killed in the first half of "
     "the month.", 150, 40, "2024-06-01", "2024-06-15"),
    ("In May the mission recorded 300 civilian deaths, 120 of them in the second half of the month.", 300, 120,
     "2024-05-16", "2024-05-31"),
])
def test_the_month_named_before_holds_its_half(text: str, whole: float, part: float, part_start: str,
                                                part_end: str) -> None:
    found = claims(text, published="2024-07-10")
    month = find(found, "civilians", whole)
    assert month.measure == "period" and month.period_start is not None and month.period_start.day == 1
    assert month.as_of is not None and month.as_of.month == month.period_start.month and month.as_of.day >= 30
    check(find(found, "civilians", part), measure="period", period_start=part_start, as_of=part_end)


# --- a list under "since DATE" holds that span's figures ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia's defence ministry said Ukraine's losses since June 4 were as follows:\n3,715 personnel\n52 tanks",
    "The Russian ministry listed Ukrainian losses since June 4:\n3,715 troops\n52 tanks",
])
def test_a_list_under_a_since_date_is_that_spans(text: str) -> None:
    found = claims(text, published="2023-06-06")
    check(find(found, "tanks", 52), measure="period", period_start="2023-06-04", as_of="2023-06-06")


def test_a_list_since_the_war_began_stays_a_running_total() -> None:
    found = claims("The General Staff said Russia's losses since February 24, 2022 were as follows:\n"
                   "- 200,000 personnel\n- 3,500 tanks", published="2023-06-06")
    check(find(found, "tanks", 3_500), measure="cumulative")


def test_a_span_since_an_event_is_not_the_day_it_was_cited() -> None:
    found = claims("The minister had already cited on May 11 the figure of 26,000 Ukrainian soldiers killed since "
                   "the counteroffensive began on April 20.")
    check(find(found, "personnel", 26_000), measure="period", period_days=None, period_start="2024-04-20")


# --- a run of days ("from 1 to 28 February 2023", "between 5 and 11 May") is the figure's span --------

@pytest.mark.parametrize(("text", "category", "value", "start", "end", "days"), [
    ("From 1 to 28 February 2023, the mission recorded 589 civilian casualties: 138 killed and 451 injured.",
     "civilians", 138, "2023-02-01", "2023-02-28", 28),
    ("Between 5 and 11 May, Russia lost 4,200 soldiers, the General Staff said.", "personnel", 4_200,
     "2024-05-05", "2024-05-11", 7),
])
def test_a_run_of_days_is_the_span(text: str, category: str, value: float, start: str, end: str,
                                   days: float) -> None:
    check(find(claims(text), category, value), measure="period", period_start=start, as_of=end, period_days=days)


def test_the_first_day_of_a_run_is_not_a_count() -> None:
    found = claims("Ukraine lost 12 tanks, the ministry said, after heavy fighting on 5-7 May.")
    assert [c.value for c in found] == [12]


def test_find_dates_reads_a_run_of_days_as_one_span() -> None:
    from lossledger.extract.date_mentions import find_dates

    found = find_dates("From 1 to 28 February 2023 and 5-7 June, too.", published=dt.date(2023, 7, 1),
                       war_start=dt.date(2022, 2, 24), grammar=EN)
    assert [(d.text, d.span_start, d.date, d.kind) for d in found] == [
        ("1 to 28 February 2023", dt.date(2023, 2, 1), dt.date(2023, 2, 28), "explicit"),
        ("5-7 June", dt.date(2023, 6, 5), dt.date(2023, 6, 7), "day_month"),
    ]


@pytest.mark.parametrize("heading", ["The total losses include:", "Its losses since the invasion include:"])
def test_a_list_of_totals_after_a_days_figure_stays_totals(heading: str) -> None:
    found = claims("Russian forces lost 1,200 soldiers on Monday, the General Staff said. " + heading
                   + "\n- 500,000 soldiers\n- 8,000 tanks")
    check(find(found, "tanks", 8_000), measure="cumulative", period_days=None)


# --- since the start of an event; spans in hours; two months joined -----------------------------

@pytest.mark.parametrize("text", [
    "Russia has lost 12,000 soldiers since the start of the Kursk incursion, Ukraine's commander said.",
    "Ukraine has lost 9,000 troops since the launch of its summer counteroffensive, Moscow said.",
])
def test_since_the_start_of_an_event_is_a_period(text: str) -> None:
    found = claims(text)
    check(next(c for c in found if c.category == "personnel"), measure="period")


def test_since_the_start_of_the_special_military_operation_is_the_war() -> None:
    found = claims("Russian troops have lost 4,000 soldiers since the start of the special military operation, "
                   "the ministry said.")
    check(find(found, "personnel", 4_000), measure="cumulative")


@pytest.mark.parametrize(("text", "value", "days"), [
    ("Ukraine lost 600 troops in the past 48 hours, the Russian ministry said.", 600, 2),
    ("Some 1,500 Ukrainian soldiers were killed in the first 72 hours of the offensive, Moscow claimed.", 1_500, 3),
])
def test_a_span_in_hours(text: str, value: float, days: float) -> None:
    check(find(claims(text), "personnel", value), measure="period", period_days=days)


@pytest.mark.parametrize(("text", "start", "end", "days"), [
    ("Russia lost 2,000 soldiers in April and May, Kyiv said.", "2024-04-01", "2024-05-31", 61),
    ("Russia lost 2,000 soldiers in December and January, Kyiv said.", "2023-12-01", "2024-01-31", 62),
])
def test_two_months_joined_are_one_span(text: str, start: str, end: str, days: float) -> None:
    check(find(claims(text), "personnel", 2_000), measure="period", period_start=start, as_of=end,
          period_days=days)


def test_two_months_with_their_own_figures_stay_apart() -> None:
    found = claims("Russian artillery losses peaked in April and May, with 1,520 and 1,517 systems destroyed, "
                   "respectively.")
    check(find(found, "artillery", 1_520), period_start="2024-04-01", as_of="2024-04-30")


@pytest.mark.parametrize(("text", "category", "value", "start", "end"), [
    ("Ukraine lost 300 troops on Saturday and Sunday, the Russian ministry said.", "personnel", 300,
     "2024-06-08", "2024-06-09"),
    ("Russian strikes on 3 and 4 June killed 12 civilians, the governor said.", "civilians", 12,
     "2024-06-03", "2024-06-04"),
])
def test_two_days_joined_are_one_run(text: str, category: str, value: float, start: str, end: str) -> None:
    check(find(claims(text), category, value), measure="period", period_start=start, as_of=end, period_days=2)


# --- "the past month" runs up to the report; "the week to Sunday" is a week ------------------------

@pytest.mark.parametrize("text", [
    "Russia lost 30,000 soldiers over the past month, the ministry said.",
    "Over the past month, Ukraine has lost 30,000 troops, Moscow claimed.",
])
def test_the_past_month_runs_up_to_the_report(text: str) -> None:
    check(next(c for c in claims(text) if c.value == 30_000), measure="period", period_days=30, as_of="2024-06-13",
          period_start=None)


def test_last_month_is_the_calendar_month_before() -> None:
    check(find(claims("Russia lost 30,000 soldiers last month, the ministry said."), "personnel", 30_000),
          measure="period", period_start="2024-05-01", as_of="2024-05-31", period_days=31)


@pytest.mark.parametrize(("text", "value"), [
    ("In the week to Sunday, Russia lost 7,000 soldiers, Kyiv said.", 7_000),
    ("During the week ending June 9, Russia lost 7,400 soldiers, the General Staff said.", 7_400),
])
def test_the_week_to_a_day_is_a_week(text: str, value: float) -> None:
    check(find(claims(text), "personnel", value), measure="period", period_days=7, as_of="2024-06-09")


@pytest.mark.parametrize("text", [
    "Russia has lost 25,000 soldiers since mid-May, the General Staff said.",
    "Since mid May, Ukraine has lost 25,000 troops, Moscow claimed.",
])
def test_since_the_middle_of_a_month_starts_on_the_15th(text: str) -> None:
    check(next(c for c in claims(text) if c.value == 25_000), measure="period", period_start="2024-05-15")


# --- an increase stated in words after a total: "up 7 from the day before", "seven more than a day earlier" ----

@pytest.mark.parametrize(("text", "category", "total", "increase"), [
    ("Russia has lost 8,000 tanks, up 7 from the day before, the General Staff said.", "tanks", 8_000, 7),
    ("Russia has lost 8,000 tanks, seven more than a day earlier, Kyiv said.", "tanks", 8_000, 7),
    ("Russian losses rose to 500,000 soldiers, an increase of 1,200 over the past day, the General Staff said.",
     "personnel", 500_000, 1_200),
])
def test_an_increase_in_words_is_the_days(text: str, category: str, total: float, increase: float) -> None:
    found = claims(text)
    check(find(found, category, total), measure="cumulative", period_days=None)
    check(find(found, category, increase), measure="period", period_days=1)


def test_up_to_is_not_an_increase() -> None:
    check(find(claims("Ukraine lost up to 1,000 soldiers, the ministry said."), "personnel", 1_000),
          measure="cumulative", qualifier="at_most")


# --- "last year" is the calendar year before; "the past year" runs up to the report -----------------

@pytest.mark.parametrize("text", [
    "Russia lost 400,000 soldiers last year, Kyiv said.",
    "Last year Russia lost 400,000 soldiers, the General Staff said.",
])
def test_last_year_is_the_calendar_year_before(text: str) -> None:
    check(find(claims(text), "personnel", 400_000), measure="period", period_start="2023-01-01",
          as_of="2023-12-31")


@pytest.mark.parametrize("text", [
    "Last year, the ministry said Russia had lost 100,000 soldiers.",
    "The General Staff said last year that Russia had lost 100,000 soldiers.",
])
def test_last_year_that_dates_a_statement_is_no_span(text: str) -> None:
    check(find(claims(text), "personnel", 100_000), measure="cumulative", as_of="2023-12-31")


@pytest.mark.parametrize("text", [
    "Russia lost 400,000 soldiers in the past year, Kyiv said.",
    "Over the past year, Ukraine has lost 400,000 troops, Moscow claimed.",
])
def test_the_past_year_runs_up_to_the_report(text: str) -> None:
    check(next(c for c in claims(text) if c.value == 400_000), measure="period", period_days=365,
          as_of="2024-06-13", period_start=None)


@pytest.mark.parametrize(("text", "category", "value"), [
    ("Ukraine's air force has shot down 5,000 Russian drones since 2022.", "drones", 5_000),
    ("Russian forces have blown up 300 Ukrainian tanks since the invasion, the ministry said.", "tanks", 300),
])
def test_shot_down_or_blown_up_is_not_an_increase(text: str, category: str, value: float) -> None:
    check(find(claims(text), category, value), measure="cumulative")


@pytest.mark.parametrize(("text", "published", "value", "period_days", "period_start", "as_of"), [
    ("Kyiv said Russia lost 2,100 troops near Pokrovsk during the first three weeks of November.", "2024-12-10",
     2_100, 21, "2024-11-01", "2024-11-21"),
    ("The monitors said 95 civilians were killed in the first two weeks of January.", "2024-12-10",
     95, 14, "2024-01-01", "2024-01-14"),
])
def test_the_first_weeks_of_a_month_end_where_the_weeks_do(
        text: str, published: str, value: float, period_days: float, period_start: str, as_of: str) -> None:
    check(next(c for c in claims(text, published) if c.value == value), measure="period",
          period_days=period_days, period_start=period_start, as_of=as_of)


@pytest.mark.parametrize(("text", "value"), [
    ("The regional governor has not revised his tally of 212 civilians killed since March 2023.", 212),
    ("Kyiv has not changed its count of 31,000 soldiers killed since February, officials said.", 31_000),
])
def test_since_after_a_figure_not_updated_dates_the_silence(text: str, value: float) -> None:
    check(next(c for c in claims(text) if c.value == value), measure="cumulative", period_start=None)


@pytest.mark.parametrize(("text", "value"), [
    ("In their weekly report, the monitors said 32 civilians had been killed and 140 injured.", 140),
    ("The mission recorded 27 civilian deaths, according to its latest weekly update.", 27),
])
def test_a_weekly_report_gives_the_week(text: str, value: float) -> None:
    check(next(c for c in claims(text) if c.value == value), measure="period", period_days=7)


@pytest.mark.parametrize(("text", "value", "period_start", "as_of"), [
    ("Ukraine's prosecutors said on Monday that 58 civilians had been killed in the region in March, according "
     "to their count.", 58, "2024-03-01", "2024-03-31"),
    ("The governor reported on Friday that 41 people were wounded in April.", 41, "2024-04-01", "2024-04-30"),
])
def test_the_month_after_the_figures_outranks_the_day_it_was_said(
        text: str, value: float, period_start: str, as_of: str) -> None:
    check(next(c for c in claims(text, "2024-07-11") if c.value == value), measure="period",
          period_start=period_start, as_of=as_of)


@pytest.mark.parametrize(("text", "category", "value", "period_start"), [
    ("Ukraine's army said on Monday that Russia had lost 140 armoured vehicles near Vuhledar since the assault "
     "began in January. At least 35 of the destroyed vehicles were tanks.", "tanks", 35, "2024-01-01"),
    ("The air force said on Friday that Ukraine had lost 12 aircraft since May. Four of the lost aircraft were "
     "helicopters.", "helicopters", 4, "2024-05-01"),
])
def test_a_part_of_the_lost_equipment_shares_its_whole_span(
        text: str, category: str, value: float, period_start: str) -> None:
    check(find(claims(text), category, value), measure="period", period_start=period_start)


@pytest.mark.parametrize(("text", "category", "value"), [
    ("Moscow said its forces had shot down 210 Ukrainian drones since early August. Over the same period, Ukraine "
     "said it had lost five aircraft.", "aircraft", 5),
    ("Kyiv said Russia had lost 45 warplanes since March. Ukraine had lost 12 aircraft in the same period, "
     "officials said.", "aircraft", 12),
])
def test_the_same_period_after_a_since_figure_is_that_span(text: str, category: str, value: float) -> None:
    check(find(claims(text, "2024-09-22"), category, value), measure="period")


def test_the_same_period_after_a_running_total_is_a_running_total() -> None:
    text = ("The army said Russia had lost 900 tanks since the start of the invasion. Ukraine had lost 300 tanks in "
            "the same period, analysts said.")
    check(find(claims(text, "2024-09-22"), "tanks", 300), measure="cumulative")


@pytest.mark.parametrize(("text", "published", "category", "value", "as_of"), [
    ("Western officials believed Russia had lost as many as 2,900 tanks by late October.", "2024-01-10", "tanks",
     2_900, "2023-10-31"),
    ("By early March, Ukraine had lost some 400 armoured vehicles, the analysts estimated.", "2024-06-02",
     "armoured_vehicles", 400, "2024-03-01"),
])
def test_by_early_or_late_month_is_where_a_running_total_stands(
        text: str, published: str, category: str, value: float, as_of: str) -> None:
    check(find(claims(text, published), category, value), measure="cumulative", as_of=as_of)


@pytest.mark.parametrize(("text", "category", "value"), [
    ("Kyiv said Russia lost 1,100 troops over the past day. The military also said Russia had lost 9,500 tanks (+6) "
     "and 2,400 air defence systems (+2).", "air_defence", 2_400),
    ("Ukraine's military said Russia lost 980 soldiers in the past 24 hours. Russian forces also lost 320 "
     "helicopters (+1), it added.", "helicopters", 320),
])
def test_a_figure_with_its_day_increase_in_brackets_is_the_running_total(
        text: str, category: str, value: float) -> None:
    check(find(claims(text, "2024-11-18"), category, value), measure="cumulative", period_days=None)


@pytest.mark.parametrize(("text", "category", "value"), [
    ("Kyiv said Russia had lost 712,000 soldiers since the invasion began. That figure includes 1,350 troops lost "
     "in the past 24 hours. Russia has also lost 9,612 tanks and 22,100 artillery systems, the military said.",
     "artillery", 22_100),
    ("Russia has lost 690,000 soldiers since February 2022, Ukraine's General Staff said on Sunday. This figure "
     "includes 1,280 troops killed or wounded over the past day. According to the General Staff, Russia has also "
     "lost 9,150 tanks and 18,900 armoured vehicles.", "tanks", 9_150),
])
def test_after_a_day_told_as_part_of_the_total_the_report_goes_on_with_totals(
        text: str, category: str, value: float) -> None:
    check(find(claims(text, "2024-10-01"), category, value), measure="cumulative", period_days=None)
