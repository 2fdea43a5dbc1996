"""Round 59f: English constructions this session's rounds saw and left, each read in two or more wordings of our own
(names and numbers invented):

- a unit told as what a raid or an assault cost ("The night raid cost the Ukrainian brigade 14 men killed", "cost the
  Russian regiment 30 dead"): the number after the unit's noun is a count, not the unit's designation (numbers.py,
  grammar `cost_unit_before`), and the unit puts its men and dead in the army (grammar `military_context`); one
  offensive told in the past as the subject of a toll ("The failed offensive cost ...") is a period, as an assault is;
- a verb month ("March", "May") named with "that" and closing its phrase ("that March, eight soldiers ...", "in that
  March alone", "killed that March."): a date, of the year the text dated before (date_mentions.py, that_month.py);
  "by that June" / "by that March" is the point a running total stands at, as "by June 2023" is (grammar `bare_by`,
  `lead_by`);
- a later week of a month opening a span ("from the second week of January", "since the third week of May"): that
  week's first day; a span's end told as the last or final week of its month ("from 1 March to the last week of
  April"): the span's days counted to the month's end, not a week's (mention_dates.py);
- a numbered formation told as holding or defending ("The 47th Brigade, which held the line, lost 3 soldiers") after
  a sentence whose one nation repelled an attack: that nation's (formation_opposed.formation_defending).

The shortfall seen on the way (a holding clause with its own date) was read in round 60b."""

from __future__ import annotations

import datetime as dt

from probes import claims_reader

_claims = claims_reader("2025-07-20")


# -- A unit as what a loss cost --------------------------------------------------------------------------------------

def test_a_raid_cost_a_brigade_men_killed() -> None:
    c = _claims("The night raid cost the Ukrainian brigade 14 men killed.")[14]
    assert (c.side, c.outcome, c.measure) == ("ukraine", "killed", "period")


def test_an_assault_cost_a_regiment_dead() -> None:
    c = _claims("The assault cost the Russian regiment 30 dead.")[30]
    assert (c.side, c.outcome, c.measure) == ("russia", "killed", "period")


def test_an_ambush_cost_a_battalion_soldiers() -> None:
    c = _claims("The ambush cost the Ukrainian battalion 9 soldiers.")[9]
    assert (c.side, c.category, c.outcome) == ("ukraine", "personnel", "losses")


def test_men_and_dead_a_raid_cost_a_unit_are_personnel() -> None:
    assert _claims("The night raid cost the Ukrainian brigade 14 men killed.")[14].category == "personnel"
    assert _claims("The assault cost the Russian regiment 30 dead.")[30].category == "personnel"


def test_a_units_words_elsewhere_leave_people_people() -> None:
    c = _claims("Russian shelling of Kherson killed 4 people, the 35th Marine Brigade said.")[4]
    assert c.category == "people"


def test_a_units_number_with_no_cost_stays_a_label() -> None:
    assert _claims("The battalion 14 soldiers reached the town.") == {}


def test_one_offensive_told_in_the_past_is_a_period() -> None:
    assert _claims("The failed offensive cost Russian forces 1,200 men.")[1200].measure == "period"
    c = _claims("The offensive on Vuhledar killed 3,000 Russian soldiers, Ukrainian officials said.")[3000]
    assert c.measure == "period"


def test_an_offensive_that_has_cost_runs_on() -> None:
    assert _claims("The offensive has cost Russia 40,000 soldiers.")[40000].measure == "cumulative"


# -- "that March" ----------------------------------------------------------------------------------------------------

def test_that_march_opening_a_sentence() -> None:
    c = _claims("The campaign ran from 8 June 2023 to November. That March, eight Ukrainian soldiers of the company"
                " were killed.")[8]
    assert (c.measure, c.period_start, str(c.as_of)) == ("period", dt.date(2024, 3, 1), "2024-03-31")


def test_in_that_march_alone() -> None:
    c = _claims("The unit arrived in Donetsk in January 2024. In that March alone, 17 of its Ukrainian soldiers"
                " died.")[17]
    assert (c.measure, c.period_start, c.period_days) == ("period", dt.date(2024, 3, 1), 31)


def test_killed_that_march() -> None:
    c = _claims("The unit arrived in Donetsk in January 2024. Twenty Ukrainian soldiers were killed that March.")[20]
    assert (c.measure, str(c.as_of)) == ("period", "2024-03-31")


def test_that_march_as_a_verb_is_no_date() -> None:
    c = _claims("The unit arrived in Donetsk in January 2024. The columns that march on Kyiv lost 20 Russian"
                " soldiers.")[20]
    assert c.period_start is None


def test_by_that_june_is_the_point_a_total_stands_at() -> None:
    c = _claims("The brigade arrived near Bakhmut in October 2022. By that June, 90 Ukrainian soldiers of the brigade"
                " had been killed.")[90]
    assert (c.measure, str(c.as_of)) == ("cumulative", "2023-06-30")


def test_lost_by_that_march() -> None:
    c = _claims("The company reached Avdiivka in August 2023. Its Ukrainian soldiers had lost 14 armoured vehicles by"
                " that March.")[14]
    assert (c.measure, str(c.as_of)) == ("cumulative", "2024-03-31")


# -- A later week of a month opening a span; the last week of a month closing one ----------------------------------

def test_from_the_third_week_of_a_month() -> None:
    c = _claims("Between the third week of May and the end of June, Ukrainian forces lost 210 soldiers.")[210]
    assert (c.period_start, str(c.as_of), c.period_days) == (dt.date(2025, 5, 15), "2025-06-30", 47)


def test_since_the_second_week_of_a_month() -> None:
    c = _claims("Russia has lost 1,400 soldiers since the second week of May.")[1400]
    assert (c.measure, c.period_start) == ("period", dt.date(2025, 5, 8))


def test_to_the_final_week_of_a_month_counts_the_days() -> None:
    c = _claims("From 3 March to the final week of April, 640 Russian troops were killed, Ukraine's military"
                " said.")[640]
    assert (c.period_start, str(c.as_of), c.period_days) == (dt.date(2025, 3, 3), "2025-04-30", 59)


def test_from_the_first_week_to_the_last_week() -> None:
    c = _claims("Russia lost 400 soldiers from the first week of March to the last week of April.")[400]
    assert (c.period_start, c.period_days) == (dt.date(2025, 3, 1), 61)


def test_the_last_week_of_a_month_alone_is_a_week() -> None:
    c = _claims("Russia lost 900 troops in the last week of June.")[900]
    assert (c.period_start, c.period_days) == (dt.date(2025, 6, 24), 7)


# -- A numbered formation told as holding or defending ----------------------------------------------------------------

def test_a_division_defending_a_village_after_its_nation_repelled_assaults() -> None:
    c = _claims("Russian troops repelled three assaults near Kreminna overnight. The 144th Division, which was"
                " defending the village, lost 12 soldiers.")[12]
    assert (c.side, c.category) == ("russia", "personnel")


def test_a_brigade_that_guarded_the_bridge() -> None:
    c = _claims("Ukrainian units beat back an assault on the crossing. The 31st Brigade, which guarded the bridge, lost"
                " 4 soldiers.")[4]
    assert c.side == "ukraine"


def test_a_holding_formation_after_an_attack_told_is_no_ones() -> None:
    # (no attack repelled before: the attacker's nation is in view, which says nothing of the formation)
    assert _claims("Russian forces attacked the town. The 47th Brigade, which held the line, lost 3 soldiers.") == {}


# -- Seen on the way: the holding clause with its own date was read in round 60b (test_round60b_constructions.py) --
