"""One test per decision of the spec, each on sentences written for this test.

Figures from the General Staff's series are real (so that dating by running totals can be tested);
the rest is invented. Each case names the claims it expects by their core key and the attributes
that the rule under test decides.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lossledger import Claim, extract_claims


def claims(text: str, published: str | None = None) -> list[Claim]:
    return extract_claims(text, published=published, doc_id="t")


def find(found: list[Claim], category: str, value: float) -> Claim:
    matches = [c for c in found if c.category == category and c.value == value]
    assert matches, f"no {category} {value} in {[(c.category, c.value) for c in found]}"
    return matches[0]


def check(claim: Claim, **expected: Any) -> None:
    actual = {key: getattr(claim, key) for key in expected}
    for key, value in expected.items():
        if isinstance(value, str) and key in ("as_of", "period_start"):
            expected[key] = dt.date.fromisoformat(value)
    assert actual == expected


# --- coordinated lists share verb, side, claimant and date -----------------------------------

def test_coordinated_list_shares_its_context() -> None:
    found = claims("Ukraine's General Staff said Russia has lost about 80,860 troops, 2,840 tanks and "
                   "1,837 artillery systems as of Sunday (November 13).")
    for category, value in (("personnel", 80_860), ("tanks", 2_840), ("artillery", 1_837)):
        check(find(found, category, value), side="russia", outcome="losses", measure="cumulative",
              claimant="ua_general_staff", as_of="2022-11-13")
    check(find(found, "personnel", 80_860), qualifier="approx")


def test_weekday_date_fixes_the_year() -> None:
    found = claims("The General Staff said on Friday (April 1) that Russia had lost 143 aircraft.")
    check(find(found, "aircraft", 143), as_of="2022-04-01", as_of_basis="weekday_date")


# --- measure and period ------------------------------------------------------------------------

def test_period_in_two_weeks() -> None:
    found = claims("Russia lost some 10,000 troops in just over two weeks, the General Staff said.",
                   published="2022-11-13")
    check(find(found, "personnel", 10_000), measure="period", period_days=14)


def test_period_past_24_hours_and_since_last_update() -> None:
    found = claims("In the past 24 hours Russian forces lost 690 soldiers, the General Staff said. "
                   "Since its last daily update, another 12 Russian tanks were destroyed, it added.",
                   published="2023-03-01")
    check(find(found, "personnel", 690), measure="period", period_days=1)
    check(find(found, "tanks", 12), measure="period", period_days=1, outcome="destroyed")


def test_rate_per_day() -> None:
    found = claims("Russia is losing up to 1,000 soldiers per day near Avdiivka, the General Staff said.",
                   published="2023-10-20")
    check(find(found, "personnel", 1_000), measure="rate", period_days=1, qualifier="at_most")


def test_projection_has_no_date() -> None:
    found = claims("Zelensky said Russian losses could reach 100,000 killed by the spring.",
                   published="2022-11-20")
    check(find(found, "personnel", 100_000), measure="projection", as_of=None, claimant="ua_president")


def test_since_the_counteroffensive_is_a_period() -> None:
    found = claims("According to Oryx, Russia lost 40 tanks since the start of the counteroffensive.",
                   published="2022-09-14")
    check(find(found, "tanks", 40), measure="period", claimant="oryx")


def test_since_the_war_began_is_cumulative_and_dates_its_start() -> None:
    found = claims("Ukrainian officials said on October 29 that 70,000 Russians had been killed since the "
                   "outbreak of the war on February 24.", published="2022-11-13")
    check(find(found, "personnel", 70_000), measure="cumulative", as_of="2022-10-29",
          period_start="2022-02-24", outcome="killed", claimant="ua_officials", side="russia")


def test_month_figure_is_a_period_of_that_month() -> None:
    found = claims("Russia's defence minister said the Ukrainian army lost more than 16,000 soldiers in "
                   "March.", published="2024-04-02")
    check(find(found, "personnel", 16_000), measure="period", period_start="2024-03-01", as_of="2024-03-31",
          period_days=31, side="ukraine", claimant="ru_mod", qualifier="at_least")


def test_write_what_the_text_says_even_when_mislabelled() -> None:
    found = claims("In the past 24 hours, Russia lost 3,783 tanks, the General Staff said.", published="2023-05-21")
    check(find(found, "tanks", 3_783), measure="period", period_days=1)


# --- numbers in context --------------------------------------------------------------------------

def test_ranges_and_qualifiers() -> None:
    found = claims("Western officials said between 20,000 and 30,000 Russian soldiers have been killed or "
                   "wounded in the battle for Bakhmut alone.", published="2023-03-07")
    check(find(found, "personnel", 20_000), value_high=30_000, qualifier="range", measure="period",
          outcome="losses", claimant="western_officials")


def test_scaled_words_and_approximation() -> None:
    found = claims("The total losses of the Russian army have risen to almost 85 thousand troops.",
                   published="2022-11-22")
    check(find(found, "personnel", 85_000), qualifier="approx", measure="cumulative", claimant=None)


def test_not_claims() -> None:
    text = ("The 155th brigade fired 155mm shells. Russia seized 3,000 square kilometres in 2022. "
            "The package is worth $400 million. Thousands of troops have died. Casualties were 10 times "
            "higher than in summer. More than 3,000 Russian soldiers applied to the surrender hotline. "
            "Some 15,000 Russian soldiers are stranded near Kherson. The EU delivered 300,000 shells.")
    assert claims(text, published="2022-11-20") == []


def test_count_of_one_in_a_list() -> None:
    found = claims("Over the past day Russia lost eight tanks, four rocket systems and a helicopter, the "
                   "General Staff said.", published="2024-10-11")
    check(find(found, "helicopters", 1), measure="period", period_days=1)


# --- bulletins -----------------------------------------------------------------------------------

BULLETIN = """The total combat losses of the enemy from 24.02.2022 to 13.11.2022 were approximately:
personnel ‒ about 80860 (+650) persons were liquidated,
tanks ‒ 2840 (+2),
artillery systems – 1837 (+8),
aircraft ‒ 278 (+0),
"""


def test_bulletin_gives_running_totals_and_the_days_figures() -> None:
    found = claims(BULLETIN, published="2022-11-13")
    check(find(found, "personnel", 80_860), measure="cumulative", qualifier="approx",
          claimant="ua_general_staff", side="russia", as_of="2022-11-13")
    check(find(found, "personnel", 650), measure="period", period_days=1)
    check(find(found, "artillery", 8), measure="period", period_days=1)
    assert not [c for c in found if c.value == 0], "a (+0) is no loss"


def test_bilingual_bulletin() -> None:
    text = ("The total combat losses of the enemy from 24.02.2022 to 01.02.2024 were approximately:\n"
            "особового складу / personnel ‒ близько/ about 386230 (+1000) осіб / persons,\n"
            "танків / tanks ‒ 6322 (+12) од,\n")
    found = claims(text, published="2024-02-01")
    check(find(found, "personnel", 386_230), measure="cumulative")
    check(find(found, "tanks", 12), measure="period")


# --- claimants -----------------------------------------------------------------------------------

def test_claimant_within_and_across_sentences() -> None:
    found = claims("In a Sunday update, the General Staff said Russia had lost 80,860 troops. "
                   "The post added that 261 Russian helicopters had been destroyed.", published="2022-11-13")
    check(find(found, "helicopters", 261), claimant="ua_general_staff")


def test_according_to_and_a_statement_from() -> None:
    found = claims("According to Britain's Ministry of Defence, Russia has suffered about 190,000 casualties. "
                   "A statement from Russia's Defence Ministry claims that Ukraine lost 620 soldiers.",
                   published="2023-11-12")
    check(find(found, "personnel", 190_000), claimant="uk_mod", side="russia")
    check(find(found, "personnel", 620), claimant="ru_mod", side="ukraine")


def test_article_voice_has_no_claimant() -> None:
    found = claims("Ukraine has destroyed 20 Russian warships since the invasion.", published="2024-03-05")
    check(find(found, "ships", 20), claimant=None, side="russia", outcome="destroyed")


# --- sides and outcomes --------------------------------------------------------------------------

def test_side_of_victims_of_a_strike() -> None:
    found = claims("A Russian missile strike on Dnipro killed 11 people and injured 60, the governor said.",
                   published="2023-01-15")
    check(find(found, "people", 11), side="ukraine", outcome="killed", measure="period", claimant="ua_officials")
    check(find(found, "people", 60), outcome="wounded")


def test_enemy_is_the_other_side_of_the_speaker() -> None:
    found = claims("Russia's Defence Ministry said the enemy lost up to 140 servicemen in the last 24 hours.",
                   published="2025-04-27")
    check(find(found, "personnel", 140), side="ukraine", claimant="ru_mod", qualifier="at_most")


def test_hedged() -> None:
    found = claims("As many as 30,000 Ukrainian civilians may have been killed, officials fear.",
                   published="2022-11-07")
    check(find(found, "civilians", 30_000), hedged=True, qualifier="at_most")


# --- boilerplate ---------------------------------------------------------------------------------

def test_text_outside_the_body_is_ignored() -> None:
    text = ("Russia has lost 2,840 tanks, the General Staff said on Sunday (November 13).\n\n"
            "READ MORE: Russia lost 5,000 tanks, analysts say\n"
            "  • 15,000 Russian soldiers killed in secret battle\n"
            "Sign up to our newsletter for 10 stories a day.\n"
            "Leave a Reply\n"
            "Reader: they really lost 9,000 tanks.\n")
    found = claims(text)
    assert [(c.category, c.value) for c in found] == [("tanks", 2_840)]


# --- dates of undated documents ---------------------------------------------------------------------

def test_undated_article_is_dated_by_the_running_total_it_quotes() -> None:
    found = claims("The General Staff said Russia has lost 80,860 troops. Another 650 were killed in a day.")
    check(find(found, "personnel", 80_860), as_of="2022-11-13", as_of_basis="inferred")


def test_evidence_points_into_the_text() -> None:
    text = "Filler. Russia's Defence Ministry said 498 Russian troops have been killed in Ukraine."
    claim = find(claims(text, published="2022-03-02"), "personnel", 498)
    assert text[claim.start:claim.end] == claim.quote
    assert claim.rule.startswith("noun_phrase/") and "russia-ukraine@" in claim.rule


def test_part_of_a_whole_and_an_owner_named_with_by() -> None:
    found = claims("The air force said it shot down 71 of 139 drones launched by Russia overnight.",
                   published="2025-02-10")
    check(find(found, "drones", 71), side="russia", outcome="destroyed", measure="period", period_days=1)
    assert not [c for c in found if c.value == 139], "drones launched are not lost"


def test_a_sentence_that_starts_with_its_count_continues_the_topic() -> None:
    found = claims("At least 12,162 civilians have been killed since February 2022, the UN said. "
                   "Over 26,900 have been injured.", published="2024-11-19")
    check(find(found, "civilians", 12_162), measure="cumulative", claimant="un", qualifier="at_least")
    check(find(found, "civilians", 26_900), outcome="wounded", claimant="un")


def test_a_breakdown_shares_the_span_of_its_total() -> None:
    found = claims("Shoigu said the enemy lost 2,227 weapons in July. The said 2,227 losses include ten "
                   "Leopard tanks and 40 M777 howitzers.", published="2023-08-01")
    check(find(found, "tanks", 10), measure="period", side="ukraine", claimant="ru_mod")
    check(find(found, "artillery", 40), measure="period")


def test_an_unmarked_figure_that_is_the_running_total_is_cumulative() -> None:
    found = claims("Ukraine's General Staff said on Sunday that 730 Russian soldiers were killed over the past "
                   "day. Russian forces have also lost 3,783 tanks, it said.", published="2023-05-21")
    check(find(found, "personnel", 730), measure="period", period_days=1)
    check(find(found, "tanks", 3_783), measure="cumulative")


def test_the_officials_are_the_ones_named_before() -> None:
    found = claims("US officials said the war had cost both armies dearly. Russian military casualties are "
                   "approaching 300,000, the officials said, a number that includes up to 120,000 deaths.",
                   published="2023-08-18")
    check(find(found, "personnel", 300_000), claimant="us_officials", qualifier="approx", side="russia")
    check(find(found, "personnel", 120_000), claimant="us_officials", qualifier="at_most")


# --- rules added after reading new kinds of articles -----------------------------------------------

def test_a_country_that_says_or_claims_speaks_through_its_officials() -> None:
    found = claims("Ukraine said it had shot down 97 Russian planes. Russia claims to have killed 1,300 "
                   "Ukrainian servicemen.", "2022-03-20")
    check(find(found, "aircraft", 97), claimant="ua_officials", side="russia")
    check(find(found, "personnel", 1_300), claimant="ru_officials", side="ukraine")
    # a country that is only the loser is not a source
    check(find(claims("Russia lost 1,300 troops near Kyiv.", "2022-03-20"), "personnel", 1_300), claimant=None)


def test_a_trailing_he_said_points_back_at_the_person_named_before() -> None:
    found = claims("Hanna Maliar, Ukraine's deputy defence minister, said troops had retaken seven villages. "
                   "Russian losses over the past day were 710 troops, she said.", "2023-06-12")
    check(find(found, "personnel", 710), claimant="ua_mod", measure="period", period_days=1)
    quoted = claims('John Kirby said on Tuesday that the war had been costly. "Russia has lost 100,000 troops," '
                    "he said.", "2023-02-14")
    check(find(quoted, "personnel", 100_000), claimant="us_officials")


def test_a_figure_for_a_calendar_year_is_a_period_of_that_year() -> None:
    found = claims("In 2023, Russia lost 253,290 soldiers, the General Staff said.", "2024-01-10")
    check(find(found, "personnel", 253_290), measure="period", period_start="2023-01-01", period_days=365,
          as_of="2023-12-31", as_of_basis="stated_year")
    # a year still running ends on the day of the report, and has no length yet (the gold leaves it out)
    so_far = claims("In 2024, Russia has lost 21,000 soldiers, the General Staff said.", "2024-01-21")
    check(find(so_far, "personnel", 21_000), measure="period", period_start="2024-01-01", period_days=None,
          as_of="2024-01-21")
    # a year that only dates the statement is not a span
    said = claims("The General Staff said in 2023 that Russia had lost 150,000 soldiers.", "2023-04-01")
    check(find(said, "personnel", 150_000), measure="cumulative")


def test_a_daily_report_goes_on_in_the_present_perfect() -> None:
    found = claims("Ukraine has lost up to 620 personnel in the area of the Yug group in the past 24 hours, "
                   "the Russian Defense Ministry said. Kiev has lost up to 325 soldiers in battles with the "
                   "Tsentr group, the ministry said.", "2024-08-05")
    for value in (620, 325):
        check(find(found, "personnel", value), claimant="ru_mod", measure="period", period_days=1,
              qualifier="at_most")
    # without a day's figure before it, the present perfect is a running total
    alone = claims("Kiev has lost up to 325 soldiers, the Russian Defense Ministry said.", "2024-08-05")
    check(find(alone, "personnel", 325), measure="cumulative")


# --- rules added after probing with new sentences in the style of wire copy -------------------------

def test_a_count_after_a_whole_list_and_injuries_goes_on_with_the_list() -> None:
    found = claims("The U.N. human rights office said it had verified 9,701 civilian deaths and 17,748 injuries "
                   "in Ukraine.", "2023-09-26")
    check(find(found, "civilians", 9_701), claimant="un", outcome="killed")
    check(find(found, "civilians", 17_748), claimant="un", outcome="wounded")
    across = claims("Russian missiles hit Kyiv on Monday, killing at least 41 people and wounding more than 170 "
                    "across the country, officials said.", "2024-07-08")
    check(find(across, "people", 170), outcome="wounded", qualifier="at_least", side="ukraine")


def test_killed_or_wounded_in_the_passive_is_undivided_losses() -> None:
    found = claims("Ukrainian officials said at least 30 Russian soldiers were killed or wounded in the Kursk "
                   "region.", "2024-12-16")
    check(find(found, "personnel", 30), outcome="losses", side="russia")


def test_aliases_military_intelligence_and_rockets() -> None:
    found = claims("Ukraine's military intelligence said Russia had lost about 300,000 troops killed and wounded.",
                   "2023-11-20")
    check(find(found, "personnel", 300_000), claimant="ua_mod")
    rockets = claims("The Russian defence ministry said its air defences destroyed four HIMARS rockets.",
                     "2024-01-20")
    check(find(rockets, "missiles", 4), side="ukraine", claimant="ru_mod")


def test_counted_non_losses_count_only_when_they_follow_the_number() -> None:
    found = claims("Russia's defence ministry said Ukraine had lost up to 1,645 troops in all directions over "
                   "the past day. The General Staff said Russia lost 1,200 soldiers in attacks on Avdiivka "
                   "over the past day.", "2023-10-18")
    check(find(found, "personnel", 1_645), side="ukraine", claimant="ru_mod", measure="period", period_days=1)
    check(find(found, "personnel", 1_200), side="russia", claimant="ua_general_staff")
    strikes = claims("Russia launched 40 drone attacks and 12 missile strikes on Ukraine overnight, officials "
                     "said, and occupied 3,000 square kilometres.", "2024-01-01")
    assert strikes == []


def test_a_source_in_a_comparison_is_not_the_source() -> None:
    found = claims("Ukrainian President Volodymyr Zelensky said on Sunday that 31,000 Ukrainian soldiers had "
                   "been killed, a figure far lower than estimates by U.S. officials.", "2024-02-26")
    check(find(found, "personnel", 31_000), claimant="ua_president", side="ukraine")


def test_a_force_named_as_the_owner_of_casualties_gives_the_side() -> None:
    found = claims("U.S. officials said Ukraine's military casualties were close to 70,000 killed and 100,000 "
                   "to 120,000 wounded.", "2023-08-18")
    check(find(found, "personnel", 70_000), side="ukraine", claimant="us_officials", outcome="killed")
    check(find(found, "personnel", 100_000), side="ukraine", value_high=120_000, outcome="wounded")


def test_including_a_part_shares_the_outcome_and_the_list_goes_on_from_the_whole() -> None:
    found = claims("A Russian missile slammed into an apartment block in Dnipro on Saturday, killing 45 people, "
                   "including six children, and injuring 79, officials said.", "2023-01-14")
    check(find(found, "people", 45), outcome="killed")
    check(find(found, "civilians", 6), outcome="killed")
    check(find(found, "people", 79), outcome="wounded")


def test_the_whole_a_part_is_taken_from_is_not_a_loss() -> None:
    found = claims("Air defence units destroyed 18 of the 21 drones, the air force said. Ukraine's air force "
                   "said it shot down 20 out of 25 Shahed drones overnight.", "2024-03-29")
    check(find(found, "drones", 18), side="russia", outcome="destroyed")
    check(find(found, "drones", 20), side="russia", measure="period", period_days=1)
    assert not [c for c in found if c.value in (21, 25)], "drones launched are not lost"


def test_since_a_date_after_the_war_began_is_a_period() -> None:
    found = claims("Russia's losses in the Kursk region since August 6 amount to 4,700 servicemen, Russia's "
                   "defence ministry said.", "2024-08-21")
    check(find(found, "personnel", 4_700), measure="period", period_start="2024-08-06", claimant="ru_mod")
    war = claims("Russia has lost 1,800 tanks since February 24, 2022, according to Oryx.", "2023-03-10")
    check(find(war, "tanks", 1_800), measure="cumulative")


def test_the_month_may_is_no_hedge() -> None:
    found = claims("Ukrainian forces have killed about 1,200 Russian soldiers in the Kharkiv Oblast since May 10, "
                   "the General Staff said.", "2024-06-03")
    check(find(found, "personnel", 1_200), hedged=False, measure="period", period_start="2024-05-10")
    may = claims("Russia may have lost 1,200 soldiers near Kharkiv, the General Staff said.", "2024-06-03")
    check(find(may, "personnel", 1_200), hedged=True)


def test_the_span_cue_nearer_the_number_decides_and_a_daily_toll_is_no_rate() -> None:
    found = claims('"Over the past day, the enemy lost 1,740 personnel," the General Staff said, noting the '
                   "highest daily toll since the start of the full-scale invasion.", "2024-05-14")
    check(find(found, "personnel", 1_740), measure="period", period_days=1, claimant="ua_general_staff")


def test_authorities_are_officials() -> None:
    found = claims("A Russian missile strike on Vinnytsia killed 23 people and wounded more than 100, "
                   "authorities said.", "2022-07-15")
    check(find(found, "people", 23), claimant="ua_officials", side="ukraine", measure="period")


def test_drones_and_missiles_shot_down_belong_to_the_side_that_launched_them() -> None:
    found = claims("Over the past two days, Russia launched 99 drones and more than 170 missiles; air defences "
                   "destroyed 72 missiles and 35 Shahed drones, Commander-in-Chief Valerii Zaluzhnyi said.",
                   "2024-01-02")
    check(find(found, "missiles", 72), side="russia", outcome="destroyed", claimant="ua_general_staff")
    check(find(found, "drones", 35), side="russia")
    assert not [c for c in found if c.value in (99, 170)], "launched is not lost"
    # the attacker's strikes still count the other side's dead
    strike = claims("Russian missiles killed 20 people in Dnipro, officials said.", "2024-01-02")
    check(find(strike, "people", 20), side="ukraine")


def test_a_part_of_a_qualified_whole_and_of_them() -> None:
    found = claims("Ukraine's air force said it had shot down over 60 of more than 70 missiles fired by Russia.",
                   "2022-12-06")
    check(find(found, "missiles", 60), side="russia", qualifier="at_least", claimant="ua_officials")
    assert not [c for c in found if c.value == 70]
    them = claims("Ukraine's air force said Russia launched 45 Shahed-type drones overnight. Ukrainian air "
                  "defences shot down 32 of them.", "2024-10-01")
    check(find(them, "drones", 32), side="russia", outcome="destroyed")
    assert not [c for c in them if c.value == 45]


def test_ukrainian_data_and_the_army_chief_are_the_general_staffs() -> None:
    found = claims("Russian losses near Avdiivka over the past two weeks amounted to over 5,000 soldiers, "
                   "Ukraine's army chief said. Russian troops suffered 38,130 casualties in September, according "
                   "to Ukrainian data.", "2024-10-01")
    check(find(found, "personnel", 5_000), claimant="ua_general_staff", measure="period", period_days=14)
    check(find(found, "personnel", 38_130), claimant="ua_general_staff", measure="period")


def test_a_non_loss_word_belongs_to_the_number_nearest_after_it() -> None:
    found = claims("At least 14 people were killed and 97 wounded as Russia fired 84 cruise missiles at cities "
                   "across Ukraine, officials said. Russia has mobilized 300,000 reservists and lost 100,000 "
                   "troops, officials said.", "2022-10-10")
    check(find(found, "people", 14), outcome="killed", side="ukraine", qualifier="at_least")
    check(find(found, "people", 97), outcome="wounded")
    check(find(found, "personnel", 100_000), side="russia")
    assert not [c for c in found if c.value in (84, 300_000)], "fired and mobilized are not lost"
    swap = claims("Russia and Ukraine carried out a prisoner exchange, with 230 Ukrainians returning home and "
                  "248 Russian servicemen handed back to Moscow. Ukraine exchanged 200 prisoners of war for 150 "
                  "Russian soldiers.", "2024-01-03")
    assert swap == []


# --- round 3 probes: sides of allied forces, counted spans, nights, own losses, summary bullets -------

def test_wagner_and_the_separatist_republics_are_russias_side() -> None:
    found = claims("Wagner lost upwards of 20,000 fighters in the battle for Bakhmut, Yevgeny Prigozhin said. "
                   "The DPR said 312 of its fighters were wounded in May.", "2023-05-30")
    check(find(found, "personnel", 20_000), side="russia", qualifier="at_least", measure="period",
           claimant="other")
    check(find(found, "personnel", 312), side="russia", outcome="wounded")


def test_their_troops_are_the_claimants_own_losses() -> None:
    found = claims("Russian authorities have said 498 of their troops were killed, far fewer than Western "
                   "estimates.", "2022-03-16")
    check(find(found, "personnel", 498), side="russia", claimant="ru_officials")
    # a side named before the number still wins
    named = claims("Ukraine said Russia lost 400 of its troops near Bakhmut.", "2023-05-01")
    check(find(named, "personnel", 400), side="russia")


def test_the_enemy_is_the_other_side_of_whoever_speaks() -> None:
    found = claims("The enemy's losses amounted to more than 400 troops and two tanks, the Russian Defence "
                   "Ministry said.", "2023-07-10")
    check(find(found, "personnel", 400), side="ukraine", claimant="ru_mod", qualifier="at_least")
    check(find(found, "tanks", 2), side="ukraine")
    ours = claims("The enemy's losses amounted to 1,100 troops, the General Staff said.", "2023-07-10")
    check(find(ours, "personnel", 1_100), side="russia")


def test_a_counted_span_of_days_or_weeks_is_a_period() -> None:
    found = claims("Russia lost 50 tanks and 100 armoured vehicles in three days near Avdiivka, Ukraine's "
                   "military said. Russian forces lost 12,000 troops in the past two weeks, it added. "
                   "Over the last 10 days, Russia lost 3,100 soldiers, it said.", "2023-10-20")
    check(find(found, "tanks", 50), measure="period", period_days=3)
    check(find(found, "armoured_vehicles", 100), measure="period", period_days=3)
    check(find(found, "personnel", 12_000), measure="period", period_days=14)
    check(find(found, "personnel", 3_100), measure="period", period_days=10)


def test_the_biggest_daily_loss_is_not_a_rate() -> None:
    found = claims("The Ukrainian military said Russia had lost 1,030 soldiers in the past day, the biggest "
                   "daily loss of the war.", "2023-02-10")
    check(find(found, "personnel", 1_030), measure="period", period_days=1)


def test_one_night_is_a_days_period() -> None:
    found = claims("Ukraine's air defences shot down 20 of 25 drones launched by Russia on the night of "
                   "November 12, the air force said. Another 11 missiles were shot down last night.", "2023-11-13")
    check(find(found, "drones", 20), measure="period", period_days=1, as_of="2023-11-12")
    check(find(found, "missiles", 11), measure="period", period_days=1)


def test_since_the_start_of_the_year_and_this_year_are_periods() -> None:
    found = claims("Since the beginning of the year, Russia has lost 150,000 troops, the General Staff said. "
                   "Russia has also lost 2,100 tanks this year, it said.", "2024-05-02")
    check(find(found, "personnel", 150_000), measure="period", period_start="2024-01-01")
    check(find(found, "tanks", 2_100), measure="period", period_start="2024-01-01", as_of="2024-05-02")


def test_boats_special_equipment_and_presidential_advisers() -> None:
    found = claims("Ukraine's navy said it destroyed two Russian landing boats near Crimea. Russia lost 12 fuel "
                   "tanks and 3 pieces of special equipment, according to the General Staff. Presidential "
                   "adviser Mykhailo Podolyak said between 10,000 and 13,000 Ukrainian soldiers had been killed.",
                   "2023-11-08")
    check(find(found, "ships", 2), side="russia", outcome="destroyed", claimant="ua_officials")
    check(find(found, "vehicles", 12), side="russia")
    check(find(found, "special_equipment", 3), side="russia")
    check(find(found, "personnel", 10_000), side="ukraine", value_high=13_000, claimant="ua_officials")


def test_summary_bullets_each_keep_their_own_measure_and_victims() -> None:
    found = claims("Here's what we know:\n- Russian losses: 510,000 troops, the General Staff says.\n"
                   "- At least five killed in Kharkiv strike.", "2024-06-01")
    check(find(found, "personnel", 510_000), side="russia", measure="cumulative")
    check(find(found, "people", 5), side="ukraine", outcome="killed", measure="period", qualifier="at_least")


def test_one_in_four_is_a_ratio_not_a_figure() -> None:
    found = claims("Roughly one in four Russian soldiers in Ukraine has been killed or wounded, according to a "
                   "Pentagon estimate. One out of five Ukrainian tanks was lost, it said.", "2024-10-15")
    assert found == []


def test_himars_launchers_are_mlrs_not_missiles() -> None:
    found = claims("The Russian defence ministry said its forces had destroyed 5 HIMARS rocket launchers and 40 "
                   "HIMARS rockets over the past week.", "2023-09-01")
    check(find(found, "mlrs", 5), side="ukraine", claimant="ru_mod", measure="period", period_days=7)
    check(find(found, "missiles", 40), side="ukraine")


def test_an_attacker_named_after_the_number_lost_nothing() -> None:
    found = claims("Russia says 89 troops were killed in a Ukrainian strike on Makiivka, while Ukraine claims "
                   "around 400 died.", "2023-01-05")
    check(find(found, "personnel", 89), side="russia", claimant="ru_officials", measure="period")
    check(find(found, "personnel", 400), side="russia", claimant="ua_officials")
    belgorod = claims("Five civilians were killed in a Ukrainian drone attack on Belgorod.", "2024-01-01")
    check(find(belgorod, "civilians", 5), side="russia", measure="period")
    dnipro = claims("At least 20 people were killed in a Russian missile strike on Dnipro.", "2024-01-01")
    check(find(dnipro, "people", 20), side="ukraine", measure="period")


def test_a_leaked_us_document_is_us_officials() -> None:
    found = claims("Russia's losses in Ukraine may have reached 220,000 troops, a leaked US document showed.",
                   "2023-04-12")
    check(find(found, "personnel", 220_000), side="russia", claimant="us_officials", hedged=True)


# --- round 4 probes: Russian regional officials, elliptical victims, year-so-far, prisoners, number forms ----

def test_officials_of_russian_regions_speak_for_russia_and_count_its_victims() -> None:
    found = claims("Belgorod's governor said two civilians were killed in Ukrainian shelling. Bryansk region "
                   "governor Alexander Bogomaz said four people were injured in a drone attack.", "2024-03-16")
    check(find(found, "civilians", 2), side="russia", claimant="ru_officials", outcome="killed")
    check(find(found, "people", 4), side="russia", claimant="ru_officials", outcome="wounded")
    installed = claims("The Russian-installed head of occupied Donetsk, Denis Pushilin, said 27 people were killed "
                       "when a market was shelled.", "2024-01-22")
    check(find(installed, "people", 27), side="russia", claimant="ru_officials")
    # a Ukrainian governor is still Ukraine's
    ours = claims("The governor said a Russian strike killed three people in Kharkiv.", "2024-03-16")
    check(find(ours, "people", 3), side="ukraine", claimant="ua_officials")


def test_a_bare_count_after_killing_or_wounding_counts_the_victims_of_the_attack() -> None:
    found = claims("A Russian guided bomb hit a village in Kharkiv region, killing two and wounding 14, officials "
                   "said.", "2024-05-11")
    check(find(found, "civilians", 2), side="ukraine", outcome="killed", measure="period", claimant="ua_officials")
    check(find(found, "civilians", 14), side="ukraine", outcome="wounded")
    shelled = claims("Russian shelling killed at least three and injured 10 in Kherson, officials said.", "2024-05-11")
    check(find(shelled, "people", 3), side="ukraine", qualifier="at_least", outcome="killed")
    # with no attack in the sentence a bare count is no one's
    assert claims("The report said the decision killed two and wounded 14 plans.", "2024-05-11") == []


def test_so_far_this_year_is_a_period_not_a_running_total() -> None:
    found = claims("So far this year, Russia has lost 140,000 soldiers, the General Staff said.", "2024-05-02")
    check(find(found, "personnel", 140_000), measure="period", period_start="2024-01-01", period_days=None)
    war = claims("Russia has lost 480,000 soldiers so far, the General Staff said.", "2024-05-02")
    check(find(war, "personnel", 480_000), measure="cumulative")


def test_sailors_and_those_taken_prisoner() -> None:
    found = claims("One sailor was killed and 27 were missing, Russia's defence ministry said.", "2022-04-14")
    check(find(found, "personnel", 1), outcome="killed", claimant="ru_mod")
    check(find(found, "personnel", 27), outcome="missing")
    prisoners = claims("Zelensky said Ukrainian troops had taken more than 100 Russian servicemen prisoner in the "
                       "Kursk region.", "2024-08-14")
    check(find(prisoners, "personnel", 100), side="russia", outcome="captured", qualifier="at_least",
          claimant="ua_president")
    assert claims("Ukraine brought home 50 soldiers in a prisoner exchange.", "2024-08-14") == []


def test_plus_after_a_number_and_digit_groups_of_a_days_figure() -> None:
    found = claims("Russia has lost 1,000-plus tanks near Avdiivka, Ukrainian officials said.", "2023-12-12")
    check(find(found, "tanks", 1_000), qualifier="at_least", side="russia")
    bulletin = claims("The total combat losses of the enemy were approximately:\n"
                      "personnel \u2012 about 810\u202f640 (+1\u202f200) persons,", "2025-01-10")
    check(find(bulletin, "personnel", 810_640), measure="cumulative")
    check(find(bulletin, "personnel", 1_200), measure="period", period_days=1)
    assert not [c for c in bulletin if c.value == 200], "a digit group of the day's figure is not a figure"


def test_the_first_months_of_a_year_are_a_period_from_its_first_day() -> None:
    found = claims("Russia lost about 80,000 troops in the first three months of the year, Ukraine's defence "
                   "ministry said.", "2024-07-05")
    check(find(found, "personnel", 80_000), measure="period", period_start="2024-01-01", as_of="2024-03-31",
          period_days=91, claimant="ua_mod")
    half = claims("In the first half of 2023, Russia lost 2,000 tanks, the General Staff said.", "2024-07-05")
    check(find(half, "tanks", 2_000), measure="period", period_start="2023-01-01", as_of="2023-06-30",
          period_days=181)
    # still running when written: it ends on the day of the report
    running = claims("Russia lost 200,000 troops in the first six months of the year, the General Staff said.",
                     "2024-05-02")
    check(find(running, "personnel", 200_000), as_of="2024-05-02", period_days=123)


# --- rules added after probing whole short articles (digests, daily lists, UK MoD updates) -----------

def test_a_bullet_that_is_a_whole_sentence_is_body_even_under_a_plain_heading() -> None:
    text = ("Ukraine war: the main events of the day\n\nFighting\n"
            "- A Russian drone strike on a bus in the Sumy region killed nine people, the regional governor said.\n"
            "- Ukraine says Russian soldiers keep dying\n\n"
            "Aid\n- Canada pledged 50 armoured vehicles to Ukraine on Wednesday, its defence minister said.\n")
    found = claims(text, "2024-05-22")
    check(find(found, "people", 9), side="ukraine", outcome="killed", measure="period")
    assert [(c.category, c.value) for c in found] == [("people", 9)]  # the aid bullet is no loss


def test_a_total_after_a_days_increment_in_brackets_stays_a_total() -> None:
    found = claims("Russian losses: 610 soldiers, 11 tanks in past day\n\n"
                   "In all, Russia has lost 3,900 tanks (+11), 7,600 armored combat vehicles (+15) and "
                   "4,300 artillery systems (+20), the General Staff said.", "2023-06-18")
    check(find(found, "personnel", 610), measure="period", period_days=1)
    for category, value in (("armoured_vehicles", 7_600), ("artillery", 4_300)):
        check(find(found, category, value), measure="cumulative", period_days=None)
    check(find(found, "armoured_vehicles", 15), measure="period", period_days=1)


def test_a_season_is_a_period_and_it_added_points_back_at_the_source() -> None:
    found = claims("Russia has probably suffered about 20,000 casualties since October, the UK Ministry of "
                   "Defence said. Over the winter, Russian forces lost up to 250 tanks, it added.", "2024-02-28")
    check(find(found, "tanks", 250), measure="period", claimant="uk_mod", qualifier="at_most")


def test_a_non_loss_word_after_the_numbers_own_verb_of_loss_is_not_about_it() -> None:
    found = claims("An army spokesman said 12 Ukrainian soldiers were killed in a missile strike on a training "
                   "ground. Rescuers said 40 people were injured and 25 were rescued from the rubble.", "2024-03-15")
    check(find(found, "personnel", 12), side="ukraine", outcome="killed")
    check(find(found, "people", 40), outcome="wounded")
    trained = claims("Britain said 30,000 Ukrainian soldiers were trained in the UK last year.", "2024-03-15")
    assert trained == []


def test_the_loss_of_a_number_is_a_loss() -> None:
    found = claims("Oryx, an open-source intelligence website, has verified the loss of 2,900 Russian tanks "
                   "since the invasion began.", "2024-01-05")
    check(find(found, "tanks", 2_900), side="russia", outcome="losses", measure="cumulative", claimant="oryx")
