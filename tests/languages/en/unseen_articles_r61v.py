"""Round 61v: structure twins. Six whole short articles written for these tests, each keeping the constructions of
a kind of passage the extractor meets (how the source is named, how the span and the date are said, lists, hedges,
decoys) in other words: a defence ministry's day with a dated item, "reportedly" and "said to" on some figures and
each day's item restated with its running total; a military's one-day list beside the General Staff's total, another
government's "suggested" estimate and a think tank's account of a night's downings; a ministry's daily bulletin of
"up to" figures by army group, one in a quote with a list; an alliance official's range "in the weeks since" the
invasion, with a ship sunk and others burning as relayed by a news agency; an intelligence update's monthly daily
averages, a hedged two-month total and a forecast; and a strike's death toll risen "on Sunday" from rescuers, the
president's injured and a council's missing, beside residents, people saved and ages. Names, places and numbers
are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

_GS = "ua_mod|ua_general_staff"

ARTICLES: tuple[Article, ...] = (
    Article(
        "ministry_day_with_dated_item_hedges_and_running_totals",
        "2027-03-05",
        "Kyiv's defence ministry released fresh figures on Friday, March 5, for the combat losses Russian forces have "
        "suffered since the start of the war, with more self-propelled guns among the destroyed.\n"
        "According to the ministry's update, Ukrainian troops knocked out another seven Russian self-propelled guns "
        "on Thursday, March 4, lifting Russia's artillery losses to 1,318.\n"
        "Russian troop losses reportedly grew by 745 over the last day, the figures show, bringing the overall "
        "number of dead to nearly 112,640.\n"
        "Nine Russian infantry fighting vehicles and two tanks were wiped out as well.\n"
        "With those two tanks, Moscow's tank losses now stand at 3,104, the breakdown shows, while the nine infantry "
        "fighting vehicles take the number of armoured vehicles Ukrainian forces have destroyed to 6,211.\n"
        "Ukrainian air defence crews are also said to have downed six more Russian drones, for a total of 1,877 "
        "UAVs lost.\n"
        "Earlier on Friday, the national grid operator warned that overnight strikes had cut more than 40 per cent "
        "of the power supply in three regions.",
        (
            f"russia artillery destroyed|losses 7 - exact period 1 - 2027-03-04 {_GS} false",
            f"russia artillery losses 1318 - exact cumulative - - 2027-03-04|2027-03-05 {_GS} false",
            f"russia personnel losses|killed 745 - exact period 1 - 2027-03-05 {_GS} true",
            f"russia personnel killed 112640 - approx cumulative - - 2027-03-05 {_GS} true",
            f"russia armoured_vehicles destroyed 9 - exact period 1|- - 2027-03-05 {_GS} false",
            f"russia tanks destroyed|losses 2 - exact period 1|- - 2027-03-05 {_GS} false",
            f"russia tanks losses 3104 - exact cumulative - - 2027-03-05 {_GS} false",
            f"russia armoured_vehicles destroyed|losses 6211 - exact cumulative - - 2027-03-05 {_GS} false",
            f"russia drones destroyed 6 - exact period 1|- - 2027-03-05 {_GS} true",
            f"russia drones losses|destroyed 1877 - exact cumulative - - 2027-03-05 {_GS} true|false",
        ),
    ),
    Article(
        "military_day_list_with_total_foreign_estimate_and_think_tank_night",
        "2026-11-19",
        "Russian troops took heavy losses in men and armour during another day of fierce fighting in the east, "
        "Ukraine's armed forces said.\n"
        "Some 1,240 Russian soldiers were put out of action over the past day, together with 27 artillery systems, "
        "41 armoured combat vehicles and nine tanks, according to the Ukrainian military's morning update.\n"
        "The new figures push the toll Russia has paid since it invaded in February 2022 still higher: the General "
        "Staff in Kyiv now counts 348,910 Russian troops lost, the latest 1,240 included.\n"
        "Kyiv's numbers cannot be checked independently, and other governments put Russia's losses lower. Estimates "
        "by the German defence ministry suggest that Russia has suffered about 210,000 casualties, counting the dead "
        "and the permanently disabled.\n"
        "Moscow seldom publishes figures on its own casualties, and independent analysts doubt those it does give.\n"
        "The heaviest fighting has meanwhile moved to the outskirts of Kupiansk. In its nightly assessment, the "
        "Institute for the Study of War said Russia had struck Odesa with its largest combined drone and missile "
        "attack in 40 days. Ukrainian air defences shot down 23 of the drones and a cruise missile, the think tank "
        "said.",
        (
            "russia personnel losses|killed 1240 - approx period 1 - 2026-11-19 ua_general_staff|ua_mod false",
            "russia artillery losses 27 - approx|exact period 1 - 2026-11-19 ua_general_staff|ua_mod false",
            "russia armoured_vehicles losses 41 - approx|exact period 1 - 2026-11-19 ua_general_staff|ua_mod false",
            "russia tanks losses 9 - approx|exact period 1 - 2026-11-19 ua_general_staff|ua_mod false",
            "russia personnel losses 348910 - exact cumulative - -|2022-02-24 2026-11-19 ua_general_staff false",
            "russia personnel losses 210000 - approx cumulative - - 2026-11-19 other false|true",
            "russia drones destroyed 23 - exact period - - 2026-11-19 isw|- false",
            "russia missiles destroyed 1 - exact period - - 2026-11-19 isw|- false",
        ),
    ),
    Article(
        "ministry_bulletin_up_to_figures_by_army_group",
        "2026-09-21",
        "MOSCOW, Sept 21: Ukrainian forces lost as many as 540 troops over the past day in the zone of Russia's "
        "Dnieper group of forces, the Russian Defence Ministry said on Monday.\n"
        "\"In clashes with the Dnieper group, the enemy's losses amounted to up to 540 military personnel, four "
        "armoured combat vehicles and 17 motor vehicles,\" the ministry's daily bulletin read.\n"
        "Units of the Centre group took up more favourable lines and Kyiv lost up to 410 servicemen in their sector, "
        "the ministry added. It put Ukrainian losses against the Eastern group at up to 235 soldiers.\n"
        "The Ukrainian army lost up to 160 men fighting the Northern group, and as many as 95 troops in the Western "
        "group's zone over the same 24 hours, according to the ministry. (Agencies)",
        (
            "ukraine personnel losses 540 - at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine armoured_vehicles losses 4 - exact|at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine vehicles losses 17 - exact|at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine personnel losses 410 - at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine personnel losses 235 - at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine personnel losses 160 - at_most period 1 - 2026-09-21 ru_mod false",
            "ukraine personnel losses 95 - at_most period 1 - 2026-09-21 ru_mod false",
        ),
    ),
    Article(
        "alliance_range_since_invasion_with_ship_sunk_and_burning",
        "2027-02-11",
        "The Western alliance believes that between 9,000 and 14,000 Russian soldiers have been killed in the four "
        "weeks since Moscow sent its troops across the border, a NATO official said on Wednesday, a toll equal to as "
        "much as a sixth of the invasion force, with the wounded, the captured and the missing left out. A senior US "
        "defence official called that estimate \"on the high side\".\n"
        "Ukraine's navy claimed early on Thursday to have struck the Russian landing ship Kaliningrad in the "
        "occupied port of Skadovsk. According to Reuters, local Ukrainian outlets said \"a Russian vessel has gone "
        "down and two more are burning, and a fuel depot was also hit\".\n"
        "Britain's defence intelligence said on Thursday that Russia had \"very likely taken heavy casualties\" and "
        "was drawing on reservists and mercenaries to make good \"substantial losses\".",
        (
            "russia personnel killed 9000 14000 range cumulative - - 2027-02-10|2027-02-11 western_officials false",
            "russia ships destroyed 1 - exact period - - 2027-02-11 other|ua_mod false",
            "russia ships damaged 2 - exact period - - 2027-02-11 other|ua_mod false",
        ),
    ),
    Article(
        "intelligence_update_daily_averages_two_month_total_and_forecast",
        "2026-10-09",
        "Moscow's average daily casualties, dead and wounded together, climbed in August and September 2026 to their "
        "highest level since the full-scale invasion began, British military intelligence says.\n"
        "Source: the UK Ministry of Defence's intelligence update of 9 October\n"
        "Details: In its assessment, Defence Intelligence said Russian forces had suffered an average of 1,318 killed "
        "and wounded a day in August, and 1,247 a day in September, the worst daily averages of the war.\n"
        "Over those two months, Russia has most likely lost upwards of 76,000 troops killed or wounded, the update "
        "said.\n"
        "The rise is put down to a new push towards Zaporizhzhia, opened while assaults went on elsewhere along the "
        "front.\n"
        "According to the British ministry, the daily average of Russian casualties will probably stay above 1,100 "
        "over the coming two months, as Moscow keeps up costly frontal attacks.\n"
        "Background: Earlier, British intelligence wrote that Ukraine's drone raids on refineries had grown more "
        "frequent over the past half year.",
        (
            "russia personnel|people losses 1318 - exact rate 1 - 2026-08-31 uk_mod false",
            "russia personnel|people losses 1247 - exact rate 1 - 2026-09-30 uk_mod false",
            "russia personnel losses 76000 - at_least period 61|60|- - 2026-09-30|2026-10-09 uk_mod true",
            "russia personnel losses 1100 - at_least projection 1|- - - uk_mod true",
        ),
    ),
    Article(
        "strike_toll_risen_on_sunday_with_injured_and_missing",
        "2027-01-25",
        "The death toll from Saturday's Russian missile strike on a nine-storey block of flats in Kryvyi Rih climbed "
        "to 26 on Sunday, Ukraine's State Emergency Service said, as rescuers kept digging through the rubble for "
        "survivors.\n"
        "About 400 people lived in the building before it was hit, local officials had said. Rescue teams worked "
        "through the night.\n"
        "The strike was the deadliest in the city since the summer. Russia also hit Odesa and Lviv the same day.\n"
        "Moscow acknowledged Sunday's strikes but denied targeting civilians. Ukraine's air force commander said the "
        "missile was a Kh-32 fired from a bomber over the Caspian Sea.\n"
        "At least 58 people were wounded and 31 were pulled out alive, the Ukrainian president said in his evening "
        "address. The city council said that 19 residents were still unaccounted for. Olena Marchuk, 71, who lived "
        "on the fifth floor, said she survived because she was in the kitchen.",
        (
            "ukraine civilians|people killed 26 - exact period - -|2027-01-23 2027-01-24 ua_officials false",
            "ukraine civilians|people wounded 58 - at_least period - - 2027-01-25 ua_president false",
            "ukraine civilians|people missing 19 - exact period - - 2027-01-25 ua_officials false",
        ),
    ),
)
