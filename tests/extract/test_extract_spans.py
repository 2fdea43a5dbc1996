"""Over what span and as of when, which numbers, one claim per fact (spec: "Decisions, part 2").

Every sentence here is written for these tests, in wordings of its own: each rule is checked on at
least two phrasings, so that a rule that only read one article's words fails.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from lossledger import Claim, extract_claims
from lossledger.extract.dates import infer_publication_date
from lossledger.languages.grammar import load_patterns
from lossledger.series import general_staff_snapshot

EN = load_patterns("en")

#: The profile's dating series, passed as extract_claims passes it.
SNAPSHOT = general_staff_snapshot()


def claims(text: str, published: str | None = "2024-06-10") -> list[Claim]:
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


# --- a bounded event is a period, its length read where the text gives it -----------------------

@pytest.mark.parametrize(("text", "category", "value", "days"), [
    ("Ukraine lost over 3,700 men in a futile three-day attempt to break through, the ministry said.",
     "personnel", 3_700, 3),
    ("The Russian military suffered 71 dead during the three days of heavy fighting, the minister said.",
     "personnel", 71, 3),
    ("The attacks killed at least 19 civilians in just a five-day span, the monitors said.", "civilians", 19, 5),
    ("Moscow lost 40 tanks in these clashes, the brigade said.", "tanks", 40, None),
    ("Kyiv lost 2,100 troops during military operations in the Belgorod region, the ministry claimed.",
     "personnel", 2_100, None),
    ("Russian forces lost 1,400 soldiers within a 24-hour period, the General Staff said.", "personnel", 1_400, 1),
])
def test_bounded_event_is_a_period(text: str, category: str, value: float, days: float | None) -> None:
    check(find(claims(text), category, value), measure="period", period_days=days)


@pytest.mark.parametrize("text", [
    "Around 12,000 Russian soldiers have been killed as the invasion enters its seventh week, the minister said.",
    "Some 4,000 Ukrainian troops were lost during the special military operation, the ministry said.",
])
def test_war_age_and_whole_operation_are_running_totals(text: str) -> None:
    found = claims(text)
    assert found and all(c.measure == "cumulative" for c in found)


# --- named days, "alone" -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("On March 3 alone, at least 610 Russian soldiers were killed, the army said.", "2024-03-03"),
    ("Russia lost 95 armoured vehicles on 14 May alone, the General Staff said.", "2024-05-14"),
])
def test_named_day_alone_is_that_days_figure(text: str, date: str) -> None:
    found = claims(text)
    assert len(found) == 1
    check(found[0], measure="period", period_days=1, as_of=date)


# --- since DATE ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ukrainian army's losses since June 4 include 3,200 personnel and 41 tanks, the Russian ministry said.",
    "Since 12 August, Russian troops have lost 980 servicemen in the region, the commander said.",
])
def test_since_a_date_without_a_year_is_still_a_period(text: str) -> None:
    found = claims(text, published=None)
    assert found and all(c.measure == "period" for c in found)


@pytest.mark.parametrize("text", [
    "The General Staff said Russia has lost 210,000 troops since the beginning of its full-scale invasion "
    "of Ukraine in February 2022.",
    "Oryx says Russia has lost at least 2,100 tanks since the start of its war in late February 2022.",
])
def test_since_the_war_month_starts_on_the_war_day(text: str) -> None:
    found = claims(text)
    assert found
    check(found[0], measure="cumulative", period_start="2022-02-24")


@pytest.mark.parametrize("text", [
    "The monitors have confirmed 10,000 civilian deaths and a further 18,500 injured since Russia's invasion.",
    "A further 9,000 civilians have been wounded since the invasion, the office said.",
])
def test_since_the_invasion_is_a_running_total(text: str) -> None:
    found = claims(text)
    assert found and all(c.measure == "cumulative" for c in found)


def test_between_war_start_and_a_month_is_a_running_total_as_of_that_month() -> None:
    for text, as_of in (
        ("The study said Russia suffered 900,000 casualties between the start of the full-scale invasion "
         "in February 2022 and March 2025.", "2025-03-31"),
        ("Analysts counted 700,000 Russian casualties between the beginning of the war and October 2024.",
         "2024-10-31"),
    ):
        found = claims(text, published="2025-06-01")
        assert found, text
        check(found[0], measure="cumulative", as_of=as_of)


# --- as of when ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "as_of"), [
    ("By the middle of June, Russia had lost about 30,000 men, British intelligence said.", "2023-06-15"),
    ("By the end of March, Ukraine had lost about 400 tanks, analysts estimated.", "2023-03-31"),
    ("By mid-April, Russia had lost 2,500 armoured vehicles, the Ukrainian ministry said.", "2023-04-15"),
])
def test_by_a_point_of_a_month_is_a_running_total(text: str, as_of: str) -> None:
    found = claims(text, published="2023-07-20")
    assert found
    check(found[0], measure="cumulative", as_of=as_of)


@pytest.mark.parametrize("text", [
    "Leaked US intelligence earlier this month indicated that 230,000 Russian troops have been killed or "
    "wounded since the war began.",
    "The ministry said last week that 41,000 Ukrainian soldiers had been lost since the war began.",
])
def test_when_a_statement_was_made_is_not_the_figures_span(text: str) -> None:
    found = claims(text)
    assert found and all(c.measure == "cumulative" for c in found)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The UN mission said that in March Russian strikes killed or injured over 600 civilians, a 20% "
     "increase from February.", "2024-03-01", "2024-03-31"),
    ("In April, 180 civilians were killed, compared with February, the monitors said.", "2024-04-01", "2024-04-30"),
])
def test_a_compared_date_is_not_the_figures_date(text: str, start: str, end: str) -> None:
    found = claims(text, published="2024-05-10")
    assert found
    check(found[0], measure="period", period_start=start, as_of=end)


@pytest.mark.parametrize(("text", "start", "end", "days"), [
    ("In the first half of the month, 120 civilians were killed, the UN mission said.",
     "2024-06-01", "2024-06-10", 10),
    ("During the second half of March, 85 civilians were killed, the monitors reported.",
     "2024-03-16", "2024-03-31", 16),
])
def test_half_a_month_is_a_period(text: str, start: str, end: str, days: float) -> None:
    found = claims(text)
    assert found
    check(found[0], measure="period", period_start=start, as_of=end, period_days=days)


# --- rates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "days"), [
    ("Since October, weekly fatalities among Russian volunteers have not dipped below 100, the outlet found.", 7),
    ("Monthly Russian losses of armoured vehicles averaged 250 last year, the analysts said.", 30),
    ("Russia's daily average of 1,100 soldiers killed or wounded held through May, London said.", 1),
])
def test_rate_words_before_the_number(text: str, days: float) -> None:
    found = claims(text)
    assert found
    check(found[0], measure="rate", period_days=days)


# --- one claim per fact --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The strike killed 3 people and injured 3 others, the governor said.",
    "Two civilians died and two were wounded in the shelling of the village, officials said.",
])
def test_two_facts_that_share_a_number_are_two_claims(text: str) -> None:
    found = claims(text)
    assert sorted(c.outcome for c in found) == ["killed", "wounded"]


def test_the_same_fact_said_twice_is_one_claim() -> None:
    found = claims("Five soldiers were killed in the attack. The five were killed near the border, the army "
                   "said. Russia lost 5 soldiers, it added.")
    assert len([c for c in found if c.value == 5]) == 1


# --- dating an undated text from the totals it quotes ---------------------------------------------
# (figures from the General Staff's series are real; the sentences are invented)

WAR_START = dt.date(2022, 2, 24)


def test_an_exact_total_outranks_a_milestone_the_text_recounts() -> None:
    text = ("Officials recalled that the toll of Russian troops passed 400,000 on 1 March 2024. It now stands "
            "at 516,080, the General Staff said.")
    date, why = infer_publication_date(text, war_start=WAR_START,
                                       figures=[("personnel", 400_000), ("personnel", 516_080)], series=SNAPSHOT,
                                           grammar=EN)
    assert (date, why) == (dt.date(2024, 6, 7), "series:personnel=516080")


def test_an_exact_total_outranks_a_round_figure_of_another_day() -> None:
    text = "Early estimates spoke of 15,000 dead; the General Staff's count is now 314,290."
    date, _ = infer_publication_date(text, war_start=WAR_START,
                                     figures=[("personnel", 15_000), ("personnel", 314_290)],
                                     series=SNAPSHOT, grammar=EN)
    assert date == dt.date(2023, 11, 15)


@pytest.mark.parametrize("value", [8_000, 45_000])
def test_a_small_round_figure_does_not_date_a_text(value: int) -> None:
    # the General Staff's total passed these in the war's first months; they are as often civilian tolls
    date, _ = infer_publication_date(f"Nearly {value:,} people have been killed, officials said.",
                                     war_start=WAR_START, figures=[("personnel", value)], series=SNAPSHOT, grammar=EN)
    assert date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The total stood at 516,080. On August 2, officials reported new strikes.", dt.date(2024, 8, 2)),
    ("Russia's losses reached 516,080, Kyiv said. By 9 July the front had barely moved.", dt.date(2024, 7, 9)),
])
def test_a_yearless_event_after_the_quoted_total_dates_the_text(text: str, expected: dt.date) -> None:
    date, _ = infer_publication_date(text, war_start=WAR_START,
                                     figures=[("personnel", 516_080)], series=SNAPSHOT, grammar=EN)
    assert date == expected


def test_the_war_anniversary_is_not_a_later_event() -> None:
    text = "Russia has lost 516,080 troops since Feb. 24, the General Staff said."
    date, _ = infer_publication_date(text, war_start=WAR_START,
                                     figures=[("personnel", 516_080)], series=SNAPSHOT, grammar=EN)
    assert date == dt.date(2024, 6, 7)


# --- which numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 1,200 soldiers in the past day, bringing its losses since February 24, 2022 to 516,080, "
     "the General Staff said.", 516_080),
    ("Kyiv said 35 tanks were destroyed, taking the total since 2022 to 7,834.", 7_834),
])
def test_a_total_after_a_year_is_read(text: str, value: float) -> None:
    found = claims(text)
    total = [c for c in found if c.value == value]
    assert total and total[0].measure == "cumulative"
    # the increment's span is its own, not the total's
    increment = [c for c in found if c.value != value]
    assert increment and increment[0].measure == "period" and increment[0].period_start is None


# --- more spans ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The commander said that since the beginning of the year, Russian forces have lost 120,000 troops.",
    "So far this year, Russia has lost 2,100 armoured vehicles, the General Staff said.",
])
def test_the_year_so_far_is_a_period_from_january(text: str) -> None:
    found = claims(text, published="2025-05-20")
    assert found
    check(found[0], measure="period", period_start="2025-01-01")


def test_the_same_period_reaches_back_to_the_last_figure_with_a_span() -> None:
    text = ("Moscow said its troops killed 1,300 Ukrainian soldiers in the past 24 hours.\n\n"
            "It said Ukraine has lost 480,000 soldiers since the war began.\n\n"
            "Kyiv rejected the claim. The General Staff said Russia lost 1,050 soldiers over the same period.")
    check(find(claims(text), "personnel", 1_050), measure="period", period_days=1)


def test_in_addition_to_does_not_continue_a_days_report() -> None:
    text = ("The General Staff said Russia lost 1,100 soldiers over the past day. In addition to personnel "
            "losses, Ukraine says it has destroyed 9,870 Russian tanks.")
    check(find(claims(text), "tanks", 9_870), measure="cumulative")


def test_a_sources_report_of_one_event_goes_on() -> None:
    text = ("Ukraine lost over 50,000 troops during the incursion into the Bryansk region, the Russian defence "
            "ministry said on Friday.\n\nIn a statement, the ministry said Ukrainian forces had also suffered "
            "the loss of 300 tanks and 120 artillery systems.")
    found = claims(text)
    for category, value in (("tanks", 300), ("artillery", 120)):
        check(find(found, category, value), measure="period")


@pytest.mark.parametrize("text", [
    "The UN said the toll includes 1,389 civilian casualties in April (221 killed, 1,168 injured), followed by "
    "1,019 in May (183 killed, 836 injured).",
    "Monitors counted 610 civilian casualties in March (95 dead and 515 wounded).",
])
def test_monthly_breakdowns(text: str) -> None:
    found = claims(text, published="2025-06-10")
    wholes = [c for c in found if c.value in (1_389, 1_019, 610)]
    assert wholes and all(c.outcome == "losses" and c.category == "civilians" for c in wholes)
    parts = [c for c in found if c not in wholes]
    assert parts and all(c.category == "civilians" and c.measure == "period" for c in parts)
    assert {c.outcome for c in parts} == {"killed", "wounded"}


def test_casualties_in_a_report_about_civilians_are_civilians() -> None:
    text = ("Civilian casualties keep rising, the UN mission says.\n\nCivilians in cities far from the front are "
            "hit, and children and residents of apartment blocks are among the victims.\n\n"
            "The mission counted 900 casualties in May.")
    check(find(claims(text), "civilians", 900), measure="period")


def test_last_month_has_its_calendar_length() -> None:
    found = claims("The mission recorded 950 civilian casualties last month: 180 killed and 770 injured.",
                   published="2025-06-10")
    assert {c.period_days for c in found} == {31}


def test_a_multiple_of_another_years_figure_is_dated_by_the_report() -> None:
    found = claims("Russia lost over 40,000 vehicles, nearly double the amount lost in 2023, the report said.",
                   published="2024-12-20")
    assert found and found[0].as_of == dt.date(2024, 12, 20)


def test_by_the_middle_of_a_month_stays_a_total_when_the_year_is_unknown() -> None:
    found = claims("By the middle of June, Russia had lost about 30,000 men, British intelligence said.",
                   published=None)
    assert found and found[0].measure == "cumulative"


# --- seasons -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "measure", "as_of", "start"), [
    ("Russia lost an average of 150 soldiers a day in the spring of 2023, British intelligence said.",
     "rate", "2023-05-31", None),
    ("During the winter of 2022-23, Russia lost 300 tanks near the coal town, analysts said.",
     "period", "2023-02-28", "2022-12-01"),
    ("Last summer, Ukraine lost about 60 armoured vehicles in the first weeks of the push, Moscow claimed.",
     "period", "2023-08-31", "2023-06-01"),
])
def test_a_named_season_bounds_and_dates_a_figure(text: str, measure: str, as_of: str, start: str | None) -> None:
    found = claims(text)
    assert found
    check(found[0], measure=measure, as_of=as_of, period_start=start)


def test_seasons_are_date_mentions_but_not_verbs_or_deadlines() -> None:
    from lossledger.extract.dates import find_dates
    published = dt.date(2024, 6, 10)
    kinds = [d.kind for d in find_dates("Deaths fall 2024 was a hard time; losses may reach 9,000 by the winter.",
                                        published=published, war_start=WAR_START, grammar=EN)]
    assert "season" not in kinds
    spring = find_dates("in spring 2023", published=published, war_start=WAR_START, grammar=EN)
    assert [(d.kind, d.span_start, d.date) for d in spring] == [
        ("season", dt.date(2023, 3, 1), dt.date(2023, 5, 31))]


# --- breakdowns of a total -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oryx says Russia has lost 3,000 tanks. Of them, 1,900 were destroyed and 300 damaged. Another 240 tanks "
    "were left behind, and 560 had been taken over by Ukrainian units.",
    "Analysts count 3,000 Russian tanks lost since the invasion. Among these, 1,900 had been destroyed, 300 "
    "damaged, 240 left behind and 560 taken over.",
])
def test_a_sentence_that_breaks_a_total_down_shares_its_kind_and_span(text: str) -> None:
    found = claims(text)
    for value, outcome in ((1_900, "destroyed"), (300, "damaged"), (240, "abandoned"), (560, "captured")):
        check(find(found, "tanks", value), outcome=outcome, measure="cumulative", side="russia")


@pytest.mark.parametrize(("text", "category"), [
    ("Western intelligence says 250,000 Russian soldiers have been killed or so seriously wounded that they "
     "cannot return to the front.", "personnel"),
    ("Kyiv says its drones destroyed or badly damaged 14 Russian warships in the Black Sea.", "ships"),
])
def test_two_outcomes_joined_by_or_are_losses(text: str, category: str) -> None:
    found = claims(text)
    assert found
    check(found[0], category=category, outcome="losses")


@pytest.mark.parametrize(("text", "value"), [
    ("It was the deadliest day since October 19, when the army said Russia had lost 1,380 troops.", 1_380),
    ("Losses are the highest since 2 March, when Kyiv reported that 1,250 Russian soldiers were killed.", 1_250),
])
def test_since_a_date_when_dates_the_figure_told_then(text: str, value: float) -> None:
    found = find(claims(text, published="2023-11-16"), "personnel", value)
    assert found.as_of is not None and found.as_of.month in (10, 3) and found.period_start is None


@pytest.mark.parametrize("text", [
    "The average daily toll of Russian soldiers killed or wounded over the past week was 983, the General "
    "Staff said.",
    "Averaging out the figures for Russian troops killed or wounded in the whole of last month gives 1,120, "
    "the analysts said.",
])
def test_an_average_far_before_the_number_is_a_daily_rate(text: str) -> None:
    found = claims(text)
    assert found
    check(found[0], measure="rate", period_days=1)


@pytest.mark.parametrize(("text", "expected"), [
    ("There were far more deaths than during the same period in 2024, the mission said. Since 6 June, strikes "
     "have intensified.", dt.date(2025, 6, 6)),
    ("Casualties were higher than in 2023. On 2 March, a strike hit the port.", dt.date(2024, 3, 2)),
])
def test_a_compared_year_is_past_when_dating_a_text(text: str, expected: dt.date) -> None:
    assert infer_publication_date(text, war_start=WAR_START, series=SNAPSHOT, grammar=EN)[0] == expected


def test_a_year_that_is_not_compared_still_places_a_yearless_date() -> None:
    text = "Losses in 2024 were high. Since 6 June, strikes have intensified."
    assert infer_publication_date(text, war_start=WAR_START, series=SNAPSHOT, grammar=EN)[0] == dt.date(2024, 6, 6)


@pytest.mark.parametrize("text", [
    "The UN mission noted that in March, Russian forces killed and injured over 600 civilians. Among them, 57 "
    "were children.",
    "In March the mission recorded 400 civilian casualties. Of them, 57 were children.",
])
def test_a_part_shares_the_month_of_its_whole(text: str) -> None:
    part = find(claims(text, published="2024-10-18"), "civilians", 57)
    check(part, measure="period", as_of="2024-03-31", period_start="2024-03-01")


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The report released Tuesday said Russia suffered 900,000 casualties between the start of the full-scale "
     "invasion in February 2022 and March 2025.", 900_000, "2025-03-31"),
    ("The study published on Monday said 9,000 civilians were killed between March 1, 2024 and August 31, 2025.",
     9_000, "2025-08-31"),
])
def test_the_end_of_a_stated_span_dates_the_figure(text: str, value: float, as_of: str) -> None:
    found = [c for c in claims(text, published="2025-10-08") if c.value == value]
    assert found
    check(found[0], as_of=as_of)


def test_a_sentence_anchored_now_does_not_go_on_with_the_span_before_it() -> None:
    # "Since DATE, N were added" opens a span; the same source's next sentence that says what it "now"
    # counts gives running totals, not more figures of that span.
    text = ("Using public records, Mediazona and its partners have named 31,000 Russian soldiers killed in the war."
            "\n\nSince the project's previous update on April 2, a total of 830 names have been added to the list "
            "of the dead. The reporters and volunteers now have also identified around 3,200 former prisoners and "
            "over 900 mercenaries who have been killed in Ukraine.")
    measures = {c.value: c.measure for c in extract_claims(text, published="2024-05-20")}
    assert measures == {31000: "cumulative", 830: "period", 3200: "cumulative", 900: "cumulative"}
